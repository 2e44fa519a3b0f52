/**
 * Boards, stories and suggestions of the demo county (issue 6), with fixed ids the tests name:
 * boards `board-<slug>-notice` (published, pinned), `board-<slug>-draft` (a draft 党务公开),
 * `board-<slug>-study` (published, with a table) and the generated `board-pledges-<slug>-2026`;
 * stories `story-<slug>-<status>` in every state; suggestions `sug-<slug>-open|overdue|answered`,
 * dated from `today` so the overdue one stays overdue. Seeded suggestions have no real author key
 * (the secret is the deployment's), so no demo identity follows them: leave a new one for that.
 */
import type { OrgDoc } from '../../src/core/org/org.docs'
import type { BoardDoc, ModerationDecisionDoc, StoryDoc, SuggestionDoc } from '../../src/core/publicity/publicity.docs'
import { DEFAULT_SUGGESTION_ANSWER_DAYS } from '../../src/core/publicity/suggestion.rules'

export interface DemoPublicity {
  boards: BoardDoc[]
  stories: StoryDoc[]
  suggestions: SuggestionDoc[]
  moderationDecisions: ModerationDecisionDoc[]
}

/** Villages with publicity in the demo: the matrix places (taohua, shangwan, hexi) and one more. */
export const PUBLICITY_VILLAGES = ['taohua', 'shangwan', 'hexi', 'shiqiao'] as const

const SEEDED_AT = '2026-03-01T08:00:00.000Z'
const DAY_MS = 24 * 60 * 60 * 1000

function daysBefore(today: string, days: number): string {
  return new Date(new Date(`${today}T09:00:00+08:00`).getTime() - days * DAY_MS).toISOString()
}

const passed = { result: 'passed' as const, reason: null, at: SEEDED_AT }

function boardsOf(org: OrgDoc, slug: string): BoardDoc[] {
  const base = { orgId: org._id, orgAncestorIds: [...org.ancestorIds], generated: null, createdAt: SEEDED_AT, updatedAt: SEEDED_AT, updatedBy: '支部书记' }
  return [
    {
      ...base,
      _id: `board-${slug}-notice`,
      kind: 'notice',
      title: '关于召开三月份主题党日的通知',
      blocks: [
        { type: 'heading', text: '时间地点' },
        { type: 'text', text: '3月10日上午9点，在村党群服务中心二楼会议室。请全体党员准时参加，因事不能参加的请提前向支部书记请假。' },
        { type: 'heading', text: '内容' },
        { type: 'text', text: '一、集中学习；二、开展志愿服务，清理村前河道；三、交纳党费。' },
      ],
      status: 'published',
      pinned: true,
      publishedAt: '2026-03-02T01:00:00.000Z',
      check: passed,
    },
    {
      ...base,
      _id: `board-${slug}-study`,
      kind: 'study',
      title: '学习园地：党员“三会一课”',
      blocks: [
        { type: 'text', text: '“三会一课”是党的组织生活的基本制度。' },
        { type: 'table', columns: ['名称', '多长时间一次'], rows: [['支部党员大会', '一般每季度一次'], ['支部委员会', '一般每月一次'], ['党小组会', '一般每月一次'], ['党课', '每季度至少一次']] },
      ],
      status: 'published',
      pinned: false,
      publishedAt: '2026-03-01T02:00:00.000Z',
      check: passed,
    },
    {
      ...base,
      _id: `board-${slug}-draft`,
      kind: 'affairs',
      title: '一季度党费收缴情况',
      blocks: [{ type: 'table', columns: ['月份', '应交人数', '实交人数'], rows: [['1月', '9', '9'], ['2月', '9', '8'], ['3月', '9', '9']] }],
      status: 'draft',
      pinned: false,
      publishedAt: null,
      check: null,
    },
    {
      ...base,
      _id: `board-pledges-${slug}-2026`,
      kind: 'pledges',
      title: '2026年党员承诺公示',
      blocks: [],
      generated: { year: 2026 },
      status: 'published',
      pinned: false,
      publishedAt: '2026-03-01T03:00:00.000Z',
      check: null,
    },
  ]
}

