/**
 * `npm run bench`: speed and size figures, one per line as `name: value unit`. Not a test:
 * figures are for people to compare across changes; budgets that must hold are in tests/size.
 * Needs the builds (`npm run build`) for the size and start figures.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { orgContract } from '../src/core/contracts'
import { kb, weappSizes } from '../scripts/weapp-size'
import { startTestCloud } from '../tests/support/local-cloud'
import { benchSurveys } from './survey-figures'

const ROOT = path.resolve(__dirname, '..')

function figure(name: string, value: number | string, unit: string): void {
  console.log(`${name}: ${value} ${unit}`)
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** Seconds from launching the `npm start` server (builds done) to the H5 app being served. */
async function startReady(): Promise<number> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zcwh-bench-start-'))
  const port = 20000 + Math.floor(Math.random() * 20000)
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'local-cloud/start.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), LOCAL_CLOUD_DATA_DIR: dataDir },
    stdio: 'ignore',
  })
  try {
    const deadline = started + 180_000
    while (performance.now() < deadline) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`)
        if (response.ok && (await response.text()).includes('<html')) return (performance.now() - started) / 1000
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    throw new Error('the local cloud did not serve the H5 app within 180 s')
  } finally {
    child.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Median gateway round trip of org.getHome (reads accounts, orgs and members) after warm-up. */
async function cloudCallP50(): Promise<number> {
  const cloud = await startTestCloud({ functions: ['org'] })
  try {
    for (let i = 0; i < 20; i++) await cloud.call('demo-secretary-taohua', orgContract, 'getHome', {})
    const samples: number[] = []
    for (let i = 0; i < 200; i++) {
      const started = performance.now()
      const result = await cloud.call('demo-secretary-taohua', orgContract, 'getHome', {})
      samples.push(performance.now() - started)
      if (!result.ok) throw new Error(`getHome failed: ${result.code}`)
    }
    return percentile(samples, 50)
  } finally {
    await cloud.close()
  }
}

function surveyFigures(surveys: Awaited<ReturnType<typeof benchSurveys>>): void {
  figure('survey.submit.p95', surveys.submitP95.toFixed(2), 'ms')
  figure('survey.dashboard.county@15k', surveys.dashboard15k.toFixed(2), 'ms')
  figure('survey.dashboard.county@150k', surveys.dashboard150k.toFixed(2), 'ms')
  figure('survey.dashboard.county.all@150k', surveys.dashboardAll150k.toFixed(2), 'ms')
  figure('survey.dashboard.county.cpu@150k', surveys.dashboardCpu150k.toFixed(2), 'ms')
  // Against the whole table: the raw aggregation works out every row too.
  figure('survey.dashboard.speedup@150k', (surveys.raw150k / surveys.dashboardAll150k).toFixed(1), 'x')
  figure('survey.dashboard.raw@150k', surveys.raw150k.toFixed(2), 'ms')
  figure('survey.local_cloud.rss@150k', surveys.rssMb150k.toFixed(0), 'MB')
}

async function main(): Promise<void> {
  // `npm run bench -- survey`: only the survey figures (no builds needed).
  if (process.argv.includes('survey')) {
    surveyFigures(await benchSurveys())
    return
  }
  const weapp = path.join(ROOT, 'dist/weapp')
  if (!existsSync(path.join(weapp, 'app.json')) || !existsSync(path.join(ROOT, 'dist/h5/index.html'))) {
    console.error('先构建：npm run build（bench 读取 dist/weapp 与 dist/h5）。')
    process.exit(1)
  }
  const sizes = weappSizes(weapp)
  figure('size.weapp.main', kb(sizes.main.bytes), 'KB')
  figure('start.ready', (await startReady()).toFixed(2), 's')
  figure('cloud.call.p50', (await cloudCallP50()).toFixed(2), 'ms')
  surveyFigures(await benchSurveys())
  for (const pkg of sizes.subpackages) figure(`size.weapp.pkg.${path.basename(pkg.root)}`, kb(pkg.bytes), 'KB')
  figure('size.weapp.total', kb(sizes.totalBytes), 'KB')
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
