/**
 * Ordinary cell texts that must never be taken for legacy TCVN3/VNI: Unicode Vietnamese (the sample's
 * names and sheets, category spellings, place names, sentences of the seed report, and phrases made only
 * of Latin-1 letters, which get past the pre-check) and English, European names with accents, codes and
 * numbers. Built by code from the project's own lists where it can be.
 */
import { makePrng } from '../../../src/core/sample/prng';
import { uniqueName } from '../../../src/core/sample/vietnameseNames';
import { sampleGrids } from '../../../src/core/sample/sampleRegisters';
import { EDUCATION, GENDER, MEETING_KIND, STATUS, THEORY } from '../../../src/core/schema/categories';
import { memberColumns, meetingColumns, UNIT_KEYS } from '../../../src/core/sample/templateColumns';

/** Sentences of the seed report (a real báo cáo sơ kết), cut where the report has commas. */
const SEED_SENTENCES = [
  'Sơ kết 3 năm thực hiện Nghị quyết 03-NQ/ĐUK, ngày 22/02/2018 của BCH Đảng bộ Khối các cơ quan tỉnh về nâng cao chất lượng sinh hoạt chi bộ trong Đảng bộ Khối các cơ quan tỉnh',
  'Đảng bộ Sở Khoa học và Công nghệ tỉnh Vĩnh Phúc là Đảng bộ cơ sở trực thuộc Đảng ủy Khối các cơ quan tỉnh.',
  'Ban chấp hành Đảng bộ nhiệm kỳ 2020-2025, có 05 đồng chí; Ủy ban kiểm tra có 03 đồng chí.',
  'Đảng bộ có 66 đảng viên, đạt tỷ lệ 71% so với tổng số 93 công chức, viên chức, người lao động.',
  'Đảng viên có trình độ cao cấp lý luận chính trị: 26 đồng chí (chiếm 39,4%)',
  'Đảng viên có trình độ Thạc sỹ trở lên: 23 đồng chí (chiếm 34.84%)',
  'trung cấp và sơ cấp có 01 đồng chí (chiếm 1,58%).',
  'Các tổ công đoàn, nữ công, được thành lập tương ứng với các chi bộ.',
  'đạt được nhiều kết quả, đáp ứng được các yêu cầu nhiệm vụ chính trị, công tác xây dựng Đảng và lãnh đạo đoàn thể chính trị - xã hội được giao.',
  'Công tác lãnh chỉ đạo sinh hoạt chi bộ định kỳ chưa có nhiều đổi mới, nội dung chưa phong phú, chủ yếu tập trung thảo luận sâu về chuyên môn.',
  '2. Trong thực hiện nâng cao chất lượng sinh hoạt chi bộ',
  'Về tổ chức nghiên cứu học tập các nghị quyết của Đảng; việc định hướng tư tưởng, giải quyết những vấn đề phát sinh.',
  'Về nhận thức, trách nhiệm của các chi bộ và ý nghĩa của việc nâng cao chất lượng sinh hoạt chi bộ.',
  '- Về công tác xây dựng tổ chức Đảng',
  'Công tác bảo vệ chính trị nội bộ đã được quan tâm thực hiện tốt.',
  '2.2. Về công tác xây dựng Đảng.',
  'Nguyên nhân chủ quan: Có sự quan tâm chỉ đạo, phối hợp tổ chức thực hiện thường xuyên, kịp thời của cấp ủy đảng, chi bộ, chính quyền và các tổ chức đoàn thể chính trị - xã hội trong cơ quan, đơn vị.',
  'Sự phối hợp giữa cấp ủy chi bộ trực thuộc với lãnh đạo đơn vị, cơ quan đôi khi chưa chặt chẽ nên hiệu quả công tác xây dựng đảng và thực hiện nhiệm vụ chính trị chưa cao.',
  '4.3. Đối với Đảng ủy khối',
  'Trên đây là Báo cáo sơ kết 3 năm thực hiện Nghị quyết số 03-NQ/ĐUK ngày 22/02/2018 của BCH đảng ủy Khối các cơ quan tỉnh, về nâng cao chất lượng sinh hoạt chi bộ của Đảng ủy Sở Khoa học và Công nghệ, trân trọng báo cáo.',
  '- BCH Đảng bộ sở (c/đ);',
];

/** Provinces, towns and districts as registers write them in quê quán and address columns. */
const PLACES = [
  'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Thành phố Hồ Chí Minh', 'Vĩnh Phúc', 'Phú Thọ', 'Bắc Ninh',
  'Bắc Giang', 'Thái Nguyên', 'Tuyên Quang', 'Yên Bái', 'Lào Cai', 'Hà Giang', 'Cao Bằng', 'Lạng Sơn', 'Sơn La',
  'Điện Biên', 'Lai Châu', 'Hòa Bình', 'Hoà Bình', 'Quảng Ninh', 'Hải Dương', 'Hưng Yên', 'Thái Bình', 'Nam Định',
  'Hà Nam', 'Ninh Bình', 'Thanh Hóa', 'Thanh Hoá', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế',
  'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận', 'Kon Tum', 'Gia Lai',
  'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng', 'Bình Phước', 'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Bà Rịa - Vũng Tàu',
  'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Hậu Giang',
  'Sóc Trăng', 'Bạc Liêu', 'Cà Mau', 'Vĩnh Yên', 'Phúc Yên', 'Tam Dương', 'Tam Đảo', 'Lập Thạch', 'Sông Lô',
  'Yên Lạc', 'Vĩnh Tường', 'Bình Xuyên', 'Tân Phú', 'Bình Chánh', 'Hóc Môn', 'Củ Chi', 'Thủ Đức', 'Gò Vấp',
  'Tây Hồ', 'Ba Đình', 'Hoàn Kiếm', 'Cầu Giấy', 'Thanh Xuân', 'Long Biên', 'Chí Linh', 'Tân Bình', 'Sơn Tây',
  'Thôn Đông, xã Tam Hợp, huyện Bình Xuyên', 'Số 12 đường Nguyễn Tất Thành, phường Liên Bảo', 'Tổ 5, phường Đống Đa',
];

