/**
 * The default questionnaire of each organisation type, following its fifth criterion
 * (src/core/standards/five-good.ts): 办事公道, 作风清正, 为群众办实事, 解决热点难点问题, 总体评价,
 * worded for the people who answer (villagers of a village or township, workers of an enterprise).
 */
import { QUESTION_ID, type Question, type SurveyOrgType } from './survey.types'

/** The id of the question whose answers give a round's headline rate. */
export const OVERALL_QUESTION_ID = 'overall'

/** At most this many questions are added to the default ones. */
export const MAX_EXTRA_QUESTIONS = 5

const DEFAULTS: Readonly<Record<SurveyOrgType, readonly Question[]>> = {
  village: [
    { id: 'fairness', topic: 'fairness', text: '村党组织和村干部办事公道吗？' },
    { id: 'integrity', topic: 'integrity', text: '村干部作风清正、廉洁吗？' },
    { id: 'service', topic: 'service', text: '村党组织为群众办实事，您满意吗？' },
    { id: 'hotIssues', topic: 'hotIssues', text: '群众关心的热点难点问题，解决得让您满意吗？' },
    { id: OVERALL_QUESTION_ID, topic: 'overall', text: '总的来说，您对村党组织满意吗？' },
  ],
  township: [
    { id: 'fairness', topic: 'fairness', text: '乡镇党委和乡镇干部办事公道吗？' },
    { id: 'integrity', topic: 'integrity', text: '乡镇干部作风清正、廉洁吗？' },
    { id: 'service', topic: 'service', text: '乡镇为农民群众办实事、办好事，您满意吗？' },
    { id: 'hotIssues', topic: 'hotIssues', text: '群众关心的热点难点问题，乡镇解决得让您满意吗？' },
    { id: OVERALL_QUESTION_ID, topic: 'overall', text: '总的来说，您对乡镇党委满意吗？' },
  ],
  enterprise: [
    { id: 'fairness', topic: 'fairness', text: '企业党组织办事公道吗？' },
    { id: 'integrity', topic: 'integrity', text: '企业党员作风正派、带头守纪吗？' },
    { id: 'service', topic: 'service', text: '企业党组织帮助职工解决工作和生活中的实际困难，您满意吗？' },
    { id: 'hotIssues', topic: 'hotIssues', text: '职工关心的热点难点问题，党组织反映和解决得让您满意吗？' },
    { id: OVERALL_QUESTION_ID, topic: 'overall', text: '总的来说，您对企业党组织满意吗？' },
  ],
}

/** A fresh copy of the default questions of an organisation type; 总体评价 is always last. */
export function defaultQuestions(type: SurveyOrgType): Question[] {
  return DEFAULTS[type].map((question) => ({ ...question }))
}

/**
 * The questionnaire of a new round: the type's defaults, then the added questions (ids extra1…),
 * then 总体评价 last, so the headline question is answered after the details.
 */
export function buildQuestionnaire(type: SurveyOrgType, extraQuestions: readonly string[] = []): Question[] {
  const defaults = defaultQuestions(type)
  const overall = defaults.filter((question) => question.id === OVERALL_QUESTION_ID)
  const details = defaults.filter((question) => question.id !== OVERALL_QUESTION_ID)
  const extras: Question[] = extraQuestions.map((text, index) => ({ id: `extra${index + 1}`, topic: 'custom', text: text.trim() }))
  const questions = [...details, ...extras, ...overall]
  for (const question of questions) if (!QUESTION_ID.test(question.id)) throw new Error(`invalid question id ${question.id}`)
  return questions
}
