/** The one authorisation module: pure, used by createHandler and every action (docs/auth.md). */
export { authorize, rolesOf, scopeOf, withinScope, SCOPES } from './authorize'
export type { AccessPolicy, AuthActor, AuthDecision, AuthFailureCode, AuthResource, HasAccess, Scope } from './authorize'
