import { z } from 'zod'
import { defineSection } from './settings.section'

/** 满意度调查: the bands of the rate (per cent) and the default minimum number of answers of a new round. */
export const surveySection = defineSection({
  title: '满意度调查',
  schema: z
    .object({
      /** A rate at or above this (per cent) is 好. */
      goodBand: z.number({ error: '“好”的分数线要填一个数' }).int({ message: '“好”的分数线请填整数' }).min(50, { message: '“好”的分数线不能低于 50%' }).max(100, { message: '“好”的分数线不能高于 100%' }).default(85),
      /** At or above this and below good: 合格; below it: flagged for 整改. */
      passableBand: z.number({ error: '“合格”的分数线要填一个数' }).int({ message: '“合格”的分数线请填整数' }).min(30, { message: '“合格”的分数线不能低于 30%' }).max(99, { message: '“合格”的分数线不能高于 99%' }).default(70),
      /** Results of a new round stay hidden until it has this many answers (a round may ask for more). */
      defaultMinAnswers: z.number({ error: '最少答卷数要填一个数' }).int({ message: '最少答卷数请填整数' }).min(5, { message: '最少答卷数不能少于 5 份，否则答题的人可能被认出来' }).max(500, { message: '最少答卷数不能多于 500 份' }).default(10),
    })
    .refine((survey) => survey.passableBand < survey.goodBand, { message: '“合格”的分数线要低于“好”的分数线', path: ['passableBand'] }),
})

/** The survey section as the statistics take it: bands as fractions (85 → 0.85). */
export function surveyThresholdsOf(survey: { goodBand: number; passableBand: number }): { goodThreshold: number; passableThreshold: number } {
  return { goodThreshold: survey.goodBand / 100, passableThreshold: survey.passableBand / 100 }
}
