/**
 * Shortcuts for the commonest shapes of query, projection and $group, giving exactly what mingo
 * gives (the fidelity tests and tests/core/emulator-fast-paths compare them). A real cloud
 * database answers these natively; mingo's general evaluator costs ~1 µs per document and
 * accumulator and ~100 µs per projected document, which made a county dashboard slow only here.
 * Anything outside the shapes below (dotted projections, arrays on a grouped path, other
 * accumulators) returns null and goes to mingo unchanged.
 */
import type { DocumentId, DocumentObject, DocumentValue, StoredDocument } from './types';

const isPlainObject = (value: unknown): value is DocumentObject =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

// Names mingo refuses to read through (Object.prototype's own), and numeric segments (array positions).
const UNSAFE_SEGMENT = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);
const isDigits = (segment: string): boolean => /^\d+$/.test(segment);

/** The `_id` a filter pins to one value (`{ _id: 'x', ... }`), which the cache can look up directly. */
export function pinnedId(filter: Record<string, unknown>): DocumentId | undefined {
  const id = filter._id;
  if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return id;
  return undefined;
}

/**
 * An inclusion or exclusion projection of top-level fields only (`{ a: true, b: 1 }`,
 * `{ c: false }`, with or without `_id`), applied field by field; null for any other shape.
 */
export function simpleProjection(projection: Record<string, unknown>): ((document: StoredDocument) => StoredDocument) | null {
  const keys = Object.keys(projection);
  if (keys.length === 0) return null;
  const included: string[] = [];
  const excluded = new Set<string>();
  let keepId = true;
  for (const key of keys) {
    const value = projection[key];
    if (value !== true && value !== false && value !== 1 && value !== 0) return null;
    if (key.includes('.') || key.startsWith('$') || UNSAFE_SEGMENT.has(key) || key.length === 0) return null;
    const on = value === true || value === 1;
    if (key === '_id') keepId = on;
    else if (on) included.push(key);
    else excluded.add(key);
  }
  if (included.length > 0 && excluded.size > 0) return null;
  const inclusion = included.length > 0 || (excluded.size === 0 && keepId);
  if (inclusion) {
    const wanted = new Set(included);
    return (document) => {
      const out = {} as StoredDocument;
      for (const key of Object.keys(document)) {
        if (key === '_id' ? keepId : wanted.has(key)) (out as DocumentObject)[key] = document[key];
      }
      return out;
    };
  }
  if (!keepId) excluded.add('_id');
  return (document) => {
    const out = {} as StoredDocument;
    for (const key of Object.keys(document)) if (!excluded.has(key)) (out as DocumentObject)[key] = document[key];
    return out;
  };
}

const UNSAFE = Symbol('unsafe');

/** Reads a dotted path through plain objects; UNSAFE where mingo's array or special-name rules would apply. */
function readPath(document: DocumentValue, segments: readonly string[]): DocumentValue | undefined | typeof UNSAFE {
  let value: DocumentValue | undefined = document;
  for (const segment of segments) {
    if (value === undefined || value === null || typeof value !== 'object') return undefined;
    if (!isPlainObject(value)) return UNSAFE;
    value = value[segment];
  }
  return Array.isArray(value) ? UNSAFE : value;
}

/** The last step of `readPath`, from the value at the path's parent: the same answers as reading the whole path. */
function readLeaf(parent: DocumentValue | undefined | typeof UNSAFE, leaf: string): DocumentValue | undefined | typeof UNSAFE {
  if (parent === UNSAFE) return UNSAFE;
  if (parent === undefined || parent === null || typeof parent !== 'object') return undefined;
  if (!isPlainObject(parent)) return UNSAFE;
  const value = parent[leaf];
  return Array.isArray(value) ? UNSAFE : value;
}

function fieldPath(expression: unknown): string[] | null {
  if (typeof expression !== 'string' || !expression.startsWith('$') || expression.startsWith('$$') || expression.length < 2) return null;
  const segments = expression.slice(1).split('.');
  return segments.every((segment) => segment.length > 0 && !isDigits(segment) && !UNSAFE_SEGMENT.has(segment)) ? segments : null;
}

type CompositePart = { name: string; path: string[] };

/** `{ r: '$roundId', q: '$choices.q' }`: an `_id` of named field paths; null for any other shape. */
function compositeId(expression: unknown): CompositePart[] | null {
  if (!isPlainObject(expression)) return null;
  const parts: CompositePart[] = [];
  for (const [name, value] of Object.entries(expression)) {
    const path = fieldPath(value);
    if (!path || name.length === 0 || name.includes('.') || name.startsWith('$') || UNSAFE_SEGMENT.has(name)) return null;
    parts.push({ name, path });
  }
  return parts.length > 0 ? parts : null;
}

