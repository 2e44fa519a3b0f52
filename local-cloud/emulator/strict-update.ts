/**
 * The MongoDB checks mingo's updater lacks: mingo silently ignores $inc on a string or $push onto
 * a non-array, where MongoDB (and so the cloud) rejects the whole update. Messages follow
 * MongoDB's wording so a developer can search them.
 */
import { EmulatorError, ErrorCode } from './errors';
import type { DocumentObject, DocumentValue, StoredDocument } from './types';

type PathLookup =
  | { kind: 'missing' }
  | { kind: 'value'; value: DocumentValue }
  | { kind: 'blocked'; prefix: string; field: string; value: DocumentValue };

const isContainer = (value: DocumentValue): value is DocumentObject | DocumentValue[] =>
  typeof value === 'object' && value !== null && !(value instanceof Date) && !(value instanceof RegExp);

function lookupPath(document: DocumentObject, path: string): PathLookup {
  const segments = path.split('.');
  let current: DocumentValue = document;
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index];
    if (!isContainer(current)) {
      return { kind: 'blocked', prefix: segments.slice(0, index).join('.'), field: segment, value: current };
    }
    let next: DocumentValue | undefined;
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(segment)) {
        return { kind: 'blocked', prefix: segments.slice(0, index).join('.'), field: segment, value: current };
      }
      next = current[Number(segment)];
    } else {
      next = Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : undefined;
    }
    if (next === undefined) return { kind: 'missing' };
    current = next;
  }
  return { kind: 'value', value: current };
}

/** MongoDB's BSON type names, as they appear in its error messages. */
export function mongoTypeName(value: DocumentValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (typeof value === 'boolean') return 'bool';
  return typeof value;
}

const showId = (document: StoredDocument): string => `{ _id: ${JSON.stringify(document._id)} }`;

const fail = (message: string, codeName: string, mongoCode: number): EmulatorError =>
  new EmulatorError(ErrorCode.RequestFailed, `${message} (MongoDB ${codeName}, code ${mongoCode})`);

/** Operators that create the field when it is missing, so a blocked path is an error. */
const CREATING_OPERATORS = new Set(['$set', '$inc', '$mul', '$push', '$addToSet', '$min', '$max', '$currentDate']);
const NUMERIC_OPERATORS = new Set(['$inc', '$mul']);
const ARRAY_APPEND_OPERATORS = new Set(['$push', '$addToSet']);
const ARRAY_REMOVE_OPERATORS = new Set(['$pull', '$pullAll']);

export const SUPPORTED_UPDATE_OPERATORS = new Set([
  '$set', '$unset', '$inc', '$mul', '$min', '$max', '$rename', '$currentDate',
  '$push', '$addToSet', '$pull', '$pullAll', '$pop', '$bit',
]);

/** Throws the error MongoDB would raise for this update on this document; returns nothing if fine. */
export function assertUpdateIsValid(document: StoredDocument, modifier: DocumentObject): void {
  const allPaths: string[] = [];
  for (const operator of Object.keys(modifier)) {
    if (!SUPPORTED_UPDATE_OPERATORS.has(operator)) {
      throw new EmulatorError(ErrorCode.InvalidOperator, `Unknown modifier: ${operator}. Expected a valid update modifier`);
    }
    const fields = modifier[operator];
    if (!isContainer(fields) || Array.isArray(fields)) {
      throw fail(`Modifiers operate on fields but we found type ${mongoTypeName(fields)} instead`, 'FailedToParse', 9);
    }
    for (const path of Object.keys(fields)) {
      allPaths.push(path);
      if (path === '_id' || path.startsWith('_id.')) {
        throw fail(`Performing an update on the path '_id' would modify the immutable field '_id'`, 'ImmutableField', 66);
      }
      if (path.includes('$')) continue; // positional paths are resolved by mingo against the query
      const operand = fields[path];
      const found = lookupPath(document, path);
      if (found.kind === 'blocked') {
        if (CREATING_OPERATORS.has(operator)) {
          const shown = JSON.stringify(found.prefix ? { [found.prefix]: found.value } : found.value);
          throw fail(`Cannot create field '${found.field}' in element ${shown}`, 'PathNotViable', 28);
        }
        continue;
      }
      const existing = found.kind === 'value' ? found.value : undefined;
      if (NUMERIC_OPERATORS.has(operator)) {
        if (typeof operand !== 'number') {
          const verb = operator === '$inc' ? 'increment' : 'multiply';
          throw fail(`Cannot ${verb} with non-numeric argument: {${path}: ${JSON.stringify(operand)}}`, 'TypeMismatch', 14);
        }
        if (existing !== undefined && typeof existing !== 'number') {
          throw fail(
            `Cannot apply ${operator} to a value of non-numeric type. ${showId(document)} has the field '${path}' of non-numeric type ${mongoTypeName(existing)}`,
            'TypeMismatch',
            14,
          );
        }
      }
      if (ARRAY_APPEND_OPERATORS.has(operator) && existing !== undefined && !Array.isArray(existing)) {
        throw fail(
          `The field '${path}' must be an array but is of type ${mongoTypeName(existing)} in document ${showId(document)}`,
          'BadValue',
          2,
        );
      }
      if (ARRAY_REMOVE_OPERATORS.has(operator) && existing !== undefined && !Array.isArray(existing)) {
        throw fail(`Cannot apply ${operator} to a non-array value`, 'BadValue', 2);
      }
      if (operator === '$pop' && existing !== undefined && !Array.isArray(existing)) {
        throw fail(`Path '${path}' contains an element of non-array type '${mongoTypeName(existing)}'`, 'TypeMismatch', 14);
      }
    }
  }
  for (let i = 0; i < allPaths.length; i += 1) {
    for (let j = 0; j < allPaths.length; j += 1) {
      const [shorter, longer] = [allPaths[i], allPaths[j]];
      if ((i < j && shorter === longer) || longer.startsWith(`${shorter}.`)) {
        throw fail(`Updating the path '${longer}' would create a conflict at '${shorter}'`, 'ConflictingUpdateOperators', 40);
      }
    }
  }
}

/** A replacement document (set) must not carry update operators. */
export function assertReplacementIsValid(replacement: DocumentObject): void {
  for (const key of Object.keys(replacement)) {
    if (key.startsWith('$')) {
      throw fail(`The dollar ($) prefixed field '${key}' in '${key}' is not allowed in the context of an update's replacement document`, 'DollarPrefixedFieldName', 52);
    }
  }
}
