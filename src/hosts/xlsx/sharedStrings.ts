/**
 * xl/sharedStrings.xml read as exceljs reads it: each <si> is plain text (its <t>, _xHHHH_ escapes
 * decoded), rich text (runs joined; the first run naming a font gives the cell's font when the cell has
 * none of its own), or, with neither, an empty object that exceljs keeps as a cell with no value.
 * Phonetic runs (<rPh>) are left out. Streamed: the part can be large.
 */
import { LeanUnsupported } from './leanUnsupported';
import { XmlHandler, XmlScanner } from './xmlScanner';

export interface RichString {
  text: string;
  /** The first run's font name that is set (exceljs textCellFont), or null. */
  runFont: string | null;
}

/** An <si> with neither text nor runs: exceljs gives the cell `{}`, which is no value. */
export const NO_STRING = { none: true } as const;

export type SharedString = string | RichString | typeof NO_STRING;

/** exceljs's TextXform: _xHHHH_ (upper-case hex) is the character HHHH. */
export function decodeXEscapes(s: string): string {
  return s.indexOf('_x') < 0
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, function (_m, hex: string) {
        return String.fromCharCode(parseInt(hex, 16));
      });
}

/** Handler for xl/sharedStrings.xml. */
export class SharedStringsReader implements XmlHandler {
  readonly values: SharedString[] = [];
  private depth = 0;
  // State of the current <si>.
  private plain: string | null = null;
  private runs: { text: string | undefined; font: string | undefined }[] | null = null;
  private inRun = false;
  private inRPh = 0;
  private inT = false;
  private tText = '';
  private runText: string | undefined;
  private runFont: string | undefined;
  private inRPr = false;

  open(name: string, s: XmlScanner): void {
    this.depth++;
    if (this.depth === 1) {
      if (name !== 'sst') throw new LeanUnsupported('sharedStrings: root ' + name);
      return;
    }
    if (this.depth === 2) {
      // exceljs throws on anything but <si> in <sst>.
      if (name !== 'si') throw new LeanUnsupported('sharedStrings: <' + name + '> in sst');
      this.plain = null;
      this.runs = null;
      this.inRun = false;
      this.inRPh = 0;
      this.inT = false;
      return;
    }
    if (this.inRPh) {
      this.inRPh++;
      return;
    }
    if (this.inT) throw new LeanUnsupported('sharedStrings: element inside <t>');
    if (this.inRun) {
      if (name === 't') {
        this.inT = true;
        this.tText = '';
      } else if (name === 'rPr') {
        this.inRPr = true;
      } else if (name === 'rFont' && this.inRPr) {
        const v = s.attr('val');
        this.runFont = v ? v : this.runFont;
      }
      return;
    }
    if (this.depth === 3) {
      if (name === 't') {
        this.inT = true;
        this.tText = '';
      } else if (name === 'r') {
        if (this.plain !== null) throw new LeanUnsupported('sharedStrings: a run after plain text');
        this.inRun = true;
        this.runText = undefined;
        this.runFont = undefined;
        this.inRPr = false;
      } else if (name === 'rPh') {
        this.inRPh = 1;
      }
      return;
    }
    throw new LeanUnsupported('sharedStrings: unexpected <' + name + '>');
  }

  text(s: XmlScanner): void {
    if (this.inT) this.tText += s.textValue();
  }

  close(name: string): void {
    this.depth--;
    if (this.depth === 0) return;
    if (this.depth === 1) {
      this.values.push(this.entry());
      return;
    }
    if (this.inRPh) {
      this.inRPh--;
      return;
    }
    if (this.inT) {
      this.inT = false;
      const t = decodeXEscapes(this.tText);
      if (this.inRun) this.runText = t;
      else {
        if (this.runs) throw new LeanUnsupported('sharedStrings: plain text after runs');
        this.plain = t;
      }
      return;
    }
    if (this.inRun) {
      if (name === 'rPr') this.inRPr = false;
      else if (name === 'r' && this.depth === 2) {
        this.inRun = false;
        if (!this.runs) this.runs = [];
        this.runs.push({ text: this.runText, font: this.runFont });
      }
    }
  }

  private entry(): SharedString {
    if (this.plain !== null) return this.plain;
    if (this.runs) {
      let text = '';
      let font: string | null = null;
      for (let i = 0; i < this.runs.length; i++) {
        text += this.runs[i].text || '';
        if (font === null && this.runs[i].font) font = this.runs[i].font as string;
      }
      return { text: text, runFont: font };
    }
    return NO_STRING;
  }
}
