/**
 * EJSON as the SDK writes it (bson EJSON.stringify, relaxed: false) and reads it back
 * (bson EJSON.parse). Decoding turns wire values into plain JS values that mingo understands;
 * encoding emits a form bson's EJSON.parse accepts. Hand-written so that a query's
 * {$regex, $options} operator is left for mingo rather than taken for a legacy regex literal.
 */
import type { DocumentObject, DocumentValue } from './types';

export class EjsonError extends Error {}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function decodeNumberString(text: string): number {
  if (text === 'NaN') return Number.NaN;
  if (text === 'Infinity') return Number.POSITIVE_INFINITY;
  if (text === '-Infinity') return Number.NEGATIVE_INFINITY;
  const value = Number(text);
  if (Number.isNaN(value)) throw new EjsonError(`not a number in EJSON: ${text}`);
  return value;
}

function decodeDate(raw: Json): Date {
  if (typeof raw === 'string') return new Date(raw);
  if (typeof raw === 'number') return new Date(raw);
  if (isPlainObject(raw) && typeof raw.$numberLong === 'string') return new Date(Number(raw.$numberLong));
  throw new EjsonError(`unsupported $date form: ${JSON.stringify(raw)}`);
}

/** Decodes one parsed-JSON value; `now` resolves db.serverDate() ({$tcb_server_date}). */
export function decodeValue(raw: Json, now: Date): DocumentValue {
  if (Array.isArray(raw)) return raw.map((item) => decodeValue(item, now));
  if (!isPlainObject(raw)) return raw;
  const keys = Object.keys(raw);
  if (keys.length === 1) {
    const [key] = keys;
    const inner = raw[key];
    switch (key) {
      case '$numberInt':
      case '$numberDouble':
      case '$numberLong':
      case '$numberDecimal':
        if (typeof inner === 'string') return decodeNumberString(inner);
        break;
      case '$date':
        return decodeDate(inner);
      case '$regularExpression':
        if (isPlainObject(inner) && typeof inner.pattern === 'string') {
          const options = typeof inner.options === 'string' ? inner.options : '';
          // bson writes flags sorted and may include Mongo-only ones (x, l, u); keep what JS knows.
          return new RegExp(inner.pattern, [...options].filter((f) => 'gimsuy'.includes(f)).join(''));
        }
        break;
      case '$tcb_server_date': {
        const offset = isPlainObject(inner) && typeof inner.offset === 'number' ? inner.offset : 0;
        return new Date(now.getTime() + offset);
      }
      default:
        break;
    }
  }
  const out: DocumentObject = {};
  for (const key of keys) out[key] = decodeValue(raw[key], now);
  return out;
}

/** Parses an EJSON string from the wire. */
export function parseEjson(text: string, now: Date): DocumentValue {
  let parsed: Json;
  try {
    parsed = JSON.parse(text) as Json;
  } catch (error) {
    throw new EjsonError(`invalid EJSON: ${(error as Error).message}`);
  }
  return decodeValue(parsed, now);
}

/** Encodes a value for the wire (and for the SQLite store). */
export function encodeValue(value: DocumentValue | undefined): Json {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return { $date: { $numberLong: String(value.getTime()) } };
  if (value instanceof RegExp) return { $regularExpression: { pattern: value.source, options: value.flags } };
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    return { $numberDouble: Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity' };
  }
  if (Array.isArray(value)) return value.map((item) => encodeValue(item));
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value)) {
      const field = value[key];
      if (field !== undefined) out[key] = encodeValue(field);
    }
    return out;
  }
  return value;
}

/** Whether JSON.stringify alone writes what encodeValue would: no Date, RegExp, NaN or ±Infinity, only plain objects and arrays. */
function isPlainJson(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (Array.isArray(value)) {
        for (const item of value) if (!isPlainJson(item)) return false;
        return true;
      }
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) return false;
      for (const key in value) if (!isPlainJson((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false;
  }
}

export function stringifyEjson(value: DocumentValue): string {
  // Most documents (every tally, every grouped row) are plain JSON: checking that is cheaper than copying them into their EJSON form.
  if (value !== undefined && isPlainJson(value)) return JSON.stringify(value);
  return JSON.stringify(encodeValue(value));
}
