// Makes sure the machine has what the browser tests need (Debian's chromium and CJK fonts):
// installs them when running as root with apt-get, otherwise stops at once saying what to run.
import { execSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const has = (cmd) => spawnSync('sh', ['-c', cmd], { stdio: 'ignore' }).status === 0
const missing = []
if (!existsSync('/usr/bin/chromium')) missing.push('chromium')
if (!has('fc-list :lang=zh | grep -qi "noto"') && !has('dpkg -s fonts-noto-cjk')) missing.push('fonts-noto-cjk')

if (missing.length > 0) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && has('command -v apt-get')) {
    console.log(`[test machine] installing ${missing.join(', ')} …`)
    execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  } else {
    console.error(`[test machine] missing: ${missing.join(', ')}. Install them first:\n  sudo ${command}`)
    process.exit(1)
  }
}
