/** Pages of issue 5 (pledges, posts and duty records); build links with these and pageUrl. */
export const MEMBER_WORK_ROUTES = {
  myTasks: '/packages/member/tasks/index',
  recordDuty: '/packages/member/record/index',
  pledge: '/packages/member/pledge/index',
  pledgeReview: '/packages/secretary/pledges/index',
  coverage: '/packages/secretary/duty-coverage/index',
  pledgeBoard: '/packages/villager/pledge-board/index',
  /** 设岗 / 定岗 / 明岗 (secretary) and the 定岗 form. */
  posts: '/packages/secretary/posts/index',
  postAssign: '/packages/secretary/post-assign/index',
  /** 支部的承诺 (组织承诺), written by the secretary. */
  branchPledge: '/packages/secretary/branch-pledge/index',
  /** 认岗 (member). */
  volunteer: '/packages/member/posts/index',
  /** 履岗记录 of me, a member (`memberId`) or an area (`assignmentId`). */
  dutyHistory: '/packages/member/records/index',
  /** 明岗公示 (public). */
  postsBoard: '/packages/villager/posts-board/index',
} as const
