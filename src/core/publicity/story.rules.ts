import type { ErrorCode } from '../errors'

/**
 * A typical-experience story (典型经验): drafted by a branch, submitted to the township, which
 * returns it with comments or recommends it; recommended stories form the county's feed.
 * Nothing here is a vote or an assessment.
 */
export const STORY_STATUSES = ['draft', 'submitted', 'returned', 'recommended'] as const
export type StoryStatus = (typeof STORY_STATUSES)[number]

export const STORY_STATUS_LABELS: Readonly<Record<StoryStatus, string>> = {
  draft: '草稿',
  submitted: '已报送乡镇，等待审阅',
  returned: '乡镇退回修改',
  recommended: '已推荐，在全县典型经验中展示',
}

export const STORY_EVENTS = ['edit', 'submit', 'return', 'recommend'] as const
export type StoryEvent = (typeof STORY_EVENTS)[number]

const FROM: Readonly<Record<StoryEvent, readonly StoryStatus[]>> = {
  edit: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  return: ['submitted'],
  recommend: ['submitted'],
}

const REFUSAL: Readonly<Record<StoryEvent, ErrorCode>> = {
  edit: 'STORY.LOCKED',
  submit: 'STORY.ALREADY_SUBMITTED',
  return: 'STORY.NOT_SUBMITTED',
  recommend: 'STORY.NOT_SUBMITTED',
}

const TO: Readonly<Record<StoryEvent, StoryStatus | null>> = { edit: null, submit: 'submitted', return: 'returned', recommend: 'recommended' }

/** The status after `event`, or the code that refuses it; `edit` keeps the status. */
export function storyTransition(status: StoryStatus, event: StoryEvent): { ok: true; status: StoryStatus } | { ok: false; code: ErrorCode } {
  if (!FROM[event].includes(status)) return { ok: false, code: REFUSAL[event] }
  return { ok: true, status: TO[event] ?? status }
}

/** Events the branch (author) or the reviewer may take next on a story in `status`. */
export function storyEventsFrom(status: StoryStatus): StoryEvent[] {
  return STORY_EVENTS.filter((event) => FROM[event].includes(status))
}
