import type { ActionInput, ActionOutput } from '@/core/contract'
import type { StoryView, storiesContract } from '@/core/contracts/stories.contract'
import { callCloud, contractRef, type CallResult } from './cloud'

const stories = contractRef<typeof storiesContract>('stories')

export type StoryDraft = ActionInput<typeof storiesContract, 'save'>
export type StoryCard = ActionOutput<typeof storiesContract, 'feed'>['stories'][number]
export type PublicStory = ActionOutput<typeof storiesContract, 'read'>
export type { StoryView }

/** The branch's own stories, every status. */
export function listOrgStories(orgId: string): Promise<CallResult<{ stories: StoryView[] }>> {
  return callCloud(stories, 'listForOrg', { orgId })
}

export function getStory(id: string): Promise<CallResult<StoryView>> {
  return callCloud(stories, 'get', { id })
}

/** Writes a draft (new without `id`) or edits a draft or a returned story. */
export function saveStory(draft: StoryDraft): Promise<CallResult<StoryView>> {
  return callCloud(stories, 'save', draft)
}

export function submitStory(id: string): Promise<CallResult<StoryView>> {
  return callCloud(stories, 'submit', { id })
}

/** The township's queue: submitted stories under `rootOrgId`. */
export function listStoriesForReview(rootOrgId: string): Promise<CallResult<{ stories: StoryView[] }>> {
  return callCloud(stories, 'listForReview', { rootOrgId })
}

export function reviewStory(id: string, decision: 'return' | 'recommend', comment: string): Promise<CallResult<StoryView>> {
  return callCloud(stories, 'review', { id, decision, comment })
}

/** The county feed: recommended stories, newest first, anyone may read. */
export function storyFeed(): Promise<CallResult<{ stories: StoryCard[] }>> {
  return callCloud(stories, 'feed', {})
}

/** Opens a recommended story (its read count goes up by one). */
export function readStory(id: string): Promise<CallResult<PublicStory>> {
  return callCloud(stories, 'read', { id })
}
