/**
 * One sample call for every action of every contract, relative to a "place" in the demo county,
 * so tests can walk CONTRACTS: the authorisation matrix (every action × role × in / out of scope)
 * and the privacy sweep. A contract action without a case here fails those tests: add one.
 */
import { buildDemoCounty } from '../../local-cloud/seed/demo-county'
import type { Scope } from '../../src/core/auth'
import type { ErrorCode } from '../../src/core/errors'
import { CHILD_TYPES } from '../../src/core/org/org-tree'
import { DEFAULT_DIMENSIONS_RUBRIC } from '../../src/core/stars'
import type { OrgType, Role } from '../../src/core/org/org.types'

/** An organisation of the demo county with handles on things in it. */
export interface Place {
  orgId: string
  orgType: OrgType
  parentId: string
  /** An active member with no WeChat bound (not the caller). */
  memberId: string
  /** A member whose WeChat is bound (a demo `member` account). */
  boundMemberId: string
  /** A pending demo invite of the organisation. */
  inviteCode: string
  /** A development record and the stage it may move to now, with a date the rules allow. */
  development: { id: string; stage: string; date: string }
  /** The organisation's current satisfaction round in the demo surveys (local-cloud/seed/demo-surveys.ts). */
  roundId: string
}

export type Target = 'self' | 'own-org' | 'subtree' | 'outside'

export interface RoleFixture {
  openid: string
  /** Places relative to the caller; `self` is their own record. */
  places: Partial<Record<Target, Place>>
}

const demo = buildDemoCounty()

function place(slug: string, memberId: string, development: Place['development']): Place {
  const org = demo.collections.orgs.find((candidate) => candidate._id === `org-${slug}`)
  if (!org || !org.parentId) throw new Error(`no org-${slug} in the demo county`)
  const bound = demo.collections.accounts.find((account) => account.orgId === org._id && account.role === 'member')
  const invite = demo.collections.invites.find((candidate) => candidate.orgId === org._id && candidate.status === 'pending')
  return {
    orgId: org._id,
    orgType: org.type,
    parentId: org.parentId,
    memberId,
    boundMemberId: bound?.memberId ?? '',
    inviteCode: invite?.['_id'] ?? 'ABCDEFGH',
    development,
    roundId: `rc${slug.padEnd(10, '0').slice(0, 10)}`,
  }
}

export const TAOHUA = place('taohua', 'm-taohua-05', { id: 'dev-taohua-03', stage: 'activist', date: '2026-03-01' })
export const SHANGWAN = place('shangwan', 'm-shangwan-03', { id: 'dev-shangwan-01', stage: 'full', date: '2027-03-01' })
export const HEXI = place('hexi', 'm-hexi-04', { id: 'dev-hexi-02', stage: 'candidate', date: '2026-10-01' })

/** One identity per role and where things stand relative to it. */
export const ROLE_FIXTURES: Readonly<Record<Role, RoleFixture>> = {
  villager: { openid: 'demo-villager-1', places: { outside: TAOHUA } },
  member: { openid: 'demo-member-taohua', places: { self: { ...TAOHUA, memberId: 'm-taohua-09' }, 'own-org': TAOHUA, outside: SHANGWAN } },
  secretary: { openid: 'demo-secretary-taohua', places: { 'own-org': TAOHUA, outside: SHANGWAN } },
  organiser: { openid: 'demo-organiser-xihe', places: { subtree: HEXI, outside: TAOHUA } },
  admin: { openid: 'demo-admin', places: { outside: HEXI } },
}

/** Where a call is in scope for a role holding `scope`, and where it is not (none for public and all). */
export function targetsFor(scope: Scope): { inScope: Target; outOfScope: Target | null } {
  switch (scope) {
    case 'self':
      return { inScope: 'self', outOfScope: 'own-org' }
    case 'own-org':
      return { inScope: 'own-org', outOfScope: 'outside' }
    case 'subtree':
      return { inScope: 'subtree', outOfScope: 'outside' }
    case 'all':
      return { inScope: 'outside', outOfScope: null }
    case 'public':
      return { inScope: 'outside', outOfScope: null }
  }
}

export interface ActionCase {
  input(place: Place): Record<string, unknown>
  /** What an allowed, in-scope call answers when not `ok` (a domain rule, never an AUTH code). */
  inScopeAnswer?(role: Role): 'ok' | ErrorCode
}

/** The default questionnaire of a village round (src/core/survey). */
const SURVEY_QUESTIONS = ['fairness', 'integrity', 'service', 'hotIssues', 'overall']

