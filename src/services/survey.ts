import Taro from '@tarojs/taro'
import type { OrgDashboard, Poll, SubtreeDashboard, surveyContract } from '@/core/contracts/survey.contract'
import type { ActionInput, ActionOutput } from '@/core/contract'
import type { Choice } from '@/core/survey/survey.types'
import { callCloud, contractRef, type CallResult } from './cloud'

// A ref, not the contract: the zod schemas stay on the server and out of the villager's download.
const survey = contractRef<typeof surveyContract>('survey')

type Survey = typeof surveyContract
export type OpenRoundsInput = ActionInput<Survey, 'openRounds'>
export type OpenRoundsOutput = ActionOutput<Survey, 'openRounds'>
export type PollCode = ActionOutput<Survey, 'getPollCode'>
export type SubmitOutput = ActionOutput<Survey, 'submit'>
export type XlsxExport = ActionOutput<Survey, 'exportXlsx'>

/** The poll of one round as this identity sees it: questions, the four answers, already answered or not, and why not when the round is not open. */
export function getPoll(roundId: string): Promise<CallResult<Poll>> {
  return callCloud(survey, 'getPoll', { roundId })
}

/** One anonymous answer; the comment is checked by msgSecCheck on the server, which may refuse it. */
export function submitPoll(roundId: string, choices: ReadonlyArray<{ questionId: string; choice: Choice }>, comment: string): Promise<CallResult<SubmitOutput>> {
  const trimmed = comment.trim()
  return callCloud(survey, 'submit', { roundId, choices: choices.map((c) => ({ ...c })), ...(trimmed ? { comment: trimmed } : {}) })
}

/** Opens one round per organisation (a secretary: their own; an organiser: many at once). */
export function openRounds(input: OpenRoundsInput): Promise<CallResult<OpenRoundsOutput>> {
  return callCloud(survey, 'openRounds', input)
}

/** The round's mini-program code and its details, for the printable poster. */
export function getPollCode(roundId: string): Promise<CallResult<PollCode>> {
  return callCloud(survey, 'getPollCode', { roundId })
}

/** One organisation's figures; without an id, the caller's own organisation. */
export function getOrgDashboard(orgId?: string): Promise<CallResult<OrgDashboard>> {
  return callCloud(survey, 'getOrgDashboard', orgId ? { orgId } : {})
}

/** The organiser's subtree: organisations sorted by rate (lowest first), flags, township and county rollups; a page of the rows (the next `limit` the screen does not show yet) when `page` is given, else all of them. */
export function getSubtreeDashboard(rootOrgId?: string, page?: { shownOrgIds?: string[]; limit: number }): Promise<CallResult<SubtreeDashboard>> {
  return callCloud(survey, 'getSubtreeDashboard', { ...(rootOrgId ? { rootOrgId } : {}), ...(page ?? {}) })
}

/** The subtree table as an .xlsx in cloud storage; answers a download URL. */
export function exportSurveyXlsx(rootOrgId?: string): Promise<CallResult<XlsxExport>> {
  return callCloud(survey, 'exportXlsx', rootOrgId ? { rootOrgId } : {})
}

/**
 * weapp: a file of the cloud's storage (poster code, export) to a local temp path. By fileID through
 * wx.cloud, so no download domain has to be whitelisted; null when it could not be fetched.
 */
export async function downloadCloudFile(fileID: string): Promise<string | null> {
  if (process.env.TARO_ENV !== 'weapp' || !Taro.cloud) return null
  try {
    const { tempFilePath } = await Taro.cloud.downloadFile({ fileID })
    return tempFilePath
  } catch {
    return null
  }
}

/** Ends an open round now (the opener, or an organiser over it); the poll then says it has ended. */
export function closeRound(roundId: string): Promise<CallResult<ActionOutput<Survey, 'close'>>> {
  return callCloud(survey, 'close', { roundId })
}
