/**
 * Deployment secrets the functions read from their environment, as the cloud console would set
 * them. On disk (`npm start`) they are generated once into `<dataDir>/secrets.json` and kept, so
 * answers stay one-per-person across restarts; in memory (tests) each local cloud gets fresh ones.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Names of the secrets every deployment must have; docs/surveys.md says how to set each on the real cloud. */
export const SECRET_NAMES = ['SURVEY_ANSWER_KEY', 'SUGGESTION_AUTHOR_KEY', 'STARS_REVIEW_KEY'] as const

export type Secrets = Record<(typeof SECRET_NAMES)[number], string>

function generate(): string {
  return randomBytes(32).toString('hex')
}

/**
 * The secrets for a local cloud: a value in `environment` (e.g. SURVEY_ANSWER_KEY set for `npm start`)
 * wins; else the one kept in `dataDir`; else a new one (written to `dataDir` when there is one).
 */
export function loadSecrets(dataDir: string | undefined, environment: Readonly<Record<string, string | undefined>> = process.env): Secrets {
  const file = dataDir ? path.join(dataDir, 'secrets.json') : null
  const kept: Partial<Secrets> = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>) : {}
  const secrets = {} as Secrets
  let changed = false
  for (const name of SECRET_NAMES) {
    const given = environment[name]
    if (given) secrets[name] = given
    else if (kept[name]) secrets[name] = kept[name]
    else {
      secrets[name] = generate()
      changed = true
    }
  }
  // Only generated values are written: a value from the environment stays where the person put it.
  if (file && changed) writeFileSync(file, JSON.stringify({ ...kept, ...Object.fromEntries(SECRET_NAMES.filter((name) => !environment[name]).map((name) => [name, secrets[name]])) }, null, 2), { mode: 0o600 })
  return secrets
}
