/** Satisfaction surveys: pure rules shared by the poll, the functions and the dashboards (docs/surveys.md). */
export * from './survey.types'
export * from './survey.settings'
export * from './survey.stats'
export * from './survey.questionnaire'
export * from './survey.round'
export type * from './survey.docs'
export * from './survey.tally'
export * from './survey.figures'
