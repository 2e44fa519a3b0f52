/** Every collection the product uses; the local cloud declares these and no others. */
export const COLLECTIONS = ['orgs', 'members', 'accounts', 'invites', 'developments', 'surveyRounds', 'surveyAnswers', 'surveyTallies', 'surveyComments', 'pledges', 'posts', 'postAssignments', 'dutyRecords', 'pledgeReminders', 'boards', 'stories', 'suggestions', 'moderationDecisions', 'settings', 'starRubrics', 'starCycles', 'starReviews', 'starObjections', 'mediaChecks'] as const

export type CollectionName = (typeof COLLECTIONS)[number]