/**
 * A document's composite `_id` and a string naming it (types kept apart: 1 and '1' are two groups).
 * Null, so mingo decides, when a part is missing, an object, an array or behind one.
 */
function compositeKey(document: DocumentValue, parts: readonly CompositePart[]): { key: string; value: DocumentObject } | null {
  const value: DocumentObject = {};
  const scalars: unknown[] = [];
  for (const { name, path } of parts) {
    const part = readPath(document, path);
    if (part === UNSAFE || part === undefined || (part !== null && typeof part === 'object')) return null;
    if (typeof part === 'number' && Number.isNaN(part)) return null;
    value[name] = part;
    scalars.push(typeof part === 'number' ? ['n', part] : part);
  }
  return { key: JSON.stringify(scalars), value };
}

type Accumulator = { name: string; constant: number } | { name: string; path: string[] } | { name: string; first: string[] };

/**
 * `{ $group: { _id: '$field.path', total: { $sum: '$other.path' }, n: { $sum: 1 }, title: { $first: '$meta.title' } } }`
 * done in one pass: groups in first-seen order, `_id` null for a missing key, non-numbers (and
 * NaN) left out of sums as mingo and MongoDB do, `$first` the value of the group's first document.
 * Null when the stage has another shape, or when a document holds an array or a non-scalar key on
 * one of the paths, or a group's first document has no scalar on a `$first` path (then mingo runs the stage).
 */
export function simpleGroup(spec: unknown): ((documents: readonly DocumentValue[]) => DocumentObject[] | null) | null {
  if (!isPlainObject(spec)) return null;
  const idPath = fieldPath(spec._id);
  const idParts = idPath ? null : compositeId(spec._id);
  if (!idPath && !idParts) return null;
  const accumulators: Accumulator[] = [];
  for (const [name, expression] of Object.entries(spec)) {
    if (name === '_id') continue;
    if (name.includes('.') || name.startsWith('$') || !isPlainObject(expression)) return null;
    const operators = Object.keys(expression);
    if (operators.length === 1 && operators[0] === '$first') {
      const path = fieldPath(expression.$first);
      if (!path) return null;
      accumulators.push({ name, first: path });
      continue;
    }
    if (operators.length !== 1 || operators[0] !== '$sum') return null;
    const argument = expression.$sum;
    if (typeof argument === 'number' && Number.isFinite(argument)) accumulators.push({ name, constant: argument });
    else {
      const path = fieldPath(argument);
      if (!path) return null;
      accumulators.push({ name, path });
    }
  }
  // Split by kind once, so the per-document loops below see one shape each (this runs for every tally shard of a county).
  const firsts: Array<{ index: number; path: string[] }> = [];
  // Sums read through their parent objects, each parent walked once per document: `counts.overall.satisfied`,
  // `counts.overall.fairly`, … share `counts.overall`.
  const parentKeys = new Map<string, number>();
  const parents: string[][] = [];
  const sums: Array<{ index: number; parent: number; leaf: string }> = [];
  accumulators.forEach((accumulator, index) => {
    if ('first' in accumulator) firsts.push({ index, path: accumulator.first });
    else if ('path' in accumulator) {
      const parentPath = accumulator.path.slice(0, -1);
      const key = parentPath.join('.');
      let parent = parentKeys.get(key);
      if (parent === undefined) {
        parent = parents.length;
        parentKeys.set(key, parent);
        parents.push(parentPath);
      }
      sums.push({ index, parent, leaf: accumulator.path[accumulator.path.length - 1] });
    }
  });
  const parentValues: Array<DocumentValue | undefined | typeof UNSAFE> = new Array(parents.length);
  return (documents) => {
    const groups = new Map<string | number | boolean | null, { count: number; sums: Array<number | string | boolean> }>();
    const composite = new Map<string, DocumentObject>();
    for (const document of documents) {
      let groupKey: string | number | boolean | null;
      if (idPath) {
        const key = readPath(document, idPath);
        if (key === UNSAFE || (key !== undefined && key !== null && typeof key === 'object')) return null;
        groupKey = key ?? null;
      } else {
        const id = compositeKey(document, idParts as CompositePart[]);
        if (!id) return null;
        groupKey = id.key;
        if (!composite.has(id.key)) composite.set(id.key, id.value);
      }
      let group = groups.get(groupKey);
      if (!group) {
        group = { count: 0, sums: accumulators.map(() => 0) };
        groups.set(groupKey, group);
        for (const { index, path } of firsts) {
          const value = readPath(document, path);
          if (typeof value !== 'string' && typeof value !== 'boolean' && (typeof value !== 'number' || Number.isNaN(value))) return null;
          group.sums[index] = value;
        }
      }
      group.count += 1;
      const totals = group.sums as number[];
      for (let i = 0; i < parents.length; i++) parentValues[i] = readPath(document, parents[i]);
      for (const { index, parent, leaf } of sums) {
        const value = readLeaf(parentValues[parent], leaf);
        if (value === UNSAFE) return null;
        if (typeof value === 'number' && !Number.isNaN(value)) totals[index] += value;
      }
    }
    return [...groups].map(([key, group]) => {
      const out: DocumentObject = { _id: idPath ? key : (composite.get(key as string) as DocumentObject) };
      accumulators.forEach((accumulator, index) => {
        out[accumulator.name] = 'constant' in accumulator ? group.count * accumulator.constant : group.sums[index];
      });
      return out;
    });
  };
}

