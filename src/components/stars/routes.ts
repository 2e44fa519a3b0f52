/** Pages of the star ratings (issue 7), one per role's subpackage. */
export const STAR_ROUTES = {
  cycles: '/packages/secretary/stars/index',
  cycle: '/packages/secretary/star-cycle/index',
  mine: '/packages/member/stars/index',
  objection: '/packages/villager/star-objection/index',
  contest: '/packages/organiser/star-contest/index',
  rubric: '/packages/organiser/star-rubric/index',
} as const
