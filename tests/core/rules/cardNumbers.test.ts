import { checkCardFormats, checkDuplicateCards } from '../../../src/core/rules/cardNumbers';
import { context, d, member, MEMBER_SHEET } from './factories';

describe('card-number-format / card-number-old-format', () => {
  const ctx = context();

  it('accepts 12 digits, with or without spaces and dots', () => {
    const list = [
      member({ cardNumber: '012345678901' }),
      member({ cardNumber: '0123 4567 8901' }),
      member({ cardNumber: '0123.4567.8901' }),
    ];
    expect(checkCardFormats(list, ctx)).toEqual([]);
  });

  it('never flags an empty card number (probationary members have no card)', () => {
    const list = [member({ official: null, cardNumber: null }), member({ official: null, cardNumber: ' ' })];
    expect(checkCardFormats(list, ctx)).toEqual([]);
  });

  it('marks the old dd.dddddd number as a tip', () => {
    const found = checkCardFormats([member({ row: 8, cardNumber: '30.000010' })], ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'card-number-old-format',
      severity: 'info',
      sheet: MEMBER_SHEET,
      row: 8,
      column: 'M',
      value: '30.000010',
    });
  });

  it('warns on a number that is neither form', () => {
    const found = checkCardFormats([member({ row: 9, cardNumber: '12345' }), member({ row: 10, cardNumber: 'AB0123456789' })], ctx);
    expect(found.map((f) => [f.code, f.row])).toEqual([
      ['card-number-format', 9],
      ['card-number-format', 10],
    ]);
    expect(found[0].message).toBe('Số thẻ "12345" không đúng dạng 12 chữ số của thẻ mới.');
  });

  it('does not check the cards of members who left', () => {
    const left = member({ cardNumber: '30.000010', status: 'deceased', leftDate: d('01/01/2015') });
    expect(checkCardFormats([left], ctx)).toEqual([]);
  });
});

describe('duplicate-card-number', () => {
  const ctx = context();

  it('finds one card number on two people, comparing digits only', () => {
    const a = member({ row: 5, name: 'Đặng Quang Huy', cardNumber: '012345678901' });
    const b = member({ row: 8, name: 'Bùi Thị Lan', cardNumber: '0123.4567.8901' });
    const found = checkDuplicateCards([a, member({ row: 6 }), b], ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'duplicate-card-number', severity: 'error', row: 8, column: 'M', value: '0123.4567.8901' });
    expect(found[0].message).toBe('Số thẻ 0123.4567.8901 ghi cho nhiều người: dòng 5, 8.');
  });

  it('leaves two rows of the same person to duplicate-person', () => {
    const a = member({ name: 'Đặng Quang Huy', birth: d('01/02/1979'), cardNumber: '012345678901' });
    const b = member({ name: 'Đặng Quang Huy', birth: d('01/02/1979'), cardNumber: '012345678901' });
    expect(checkDuplicateCards([a, b], ctx)).toEqual([]);
  });

  it('is silent on distinct and empty card numbers, and on the old row of a returning member', () => {
    const list = [
      member({ cardNumber: null }),
      member({ cardNumber: null }),
      member({ cardNumber: '012345678901', name: 'A', status: 'transferred', leftDate: d('01/01/2015') }),
      member({ cardNumber: '012345678901', name: 'A' }),
      member(),
      member(),
    ];
    expect(checkDuplicateCards(list, ctx)).toEqual([]);
  });
});
