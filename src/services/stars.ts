import type { ActionInput, ActionOutput } from '@/core/contract'
import type { starsContract } from '@/core/contracts/stars.contract'
import { callCloud, contractRef, type CallResult } from './cloud'

const stars = contractRef<typeof starsContract>('stars')

export type CycleView = ActionOutput<typeof starsContract, 'get'>
export type CycleList = ActionOutput<typeof starsContract, 'list'>
export type MemberStars = ActionOutput<typeof starsContract, 'memberStars'>
export type PublicStars = ActionOutput<typeof starsContract, 'publicStars'>
export type MyObjections = ActionOutput<typeof starsContract, 'myObjections'>
export type Contest = ActionOutput<typeof starsContract, 'contest'>
export type RubricView = ActionOutput<typeof starsContract, 'getRubric'>
export type Period = ActionInput<typeof starsContract, 'open'>['period']
export type Stage = CycleView['stage']

export const listCycles = (orgId: string): Promise<CallResult<CycleList>> => callCloud(stars, 'list', { orgId })
export const openCycle = (orgId: string, period: Period): Promise<CallResult<CycleView>> => callCloud(stars, 'open', { orgId, period })
export const getCycle = (id: string): Promise<CallResult<CycleView>> => callCloud(stars, 'get', { id })
export const advanceCycle = (id: string, to: Stage, publicityDays?: number): Promise<CallResult<CycleView>> => callCloud(stars, 'advance', publicityDays ? { id, to, publicityDays } : { id, to })
export const decideMember = (id: string, memberId: string, ids: string[], reason: string): Promise<CallResult<CycleView>> => callCloud(stars, 'decide', { id, memberId, ids, reason })
export const answerObjection = (objectionId: string, text: string, decision?: { ids: string[]; reason: string }): Promise<CallResult<CycleView>> =>
  callCloud(stars, 'answerObjection', decision ? { objectionId, text, decision } : { objectionId, text })
export const getMemberStars = (memberId: string): Promise<CallResult<MemberStars>> => callCloud(stars, 'memberStars', { memberId })
export const selfAssess = (cycleId: string, ids: string[], text: string): Promise<CallResult<MemberStars>> => callCloud(stars, 'selfAssess', { cycleId, ids, text })
export const peerReview = (cycleId: string, revieweeId: string, given: number, comment: string): Promise<CallResult<MemberStars>> => callCloud(stars, 'peerReview', { cycleId, revieweeId, stars: given, comment })
export const getPublicStars = (orgId: string): Promise<CallResult<PublicStars>> => callCloud(stars, 'publicStars', { orgId })
export const objectTo = (cycleId: string, memberId: string, text: string) => callCloud(stars, 'object', { cycleId, memberId, text })
export const getMyObjections = (): Promise<CallResult<MyObjections>> => callCloud(stars, 'myObjections', {})
export const getRubric = (orgId: string): Promise<CallResult<RubricView>> => callCloud(stars, 'getRubric', { orgId })
export const setRubric = (orgId: string, rubric: RubricView['rubric']): Promise<CallResult<RubricView>> => callCloud(stars, 'setRubric', { orgId, rubric })
export const getContest = (rootOrgId: string): Promise<CallResult<Contest>> => callCloud(stars, 'contest', { rootOrgId })
