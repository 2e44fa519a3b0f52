import { createHandler } from '@/cloud'
import { surveyContract } from '@/core/contracts/survey.contract'
import { close } from './close-round'
import { getOrgDashboard, getSubtreeDashboard } from './dashboards'
import { exportXlsx } from './export-xlsx'
import { openRounds } from './open-rounds'
import { getPoll, submit } from './poll'
import { getPollCode } from './poll-code'

/** The `survey` cloud function: satisfaction rounds, the anonymous poll, and the figures of the fifth criterion (docs/surveys.md). */
export const main = createHandler(surveyContract, { openRounds, close, getPollCode, getPoll, submit, getOrgDashboard, getSubtreeDashboard, exportXlsx })
