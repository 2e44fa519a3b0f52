/**
 * The satisfaction figures of a subtree, read from the tally shards: what the organiser's table,
 * its xlsx export and the branch contest of the star ratings all show. The caller has already
 * checked that the root is within its scope.
 */
import type { OrgDoc } from '../core/org/org.docs'
import { surveyThresholdsOf } from '../core/settings'
import { buildSubtreeDashboard, type OverallTally, type SubtreeFigures, type SubtreeRoundMeta } from '../core/survey/survey.figures'
import { OVERALL_QUESTION_ID } from '../core/survey/survey.questionnaire'
import { emptyCounts, type ChoiceCounts } from '../core/survey/survey.types'
import type { CloudDatabase } from './sdk'
import { readSettings } from './settings'
import { findAll } from './survey-store'

// The organiser's table looks back this far: trends of the last rounds, not the whole history.
const LOOK_BACK_DAYS = 2 * 366

type OrgRow = Pick<OrgDoc, '_id' | 'name' | 'type' | 'parentId' | 'ancestorIds'>
type GroupedRow = { _id: string; orgId: string; title?: string | null; opensAt?: string | null; closesAt?: string | null; minimumAnswers?: number | null; respondents: number } & Partial<ChoiceCounts>

/** Each organisation's ancestors (county first) from the parent links of the subtree, instead of reading them. */
function withAncestors(root: OrgDoc, orgs: ReadonlyArray<Omit<OrgRow, 'ancestorIds'>>): OrgRow[] {
  const parents = new Map<string, string | null>(orgs.map((org) => [org._id, org.parentId]))
  const known = new Map<string, string[]>([[root._id, root.ancestorIds]])
  const ancestorsOf = (id: string): string[] => {
    const cached = known.get(id)
    if (cached) return cached
    const parentId = parents.get(id) ?? null
    const found = parentId === null ? [] : [...ancestorsOf(parentId), parentId]
    known.set(id, found)
    return found
  }
  return orgs.map((org) => ({ ...org, ancestorIds: ancestorsOf(org._id) }))
}

/** What the table is built from, read without the root's own document (see `subtreeFiguresOf`). */
export interface SubtreeReading {
  settings: Awaited<ReturnType<typeof readSettings>>
  orgs: Omit<OrgRow, 'ancestorIds'>[]
  rounds: SubtreeRoundMeta[]
  tallies: Map<string, OverallTally>
}

/**
 * The reads of a subtree's figures: its organisations, its rounds of the last two years (without
 * their questions), and each round's overall counts summed over its shards by one aggregation.
 * The work grows with organisations and rounds, never with answers. Needs only the root's id, so
 * a caller can run it alongside the scope check of the root and answer nothing if that refuses.
 */
export async function readSubtree(db: CloudDatabase, now: Date, rootId: string): Promise<SubtreeReading> {
  const _ = db.command
  const $ = _.aggregate
  const since = new Date(now.getTime() - LOOK_BACK_DAYS * 86_400_000).toISOString()
  const [settings, orgs, grouped] = await Promise.all([
    readSettings(db),
    // Only the fields the table shows: for a county every field is read hundreds of times.
    findAll<Omit<OrgRow, 'ancestorIds'>>(db, 'orgs', { ancestorIds: rootId }, { _id: true, name: true, type: true, parentId: true }),
    // One grouped read: each round's overall counts summed over its shards, with the round details every shard carries (`meta`).
    db
      .collection('surveyTallies')
      .aggregate()
      .match({ orgPath: rootId })
      .group({
        _id: '$roundId',
        orgId: $.first('$orgId'),
        title: $.first('$meta.title'),
        opensAt: $.first('$meta.opensAt'),
        closesAt: $.first('$meta.closesAt'),
        minimumAnswers: $.first('$meta.minimumAnswers'),
        respondents: $.sum('$respondents'),
        satisfied: $.sum(`$counts.${OVERALL_QUESTION_ID}.satisfied`),
        fairly: $.sum(`$counts.${OVERALL_QUESTION_ID}.fairly`),
        dissatisfied: $.sum(`$counts.${OVERALL_QUESTION_ID}.dissatisfied`),
        unknown: $.sum(`$counts.${OVERALL_QUESTION_ID}.unknown`),
      })
      .limit(100_000)
      .end() as Promise<{ list: GroupedRow[] }>,
  ])
  // Shards stored before they carried their round's details: read those rounds themselves.
  const bare = grouped.list.filter((row) => typeof row.title !== 'string').map((row) => row._id)
  const older = bare.length === 0 ? [] : await findAll<SubtreeRoundMeta>(db, 'surveyRounds', { _id: _.in(bare) }, { _id: true, orgId: true, title: true, opensAt: true, closesAt: true, minimumAnswers: true })
  const olderById = new Map(older.map((round) => [round._id, round]))
  const rounds: SubtreeRoundMeta[] = []
  const tallies = new Map<string, OverallTally>()
  for (const row of grouped.list) {
    const meta = typeof row.title === 'string' ? { _id: row._id, orgId: row.orgId, title: row.title, opensAt: row.opensAt as string, closesAt: row.closesAt as string, minimumAnswers: row.minimumAnswers as number } : olderById.get(row._id)
    // The organiser's table looks back two years.
    if (!meta || meta.closesAt <= since) continue
    rounds.push(meta)
    tallies.set(row._id, { respondents: row.respondents ?? 0, overall: { ...emptyCounts(), satisfied: row.satisfied ?? 0, fairly: row.fairly ?? 0, dissatisfied: row.dissatisfied ?? 0, unknown: row.unknown ?? 0 } })
  }
  return { settings, orgs, rounds, tallies }
}

/** The table from what `readSubtree` read under `root`. */
export function subtreeFiguresFrom(reading: SubtreeReading, root: OrgDoc, now: Date, order?: 'rate-asc' | 'rate-desc'): SubtreeFigures {
  return buildSubtreeDashboard({ root, orgs: withAncestors(root, reading.orgs), rounds: reading.rounds, tallies: reading.tallies, now, order, settings: surveyThresholdsOf(reading.settings.survey) })
}

/** The figures of a subtree whose root the caller has already checked is within its scope. */
export async function subtreeFiguresOf(db: CloudDatabase, now: Date, root: OrgDoc, order?: 'rate-asc' | 'rate-desc'): Promise<SubtreeFigures> {
  return subtreeFiguresFrom(await readSubtree(db, now, root._id), root, now, order)
}
