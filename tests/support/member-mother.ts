import type { MemberView } from '@/core/contracts/members.contract'

/** A member as the members function answers it to a secretary: phone already masked by the server. */
export function memberView(overrides: Partial<MemberView> = {}): MemberView {
  return {
    id: 'm-qingshan-01',
    orgId: 'org-qingshan',
    orgName: '青山村党支部',
    name: '王建国',
    gender: '男',
    birthYear: 1968,
    joinedAt: '1995-07-01',
    phone: '138****5678',
    duty: '村委会主任',
    committeeRole: '书记',
    status: 'active',
    bound: true,
    history: [],
    ...overrides,
  }
}

/** 青山村党支部's roll: a secretary, a committee member without WeChat, a member with no phone, one archived. */
export function qingshanRoll(): MemberView[] {
  return [
    memberView(),
    memberView({ id: 'm-qingshan-02', name: '李秀英', gender: '女', birthYear: 1975, phone: '139****1234', duty: null, committeeRole: '组织委员', bound: false }),
    memberView({ id: 'm-qingshan-03', name: '张福生', birthYear: 1952, phone: null, duty: '退休教师', committeeRole: null, bound: true }),
    memberView({ id: 'm-qingshan-04', name: '赵大山', birthYear: 1940, phone: null, duty: null, committeeRole: null, bound: false, status: 'archived' }),
  ]
}
