import { orgContract } from './org.contract'
import { surveyContract, surveyReconcileContract } from './survey.contract'

/** Every cloud function's contract; the gateway lists them and tests walk them. */
export const CONTRACTS = [orgContract, surveyContract, surveyReconcileContract] as const

export type AnyContract = (typeof CONTRACTS)[number]

export { orgContract, surveyContract, surveyReconcileContract }
export * from './org.contract'
export * from './survey.contract'