const childType = (type: OrgType): OrgType => CHILD_TYPES[type][0] ?? 'branch'
const slugOf = (p: Place): string => p.orgId.replace(/^org-/, '')
const otherVillage = (p: Place): string => (p.orgId === 'org-liujia' ? 'org-shiqiao' : 'org-liujia')

/** Keyed `<function>.<action>`. */
export const ACTION_CASES: Readonly<Record<string, ActionCase>> = {
  'org.getHome': { input: () => ({}) },
  'org.listTree': { input: (p) => ({ rootId: p.orgId }) },
  'org.createOrg': { input: (p) => ({ parentId: p.orgId, name: '新建第一党支部', type: childType(p.orgType) }) },
  'org.renameOrg': { input: (p) => ({ id: p.orgId, name: '改名后的党组织' }) },
  'org.moveOrg': { input: (p) => ({ id: p.orgId, parentId: p.parentId }) },
  'org.setUp': { input: () => ({ countyName: '中共新县委', adminName: '管理员' }), inScopeAnswer: () => 'ORG.ALREADY_SET_UP' },
  'members.list': { input: (p) => ({ orgId: p.orgId }) },
  'members.get': { input: (p) => ({ id: p.memberId }) },
  'members.add': { input: (p) => ({ orgId: p.orgId, name: '王新民', gender: '男', birthYear: 1990, joinedAt: '2015-07-01', phone: '13900001111' }) },
  'members.edit': { input: (p) => ({ id: p.memberId, duty: '网格员' }) },
  'members.archive': { input: (p) => ({ id: p.memberId, reason: '因病去世' }) },
  'members.transfer': { input: (p) => ({ id: p.memberId, toOrgId: otherVillage(p) }) },
  'members.getMine': { input: () => ({}) },
  'accounts.createInvite': { input: (p) => ({ memberId: p.memberId, validDays: 7 }) },
  'accounts.listInvites': { input: (p) => ({ orgId: p.orgId }) },
  'accounts.bind': { input: (p) => ({ code: p.inviteCode }), inScopeAnswer: (role) => (role === 'villager' ? 'ok' : 'INVITE.ALREADY_BOUND') },
  'accounts.resetBinding': { input: (p) => ({ memberId: p.boundMemberId }) },
  'accounts.updateProfile': { input: () => ({ nickname: '老党员' }) },
  'development.list': { input: (p) => ({ orgId: p.orgId }) },
  'development.add': { input: (p) => ({ orgId: p.orgId, name: '赵晓琳', gender: '女', birthYear: 1998, appliedAt: '2026-01-05' }) },
  'development.advance': { input: (p) => ({ id: p.development.id, stage: p.development.stage, date: p.development.date }) },
  'development.report': { input: (p) => ({ orgId: p.orgId, year: 2026 }) },
  // Issue 5: the seed names pledges pl-<memberId>-<status> and posts pa-<memberId>-<postId> for each place's member.
  'pledges.create': { input: (p) => ({ memberId: p.memberId, year: 2026, title: '带头清理河道', content: '每季度组织一次清理村前河道。' }) },
  'pledges.edit': { input: (p) => ({ id: `pl-${p.memberId}-draft`, title: '带头清理村前河道' }) },
  'pledges.submit': { input: (p) => ({ id: `pl-${p.memberId}-draft` }) },
  'pledges.approve': { input: (p) => ({ id: `pl-${p.memberId}-submitted` }) },
  'pledges.return': { input: (p) => ({ id: `pl-${p.memberId}-submitted`, reason: '请写清楚帮几户。' }) },
  'pledges.withdraw': { input: (p) => ({ id: `pl-${p.memberId}-approved`, reason: '承诺内容要按村里新安排修改。' }) },
  'pledges.addProgress': { input: (p) => ({ id: `pl-${p.memberId}-approved`, date: '2026-05-01', text: '清理了河道垃圾。' }) },
  'pledges.selfAssess': { input: (p) => ({ id: `pl-${p.memberId}-approved`, text: '做到了。' }) },
  'pledges.judge': { input: (p) => ({ id: `pl-${p.memberId}-selfAssessed`, verdict: 'fulfilled' }) },
  'pledges.publish': { input: (p) => ({ id: `pl-${p.memberId}-reviewed` }) },
  'pledges.get': { input: (p) => ({ id: `pl-${p.memberId}-approved` }) },
  'pledges.listForMember': { input: (p) => ({ memberId: p.memberId, year: 2026 }) },
  'pledges.listForOrg': { input: (p) => ({ orgId: p.orgId, year: 2026 }) },
  'pledges.board': { input: (p) => ({ orgId: p.orgId, year: 2026 }) },
  'pledgeReminder.run': { input: () => ({ year: 2026 }) },
  'posts.catalogue': { input: (p) => ({ orgId: p.orgId }) },
  'posts.definePost': { input: (p) => ({ orgId: p.orgId, name: '文明新风岗' }) },
  'posts.volunteer': { input: (p) => ({ memberId: p.memberId, postId: 'assistance' }) },
  'posts.assign': {
    input: (p) => ({ memberId: p.memberId, postId: 'mediation', area: { name: '二组东片', kind: 'households', households: [{ name: '王德福', addressNote: '二组3号' }] }, duties: [{ title: '走访联系户', cadence: 'monthly' }], since: '2026-12-01' }),
  },
  'posts.adjust': {
    input: (p) => ({ id: `pa-${p.memberId}-policy`, area: { name: '二组西片', kind: 'households', households: [{ name: '王德福', addressNote: '二组3号' }] }, duties: [{ id: 'd1', title: '走访联系户', cadence: 'monthly' }] }),
  },
  'posts.publish': { input: (p) => ({ id: `pa-${p.memberId}-patrol` }) },
  // The place's member is never the caller, so in scope the holder rule answers: only the holder records in an area.
  'posts.recordDuty': { input: (p) => ({ assignmentId: `pa-${p.memberId}-policy`, dutyId: 'd1', doneOn: '2026-06-10', note: '走访了联系户。' }), inScopeAnswer: () => 'DUTY.NOT_YOUR_AREA' },
  'posts.listRecords': { input: (p) => ({ assignmentId: `pa-${p.memberId}-policy` }) },
  'posts.review': { input: (p) => ({ id: `pa-${p.memberId}-policy`, period: '2026年第三季度', rating: 'competent' }) },
  'posts.myTasks': { input: (p) => ({ memberId: p.memberId }) },
  'posts.coverage': { input: (p) => ({ orgId: p.orgId }) },
  'posts.listForOrg': { input: (p) => ({ orgId: p.orgId }) },
  'posts.history': { input: (p) => ({ memberId: p.memberId }) },
  'posts.board': { input: (p) => ({ orgId: p.orgId }) },
  // Issue 6: the seed names boards board-<slug>-…, stories story-<slug>-<status>, suggestions sug-<slug>-… (local-cloud/seed/demo-publicity.ts).
  'boards.list': { input: (p) => ({ orgId: p.orgId }) },
  'boards.get': { input: (p) => ({ id: `board-${slugOf(p)}-notice` }) },
  'boards.listForOrg': { input: (p) => ({ orgId: p.orgId }) },
  'boards.save': { input: (p) => ({ orgId: p.orgId, kind: 'notice', title: '关于清明节文明祭扫的通知', blocks: [{ type: 'text', text: '请大家文明祭扫，注意防火。' }] }) },
  'boards.createGenerated': { input: (p) => ({ orgId: p.orgId, kind: 'pledges', year: 2027 }) },
  'boards.publish': { input: (p) => ({ id: `board-${slugOf(p)}-draft` }) },
  'boards.unpublish': { input: (p) => ({ id: `board-${slugOf(p)}-notice` }) },
  'boards.pin': { input: (p) => ({ id: `board-${slugOf(p)}-study`, pinned: true }) },
  'boards.getCode': { input: (p) => ({ id: `board-${slugOf(p)}-notice` }) },
  'stories.save': { input: (p) => ({ id: `story-${slugOf(p)}-draft`, orgId: p.orgId, title: '党员联户一张网', summary: '党员认领网格，每月走访联系户，群众的小事有人管。', body: '党员认领网格，'.repeat(10), criterion: 'image' }) },
  'stories.submit': { input: (p) => ({ id: `story-${slugOf(p)}-draft` }) },
  'stories.review': { input: (p) => ({ id: `story-${slugOf(p)}-submitted`, decision: 'recommend' }) },
  'stories.get': { input: (p) => ({ id: `story-${slugOf(p)}-returned` }) },
  'stories.listForOrg': { input: (p) => ({ orgId: p.orgId }) },
  'stories.listForReview': { input: (p) => ({ rootOrgId: p.orgId }) },
  'stories.feed': { input: () => ({}) },
  'stories.read': { input: (p) => ({ id: `story-${slugOf(p)}-recommended` }) },
  'suggestions.leave': { input: (p) => ({ orgId: p.orgId, text: '希望村里多组织几次健康义诊。' }) },
  'suggestions.mine': { input: () => ({}) },
  'suggestions.places': { input: () => ({}) },
  'suggestions.listForOrg': { input: (p) => ({ orgId: p.orgId }) },
  'suggestions.answer': { input: (p) => ({ id: `sug-${slugOf(p)}-open`, text: '谢谢您，路灯本周内修好。' }) },
  'suggestions.overdue': { input: (p) => ({ rootOrgId: p.orgId }) },
  'survey.openRounds': { input: (p) => ({ orgIds: [p.orgId], title: '明年春季群众满意度调查', opensOn: '2027-03-01', closesOn: '2027-03-20' }) },
  // The demo rounds were opened by the county, so a secretary may not end them early; an organiser over them may.
  'survey.close': { input: (p) => ({ roundId: p.roundId }), inScopeAnswer: (role) => (role === 'secretary' ? 'SURVEY.NOT_OPENER' : 'ok') },
  'survey.getPollCode': { input: (p) => ({ roundId: p.roundId }) },
  'survey.getPoll': { input: (p) => ({ roundId: p.roundId }) },
  'survey.submit': { input: (p) => ({ roundId: p.roundId, choices: SURVEY_QUESTIONS.map((questionId) => ({ questionId, choice: 'satisfied' })) }) },
  'survey.getOrgDashboard': { input: (p) => ({ orgId: p.orgId }) },
  'survey.getSubtreeDashboard': { input: (p) => ({ rootOrgId: p.orgId }) },
  'survey.exportXlsx': { input: (p) => ({ rootOrgId: p.orgId }) },
  'surveyReconcile.reconcile': { input: () => ({}) },
  // Issue 7: the seed names star cycles sc-<slug>-<period> at each stage (local-cloud/seed/demo-stars.ts); the rubric is set at the county only.
  'stars.getRubric': { input: (p) => ({ orgId: p.orgId }) },
  'stars.setRubric': { input: (p) => ({ orgId: p.orgId, rubric: DEFAULT_DIMENSIONS_RUBRIC }), inScopeAnswer: () => 'STARS.COUNTY_ONLY' },
  'stars.open': { input: (p) => ({ orgId: p.orgId, period: { kind: 'quarter', year: 2026, quarter: 4 } }) },
  'stars.list': { input: (p) => ({ orgId: p.orgId }) },
  'stars.get': { input: (p) => ({ id: `sc-${slugOf(p)}-2025` }) },
  'stars.advance': { input: (p) => ({ id: `sc-${slugOf(p)}-2026q1`, to: 'peerReview' }) },
  'stars.decide': { input: (p) => ({ id: `sc-${slugOf(p)}-2026q3`, memberId: p.memberId, ids: ['pledge-fulfilled'], reason: '承诺按期兑现，群众评价好。' }) },
  'stars.memberStars': { input: (p) => ({ memberId: p.memberId }) },
  'stars.selfAssess': { input: (p) => ({ cycleId: `sc-${slugOf(p)}-2026q1`, ids: ['study'], text: '按时参加组织生活。' }) },
  // Seeded reviews carry placeholder keys, so in scope the caller holds no assignment: the assignment rule answers.
  'stars.peerReview': { input: (p) => ({ cycleId: `sc-${slugOf(p)}-2026q2`, revieweeId: p.memberId, stars: 4 }), inScopeAnswer: () => 'STARS.NOT_ASSIGNED' },
  'stars.publicStars': { input: (p) => ({ orgId: p.orgId }) },
  'stars.object': { input: (p) => ({ cycleId: `sc-${slugOf(p)}-2025`, memberId: p.memberId, text: '他常年在外打工，没有参加过活动。' }) },
  'stars.myObjections': { input: () => ({}) },
  'stars.answerObjection': { input: (p) => ({ objectionId: `so-${slugOf(p)}-open`, text: '经核实属实，已重新评定。', decision: { ids: ['service'], reason: '为群众修水渠，经核实加分。' } }) },
  'stars.contest': { input: (p) => ({ rootOrgId: p.orgId }) },
  'settings.get': { input: () => ({}) },
  // The fixture's organiser is a township's: the county root is outside its subtree wherever it calls from (the county organiser saves, tests/functions/settings.test.ts).
  'settings.update': { input: () => ({ suggestions: { answerDays: 10 } }), inScopeAnswer: (role) => (role === 'organiser' ? 'AUTH.OUT_OF_SCOPE' : 'ok') },
}
