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
