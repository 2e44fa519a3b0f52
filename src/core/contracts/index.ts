import { accountsContract } from './accounts.contract'
import { boardsContract } from './boards.contract'
import { developmentContract } from './development.contract'
import { membersContract } from './members.contract'
import { orgContract } from './org.contract'
import { pledgeReminderContract, pledgesContract } from './pledges.contract'
import { postsContract } from './posts.contract'
import { settingsContract } from './settings.contract'
import { starsContract } from './stars.contract'
import { storiesContract } from './stories.contract'
import { suggestionsContract } from './suggestions.contract'
import { surveyContract, surveyReconcileContract } from './survey.contract'

/** Every cloud function's contract; the gateway lists them and tests walk them. */
export const CONTRACTS = [orgContract, membersContract, accountsContract, developmentContract, surveyContract, surveyReconcileContract, pledgesContract, postsContract, pledgeReminderContract, boardsContract, storiesContract, suggestionsContract, settingsContract, starsContract] as const

export type AnyContract = (typeof CONTRACTS)[number]

export { orgContract, membersContract, accountsContract, developmentContract, surveyContract, surveyReconcileContract, pledgesContract, postsContract, pledgeReminderContract, boardsContract, storiesContract, suggestionsContract, settingsContract, starsContract }
export * from './org.contract'
export * from './members.contract'
export * from './accounts.contract'
export * from './development.contract'
export * from './survey.contract'
export * from './pledges.contract'
export * from './posts.contract'
export * from './boards.contract'
export * from './stories.contract'
export * from './suggestions.contract'
export * from './settings.contract'
export * from './stars.contract'
