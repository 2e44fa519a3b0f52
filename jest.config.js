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
    node('weapp'),
    node('e2e'),
    node('tooling'),
  ].filter(layer),
}
