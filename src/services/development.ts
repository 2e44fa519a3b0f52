import type { ActionInput, ActionOutput } from '@/core/contract'
import type { developmentContract, DevelopmentView } from '@/core/contracts/development.contract'
import type { DevelopmentStage } from '@/core/development/development.rules'
import { callCloud, contractRef, type CallResult } from './cloud'

const development = contractRef<typeof developmentContract>('development')

export type DevelopmentList = ActionOutput<typeof developmentContract, 'list'>
export type DevelopmentReport = ActionOutput<typeof developmentContract, 'report'>

export function listDevelopment(orgId: string): Promise<CallResult<DevelopmentList>> {
  return callCloud(development, 'list', { orgId })
}

/** Moves a record to its next stage on `date`; the server refuses, in Chinese, what the rules forbid. */
export function advanceDevelopment(id: string, stage: DevelopmentStage, date: string): Promise<CallResult<DevelopmentView>> {
  return callCloud(development, 'advance', { id, stage, date })
}

/** How many each village or enterprise developed in `year`, and the 空白村 among them. */
export function developmentReport(orgId: string, year: number): Promise<CallResult<DevelopmentReport>> {
  return callCloud(development, 'report', { orgId, year })
}

export type NewApplicant = ActionInput<typeof developmentContract, 'add'>

/** Registers a 入党申请人; the server checks every field (and that the applicant was 18 on the day) and says what is wrong. */
export function addApplicant(applicant: NewApplicant): Promise<CallResult<DevelopmentView>> {
  return callCloud(development, 'add', applicant)
}
