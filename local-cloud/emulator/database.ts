/**
 * The document database behind the emulator: an in-memory cache queried with mingo, written
 * through to a Store before any reply, plus optimistic transactions.
 *
 * Every operation runs synchronously from start to finish (better-sqlite3 is synchronous too),
 * so writes are serialised by Node's event loop: 300 concurrent $inc lose nothing.
 */
import { aggregate as mingoAggregate, find as mingoFind, update as mingoUpdate } from 'mingo';
import type { Cursor } from 'mingo/cursor';
import type { AnyObject, Options as MingoOptions } from 'mingo/types';
import { stringifyEjson } from './ejson';
import { filterByEquality, pinnedId, simpleGroup, simpleProjection, simpleUnwind } from './fast-paths';
import { EmulatorError, ErrorCode, collectionNotExist } from './errors';
import { newDocumentId, newTransactionId } from './ids';
import { assertReplacementIsValid, assertUpdateIsValid } from './strict-update';
import type { DocumentId, DocumentObject, DocumentValue, Store, StoreWrite, StoredDocument } from './types';

/** A MongoDB query document, e.g. { status: 'open', score: { $gte: 3 } }. */
export type Filter = Record<string, unknown>;

/** Ordering, paging and projection for find(). */
export interface FindOptions {
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
  projection?: Record<string, unknown>;
}

export interface ModifyRequest {
  filter: Filter;
  /** true: `data` holds update operators; false: `data` replaces the document (doc().set()). */
  merge: boolean;
  multi: boolean;
  upsert: boolean;
  data: DocumentObject;
}

export interface ModifyResult {
  updated: number;
  upsertedId?: DocumentId;
}

/** A transaction's private state: what it read (with versions) and what it will write. */
interface TransactionState {
  readonly id: string;
  readonly startedAt: number;
  readonly readVersions: Map<string, number>;
  readonly writes: Map<string, { collection: string; id: DocumentId; document: StoredDocument | null }>;
}

/** A transaction handle the wire layer passes back into operations. */
export type TransactionHandle = { readonly id: string };

/** Aggregation stages that never write into the documents they read (see aggregate()). */
const READ_ONLY_STAGES = new Set(['$match', '$sort', '$skip', '$limit', '$count', '$group', '$sortByCount', '$sample', '$project']);

// Transactions left open (a crashed caller) are forgotten after this long.
const TRANSACTION_TTL_MS = 10 * 60 * 1000;

// Numbers and strings share one key space; the prefix keeps doc(1) and doc('1') apart.
const idKey = (id: DocumentId): string => (typeof id === 'number' ? `#num:${id}` : id);
const versionKey = (collection: string, id: DocumentId): string => `${collection}\u0000${idKey(id)}`;

const isDocumentId = (value: unknown): value is DocumentId =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** Turns caller-supplied data into plain document values, rejecting what cannot be stored. */
export function normalizeValue(value: unknown, path = ''): DocumentValue | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof RegExp) return new RegExp(value.source, value.flags);
  if (Array.isArray(value)) return value.map((item, index) => normalizeValue(item, `${path}.${index}`) ?? null);
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      throw new EmulatorError(ErrorCode.InvalidParam, `cannot store ${String(value)} at '${path.slice(1)}': only plain objects, arrays, Date and RegExp`);
    }
    const out: DocumentObject = {};
    for (const [key, field] of Object.entries(value)) {
      const normalized = normalizeValue(field, `${path}.${key}`);
      if (normalized !== undefined) out[key] = normalized;
    }
    return out;
  }
  throw new EmulatorError(ErrorCode.InvalidParam, `cannot store a ${typeof value} at '${path.slice(1)}'`);
}

const isPlainFilter = (value: unknown): value is Filter => typeof value === 'object' && value !== null && !Array.isArray(value);

const sameDocument = (a: StoredDocument, b: StoredDocument): boolean => stringifyEjson(a) === stringifyEjson(b);

