/**
 * Settings of the contest between branches (PRODUCT.md §4) with the defaults of local practice:
 * satisfaction weighs 30 %, and a branch under 60 % satisfaction gets at most two stars.
 * A deployment may override them (the `stars` settings section); every figure takes them as input.
 */
export interface StarsSettings {
  /** Weights of the members' results and the satisfaction rate in a branch's score; they need not sum to 1 (they are normalised). */
  weights: { members: number; satisfaction: number }
  /** A satisfaction rate (percent) below this caps the branch… */
  capBelowRate: number
  /** …at this many stars. */
  capStars: number
  /** Ranking of individuals: off by default and never shown to villagers (Rules of restraint). */
  rankingIndividuals: boolean
  /** How many others each member reviews in peer review. */
  reviewsPerMember: number
  /** Days of publicity when the secretary does not say. */
  publicityDays: number
}

export const DEFAULT_STARS_SETTINGS: Readonly<StarsSettings> = {
  weights: { members: 0.7, satisfaction: 0.3 },
  capBelowRate: 60,
  capStars: 2,
  rankingIndividuals: false,
  reviewsPerMember: 3,
  publicityDays: 7,
}
