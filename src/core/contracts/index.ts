import { orgContract } from './org.contract'

/** Every cloud function's contract; the gateway lists them and tests walk them. */
export const CONTRACTS = [orgContract] as const

export type AnyContract = (typeof CONTRACTS)[number]

export { orgContract }
export * from './org.contract'
