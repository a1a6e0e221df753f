import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'
import { buildCodeRules, layerRules } from './eslint/layers.js'

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'bench/out', 'bench/baseline/dist', 'playwright-report', 'test-results'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
  },
  // React lives in src/ alone: the hooks rules compile every function they read, which is most of lint's time.
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  ...pluginQuery.configs['flat/recommended'].map((config) => ({ files: ['src/**/*.{ts,tsx}'], ...config })),
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.app.json' })] },
    rules: {
      ...layerRules,
      // Cycles of values; scripts/architecture/import-graph.test.ts also finds cycles of types.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
    },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.node.json' })] },
    rules: buildCodeRules,
  },
  {
    // Relative imports name their file: Vite's native config loader (and Node) resolve nothing else.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'e2e/**/*.ts', 'bench/*.ts', 'bench/lib/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.app.json' })] },
    rules: { 'import-x/extensions': ['error', 'ignorePackages', { checkTypeImports: true }] },
  },
  prettier,
)
