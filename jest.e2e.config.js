/**
 * The real-browser tests (tests/e2e, files *.e2e.ts): Debian's Chromium through playwright-core against
 * the built pane in dist/. Kept out of `npm test` (jest.config.js matches *.test.ts only); run with
 * `npm run test:e2e`, which builds dist/ first when it is missing or stale (tests/e2e/globalSetup.ts).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/tests/e2e/globalSetup.ts',
  testTimeout: 120000,
  // One browser at a time: the machine is small, and screenshots are steadier without contention.
  maxWorkers: 1,
};
