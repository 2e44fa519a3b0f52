/**
 * The server-only library every cloud function uses. May import wx-server-sdk; pages never import it.
 */
export { createHandler, requireBound } from './handler'
export type { ActionContext, ActionImplementation, CloudMain, ContractImplementation, HandlerOptions } from './handler'
export { isBound, resolveActor } from './actor'
export type { AccessChecks } from './access'
export type { Actor, BoundActor, VillagerActor } from './actor'
export { countWhere, findById, findMany } from './db'
export type { Condition, DocumentOf } from './db'
export { getInTransaction, inTransaction } from './transaction'
export type { CloudTransaction } from './transaction'
export { checkCloudEnvironment } from './environment'
export type { CloudEnvironmentCheck } from './environment'
export { describeBadRequest } from './bad-request'
export { cloud } from './sdk'
export type { CloudCollection, CloudDatabase, CloudQuery, WxCloud } from './sdk'
export { readSettings, readSettingsDoc } from './settings'
