export { createRunner } from './runner'
export type { CallIdentity, RunOutcome, Runner, RunnerOptions, RunnerStats } from './runner'
