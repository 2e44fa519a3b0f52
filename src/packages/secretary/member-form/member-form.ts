import type { MemberView } from '@/core/contracts/members.contract'
import type { MemberChanges, NewMember } from '@/services/members'

/** What the form holds: text as typed, so nothing is lost between taps. */
export interface MemberDraft {
  name: string
  gender: '男' | '女' | null
  birthYear: string
  joinedAt: string
  phone: string
  duty: string
}

export const EMPTY_DRAFT: MemberDraft = { name: '', gender: null, birthYear: '', joinedAt: '', phone: '', duty: '' }

/** The labels the form shows, by the field keys the server names in its messages. */
export const MEMBER_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '姓名',
  gender: '性别',
  birthYear: '出生年份',
  joinedAt: '入党时间',
  phone: '手机号',
  duty: '职务',
}

export function draftOf(member: MemberView): MemberDraft {
  return {
    name: member.name,
    gender: member.gender,
    birthYear: String(member.birthYear),
    joinedAt: member.joinedAt,
    phone: '',
    duty: member.duty ?? '',
  }
}

/**
 * The add payload. Blank optional fields are left out; the rest goes as typed (the year as a number
 * when it is one) so the server, not the phone, decides what is wrong and says it in Chinese.
 */
export function newMemberOf(draft: MemberDraft, orgId: string): NewMember {
  const year = Number(draft.birthYear.trim())
  const payload: Record<string, unknown> = { orgId, name: draft.name, gender: draft.gender ?? undefined, birthYear: draft.birthYear.trim() === '' || Number.isNaN(year) ? undefined : year, joinedAt: draft.joinedAt || undefined }
  if (draft.phone.trim()) payload.phone = draft.phone.trim()
  if (draft.duty.trim()) payload.duty = draft.duty.trim()
  return payload as NewMember
}

/** Only what changed; a cleared 职务 removes it, a blank phone keeps the stored one (the form never sees it unmasked). */
export function changesOf(draft: MemberDraft, before: MemberView): MemberChanges {
  const changes: Record<string, unknown> = { id: before.id }
  if (draft.name.trim() !== before.name) changes.name = draft.name
  if (draft.gender && draft.gender !== before.gender) changes.gender = draft.gender
  if (draft.birthYear.trim() !== String(before.birthYear)) changes.birthYear = Number(draft.birthYear.trim())
  if (draft.joinedAt !== before.joinedAt) changes.joinedAt = draft.joinedAt
  if (draft.phone.trim()) changes.phone = draft.phone.trim()
  const duty = draft.duty.trim()
  if (duty !== (before.duty ?? '')) changes.duty = duty === '' ? null : duty
  return changes as MemberChanges
}
