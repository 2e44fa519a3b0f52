/**
 * `npm run deploy`: uploads the cloud functions and the mini-program with WeChat's official
 * miniprogram-ci, when credentials are given in the environment. Tests never call it.
 *
 *   WX_APPID              the mini-program's appid
 *   WX_PRIVATE_KEY_PATH   the upload key downloaded from mp.weixin.qq.com (开发管理 → 小程序代码上传)
 *   WX_CLOUD_ENV          the cloud environment id the functions deploy to and the app calls
 *   WX_VERSION, WX_DESC   optional: the version number and note shown in the console
 */
import { execSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(__dirname, '..')

interface DeployConfig {
  appid: string
  privateKeyPath: string
  cloudEnv: string
  version: string
  desc: string
}

/** Reads the deployment settings, or lists every missing one in words a person can act on. */
export function readDeployConfig(env: Readonly<Record<string, string | undefined>>): { config: DeployConfig } | { missing: string[] } {
  const missing: string[] = []
  if (!env.WX_APPID) missing.push('WX_APPID（小程序 AppID）')
  if (!env.WX_PRIVATE_KEY_PATH) missing.push('WX_PRIVATE_KEY_PATH（代码上传密钥文件的路径）')
  else if (!existsSync(env.WX_PRIVATE_KEY_PATH)) missing.push(`WX_PRIVATE_KEY_PATH 指向的文件不存在：${env.WX_PRIVATE_KEY_PATH}`)
  if (!env.WX_CLOUD_ENV) missing.push('WX_CLOUD_ENV（云开发环境 ID）')
  if (missing.length > 0) return { missing }
  return {
    config: {
      appid: env.WX_APPID as string,
      privateKeyPath: env.WX_PRIVATE_KEY_PATH as string,
      cloudEnv: env.WX_CLOUD_ENV as string,
      version: env.WX_VERSION || '0.1.0',
      desc: env.WX_DESC || '争创五好 自动上传',
    },
  }
}

interface FunctionConfig {
  triggers?: { name: string; type: string; config: string }[]
}

async function deploy(config: DeployConfig): Promise<void> {
  // miniprogram-ci is heavy; load it only when there is something to deploy.
  const ci = await import('miniprogram-ci')
  console.log('构建云函数与小程序（生产模式）…')
  execSync('npm run build:functions && npm run build:weapp', {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', TARO_APP_CLOUD_ENV: config.cloudEnv },
  })

  const project = new ci.Project({ appid: config.appid, type: 'miniProgram', projectPath: join(root, 'dist/weapp'), privateKeyPath: config.privateKeyPath, ignores: ['node_modules/**/*'] })
  const functionsRoot = join(root, 'cloudfunctions')
  for (const name of readdirSync(functionsRoot)) {
    const dir = join(functionsRoot, name)
    if (!existsSync(join(dir, 'index.js'))) continue
    console.log(`上传云函数 ${name} …`)
    await ci.cloud.uploadFunction({ project, env: config.cloudEnv, name, path: dir, remoteNpmInstall: true })
    const functionConfig = existsSync(join(dir, 'config.json')) ? (JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as FunctionConfig) : {}
    if (functionConfig.triggers?.length) {
      await ci.cloud.createTimeTrigger({ project, envId: config.cloudEnv, functionName: name, triggersConfig: functionConfig.triggers })
    }
  }
  console.log(`上传小程序 ${config.version} …`)
  await ci.upload({ project, version: config.version, desc: config.desc, setting: { es6: true, minify: true }, onProgressUpdate: () => undefined })
  console.log('完成：请到微信公众平台把这个版本设为体验版或提交审核。')
}

// Run only as the npm script's entry, not when a test imports readDeployConfig.
if (process.argv[1] && join(process.argv[1]) === __filename) {
  const read = readDeployConfig(process.env)
  if ('missing' in read) {
    console.error(['无法部署，缺少以下设置（在环境变量里给出后重试）：', ...read.missing.map((m) => `  - ${m}`), '说明见 README 的“部署到微信云开发”。'].join('\n'))
    process.exit(1)
  }
  deploy(read.config).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('部署失败：', error)
      process.exit(1)
    },
  )
}
