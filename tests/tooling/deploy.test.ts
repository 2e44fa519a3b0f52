import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { readDeployConfig } from '../../scripts/deploy'

const root = join(__dirname, '../..')

describe('npm run deploy', () => {
  it('names every missing credential and deploys nothing without them', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/deploy.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('无法部署')
    for (const name of ['WX_APPID', 'WX_PRIVATE_KEY_PATH', 'WX_CLOUD_ENV']) expect(run.stderr).toContain(name)
    expect(run.stdout).not.toContain('上传')
  })

  it('says when the key file does not exist', () => {
    const read = readDeployConfig({ WX_APPID: 'wx123', WX_PRIVATE_KEY_PATH: '/nowhere/key', WX_CLOUD_ENV: 'env-1' })
    expect(read).toEqual({ missing: ['WX_PRIVATE_KEY_PATH 指向的文件不存在：/nowhere/key'] })
  })
})
