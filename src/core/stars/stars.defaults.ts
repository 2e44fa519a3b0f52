import type { DimensionsRubric, PointsRubric } from './stars.rubric'

/**
 * The rubric kinds and the county's defaults, without zod, so the rubric screen can start from
 * them (the client bundle carries no validation library; the server checks what is saved).
 */
export const RUBRIC_KINDS = ['points', 'dimensions'] as const
export type RubricKind = (typeof RUBRIC_KINDS)[number]
export const RUBRIC_KIND_LABELS: Readonly<Record<RubricKind, string>> = { points: '积分制', dimensions: '分项达标制' }

/** The common local bands: 60–69 ★, 70–79 ★★, 80–89 ★★★, 90–95 ★★★★, ≥ 96 ★★★★★; below 60 no star. */
export const DEFAULT_BANDS: ReadonlyArray<{ min: number; stars: number }> = [
  { min: 60, stars: 1 },
  { min: 70, stars: 2 },
  { min: 80, stars: 3 },
  { min: 90, stars: 4 },
  { min: 96, stars: 5 },
]

/** The county's default points rubric until it sets its own (items from common local practice). */
export const DEFAULT_POINTS_RUBRIC: PointsRubric = {
  kind: 'points',
  name: '党员星级评定积分标准',
  base: 60,
  items: [
    { id: 'pledge-fulfilled', label: '承诺全部兑现', points: 10, reason: '年度承诺经支部评定为已兑现' },
    { id: 'duty-on-time', label: '责任区按时履岗', points: 10, reason: '责任区各项职责按期完成' },
    { id: 'post-held', label: '认岗履职', points: 5, reason: '认领并担任党员岗位' },
    { id: 'study', label: '按时参加组织生活', points: 5, reason: '三会一课、主题党日按时参加' },
    { id: 'lead-rich', label: '带头致富、帮带群众', points: 5, reason: '帮带农户增收或带头发展产业' },
    { id: 'service', label: '为群众办实事', points: 5, reason: '经群众反映、支部核实的好事实事' },
    { id: 'pledge-missed', label: '承诺未兑现', points: -10, reason: '年度承诺经支部评定为未兑现' },
    { id: 'duty-missed', label: '履岗不到位', points: -5, reason: '责任区职责多次逾期未做' },
    { id: 'absent', label: '无故不参加组织生活', points: -10, reason: '无正当理由缺席组织生活' },
    { id: 'discipline', label: '违反纪律', points: -20, reason: '受到党纪处分或被通报批评' },
  ],
  bands: DEFAULT_BANDS.map((band) => ({ ...band })),
}

/** The five dimensions in common use: 学习, 守纪, 履职, 带富, 服务. */
export const DEFAULT_DIMENSIONS_RUBRIC: DimensionsRubric = {
  kind: 'dimensions',
  name: '党员五星评定标准',
  dimensions: [
    { id: 'study', label: '学习星', standard: '按时参加组织生活，学习党的理论和政策' },
    { id: 'discipline', label: '守纪星', standard: '遵守党纪国法，按时交纳党费' },
    { id: 'duty', label: '履职星', standard: '认岗履职，责任区职责按期完成' },
    { id: 'lead-rich', label: '带富星', standard: '带头致富，帮带群众增收' },
    { id: 'service', label: '服务星', standard: '兑现承诺，为群众办实事好事' },
  ],
}

