// ESLint for Loket (issue 19): typescript-eslint's recommended rules and React's rules of hooks.
// Not type-aware on purpose: it runs in CI on a small machine and must stay fast; `tsc` is the type check.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'data/', 'coverage/', 'test-results/', 'lindendaal/', 'standards/', 'src/web/desktop/api/generated/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are mistakes, except a leading underscore that says "deliberately unused".
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Code that runs in the browser: the desktop, the citizen widgets, and the e2e page scripts.
    files: ['src/web/**/*.{ts,tsx,js}', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // These two strip control characters from input on purpose; the rule exists to catch them by accident.
    files: ['src/platform/clean-input.ts', 'src/conversations/bijlagen.routes.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
