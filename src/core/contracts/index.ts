import { accountsContract } from './accounts.contract'
import { developmentContract } from './development.contract'
import { membersContract } from './members.contract'
import { orgContract } from './org.contract'
import { pledgeReminderContract, pledgesContract } from './pledges.contract'
import { postsContract } from './posts.contract'
import { surveyContract, surveyReconcileContract } from './survey.contract'

/** Every cloud function's contract; the gateway lists them and tests walk them. */
export const CONTRACTS = [orgContract, membersContract, accountsContract, developmentContract, surveyContract, surveyReconcileContract, pledgesContract, postsContract, pledgeReminderContract] as const

export type AnyContract = (typeof CONTRACTS)[number]

export { orgContract, membersContract, accountsContract, developmentContract, surveyContract, surveyReconcileContract, pledgesContract, postsContract, pledgeReminderContract }
export * from './org.contract'
export * from './members.contract'
export * from './accounts.contract'
export * from './development.contract'
export * from './survey.contract'
export * from './pledges.contract'
export * from './posts.contract'
