/** Before the e2e tests: a fresh dist/ and the fake Office bundle. */
import { buildFakeOffice, ensureDist } from './buildAssets';

export default async function globalSetup(): Promise<void> {
  ensureDist();
  await buildFakeOffice();
}
