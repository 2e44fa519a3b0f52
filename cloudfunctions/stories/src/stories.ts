import { findById, findMany, type ActionContext, type ActionImplementation } from '@/cloud'
import { mediaStates, requestMediaChecks, sentChecks } from '@/cloud/media-check'
import { checkText } from '@/cloud/moderation'
import { wholeValues } from '@/cloud/whole-values'
import { storyCardSchema, type StoryView, type storiesContract } from '@/core/contracts/stories.contract'
import type { OrgDoc } from '@/core/org/org.docs'
import type { StoryDoc } from '@/core/publicity/publicity.docs'
import { STORY_STATUS_LABELS, storyEventsFrom, storyTransition, type StoryEvent } from '@/core/publicity/story.rules'
import { AppError } from '@/core/result'
import { FIVE_GOOD_STANDARDS, isMeasuredOrgType, type CriterionKey } from '@/core/standards/five-good'

type Impl<A extends keyof typeof storiesContract.actions> = ActionImplementation<typeof storiesContract, A>

const LIST_LIMIT = 200
const FEED_LIMIT = 100

function criterionTitle(org: OrgDoc, criterion: CriterionKey): string {
  // A 党支部 has no standards of its own; it illustrates its village's.
  const standards = FIVE_GOOD_STANDARDS[isMeasuredOrgType(org.type) ? org.type : 'village']
  return standards.find((entry) => entry.key === criterion)?.title ?? criterion
}

function viewOf(context: ActionContext, story: StoryDoc): StoryView {
  const actor = context.actor
  const author = actor.role === 'secretary' && actor.orgId === story.orgId
  const reviewer = actor.role === 'organiser' || actor.role === 'admin'
  const authorEvents: StoryEvent[] = ['edit', 'submit']
  const can = storyEventsFrom(story.status).filter((event) => (authorEvents.includes(event) ? author : reviewer))
  return {
    ...publicOf(story),
    status: story.status,
    statusLabel: STORY_STATUS_LABELS[story.status],
    comments: story.comments,
    submittedAt: story.submittedAt,
    check: story.check ? { result: story.check.result, reason: story.check.reason } : null,
    can,
  }
}

function isAuthor(context: ActionContext, story: StoryDoc): boolean {
  return context.actor.role === 'secretary' && context.actor.orgId === story.orgId
}

/**
 * One story's view with, for its branch's secretary, the content check of each photo that was sent
 * for one: the editor shows 审核中 / 未通过（原因） under it, the list a line on the card. Photos of a draft have none until submitted.
 */
async function authorViewOf(context: ActionContext, story: StoryDoc): Promise<StoryView> {
  const view = viewOf(context, story)
  if (!isAuthor(context, story)) return view
  return { ...view, photoChecks: await sentChecks(context.db, 'story', story._id, story.photos) }
}

/** The story as this viewer may see it: its branch's secretary every photo; anyone else only photos whose check passed (docs/media-check.md). */
async function shownTo(context: ActionContext, story: StoryDoc): Promise<StoryDoc> {
  if (isAuthor(context, story) || story.photos.length === 0) return story
  const states = await mediaStates(context.db, 'story', story._id, story.photos)
  return { ...story, photos: story.photos.filter((fileID) => states.get(fileID)?.state === 'passed') }
}

async function requireStoryInScope(context: ActionContext, id: string): Promise<StoryDoc> {
  const story = await findById(context.db, 'stories', id)
  if (!story) throw new AppError('STORY.NOT_FOUND')
  context.authorize({ orgId: story.orgId, orgAncestorIds: story.orgAncestorIds }, `这篇典型经验属于“${story.orgName}”，不在您的管理范围内。`)
  return story
}

function step(story: StoryDoc, event: StoryEvent): StoryDoc['status'] {
  const next = storyTransition(story.status, event)
  if (!next.ok) throw new AppError(next.code)
  return next.status
}

export const save: Impl<'save'> = async ({ id, orgId, title, summary, body, photos, criterion }, context) => {
  const org = await context.authorizeOrg(orgId)
  const at = context.now.toISOString()
  const fields = { title, summary, body, photos, criterion, criterionTitle: criterionTitle(org, criterion), updatedAt: at }
  if (id === undefined) {
    const story: StoryDoc = {
      _id: `story-${org._id.replace(/^org-/, '')}-${context.now.getTime().toString(36)}${Math.floor(Math.random() * 1296).toString(36).padStart(2, '0')}`,
      orgId: org._id,
      orgAncestorIds: [...org.ancestorIds],
      orgName: org.name,
      ...fields,
      status: 'draft',
      comments: [],
      submittedAt: null,
      recommendedAt: null,
      readCount: 0,
      check: null,
      createdAt: at,
    }
    await context.collection('stories').add({ data: story })
    return authorViewOf(context, story)
  }
  const story = await requireStoryInScope(context, id)
  if (story.orgId !== org._id) throw new AppError('STORY.NOT_FOUND')
  step(story, 'edit')
  await context.collection('stories').doc(story._id).update({ data: wholeValues(context.db, fields) })
  return authorViewOf(context, { ...story, ...fields })
}

