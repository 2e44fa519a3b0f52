/**
 * Bundles each cloudfunctions/<name>/src/index.ts into cloudfunctions/<name>/index.js (CommonJS,
 * node16, src/core and src/cloud inlined, the function's package.json dependencies external), so
 * each folder deploys as it is. `tsx scripts/build-functions.ts [name...]`.
 */
import { build, type Metafile } from 'esbuild'
import { builtinModules } from 'node:module'
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

/** Where the repository's cloud function folders live. */
export const FUNCTIONS_ROOT = path.resolve(__dirname, '..', 'cloudfunctions')

export interface BuildFunctionsOptions {
  /** Only these functions; all by default. */
  names?: readonly string[]
  /** Write `<outRoot>/<name>/index.js` (+ config.json, package.json) instead of into the source folder; tests use this. */
  outRoot?: string
}

export interface BuiltFunction {
  name: string
  /** The folder that deploys: index.js, config.json, package.json. */
  dir: string
  /** Size of index.js (the sourcemap beside it not counted). */
  bytes: number
}

/** Names of the folders under cloudfunctions/ that hold a src/index.ts. */
export async function listFunctionSources(root: string = FUNCTIONS_ROOT): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true })
  const names: string[] = []
  for (const entry of entries) {
    if (!entry.isDirectory()) continue
    const found = await stat(path.join(root, entry.name, 'src', 'index.ts')).catch(() => null)
    if (found?.isFile()) names.push(entry.name)
  }
  return names.sort()
}

async function runtimeDependencies(sourceDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(sourceDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
  return Object.keys(manifest.dependencies ?? {})
}

// A bundle may require only Node built-ins and the deps its package.json declares; anything else would fail on the cloud.
function undeclaredImports(metafile: Metafile, declared: readonly string[]): string[] {
  const allowed = new Set([...declared, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)])
  const found = new Set<string>()
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) {
      if (!imported.external) continue
      const bare = imported.path.startsWith('@') ? imported.path.split('/').slice(0, 2).join('/') : imported.path.split('/')[0]
      if (!allowed.has(bare) && !allowed.has(imported.path)) found.add(imported.path)
    }
  }
  return [...found]
}

async function buildOne(name: string, outRoot: string | undefined): Promise<BuiltFunction> {
  const sourceDir = path.join(FUNCTIONS_ROOT, name)
  const dir = outRoot ? path.join(outRoot, name) : sourceDir
  const external = await runtimeDependencies(sourceDir)
  const result = await build({
    entryPoints: [path.join(sourceDir, 'src', 'index.ts')],
    outfile: path.join(dir, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    sourcemap: true,
    // Smaller upload; the sourcemap maps stack traces back to the TypeScript.
    minify: true,
    keepNames: true,
    external,
    metafile: true,
    logLevel: 'silent',
    tsconfig: path.resolve(__dirname, '..', 'tsconfig.json'),
    banner: { js: `// Built by scripts/build-functions.ts from cloudfunctions/${name}/src; do not edit.` },
  })
  const stray = undeclaredImports(result.metafile, external)
  if (stray.length > 0) throw new Error(`云函数 ${name} 引用了 package.json 未声明的依赖：${stray.join(', ')}（请加入 cloudfunctions/${name}/package.json 的 dependencies）`)
  if (outRoot) {
    await mkdir(dir, { recursive: true })
    await Promise.all(['config.json', 'package.json'].map((file) => copyFile(path.join(sourceDir, file), path.join(dir, file))))
  }
  const bytes = Object.entries(result.metafile.outputs).reduce((sum, [file, output]) => (file.endsWith('.js') ? sum + output.bytes : sum), 0)
  return { name, dir, bytes }
}

/** Builds the functions in parallel; rejects with every function's failure. */
export async function buildFunctions(options: BuildFunctionsOptions = {}): Promise<BuiltFunction[]> {
  const names = options.names ?? (await listFunctionSources())
  const results = await Promise.allSettled(names.map((name) => buildOne(name, options.outRoot)))
  const failures = results.flatMap((result, index) => (result.status === 'rejected' ? [`${names[index]}: ${String(result.reason instanceof Error ? result.reason.message : result.reason)}`] : []))
  if (failures.length > 0) throw new Error(`云函数打包失败：\n${failures.join('\n')}`)
  return results.map((result) => (result as PromiseFulfilledResult<BuiltFunction>).value)
}

// Run as a script (tsx scripts/build-functions.ts), not when a test imports buildFunctions.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === __filename) {
  const started = Date.now()
  buildFunctions({ names: process.argv.length > 2 ? process.argv.slice(2) : undefined })
    .then((built) => {
      for (const fn of built) console.log(`  ${fn.name.padEnd(12)} ${(fn.bytes / 1024).toFixed(1).padStart(7)} KB  ${path.relative(process.cwd(), fn.dir)}/index.js`)
      console.log(`已打包 ${built.length} 个云函数，用时 ${Date.now() - started} ms`)
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exitCode = 1
    })
}
