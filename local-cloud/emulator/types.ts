/** Values a document may hold once EJSON has been decoded (what mingo sees). */
export type DocumentValue =
  | null
  | boolean
  | number
  | string
  | Date
  | RegExp
  | DocumentValue[]
  | DocumentObject;

export interface DocumentObject {
  [field: string]: DocumentValue;
}

/** Document ids: the SDK accepts strings and numbers for doc(id). */
export type DocumentId = string | number;

/** A stored document always has an _id. */
export interface StoredDocument extends DocumentObject {
  _id: DocumentId;
}

/** One durable change; a batch of them is applied atomically by a Store. */
export type StoreWrite =
  | { type: 'declare'; collection: string }
  | { type: 'put'; collection: string; document: StoredDocument }
  | { type: 'delete'; collection: string; id: DocumentId }
  | { type: 'drop'; collection: string };

/** Everything a Store holds, handed over once when the emulator opens it. */
export interface StoreSnapshot {
  collections: string[];
  documents: Array<{ collection: string; document: StoredDocument }>;
}

/**
 * Persistence under the in-memory cache. apply() is synchronous and must be durable (and
 * atomic across the batch) when it returns, because the emulator answers the SDK right after.
 */
export interface Store {
  readonly kind: 'memory' | 'sqlite';
  load(): StoreSnapshot;
  apply(batch: readonly StoreWrite[]): void;
  close(): void;
}

/** A subscribeMessage.send call, as recorded in the outbox. */
export interface SentMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState?: string;
  lang?: string;
  /** OPENID of the function that sent it, when the runner passed one. */
  senderOpenid?: string;
  sentAt: Date;
}

/** Identity of the function that made an admin-API call (see README: local_openid). */
export interface CallerEnv {
  openid?: string;
}
