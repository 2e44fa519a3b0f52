import type { DevelopmentStage } from '../development/development.rules'
import type { OrgType, Role } from './org.types'

/** The stored shapes of the `orgs`, `members`, `accounts`, `invites` and `developments` collections (docs/data-model.md). */
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
  /** The OPENID bound to this record; at most one, cleared only by a secretary (lost phone). */
  boundOpenid?: string
  /** What happened to the record: added, edited, transferred (组织关系转接), archived, bound, unbound. */
  history?: MemberHistoryEntry[]
}

export type MemberHistoryKind = 'added' | 'edited' | 'transferred' | 'archived' | 'bound' | 'unbound'

export interface MemberHistoryEntry {
  at: string
  kind: MemberHistoryKind
  /** Who did it (display name); the member themself for `bound`. */
  by: string
  /** One Chinese line, e.g. 组织关系由“桃花村党支部”转入“上湾村党支部”. */
  detail: string
  fromOrgId?: string
  toOrgId?: string
}

/** A WeChat identity bound to a role; `_id` is the OPENID. Villagers have none. */
export interface AccountDoc {
  _id: string
  role: Exclude<Role, 'villager'>
  orgId: string
  memberId?: string
  displayName: string
  boundAt: string
  /** From the nickname input (type="nickname"); never getUserProfile. */
  nickname?: string
  /** A cloud fileID uploaded from the chooseAvatar button. */
  avatarFileID?: string
}

/** A one-time invite that binds the WeChat identity which opens it to a member record; `_id` is the code. */
export interface InviteDoc {
  _id: string
  memberId: string
  orgId: string
  /** The role the account gets on binding. */
  role: Exclude<Role, 'villager' | 'admin'>
  createdBy: string
  createdByName: string
  createdAt: string
  expiresAt: string
  status: 'pending' | 'used' | 'revoked'
  usedAt?: string
  usedBy?: string
  /** The mini-program code (wxacode.getUnlimited, scene = the code) in cloud storage. */
  qrFileID: string
}

/** One person's way into the party (发展党员), stage by stage with dates. */
export interface DevelopmentDoc {
  _id: string
  orgId: string
  name: string
  gender: '男' | '女'
  birthYear: number
  /** Every stage reached so far, in order, each with its date (YYYY-MM-DD). */
  stages: { stage: DevelopmentStage; date: string }[]
  createdAt: string
}
