/**
 * `npm start`: the local cloud on http://127.0.0.1:$PORT (default 10086) with the demo county,
 * data kept in .local-cloud/ across restarts. Builds nothing: the npm script builds first.
 */
import path from 'node:path'
import { createLocalCloud } from './server'
import { buildDemoCounty } from './seed/demo-county'

const REPO_ROOT = path.resolve(__dirname, '..')

async function start(): Promise<void> {
  const port = Number(process.env.PORT ?? 10086)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 必须是 0–65535 的整数，现在是“${process.env.PORT ?? ''}”。`)
  const cloud = await createLocalCloud({
    port,
    // LOCAL_CLOUD_DATA_DIR lets a second instance (the bench, a demo) keep its data apart.
    dataDir: process.env.LOCAL_CLOUD_DATA_DIR ? path.resolve(process.env.LOCAL_CLOUD_DATA_DIR) : path.join(REPO_ROOT, '.local-cloud'),
    seed: buildDemoCounty(),
    h5Dir: path.join(REPO_ROOT, 'dist', 'h5'),
    // As deployed: reconciliation every 30 minutes, the pledge reminder at 9:00 (each function's config.json).
    timers: true,
  })

  const identities = cloud.identities()
  // A village secretary first: the walking skeleton's main screen is a village's five-good standards.
  const preferred = ['demo-secretary-taohua', 'demo-member-taohua', 'demo-organiser-dongling', 'demo-admin', 'demo-villager-1']
  const pick = (role: string): string[] => {
    const ofRole = identities.filter((identity) => identity.role === role)
    const chosen = ofRole.find((identity) => preferred.includes(identity.openid)) ?? ofRole[0]
    if (!chosen) return []
    const where = chosen.orgName ? `（${chosen.orgName}）` : ''
    return [`    ${chosen.roleLabel.padEnd(6, '　')} ${chosen.displayName}${where}  x-dev-openid: ${chosen.openid}`]
  }
  const example = (identities.find((identity) => identity.openid === preferred[0]) ?? identities[0])?.openid ?? 'demo-villager-1'
  console.log(
    [
      '',
      `争创五好 · 本地云已启动：${cloud.url}`,
      `  打开 ${cloud.url}/ 使用 H5 版；页面里的“切换身份”可扮演不同角色。`,
      `  云函数：POST ${cloud.url}/api/fn/<函数名>，正文 {"action": "..."}；列表见 ${cloud.url}/api/fn`,
      `  数据保存在 .local-cloud/（删除该目录即恢复演示数据）。`,
      '  定时触发器按各云函数 config.json 运行（满意度计数核对每 30 分钟，承诺提醒每天 9:00）。',
      '  可以试试这些身份：',
      ...['secretary', 'member', 'organiser', 'admin', 'villager'].flatMap(pick),
      `  例如：curl -s -X POST ${cloud.url}/api/fn/org -H 'x-dev-openid: ${example}' -d '{"action":"getHome"}'`,
      '  按 Ctrl+C 停止。',
      '',
    ].join('\n'),
  )

  let stopping = false
  const stop = (signal: string): void => {
    if (stopping) return
    stopping = true
    console.log(`\n收到 ${signal}，正在关闭本地云……`)
    // A second signal, or a close that hangs, still ends the process.
    setTimeout(() => process.exit(1), 5_000).unref()
    cloud
      .close()
      .then(() => {
        console.log('本地云已关闭，数据已保存。')
        process.exit(0)
      })
      .catch((error: unknown) => {
        console.error('关闭本地云时出错：', error)
        process.exit(1)
      })
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

start().catch((error: unknown) => {
  const busy = (error as { code?: unknown }).code === 'EADDRINUSE'
  console.error(busy ? `端口已被占用：请关闭占用它的程序，或换一个端口，例如 PORT=10087 npm start。` : `本地云启动失败：${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
