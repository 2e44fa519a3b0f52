/**
 * The demo county: a believable, deterministic organisation tree with members, secretaries,
 * organisers and villagers, in Chinese. The same build every time, so tests, screenshots and
 * demos agree. Place names are invented.
 */
import type { DevelopmentStage } from '../../src/core/development/development.rules'
import type { AccountDoc, CommitteeRole, DevelopmentDoc, InviteDoc, MemberDoc, OrgDoc } from '../../src/core/org/org.docs'
import type { OrgType } from '../../src/core/org/org.types'
import { chinaDate } from '../../src/core/china-time'
import { buildDemoMemberWork } from './demo-member-work'
import { buildDemoPublicity } from './demo-publicity'
import { buildDemoStars } from './demo-stars'
import { buildDemoSurveys } from './demo-surveys'

export interface DemoIdentity {
  openid: string
  displayName: string
}

export interface SeedData {
  collections: { orgs: OrgDoc[]; members: MemberDoc[]; accounts: AccountDoc[]; invites: InviteDoc[]; developments: DevelopmentDoc[] } & Record<string, object[]>
  /** Identities with no account: they act as villagers. */
  villagers: DemoIdentity[]
}

/** The moment the demo data was "created"; fixed so the seed is reproducible. */
const SEEDED_AT = '2026-03-01T08:00:00.000Z'

const SURNAMES = '王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林'
const GIVEN_MALE = ['建国', '志强', '国华', '永福', '德明', '海军', '春生', '立新', '宏伟', '长青', '保平', '文斌', '振华', '树林', '学军']
const GIVEN_FEMALE = ['秀英', '桂兰', '丽华', '玉梅', '春燕', '海燕', '红梅', '凤霞', '晓琳', '淑芬', '雪梅', '金花']

/** Small seeded generator (mulberry32), so every run draws the same people. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface OrgPlan {
  slug: string
  name: string
  type: OrgType
  members: number
  children?: OrgPlan[]
}

const COUNTY: OrgPlan = {
  slug: 'qingshan',
  name: '中共青山县委',
  type: 'county',
  members: 3,
  children: [
    {
      slug: 'dongling',
      name: '中共东岭镇委员会',
      type: 'township',
      members: 4,
      children: [
        { slug: 'taohua', name: '桃花村党支部', type: 'village', members: 9 },
        { slug: 'shangwan', name: '上湾村党支部', type: 'village', members: 7 },
        { slug: 'shiqiao', name: '石桥村党总支', type: 'village', members: 10 },
        { slug: 'liujia', name: '刘家坪村党支部', type: 'village', members: 6 },
        { slug: 'lvyuan', name: '青山绿源农业科技有限公司党支部', type: 'enterprise', members: 6 },
      ],
    },
    {
      slug: 'xihe',
      name: '中共西河乡委员会',
      type: 'township',
      members: 4,
      children: [
        { slug: 'hexi', name: '河西村党支部', type: 'village', members: 8 },
        { slug: 'baiyang', name: '白杨村党支部', type: 'village', members: 7 },
        { slug: 'dazhai', name: '大寨村党支部', type: 'village', members: 8 },
        { slug: 'nanshan', name: '南山村党支部', type: 'village', members: 6 },
      ],
    },
  ],
}

/** Who holds which committee seat, by position in an organisation's member list. */
const COMMITTEE: readonly CommitteeRole[] = ['书记', '组织委员', '宣传委员', '纪检委员']

const DUTIES: Readonly<Record<OrgType, readonly string[]>> = {
  county: ['县委组织部部长', '组织部组织科科长', '组织部干部'],
  township: ['党委书记', '党委副书记', '组织委员', '党建办干事'],
  village: ['村党支部书记、村委会主任', '村委会副主任', '村文书', '村监委会主任', '网格员', '村民小组长', '种植户', '养殖户', '退役军人', '返乡创业青年'],
  branch: ['支部书记', '支部委员', '党员'],
  enterprise: ['党支部书记、生产部经理', '质检员', '车间主任', '技术员', '销售主管', '仓库管理员'],
}