const hasPositionalPath = (modifier: DocumentObject): boolean =>
  Object.values(modifier).some(
    (fields) => typeof fields === 'object' && fields !== null && Object.keys(fields).some((path) => path.includes('$')),
  );

/** The equality part of a filter, used as the base of an upserted document (as MongoDB does). */
function equalityFields(filter: Filter): DocumentObject {
  const base: DocumentObject = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key.startsWith('$') || key.includes('.')) continue;
    const isOperatorObject =
      typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).some((k) => k.startsWith('$'));
    if (isOperatorObject) continue;
    const normalized = normalizeValue(value);
    if (normalized !== undefined) base[key] = normalized;
  }
  return base;
}

export class LocalDatabase {
  private readonly collections = new Map<string, Map<string, StoredDocument>>();
  private readonly versions = new Map<string, number>();
  private versionCounter = 0;
  private readonly transactions = new Map<string, TransactionState>();

  constructor(private readonly store: Store) {
    const snapshot = store.load();
    for (const name of snapshot.collections) this.collections.set(name, new Map());
    for (const { collection, document } of snapshot.documents) {
      let docs = this.collections.get(collection);
      if (!docs) {
        docs = new Map();
        this.collections.set(collection, docs);
      }
      docs.set(idKey(document._id), document);
    }
  }

  // ---------------------------------------------------------------- collections

  /** Creates the collection if it does not exist (idempotent, unlike db.createCollection). */
  declareCollection(name: string): void {
    if (typeof name !== 'string' || name.length === 0 || name.length > 128 || /[\u0000$]/.test(name)) {
      throw new EmulatorError(ErrorCode.InvalidParam, `invalid collection name: ${JSON.stringify(name)}`);
    }
    if (this.collections.has(name)) return;
    this.store.apply([{ type: 'declare', collection: name }]);
    this.collections.set(name, new Map());
  }

