/** Pages of issue 5 (pledges, posts and duty records); build links with these and pageUrl. */
export const MEMBER_WORK_ROUTES = {
  myTasks: '/packages/member/tasks/index',
  recordDuty: '/packages/member/record/index',
  pledge: '/packages/member/pledge/index',
  pledgeReview: '/packages/secretary/pledges/index',
  coverage: '/packages/secretary/duty-coverage/index',
  pledgeBoard: '/packages/villager/pledge-board/index',
} as const
