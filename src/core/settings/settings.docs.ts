import type { SettingsSectionKey } from './index'

/** The one document of the `settings` collection (`_id` SETTINGS_DOC_ID): sections as stored, read through mergeSettings. */
export type SettingsDoc = { _id: string; updatedAt: string; updatedBy: string } & { [K in SettingsSectionKey]?: Record<string, unknown> }
