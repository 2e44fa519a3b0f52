import { z } from 'zod'
import { defineSection } from './settings.section'

/** 意见建议: days a branch has to answer before the township sees it flagged overdue. */
export const suggestionsSection = defineSection({
  title: '意见建议',
  schema: z.object({
    answerDays: z.number({ error: '答复期限要填一个数' }).int({ message: '答复期限请填整天数' }).min(1, { message: '答复期限至少 1 天' }).max(60, { message: '答复期限不能超过 60 天' }).default(7),
  }),
})
