import { existsSync } from 'node:fs'
import path from 'node:path'

/** Where `taro build --type weapp` writes the mini-program (config/index.ts outputRoot). */
export const WEAPP_ROOT = path.resolve(__dirname, '../../dist/weapp')

export function assertWeappBuilt(): void {
  if (!existsSync(path.join(WEAPP_ROOT, 'app.json')) || !existsSync(path.join(WEAPP_ROOT, 'app.js'))) {
    throw new Error('dist/weapp is missing: run `npx taro build --type weapp` first (npm test builds it before jest).')
  }
}