/**
 * 发展党员 in the demo county, per village: each entry is the stages reached with their dates.
 * 东岭镇 has two 空白村 in 2026 (石桥村 developed last year only, 刘家坪村 none); 西河乡 has none.
 * Dates respect the minimum periods (activist ≥ 1 year before candidate; one year of probation).
 */
const DEVELOPMENT_PLAN: Readonly<Record<string, readonly (readonly [DevelopmentStage, string])[][]>> = {
  taohua: [
    [['applicant', '2024-03-10'], ['activist', '2024-06-01'], ['candidate', '2025-06-20'], ['probationary', '2026-01-15']],
    [['applicant', '2025-02-18'], ['activist', '2025-05-01']],
    [['applicant', '2025-11-03']],
  ],
  shangwan: [[['applicant', '2023-09-01'], ['activist', '2024-01-10'], ['candidate', '2025-02-01'], ['probationary', '2026-02-20']]],
  shiqiao: [
    [['applicant', '2022-10-08'], ['activist', '2023-03-01'], ['candidate', '2024-03-15'], ['probationary', '2025-01-10'], ['full', '2026-01-12']],
    [['applicant', '2025-08-20'], ['activist', '2025-12-01']],
  ],
  liujia: [[['applicant', '2025-10-12']]],
  lvyuan: [[['applicant', '2024-05-06'], ['activist', '2024-09-01'], ['candidate', '2025-09-10'], ['probationary', '2026-02-10']]],
  hexi: [
    [['applicant', '2024-01-20'], ['activist', '2024-04-01'], ['candidate', '2025-04-08'], ['probationary', '2026-01-08']],
    [['applicant', '2025-06-01'], ['activist', '2025-09-01']],
  ],
  baiyang: [[['applicant', '2023-11-11'], ['activist', '2024-03-01'], ['candidate', '2025-03-05'], ['probationary', '2026-02-02']]],
  dazhai: [[['applicant', '2024-02-14'], ['activist', '2024-05-20'], ['candidate', '2025-06-01'], ['probationary', '2026-01-22']]],
  nanshan: [[['applicant', '2023-12-01'], ['activist', '2024-02-01'], ['candidate', '2025-02-10'], ['probationary', '2026-02-26']]],
}

/** Pending invites for members who have not bound yet; long-lived so the demo works whenever it is run. */
const DEMO_INVITES: readonly { code: string; org: string; member: number; createdBy: string }[] = [
  { code: 'TAHUA234', org: 'taohua', member: 3, createdBy: 'demo-secretary-taohua' },
  { code: 'TAHUA567', org: 'taohua', member: 4, createdBy: 'demo-secretary-taohua' },
  { code: 'HEXW2345', org: 'hexi', member: 2, createdBy: 'demo-secretary-hexi' },
]
const DEMO_INVITES_EXPIRE = '2027-12-31T16:00:00.000Z'

