// ESLint for the whole repository: JavaScript and TypeScript rules, Lit template rules
// (eslint-plugin-lit), custom-element rules (eslint-plugin-wc) and template accessibility
// (eslint-plugin-lit-a11y). Bindings inside templates (a property that does not exist, a
// boolean attribute given a string) are lit-analyzer's job: see `npm run lint`.
//
// typescript-eslint runs type-aware (projectService over tsconfig.json): the rules that need
// types catch promises nobody awaits and `any` leaking out of JSON, which are the mistakes
// this codebase can make. Zero warnings: every rule is an error or off.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      'custom-elements.json',
      'dist.partial-*/',
      'dist.old-*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (a parameter a signature requires).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'none',
          // `const { a, ...rest } = x` is how a copy without `a` is written.
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  // Type-aware rules for TypeScript: the project's tsconfig.json covers src, test and stories.
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // @open-wc/semantic-dom-diff declares chai's `equal` as returning a Promise (for its
      // `.dom.equal`), so every `expect(x).to.equal(y)` would read as a floating promise.
      // Chai's plain `equal` is synchronous; an un-awaited `.accessible()` is still caught.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: 'chai' }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  // The library's source: lines a reader can take in (Prettier wraps code at 100; this also
  // holds comments, strings and templates to it), types that do not lie (no `value!`: make the
  // type true, or check), and no component reaching into another component's internal/ folder
  // (what two elements share lives in src/internal/).
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-len': ['error', { code: 100, ignoreUrls: true }],
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // ../<tag>/internal/... or ../../<tag>/internal/... (src/internal/ is fine)
              regex: '^(\\.\\./)+(components/)?[\\w-]+/internal/',
              message: "Import what elements share from src/internal/, not another component's.",
            },
          ],
        },
      ],
    },
  },
  // Node-side scripts and configs.
  {
    files: ['**/*.mjs', 'scripts/**/*.js', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Tests run under mocha in the browser.
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
  },
);
