import { getInTransaction, inTransaction, type CloudDatabase } from '@/cloud'
import { findAll, loadRound } from '@/cloud/survey-store'
import type { SurveyTallyDoc } from '@/core/survey/survey.docs'
import { roundStatus } from '@/core/survey/survey.round'
import { sumTallies, tallyId, tallyMetaOf } from '@/core/survey/survey.tally'

/** Rounds folded per run at most: each is one small transaction, and the timer has 60 seconds. */
const ROUNDS_PER_RUN = 200

/**
 * Folds the shards of each closed round into its shard 0. Shards spread the writes of people
 * answering at the same moment; a closed round takes no more answers, so one sum is all that is
 * left to read. Two years of a county's rounds are mostly closed, so the organiser's table reads
 * about one document per round instead of eight (docs/surveys.md, “Reading”).
 *
 * The sum is unchanged, so reconciliation keeps agreeing with the raw answers. An answer that
 * commits at the closing instant touches a shard this transaction reads, so one of the two
 * conflicts and retries: nothing is counted twice or lost. Shards found by their copy of the
 * round's close (`meta.closesAt`); shards stored before they carried it are left as they are.
 */
export async function compactClosedRounds(db: CloudDatabase, now: Date): Promise<string[]> {
  const _ = db.command
  const spread = await findAll<Pick<SurveyTallyDoc, 'roundId'>>(db, 'surveyTallies', { shard: _.gt(0), 'meta.closesAt': _.lte(now.toISOString()) }, { roundId: true })
  const roundIds = [...new Set(spread.map((shard) => shard.roundId))].slice(0, ROUNDS_PER_RUN)
  const compacted: string[] = []
  for (const roundId of roundIds) if (await compactRound(db, roundId, now)) compacted.push(roundId)
  return compacted
}

async function compactRound(db: CloudDatabase, roundId: string, now: Date): Promise<boolean> {
  const round = await loadRound(db, roundId)
  // The round itself decides: a shard's copy of the dates only helps find candidates.
  if (!round || roundStatus(round, now) !== 'closed') return false
  return inTransaction(db, async (transaction) => {
    const shards: SurveyTallyDoc[] = []
    for (let shard = 0; shard < round.shards; shard++) {
      const found = await getInTransaction<SurveyTallyDoc>(transaction, 'surveyTallies', tallyId(roundId, shard))
      if (found) shards.push(found)
    }
    if (shards.every((shard) => shard.shard === 0)) return false
    const total = sumTallies(shards)
    const folded: Omit<SurveyTallyDoc, '_id'> = { roundId, orgId: round.orgId, orgPath: round.orgPath, shard: 0, respondents: total.respondents, counts: total.counts, meta: tallyMetaOf(round) }
    await transaction.collection('surveyTallies').doc(tallyId(roundId, 0)).set({ data: folded })
    for (const shard of shards) if (shard.shard !== 0) await transaction.collection('surveyTallies').doc(shard._id).remove()
    return true
  })
}
