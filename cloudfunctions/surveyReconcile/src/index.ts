import { createHandler, type CloudMain } from '@/cloud'
import { createTimerTask, isTimerEvent } from '@/cloud/timer'
import { surveyReconcileContract } from '@/core/contracts/survey.contract'
import { compactClosedRounds } from './compact'
import { reconcileRounds } from './reconcile'

const handleCall = createHandler(surveyReconcileContract, {
  reconcile: async ({ roundIds }, context) => {
    const report = await reconcileRounds(context.db, context.now, roundIds, (round) => context.authorize({ orgId: round.orgId, orgAncestorIds: round.orgPath.slice(0, -1) }))
    // Nothing to check when there was no round: the admin's reach is the whole deployment.
    if (report.roundsChecked === 0 && context.actor.role !== 'villager') context.authorize({ orgId: context.actor.orgId, orgAncestorIds: [] })
    return report
  },
})

// Repairs first, then folds closed rounds' shards: folding keeps sums, so the order only matters for the log.
const handleTimer = createTimerTask('surveyReconcile', async ({ db, now }) => ({ ...(await reconcileRounds(db, now)), compacted: await compactClosedRounds(db, now) }))

/** The `surveyReconcile` cloud function: the timer (config.json, every 30 minutes) recounts answers, repairs tallies and folds closed rounds' shards; an admin's call recounts and repairs. */
export const main: CloudMain = (event, context) => (isTimerEvent(event) ? handleTimer(event) : handleCall(event, context))
