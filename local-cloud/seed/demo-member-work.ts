/**
 * Member work in the demo county (issue 5): pledges in every state of the life cycle, posts with
 * responsibility areas and a year of duty records. Deterministic: fixed ids and dates, no random.
 * Ids follow a pattern tests rely on: `pl-<memberId>-<status>` and `pa-<memberId>-<postId>`.
 */
import type { DutyRecordDoc, PledgeDoc, PledgeReminderDoc, PostAssignmentDoc, PostDoc } from '../../src/core/member-work/member-work.docs'
import { PLEDGE_STATUSES, type PledgeStatus } from '../../src/core/member-work/pledge.rules'
import type { MemberDoc, OrgDoc } from '../../src/core/org/org.docs'

export interface DemoMemberWork {
  pledges: PledgeDoc[]
  posts: PostDoc[]
  postAssignments: PostAssignmentDoc[]
  dutyRecords: DutyRecordDoc[]
  pledgeReminders: PledgeReminderDoc[]
}

/** Members with a pledge in every state and a post in every step, so every action has something to act on. */
export const MEMBER_WORK_FIXTURE_MEMBERS = ['m-taohua-05', 'm-taohua-09', 'm-shangwan-03', 'm-hexi-04'] as const

const YEAR = 2026
const AT = '2026-03-01T08:00:00.000Z'

const PLEDGE_IDEAS: readonly { title: string; content: string }[] = [
  { title: '帮助联系户发展庭院经济', content: '今年帮助三户联系户种上黄桃，联系技术员上门指导两次。' },
  { title: '带头做好垃圾分类', content: '自家带头分类，每月到联系户家里讲一次垃圾分类。' },
  { title: '每月看望一次留守老人', content: '每月看望组里的两位留守老人，帮忙买药、打扫。' },
  { title: '调解邻里矛盾', content: '组里有邻里纠纷及时上门了解，当天向村里反映。' },
  { title: '宣讲医保政策', content: '在农闲时给联系户讲清楚今年的医保缴费和报销办法。' },
  { title: '修好组里的便道', content: '组织党员义务劳动，把三组到村口的便道修平。' },
  { title: '帮扶一户困难家庭', content: '帮扶一户困难家庭，帮助孩子申请助学金。' },
]

function progressFor(status: PledgeStatus, index: number): PledgeDoc['progress'] {
  if (!['approved', 'selfAssessed', 'reviewed', 'published'].includes(status)) return []
  return [
    { id: 'p1', date: '2026-04-18', text: '上门走访了三户，讲清楚了要做的事。', photos: [{ fileID: `cloud://local-dev.6c6f-local-dev-1300000000/pledges/demo-${index}-1.jpg`, check: 'passed' }], at: '2026-04-18T10:00:00.000Z' },
    { id: 'p2', date: '2026-07-09', text: '和村里一起办完了，群众反映不错。', photos: [], at: '2026-07-09T10:00:00.000Z' },
  ]
}

function pledge(id: string, org: OrgDoc, owner: { memberId: string; name: string } | null, status: PledgeStatus, index: number): PledgeDoc {
  const idea = PLEDGE_IDEAS[index % PLEDGE_IDEAS.length]
  const after = (states: readonly PledgeStatus[]): boolean => states.includes(status)
  return {
    _id: id,
    orgId: org._id,
    orgAncestorIds: org.ancestorIds,
    owner: owner ? 'member' : 'branch',
    memberId: owner?.memberId ?? null,
    ownerName: owner?.name ?? org.name,
    year: YEAR,
    title: idea.title,
    content: idea.content,
    status,
    returnReason: status === 'returned' ? '承诺太笼统，请写清楚帮几户、做到什么程度。' : null,
    progress: progressFor(status, index),
    selfAssessment: after(['selfAssessed', 'reviewed', 'published']) ? { text: '基本做到了承诺的事，明年继续。', at: '2026-11-20T08:00:00.000Z' } : null,
    verdict: after(['reviewed', 'published']) ? { verdict: index % 2 === 0 ? 'fulfilled' : 'partly', comment: '经支委会评定。', by: '支部委员会', at: '2026-11-24T08:00:00.000Z' } : null,
    history: [{ at: AT, event: 'created', by: owner?.name ?? org.name }],
    createdAt: AT,
    updatedAt: AT,
  }
}

const HOUSEHOLD_NAMES = ['王德福', '李桂兰', '张保平', '刘玉梅', '陈树林', '杨秀英', '赵长青', '周凤霞', '吴春生', '孙淑芬']

function households(seed: number): PostAssignmentDoc['area'] {
  return {
    name: `${(seed % 5) + 1}组联系户`,
    kind: 'households',
    households: HOUSEHOLD_NAMES.slice(0, 6).map((name, index) => ({ name, addressNote: `${(seed % 5) + 1}组${index + 1}号`, ...(index % 2 === 0 ? { phone: `1390000${String(seed * 10 + index).padStart(4, '0')}` } : {}) })),
    place: null,
  }
}

