import { authorize, type Scope } from '../core/auth/authorize'
import type { ActionName, ActionOutput, ActionParsedInput, ActionSpec, Contract } from '../core/contract'
import type { CollectionName } from '../core/collections'
import { ERRORS } from '../core/errors'
import { AppError, fail, isAppError, ok, type Result } from '../core/result'
import { createAccessChecks, type AccessChecks } from './access'
import { resolveActor, type Actor, type BoundActor } from './actor'
import { describeBadRequest } from './bad-request'
import { checkCloudEnvironment } from './environment'
import { cloud as defaultCloud, type CloudCollection, type CloudDatabase, type WxCloud } from './sdk'

/** What every action implementation receives besides its validated input. */
export interface ActionContext extends Omit<AccessChecks, 'checked'> {
  /** The caller's OPENID, from `cloud.getWXContext()` only. */
  openid: string
  actor: Actor
  /** How far the caller's role reaches for this action (its contract's `access`). */
  scope: Scope
  db: CloudDatabase
  cloud: WxCloud
  /** When the call started; one clock for the whole action. */
  now: Date
  /** `db.collection(name)` restricted to the declared collections. */
  collection(name: CollectionName): CloudCollection
}

/** One action's implementation, typed from its contract so it cannot drift from it. */
export type ActionImplementation<C extends Contract, A extends ActionName<C>> = (
  input: ActionParsedInput<C, A>,
  context: ActionContext,
) => Promise<ActionOutput<C, A>> | ActionOutput<C, A>

/** Every action of a contract, implemented. */
export type ContractImplementation<C extends Contract> = { [A in ActionName<C>]: ActionImplementation<C, A> }

/** The `main(event, context)` a cloud function exports. */
export type CloudMain = (event: unknown, context?: unknown) => Promise<Result<unknown>>

/** Seams for tests; production passes none. */
export interface HandlerOptions {
  cloud?: WxCloud
  environment?: Readonly<Record<string, string | undefined>>
  clock?: () => Date
}

// Fields the platform adds to the event (userInfo: the caller's appId/openId, never trusted) or the router reads.
const NON_PAYLOAD_FIELDS = new Set(['action', 'userInfo'])

/** Narrows the actor for actions that members-only roles already guarantee; throws AUTH.NOT_BOUND otherwise. */
export function requireBound(actor: Actor): BoundActor {
  if (actor.role === 'villager') throw new AppError('AUTH.NOT_BOUND')
  return actor
}

/**
 * Builds a cloud function's `main`: routes on `event.action`, validates the payload with the
 * action's zod input, takes identity only from `cloud.getWXContext().OPENID`, resolves the actor
 * from `accounts`, checks the action's access policy (role gate; scoped actions check their resources through the context), runs the implementation and validates its output.
 * Always answers a Result: AppError → its code; anything else → logged, COMMON.INTERNAL.
 */
export function createHandler<C extends Contract>(contract: C, implementation: ContractImplementation<C>, options: HandlerOptions = {}): CloudMain {
  const sdk = options.cloud ?? defaultCloud
  const environment = options.environment ?? process.env
  const clock = options.clock ?? (() => new Date())
  let initialised = false

  return async function main(event: unknown): Promise<Result<unknown>> {
    const now = clock()
    const check = checkCloudEnvironment(environment)
    if (!check.configured) {
      console.error(`[${contract.name}] ${check.explanation}`)
      return fail('COMMON.NOT_CONFIGURED')
    }

    const body: Record<string, unknown> = typeof event === 'object' && event !== null && !Array.isArray(event) ? (event as Record<string, unknown>) : {}
    const actionName = body.action
    if (typeof actionName !== 'string' || !Object.hasOwn(contract.actions, actionName)) {
      const shown = typeof actionName === 'string' ? `“${actionName}”` : '（未提供 action）'
      return fail('COMMON.UNKNOWN_ACTION', `云函数 ${contract.name} 没有操作 ${shown}，请更新小程序后再试。`)
    }
    const action = actionName as ActionName<C>
    const spec: ActionSpec = contract.actions[action]
    const label = `${contract.name}.${action}`

    const payload = Object.fromEntries(Object.entries(body).filter(([key]) => !NON_PAYLOAD_FIELDS.has(key)))
    const parsed = spec.input.safeParse(payload)
    if (!parsed.success) return fail('COMMON.BAD_REQUEST', describeBadRequest(parsed.error, payload))

    try {
      if (!initialised) {
        sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string })
        initialised = true
      }
      const openid = sdk.getWXContext().OPENID
      if (typeof openid !== 'string' || openid === '') return fail('AUTH.NO_IDENTITY')

      const db = sdk.database()
      const actor = await resolveActor(db, openid)
      const gate = authorize(actor.role === 'villager' ? { role: 'villager' } : actor, spec)
      if (!gate.allowed) return fail(gate.code)

      const checks = createAccessChecks(actor, spec, db)
      const context: ActionContext = {
        openid,
        actor,
        scope: gate.scope,
        db,
        cloud: sdk,
        now,
        collection: (name) => db.collection(name),
        authorize: checks.authorize,
        authorizeOrg: checks.authorizeOrg,
        authorizeMember: checks.authorizeMember,
        allows: checks.allows,
      }
      const run = implementation[action] as (input: unknown, context: ActionContext) => unknown
      const data = await run(parsed.data, context)
      // A scoped action that never checked what it touched is a bug; answer nothing rather than leak.
      if (gate.scope !== 'public' && !checks.checked) {
        console.error(`[${label}] 范围为 ${gate.scope} 的操作没有调用 context.authorize…，拒绝返回结果`)
        return fail('COMMON.INTERNAL')
      }

      const checked = spec.output.safeParse(data)
      if (!checked.success) {
        console.error(`[${label}] 返回值不符合契约`, JSON.stringify(checked.error.issues))
        return fail('COMMON.INTERNAL')
      }
      return ok(checked.data)
    } catch (error) {
      if (isAppError(error)) return fail(error.code, error.message || ERRORS[error.code])
      console.error(`[${label}] 未预期的错误`, error)
      return fail('COMMON.INTERNAL')
    }
  }
}
