import { z } from 'zod'
import type { StarsSettings } from '../stars/stars.settings'
import { defineSection } from './settings.section'

const whole = (label: string, min: number, max: number, unit: string) =>
  z
    .number({ error: `${label}要填一个数` })
    .int({ message: `${label}请填整数` })
    .min(min, { message: `${label}不能小于 ${min}${unit}` })
    .max(max, { message: `${label}不能大于 ${max}${unit}` })

/** 星级评定: the contest's weights and cap, peer reviews per member, publicity days (docs/stars.md). */
export const starsSection = defineSection({
  title: '星级评定',
  schema: z
    .object({
      /** Weight of the members' stars in a branch's score, per cent. */
      membersWeight: whole('党员星级的权重', 0, 100, '%').default(70),
      /** Weight of the satisfaction rate, per cent; the two add up to 100. */
      satisfactionWeight: whole('群众满意度的权重', 0, 100, '%').default(30),
      /** A satisfaction rate below this (per cent)… */
      capBelowRate: whole('满意度封顶线', 0, 100, '%').default(60),
      /** …caps the branch at this many stars. */
      capStars: whole('封顶星数', 0, 5, '星').default(2),
      /** Off by default and never shown to villagers (Rules of restraint); no screen turns it on. */
      rankingIndividuals: z.boolean().default(false),
      reviewsPerMember: whole('每人互评人数', 1, 10, '人').default(3),
      publicityDays: whole('公示天数', 1, 30, '天').default(7),
    })
    .refine((stars) => stars.membersWeight + stars.satisfactionWeight === 100, { message: '党员星级和群众满意度的权重加起来要等于 100%', path: ['satisfactionWeight'] }),
})

/** The section as the stars rules take it: weights as fractions. */
export function starsSettingsOf(stars: z.output<typeof starsSection.schema>): StarsSettings {
  return {
    weights: { members: stars.membersWeight / 100, satisfaction: stars.satisfactionWeight / 100 },
    capBelowRate: stars.capBelowRate,
    capStars: stars.capStars,
    rankingIndividuals: stars.rankingIndividuals,
    reviewsPerMember: stars.reviewsPerMember,
    publicityDays: stars.publicityDays,
  }
}
