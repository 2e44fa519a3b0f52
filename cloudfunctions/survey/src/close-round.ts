import type { ActionImplementation } from '@/cloud'
import { loadRound } from '@/cloud/survey-store'
import type { surveyContract } from '@/core/contracts/survey.contract'
import { AppError } from '@/core/result'
import { roundSummary } from '@/core/survey/survey.figures'
import { roundStatus } from '@/core/survey/survey.round'

/**
 * Ends an open round now: the secretary who opened it for their organisation, or an organiser
 * over it (any round of their subtree; a round a township or the county opened is theirs to end).
 * The round's `closesAt` becomes now, so the poll says it has ended and takes no more answers;
 * then its shards' copy of the details (`meta.closesAt`) follows for the county table.
 */
export const close: ActionImplementation<typeof surveyContract, 'close'> = async ({ roundId }, context) => {
  const { db, now, actor } = context
  const round = await loadRound(db, roundId)
  if (!round) throw new AppError('SURVEY.ROUND_NOT_FOUND')
  context.authorize({ orgId: round.orgId, orgAncestorIds: round.orgPath.slice(0, -1) }, `这次调查属于“${round.orgName}”，不在您的管理范围内。`)
  if (actor.role === 'secretary' && round.openedBy.role !== 'secretary') throw new AppError('SURVEY.NOT_OPENER')
  if (roundStatus(round, now) !== 'open') throw new AppError('SURVEY.NOT_CLOSABLE')
  const closesAt = now.toISOString()
  // The round first: the poll reads it, so no answer is taken after this; the shards' copy only feeds the county table.
  await db.collection('surveyRounds').doc(round._id).update({ data: { closesAt } })
  await db
    .collection('surveyTallies')
    .where({ roundId: round._id })
    .update({ data: { 'meta.closesAt': closesAt } })
  return { round: roundSummary({ ...round, closesAt }, now) }
}