function assignment(member: MemberDoc, org: OrgDoc, postId: string, postName: string, status: PostAssignmentDoc['status'], seed: number): PostAssignmentDoc {
  const area: PostAssignmentDoc['area'] = status === 'volunteered' ? null : postId === 'patrol' ? { name: '村口到小学路段', kind: 'place', households: [], place: '村口桥头到村小学的主路，约一公里' } : households(seed)
  const duties: PostAssignmentDoc['duties'] =
    status === 'volunteered' ? [] : postId === 'patrol' ? [{ id: 'd1', title: '巡查治安和安全隐患', cadence: 'weekly', since: '2026-03-02' }] : [
          { id: 'd1', title: '走访联系户', cadence: 'monthly', since: '2026-01-01' },
          { id: 'd2', title: '向支部汇报联系户情况', cadence: 'quarterly', since: '2026-01-01' },
        ]
  return {
    _id: `pa-${member._id}-${postId}`,
    orgId: org._id,
    orgAncestorIds: org.ancestorIds,
    postId,
    postName,
    memberId: member._id,
    memberName: member.name,
    status,
    area,
    duties,
    reviews: [],
    volunteeredAt: AT,
    assignedAt: status === 'volunteered' ? null : AT,
    publishedAt: status === 'published' ? AT : null,
  }
}

/** Monthly visits on the 12th from January to October, May missed; quarterly reports at each quarter's end. */
function recordsFor(area: PostAssignmentDoc): DutyRecordDoc[] {
  const records: DutyRecordDoc[] = []
  const add = (dutyId: string, doneOn: string, note: string): void => {
    records.push({ _id: `dr-${area._id}-${dutyId}-${doneOn}`, assignmentId: area._id, dutyId, orgId: area.orgId, orgAncestorIds: area.orgAncestorIds, memberId: area.memberId, doneOn, note, photos: [], place: null, createdAt: `${doneOn}T10:00:00.000Z` })
  }
  for (let month = 1; month <= 10; month++) {
    if (month === 5) continue
    add('d1', `2026-${String(month).padStart(2, '0')}-12`, '走访了联系户，了解了生产生活情况。')
  }
  for (const day of ['2026-03-28', '2026-06-27', '2026-09-26']) add('d2', day, '向支部汇报了联系户的情况和诉求。')
  return records
}

export function buildDemoMemberWork(orgs: readonly OrgDoc[], members: readonly MemberDoc[]): DemoMemberWork {
  const orgOf = (orgId: string): OrgDoc => {
    const org = orgs.find((candidate) => candidate._id === orgId)
    if (!org) throw new Error(`no ${orgId} in the demo county`)
    return org
  }
  const memberOf = (id: string): MemberDoc => {
    const member = members.find((candidate) => candidate._id === id)
    if (!member) throw new Error(`no ${id} in the demo county`)
    return member
  }

  const pledges: PledgeDoc[] = []
  let index = 0
  for (const id of MEMBER_WORK_FIXTURE_MEMBERS) {
    const member = memberOf(id)
    for (const status of PLEDGE_STATUSES) pledges.push(pledge(`pl-${id}-${status}`, orgOf(member.orgId), { memberId: id, name: member.name }, status, index++))
  }
  // The other members of 桃花村: most have an approved pledge; 李建国 (02) and 李宏伟 (03) have none yet, and 高长青 (04) only a draft.
  for (const id of ['m-taohua-06', 'm-taohua-07', 'm-taohua-08']) pledges.push(pledge(`pl-${id}-approved`, orgOf('org-taohua'), { memberId: id, name: memberOf(id).name }, 'approved', index++))
  pledges.push(pledge('pl-m-taohua-04-draft', orgOf('org-taohua'), { memberId: 'm-taohua-04', name: memberOf('m-taohua-04').name }, 'draft', index++))
  pledges.push(pledge('pl-org-taohua-1', orgOf('org-taohua'), null, 'approved', 5))
  pledges.push(pledge('pl-org-taohua-2', orgOf('org-taohua'), null, 'submitted', 4))

  const postAssignments: PostAssignmentDoc[] = []
  MEMBER_WORK_FIXTURE_MEMBERS.forEach((id, seed) => {
    const member = memberOf(id)
    postAssignments.push(assignment(member, orgOf(member.orgId), 'policy', '政策宣传岗', 'published', seed))
    postAssignments.push(assignment(member, orgOf(member.orgId), 'patrol', '治安巡逻岗', 'assigned', seed))
  })
  postAssignments.push(assignment(memberOf('m-taohua-01'), orgOf('org-taohua'), 'mediation', '矛盾调解岗', 'published', 7))
  postAssignments.push(assignment(memberOf('m-taohua-03'), orgOf('org-taohua'), 'assistance', '帮扶岗', 'volunteered', 8))

  const dutyRecords = postAssignments.filter((area) => area.status === 'published').flatMap(recordsFor)
  const taohua = orgOf('org-taohua')
  const posts: PostDoc[] = [{ _id: 'post-taohua-tea', orgId: taohua._id, orgAncestorIds: taohua.ancestorIds, name: '茶园技术服务岗', description: '给种茶户讲修剪和病虫害防治', createdAt: AT }]
  return { pledges, posts, postAssignments, dutyRecords, pledgeReminders: [] }
}