const isScalar = (value: unknown): value is string | boolean | number =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && !Number.isNaN(value));

/**
 * A filter of top-level equalities to strings, numbers or booleans, or `$in` lists of them
 * (`{ orgPath: 'c1', roundId: { $in: ['r1', 'r2'] } }`, `{}`), as a predicate: a field equal to a
 * value, or an array holding one. The predicate answers
 * UNSAFE for a document whose field is an array holding objects or arrays (mingo decides those);
 * null for any other filter shape.
 */
export function simpleEquality(filter: Record<string, unknown>): ((document: StoredDocument) => boolean | typeof UNSAFE) | null {
  const entries: Array<[string, ReadonlySet<unknown>]> = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key.length === 0 || key.includes('.') || key.startsWith('$') || UNSAFE_SEGMENT.has(key)) return null;
    if (isScalar(value)) entries.push([key, new Set([value])]);
    else {
      const listed = inList(value);
      if (!listed) return null;
      entries.push([key, listed]);
    }
  }
  return (document) => {
    for (const [key, values] of entries) {
      const field = (document as DocumentObject)[key];
      if (values.has(field)) continue;
      if (!Array.isArray(field)) return false;
      let found = false;
      for (const item of field) {
        if (values.has(item)) found = true;
        else if (typeof item === 'object' && item !== null) return UNSAFE;
      }
      if (!found) return false;
    }
    return true;
  };
}

/** `{ $in: ['r1', 'r2'] }` of strings, numbers or booleans, as a set; null for any other shape. */
function inList(value: unknown): ReadonlySet<unknown> | null {
  if (!isPlainObject(value) || Object.keys(value).length !== 1 || !Array.isArray(value.$in)) return null;
  return value.$in.every(isScalar) ? new Set(value.$in) : null;
}

/** The documents a simple equality filter keeps, or null when mingo must decide. */
export function filterByEquality(documents: readonly StoredDocument[], filter: Record<string, unknown>): StoredDocument[] | null {
  const test = simpleEquality(filter);
  if (!test) return null;
  const kept: StoredDocument[] = [];
  for (const document of documents) {
    const verdict = test(document);
    if (verdict === UNSAFE) return null;
    if (verdict) kept.push(document);
  }
  return kept;
}

/**
 * `{ $unwind: '$choices' }` of a top-level field, without options: one document per element of an
 * array, the document itself for another value, none when the field is missing, null, or an empty
 * array, string or object, as mingo does. Null for any other shape (and, from the function, when
 * a document is not a plain object).
 */
export function simpleUnwind(spec: unknown): ((documents: readonly DocumentValue[]) => DocumentValue[] | null) | null {
  const path = fieldPath(spec);
  if (!path || path.length !== 1) return null;
  const [field] = path;
  return (documents) => {
    const out: DocumentValue[] = [];
    for (const document of documents) {
      if (!isPlainObject(document)) return null;
      const value = document[field];
      // mingo's isEmpty: nothing, '', [] and {} give no document.
      if (value === undefined || value === null || value === '' || (isPlainObject(value) && Object.keys(value).length === 0)) continue;
      if (!Array.isArray(value)) out.push(document);
      else for (const item of value) out.push({ ...document, [field]: item });
    }
    return out;
  };
}
