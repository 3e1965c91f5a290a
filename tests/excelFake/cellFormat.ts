/** The format of one cell as Excel keeps it; a cell without `fmt` has the defaults of the Normal style. */
export interface BorderState {
  style: string;
  weight: string;
  color: string;
}

export interface CellFormat {
  fontName: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  underline: string;
  fontColor: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  top: BorderState | null;
  bottom: BorderState | null;
  left: BorderState | null;
  right: BorderState | null;
}

export const DEFAULT_FORMAT: CellFormat = {
  fontName: 'Calibri',
  fontSize: 11,
  bold: false,
  italic: false,
  underline: 'None',
  fontColor: '#000000',
  fill: null,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  indentLevel: 0,
  top: null,
  bottom: null,
  left: null,
  right: null,
};

export function copyFormat(f: CellFormat | undefined): CellFormat {
  const src = f || DEFAULT_FORMAT;
  const out = Object.assign({}, src);
  out.top = src.top ? Object.assign({}, src.top) : null;
  out.bottom = src.bottom ? Object.assign({}, src.bottom) : null;
  out.left = src.left ? Object.assign({}, src.left) : null;
  out.right = src.right ? Object.assign({}, src.right) : null;
  return out;
}

export function isDefaultFormat(f: CellFormat | undefined): boolean {
  return !f || JSON.stringify(f) === JSON.stringify(DEFAULT_FORMAT);
}

export const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
export const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
export const UNDERLINE = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'];
export const BORDER_STYLE = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
export const BORDER_WEIGHT = ['Hairline', 'Thin', 'Medium', 'Thick'];
export const BORDER_INDEX = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

/** Excel accepts "#RRGGBB" and a few colour names; the fake accepts the hex form and "white"/"black". */
export function normaliseColor(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v.toUpperCase();
  const lower = v.toLowerCase();
  if (lower === 'white') return '#FFFFFF';
  if (lower === 'black') return '#000000';
  return null;
}
