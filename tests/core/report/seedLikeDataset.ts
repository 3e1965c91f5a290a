/**
 * A dataset shaped like the seed report's Đảng bộ (66 members of 93 staff, 4 chi bộ, 2018-2020), built
 * record by record so that every figure is known by construction:
 * - 46 men, 20 women;
 * - theory: 20 cao cấp + 6 cử nhân = 26, 17 trung cấp, 13 sơ cấp, 10 none;
 * - education: 3 tiến sĩ + 20 thạc sĩ = 23, 42 đại học, 1 trung cấp;
 * - 6 admitted in the period (2 a year), 2 members who moved away in 2019 (not counted);
 * - each chi bộ holds a thường kỳ meeting every month and a chuyên đề meeting every quarter:
 *   144 + 48 meetings; 17 members, 1 exempt, 15 present at each (15/16); 24 without a resolution;
 *   8 others with an unexcused absence.
 */
import { Dataset, Meeting, Member } from '../../../src/core/records';
import { d, dataset, meeting, member, table, unit } from '../figures/builders';

export const CELLS = ['Chi bộ Văn phòng', 'Chi bộ Thanh tra', 'Chi bộ Trung tâm Thông tin', 'Chi bộ Tiêu chuẩn Đo lường'];

function theoryOf(i: number): Member['theory'] {
  if (i < 20) return 'advanced';
  if (i < 26) return 'bachelor';
  if (i < 43) return 'intermediate';
  if (i < 56) return 'elementary';
  return 'none';
}

function educationOf(i: number): Member['education'] {
  if (i < 3) return 'doctorate';
  if (i < 23) return 'master';
  if (i < 65) return 'university';
  return 'intermediate';
}

export function seedLikeMembers(): Member[] {
  const list: Member[] = [];
  for (let i = 0; i < 66; i++) {
    const admittedInPeriod = i >= 60;
    const admitted = admittedInPeriod ? d(1, 3, 2018 + Math.floor((i - 60) / 2)) : d(1, 1, 2000 + (i % 10));
    const official = admittedInPeriod ? d(1, 3, 2019 + Math.floor((i - 60) / 2)) : d(1, 1, 2001 + (i % 10));
    list.push(
      member({
        name: 'Đảng viên ' + (i + 1),
        gender: i < 46 ? 'male' : 'female',
        birth: d(1, 1, 1970 + (i % 20)),
        ethnicity: 'Kinh',
        religion: 'Không',
        admitted: admitted,
        official: official,
        cell: CELLS[i % 4],
        theory: theoryOf(i),
        education: educationOf(i),
      }),
    );
  }
  for (let k = 0; k < 2; k++) {
    list.push(
      member({
        name: 'Chuyển đi ' + (k + 1),
        gender: 'female',
        birth: d(1, 1, 1980),
        admitted: d(1, 1, 2010),
        official: d(1, 1, 2011),
        status: 'transferred',
        leftDate: d(1, 6, 2019),
        cell: CELLS[k],
        theory: 'advanced',
        education: 'master',
      }),
    );
  }
  return list;
}

export function seedLikeMeetings(): Meeting[] {
  const list: Meeting[] = [];
  let n = 0;
  for (let c = 0; c < CELLS.length; c++) {
    for (let y = 2018; y <= 2020; y++) {
      for (let m = 1; m <= 12; m++) {
        const kinds: Meeting['kind'][] = m % 3 === 0 ? ['regular', 'thematic'] : ['regular'];
        for (const kind of kinds) {
          const noResolution = n < 24;
          const unexcused = n >= 24 && n < 32;
          list.push(
            meeting({
              cell: CELLS[c],
              date: d(kind === 'regular' ? 5 : 20, m, y),
              kind: kind,
              total: 17,
              exempt: 1,
              present: 15,
              absentExcused: unexcused ? 0 : 1,
              absentUnexcused: unexcused ? 1 : 0,
              hasResolution: !noResolution,
            }),
          );
          n++;
        }
      }
    }
  }
  return list;
}

export function seedLikeDataset(): Dataset {
  return dataset({
    members: seedLikeMembers(),
    meetings: seedLikeMeetings(),
    unit: unit({
      partyName: 'Đảng bộ Sở Khoa học và Công nghệ',
      parentName: 'Đảng bộ Khối các cơ quan tỉnh',
      place: 'Vĩnh Phúc',
      term: '2020-2025',
      executiveCount: 5,
      inspectionCount: 3,
      staffTotal: 93,
      documentTitle:
        'Nghị quyết 03-NQ/ĐUK, ngày 22/02/2018 của BCH Đảng bộ Khối các cơ quan tỉnh về nâng cao chất lượng sinh hoạt chi bộ trong Đảng bộ Khối các cơ quan tỉnh',
    }),
    tables: [table('Danh sách', 'members'), table('Sổ sinh hoạt', 'meetings'), table('Thông tin', 'unit')],
  });
}
