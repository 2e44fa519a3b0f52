// Main package: the three tab pages only. Everything a role does lives in that role's subpackage,
// so the main package stays small (WeChat's limit is 2 MB per package; our budget is 600 KB).
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/boards/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/member', pages: ['index/index', 'bind/index', 'tasks/index', 'record/index', 'pledge/index', 'posts/index', 'records/index', 'stars/index'] },
    { root: 'packages/secretary', pages: ['index/index', 'members/index', 'member/index', 'member-form/index', 'invite/index', 'development/index', 'survey/index', 'survey-open/index', 'survey-poster/index', 'pledges/index', 'duty-coverage/index', 'posts/index', 'post-assign/index', 'branch-pledge/index', 'stories/index', 'story-edit/index', 'suggestions/index', 'boards/index', 'board-edit/index', 'board-poster/index', 'stars/index', 'star-cycle/index'] },
    { root: 'packages/organiser', pages: ['index/index', 'tree/index', 'org/index', 'survey/index', 'survey-org/index', 'survey-open/index', 'story-review/index', 'suggestions-overdue/index', 'settings/index', 'star-rubric/index', 'star-contest/index'] },
    { root: 'packages/villager', pages: ['index/index', 'poll/index', 'pledge-board/index', 'posts-board/index', 'stories/index', 'story/index', 'suggest/index', 'my-suggestions/index', 'board/index', 'star-objection/index'] },
  ],
  // Privacy APIs (chooseAvatar, the nickname input) wait for consent given on the 我的 page (WeChat's privacy guide).
  __usePrivacyCheck__: true,
  // 记一笔 may attach a place the member picks on WeChat's own map (never read in the background).
  requiredPrivateInfos: ['chooseLocation'],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#b7131a',
    navigationBarTitleText: '争创五好',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f7f3ee',
  },
  // Icons with words, never icons alone (scripts/make-tab-icons.ts draws them).
  tabBar: {
    color: '#4a4a4a',
    selectedColor: '#b7131a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/boards/index', text: '公开栏', iconPath: 'assets/tab/boards.png', selectedIconPath: 'assets/tab/boards-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
})
