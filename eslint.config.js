// Lint for the whole project: typed TypeScript rules, the Astro plugin, and the one-way flow of data
// (src/lib is plain TypeScript: no Astro virtual modules, no Node built-ins).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist*/', 'node_modules/', '.astro/', 'test-results*/', 'playwright-report/', 'tests/fixtures/', 'bench/out/', 'bench/bare/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { project: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The Astro parser types template expressions (JSX) as errors, so the rules that track unsafe
    // values report every `.map()` that returns markup; the frontmatter is checked by astro check.
    files: ['**/*.astro'],
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // Tests read untyped front matter and use asymmetric matchers (expect.any, expect.stringContaining),
    // which are typed `any`; mocks implement async APIs without awaiting anything.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain JavaScript tooling has no types to check against.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            // Types of the content collections are fine: they vanish from the compiled code.
            {
              regex: '^astro:',
              allowTypeImports: true,
              message: 'src/lib is plain TypeScript: take what Astro provides as a parameter from src/data.',
            },
            { regex: '^node:', message: 'src/lib is plain TypeScript: file and process access belong in src/data or src/integrations.' },
          ],
        },
      ],
    },
  },
);
