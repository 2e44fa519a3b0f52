/** Whether wx-server-sdk has somewhere to talk to; without it the SDK kills the process (notes: "hazard"). */
export type CloudEnvironmentCheck = { configured: true } | { configured: false; missing: string[]; explanation: string }

/**
 * Checks process.env the way the SDK will read it: an endpoint (the cloud runtime, or
 * TCB_CONTEXT_CNFG pointing at a local /admin) and credentials (injected by the runtime,
 * fake ones locally). Pure, so it can be tested without the SDK.
 */
export function checkCloudEnvironment(environment: Readonly<Record<string, string | undefined>> = process.env): CloudEnvironmentCheck {
  const missing: string[] = []
  const inCloudRuntime = Boolean(environment.TENCENTCLOUD_RUNENV && (environment.SCF_NAMESPACE || environment.TCB_ENV))
  if (!inCloudRuntime && !environment.TCB_CONTEXT_CNFG) missing.push('TENCENTCLOUD_RUNENV + SCF_NAMESPACE (云函数运行时) 或 TCB_CONTEXT_CNFG (本地云地址)')
  if (!environment.TENCENTCLOUD_SECRETID || !environment.TENCENTCLOUD_SECRETKEY) missing.push('TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY')
  if (missing.length === 0) return { configured: true }
  return {
    configured: false,
    missing,
    explanation:
      `云函数找不到云环境：缺少 ${missing.join('；')}。` +
      '在真实云上这些由平台注入；在本机请通过本地云 (npm start 或 tests/support/local-cloud.ts) 调用云函数，不要直接 require 运行。',
  }
}
