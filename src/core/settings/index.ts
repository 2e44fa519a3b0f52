/**
 * The county's settings (one deployment-wide document): one section per area. To add an area,
 * write its `<area>.section.ts` and add one entry to SETTINGS_SECTIONS. docs/settings.md.
 */
import { z } from 'zod'
import { pledgesSection } from './pledges.section'
import { suggestionsSection } from './suggestions.section'
import { starsSection } from './stars.section'
import { surveySection } from './survey.section'

export const SETTINGS_SECTIONS = {
  survey: surveySection,
  pledges: pledgesSection,
  suggestions: suggestionsSection,
  stars: starsSection,
} as const

export type SettingsSectionKey = keyof typeof SETTINGS_SECTIONS
export const SETTINGS_SECTION_KEYS = Object.keys(SETTINGS_SECTIONS) as SettingsSectionKey[]

type SectionShapes = { [K in SettingsSectionKey]: (typeof SETTINGS_SECTIONS)[K]['schema'] }

/** The whole settings, every section whole (defaults filled in). */
export const settingsSchema = z.object(Object.fromEntries(SETTINGS_SECTION_KEYS.map((key) => [key, SETTINGS_SECTIONS[key].schema])) as SectionShapes)
export type Settings = z.output<typeof settingsSchema>

/** `_id` of the one settings document of the deployment. */
export const SETTINGS_DOC_ID = 'county'

/** Every default, as a deployment without a stored document reads them. */
export function defaultSettings(): Settings {
  return mergeSettings(undefined)
}

/**
 * Stored values over the defaults, section by section: a section that no longer validates (a
 * hand edit, an old field) falls back to its defaults rather than break every reader.
 */
export function mergeSettings(stored: unknown): Settings {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {}
  const merged: Record<string, unknown> = {}
  for (const key of SETTINGS_SECTION_KEYS) {
    const schema: z.ZodType = SETTINGS_SECTIONS[key].schema
    const parsed = schema.safeParse(source[key] ?? {})
    merged[key] = parsed.success ? parsed.data : schema.parse({})
  }
  return merged as Settings
}

/**
 * Each section sent, merged over its current values and checked whole; the result, or every
 * problem in Chinese (nothing applied then). Sections not sent stay as they are.
 */
export function applySettingsPatch(current: Settings, patches: Readonly<Record<string, unknown>>): { ok: true; settings: Settings } | { ok: false; problems: string[] } {
  const next: Record<string, unknown> = {}
  const problems: string[] = []
  for (const key of SETTINGS_SECTION_KEYS) {
    const patch = patches[key]
    const currentSection = current[key] as Record<string, unknown>
    if (patch === undefined) {
      next[key] = currentSection
      continue
    }
    const schema: z.ZodType = SETTINGS_SECTIONS[key].schema
    const parsed = schema.safeParse({ ...currentSection, ...(patch as Record<string, unknown>) })
    if (parsed.success) next[key] = parsed.data
    else problems.push(...parsed.error.issues.map((issue) => issue.message))
  }
  return problems.length > 0 ? { ok: false, problems: [...new Set(problems)] } : { ok: true, settings: next as Settings }
}

/** The message of a refused save: what to fix, every problem once. */
export function settingsProblemMessage(problems: readonly string[]): string {
  return `没有保存：${problems.join('；')}。`
}

export * from './settings.section'
export { isMonthDay } from './pledges.section'
export { surveyThresholdsOf } from './survey.section'
export { starsSettingsOf } from './stars.section'
export { surveySection, pledgesSection, suggestionsSection, starsSection }
