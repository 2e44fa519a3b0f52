// Check-only lint: TypeScript rules plus the layer boundaries of ARCHITECTURE.md, enforced here rather than promised.
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const platformImports = [
  { group: ['@tarojs/*', '@nutui/*', 'react', 'react-dom'], message: 'src/core is pure TypeScript: no platform or UI imports.' },
  { group: ['wx-server-sdk', '@cloudbase/*'], message: 'src/core is shared with the client: no server SDK.' },
  { group: ['**/services/*', '**/cloud/*', '**/local-cloud/**', 'node:*'], message: 'src/core does no I/O.' },
]

const uiCloudImports = [
  { group: ['wx-server-sdk', '@cloudbase/*'], message: 'The client never talks to the server SDK.' },
  { group: ['**/cloud/*', '**/local-cloud/**', '**/cloudfunctions/**'], message: 'Client code reaches the cloud only through src/services.' },
]

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', '.swc/**', '.local-cloud/**', 'cloudfunctions/*/index.js', 'tests/.artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: platformImports }] },
  },
  {
    files: ['src/pages/**', 'src/packages/**', 'src/components/**', 'src/hooks/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: uiCloudImports }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Call the cloud through src/services.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Taro', property: 'cloud', message: 'Call the cloud through src/services.' },
        { object: 'Taro', property: 'request', message: 'Call the cloud through src/services.' },
        { object: 'wx', property: 'cloud', message: 'Call the cloud through src/services.' },
      ],
    },
  },
)