/** English and other European text: words, names with accents, and marks that are Latin-1 characters. */
const FOREIGN = [
  'Total', 'Name', 'Date of birth', 'Party member list', 'Meeting log', 'Notes', 'Yes', 'No', 'N/A', 'TBD',
  'Department of Science and Technology', 'Annual report 2020', 'Monthly meeting', 'Chairman', 'Secretary',
  'The quick brown fox jumps over the lazy dog', 'Microsoft Excel', 'Office 365', 'Sheet1', 'Print area',
  'Müller', 'José', 'François', 'Ångström', 'Søren', 'Zoë', 'naïve', 'façade', 'São Paulo', 'Bogotá', 'México',
  'Málaga', 'Köln', 'Zürich', 'résumé', 'déjà vu', 'Crème brûlée', 'El Niño', 'Señor Gómez', 'Jalapeño', 'Renée',
  'Chloé', 'Björk', 'Curaçao', 'Montréal', 'Québec', 'Noël', 'Gödel', 'Dürer', 'Strauß', 'Fußball', 'Æsop',
  'Øresund', 'Ærø', 'Ibáñez', 'Pérez', 'García Márquez', 'Citroën', 'Hôtel de Ville', 'Côte d\'Ivoire', 'à la carte',
  'café', 'Café Giảng', 'piñata', 'Ñandú', 'smörgåsbord', 'Reykjavík', 'Þór', 'Ðakovo', 'Dvořák',
  '© 2020', '£100', '¥500', '1ª', '2º', '25°C', '±5%', '½', '¾ giờ', '§ 5', '¶ 3', 'x² + y²', '10 µm', '«Trích»',
  '“Nghị quyết”', 'Mục – mục', 'Ghi chú…', '• Dòng một', '€ 20', 'Nguyen Van A', 'Tran Thi B', 'Hoang Van Cuong',
  'TCCT', 'Th.S', 'ThS', 'TS', 'PGS.TS', 'HTXSNV', 'HTTNV', 'KHTNV', 'KH&CN', 'CB-CC-VC-NLĐ', '03-NQ/ĐUK', '12.345678',
  '30.000010', '001234567890', '0912 345 678', 'abc@example.com', 'x', 'X', '-', '...', '22/02/2018', '1975',
];

function unique(list: string[]): string[] {
  const seen: { [s: string]: true } = {};
  const out: string[] = [];
  for (const s of list) {
    if (!s || seen[s]) continue;
    seen[s] = true;
    out.push(s);
  }
  return out;
}

/** Words made only of ASCII and Latin-1 letters, with at least one Latin-1 letter ("Tân", "Phú", "Hà"). */
function latinOnlyWords(texts: string[]): string[] {
  const words: string[] = [];
  for (const t of texts)
    for (const w of t.split(/[^A-Za-z\u00c0-\u1ef9]+/))
      if (/[\u00c0-\u00ff]/.test(w) && !/[\u0100-\uffff]/.test(w)) words.push(w);
  return unique(words);
}

/** Unicode Vietnamese texts, from the sample and the project's own tables. */
export function vietnameseTexts(): string[] {
  const rng = makePrng(20250517);
  const taken = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i < 400; i++) names.push(uniqueName(rng, i % 3 !== 0, taken));
  const categories: string[] = [];
  for (const table of [GENDER, THEORY, EDUCATION, STATUS, MEETING_KIND] as { entries: { label: string; accepted?: string[]; variants?: string[] }[] }[])
    for (const e of table.entries) categories.push(e.label, ...(e.accepted || []), ...(e.variants || []));
  const headers = memberColumns(2020)
    .concat(meetingColumns())
    .map((c) => (c.group ? c.group + ' ' : '') + c.header)
    .concat(UNIT_KEYS.map((k) => k.key));
  const sheetTexts: string[] = [];
  for (const g of sampleGrids()) for (const row of g.rows) for (const v of row) if (typeof v === 'string') sheetTexts.push(v);
  const seedPhrases: string[] = [];
  for (const s of SEED_SENTENCES) seedPhrases.push(s, ...s.split(/[,;:]\s*/));
  const base = unique(names.concat(categories, headers, sheetTexts, PLACES, seedPhrases));
  // Phrases of Latin-1-only words: the Unicode text that looks most like legacy text.
  const latin = latinOnlyWords(base);
  const pairs: string[] = [];
  for (let i = 0; i < latin.length; i++) {
    pairs.push(latin[i], latin[i] + ' ' + latin[(i * 7 + 3) % latin.length]);
    pairs.push(latin[i].toUpperCase());
  }
  return unique(base.concat(pairs));
}

export function foreignTexts(): string[] {
  return unique(FOREIGN.concat(FOREIGN.map((s) => s.toUpperCase())));
}
