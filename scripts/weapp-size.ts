import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Bytes of one mini-program package as uploaded: every file under its root, LICENSE files included. */
export interface PackageSize {
  /** '' for the main package, else the subpackage root from app.json (e.g. 'packages/member'). */
  root: string
  bytes: number
  files: number
}

export interface WeappSizes {
  main: PackageSize
  subpackages: PackageSize[]
  totalBytes: number
}

interface AppJson {
  subPackages?: { root: string }[]
  subpackages?: { root: string }[]
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')]
  })
}

/** The subpackage roots an app.json declares, without leading or trailing slashes. */
export function subpackageRoots(appJson: string): string[] {
  const app = JSON.parse(appJson) as AppJson
  return [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((p) => p.root.replace(/^\/+|\/+$/g, ''))
}

/**
 * Sizes per package of a list of files (path relative to the mini-program root, bytes): a file
 * belongs to the subpackage whose root contains it, everything else to the main package.
 */
export function sizePackages(files: Iterable<readonly [string, number]>, roots: readonly string[]): WeappSizes {
  const main: PackageSize = { root: '', bytes: 0, files: 0 }
  const subpackages = roots.map((root): PackageSize => ({ root, bytes: 0, files: 0 }))
  for (const [file, bytes] of files) {
    // Prefix with a slash so 'packages/member2/x' never counts toward 'packages/member'.
    const owner = subpackages.find((p) => file.startsWith(p.root + '/')) ?? main
    owner.bytes += bytes
    owner.files += 1
  }
  return { main, subpackages, totalBytes: main.bytes + subpackages.reduce((sum, p) => sum + p.bytes, 0) }
}

/** Sizes per package of a built mini-program on disk (dist/weapp). WeChat limits each package to 2 MB. */
export function weappSizes(distDir: string): WeappSizes {
  const roots = subpackageRoots(readFileSync(path.join(distDir, 'app.json'), 'utf8'))
  return sizePackages(
    listFiles(distDir).map((file) => [file, statSync(path.join(distDir, file)).size] as const),
    roots,
  )
}

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1)

export function formatSizes(sizes: WeappSizes): string {
  const rows = [`main package        ${kb(sizes.main.bytes).padStart(8)} KB  (${sizes.main.files} files)`]
  for (const p of sizes.subpackages) rows.push(`${p.root.padEnd(20)}${kb(p.bytes).padStart(8)} KB  (${p.files} files)`)
  rows.push(`total               ${kb(sizes.totalBytes).padStart(8)} KB`)
  return rows.join('\n')
}

// Run directly (npx tsx scripts/weapp-size.ts [dir]) it prints the table; imported, it only exports.
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  const dist = path.resolve(process.argv[2] ?? 'dist/weapp')
  process.stdout.write(formatSizes(weappSizes(dist)) + '\n')
}