  /** db.createCollection: fails when the collection already exists, as the cloud does. */
  createCollection(name: string): void {
    if (this.collections.has(name)) {
      throw new EmulatorError(ErrorCode.CollectionAlreadyExist, `Table exist: ${name}`);
    }
    this.declareCollection(name);
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  listCollections(): string[] {
    return [...this.collections.keys()].sort();
  }

  dropCollection(name: string): void {
    const docs = this.collections.get(name);
    if (!docs) return;
    this.store.apply([{ type: 'drop', collection: name }]);
    for (const document of docs.values()) this.bumpVersion(versionKey(name, document._id));
    this.collections.delete(name);
  }

  /** Drops every collection and document (for tests that share one emulator). */
  reset(): void {
    for (const name of this.listCollections()) this.dropCollection(name);
    this.transactions.clear();
  }

  // ---------------------------------------------------------------- in-process API

  /** Inserts documents (an _id is generated when absent); returns their ids. */
  insertMany(collection: string, documents: ReadonlyArray<object>): DocumentId[] {
    const prepared = documents.map((document) => normalizeValue(document) as DocumentObject);
    return this.insert(collection, prepared);
  }

  /** Finds documents with a MongoDB filter; returns copies. */
  find<T = StoredDocument>(collection: string, filter: Filter = {}, options: FindOptions = {}): T[] {
    return structuredClone(this.query(collection, filter, options)) as T[];
  }

  findOne<T = StoredDocument>(collection: string, filter: Filter = {}): T | null {
    const [first] = this.find<T>(collection, filter, { limit: 1 });
    return first ?? null;
  }

  count(collection: string, filter: Filter = {}): number {
    return this.countMatching(collection, filter);
  }

  /** Applies MongoDB update operators to every matching document. */
  updateMany(collection: string, filter: Filter, modifier: Record<string, unknown>): ModifyResult {
    const data = normalizeValue(modifier) as DocumentObject;
    return this.modify(collection, { filter, merge: true, multi: true, upsert: false, data });
  }

  removeMany(collection: string, filter: Filter): number {
    return this.remove(collection, filter, true);
  }

  // ---------------------------------------------------------------- operations (wire layer)

  query(collection: string, filter: Filter, options: FindOptions = {}, transaction?: TransactionHandle): StoredDocument[] {
    const tx = this.resolveTransaction(transaction);
    const docs = this.candidates(collection, filter, tx);
    const matched = this.match(docs, filter, (cursor) => {
      if (options.sort && Object.keys(options.sort).length > 0) cursor.sort(options.sort);
      if (options.skip) cursor.skip(options.skip);
      if (options.limit !== undefined && options.limit > 0) cursor.limit(options.limit);
      return cursor;
    });
    if (tx) for (const document of matched) this.recordRead(tx, collection, document._id);
    if (!options.projection || Object.keys(options.projection).length === 0) return matched;
    const project = simpleProjection(options.projection);
    if (project) return matched.map(project);
    try {
      return mingoFind(matched, {}, options.projection as AnyObject).all() as StoredDocument[];
    } catch (error) {
      throw new EmulatorError(ErrorCode.InvalidOperator, `invalid projection: ${(error as Error).message}`);
    }
  }

  /** Reads one document by id (transactions record the version they saw, even of a missing document). */
  getById(collection: string, id: DocumentId, transaction?: TransactionHandle): StoredDocument | undefined {
    const tx = this.resolveTransaction(transaction);
    this.assertCollection(collection);
    if (tx) this.recordRead(tx, collection, id);
    return this.visibleDocument(collection, id, tx);
  }

  countMatching(collection: string, filter: Filter): number {
    const docs = this.candidates(collection, filter, undefined);
    if (Object.keys(filter).length === 0) return docs.length;
    return this.match(docs, filter).length;
  }

  insert(collection: string, documents: DocumentObject[], transaction?: TransactionHandle): DocumentId[] {
    const tx = this.resolveTransaction(transaction);
    this.assertCollection(collection);
    const ids: DocumentId[] = [];
    const writes: StoreWrite[] = [];
    const seen = new Set<string>();
    for (const document of documents) {
      const rawId = document._id;
      if (rawId !== undefined && !isDocumentId(rawId)) {
        throw new EmulatorError(ErrorCode.InvalidParam, `_id must be a string or a number, got ${JSON.stringify(rawId)}`);
      }
      const id: DocumentId = rawId ?? newDocumentId();
      if (tx) this.recordRead(tx, collection, id);
      if (seen.has(idKey(id)) || this.visibleDocument(collection, id, tx)) {
        throw new EmulatorError(
          ErrorCode.RequestFailed,
          `E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: ${JSON.stringify(id)} }`,
        );
      }
      seen.add(idKey(id));
      ids.push(id);
      writes.push({ type: 'put', collection, document: { ...document, _id: id } });
    }
    this.write(writes, tx);
    return ids;
  }

  modify(collection: string, request: ModifyRequest, transaction?: TransactionHandle): ModifyResult {
    const tx = this.resolveTransaction(transaction);
    const docs = this.candidates(collection, request.filter, tx);
    const matched = this.match(docs, request.filter, (cursor) => (request.multi ? cursor : cursor.limit(1)));
    const writes: StoreWrite[] = [];
    if (request.merge) {
      const positional = hasPositionalPath(request.data);
      for (const original of matched) {
        if (tx) this.recordRead(tx, collection, original._id);
        const next = this.applyOperators(original, request.data, positional ? request.filter : undefined);
        if (next) writes.push({ type: 'put', collection, document: next });
      }
    } else {
      assertReplacementIsValid(request.data);
      for (const original of matched) {
        if (tx) this.recordRead(tx, collection, original._id);
        const next: StoredDocument = { ...structuredClone(request.data), _id: original._id };
        if (!sameDocument(original, next)) writes.push({ type: 'put', collection, document: next });
      }
    }
    let upsertedId: DocumentId | undefined;
    if (matched.length === 0 && request.upsert) {
      const filterId = request.filter._id;
      upsertedId = isDocumentId(filterId) ? filterId : newDocumentId();
      if (tx) this.recordRead(tx, collection, upsertedId);
      const base: StoredDocument = { ...equalityFields(request.filter), _id: upsertedId };
      const created = request.merge
        ? (this.applyOperators(base, request.data, undefined) ?? base)
        : { ...structuredClone(request.data), _id: upsertedId };
      writes.push({ type: 'put', collection, document: created });
    }
    this.write(writes, tx);
    return { updated: upsertedId === undefined ? writes.length : 0, upsertedId };
  }

  /** Updates the first match and returns it as it is after the update (updateAndReturn). */
  modifyAndReturn(collection: string, filter: Filter, data: DocumentObject, transaction?: TransactionHandle): { updated: number; document: StoredDocument | null } {
    const tx = this.resolveTransaction(transaction);
    const [target] = this.match(this.candidates(collection, filter, tx), filter, (cursor) => cursor.limit(1));
    if (!target) return { updated: 0, document: null };
    const result = this.modify(collection, { filter: { _id: target._id }, merge: true, multi: false, upsert: false, data }, transaction);
    return { updated: result.updated, document: this.visibleDocument(collection, target._id, tx) ?? null };
  }

  remove(collection: string, filter: Filter, multi: boolean, transaction?: TransactionHandle): number {
    const tx = this.resolveTransaction(transaction);
    const docs = this.candidates(collection, filter, tx);
    const matched = this.match(docs, filter, (cursor) => (multi ? cursor : cursor.limit(1)));
    const writes: StoreWrite[] = matched.map((document) => {
      if (tx) this.recordRead(tx, collection, document._id);
      return { type: 'delete', collection, id: document._id };
    });
    this.write(writes, tx);
    return writes.length;
  }

  aggregate(collection: string, pipeline: DocumentObject[]): DocumentValue[] {
    const stageNames = pipeline.map((stage) => Object.keys(stage)[0]);
    for (const name of stageNames) {
      if (name === '$out' || name === '$merge') {
        throw new EmulatorError(ErrorCode.InvalidOperator, `aggregation stage ${name} is not supported by the cloud database`);
      }
    }
    // mingo edits documents in place in stages such as $addFields on a nested path, which would
    // corrupt the cache; pipelines of only read-only stages skip the copy.
    // A $unwind of a plain path (no options) builds new documents and leaves its input alone too.
    const needsCopy = pipeline.some((stage, index) => !READ_ONLY_STAGES.has(stageNames[index]) && !(stageNames[index] === '$unwind' && typeof stage.$unwind === 'string'));
    const source = (name: string): StoredDocument[] => {
      const docs = this.visibleDocuments(name, undefined);
      return needsCopy ? structuredClone(docs) : docs;
    };
    const docs = source(collection);
    const options: Partial<MingoOptions> = {
      // $lookup reads other collections of this database.
      collectionResolver: (name: string) => source(name) as AnyObject[],
    };
    try {
      return this.runPipeline(docs, pipeline, options);
    } catch (error) {
      if (error instanceof EmulatorError) throw error;
      throw new EmulatorError(ErrorCode.InvalidOperator, `aggregate failed: ${(error as Error).message}`);
    }
  }

  // ---------------------------------------------------------------- transactions

  startTransaction(): TransactionHandle {
    this.purgeStaleTransactions();
    const state: TransactionState = { id: newTransactionId(), startedAt: Date.now(), readVersions: new Map(), writes: new Map() };
    this.transactions.set(state.id, state);
    return { id: state.id };
  }

  /** Validates what the transaction read and applies its writes atomically, or answers a conflict. */
  commitTransaction(transaction: TransactionHandle): void {
    const tx = this.resolveTransaction(transaction);
    if (!tx) return;
    this.transactions.delete(tx.id);
    for (const [key, seenVersion] of tx.readVersions) {
      if ((this.versions.get(key) ?? 0) !== seenVersion) {
        throw new EmulatorError(
          ErrorCode.TransactionConflict,
          `transaction ${tx.id} conflicts with a write committed after it read ${key.replace('\u0000', '/')}; retry the transaction`,
        );
      }
    }
    const batch: StoreWrite[] = [];
    for (const { collection, id, document } of tx.writes.values()) {
      if (!this.collections.has(collection)) throw collectionNotExist(collection);
      batch.push(document ? { type: 'put', collection, document } : { type: 'delete', collection, id });
    }
    this.write(batch, undefined);
  }

  abortTransaction(transaction: TransactionHandle): void {
    this.resolveTransaction(transaction);
    this.transactions.delete(transaction.id);
  }

  // ---------------------------------------------------------------- internals

  /** mingo, except that a leading plain $match, plain $unwinds before the first $group, and that $group of a simple shape run in one pass (fast-paths.ts). */
  private runPipeline(source: StoredDocument[], stages: DocumentObject[], options: Partial<MingoOptions>): DocumentValue[] {
    // A leading $match of plain equalities is done as a filter (fast-paths.ts).
    const leading = stages[0]?.$match;
    const filtered = isPlainFilter(leading) ? filterByEquality(source, leading) : null;
    const docs = filtered ?? source;
    const pipeline = filtered ? stages.slice(1) : stages;
    if (pipeline.length === 0) return docs;
    const at = pipeline.findIndex((stage) => Object.keys(stage)[0] === '$group');
    const group = at === -1 ? null : simpleGroup(pipeline[at].$group);
    if (!group) return mingoAggregate(docs, pipeline as AnyObject[], options) as DocumentValue[];
    const input = this.runBeforeGroup(docs, pipeline.slice(0, at), options);
    const grouped = group(input) ?? (mingoAggregate(input as AnyObject[], [pipeline[at]] as AnyObject[], options) as DocumentValue[]);
    const after = pipeline.slice(at + 1);
    return after.length > 0 ? (mingoAggregate(grouped as AnyObject[], after as AnyObject[], options) as DocumentValue[]) : grouped;
  }

  /** The stages before the $group: plain $unwinds in one pass each (fast-paths.ts), the rest with mingo. */
  private runBeforeGroup(docs: DocumentValue[], stages: DocumentObject[], options: Partial<MingoOptions>): DocumentValue[] {
    let current = docs;
    for (let index = 0; index < stages.length; index++) {
      const unwind = Object.keys(stages[index])[0] === '$unwind' ? simpleUnwind(stages[index].$unwind) : null;
      const unwound = unwind?.(current) ?? null;
      if (!unwound) return mingoAggregate(current as AnyObject[], stages.slice(index) as AnyObject[], options) as DocumentValue[];
      current = unwound;
    }
    return current;
  }

  /** The documents a filter can match: the one its `_id` names (the cloud's _id index), else all of them. */
  private candidates(collection: string, filter: Filter, tx: TransactionState | undefined): StoredDocument[] {
    const id = typeof filter === 'object' && filter !== null && !Array.isArray(filter) ? pinnedId(filter) : undefined;
    if (id === undefined) return this.visibleDocuments(collection, tx);
    this.assertCollection(collection);
    const document = this.visibleDocument(collection, id, tx);
    return document ? [document] : [];
  }

  /** Runs a MongoDB filter with mingo; a filter mingo cannot run is the caller's error, not ours. */
  private match(docs: StoredDocument[], filter: Filter, shape?: (cursor: Cursor<AnyObject>) => Cursor<AnyObject>): StoredDocument[] {
    if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
      throw new EmulatorError(ErrorCode.InvalidParam, `query must be an object, got ${JSON.stringify(filter)}`);
    }
    const kept = filterByEquality(docs, filter);
    try {
      if (kept) return shape === undefined ? kept : (shape(mingoFind(kept, {})).all() as StoredDocument[]);
      return (shape ?? ((c) => c))(mingoFind(docs, filter as AnyObject)).all() as StoredDocument[];
    } catch (error) {
      throw new EmulatorError(ErrorCode.InvalidOperator, `invalid query ${JSON.stringify(filter)}: ${(error as Error).message}`);
    }
  }

