/**
 * Timer triggers, as the cloud runs them: each built function's config.json `triggers` of type
 * `timer` (what `npm run deploy` uploads) calls the function with `{ Type: 'Timer', TriggerName,
 * Time }` on its schedule. `npm start` and `npm run dev` run them, so the demo's tallies are
 * reconciled and closed rounds folded every 30 minutes, and the pledge reminder goes out at 9:00;
 * tests leave them off and send timer events themselves.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CronExpressionParser } from 'cron-parser'

export interface TimerTrigger {
  functionName: string
  triggerName: string
  /** WeChat cloud's seven fields: second minute hour day-of-month month day-of-week year. */
  cron: string
}

interface FunctionConfig {
  triggers?: Array<{ name?: unknown; type?: unknown; config?: unknown }>
}

// The cloud's timers run on China time.
const CHINA = 'Asia/Shanghai'
// setTimeout's ceiling (about 24.8 days); a later fire is reached in steps.
const LONGEST_WAIT_MS = 2 ** 31 - 1

/** The timer triggers of the named functions under `functionsDir`, from each one's config.json. */
export function readTimerTriggers(functionsDir: string, names: readonly string[]): TimerTrigger[] {
  return names.flatMap((functionName) => {
    const file = path.join(functionsDir, functionName, 'config.json')
    if (!existsSync(file)) return []
    const config = JSON.parse(readFileSync(file, 'utf8')) as FunctionConfig
    return (config.triggers ?? [])
      .filter((trigger) => trigger.type === 'timer' && typeof trigger.name === 'string' && typeof trigger.config === 'string')
      .map((trigger) => ({ functionName, triggerName: trigger.name as string, cron: trigger.config as string }))
  })
}

/**
 * The first instant after `after` at which a cloud timer fires. Its year field must be `*` (every
 * year): cron-parser knows six fields, and no trigger here names a year.
 */
export function nextFire(cron: string, after: Date): Date {
  const fields = cron.trim().split(/\s+/)
  if (fields.length === 7) {
    if (fields[6] !== '*') throw new Error(`定时触发器“${cron}”指定了年份，本地云只支持每年（*）。`)
    fields.pop()
  }
  if (fields.length !== 6) throw new Error(`定时触发器“${cron}”应有 7 个字段（秒 分 时 日 月 星期 年）。`)
  return CronExpressionParser.parse(fields.join(' '), { currentDate: after, tz: CHINA }).next().toDate()
}

export interface RunningTimers {
  stop(): void
}

/**
 * Calls each trigger's function on its schedule through `call` (the runner), one call at a time
 * per trigger, and logs what failed. A trigger whose schedule cannot be read is logged and left
 * out; the others still run.
 */
export function startTimers(triggers: readonly TimerTrigger[], call: (functionName: string, event: unknown) => Promise<unknown>, log: (line: string) => void = console.log): RunningTimers {
  const pending = new Set<NodeJS.Timeout>()
  let stopped = false
  const schedule = (trigger: TimerTrigger, after: Date): void => {
    if (stopped) return
    let fire: Date
    try {
      fire = nextFire(trigger.cron, after)
    } catch (error) {
      log(`[timers] ${trigger.functionName}/${trigger.triggerName} 不会运行：${(error as Error).message}`)
      return
    }
    const wait = fire.getTime() - Date.now()
    const timer = setTimeout(
      () => {
        pending.delete(timer)
        if (stopped) return
        // Not due yet: the wait was longer than setTimeout allows, so take the next step.
        if (Date.now() < fire.getTime()) return schedule(trigger, after)
        const event = { Type: 'Timer', TriggerName: trigger.triggerName, Time: fire.toISOString() }
        void call(trigger.functionName, event)
          .then((reply) => {
            const answer = reply as { ok?: unknown; code?: unknown; message?: unknown } | undefined
            if (answer && answer.ok === false) log(`[timers] ${trigger.functionName}/${trigger.triggerName} 失败：${String(answer.code)} ${String(answer.message ?? '')}`)
          })
          .catch((error: unknown) => log(`[timers] ${trigger.functionName}/${trigger.triggerName} 出错：${(error as Error).message}`))
          .finally(() => schedule(trigger, fire))
      },
      Math.max(0, Math.min(wait, LONGEST_WAIT_MS)),
    )
    // The server keeps the process alive; a pending timer alone must not.
    timer.unref()
    pending.add(timer)
  }
  const now = new Date()
  for (const trigger of triggers) schedule(trigger, now)
  return {
    stop() {
      stopped = true
      for (const timer of pending) clearTimeout(timer)
      pending.clear()
    },
  }
}
