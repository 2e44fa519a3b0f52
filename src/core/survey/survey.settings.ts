/**
 * Survey settings with the defaults of local practice (PRODUCT.md §6). A deployment may override
 * them; every figure is computed with the settings passed in, never with literals.
 */
export interface SurveySettings {
  /** A rate at or above this is 好 (good). */
  goodThreshold: number
  /** A rate at or above this (and below good) is 合格; below it the organisation is flagged for 整改. */
  passableThreshold: number
  /** Results of a round stay hidden until it has this many answers, so no one can be singled out. */
  minimumAnswers: number
  /** The smallest minimum a round may be opened with. */
  minimumAnswersFloor: number
  /** Tally shards per round: concurrent answers land on different documents and rarely conflict. */
  tallyShards: number
}

export const DEFAULT_SURVEY_SETTINGS: Readonly<SurveySettings> = {
  goodThreshold: 0.85,
  passableThreshold: 0.7,
  minimumAnswers: 10,
  minimumAnswersFloor: 5,
  tallyShards: 8,
}
