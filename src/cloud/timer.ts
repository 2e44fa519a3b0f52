import { fail, ok, type Result } from '../core/result'
import { checkCloudEnvironment } from './environment'
import { cloud as defaultCloud, type CloudDatabase, type WxCloud } from './sdk'

/** The event a timer trigger (config.json `triggers`) sends: `{ Type: 'Timer', TriggerName, Time }`. */
export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  Time: string
}

export function isTimerEvent(event: unknown): event is TimerEvent {
  return typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer' && typeof (event as { TriggerName?: unknown }).TriggerName === 'string'
}

/** What a scheduled task receives: the database and the clock, no caller (a timer has none). */
export interface TimerContext {
  db: CloudDatabase
  cloud: WxCloud
  now: Date
  trigger: string
}

/**
 * Runs a scheduled task when the platform's timer calls the function. A client call always
 * carries an OPENID; an event shaped like a timer's from a client is refused, so no one can
 * start the task by sending `{ Type: 'Timer' }`.
 */
export function createTimerTask<T>(name: string, task: (context: TimerContext) => Promise<T>, options: { cloud?: WxCloud; environment?: Readonly<Record<string, string | undefined>> } = {}): (event: TimerEvent) => Promise<Result<T>> {
  const sdk = options.cloud ?? defaultCloud
  let initialised = false
  return async (event) => {
    const check = checkCloudEnvironment(options.environment ?? process.env)
    if (!check.configured) {
      console.error(`[${name}] ${check.explanation}`)
      return fail('COMMON.NOT_CONFIGURED')
    }
    if (!initialised) {
      sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string })
      initialised = true
    }
    const openid = sdk.getWXContext().OPENID
    if (typeof openid === 'string' && openid !== '') return fail('AUTH.FORBIDDEN', '定时任务只能由定时触发器启动。')
    try {
      return ok(await task({ db: sdk.database(), cloud: sdk, now: new Date(), trigger: event.TriggerName }))
    } catch (error) {
      console.error(`[${name}] 定时任务失败`, error)
      return fail('COMMON.INTERNAL')
    }
  }
}
