import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ERROR_CODES, ERRORS } from '../../src/core/errors'

const ROOT = path.join(__dirname, '../..')

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourcesUnder(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** The app and every function's own source (the bundles are built from these). */
function productSources(): string[] {
  const functions = readdirSync(path.join(ROOT, 'cloudfunctions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(ROOT, 'cloudfunctions', entry.name, 'src'))
  return [path.join(ROOT, 'src'), ...functions].flatMap((dir) => {
    try {
      return sourcesUnder(dir)
    } catch {
      return []
    }
  })
}

describe('the error catalogue (src/core/errors.ts)', () => {
  it('gives every code a Chinese message of its own', () => {
    for (const code of ERROR_CODES) {
      expect(code).toMatch(/^[A-Z]+\.[A-Z_]+$/)
      expect(ERRORS[code]).toMatch(/[\u4e00-\u9fa5]/)
    }
  })

  it('holds the client-only codes a person can see: a call that never got an answer, in the words the pages show', () => {
    expect(ERRORS['CLIENT.NETWORK']).toBe('网络连接不上，请检查手机网络后点“重试”。')
  })

  it('lists every code the app or a function writes out as a string (e.g. code: \'X.Y\' or state.code === \'X.Y\')', () => {
    const outside: string[] = []
    for (const file of productSources()) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\bcode\s*(?:===|!==|:)\s*'([A-Z]+\.[A-Z_]+)'/g)) {
        if (!(match[1] in ERRORS)) outside.push(`${path.relative(ROOT, file)}: ${match[1]}`)
      }
    }
    expect(outside).toEqual([])
  })
})