  private applyOperators(original: StoredDocument, modifier: DocumentObject, positionalFilter: Filter | undefined): StoredDocument | null {
    const copy = structuredClone(original);
    assertUpdateIsValid(copy, modifier);
    let changed: string[];
    try {
      changed = mingoUpdate(copy as AnyObject, modifier as AnyObject, undefined, positionalFilter as AnyObject | undefined, {
        cloneMode: 'deep',
      });
    } catch (error) {
      throw new EmulatorError(ErrorCode.RequestFailed, `update failed: ${(error as Error).message}`);
    }
    return changed.length > 0 ? copy : null;
  }

  private assertCollection(collection: string): Map<string, StoredDocument> {
    const docs = this.collections.get(collection);
    if (!docs) throw collectionNotExist(collection);
    return docs;
  }

  private visibleDocument(collection: string, id: DocumentId, tx: TransactionState | undefined): StoredDocument | undefined {
    const key = versionKey(collection, id);
    if (tx?.writes.has(key)) return tx.writes.get(key)?.document ?? undefined;
    return this.collections.get(collection)?.get(idKey(id));
  }

  private visibleDocuments(collection: string, tx: TransactionState | undefined): StoredDocument[] {
    const docs = this.assertCollection(collection);
    if (!tx || tx.writes.size === 0) return [...docs.values()];
    const out: StoredDocument[] = [];
    for (const document of docs.values()) {
      const key = versionKey(collection, document._id);
      if (!tx.writes.has(key)) out.push(document);
      else {
        const pending = tx.writes.get(key)?.document;
        if (pending) out.push(pending);
      }
    }
    for (const pending of tx.writes.values()) {
      if (pending.collection === collection && pending.document && !docs.has(idKey(pending.id))) out.push(pending.document);
    }
    return out;
  }

