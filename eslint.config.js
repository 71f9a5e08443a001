// Lint: typescript-eslint's recommended rules everywhere, and the architecture of DESIGN.md in
// src/: layers import downwards only, a folder's internal/ is private to it, and only src/cli may
// touch Node. test/lint/layers.test.ts proves the layer rule fires.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** The layers, top first: a layer may import the layers below it (and itself), never one above. */
const LAYERS = [
  'cli',
  'report',
  'workflow',
  'evaluation',
  'monitoring',
  'matching',
  'scoring',
  'assignment',
  'domain',
];

/** What each layer may import besides itself. */
const ALLOWED = {
  cli: [
    'report',
    'workflow',
    'evaluation',
    'monitoring',
    'matching',
    'scoring',
    'assignment',
    'domain',
    'samples',
    'synthetic',
  ],
  report: ['workflow', 'evaluation', 'monitoring', 'matching', 'scoring', 'assignment', 'domain'],
  workflow: ['evaluation', 'monitoring', 'matching', 'scoring', 'assignment', 'domain'],
  // evaluation and monitoring sit side by side: neither imports the other. The random baseline
  // draws with the seeded generator's createRandom.
  evaluation: ['matching', 'scoring', 'assignment', 'domain', 'synthetic'],
  monitoring: ['matching', 'scoring', 'assignment', 'domain'],
  matching: ['scoring', 'assignment', 'domain'],
  scoring: ['assignment', 'domain'],
  assignment: ['domain'],
  domain: [],
  samples: ['domain'],
  synthetic: ['domain'],
  // The package's entry files (src/index.ts, src/schemas.ts) gather the layers' exports.
  entry: [...LAYERS, 'samples', 'synthetic'],
};

export default tseslint.config(
  { ignores: ['dist/**', 'docs/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `interface X extends Issue<Code> {}` names a layer's issue type: an empty body is the point.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The solvers initialise counters before loops that always set them (a habit of the papers'
      // pseudocode they follow); the rule would have them rewritten, for no behaviour.
      'no-useless-assignment': 'off',
    },
  },
  {
    // Benchmark runners and build scripts are plain Node scripts.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', performance: 'readonly' } },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/include': ['src/**/*.ts'],
      'boundaries/elements': [
        ...[...LAYERS, 'samples', 'synthetic'].map((type) => ({
          type,
          pattern: `src/${type}`,
        })),
        { type: 'entry', pattern: 'src' },
      ],
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{from.element.type}} may not import {{to.element.type}}: layers import downwards only (DESIGN.md)',
          policies: [
            ...Object.entries(ALLOWED).map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { type: [from, ...to] } } },
            })),
            // Packages (fp-ts, zod, …) are not layers: any file may import them (Node is below).
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // `./internal/x` and `../internal/x` stay inside the folder that owns internal/;
              // `../other/internal/x` reaches into somebody else's.
              regex: '^(\\.\\.?/)+(?:[^./][^/]*/)+internal(/|$)',
              message: "a folder's internal/ is private to it: import from the folder's index instead",
            },
            {
              group: ['node:*'],
              message: 'the core is pure: only src/cli may import Node built-ins',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\.?/)+(?:[^./][^/]*/)+internal(/|$)',
              message: "a folder's internal/ is private to it: import from the folder's index instead",
            },
          ],
        },
      ],
    },
  },
);
