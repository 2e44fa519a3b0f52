import type { ErrorCode } from '../errors'
import { ERRORS } from '../errors'

/**
 * The pledge life cycle (承诺践诺) as a pure state machine:
 * draft → submitted → approved (publicised on the branch board) → self-assessed → reviewed (the
 * branch's verdict) → published; a submitted pledge may be returned with a reason, edited and
 * submitted again; an approved pledge may be withdrawn from the board (撤下公示) with a reason, which
 * returns it to its author to edit and submit again. Every event names the states it may start from and its own refusal code.
 */
export const PLEDGE_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'selfAssessed', 'reviewed', 'published'] as const
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number]

export const PLEDGE_STATUS_LABELS: Readonly<Record<PledgeStatus, string>> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  approved: '公示中',
  selfAssessed: '已自评',
  reviewed: '已评定',
  published: '已公布',
}

export const PLEDGE_EVENTS = ['edit', 'submit', 'return', 'approve', 'withdraw', 'addProgress', 'selfAssess', 'judge', 'publish'] as const
export type PledgeEvent = (typeof PLEDGE_EVENTS)[number]

/** Who acts: the pledge's author (the member, or the branch staff for a branch pledge) or its reviewer (the secretary; the township for a branch pledge). */
export type PledgeActorKind = 'author' | 'reviewer'

interface TransitionRule {
  from: readonly PledgeStatus[]
  /** The state after the event; `null` keeps the state (an edit, a progress entry). */
  to: PledgeStatus | null
  by: PledgeActorKind
  /** The refusal when the pledge is in any other state. */
  refusal: ErrorCode
}

export const PLEDGE_TRANSITIONS: Readonly<Record<PledgeEvent, TransitionRule>> = {
  edit: { from: ['draft', 'returned'], to: null, by: 'author', refusal: 'PLEDGE.LOCKED' },
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'author', refusal: 'PLEDGE.ALREADY_SUBMITTED' },
  return: { from: ['submitted'], to: 'returned', by: 'reviewer', refusal: 'PLEDGE.NOT_SUBMITTED' },
  approve: { from: ['submitted'], to: 'approved', by: 'reviewer', refusal: 'PLEDGE.NOT_SUBMITTED' },
  // Off the public board at once; once self-assessed the year's record stands and goes to the verdict instead.
  withdraw: { from: ['approved'], to: 'returned', by: 'reviewer', refusal: 'PLEDGE.NOT_ON_BOARD' },
  addProgress: { from: ['approved'], to: null, by: 'author', refusal: 'PLEDGE.NOT_APPROVED' },
  selfAssess: { from: ['approved'], to: 'selfAssessed', by: 'author', refusal: 'PLEDGE.NOT_APPROVED' },
  judge: { from: ['selfAssessed'], to: 'reviewed', by: 'reviewer', refusal: 'PLEDGE.NOT_SELF_ASSESSED' },
  publish: { from: ['reviewed'], to: 'published', by: 'reviewer', refusal: 'PLEDGE.NOT_REVIEWED' },
}

export type PledgeTransition = { ok: true; to: PledgeStatus } | { ok: false; code: ErrorCode; message: string }

// After the self-assessment the year's record is closed: progress and a second self-assessment are refused with their own code.
const CLOSED_FOR_AUTHOR: readonly PledgeStatus[] = ['selfAssessed', 'reviewed', 'published']

/** Whether `event` may happen to a pledge in `status`, and the state it leads to. */
export function pledgeTransition(status: PledgeStatus, event: PledgeEvent): PledgeTransition {
  const rule = PLEDGE_TRANSITIONS[event]
  if (rule.from.includes(status)) return { ok: true, to: rule.to ?? status }
  const code: ErrorCode = (event === 'addProgress' || event === 'selfAssess') && CLOSED_FOR_AUTHOR.includes(status) ? 'PLEDGE.ALREADY_ASSESSED' : rule.refusal
  return { ok: false, code, message: `${ERRORS[code]}（这条承诺现在是“${PLEDGE_STATUS_LABELS[status]}”。）` }
}

/** Statuses a villager may see on the branch's public pledge board (承诺公示). */
export const BOARD_STATUSES: readonly PledgeStatus[] = ['approved', 'selfAssessed', 'reviewed', 'published']

/** Statuses that count as "has made a pledge" for the yearly minimum and the reminder: submitted or further, not a draft or a returned one. */
export const MADE_STATUSES: readonly PledgeStatus[] = ['submitted', 'approved', 'selfAssessed', 'reviewed', 'published']

export const PLEDGE_VERDICTS = ['fulfilled', 'partly', 'unfulfilled'] as const
export type PledgeVerdict = (typeof PLEDGE_VERDICTS)[number]
export const PLEDGE_VERDICT_LABELS: Readonly<Record<PledgeVerdict, string>> = { fulfilled: '已兑现', partly: '部分兑现', unfulfilled: '未兑现' }

/** Fulfilment rate of a branch for the 好队伍 criterion: 已兑现 counts 1, 部分兑现 ½, over pledges with a verdict; null with none. */
export function fulfilmentRate(verdicts: readonly PledgeVerdict[]): number | null {
  if (verdicts.length === 0) return null
  const score = verdicts.reduce((sum, verdict) => sum + (verdict === 'fulfilled' ? 1 : verdict === 'partly' ? 0.5 : 0), 0)
  return score / verdicts.length
}

/** Pledge settings (PRODUCT.md §2); a deployment may override them. */
export interface PledgeSettings {
  /** Pledges each member makes a year. */
  minimumPerMember: number
  /** Pledges each branch makes a year. */
  minimumPerBranch: number
  /** Members without a pledge by this day (MM-DD) of the year get the one-time reminder. */
  reminderDay: string
  /** The one-time subscription template of the reminder (the platform's template id). */
  reminderTemplateId: string
}

export const DEFAULT_PLEDGE_SETTINGS: Readonly<PledgeSettings> = {
  minimumPerMember: 1,
  minimumPerBranch: 2,
  reminderDay: '03-31',
  reminderTemplateId: 'pledge-reminder-template',
}

/**
 * The subscription template the reminder is sent with: the function environment's
 * `PLEDGE_REMINDER_TEMPLATE_ID`, else the default. One rule for both sides of the consent: the
 * `pledgeReminder` function sends with it and `pledges.listForMember` hands it to 我的任务, which
 * asks the member's consent for exactly this id (a consent is per template).
 */
export function pledgeReminderTemplateId(environment: Readonly<Record<string, string | undefined>>): string {
  return environment.PLEDGE_REMINDER_TEMPLATE_ID?.trim() || DEFAULT_PLEDGE_SETTINGS.reminderTemplateId
}

/** Whether the reminder is due on `today` (YYYY-MM-DD) for pledges of `year`: from the reminder day to the year's end. */
export function reminderDue(today: string, year: number, settings: Pick<PledgeSettings, 'reminderDay'> = DEFAULT_PLEDGE_SETTINGS): boolean {
  return today.slice(0, 4) === String(year) && today.slice(5) >= settings.reminderDay
}
