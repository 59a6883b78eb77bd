// ESLint: the recommended rules of ESLint and typescript-eslint over the project's code.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '_site/',
      '._site.*/',
      '.cache/',
      'tmp/',
      'snapshots/',
      'content/',
      'tests/import/corpus/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused names are errors, except those written with a leading underscore on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Records are cleaned of control characters on purpose (XML, iCalendar, links, requests).
      'no-control-regex': 'off',
    },
  },
  {
    // The reader's browser runs these scripts as they are.
    files: ['_includes/assets/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read parsed JSON whose shape they then assert.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
