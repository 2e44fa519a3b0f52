import type { ActionInput } from '@/core/contract'
import type { settingsContract, SettingsView } from '@/core/contracts/settings.contract'
import { callCloud, contractRef, type CallResult } from './cloud'

// A ref, not the contract: the zod schemas stay on the server.
const settings = contractRef<typeof settingsContract>('settings')

export type SettingsPatch = ActionInput<typeof settingsContract, 'update'>

/** The county's settings (defaults filled in) and whether this caller may change them. */
export function getSettings(): Promise<CallResult<SettingsView>> {
  return callCloud(settings, 'get', {})
}

/** Saves the sections sent; the server checks every value and answers SETTINGS.INVALID in Chinese. */
export function updateSettings(patch: SettingsPatch): Promise<CallResult<SettingsView>> {
  return callCloud(settings, 'update', patch)
}
