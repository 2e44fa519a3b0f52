import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { formatSizes, weappSizes } from '../../scripts/weapp-size'
import { assertWeappBuilt, WEAPP_ROOT } from '../support/weapp-paths'

/** The poll's subpackage is what a villager downloads on a rural network after scanning the poster (issue 4). */
const VILLAGER_BUDGET_BYTES = 150 * 1024

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
}

describe('the villager subpackage', () => {
  it(`stays within ${VILLAGER_BUDGET_BYTES / 1024} KB`, () => {
    assertWeappBuilt()
    const sizes = weappSizes(WEAPP_ROOT)
    const villager = sizes.subpackages.find((p) => p.root === 'packages/villager')
    process.stdout.write(`\nweapp sizes (dist/weapp):\n${formatSizes(sizes)}\n`)
    expect(villager).toBeDefined()
    expect(villager?.bytes).toBeLessThanOrEqual(VILLAGER_BUDGET_BYTES)
  })

  it('holds the poll page and carries no NutUI code or styles', () => {
    assertWeappBuilt()
    const root = path.join(WEAPP_ROOT, 'packages/villager')
    const files = filesUnder(root)
    expect(files.map((file) => path.relative(root, file))).toEqual(expect.arrayContaining(['poll/index.js', 'poll/index.wxml']))
    // NutUI's own code and styles, not a selector of ours that mentions one of its classes (the shared form styles do).
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toMatch(/--nutui-|nut-button-children|@nutui\/nutui-react-taro/)
  })
})
