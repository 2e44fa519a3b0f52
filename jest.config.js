/**
 * One jest run, one project per test layer (ARCHITECTURE.md "Testing"); the layer reporter
 * prints how many tests ran in each. Builds (functions, weapp, h5) happen before jest in `npm test`.
 */
const node = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/' + name],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.[tj]sx?$': 'babel-jest' },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  ...extra,
})

/** Page and component tests with the real Taro H5 components under jsdom (notes/taro-recipes.md). */
const h5 = {
  displayName: 'h5',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests/h5'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/tests/support/h5-setup.ts'],
  transform: { '^.+\\.(mjs|[tj]sx?)$': 'babel-jest' },
  // Taro's and NutUI's packages (and what they nest, e.g. an ESM tslib) ship ES modules; the rest stays untransformed.
  transformIgnorePatterns: ['^(?!.*/node_modules/(@tarojs|@nutui|@stencil|@swc/helpers|tslib|swiper|ssr-window|dom7)/).*/node_modules/'],
  moduleNameMapper: {
    '\\.(css|scss)$': 'identity-obj-proxy',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/tests/support/taro-double.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
}

const { existsSync } = require('node:fs')
const layer = (project) => existsSync(project.roots[0].replace('<rootDir>', __dirname))

module.exports = {
  reporters: ['default', '<rootDir>/tests/support/layer-reporter.js'],
  projects: [
    node('core'),
    node('functions'),
    node('fidelity'),
    node('durability'),
    node('size'),
    h5,
    node('weapp'),
    node('e2e'),
    node('tooling'),
  ].filter(layer),
}
