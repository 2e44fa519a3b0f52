/**
 * `npm run screenshots`: phone-size screenshots of the H5 build on the local cloud, for the README
 * and for looking at screens as a person would. Needs `npm run build` first.
 */
import path from 'node:path'
import { PNG } from 'pngjs'
import { boardsContract } from '../src/core/contracts/boards.contract'
import { orgContract } from '../src/core/contracts/org.contract'
import { membersContract } from '../src/core/contracts/members.contract'
import { pledgesContract } from '../src/core/contracts/pledges.contract'
import { postsContract } from '../src/core/contracts/posts.contract'
import { storiesContract } from '../src/core/contracts/stories.contract'
import { suggestionsContract } from '../src/core/contracts/suggestions.contract'
import { surveyContract } from '../src/core/contracts/survey.contract'
import { pollPath } from '../src/core/survey/survey.round'
import { launchPhoneBrowser } from '../tests/support/browser'
import { startTestCloud, type TestCloud } from '../tests/support/local-cloud'

const ROOT = path.resolve(__dirname, '..')
const OUT = path.join(ROOT, 'docs/screenshots')

interface Shot {
  file: string
  openid: string
  route: string
  /** Text that shows the page has its data. */
  waitFor: string
  /** The whole page at phone width (taller than one screen). */
  fullPage?: boolean
  /** The route, worked out from the cloud's data (e.g. a round id); used instead of `route`. */
  routeFrom?: (cloud: TestCloud) => Promise<string>
  /** WeChat's care-mode text (关怀模式) is about 1.4× the standard size. */
  fontScale?: number
  /** A button to tap first, for screens that show their content after one step (e.g. 生成邀请码). */
  tapFirst?: string
  /** How long to wait for `waitFor` (15 s unless told; a function's cold start on a busy machine takes longer). */
  waitMs?: number
}

/** The poll of 桃花村's current round of the demo county, as its QR code or a link opens it. */
async function taohuaPoll(cloud: TestCloud): Promise<string> {
  const dashboard = await cloud.call('demo-secretary-taohua', surveyContract, 'getOrgDashboard', {})
  const current = dashboard.ok ? dashboard.data.rounds.find((result) => result.round.status === 'open') : undefined
  if (!current) throw new Error('the demo county has no open round for 桃花村')
  return '/#' + pollPath(current.round.id)
}

async function taohuaPoster(cloud: TestCloud): Promise<string> {
  const poll = await taohuaPoll(cloud)
  return '/#/packages/secretary/survey-poster/index?roundId=' + poll.slice(poll.indexOf('roundId=') + 'roundId='.length)
}

/** Starts the story and suggestion functions before their first shot: a cold start on a busy machine outlasts the page's 15 s wait. */
function warmStoriesAndSuggestions(route: string): (cloud: TestCloud) => Promise<string> {
  return async (cloud) => {
    await Promise.all([cloud.call('demo-villager-3', storiesContract, 'feed', {}), cloud.call('demo-villager-3', suggestionsContract, 'places', {}), cloud.call('demo-villager-3', orgContract, 'getHome', {})])
    return route
  }
}

/** 我的意见 with something in it: demo-villager-3 leaves one suggestion, the branch answers it, and a second waits. */
async function mySuggestionsWithAnswer(cloud: TestCloud): Promise<string> {
  const left = await cloud.call('demo-villager-3', suggestionsContract, 'leave', { orgId: 'org-taohua', kind: 'suggestion', text: '村东头的小桥栏杆松了，孩子上学要过桥，希望早点加固。' })
  if (!left.ok) throw new Error(left.message)
  await cloud.call('demo-secretary-taohua', suggestionsContract, 'answer', { id: left.data.id, text: '谢谢您反映，已请施工队查看，本周六前把栏杆加固好。' })
  await cloud.call('demo-villager-3', suggestionsContract, 'leave', { orgId: 'org-taohua', kind: 'complaint', text: '三组的垃圾好几天没人清运了。' })
  return '/#/packages/villager/my-suggestions/index'
}

/** A plain picture for a board image: a red band on white (the demo has no photos). */
function picture(band: number): Buffer {
  const png = new PNG({ width: 320, height: 120 })
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      const at = (png.width * y + x) << 2
      const red = y >= band && y < band + 30
      png.data.set(red ? [183, 19, 26, 255] : [246, 240, 232, 255], at)
    }
  }
  return PNG.sync.write(png)
}

/**
 * The board editor as its staff see the content check: 桃花村 publishes a board with a banner the check
 * refuses and a photo it passes, then saves a third picture whose verdict is held (审核中).
 */
