/**
 * Star ratings in the demo county (issue 7): for the matrix places (taohua, shangwan, hexi) one
 * cycle at each stage the actions act on, with fixed ids `sc-<slug>-<period>`; the rubric is the
 * built-in points rubric. Peer reviews carry placeholder reviewer keys (`seed-…`), so no demo
 * identity holds them: open a new cycle to review as a demo member. Other branches have none, so
 * a whole cycle can be run from the start (the e2e uses 刘家坪村).
 */
import type { MemberDoc, OrgDoc } from '../../src/core/org/org.docs'
import { DEFAULT_POINTS_RUBRIC, outcomeOf, type CycleStage, type CyclePeriod } from '../../src/core/stars'
import type { StarCycleDoc, StarObjectionDoc, StarReviewDoc } from '../../src/core/stars/stars.docs'

export interface DemoStars {
  starCycles: StarCycleDoc[]
  starReviews: StarReviewDoc[]
  starObjections: StarObjectionDoc[]
}

export const STAR_VILLAGES = ['taohua', 'shangwan', 'hexi'] as const

const SEEDED_AT = '2026-03-01T08:00:00.000Z'
const DAY = 86_400_000

/** ISO instant of China midnight `days` after `today` (YYYY-MM-DD). */
function chinaMidnightAfter(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00+08:00`) + days * DAY).toISOString()
}

const PLANS: ReadonlyArray<{ key: string; period: CyclePeriod; stage: CycleStage }> = [
  { key: '2024', period: { kind: 'year', year: 2024, quarter: null }, stage: 'final' },
  { key: '2025', period: { kind: 'year', year: 2025, quarter: null }, stage: 'publicity' },
  { key: '2026q1', period: { kind: 'quarter', year: 2026, quarter: 1 }, stage: 'selfAssessment' },
  { key: '2026q2', period: { kind: 'quarter', year: 2026, quarter: 2 }, stage: 'peerReview' },
  { key: '2026q3', period: { kind: 'quarter', year: 2026, quarter: 3 }, stage: 'committee' },
]

// Decisions vary by member so the board and the contest show different stars.
const CHOICES: ReadonlyArray<string[]> = [['pledge-fulfilled', 'duty-on-time', 'study', 'service'], ['pledge-fulfilled', 'post-held'], ['duty-on-time', 'study', 'lead-rich', 'service', 'pledge-fulfilled', 'post-held'], [], ['study']]

export function buildDemoStars(orgs: readonly OrgDoc[], members: readonly MemberDoc[], today: string): DemoStars {
  const out: DemoStars = { starCycles: [], starReviews: [], starObjections: [] }
  for (const slug of STAR_VILLAGES) {
    const org = orgs.find((candidate) => candidate._id === `org-${slug}`)
    if (!org) throw new Error(`no org-${slug} in the demo county`)
    const own = members.filter((member) => member.orgId === org._id && member.status === 'active').sort((a, b) => (a._id < b._id ? -1 : 1))
    for (const plan of PLANS) {
      const id = `sc-${slug}-${plan.key}`
      const decided = plan.stage === 'publicity' || plan.stage === 'final'
      const cycle: StarCycleDoc = {
        _id: id,
        orgId: org._id,
        orgName: org.name,
        orgAncestorIds: [...org.ancestorIds],
        period: plan.period,
        periodKey: plan.key,
        rubric: DEFAULT_POINTS_RUBRIC,
        stage: plan.stage,
        entries: own.map((member, index) => {
          const ids = CHOICES[index % CHOICES.length]
          const outcome = outcomeOf(DEFAULT_POINTS_RUBRIC, ids)
          return {
            memberId: member._id,
            memberName: member.name,
            evidence: null,
            selfAssessment: null,
            decisions: decided ? [{ ids, score: outcome.score, stars: outcome.stars, reason: '对照标准和实绩，支委会集体评定', by: '支部委员会', at: SEEDED_AT, objectionId: null }] : [],
          }
        }),
        reviewsPerMember: plan.stage === 'peerReview' ? 1 : 0,
        publicityDays: decided ? 7 : null,
        publicityStartedAt: decided ? SEEDED_AT : null,
        publicityEndsAt: plan.stage === 'publicity' ? chinaMidnightAfter(today, 5) : decided ? '2025-02-01T16:00:00.000Z' : null,
        finalisedAt: plan.stage === 'final' ? '2025-02-02T08:00:00.000Z' : null,
        history: [{ stage: plan.stage, at: SEEDED_AT, by: '支部书记' }],
        createdAt: SEEDED_AT,
        updatedAt: SEEDED_AT,
      }
      out.starCycles.push(cycle)
      if (plan.stage === 'peerReview') {
        own.forEach((_member, index) => {
          out.starReviews.push({ _id: `sr-${slug}-${index + 1}`, cycleId: id, orgId: org._id, reviewerKey: `seed-${slug}-${index + 1}`, revieweeId: own[(index + 1) % own.length]._id, status: 'pending', stars: null, comment: '', doneAt: null })
        })
      }
      if (plan.stage === 'publicity' && own.length > 0) {
        out.starObjections.push({
          _id: `so-${slug}-open`,
          cycleId: id,
          orgId: org._id,
          orgAncestorIds: [...org.ancestorIds],
          memberId: own[own.length - 1]._id,
          memberName: own[own.length - 1].name,
          authorKey: `seed-${slug}-objector`,
          authorKind: 'villager',
          text: '他去年帮我家修了水渠，应该加分。',
          status: 'open',
          check: { result: 'passed', reason: null },
          answer: null,
          createdAt: SEEDED_AT,
        })
      }
    }
  }
  return out
}
