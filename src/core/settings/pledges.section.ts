import { z } from 'zod'
import { defineSection } from './settings.section'

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Whether `value` is a real month-day, MM-DD (29 February allowed). */
export function isMonthDay(value: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const month = Number(match[1])
  const day = Number(match[2])
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0)
}

/** 党员承诺: the yearly minimums and the day by which a member without a pledge is reminded. */
export const pledgesSection = defineSection({
  title: '党员承诺',
  schema: z.object({
    /** Pledges each member makes a year. */
    minPerMember: z.number({ error: '每名党员的承诺数要填一个数' }).int({ message: '每名党员的承诺数请填整数' }).min(1, { message: '每名党员每年至少 1 条承诺' }).max(10, { message: '每名党员每年的承诺不要多于 10 条' }).default(1),
    /** Pledges each branch makes a year. */
    minPerBranch: z.number({ error: '每个支部的承诺数要填一个数' }).int({ message: '每个支部的承诺数请填整数' }).min(1, { message: '每个支部每年至少 1 条承诺' }).max(20, { message: '每个支部每年的承诺不要多于 20 条' }).default(2),
    /** MM-DD: from this day of the year a member with no pledge gets the one-time reminder. */
    reminderDate: z.string({ error: '提醒日期要填“月-日”，如 03-31' }).refine(isMonthDay, { message: '提醒日期要填“月-日”，如 03-31' }).default('03-31'),
  }),
})
