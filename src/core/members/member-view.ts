import type { MemberView } from '../contracts/members.contract'
import type { MemberDoc } from '../org/org.docs'
import { maskPhone } from './phone'

/** A stored member as the contract shows it; the full phone only when the reader is the member themself. */
export function toMemberView(member: MemberDoc, orgName: string, reader: { isSelf: boolean }): MemberView {
  return {
    id: member._id,
    orgId: member.orgId,
    orgName,
    name: member.name,
    gender: member.gender,
    birthYear: member.birthYear,
    joinedAt: member.joinedAt,
    phone: member.phone ? (reader.isSelf ? member.phone : maskPhone(member.phone)) : null,
    duty: member.duty ?? null,
    committeeRole: member.committeeRole ?? null,
    status: member.status,
    bound: Boolean(member.boundOpenid),
    history: (member.history ?? []).map(({ at, kind, by, detail }) => ({ at, kind, by, detail })),
  }
}