async function boardWithHeldImage(cloud: TestCloud): Promise<string> {
  const secretary = 'demo-secretary-taohua'
  const [refused, passed, held] = await Promise.all([
    cloud.emulator.storage.writeFile('boards/1764000000101-banner.png', picture(10)),
    cloud.emulator.storage.writeFile('boards/1764000000102-meeting.png', picture(45)),
    cloud.emulator.storage.writeFile('boards/1764000000103-school.png', picture(80)),
  ])
  cloud.emulator.mediaCheck.preset(refused, { suggest: 'risky', label: 20001 })
  const blocks = [
    { type: 'heading' as const, text: '三月主题党日' },
    { type: 'image' as const, fileID: refused, caption: '会场横幅' },
    { type: 'image' as const, fileID: passed, caption: '党员大会' },
  ]
  const saved = await cloud.call(secretary, boardsContract, 'save', { orgId: 'org-taohua', kind: 'affairs', title: '三月主题党日照片', blocks })
  if (!saved.ok) throw new Error(saved.message)
  const published = await cloud.call(secretary, boardsContract, 'publish', { id: saved.data.id })
  if (!published.ok) throw new Error(published.message)
  await cloud.emulator.mediaCheck.settled()
  // The third picture's verdict is held until the shot is taken: 审核中.
  cloud.emulator.mediaCheck.hold()
  const edited = await cloud.call(secretary, boardsContract, 'save', { id: saved.data.id, orgId: 'org-taohua', kind: 'affairs', title: '三月主题党日照片', blocks: [...blocks, { type: 'image', fileID: held, caption: '走访学校' }] })
  if (!edited.ok) throw new Error(edited.message)
  return `/#/packages/secretary/board-edit/index?id=${saved.data.id}`
}

/** A route opened only once the functions its page calls have started (a cold start on a busy machine outlasts the page's wait). */
function warmedRoute(route: string): (cloud: TestCloud) => Promise<string> {
  return async (cloud) => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const answers = await Promise.all([
        cloud.call('demo-member-taohua', membersContract, 'getMine', {}),
        cloud.call('demo-secretary-taohua', orgContract, 'getHome', {}),
        cloud.call('demo-secretary-taohua', postsContract, 'catalogue', { orgId: 'org-taohua' }),
        cloud.call('demo-secretary-taohua', pledgesContract, 'listForOrg', { orgId: 'org-taohua', year: 2026 }),
      ])
      if (answers.every((answer) => answer.ok)) break
    }
    return route
  }
}

