import type { Role } from './org/org.types'

/**
 * One demo identity the local cloud offers (GET /api/dev/identities) and the H5 identity
 * switcher lists. Development only: production identity is the OPENID on the server.
 */
export interface DevIdentity {
  openid: string
  role: Role
  roleLabel: string
  displayName: string
  orgId: string | null
  orgName: string | null
}
