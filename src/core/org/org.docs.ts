import type { OrgType, Role } from './org.types'

/** The stored shapes of the `orgs`, `members` and `accounts` collections (docs/data-model.md). */
export interface OrgDoc {
  _id: string
  name: string
  type: OrgType
  parentId: string | null
  /** Ancestors from the county down to the parent, so a subtree is one indexed match. */
  ancestorIds: string[]
  createdAt: string
}

export type CommitteeRole = '书记' | '副书记' | '组织委员' | '宣传委员' | '纪检委员'

export interface MemberDoc {
  _id: string
  orgId: string
  name: string
  gender: '男' | '女'
  birthYear: number
  /** 入党时间, YYYY-MM-DD. */
  joinedAt: string
  phone?: string
  duty?: string
  committeeRole?: CommitteeRole
  status: 'active' | 'archived'
}

/** A WeChat identity bound to a role; `_id` is the OPENID. Villagers have none. */
export interface AccountDoc {
  _id: string
  role: Exclude<Role, 'villager'>
  orgId: string
  memberId?: string
  displayName: string
  boundAt: string
}
