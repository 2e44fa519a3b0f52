/**
 * Content security: text goes through security.msgSecCheck v2 before anyone else sees it. The
 * scene tells WeChat what kind of text it is (1 资料, 2 评论, 3 论坛, 4 社交日志).
 */
export const MODERATION_SCENES = { profile: 1, comment: 2, forum: 3, diary: 4 } as const

/** Boards and stories are public posts (论坛); suggestions and answers are comments (评论). */
export const SCENE_FOR = { board: MODERATION_SCENES.forum, story: MODERATION_SCENES.forum, suggestion: MODERATION_SCENES.comment, answer: MODERATION_SCENES.comment, pledge: MODERATION_SCENES.forum, duty: MODERATION_SCENES.forum, starObjection: MODERATION_SCENES.comment } as const

export type ModerationTarget = keyof typeof SCENE_FOR

export type ModerationVerdict = 'pass' | 'review' | 'risky'

/** msgSecCheck v2's result.suggest: only `pass` is shown to others; `review` is held like `risky`. */
export function isShowable(suggest: string | undefined): boolean {
  return suggest === 'pass'
}

/** msgSecCheck labels in words a person can act on. */
export const LABEL_REASONS: Readonly<Record<number, string>> = {
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他不适合公开的内容',
}

/** The Chinese reason for a refused text, e.g. 「含有违法犯罪相关内容」. */
export function rejectionReason(label: number | undefined): string {
  const reason = label === undefined ? undefined : LABEL_REASONS[label]
  return reason ? `含有${reason}${reason.endsWith('内容') ? '' : '相关内容'}` : '含有不适合公开的内容'
}
