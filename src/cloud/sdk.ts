import * as wxCloud from 'wx-server-sdk'

/** The wx-server-sdk module as a value; the only place src/cloud names the SDK. */
export const cloud = wxCloud

/** The SDK's module type, so contexts and tests can name it. */
export type WxCloud = typeof wxCloud
/** `cloud.database()`: the document database of the current environment. */
export type CloudDatabase = ReturnType<WxCloud['database']>
export type CloudCollection = ReturnType<CloudDatabase['collection']>
export type CloudQuery = ReturnType<CloudCollection['where']>
