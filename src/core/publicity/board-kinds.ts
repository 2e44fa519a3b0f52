/** What kinds of board there are and which are generated; no zod here (screens import it). */

/** The five kinds of board the campaign names (PRODUCT.md §5), in the order the screens list them. */
export const BOARD_KINDS = ['affairs', 'pledges', 'stars', 'notice', 'study'] as const
export type BoardKind = (typeof BOARD_KINDS)[number]

export const BOARD_KIND_LABELS: Readonly<Record<BoardKind, string>> = {
  affairs: '党务公开',
  pledges: '承诺公示',
  stars: '星级公示',
  notice: '通知公告',
  study: '学习园地',
}

/** Kinds whose content is generated from the data (never typed in): pledges, and stars from the rating cycles (docs/stars.md). */
export const GENERATED_KINDS: readonly BoardKind[] = ['pledges', 'stars']

export const BOARD_STATUSES = ['draft', 'published'] as const
export type BoardStatus = (typeof BOARD_STATUSES)[number]

/** The kinds a person types content for (the others are generated from the data). */
export const TYPED_KINDS: readonly BoardKind[] = BOARD_KINDS.filter((kind) => !GENERATED_KINDS.includes(kind))
