/**
 * Reading survey data for the `survey` and `surveyReconcile` functions: rounds, the sum of a
 * round's tally shards, and the recount of raw answers. Counting rules live in src/core/survey.
 */
import type { CollectionName } from '../core/collections'
import type { SurveyRoundDoc, SurveyTallyDoc } from '../core/survey/survey.docs'
import { emptyTally, sumTallies, type RoundTally } from '../core/survey/survey.tally'
import { CHOICES, emptyCounts, type Choice } from '../core/survey/survey.types'
import { findById } from './db'
import type { CloudCollection, CloudDatabase } from './sdk'

// The SDK's ceiling per get(); larger reads page with skip.
const PAGE = 1000

type QueryReply = { data: unknown[] }
type AggregateReply = { list: unknown[] }

export async function loadRound(db: CloudDatabase, roundId: string): Promise<SurveyRoundDoc | null> {
  return findById(db, 'surveyRounds', roundId)
}

/** Every document matching `condition`, a page of 1000 at a time (the SDK's ceiling). */
export async function findAll<T>(db: CloudDatabase, collection: CollectionName, condition: Record<string, unknown>, fields?: Record<string, boolean>): Promise<T[]> {
  const out: T[] = []
  for (let offset = 0; ; offset += PAGE) {
    let query = db.collection(collection).where(condition)
    if (fields) query = query.field(fields)
    const reply = (await query.skip(offset).limit(PAGE).get()) as QueryReply
    out.push(...(reply.data as T[]))
    if (reply.data.length < PAGE) return out
  }
}

/** The running figures of each round: the sum of its shards (zeros for a round with none). */
export async function loadTallies(db: CloudDatabase, roundIds: readonly string[]): Promise<Map<string, RoundTally>> {
  const byRound = new Map<string, RoundTally>(roundIds.map((id) => [id, emptyTally()]))
  if (roundIds.length === 0) return byRound
  const shards = await findAll<SurveyTallyDoc>(db, 'surveyTallies', { roundId: db.command.in([...roundIds]) })
  const grouped = new Map<string, SurveyTallyDoc[]>()
  for (const shard of shards) grouped.set(shard.roundId, [...(grouped.get(shard.roundId) ?? []), shard])
  for (const [roundId, list] of grouped) byRound.set(roundId, sumTallies(list))
  return byRound
}

/** The figures of each round counted from its raw answers (what reconciliation compares tallies with). */
export async function recountAnswers(db: CloudDatabase, roundIds: readonly string[]): Promise<Map<string, RoundTally>> {
  const byRound = new Map<string, RoundTally>(roundIds.map((id) => [id, emptyTally()]))
  if (roundIds.length === 0) return byRound
  const $ = db.command.aggregate
  const match = { roundId: db.command.in([...roundIds]) }
  const [people, cells] = (await Promise.all([
    db.collection('surveyAnswers').aggregate().match(match).group({ _id: '$roundId', n: $.sum(1) }).limit(100_000).end(),
    db
      .collection('surveyAnswers')
      .aggregate()
      .match(match)
      .unwind('$choices')
      .group({ _id: { r: '$roundId', q: '$choices.q', c: '$choices.c' }, n: $.sum(1) })
      .limit(1_000_000)
      .end(),
  ])) as [AggregateReply, AggregateReply]
  for (const row of people.list as { _id: string; n: number }[]) {
    const tally = byRound.get(row._id)
    if (tally) tally.respondents = row.n
  }
  for (const row of cells.list as { _id: { r: string; q: string; c: Choice }; n: number }[]) {
    const tally = byRound.get(row._id.r)
    if (!tally || !CHOICES.includes(row._id.c)) continue
    const counts = (tally.counts[row._id.q] ??= emptyCounts())
    counts[row._id.c] += row.n
  }
  return byRound
}

function errorText(error: unknown): string {
  const record = (typeof error === 'object' && error !== null ? error : {}) as { errCode?: unknown; code?: unknown; errMsg?: unknown; message?: unknown }
  return `${String(record.errCode ?? '')} ${String(record.code ?? '')} ${String(record.errMsg ?? '')} ${String(record.message ?? '')}`
}

/** A second document with the same `_id` (-502001, MongoDB's E11000). */
export function isDuplicateKey(error: unknown): boolean {
  return /E11000|duplicate key/i.test(errorText(error))
}

/** A transaction that lost to a concurrent one (after the SDK's own retries). */
export function isTransactionConflict(error: unknown): boolean {
  return /TRANSACTION_CONFLICT|WriteConflict/i.test(errorText(error))
}

/** What runTransaction hands its callback (the SDK types it as any): documents by id, and add. */
export interface TransactionScope {
  collection(name: CollectionName): Pick<CloudCollection, 'doc' | 'add'>
}
