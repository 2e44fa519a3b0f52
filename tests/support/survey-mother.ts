import type { Poll } from '@/core/contracts/survey.contract'
import { defaultQuestions } from '@/core/survey/survey.questionnaire'
import { CHOICE_LABELS, CHOICES } from '@/core/survey/survey.types'

export const ROUND_ID = 'r0a1b2c3d4e5f'

/** getPoll as the survey function answers it for an open village round, built from the real default questions. */
export function openPoll(overrides: Partial<Poll> = {}): Poll {
  return {
    round: {
      id: ROUND_ID,
      orgId: 'org-qingshan',
      orgName: '青山村党支部',
      orgTypeLabel: '村党组织',
      batchId: 'b0a1b2c3d4e5f',
      title: '2026年下半年群众满意度测评',
      opensOn: '2026-11-20',
      closesOn: '2026-12-20',
      status: 'open',
      statusLabel: '进行中',
      minimumAnswers: 10,
    },
    questions: defaultQuestions('village').map(({ id, text }) => ({ id, text })),
    choices: CHOICES.map((value) => ({ value, label: CHOICE_LABELS[value] })),
    alreadyAnswered: false,
    notice: null,
    ...overrides,
  }
}
