/** What every gateway operation needs: Excel, the features the host has, budgets, and the pause between blocks. */
import { ExcelFeatures } from './apiSupport';
import { ExcelLike, OfficeLike } from './officeApi';
import { ReadBudget } from './readBlocks';
import { WriteBudget } from './writeBatch';

export interface ExcelEnv {
  excel: ExcelLike;
  office: OfficeLike | null;
  features: ExcelFeatures;
  readBudget: ReadBudget;
  writeBudget: WriteBudget;
  yieldToUi: () => Promise<void>;
}