/** `today` (China time, YYYY-MM-DD) places the current survey round around it; default the real today. */
export function buildDemoCounty(options: { today?: string } = {}): SeedData {
  const random = seededRandom(20260301)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const orgs: OrgDoc[] = []
  const members: MemberDoc[] = []
  const accounts: AccountDoc[] = []

  const addOrg = (plan: OrgPlan, parent: OrgDoc | null): void => {
    const org: OrgDoc = {
      _id: `org-${plan.slug}`,
      name: plan.name,
      type: plan.type,
      parentId: parent?._id ?? null,
      ancestorIds: parent ? [...parent.ancestorIds, parent._id] : [],
      createdAt: SEEDED_AT,
    }
    orgs.push(org)
    for (let i = 0; i < plan.members; i++) {
      const gender = random() < 0.72 ? '男' : '女'
      const name = pick([...SURNAMES]) + pick(gender === '男' ? GIVEN_MALE : GIVEN_FEMALE)
      const birthYear = 1952 + Math.floor(random() * 46)
      const joinedYear = Math.min(2025, birthYear + 20 + Math.floor(random() * 25))
      const member: MemberDoc = {
        _id: `m-${plan.slug}-${String(i + 1).padStart(2, '0')}`,
        orgId: org._id,
        name,
        gender,
        birthYear,
        joinedAt: `${joinedYear}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`,
        duty: DUTIES[plan.type][i % DUTIES[plan.type].length],
        status: 'active',
        ...(i < COMMITTEE.length && plan.type !== 'county' ? { committeeRole: COMMITTEE[i] } : {}),
        ...(random() < 0.8 ? { phone: `1${pick(['35', '37', '38', '39', '58', '87'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}` } : {}),
      }
      members.push(member)
    }
    const own = members.filter((m) => m.orgId === org._id)
    const account = (openid: string, role: AccountDoc['role'], member: MemberDoc): void => {
      accounts.push({ _id: openid, role, orgId: org._id, memberId: member._id, displayName: member.name, boundAt: SEEDED_AT })
    }
    if (plan.type === 'county') {
      account('demo-organiser-county', 'organiser', own[0])
      account('demo-admin', 'admin', own[1])
    } else if (plan.type === 'township') {
      account(`demo-organiser-${plan.slug}`, 'organiser', own[2])
      account(`demo-secretary-${plan.slug}`, 'secretary', own[0])
    } else {
      account(`demo-secretary-${plan.slug}`, 'secretary', own[0])
      account(`demo-member-${plan.slug}`, 'member', own[own.length - 1])
    }
    for (const child of plan.children ?? []) addOrg(child, org)
  }
  addOrg(COUNTY, null)

  // Bound accounts point back from their member record, as binding through an invite does.
  for (const account of accounts) {
    const member = members.find((candidate) => candidate._id === account.memberId)
    if (member) member.boundOpenid = account._id
  }

  // A second generator, so adding development data never changes the people drawn above.
  const developmentRandom = seededRandom(20260302)
  const developments: DevelopmentDoc[] = []
  for (const [slug, records] of Object.entries(DEVELOPMENT_PLAN)) {
    records.forEach((stages, index) => {
      const gender = developmentRandom() < 0.6 ? '男' : '女'
      const name = SURNAMES[Math.floor(developmentRandom() * SURNAMES.length)] + (gender === '男' ? GIVEN_MALE : GIVEN_FEMALE)[Math.floor(developmentRandom() * (gender === '男' ? GIVEN_MALE : GIVEN_FEMALE).length)]
      developments.push({
        _id: `dev-${slug}-${String(index + 1).padStart(2, '0')}`,
        orgId: `org-${slug}`,
        name,
        gender,
        birthYear: 1990 + Math.floor(developmentRandom() * 14),
        stages: stages.map(([stage, date]) => ({ stage, date })),
        createdAt: SEEDED_AT,
      })
    })
  }

  const invites: InviteDoc[] = DEMO_INVITES.map(({ code, org, member, createdBy }) => {
    const creator = accounts.find((account) => account._id === createdBy)
    return {
      _id: code,
      memberId: `m-${org}-${String(member).padStart(2, '0')}`,
      orgId: `org-${org}`,
      role: 'member',
      createdBy,
      createdByName: creator?.displayName ?? '',
      createdAt: SEEDED_AT,
      expiresAt: DEMO_INVITES_EXPIRE,
      status: 'pending',
      qrFileID: `cloud://local-dev.6c6f-local-dev-1300000000/invites/${code}.png`,
    }
  })

  const villagers: DemoIdentity[] = [
    { openid: 'demo-villager-1', displayName: '村民（桃花村）' },
    { openid: 'demo-villager-2', displayName: '村民（河西村）' },
    { openid: 'demo-villager-3', displayName: '村民（未绑定）' },
  ]
  // Its own generator, so the surveys never shift the people drawn above.
  const surveys = buildDemoSurveys(orgs, seededRandom(20251001), options.today ?? chinaDate(new Date()), SEEDED_AT)
  // Pledges, posts and duty records (issue 5): fixed ids and dates, drawn from no generator.
  const memberWork = buildDemoMemberWork(orgs, members)
  // Boards, stories and suggestions (issue 6): fixed ids; suggestions dated from today.
  const publicity = buildDemoPublicity(orgs, options.today ?? chinaDate(new Date()))
  // Star cycles (issue 7): fixed ids; publicity dated from today.
  const stars = buildDemoStars(orgs, members, options.today ?? chinaDate(new Date()))
  return { collections: { orgs, members, accounts, invites, developments, ...surveys, ...memberWork, ...publicity, ...stars }, villagers }
}
