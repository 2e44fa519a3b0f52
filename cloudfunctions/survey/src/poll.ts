import type { ActionContext, ActionImplementation } from '@/cloud'
import { findById } from '@/cloud'
import { isDuplicateKey, isTransactionConflict, loadRound, type TransactionScope } from '@/cloud/survey-store'
import type { surveyContract } from '@/core/contracts/survey.contract'
import { ORG_TYPE_LABELS } from '@/core/org/org.types'
import { AppError } from '@/core/result'
import type { SurveyAnswerDoc, SurveyCommentDoc, SurveyRoundDoc } from '@/core/survey/survey.docs'
import { roundSummary } from '@/core/survey/survey.figures'
import { roundStatus } from '@/core/survey/survey.round'
import { chinaDate } from '@/core/china-time'
import { shardOf, tallyId } from '@/core/survey/survey.tally'
import { CHOICE_LABELS, CHOICES, type Choice } from '@/core/survey/survey.types'
import { answerIdOf } from './answer-key'

// Busy rounds meet on a shard now and then: two immediate retries (as the SDK's runTransaction makes), then a few with a random pause.
const ATTEMPTS = 9
const IMMEDIATE_RETRIES = 2

/** A transaction started by hand (db.startTransaction), so it can start while the round is read. */
interface StartedTransaction extends TransactionScope {
  commit(): Promise<unknown>
  rollback(): Promise<unknown>
}

const THANKS = '提交成功，谢谢您的评价！'
const ALREADY = '您已经参加过这一轮评价，每人每轮只计一次。谢谢您的关心！'

function readableDay(day: string): string {
  const [year, month, date] = day.split('-')
  return `${year}年${Number(month)}月${Number(date)}日`
}

function closedNotice(round: SurveyRoundDoc, now: Date): { code: 'SURVEY.ROUND_NOT_OPEN' | 'SURVEY.ROUND_CLOSED'; message: string } | null {
  const status = roundStatus(round, now)
  const summary = roundSummary(round, now)
  if (status === 'upcoming') return { code: 'SURVEY.ROUND_NOT_OPEN', message: `这次调查还没有开始，${readableDay(summary.opensOn)}起可以答题。` }
  if (status === 'closed') return { code: 'SURVEY.ROUND_CLOSED', message: `这次调查已于${readableDay(summary.closesOn)}结束，不再收答卷。谢谢您的关心！` }
  return null
}

async function requireRound(db: ActionContext['db'], roundId: string): Promise<SurveyRoundDoc> {
  const round = await loadRound(db, roundId)
  if (!round) throw new AppError('SURVEY.ROUND_NOT_FOUND')
  return round
}

/** The poll as a villager opens it: questions, the four answers, whether they already answered, and why not when the round is not open. */
export const getPoll: ActionImplementation<typeof surveyContract, 'getPoll'> = async ({ roundId }, { db, openid, now }) => {
  const round = await requireRound(db, roundId)
  const answered = await findById(db, 'surveyAnswers', answerIdOf(openid, round._id))
  return {
    round: { ...roundSummary(round, now), orgTypeLabel: ORG_TYPE_LABELS[round.orgType] },
    questions: round.questions.map((question) => ({ id: question.id, text: question.text })),
    choices: CHOICES.map((value) => ({ value, label: CHOICE_LABELS[value] })),
    alreadyAnswered: answered !== null,
    notice: closedNotice(round, now)?.message ?? null,
  }
}

