// One lint for the whole repository (npm run lint): typescript-eslint for TypeScript, eslint-plugin-svelte for the
// apps. Formatting is Prettier's job (.prettierrc.json), so no stylistic rule lives here.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.svelte-kit/**',
      '**/build/**',
      '**/dist/**',
      '**/src/lib/paraglide/**',
      'ui/src/gql/**',
      '**/src/lib/gql/**',
      '.data/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are errors, except a deliberately ignored `_name`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Decorator-heavy entities and resolvers use `!` definite assignment; `any` stays an error.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: false }],
    },
  },
  {
    // Tests read GraphQL answers as loose JSON and assert with chai's property style (`expect(x).to.be.true`).
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // Links and goto() are built from `base` ($app/paths) and the current URL; resolve() would say the same thing.
      'svelte/no-navigation-without-resolve': 'off',
      // Maps and URLSearchParams here are temporaries built inside functions and $derived, never state: reactive
      // state is declared with $state.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
);