export const submit: Impl<'submit'> = async ({ id }, context) => {
  const story = await requireStoryInScope(context, id)
  const status = step(story, 'submit')
  // The township and, once recommended, everyone will read it: check before it leaves the branch.
  const check = await checkText(context, 'story', story._id, story.orgId, [story.title, story.summary, story.body].join('\n'))
  if (check.result === 'rejected') throw new AppError('CONTENT.REJECTED', `典型经验没有报送：${check.reason ?? ''}`)
  const changes = { status, check, submittedAt: context.now.toISOString(), updatedAt: context.now.toISOString() }
  await context.collection('stories').doc(story._id).update({ data: wholeValues(context.db, changes) })
  // Its photos too: the township sees them, and everyone once recommended, only after the check passes.
  await requestMediaChecks(context, 'story', story._id, story.orgId, story.photos)
  return authorViewOf(context, { ...story, ...changes })
}

export const review: Impl<'review'> = async ({ id, decision, comment }, context) => {
  const story = await requireStoryInScope(context, id)
  const status = step(story, decision)
  const at = context.now.toISOString()
  const by = context.actor.role === 'villager' ? '' : context.actor.displayName
  const comments = comment.length > 0 ? [...story.comments, { at, by, decision, text: comment }] : story.comments
  const changes = { status, comments, updatedAt: at, ...(decision === 'recommend' ? { recommendedAt: at } : {}) }
  await context.collection('stories').doc(story._id).update({ data: wholeValues(context.db, changes) })
  return viewOf(context, await shownTo(context, { ...story, ...changes }))
}

export const get: Impl<'get'> = async ({ id }, context) => authorViewOf(context, await shownTo(context, await requireStoryInScope(context, id)))

export const listForOrg: Impl<'listForOrg'> = async ({ orgId }, context) => {
  const org = await context.authorizeOrg(orgId)
  const stories = await findMany(context.db, 'stories', { orgId: org._id }, { limit: LIST_LIMIT, orderBy: { field: 'updatedAt', order: 'desc' } })
  return { stories: await Promise.all(stories.map(async (story) => authorViewOf(context, await shownTo(context, story)))) }
}

export const listForReview: Impl<'listForReview'> = async ({ rootOrgId }, context) => {
  const root = await context.authorizeOrg(rootOrgId)
  const order = { field: 'submittedAt', order: 'asc' } as const
  // The root's own stories and those below it: two indexed matches rather than an $or.
  const own = await findMany(context.db, 'stories', { status: 'submitted', orgId: root._id }, { limit: LIST_LIMIT, orderBy: order })
  const below = await findMany(context.db, 'stories', { status: 'submitted', orgAncestorIds: root._id }, { limit: LIST_LIMIT, orderBy: order })
  const stories = [...own, ...below].sort((a, b) => ((a.submittedAt ?? '') < (b.submittedAt ?? '') ? -1 : 1))
  return { stories: await Promise.all(stories.map(async (story) => viewOf(context, await shownTo(context, story)))) }
}

/** What anyone may read of a story; the staff view adds the workflow (status, comments, check, next steps). */
function publicOf(story: StoryDoc) {
  return {
    id: story._id,
    orgId: story.orgId,
    orgName: story.orgName,
    title: story.title,
    summary: story.summary,
    body: story.body,
    photos: story.photos,
    criterion: story.criterion,
    criterionTitle: story.criterionTitle,
    recommendedAt: story.recommendedAt,
    readCount: story.readCount,
  }
}

export const feed: Impl<'feed'> = async (_input, context) => {
  const stories = await findMany(context.db, 'stories', { status: 'recommended' }, { limit: FEED_LIMIT, orderBy: { field: 'recommendedAt', order: 'desc' } })
  return { stories: await Promise.all(stories.map(async (story) => storyCardSchema.parse(publicOf(await shownTo(context, story))))) }
}

export const read: Impl<'read'> = async ({ id }, context) => {
  const story = await findById(context.db, 'stories', id)
  if (!story) throw new AppError('STORY.NOT_FOUND')
  if (story.status !== 'recommended') throw new AppError('STORY.NOT_RECOMMENDED')
  // A read count, not a vote: every opening counts, atomically.
  await context.collection('stories').doc(story._id).update({ data: { readCount: context.db.command.inc(1) } })
  return { ...publicOf(await shownTo(context, story)), readCount: story.readCount + 1 }
}
