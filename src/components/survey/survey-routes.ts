/** Pages of the survey screens, in the subpackages of the roles that use them. */
export const SURVEY_ROUTES = {
  /** Secretary: own organisation's figures. */
  secretaryDashboard: '/packages/secretary/survey/index',
  secretaryOpen: '/packages/secretary/survey-open/index',
  /** The printable poster of one round (secretary or organiser). */
  poster: (roundId: string) => `/packages/secretary/survey-poster/index?roundId=${roundId}`,
  /** Organiser: the subtree table, one organisation, a township-wide round. */
  organiserDashboard: '/packages/organiser/survey/index',
  /** The table of one township (or any organisation) of the organiser's subtree. */
  organiserDashboardOf: (rootOrgId: string) => `/packages/organiser/survey/index?rootOrgId=${encodeURIComponent(rootOrgId)}`,
  organiserOrg: (orgId: string) => `/packages/organiser/survey-org/index?orgId=${encodeURIComponent(orgId)}`,
  organiserOpen: '/packages/organiser/survey-open/index',
} as const
