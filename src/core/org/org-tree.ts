import type { OrgType } from './org.types'

/** Which kinds of organisation may sit directly under which: 县委 → 乡镇党委 → 村 / 非公企业 → 党支部. */
export const CHILD_TYPES: Readonly<Record<OrgType, readonly OrgType[]>> = {
  county: ['township'],
  township: ['village', 'enterprise'],
  village: ['branch'],
  enterprise: ['branch'],
  branch: [],
}

export function canBeChildOf(child: OrgType, parent: OrgType): boolean {
  return CHILD_TYPES[parent].includes(child)
}

/** The ancestors an organisation gets under `parent`: the parent's ancestors, then the parent. */
export function ancestorsUnder(parent: { _id: string; ancestorIds: readonly string[] }): string[] {
  return [...parent.ancestorIds, parent._id]
}