const STORY_BODY =
  '村里的老人多、年轻人大多外出务工，邻里矛盾和小事常常没人管。支部把全村划成六个网格，每个网格由一名党员认领，' +
  '每月至少走访一遍联系户，把听到的事当场记下来，能办的当天办，办不了的带到支部委员会上商量。一年下来，' +
  '党员们帮老人代办医保、修好了三处路灯、调解了两起宅基地纠纷，群众说“有事找党员”成了村里的习惯。'

function storiesOf(org: OrgDoc, slug: string): StoryDoc[] {
  const base = {
    orgId: org._id,
    orgAncestorIds: [...org.ancestorIds],
    orgName: org.name,
    summary: `${org.name}把全村划成网格，党员认领、每月走访，群众的小事有人管、有回音。`,
    body: STORY_BODY,
    photos: [],
    criterion: 'image' as const,
    criterionTitle: '有一个群众满意的好形象',
    comments: [],
    submittedAt: null,
    recommendedAt: null,
    readCount: 0,
    check: null,
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  }
  return [
    { ...base, _id: `story-${slug}-draft`, title: '党员联户一张网', status: 'draft' },
    { ...base, _id: `story-${slug}-submitted`, title: '网格党员“有事找我”', status: 'submitted', submittedAt: '2026-03-05T02:00:00.000Z', check: passed },
    {
      ...base,
      _id: `story-${slug}-returned`,
      title: '小事不出村',
      status: 'returned',
      submittedAt: '2026-03-03T02:00:00.000Z',
      check: passed,
      comments: [{ at: '2026-03-04T02:00:00.000Z', by: '乡镇组织委员', decision: 'return', text: '请补充调解纠纷的具体做法和群众的评价。' }],
    },
    {
      ...base,
      _id: `story-${slug}-recommended`,
      title: `${org.name.replace(/党(总)?支部$/, '')}：党员认领网格，群众事有人管`,
      status: 'recommended',
      submittedAt: '2026-03-02T02:00:00.000Z',
      recommendedAt: '2026-03-03T02:00:00.000Z',
      readCount: 12,
      check: passed,
      comments: [{ at: '2026-03-03T02:00:00.000Z', by: '乡镇组织委员', decision: 'recommend', text: '做法实在，推荐全县学习。' }],
    },
  ]
}

function suggestionsOf(org: OrgDoc, slug: string, today: string): SuggestionDoc[] {
  const base = { orgId: org._id, orgAncestorIds: [...org.ancestorIds], kind: 'suggestion' as const, answer: null, check: passed }
  return [
    { ...base, _id: `sug-${slug}-open`, authorKey: `seed-${slug}-1`, text: '村口的路灯坏了两盏，晚上走路看不清，希望尽快修一修。', status: 'open', createdAt: daysBefore(today, 1) },
    {
      ...base,
      _id: `sug-${slug}-overdue`,
      authorKey: `seed-${slug}-2`,
      kind: 'complaint',
      text: '河边的垃圾堆了很久没人清运，天热了有味道。',
      status: 'open',
      createdAt: daysBefore(today, DEFAULT_SUGGESTION_ANSWER_DAYS + 5),
    },
    {
      ...base,
      _id: `sug-${slug}-answered`,
      authorKey: `seed-${slug}-3`,
      text: '建议在党群服务中心放几把椅子，老人办事可以坐着等。',
      status: 'answered',
      answer: { text: '谢谢您的建议，已经添了六把椅子，放在一楼大厅。', at: daysBefore(today, 3), by: org.name },
      createdAt: daysBefore(today, 5),
    },
  ]
}

/** The demo county's publicity for `today` (YYYY-MM-DD, China time). */
export function buildDemoPublicity(orgs: readonly OrgDoc[], today: string): DemoPublicity {
  const publicity: DemoPublicity = { boards: [], stories: [], suggestions: [], moderationDecisions: [] }
  for (const slug of PUBLICITY_VILLAGES) {
    const org = orgs.find((candidate) => candidate._id === `org-${slug}`)
    if (!org) throw new Error(`no org-${slug} in the demo county`)
    publicity.boards.push(...boardsOf(org, slug))
    publicity.stories.push(...storiesOf(org, slug))
    publicity.suggestions.push(...suggestionsOf(org, slug, today))
  }
  return publicity
}
