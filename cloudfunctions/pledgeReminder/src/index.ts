import { createHandler, type CloudMain } from '@/cloud'
import { createTimerTask, isTimerEvent } from '@/cloud/timer'
import { pledgeReminderContract } from '@/core/contracts/pledges.contract'
import { sendPledgeReminders } from './remind'

const handleCall = createHandler(pledgeReminderContract, {
  run: async ({ year }, context) => {
    // The admin reaches the whole deployment: nothing narrower to check.
    if (context.actor.role !== 'villager') context.authorize({ orgId: context.actor.orgId, orgAncestorIds: [] })
    return sendPledgeReminders(context.db, context.cloud, context.now, year)
  },
})

const handleTimer = createTimerTask('pledgeReminder', ({ db, cloud, now }) => sendPledgeReminders(db, cloud, now))

/** The `pledgeReminder` cloud function: its timer (config.json, daily at 09:00) or an admin's call sends the one-time pledge reminder. */
export const main: CloudMain = (event, context) => (isTimerEvent(event) ? handleTimer(event) : handleCall(event, context))
