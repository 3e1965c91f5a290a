/**
 * The user's choices saved in the workbook: Office.context.document.settings, one key holding JSON,
 * written to the file by saveAsync (wrapped in a Promise).
 */
import { HostError, SavedChoices } from '../workbookHost';
import { OfficeLike } from './officeApi';

export const SETTINGS_KEY = 'soKetChiBo';

export function loadChoices(office: OfficeLike | null): SavedChoices {
  if (!office) return {};
  let raw: unknown;
  try {
    raw = office.context.document.settings.get(SETTINGS_KEY);
  } catch (e) {
    return {};
  }
  if (typeof raw === 'string') {
    try {
      const parsed = JSON.parse(raw);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as SavedChoices) : {};
    } catch (e) {
      return {};
    }
  }
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as SavedChoices) : {};
}

const SAVE_FAILED = 'Không lưu được các lựa chọn vào sổ Excel (sổ có thể đang mở ở chế độ chỉ đọc). Các lựa chọn vẫn dùng được cho lần làm việc này.';

export function saveChoices(office: OfficeLike | null, choices: SavedChoices): Promise<void> {
  if (!office) return Promise.reject(new HostError(SAVE_FAILED));
  const settings = office.context.document.settings;
  const failed = office.AsyncResultStatus ? office.AsyncResultStatus.Failed : 'failed';
  return new Promise<void>(function (resolve, reject) {
    try {
      settings.set(SETTINGS_KEY, JSON.stringify(choices));
      settings.saveAsync(function (result) {
        if (result && (result.status === failed || result.status === 'failed')) reject(new HostError(SAVE_FAILED));
        else resolve();
      });
    } catch (e) {
      reject(new HostError(SAVE_FAILED));
    }
  });
}
