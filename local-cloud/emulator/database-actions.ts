/**
 * database.* actions as @cloudbase/database 1.4 sends them (dist/commonjs query.js, document.js,
 * collection.js, aggregate.js, transaction/index.js) and the replies it reads back.
 */
import type { LocalDatabase, TransactionHandle } from './database';
import { EjsonError, parseEjson, stringifyEjson } from './ejson';
import { EmulatorError, ErrorCode } from './errors';
import type { DocumentObject, DocumentValue } from './types';

export type ActionParams = Record<string, unknown>;
/** The `data` part of a reply plus top-level extras such as transactionId. */
export type ActionReply = Record<string, unknown>;

const isObject = (value: unknown): value is DocumentObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof RegExp);

/** Decodes a field the SDK sends as an EJSON string (or, with raw options, as plain JSON). */
function decodeField(params: ActionParams, name: string, now: Date): DocumentValue | undefined {
  const raw = params[name];
  if (raw === undefined || raw === null || raw === '') return undefined;
  try {
    return typeof raw === 'string' ? parseEjson(raw, now) : parseEjson(JSON.stringify(raw), now);
  } catch (error) {
    if (error instanceof EjsonError) throw new EmulatorError(ErrorCode.InvalidParam, `${name}: ${error.message}`);
    throw error;
  }
}

function decodeObject(params: ActionParams, name: string, now: Date): DocumentObject | undefined {
  const value = decodeField(params, name, now);
  if (value === undefined) return undefined;
  if (!isObject(value)) throw new EmulatorError(ErrorCode.InvalidParam, `${name} must be an object, got ${JSON.stringify(value)}`);
  return value;
}

function collectionName(params: ActionParams): string {
  const name = params.collectionName;
  if (typeof name !== 'string' || name.length === 0) {
    throw new EmulatorError(ErrorCode.InvalidParam, 'collectionName is required');
  }
  return name;
}

function transactionOf(params: ActionParams): TransactionHandle | undefined {
  const id = params.transactionId;
  return typeof id === 'string' && id.length > 0 ? { id } : undefined;
}

const nonNegativeInteger = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

function getDocument(db: LocalDatabase, params: ActionParams, now: Date): ActionReply {
  const collection = collectionName(params);
  const filter = decodeObject(params, 'query', now) ?? {};
  const transaction = transactionOf(params);
  const projection = decodeObject(params, 'projection', now);
  const order = decodeObject(params, 'order', now);
  const offset = nonNegativeInteger(params.offset) ?? 0;
  // The SDK always sends a limit for WHERE queries (100 by default, at most 1000: query.ts);
  // a DOC query carries none and matches one document.
  const limit = nonNegativeInteger(params.limit);
  const sort: Record<string, 1 | -1> = {};
  for (const [field, direction] of Object.entries(order ?? {})) sort[field] = direction === -1 ? -1 : 1;
  const documents = db.query(collection, filter, { sort, skip: offset, limit, projection }, transaction);
  return { data: { list: documents.map((document) => stringifyEjson(document)), offset, limit: limit ?? documents.length } };
}

function calculateDocument(db: LocalDatabase, params: ActionParams, now: Date): ActionReply {
  const total = db.countMatching(collectionName(params), decodeObject(params, 'query', now) ?? {});
  return { data: { total } };
}

function insertDocument(db: LocalDatabase, params: ActionParams, now: Date): ActionReply {
  const collection = collectionName(params);
  const raw = Array.isArray(params.data) ? params.data : [params.data];
  const documents = raw.map((item, index) => {
    const decoded = decodeField({ item }, 'item', now);
    if (!isObject(decoded)) throw new EmulatorError(ErrorCode.InvalidParam, `data[${index}] must be an object`);
    return decoded;
  });
  if (documents.length === 0) throw new EmulatorError(ErrorCode.InvalidParam, 'data must hold at least one document');
  const insertedIds = db.insert(collection, documents, transactionOf(params));
  return { data: { insertedIds } };
}

function modifyDocument(db: LocalDatabase, params: ActionParams, now: Date): ActionReply {
  const collection = collectionName(params);
  const data = decodeObject(params, 'data', now);
  if (!data) throw new EmulatorError(ErrorCode.InvalidParam, 'data is required for an update');
  const result = db.modify(
    collection,
    {
      filter: decodeObject(params, 'query', now) ?? {},
      merge: params.merge !== false,
      multi: params.multi === true,
      upsert: params.upsert === true,
      data,
    },
    transactionOf(params),
  );
  return { data: { updated: result.updated, upsert_id: result.upsertedId } };
}

function modifyAndReturnDoc(db: LocalDatabase, params: ActionParams, now: Date): ActionReply {
  const data = decodeObject(params, 'data', now);
  if (!data) throw new EmulatorError(ErrorCode.InvalidParam, 'data is required for an update');
  const result = db.modifyAndReturn(collectionName(params), decodeObject(params, 'query', now) ?? {}, data, transactionOf(params));
  return { data: { updated: result.updated, doc: result.document ? stringifyEjson(result.document) : null } };
}

function removeDocument(db: LocalDatabase, params: ActionParams, now: Date): ActionReply {
  const deleted = db.remove(
    collectionName(params),
    decodeObject(params, 'query', now) ?? {},
    params.multi === true,
    transactionOf(params),
  );
  return { data: { deleted } };
}

function aggregateDocuments(db: LocalDatabase, params: ActionParams, now: Date): ActionReply {
  const stages = params.stages;
  if (!Array.isArray(stages)) throw new EmulatorError(ErrorCode.InvalidParam, 'stages must be an array');
  const pipeline = stages.map((stage, index): DocumentObject => {
    const { stageKey, stageValue } = (stage ?? {}) as { stageKey?: unknown; stageValue?: unknown };
    if (typeof stageKey !== 'string' || !stageKey.startsWith('$')) {
      throw new EmulatorError(ErrorCode.InvalidParam, `stages[${index}].stageKey must be a stage name like '$match'`);
    }
    const value = decodeField({ stageValue }, 'stageValue', now);
    return { [stageKey]: value ?? null };
  });
  const list = db.aggregate(collectionName(params), pipeline);
  return { data: { list: list.map((item) => stringifyEjson(item)) } };
}

function addCollection(db: LocalDatabase, params: ActionParams): ActionReply {
  db.createCollection(collectionName(params));
  return {};
}

function requireTransaction(params: ActionParams): TransactionHandle {
  const transaction = transactionOf(params);
  if (!transaction) throw new EmulatorError(ErrorCode.InvalidParam, 'transactionId is required');
  return transaction;
}

type DatabaseAction = (db: LocalDatabase, params: ActionParams, now: Date) => ActionReply;

export const DATABASE_ACTIONS: Record<string, DatabaseAction> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.removeDocument': removeDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.addCollection': addCollection,
  'database.startTransaction': (db) => ({ transactionId: db.startTransaction().id }),
  'database.commitTransaction': (db, params) => {
    db.commitTransaction(requireTransaction(params));
    return {};
  },
  'database.abortTransaction': (db, params) => {
    db.abortTransaction(requireTransaction(params));
    return {};
  },
};
