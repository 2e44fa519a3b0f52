import { z } from 'zod'
import type { AccessPolicy } from '../auth/authorize'
import { defineAction, defineContract } from '../contract'
import { SETTINGS_SECTION_KEYS, SETTINGS_SECTIONS, settingsSchema, type SettingsSectionKey } from '../settings'

/** Every bound role reads the settings (a member's pledge minimum, a secretary's bands); villagers need none of them. */
const READ_ACCESS = { member: 'public', secretary: 'public', organiser: 'public', admin: 'public' } as const satisfies AccessPolicy
/** The county organisation department (an organiser whose organisation is the county root) and the admin. */
const EDIT_ACCESS = { organiser: 'subtree', admin: 'all' } as const satisfies AccessPolicy

/** A section sent for saving: any of its fields; the server checks ranges and answers SETTINGS.INVALID in Chinese. */
type SectionPatches = { [K in SettingsSectionKey]?: Partial<z.input<(typeof SETTINGS_SECTIONS)[K]['schema']>> }
const sectionPatch = z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), { message: '应为一组设置' }).optional()
const patchesSchema = z
  .object(Object.fromEntries(SETTINGS_SECTION_KEYS.map((key) => [key, sectionPatch])) as Record<SettingsSectionKey, typeof sectionPatch>)
  .strict()
  .refine((patches) => Object.values(patches).some((patch) => patch !== undefined), { message: '请至少改一栏设置再保存' }) as unknown as z.ZodType<SectionPatches>

/** What `get` and `update` answer. */
export const settingsViewSchema = z.object({
  settings: settingsSchema,
  /** When and by whom they were last changed; null while every value is a default. */
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  /** Whether this caller may change them (the county organiser or the admin). */
  canEdit: z.boolean(),
})
export type SettingsView = z.infer<typeof settingsViewSchema>

/**
 * The `settings` cloud function: the county's settings, one document for the deployment, one
 * section per area (src/core/settings). docs/settings.md.
 */
export const settingsContract = defineContract('settings', '全县设置', {
  get: defineAction({
    summary: '读全县设置（满意度分数线、承诺数、答复期限等），未改过的用默认值',
    input: z.object({}).strict(),
    output: settingsViewSchema,
    access: READ_ACCESS,
  }),
  update: defineAction({
    summary: '县委组织部修改全县设置：送来的每一栏整栏检查，不合规的用中文说明、一项也不改',
    input: patchesSchema,
    output: settingsViewSchema,
    access: EDIT_ACCESS,
  }),
})
