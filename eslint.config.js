// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import globals from 'globals'
import layers from './layers.json' with { type: 'json' }

/** Restrictions that hold in a folder besides its layer: components never touch Yjs. */
const alsoRestricted = {
  client: Object.fromEntries(
    ['ui', 'canvas', 'app'].map((folder) => [
      folder,
      [
        {
          name: 'yjs',
          message: 'Components never touch Yjs: read through hooks/, change through commands/.',
        },
      ],
    ]),
  ),
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The layer map (layers.json) as `no-restricted-imports` blocks, one per folder, each naming why.
 * Imports are matched as written: relative, climbing out of the folder, as every file here imports.
 * Flat config keeps only the last `no-restricted-imports` that matches a file, so a folder's other
 * restrictions (alsoRestricted) go into the same block.
 * @param {'server' | 'client'} name
 */
function layerBlocks(name) {
  const { src, leaves, composition, folders } = layers[name]
  const all = Object.keys(folders)
  const entries = (up) => ({
    regex: `^${up}(${composition.map(escape).join('|')})(\\.js)?$`,
    message: `[layers] nothing in ${src}/ imports ${composition.join(', ')}: the entry files compose everything.`,
  })
  const blocks = Object.entries(folders).map(([folder, { mayImport, why }]) => {
    const allowed = [...mayImport.map((other) => `${other}/`), ...leaves].join(', ') || 'nothing'
    const patterns = all
      .filter((other) => other !== folder && !mayImport.includes(other))
      .map((other) => ({
        regex: `^(\\.\\./)+${escape(other)}(/|$)`,
        message: `[layers] ${folder}/ must not import ${other}/: ${why}. ${folder}/ may import ${allowed}.`,
      }))
    return {
      files: [`${src}/${folder}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: alsoRestricted[name]?.[folder] ?? [],
            patterns: [...patterns, entries('(\\.\\./)+')],
          },
        ],
      },
    }
  })
  if (leaves.length === 0) return blocks
  const leafRule = {
    regex: `^\\./(${all.map(escape).join('|')})(/|$)`,
    message: `[layers] ${leaves.join(', ')} are leaf modules every folder may import, so they import no folder.`,
  }
  return [
    ...blocks,
    {
      files: leaves.map((leaf) => `${src}/${leaf}.ts`),
      rules: { 'no-restricted-imports': ['error', { patterns: [leafRule, entries('\\./')] }] },
    },
  ]
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'test-results/**',
      'coverage/**',
      // Deliberately wrong code, linted by tests/scripts/layer-rules.test.ts.
      'tests/lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'ws',
                'react',
                'react-dom',
                'konva',
                'react-konva',
                'better-sqlite3',
              ],
              message: 'shared/ is pure: no I/O, no UI. Put this in server/ or client/.',
            },
            {
              group: ['**/client/**', '**/server/**', '@weave/client', '@weave/server'],
              message: 'shared/ must not depend on client/ or server/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/main.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Only server/src/main.ts reads process.env; pass values in through Config.',
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  ...layerBlocks('server'),
  ...layerBlocks('client'),
  {
    // Runtime import cycles, followed across folders (type-only imports are erased, so not cycles).
    files: [
      'shared/src/**/*.ts',
      'server/src/**/*.ts',
      'client/src/**/*.{ts,tsx}',
      'tests/lint-fixtures/**/*.ts',
    ],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/ignore': ['node_modules'],
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
)
