import { createHandler, type CloudMain } from '@/cloud'
import { createTimerTask, isTimerEvent } from '@/cloud/timer'
import { surveyReconcileContract } from '@/core/contracts/survey.contract'
import { reconcileRounds } from './reconcile'

const handleCall = createHandler(surveyReconcileContract, {
  reconcile: async ({ roundIds }, context) => {
    const report = await reconcileRounds(context.db, context.now, roundIds, (round) => context.authorize({ orgId: round.orgId, orgAncestorIds: round.orgPath.slice(0, -1) }))
    // Nothing to check when there was no round: the admin's reach is the whole deployment.
    if (report.roundsChecked === 0 && context.actor.role !== 'villager') context.authorize({ orgId: context.actor.orgId, orgAncestorIds: [] })
    return report
  },
})

const handleTimer = createTimerTask('surveyReconcile', ({ db, now }) => reconcileRounds(db, now))

/** The `surveyReconcile` cloud function: the timer (config.json, every 30 minutes) or an admin's call recounts answers and repairs tallies. */
export const main: CloudMain = (event, context) => (isTimerEvent(event) ? handleTimer(event) : handleCall(event, context))
