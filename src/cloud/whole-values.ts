import type { CloudDatabase } from './sdk'

/**
 * An update's data with every plain-object value wrapped in `command.set`, so it replaces the
 * stored value whole: the SDK otherwise flattens objects into dotted paths, which MongoDB refuses
 * under a stored null (PathNotViable) and which would keep stale keys of an old object.
 */
export function wholeValues(db: CloudDatabase, changes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(changes).map(([key, value]) => [key, typeof value === 'object' && value !== null && !Array.isArray(value) ? db.command.set(value) : value]),
  )
}
