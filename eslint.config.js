import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Electron may be imported only by the thin glue; services stay runnable in plain Node. */
const noElectron = {
  name: 'electron',
  message: 'Services, the api client, the vault and mocks import no electron (docs/architecture.md).',
};

/** The mock backend reaches main only through the embedded mock's lazy loader, so a real server never loads it. */
const mockBackendOutsideTheLoader = {
  group: ['**/mocks/**', 'msw', 'msw/**'],
  allowTypeImports: true,
  message: 'Only src-main/backend/embedded-mock.ts and its loader import the mock backend or msw (docs/architecture.md).',
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.ci/toolchain/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Type information for the rules below: each file is checked in the tsconfig that includes it;
      // the bench's yardstick page, which no tsconfig includes, with the renderer's options.
      parserOptions: {
        projectService: { allowDefaultProject: ['tests/bench/baseline/*.tsx'], defaultProject: 'tsconfig.web.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A `default` is a decision about every other case; a switch without one must name them all.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The two plain JavaScript files belong to no tsconfig; they get the rules that need no types.
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**', 'src-main/index.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['src-main/electron/**/*.ts', 'src-main/index.ts'],
    ignores: ['src-main/electron/ipc-transport.ts'],
    rules: {
      // Zulip's rule: the untyped ipcMain is reachable only through the typed router's transport.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'Register handlers through the IPC router.' }] },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/backend/embedded-mock.ts', 'src-main/backend/load-embedded-mock.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [mockBackendOutsideTheLoader] }] },
  },
  {
    files: ['mocks/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through window.bitrixId.' }],
          patterns: [{ group: ['**/src-main/**', '**/mocks/**', 'msw', 'msw/**'], message: 'The renderer cannot reach main or the mocks.' }],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', 'harness/**/*.ts', 'mocks/server/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