async function checkComment(context: ActionContext, text: string): Promise<void> {
  // msgSecCheck v2: scene 2 = comments; the caller's OPENID goes to WeChat only, never to our store.
  const reply = (await context.cloud.openapi.security.msgSecCheck({ content: text, version: 2, scene: 2, openid: context.openid })) as { result?: { suggest?: string } }
  if (reply.result?.suggest !== 'pass') throw new AppError('SURVEY.COMMENT_REJECTED')
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * One anonymous answer: checked against the round's questions, the comment checked by
 * msgSecCheck, then the answer (keyed by the hash of identity + round) and the increments of one
 * tally shard in one transaction. A second answer from the same identity collides on `_id` and
 * is thanked, not counted.
 */
export const submit: ActionImplementation<typeof surveyContract, 'submit'> = async (input, context) => {
  const { db, openid, now } = context
  // The transaction starts while the round is read: one round trip less for every answer. A refused answer rolls it back.
  let pending: Promise<StartedTransaction> | null = db.startTransaction() as Promise<StartedTransaction>
  const abandon = (): void => {
    void pending?.then((transaction) => transaction.rollback()).catch(() => undefined)
    pending = null
  }
  let answer: SurveyAnswerDoc
  let increments: Record<string, unknown>
  let shard: string
  let comment: string
  let round: SurveyRoundDoc
  try {
    round = await requireRound(db, input.roundId)
    const notOpen = closedNotice(round, now)
    if (notOpen) throw new AppError(notOpen.code, notOpen.message)

    const given = new Map<string, Choice>()
    for (const { questionId, choice } of input.choices) {
      if (!round.questions.some((question) => question.id === questionId)) throw new AppError('SURVEY.INCOMPLETE', '答卷里有这一轮没有的题目，请退出后重新扫码答题。')
      if (given.has(questionId)) throw new AppError('SURVEY.INCOMPLETE', '同一道题只能选一个答案，请检查后再提交。')
      given.set(questionId, choice)
    }
    const missing = round.questions.map((question, index) => (given.has(question.id) ? null : index + 1)).filter((number): number is number => number !== null)
    if (missing.length > 0) throw new AppError('SURVEY.INCOMPLETE', `第 ${missing.join('、')} 题还没有选，请每题选一个答案（不清楚的可以选“不了解”）。`)

    const answerId = answerIdOf(openid, round._id)
    comment = input.comment?.trim() ?? ''
    if (comment !== '') await checkComment(context, comment)

    const submittedOn = chinaDate(now)
    const choices = round.questions.map((question) => ({ q: question.id, c: given.get(question.id) as Choice }))
    answer = { _id: answerId, roundId: round._id, orgId: round.orgId, orgPath: round.orgPath, choices, submittedOn }
    const _ = db.command
    increments = { respondents: _.inc(1) }
    const counts: Record<string, Record<string, unknown>> = {}
    for (const { q, c } of choices) counts[q] = { [c]: _.inc(1) }
    increments.counts = counts
    shard = tallyId(round._id, shardOf(answerId, round.shards))
  } catch (error) {
    abandon()
    throw error
  }

  for (let attempt = 0; ; attempt++) {
    const transaction: StartedTransaction = await (pending ?? (db.startTransaction() as Promise<StartedTransaction>))
    pending = null
    try {
      await transaction.collection('surveyAnswers').add({ data: answer })
      await transaction.collection('surveyTallies').doc(shard).update({ data: increments })
      if (comment !== '') {
        const stored: Omit<SurveyCommentDoc, '_id'> = { roundId: round._id, orgId: round.orgId, orgPath: round.orgPath, text: comment, submittedOn: answer.submittedOn }
        await transaction.collection('surveyComments').add({ data: stored })
      }
      await transaction.commit()
      return { counted: true, message: THANKS }
    } catch (error) {
      // Nothing of a failed attempt stays: the answer, the increments and the comment go together or not at all.
      await transaction.rollback().catch(() => undefined)
      if (isDuplicateKey(error)) return { counted: false, message: ALREADY }
      if (!isTransactionConflict(error)) throw error
      if (attempt + 1 >= ATTEMPTS) throw new AppError('SURVEY.BUSY')
      if (attempt >= IMMEDIATE_RETRIES) await pause(5 + Math.random() * 20 * (attempt + 1))
    }
  }
}
