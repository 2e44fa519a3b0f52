import { mergeSettings, SETTINGS_DOC_ID, type Settings } from '../core/settings'
import type { SettingsDoc } from '../core/settings/settings.docs'
import { findById } from './db'
import type { CloudDatabase } from './sdk'

/** The county's settings as every function uses them: the stored values over the defaults (docs/settings.md). */
export async function readSettings(db: CloudDatabase): Promise<Settings> {
  return mergeSettings(await readSettingsDoc(db))
}

/** The stored document itself, or null while nothing was ever changed. */
export async function readSettingsDoc(db: CloudDatabase): Promise<SettingsDoc | null> {
  return findById(db, 'settings', SETTINGS_DOC_ID)
}
