import type { Role } from '@/core/org/org.types'

/** Each role's landing page in its own subpackage; admin works at county level, so it shares the organiser's. */
export const ROLE_HOME: Readonly<Record<Role, string>> = {
  villager: '/packages/villager/index/index',
  member: '/packages/member/index/index',
  secretary: '/packages/secretary/index/index',
  organiser: '/packages/organiser/index/index',
  admin: '/packages/organiser/index/index',
}

export const TAB_HOME = '/pages/home/index'
/** The 公开栏 tab: the caller's or the scanned organisation's published boards. */
export const TAB_BOARDS = '/pages/boards/index'

/** Pages of issue 3 (members, invites, binding, the organisation tree); build links with these. */
export const PAGES = {
  members: '/packages/secretary/members/index',
  member: '/packages/secretary/member/index',
  memberForm: '/packages/secretary/member-form/index',
  invite: '/packages/secretary/invite/index',
  development: '/packages/secretary/development/index',
  bind: '/packages/member/bind/index',
  orgTree: '/packages/organiser/tree/index',
  /** 组织详情 (?orgId=): an organisation of the organiser's subtree and the pages about it they may open. */
  orgHub: '/packages/organiser/org/index',
} as const

/** A page path with its query, values encoded. */
export function pageUrl(path: string, params: Readonly<Record<string, string | undefined>> = {}): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')
  return query ? `${path}?${query}` : path
}

/** Boards (issue 6): the staff's list and editor and the printable poster, in the secretary subpackage; an organiser opens them with ?orgId= for an organisation in their subtree. */
export const BOARD_PAGES = {
  manage: '/packages/secretary/boards/index',
  edit: '/packages/secretary/board-edit/index',
  poster: '/packages/secretary/board-poster/index',
} as const