  private recordRead(tx: TransactionState, collection: string, id: DocumentId): void {
    const key = versionKey(collection, id);
    if (!tx.readVersions.has(key)) tx.readVersions.set(key, this.versions.get(key) ?? 0);
  }

  private bumpVersion(key: string): void {
    this.versionCounter += 1;
    this.versions.set(key, this.versionCounter);
  }

  /** Buffers writes in a transaction, or makes them durable and then visible. */
  private write(batch: StoreWrite[], tx: TransactionState | undefined): void {
    if (batch.length === 0) return;
    if (tx) {
      for (const write of batch) {
        if (write.type === 'put') {
          tx.writes.set(versionKey(write.collection, write.document._id), { collection: write.collection, id: write.document._id, document: write.document });
        } else if (write.type === 'delete') {
          tx.writes.set(versionKey(write.collection, write.id), { collection: write.collection, id: write.id, document: null });
        }
      }
      return;
    }
    this.store.apply(batch);
    for (const write of batch) {
      if (write.type === 'put') {
        this.assertCollection(write.collection).set(idKey(write.document._id), write.document);
        this.bumpVersion(versionKey(write.collection, write.document._id));
      } else if (write.type === 'delete') {
        this.assertCollection(write.collection).delete(idKey(write.id));
        this.bumpVersion(versionKey(write.collection, write.id));
      }
    }
  }

  private resolveTransaction(handle: TransactionHandle | undefined): TransactionState | undefined {
    if (!handle) return undefined;
    const tx = this.transactions.get(handle.id);
    if (!tx) {
      throw new EmulatorError(
        ErrorCode.TransactionFail,
        `transaction ${handle.id} does not exist: it was committed, aborted, conflicted or expired`,
      );
    }
    return tx;
  }

  private purgeStaleTransactions(): void {
    const cutoff = Date.now() - TRANSACTION_TTL_MS;
    for (const [id, tx] of this.transactions) if (tx.startedAt < cutoff) this.transactions.delete(id);
  }
}
