import type { CloudDatabase } from '@/cloud'
import { findAll, loadTallies, recountAnswers } from '@/cloud/survey-store'
import type { SurveyRoundDoc } from '@/core/survey/survey.docs'
import { corrections, sameTally, tallyId } from '@/core/survey/survey.tally'

/** Rounds closed longer ago than this are settled: nothing can change them any more. */
const RECENT_DAYS = 14
const BATCH = 50

export interface ReconcileReport {
  roundsChecked: number
  repaired: { roundId: string; cells: number }[]
  busy: string[]
}

/**
 * Recounts raw answers and repairs tallies that drifted. Per batch of rounds: read the tallies,
 * recount, read the tallies again. Answers and tallies commit together, so when the two reads
 * agree the recount matches that state exactly, and the difference is applied as `$inc` to shard 0
 * (an answer committed meanwhile adds to its own shard and is never overwritten). When they
 * differ, answers were arriving: the round waits for the next run.
 */
export async function reconcileRounds(
  db: CloudDatabase,
  now: Date,
  roundIds?: readonly string[],
  authorize: (round: Pick<SurveyRoundDoc, '_id' | 'orgId' | 'orgPath'>) => void = () => undefined,
): Promise<ReconcileReport> {
  const _ = db.command
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString()
  const rounds = await findAll<Pick<SurveyRoundDoc, '_id' | 'orgId' | 'orgPath'>>(
    db,
    'surveyRounds',
    roundIds ? { _id: _.in([...roundIds]) } : { opensAt: _.lte(now.toISOString()), closesAt: _.gt(since) },
    { _id: true, orgId: true, orgPath: true },
  )
  for (const round of rounds) authorize(round)
  const report: ReconcileReport = { roundsChecked: rounds.length, repaired: [], busy: [] }
  for (let start = 0; start < rounds.length; start += BATCH) {
    const ids = rounds.slice(start, start + BATCH).map((round) => round._id)
    const before = await loadTallies(db, ids)
    const recount = await recountAnswers(db, ids)
    const after = await loadTallies(db, ids)
    for (const id of ids) {
      const current = before.get(id)
      const counted = recount.get(id)
      const again = after.get(id)
      if (!current || !counted || !again) continue
      if (!sameTally(current, again)) {
        report.busy.push(id)
        continue
      }
      const fixes = corrections(current, counted)
      if (fixes.length === 0) continue
      await db
        .collection('surveyTallies')
        .doc(tallyId(id, 0))
        .update({ data: Object.fromEntries(fixes.map((fix) => [fix.path, _.inc(fix.delta)])) })
      console.warn(`[surveyReconcile] 调查 ${id} 的统计与原始答卷不一致，已修正 ${fixes.length} 项`)
      report.repaired.push({ roundId: id, cells: fixes.length })
    }
  }
  return report
}
