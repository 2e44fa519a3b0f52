/** Levels of the organisation tree: 县(市、区)委 → 乡镇党委 → 村党组织 | 非公企业党组织 → 党支部. */
export type OrgType = 'county' | 'township' | 'village' | 'enterprise' | 'branch'

export const ORG_TYPES: readonly OrgType[] = ['county', 'township', 'village', 'enterprise', 'branch']

export const ORG_TYPE_LABELS: Readonly<Record<OrgType, string>> = {
  county: '县(市、区)委',
  township: '乡镇党委',
  village: '村党组织',
  enterprise: '非公有制企业党组织',
  branch: '党支部',
}

/** The roles an identity can act in; a villager is anyone not bound to a member or staff record. */
export type Role = 'villager' | 'member' | 'secretary' | 'organiser' | 'admin'

export const ROLES: readonly Role[] = ['villager', 'member', 'secretary', 'organiser', 'admin']

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  villager: '群众',
  member: '党员',
  secretary: '支部书记',
  organiser: '组织委员',
  admin: '系统管理员',
}
