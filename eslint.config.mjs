/**
 * `npm run lint` (office-addin-lint check, which picks up this file): only the Office rules of
 * eslint-plugin-office-addins over src/, parsed by typescript-eslint. They catch reading a proxy's property before
 * load() and context.sync(), syncing inside a loop, empty and navigational loads, null tests instead of
 * isNullObject, and Office.initialize. Every rule is an error, so a violation fails CI. Style is not linted.
 */
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

const OFFICE_RULES = [
  'call-sync-after-load',
  'call-sync-before-read',
  'load-object-before-read',
  'no-context-sync-in-loop',
  'no-empty-load',
  'no-navigational-load',
  'no-office-initialize',
  'test-for-null-using-isNullObject',
];

const rules = {};
for (const name of OFFICE_RULES) rules['office-addins/' + name] = 'error';

export default [
  {
    ignores: [
      'dist/**',
      'build/**',
      'coverage/**',
      'node_modules/**',
      // exceljs, not Office.js: the rules take its ws.getCell(…).isMerged for an Office proxy read before load().
      'src/hosts/xlsx/**',
    ],
  },
  {
    files: ['src/**/*.ts', 'src/**/*.js'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2020, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'office-addins': officeAddins },
    rules,
  },
];
