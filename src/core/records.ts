/**
 * Typed records read from the registers. Every record keeps where it came from so that a finding can
 * name the sheet, row and column. Categories are canonical ids; labels live in the schema files.
 */
import { CellValue } from './grid';
import { SimpleDate } from './dates';

export type Gender = 'male' | 'female';
/** Lý luận chính trị: cao cấp, cử nhân (grouped with cao cấp in reports), trung cấp, sơ cấp, chưa qua đào tạo. */
export type TheoryLevel = 'advanced' | 'bachelor' | 'intermediate' | 'elementary' | 'none';
/** Trình độ chuyên môn: tiến sĩ, thạc sĩ, đại học, cao đẳng, trung cấp, sơ cấp, chưa qua đào tạo. */
export type EducationLevel = 'doctorate' | 'master' | 'university' | 'college' | 'intermediate' | 'elementary' | 'none';
/** Trạng thái: đang sinh hoạt, miễn sinh hoạt, chuyển đi, từ trần, xóa tên, khai trừ, xin ra khỏi Đảng. */
export type MemberStatus = 'active' | 'exempt' | 'transferred' | 'deceased' | 'struckOff' | 'expelled' | 'resigned';
/** Hình thức: thường kỳ, chuyên đề, thường kỳ kết hợp chuyên đề, bất thường. */
export type MeetingKind = 'regular' | 'thematic' | 'combined' | 'extraordinary';

export type MemberField =
  | 'name'
  | 'gender'
  | 'birth'
  | 'ethnicity'
  | 'religion'
  | 'admitted'
  | 'official'
  | 'cell'
  | 'education'
  | 'theory'
  | 'position'
  | 'cardNumber'
  | 'status'
  | 'leftDate'
  | 'rating';

export type MeetingField =
  | 'cell'
  | 'date'
  | 'kind'
  | 'total'
  | 'exempt'
  | 'present'
  | 'absentExcused'
  | 'absentUnexcused'
  | 'start'
  | 'end'
  | 'hasResolution'
  | 'superiorAttended'
  | 'topic';

export type UnitField =
  | 'partyName'
  | 'parentName'
  | 'place'
  | 'term'
  | 'executiveCount'
  | 'inspectionCount'
  | 'staffTotal'
  | 'periodFrom'
  | 'periodTo'
  | 'documentTitle'
  | 'documentNumber'
  | 'signer';

export interface RecordSource<F extends string> {
  sheet: string;
  /** The Excel row number the user sees. */
  row: number;
  /** Column letter of each field that the table has. */
  columns: Readonly<Partial<Record<F, string>>>;
}

export interface Member {
  src: RecordSource<MemberField>;
  /** NFC, spaces collapsed. */
  name: string | null;
  gender: Gender | null;
  birth: SimpleDate | null;
  ethnicity: string | null;
  religion: string | null;
  admitted: SimpleDate | null;
  official: SimpleDate | null;
  /** Chi bộ name as written (NFC, cleaned); null when the register does not say. */
  cell: string | null;
  education: EducationLevel | null;
  theory: TheoryLevel | null;
  position: string | null;
  /** Card number as text, leading zeros kept. */
  cardNumber: string | null;
  /** null when the register has no status column or the cell is empty: counted as active. */
  status: MemberStatus | null;
  /** The register says the member is still probationary ("Dự bị") in its status column. */
  statedProbationary?: boolean;
  leftDate: SimpleDate | null;
  /** Yearly ratings (xếp loại năm N) as written, e.g. { year: 2020, value: 'HTTNV' }. */
  ratings: { year: number; value: string }[];
  /** The raw cell value of each mapped field, for findings. */
  raw: Partial<Record<MemberField, CellValue>>;
}

export interface Meeting {
  src: RecordSource<MeetingField>;
  cell: string | null;
  date: SimpleDate | null;
  kind: MeetingKind | null;
  total: number | null;
  exempt: number | null;
  present: number | null;
  absentExcused: number | null;
  absentUnexcused: number | null;
  /** Minutes since midnight. */
  start: number | null;
  end: number | null;
  hasResolution: boolean | null;
  superiorAttended: boolean | null;
  topic: string | null;
  raw: Partial<Record<MeetingField, CellValue>>;
}

export interface UnitInfo {
  /** Tên đảng bộ, e.g. "Đảng bộ Sở Khoa học và Công nghệ". */
  partyName: string | null;
  /** Cấp ủy cấp trên, e.g. "Đảng ủy Khối các cơ quan tỉnh". */
  parentName: string | null;
  place: string | null;
  term: string | null;
  executiveCount: number | null;
  inspectionCount: number | null;
  staffTotal: number | null;
  periodFrom: SimpleDate | null;
  periodTo: SimpleDate | null;
  documentTitle: string | null;
  documentNumber: string | null;
  signer: string | null;
  /** Where each value was read. */
  src: Partial<Record<UnitField, { sheet: string; row: number; column: string }>>;
}

export function emptyUnitInfo(): UnitInfo {
  return {
    partyName: null,
    parentName: null,
    place: null,
    term: null,
    executiveCount: null,
    inspectionCount: null,
    staffTotal: null,
    periodFrom: null,
    periodTo: null,
    documentTitle: null,
    documentNumber: null,
    signer: null,
    src: {},
  };
}

/** Where a table was found and how its columns were mapped; shown to the user, who can correct it. */
export interface DetectedTable {
  sheet: string;
  kind: 'members' | 'meetings' | 'unit';
  /** Excel rows of the header (one or two). */
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  /** field -> column letter */
  columns: Readonly<Record<string, string>>;
  /** Header text of each mapped column, as written. */
  headerText: Readonly<Record<string, string>>;
  /** 0..1 confidence of the detection. */
  score: number;
  /** Chi bộ given by the sheet (one chi bộ per sheet) rather than a column or group rows. */
  sheetCell?: string;
}

/** Everything read from a workbook's registers. */
export interface Dataset {
  members: Member[];
  meetings: Meeting[];
  unit: UnitInfo;
  tables: DetectedTable[];
}