const SHOTS: readonly Shot[] = [
  { file: 'home-village-secretary.png', openid: 'demo-secretary-taohua', route: '/#/pages/home/index', waitFor: '有一个群众满意的好形象' },
  { file: 'home-villager.png', openid: 'demo-villager-1', route: '/#/pages/home/index', waitFor: '群众' },
  { file: 'me-member.png', openid: 'demo-member-taohua', route: '/#/pages/me/index', waitFor: '桃花村党支部' },
  { file: 'survey-poll.png', openid: 'demo-villager-3', route: '', routeFrom: taohuaPoll, waitFor: '第 1 题 / 共 5 题' },
  { file: 'survey-poll-care-mode.png', openid: 'demo-villager-3', route: '', routeFrom: taohuaPoll, waitFor: '第 1 题 / 共 5 题', fontScale: 1.4 },
  { file: 'survey-secretary.png', openid: 'demo-secretary-taohua', route: '/#/packages/secretary/survey/index', waitFor: '群众满意率（总体评价）' },
  { file: 'survey-poster.png', openid: 'demo-secretary-taohua', route: '', routeFrom: taohuaPoster, waitFor: '下载海报（PNG）' },
  { file: 'members-secretary.png', openid: 'demo-secretary-taohua', route: '/#/packages/secretary/members/index', waitFor: '李建国' },
  { file: 'invite-secretary.png', openid: 'demo-secretary-taohua', route: '/#/packages/secretary/invite/index?memberId=m-taohua-05&name=张建国', tapFirst: '生成邀请码', waitFor: '有效期到', fullPage: true },
  { file: 'survey-organiser.png', openid: 'demo-organiser-dongling', route: '/#/packages/organiser/survey/index', waitFor: '需整改' },
  { file: 'survey-county-organiser.png', openid: 'demo-organiser-county', route: '/#/packages/organiser/survey/index', waitFor: '只看', fullPage: true },
  { file: 'settings-county.png', openid: 'demo-organiser-county', route: '/#/packages/organiser/settings/index', waitFor: '保存设置', fullPage: true },
  { file: 'stars-rubric-county.png', openid: 'demo-organiser-county', route: '/#/packages/organiser/star-rubric/index', waitFor: '保存评定标准' },
  { file: 'org-hub-organiser.png', openid: 'demo-organiser-dongling', route: '/#/packages/organiser/org/index?orgId=org-liujia', waitFor: '星级评定', fullPage: true },
  { file: 'member-tasks.png', openid: 'demo-member-taohua', route: '/#/packages/member/tasks/index', waitFor: '走访联系户', fullPage: true },
  { file: 'member-record.png', openid: 'demo-member-taohua', route: '/#/packages/member/record/index?assignmentId=pa-m-taohua-09-policy&dutyId=d1&duty=走访联系户&area=联系户', waitFor: '保存这条记录' },
  { file: 'member-record-care-mode.png', openid: 'demo-member-taohua', route: '/#/packages/member/record/index?assignmentId=pa-m-taohua-09-policy&dutyId=d1&duty=走访联系户&area=联系户', waitFor: '保存这条记录', fontScale: 1.4, fullPage: true },
  { file: 'pledge-review-secretary.png', openid: 'demo-secretary-taohua', route: '/#/packages/secretary/pledges/index', waitFor: '等您处理', fullPage: true },
  { file: 'duty-coverage-secretary.png', openid: 'demo-secretary-taohua', route: '/#/packages/secretary/duty-coverage/index', waitFor: '逾期清单', fullPage: true },
  // 设岗/认岗/定岗/明岗, 履岗记录 and 支部承诺: `npm run screenshots -- posts-` takes these.
  { file: 'posts-secretary.png', openid: 'demo-secretary-taohua', route: '', routeFrom: warmedRoute('/#/packages/secretary/posts/index?orgId=org-taohua'), waitFor: '岗位目录', fullPage: true },
  { file: 'posts-assign-secretary.png', openid: 'demo-secretary-taohua', route: '', routeFrom: warmedRoute('/#/packages/secretary/post-assign/index?orgId=org-taohua&memberId=m-taohua-03&postId=assistance'), waitFor: '确定定岗', fullPage: true },
  { file: 'posts-volunteer-member.png', openid: 'demo-member-taohua', route: '', routeFrom: warmedRoute('/#/packages/member/posts/index'), waitFor: '环境卫生监督岗', fullPage: true },
  { file: 'posts-records-member.png', openid: 'demo-member-taohua', route: '', routeFrom: warmedRoute('/#/packages/member/records/index'), waitFor: '新的在前', fullPage: true },
  { file: 'posts-board-villager.png', openid: 'demo-villager-3', route: '', routeFrom: warmedRoute('/#/packages/villager/posts-board/index?orgId=org-taohua'), waitFor: '政策宣传岗', fullPage: true },
  { file: 'posts-branch-pledge-secretary.png', openid: 'demo-secretary-taohua', route: '', routeFrom: warmedRoute('/#/packages/secretary/branch-pledge/index'), waitFor: '提交给乡镇党委审核' },
  { file: 'story-feed.png', openid: 'demo-villager-3', route: '/#/packages/villager/stories/index', routeFrom: warmStoriesAndSuggestions('/#/packages/villager/stories/index'), waitFor: '点击阅读全文', fullPage: true, waitMs: 60_000 },
  { file: 'story-reader.png', openid: 'demo-villager-3', route: '/#/packages/villager/story/index?id=story-taohua-recommended', routeFrom: warmStoriesAndSuggestions('/#/packages/villager/story/index?id=story-taohua-recommended'), waitFor: '看更多典型经验', fullPage: true, waitMs: 60_000 },
  { file: 'story-list-secretary.png', openid: 'demo-secretary-taohua', route: '/#/packages/secretary/stories/index', routeFrom: warmStoriesAndSuggestions('/#/packages/secretary/stories/index'), waitFor: '乡镇的意见', fullPage: true, waitMs: 60_000 },
  { file: 'story-edit-secretary.png', openid: 'demo-secretary-taohua', route: '/#/packages/secretary/story-edit/index?id=story-taohua-returned', routeFrom: warmStoriesAndSuggestions('/#/packages/secretary/story-edit/index?id=story-taohua-returned'), waitFor: '乡镇的审阅意见', fullPage: true, waitMs: 60_000 },
  { file: 'story-review-organiser.png', openid: 'demo-organiser-dongling', route: '/#/packages/organiser/story-review/index', routeFrom: warmStoriesAndSuggestions('/#/packages/organiser/story-review/index'), waitFor: '等您审阅', fullPage: true, waitMs: 60_000 },
  { file: 'suggest-places-villager.png', openid: 'demo-villager-3', route: '/#/packages/villager/suggest/index', routeFrom: warmStoriesAndSuggestions('/#/packages/villager/suggest/index'), waitFor: '桃花村党支部', fullPage: true, waitMs: 60_000 },
  { file: 'suggest-form-villager.png', openid: 'demo-villager-3', route: '/#/packages/villager/suggest/index?orgId=org-taohua', routeFrom: warmStoriesAndSuggestions('/#/packages/villager/suggest/index?orgId=org-taohua'), waitFor: '发给支部', waitMs: 60_000 },
  { file: 'suggest-form-care-mode.png', openid: 'demo-villager-3', route: '/#/packages/villager/suggest/index?orgId=org-taohua', routeFrom: warmStoriesAndSuggestions('/#/packages/villager/suggest/index?orgId=org-taohua'), waitFor: '发给支部', fontScale: 1.4, fullPage: true, waitMs: 60_000 },
  { file: 'suggest-mine-villager.png', openid: 'demo-villager-3', route: '', routeFrom: mySuggestionsWithAnswer, waitFor: '本周六前把栏杆加固好', fullPage: true, waitMs: 60_000 },
  { file: 'suggest-inbox-secretary.png', openid: 'demo-secretary-taohua', route: '/#/packages/secretary/suggestions/index', routeFrom: warmStoriesAndSuggestions('/#/packages/secretary/suggestions/index'), waitFor: '超期未答复', fullPage: true, waitMs: 60_000 },
  { file: 'suggest-overdue-organiser.png', openid: 'demo-organiser-dongling', route: '/#/packages/organiser/suggestions-overdue/index', routeFrom: warmStoriesAndSuggestions('/#/packages/organiser/suggestions-overdue/index'), waitFor: '已等', fullPage: true, waitMs: 60_000 },
  // Boards (issue 6): `npm run screenshots -- board` takes these.
  { file: 'board-tab-member.png', openid: 'demo-member-taohua', route: '/#/pages/boards/index', waitFor: '学习园地：党员“三会一课”', fullPage: true },
  { file: 'board-reader-villager.png', openid: 'demo-villager-3', route: '/#/packages/villager/board/index?id=board-taohua-study', waitFor: '支部党员大会', fullPage: true },
  { file: 'board-reader-care-mode.png', openid: 'demo-villager-3', route: '/#/packages/villager/board/index?id=board-pledges-taohua-2026', waitFor: '党员承诺', fontScale: 1.4, fullPage: true },
  { file: 'board-manage-secretary.png', openid: 'demo-secretary-taohua', route: '/#/packages/secretary/boards/index', waitFor: '新建版面', fullPage: true },
  { file: 'board-editor-checks-secretary.png', openid: 'demo-secretary-taohua', route: '', routeFrom: boardWithHeldImage, waitFor: '审核中', fullPage: true, waitMs: 60_000 },
  // The public board page as the branch's staff read it: 已公开 / 未通过（原因） / 审核中 under each picture (wide pictures at their own height).
  { file: 'board-reader-checks-secretary.png', openid: 'demo-secretary-taohua', route: '', routeFrom: async (cloud) => (await boardWithHeldImage(cloud)).replace('secretary/board-edit', 'villager/board'), waitFor: '审核中', fullPage: true, waitMs: 60_000 },
  { file: 'board-editor-secretary.png', openid: 'demo-secretary-taohua', route: '/#/packages/secretary/board-edit/index?id=board-taohua-study', waitFor: '加一行', fullPage: true },
  { file: 'board-poster-secretary.png', openid: 'demo-secretary-taohua', route: '/#/packages/secretary/board-poster/index?id=board-taohua-notice', waitFor: '下载海报（PNG）', fullPage: true },
]

