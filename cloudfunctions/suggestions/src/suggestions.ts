import { chinaDaysBetween } from '@/core/china-time'
import { findById, findMany, readSettings, type ActionContext, type ActionImplementation } from '@/cloud'
import { checkText } from '@/cloud/moderation'
import { wholeValues } from '@/cloud/whole-values'
import type { suggestionsContract } from '@/core/contracts/suggestions.contract'
import type { SuggestionDoc } from '@/core/publicity/publicity.docs'
import { answerDueAt, isOverdue, SUGGESTION_KIND_LABELS, SUGGESTION_STATUS_LABELS } from '@/core/publicity/suggestion.rules'
import { AppError } from '@/core/result'
import { authorKeyOf } from './author-key'

type Impl<A extends keyof typeof suggestionsContract.actions> = ActionImplementation<typeof suggestionsContract, A>

const LIST_LIMIT = 500
const MINE_LIMIT = 100

async function orgNames(context: ActionContext, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const orgs = await findMany(context.db, 'orgs', { _id: context.db.command.in(unique) }, { limit: unique.length })
  return new Map(orgs.map((org) => [org._id, org.name]))
}

function mineOf(suggestion: SuggestionDoc, orgName: string) {
  return {
    id: suggestion._id,
    orgId: suggestion.orgId,
    orgName,
    kind: suggestion.kind,
    kindLabel: SUGGESTION_KIND_LABELS[suggestion.kind],
    text: suggestion.text,
    status: suggestion.status,
    statusLabel: SUGGESTION_STATUS_LABELS[suggestion.status],
    rejectedReason: suggestion.status === 'rejected' ? suggestion.check.reason : null,
    answer: suggestion.answer,
    createdAt: suggestion.createdAt,
  }
}

/** `answerDays` from the county's settings (docs/settings.md). */
function branchOf(suggestion: SuggestionDoc, orgName: string, now: Date, answerDays: number) {
  const { rejectedReason: _hidden, ...shown } = mineOf(suggestion, orgName)
  return {
    ...shown,
    dueAt: answerDueAt(suggestion.createdAt, answerDays),
    overdue: isOverdue(suggestion, now, answerDays),
    daysWaiting: suggestion.status === 'open' ? chinaDaysBetween(suggestion.createdAt, now) : 0,
  }
}

/** Unanswered first (oldest first, so the overdue lead), then answered, newest first. */
function compareForBranch(a: SuggestionDoc, b: SuggestionDoc): number {
  if (a.status !== b.status) return a.status === 'open' ? -1 : 1
  if (a.status === 'open') return a.createdAt < b.createdAt ? -1 : 1
  return a.createdAt < b.createdAt ? 1 : -1
}

export const leave: Impl<'leave'> = async ({ orgId, kind, text }, context) => {
  const org = await findById(context.db, 'orgs', orgId)
  if (!org) throw new AppError('ORG.NOT_FOUND')
  const authorKey = authorKeyOf(context.openid)
  const id = `sug-${context.now.getTime().toString(36)}${authorKey.slice(0, 6)}`
  // The branch will read it: checked first; a refused one is kept for its author only, with the reason.
  const check = await checkText(context, 'suggestion', id, org._id, text)
  const suggestion: SuggestionDoc = {
    _id: id,
    orgId: org._id,
    orgAncestorIds: [...org.ancestorIds],
    authorKey,
    kind,
    text,
    status: check.result === 'passed' ? 'open' : 'rejected',
    answer: null,
    check,
    createdAt: context.now.toISOString(),
  }
  await context.collection('suggestions').add({ data: suggestion })
  return mineOf(suggestion, org.name)
}

const PLACE_TYPES = ['village', 'enterprise', 'branch']
const PLACES_LIMIT = 1000

/** Organisations a villager can write to, by township then name; organisation names are public. */
export const places: Impl<'places'> = async (_input, context) => {
  const orgs = await findMany(context.db, 'orgs', { type: context.db.command.in(PLACE_TYPES) }, { limit: PLACES_LIMIT })
  const parents = await orgNames(context, orgs.map((org) => org.parentId ?? ''))
  const listed = orgs.map((org) => ({ id: org._id, name: org.name, under: parents.get(org.parentId ?? '') ?? '' }))
  listed.sort((a, b) => a.under.localeCompare(b.under, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'))
  return { places: listed }
}

export const mine: Impl<'mine'> = async (_input, context) => {
  const suggestions = await findMany(context.db, 'suggestions', { authorKey: authorKeyOf(context.openid) }, { limit: MINE_LIMIT, orderBy: { field: 'createdAt', order: 'desc' } })
  const names = await orgNames(context, suggestions.map((suggestion) => suggestion.orgId))
  return { suggestions: suggestions.map((suggestion) => mineOf(suggestion, names.get(suggestion.orgId) ?? '')) }
}

export const listForOrg: Impl<'listForOrg'> = async ({ orgId }, context) => {
  const org = await context.authorizeOrg(orgId)
  const [suggestions, settings] = await Promise.all([findMany(context.db, 'suggestions', { orgId: org._id, status: context.db.command.in(['open', 'answered']) }, { limit: LIST_LIMIT }), readSettings(context.db)])
  const { answerDays } = settings.suggestions
  return { answerDays, suggestions: suggestions.sort(compareForBranch).map((suggestion) => branchOf(suggestion, org.name, context.now, answerDays)) }
}

export const answer: Impl<'answer'> = async ({ id, text }, context) => {
  const suggestion = await findById(context.db, 'suggestions', id)
  // A refused suggestion is its author's alone: to the branch it does not exist.
  if (!suggestion || suggestion.status === 'rejected') throw new AppError('SUGGESTION.NOT_FOUND')
  const org = await context.authorizeOrg(suggestion.orgId)
  if (suggestion.status === 'answered') throw new AppError('SUGGESTION.ALREADY_ANSWERED')
  const check = await checkText(context, 'answer', suggestion._id, suggestion.orgId, text)
  if (check.result === 'rejected') throw new AppError('CONTENT.REJECTED', `答复没有发出：${check.reason ?? ''}`)
  const changes = { status: 'answered' as const, answer: { text, at: context.now.toISOString(), by: org.name } }
  await context.collection('suggestions').doc(suggestion._id).update({ data: wholeValues(context.db, changes) })
  return branchOf({ ...suggestion, ...changes }, org.name, context.now, (await readSettings(context.db)).suggestions.answerDays)
}

export const overdue: Impl<'overdue'> = async ({ rootOrgId }, context) => {
  const root = await context.authorizeOrg(rootOrgId)
  const own = await findMany(context.db, 'suggestions', { status: 'open', orgId: root._id }, { limit: LIST_LIMIT })
  const below = await findMany(context.db, 'suggestions', { status: 'open', orgAncestorIds: root._id }, { limit: LIST_LIMIT })
  const { answerDays } = (await readSettings(context.db)).suggestions
  const late = [...own, ...below].filter((suggestion) => isOverdue(suggestion, context.now, answerDays)).sort(compareForBranch)
  const names = await orgNames(context, late.map((suggestion) => suggestion.orgId))
  return { answerDays, suggestions: late.map((suggestion) => branchOf(suggestion, names.get(suggestion.orgId) ?? '', context.now, answerDays)) }
}
