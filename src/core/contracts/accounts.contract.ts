import { z } from 'zod'
import { defineAction, defineContract } from '../contract'
import { ROLES } from '../org/org.types'
import { idSchema, STAFF_ACCESS } from './members.contract'

/** Where the invite's mini-program code opens; the page reads the code from `scene`. */
export const INVITE_PAGE = 'packages/member/bind/index'

/** Invite codes: 8 characters without look-alikes (no 0/O, 1/I/L), easy to read out over the phone. */
export const INVITE_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const INVITE_CODE_PATTERN = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/

const inviteCodeSchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .pipe(z.string().regex(INVITE_CODE_PATTERN, { message: '邀请码是 8 位字母和数字' }))

const grantableRoleSchema = z.enum(['member', 'secretary', 'organiser'])

export const inviteViewSchema = z.object({
  code: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  orgId: z.string(),
  role: grantableRoleSchema,
  roleLabel: z.string(),
  status: z.enum(['pending', 'used', 'expired', 'revoked']),
  createdAt: z.string(),
  expiresAt: z.string(),
  /** cloud:// fileID of the mini-program code; weapp shows it directly. */
  qrFileID: z.string(),
})

export type InviteView = z.infer<typeof inviteViewSchema>

/** The `accounts` cloud function: invites, binding a WeChat identity to a member, and the caller's profile. */
export const accountsContract = defineContract('accounts', '邀请与绑定', {
  createInvite: defineAction({
    summary: '为一名党员生成一次性邀请（邀请码和小程序码），有效若干天；旧的未用邀请作废',
    input: z
      .object({
        memberId: idSchema,
        validDays: z.number().int().min(1).max(30).default(7),
        /** The role the account gets: a secretary may grant 党员 or 支部书记/支委; organisers may also grant 组织委员. */
        role: grantableRoleSchema.default('member'),
      })
      .strict(),
    output: inviteViewSchema.extend({
      /** A short-lived https URL of the same image, for the H5 app and sharing. */
      qrUrl: z.string(),
      /** The page the code opens, with the scene. */
      path: z.string(),
    }),
    access: STAFF_ACCESS,
  }),
  listInvites: defineAction({
    summary: '列出一个组织的邀请（待使用、已使用、已过期、已作废）',
    input: z.object({ orgId: idSchema }).strict(),
    output: z.object({ invites: z.array(inviteViewSchema) }),
    access: STAFF_ACCESS,
  }),
  bind: defineAction({
    summary: '用邀请码把当前微信绑定到党员档案（一个微信只能绑定一名党员）',
    input: z.object({ code: inviteCodeSchema }).strict(),
    output: z.object({
      role: z.enum(ROLES),
      roleLabel: z.string(),
      memberName: z.string(),
      org: z.object({ id: z.string(), name: z.string() }),
    }),
    access: { villager: 'public', member: 'public', secretary: 'public', organiser: 'public', admin: 'public' },
  }),
  resetBinding: defineAction({
    summary: '解除一名党员的微信绑定（换了手机、微信丢失），之后可重新邀请',
    input: z.object({ memberId: idSchema }).strict(),
    output: z.object({ memberId: z.string(), bound: z.literal(false) }),
    access: STAFF_ACCESS,
  }),
  updateProfile: defineAction({
    summary: '更新我的头像（chooseAvatar 上传的文件）和昵称（昵称输入框）',
    input: z
      .object({
        nickname: z.string().trim().min(1).max(20).optional(),
        avatarFileID: z
          .string()
          .regex(/^cloud:\/\/\S+$/, { message: '头像应为云存储文件（cloud://…）' })
          .max(300)
          .optional(),
      })
      .strict()
      .refine((input) => input.nickname !== undefined || input.avatarFileID !== undefined, { message: '请填写昵称或选择头像' }),
    output: z.object({ nickname: z.string().nullable(), avatarFileID: z.string().nullable() }),
    access: { member: 'public', secretary: 'public', organiser: 'public', admin: 'public' },
  }),
})
