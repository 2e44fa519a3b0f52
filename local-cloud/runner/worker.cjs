// One instance of one cloud function. Plain CommonJS on purpose: the bundle it loads is plain
// CommonJS (scripts/build-functions.ts), so no TypeScript loader is needed, the instance starts
// as fast as plain node, and it runs the same under tsx, jest and node.
'use strict'
const { parentPort, workerData } = require('node:worker_threads')
const path = require('node:path')

// Stack traces from the minified bundle point back to the TypeScript sources.
if (typeof process.setSourceMapsEnabled === 'function') process.setSourceMapsEnabled(true)

const PER_CALL_KEYS = ['WX_OPENID', 'WX_APPID', 'WX_UNIONID', 'WX_CLIENTIP']

// Loaded at start, not on the first call, so a warmed instance has already paid for requiring the SDK (~0.6 s).
let main = null
let loadError = null
try {
  const exported = require(path.join(workerData.functionDir, 'index.js'))
  if (typeof exported.main !== 'function') throw new Error(`云函数 ${workerData.name} 的 index.js 没有导出 main`)
  main = exported.main
} catch (error) {
  loadError = error
}

function asJson(value) {
  // The cloud answers JSON; undefined becomes null as callFunction's result does. Posted as one
  // string: cloning a string is a copy of its bytes, while a parsed answer (a county table is
  // ~180 KB of objects) would be walked by the structured clone here and rebuilt in the runner,
  // and the gateway would stringify it once more.
  const text = value === undefined ? undefined : JSON.stringify(value)
  return text === undefined ? 'null' : text
}

function describe(error) {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack }
  return { name: 'Error', message: String(error) }
}

// The runner starts the call's timeout clock on this, not on dispatch: start-up is not the function's time (as on SCF).
parentPort.postMessage({ ready: true })

parentPort.on('message', async (call) => {
  // One call at a time per instance, so writing this worker's own process.env is safe.
  for (const key of PER_CALL_KEYS) delete process.env[key]
  for (const [key, value] of Object.entries(call.callEnvironment)) if (value !== undefined) process.env[key] = value
  try {
    if (loadError) throw loadError
    const value = await main(call.event, call.context)
    parentPort.postMessage({ id: call.id, status: 'returned', json: asJson(value) })
  } catch (error) {
    parentPort.postMessage({ id: call.id, status: 'threw', error: describe(error) })
  }
})
