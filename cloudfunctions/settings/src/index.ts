import { createHandler } from '@/cloud'
import { settingsContract } from '@/core/contracts/settings.contract'
import { get, update } from './settings'

/** The `settings` cloud function: the county's settings, read by every bound role, changed by the county organiser or the admin (docs/settings.md). */
export const main = createHandler(settingsContract, { get, update })
