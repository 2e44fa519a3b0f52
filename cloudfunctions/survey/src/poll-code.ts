import type { ActionImplementation } from '@/cloud'
import { loadRound } from '@/cloud/survey-store'
import type { surveyContract } from '@/core/contracts/survey.contract'
import { AppError } from '@/core/result'
import { roundSummary } from '@/core/survey/survey.figures'
import { POLL_PAGE, pollPath, pollScene } from '@/core/survey/survey.round'

/** The round's mini-program code for its poster: a PNG in cloud storage and a temporary URL to it. */
export const getPollCode: ActionImplementation<typeof surveyContract, 'getPollCode'> = async ({ roundId }, context) => {
  const { db, cloud, now } = context
  const round = await loadRound(db, roundId)
  if (!round) throw new AppError('SURVEY.ROUND_NOT_FOUND')
  context.authorize({ orgId: round.orgId, orgAncestorIds: round.orgPath.slice(0, -1) }, `这次调查属于“${round.orgName}”，不在您的管理范围内。`)

  const scene = pollScene(round._id)
  let png: Buffer
  try {
    // checkPath false: the poll page may not be published yet when a round is opened in a trial version.
    const code = (await cloud.openapi.wxacode.getUnlimited({ scene, page: POLL_PAGE, width: 430, checkPath: false })) as { buffer: ArrayBufferLike | Buffer }
    png = Buffer.from(code.buffer as ArrayBuffer)
  } catch (error) {
    console.error('[survey.getPollCode] wxacode.getUnlimited 失败', error)
    throw new AppError('SURVEY.QR_FAILED')
  }
  const uploaded = await cloud.uploadFile({ cloudPath: `survey-codes/${round._id}.png`, fileContent: png })
  const { fileList } = (await cloud.getTempFileURL({ fileList: [uploaded.fileID] })) as { fileList: { tempFileURL: string }[] }
  return { round: roundSummary(round, now), page: POLL_PAGE, scene, pollPath: pollPath(round._id), qrFileID: uploaded.fileID, qrUrl: fileList[0]?.tempFileURL ?? '' }
}
