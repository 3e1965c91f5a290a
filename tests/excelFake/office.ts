/**
 * The Office global as an add-in sees it: requirement-set checks answered from the fake host's ExcelApi
 * version, and the document settings (get/set/remove in memory, saveAsync storing them in the file).
 */
import { versionAtLeast } from './apiVersion';
import { WorkbookState } from './workbookState';

export interface FakeAsyncResult {
  status: 'succeeded' | 'failed';
  value?: unknown;
  error?: { name: string; message: string; code: number };
}

export class FakeSettings {
  constructor(private readonly state: WorkbookState) {}

  get(name: string): unknown {
    const v = this.state.settings[name];
    return v === undefined ? null : JSON.parse(JSON.stringify(v));
  }

  set(name: string, value: unknown): void {
    if (typeof name !== 'string' || name === '') throw new Error('Settings need a name.');
    // Office keeps settings as JSON: anything else cannot be stored.
    const json = JSON.stringify(value);
    if (json === undefined) throw new Error('The value of a setting must be serialisable as JSON.');
    this.state.settings[name] = JSON.parse(json);
  }

  remove(name: string): void {
    delete this.state.settings[name];
  }

  saveAsync(a?: unknown, b?: unknown): void {
    const callback = (typeof a === 'function' ? a : b) as ((r: FakeAsyncResult) => void) | undefined;
    const state = this.state;
    let result: FakeAsyncResult;
    if (state.failNextSettingsSave) {
      state.failNextSettingsSave = false;
      result = { status: 'failed', error: { name: 'Settings save failed', message: 'The document is read-only.', code: 5009 } };
    } else {
      state.savedSettings = JSON.parse(JSON.stringify(state.settings));
      result = { status: 'succeeded' };
    }
    if (callback) setTimeout(() => callback(result), 0);
  }
}

export interface FakeOffice {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { settings: FakeSettings };
    displayLanguage: string;
  };
  AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
  /** Office.onReady: resolves at once in the fake (and calls `callback` when given). */
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
}

export function createFakeOffice(state: WorkbookState, apiVersion: string): FakeOffice {
  return {
    context: {
      requirements: {
        isSetSupported: function (name: string, minVersion?: string): boolean {
          if (name !== 'ExcelApi') return false;
          return versionAtLeast(apiVersion, minVersion || '1.1');
        },
      },
      document: { settings: new FakeSettings(state) },
      displayLanguage: 'vi-VN',
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: function (callback) {
      const info = { host: 'Excel', platform: 'PC' };
      if (callback) callback(info);
      return Promise.resolve(info);
    },
  };
}
