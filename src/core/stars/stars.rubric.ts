import { z } from 'zod'

/**
 * Star rubrics as data (PRODUCT.md §4). Two kinds are in use: points (a base plus additions and
 * deductions with reasons, stars by bands) and dimensions (one star per dimension met). The county
 * sets the default; a cycle keeps its own copy, so a rubric never changes in the middle of a cycle.
 */
export { DEFAULT_BANDS, DEFAULT_DIMENSIONS_RUBRIC, DEFAULT_POINTS_RUBRIC, RUBRIC_KIND_LABELS, RUBRIC_KINDS, type RubricKind } from './stars.defaults'

export const MAX_STARS = 5

const itemIdSchema = z.string().trim().regex(/^[a-z][a-zA-Z0-9-]{0,39}$/, { message: '条目编号用英文字母开头，最多 40 位' })

/** One addition (points > 0) or deduction (points < 0) with the reason it is given for. */
export const rubricItemSchema = z
  .object({
    id: itemIdSchema,
    label: z.string().trim().min(1, { message: '条目名称不能为空' }).max(40, { message: '条目名称最多 40 个字' }),
    points: z.number().int().min(-40).max(40).refine((points) => points !== 0, { message: '加减分不能为 0' }),
    reason: z.string().trim().max(100, { message: '说明最多 100 个字' }).default(''),
  })
  .strict()

/** A band: a score at or above `min` earns `stars` (the highest band reached counts). */
export const bandSchema = z.object({ min: z.number().int().min(0).max(200), stars: z.number().int().min(1).max(MAX_STARS) }).strict()

export const pointsRubricSchema = z
  .object({
    kind: z.literal('points'),
    name: z.string().trim().min(1).max(40),
    base: z.number().int().min(0).max(100),
    items: z.array(rubricItemSchema).min(1, { message: '至少一个加分或减分条目' }).max(40, { message: '最多 40 个条目' }),
    bands: z.array(bandSchema).min(1, { message: '至少一个星级档次' }).max(MAX_STARS),
  })
  .strict()
  .refine((rubric) => new Set(rubric.items.map((item) => item.id)).size === rubric.items.length, { message: '条目编号不能重复' })
  .refine((rubric) => rubric.bands.every((band, index) => index === 0 || (band.min > rubric.bands[index - 1].min && band.stars > rubric.bands[index - 1].stars)), {
    message: '星级档次要按分数从低到高、星数从少到多排列',
  })

export const dimensionSchema = z
  .object({
    id: itemIdSchema,
    label: z.string().trim().min(1).max(10, { message: '维度名称最多 10 个字' }),
    standard: z.string().trim().min(1, { message: '请写明达标的标准' }).max(100, { message: '标准最多 100 个字' }),
  })
  .strict()

export const dimensionsRubricSchema = z
  .object({
    kind: z.literal('dimensions'),
    name: z.string().trim().min(1).max(40),
    dimensions: z.array(dimensionSchema).length(MAX_STARS, { message: `分项达标制要有 ${MAX_STARS} 个维度，每个一颗星` }),
  })
  .strict()
  .refine((rubric) => new Set(rubric.dimensions.map((dimension) => dimension.id)).size === rubric.dimensions.length, { message: '维度编号不能重复' })

export const rubricSchema = z.union([pointsRubricSchema, dimensionsRubricSchema])
export type PointsRubric = z.output<typeof pointsRubricSchema>
export type DimensionsRubric = z.output<typeof dimensionsRubricSchema>
export type Rubric = z.output<typeof rubricSchema>

/** Stars a score earns: the highest band reached, or 0 below the lowest band. */
export function starsForScore(score: number, bands: ReadonlyArray<{ min: number; stars: number }>): number {
  let stars = 0
  for (const band of bands) if (score >= band.min) stars = Math.max(stars, band.stars)
  return stars
}

/** A points rubric's score: the base plus the chosen items (each counted once), never below 0. */
export function scoreOf(rubric: PointsRubric, itemIds: readonly string[]): number {
  const chosen = new Set(itemIds)
  const sum = rubric.items.filter((item) => chosen.has(item.id)).reduce((total, item) => total + item.points, rubric.base)
  return Math.max(0, sum)
}

/** Item or dimension ids that the rubric does not know (a decision naming one is refused). */
export function unknownIds(rubric: Rubric, ids: readonly string[]): string[] {
  const known = new Set(rubric.kind === 'points' ? rubric.items.map((item) => item.id) : rubric.dimensions.map((dimension) => dimension.id))
  return ids.filter((id) => !known.has(id))
}

/** What a set of chosen items (points) or met dimensions earns under a rubric. */
export function outcomeOf(rubric: Rubric, ids: readonly string[]): { score: number | null; stars: number } {
  if (rubric.kind === 'points') {
    const score = scoreOf(rubric, ids)
    return { score, stars: starsForScore(score, rubric.bands) }
  }
  const met = new Set(ids)
  return { score: null, stars: rubric.dimensions.filter((dimension) => met.has(dimension.id)).length }
}

/** ★★★☆☆ for 3 stars; “未评星” for 0. */
export function starText(stars: number): string {
  if (stars <= 0) return '未达星级'
  return '★'.repeat(Math.min(stars, MAX_STARS))
}