async function main(): Promise<void> {
  const cloud = await startTestCloud({ h5Dir: process.env.E2E_H5_DIR ?? path.join(ROOT, 'dist/h5') })
  const phones = await launchPhoneBrowser()
  try {
    // `npm run screenshots -- member` takes only the shots whose file name contains “member”.
    const only = process.argv[2]
    for (const shot of SHOTS.filter((candidate) => !only || candidate.file.includes(only))) {
      const { page, context } = await phones.newPhone({ openid: shot.openid })
      await page.goto(cloud.url + (shot.routeFrom ? await shot.routeFrom(cloud) : shot.route))
      if (shot.tapFirst) await page.locator('taro-button-core', { hasText: shot.tapFirst }).filter({ visible: true }).first().tap({ timeout: 15_000 })
      await page.getByText(shot.waitFor).first().waitFor({ timeout: shot.waitMs ?? 15_000 })
      // The page sets --font-scale inline from WeChat's setting; h5 has none, so the shot sets it.
      if (shot.fontScale) await page.addStyleTag({ content: `.screen { --font-scale: ${shot.fontScale} !important; }` })
      if (shot.fullPage) {
        // Taro's h5 page scrolls inside its own container, so Playwright's fullPage sees one screen: grow the phone instead.
        const height = await page.evaluate(() => document.querySelector('.screen')?.scrollHeight ?? 0)
        await page.setViewportSize({ width: 375, height: Math.max(667, Math.ceil(height)) })
      }
      await page.waitForTimeout(300)
      await page.screenshot({ path: path.join(OUT, shot.file) })
      console.log(`docs/screenshots/${shot.file}`)
      await context.close()
    }
  } finally {
    await phones.close()
    await cloud.close()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
