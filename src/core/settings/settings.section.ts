import type { z } from 'zod'

/**
 * One area's block of the county's settings: a zod object whose every field has a default (so a
 * missing or partial stored section still reads whole) and whose refinements carry Chinese
 * messages a person can act on. docs/settings.md.
 */
export interface SettingsSection<Schema extends z.ZodType = z.ZodType> {
  /** The section's heading on the settings screen, e.g. 满意度调查. */
  title: string
  schema: Schema
}

export function defineSection<Schema extends z.ZodType>(section: SettingsSection<Schema>): SettingsSection<Schema> {
  return section
}
