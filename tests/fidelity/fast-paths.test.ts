/**
 * The emulator's shortcuts (local-cloud/emulator/fast-paths.ts: _id lookups, top-level
 * projections, equality and $in filters, $unwind, one-pass $group with $sum on a field or compound _id) answer exactly what mingo answers for the same
 * documents, including the awkward ones (arrays on a path, missing keys, strings and NaN in sums).
 */
import fc from 'fast-check';
import { aggregate as mingoAggregate, find as mingoFind } from 'mingo';
import type { AnyObject } from 'mingo/types';
import { LocalDatabase, createMemoryStore } from '../../local-cloud/emulator';
import { filterByEquality, simpleGroup, simpleProjection, simpleUnwind } from '../../local-cloud/emulator/fast-paths';
import type { DocumentObject } from '../../local-cloud/emulator/types';

const scalar = fc.oneof(fc.constantFrom('r1', 'r2', 'r3'), fc.integer({ min: -3, max: 3 }), fc.constant(null), fc.boolean());
const number = fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double({ noDefaultInfinity: true }), fc.constant(Number.NaN), fc.constant('7'), fc.constant(null));
const nested = fc.oneof(
  fc.record({ overall: fc.record({ satisfied: number, fairly: number }, { requiredKeys: [] }) }, { requiredKeys: [] }),
  fc.array(fc.record({ overall: fc.record({ satisfied: number }) }), { maxLength: 2 }),
  fc.constant('text'),
);
const documentArbitrary = fc.record(
  { roundId: fc.oneof(scalar, fc.array(scalar, { maxLength: 2 }), fc.record({ r: scalar })), respondents: number, counts: nested, orgPath: fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }) },
  { requiredKeys: [] },
);
// Plain objects, as documents decoded from the wire are (fast-check's records have no prototype).
const plain = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(plain) : typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([key, field]) => [key, plain(field)])) : value;
const documentsArbitrary = fc.array(documentArbitrary, { maxLength: 25 }).map((documents) => documents.map((document, index) => plain({ _id: `d${index}`, ...document }) as DocumentObject));

const groupSpec = fc
  .record({
  _id: fc.constantFrom('$roundId', '$counts.overall.satisfied', '$missing'),
  n: fc.oneof(fc.constant({ $sum: 1 }), fc.constant({ $sum: 2.5 })),
  respondents: fc.constant({ $sum: '$respondents' }),
  satisfied: fc.constantFrom({ $sum: '$counts.overall.satisfied' }, { $sum: '$counts.overall.fairly' }, { $sum: '$nothing.here' }),
  first: fc.constantFrom({ $first: '$respondents' }, { $first: '$roundId' }, { $first: '$counts.overall.satisfied' }),
  })
  .map((spec) => ({ ...spec }));

describe('emulator fast paths agree with mingo', () => {
  it('$group with $sum: the same groups, keys and sums, or mingo runs the stage', () => {
    fc.assert(
      fc.property(documentsArbitrary, groupSpec, (documents, spec) => {
        const expected = mingoAggregate(documents as AnyObject[], [{ $group: spec }]);
        const fast = simpleGroup(spec);
        expect(fast).not.toBeNull();
        const grouped = fast?.(documents);
        if (grouped) expect(grouped).toEqual(expected);
        const db = new LocalDatabase(createMemoryStore());
        db.declareCollection('c');
        db.insertMany('c', documents);
        expect(db.aggregate('c', [{ $match: {} }, { $group: spec }, { $sort: { _id: 1 } }])).toEqual(mingoAggregate(documents as AnyObject[], [{ $group: spec }, { $sort: { _id: 1 } }]));
      }),
      { numRuns: 300 },
    );
  });

  it('uses the shortcut for the dashboard-shaped documents (no arrays on the paths)', () => {
    const documents: DocumentObject[] = [
      { _id: 'a', roundId: 'r1', respondents: 2, counts: { overall: { satisfied: 1 } } },
      { _id: 'b', roundId: 'r2', respondents: 3, counts: { overall: { satisfied: 2 } } },
      { _id: 'c', roundId: 'r1', respondents: 1, counts: {} },
    ];
    const grouped = simpleGroup({ _id: '$roundId', respondents: { $sum: '$respondents' }, satisfied: { $sum: '$counts.overall.satisfied' } })?.(documents);
    expect(grouped).toEqual([
      { _id: 'r1', respondents: 3, satisfied: 1 },
      { _id: 'r2', respondents: 3, satisfied: 2 },
    ]);
  });

  it('takes $first of the round details on the shards without mingo', () => {
    const documents: DocumentObject[] = [
      { _id: 'a', roundId: 'r1', respondents: 2, meta: { title: '春季', minimumAnswers: 10 } },
      { _id: 'b', roundId: 'r2', respondents: 3, meta: { title: '秋季', minimumAnswers: 5 } },
      { _id: 'c', roundId: 'r1', respondents: 1, meta: { title: '春季', minimumAnswers: 10 } },
    ];
    const spec = { _id: '$roundId', respondents: { $sum: '$respondents' }, title: { $first: '$meta.title' }, minimumAnswers: { $first: '$meta.minimumAnswers' } };
    const grouped = simpleGroup(spec)?.(documents);
    expect(grouped).toEqual([
      { _id: 'r1', respondents: 3, title: '春季', minimumAnswers: 10 },
      { _id: 'r2', respondents: 3, title: '秋季', minimumAnswers: 5 },
    ]);
    expect(grouped).toEqual(mingoAggregate(documents as AnyObject[], [{ $group: spec }]));
    // A shard without details (stored before they were added): mingo decides.
    expect(simpleGroup(spec)?.([{ _id: 'd', roundId: 'r3', respondents: 1 }])).toBeNull();
  });

  it('leaves other $group shapes to mingo', () => {
    expect(simpleGroup({ _id: null, n: { $sum: 1 } })).toBeNull();
    expect(simpleGroup({ _id: '$a', n: { $avg: '$b' } })).toBeNull();
    expect(simpleGroup({ _id: '$a.0', n: { $sum: 1 } })).toBeNull();
    expect(simpleGroup({ _id: { r: '$a.0' }, n: { $sum: 1 } })).toBeNull();
    expect(simpleGroup({ _id: {}, n: { $sum: 1 } })).toBeNull();
    expect(simpleGroup({ _id: { r: 'a' }, n: { $sum: 1 } })).toBeNull();
  });

  it('top-level projections: the same fields as mingo', () => {
    const keys = fc.constantFrom('_id', 'roundId', 'respondents', 'counts', 'absent');
    const projection = fc.oneof(
      fc.dictionary(keys, fc.constantFrom(true, 1)),
      fc.dictionary(keys, fc.constantFrom(false, 0)),
      fc.tuple(fc.dictionary(keys, fc.constantFrom(true, 1)), fc.constantFrom(false, 0)).map(([include, off]) => ({ ...include, _id: off })),
    );
    fc.assert(
      fc.property(documentsArbitrary, projection, (documents, shape) => {
        const project = simpleProjection(shape);
        if (Object.keys(shape).length === 0) return expect(project).toBeNull();
        expect(project).not.toBeNull();
        expect(documents.map((document) => project?.(document as never))).toEqual(mingoFind(documents as AnyObject[], {}, shape).all());
      }),
      { numRuns: 300 },
    );
    expect(simpleProjection({ 'a.b': true })).toBeNull();
    expect(simpleProjection({ a: true, b: false })).toBeNull();
  });

  it('the recount of answers ($in match, $unwind, $group on a compound _id) gives what mingo gives', () => {
    const choice = fc.oneof(
      fc.record({ q: fc.constantFrom('overall', 'service'), c: fc.constantFrom('satisfied', 'fairly', 'unknown') }),
      fc.record({ q: fc.constantFrom('overall', 1), c: fc.oneof(fc.constant(null), fc.constant(2), fc.constant(['x'])) }, { requiredKeys: [] }),
      fc.constantFrom('text', '', 3, null),
    );
    const answer = fc.record({ roundId: fc.oneof(fc.constantFrom('r1', 'r2', 'r3'), fc.constant(null)), choices: fc.oneof(fc.array(choice, { maxLength: 4 }), choice, fc.constant(undefined)) }, { requiredKeys: ['roundId'] });
    const answers = fc.array(answer, { maxLength: 20 }).map((list) => list.map((document, index) => plain({ _id: `a${index}`, ...document }) as DocumentObject));
    const pipeline = (rounds: string[]): DocumentObject[] => [
      { $match: { roundId: { $in: rounds } } },
      { $unwind: '$choices' },
      { $group: { _id: { r: '$roundId', q: '$choices.q', c: '$choices.c' }, n: { $sum: 1 } } },
    ];
    fc.assert(
      fc.property(answers, fc.subarray(['r1', 'r2', 'r3']), (documents, rounds) => {
        const db = new LocalDatabase(createMemoryStore());
        db.declareCollection('c');
        db.insertMany('c', documents.map((document) => Object.fromEntries(Object.entries(document).filter(([, field]) => field !== undefined)) as DocumentObject));
        const stored = db.find('c', {}, { limit: 1000 });
        expect(db.aggregate('c', pipeline(rounds))).toEqual(mingoAggregate(stored as AnyObject[], pipeline(rounds) as AnyObject[]));
      }),
      { numRuns: 300 },
    );
    const unwound = simpleUnwind('$choices')?.([{ _id: 'a', roundId: 'r1', choices: [{ q: 'overall', c: 'satisfied' }, { q: 'service', c: 'fairly' }] }, { _id: 'b', choices: [] }, { _id: 'c' }]);
    expect(unwound).toEqual([
      { _id: 'a', roundId: 'r1', choices: { q: 'overall', c: 'satisfied' } },
      { _id: 'a', roundId: 'r1', choices: { q: 'service', c: 'fairly' } },
    ]);
    expect(simpleGroup({ _id: { r: '$roundId', c: '$choices.c' }, n: { $sum: 1 } })?.(unwound ?? [])).toEqual([
      { _id: { r: 'r1', c: 'satisfied' }, n: 1 },
      { _id: { r: 'r1', c: 'fairly' }, n: 1 },
    ]);
    expect(simpleUnwind('$choices.q')).toBeNull();
    expect(simpleUnwind({ path: '$choices' })).toBeNull();
  });

  it('a plain $unwind reads the stored documents without a copy and leaves them as they were', () => {
    const db = new LocalDatabase(createMemoryStore());
    db.declareCollection('c');
    const stored = [
      { _id: 'a', roundId: 'r1', choices: [{ q: 'overall', c: 'satisfied' }, { q: 'service', c: 'fairly' }], meta: { tags: ['x', 'y'] } },
      { _id: 'b', roundId: 'r1', choices: [], meta: { tags: [] } },
      { _id: 'c', roundId: 'r2', choices: 'text', meta: {} },
    ];
    db.insertMany('c', stored.map((document) => plain(document) as DocumentObject));
    expect(db.aggregate('c', [{ $unwind: '$choices' }, { $group: { _id: { r: '$roundId', c: '$choices.c' }, n: { $sum: 1 } } }])).toHaveLength(3);
    expect(db.aggregate('c', [{ $unwind: '$meta.tags' }])).toEqual([
      { _id: 'a', roundId: 'r1', choices: stored[0].choices, meta: { tags: 'x' } },
      { _id: 'a', roundId: 'r1', choices: stored[0].choices, meta: { tags: 'y' } },
    ]);
    expect(db.aggregate('c', [{ $unwind: '$choices' }, { $sort: { _id: 1 } }])).toHaveLength(3);
    expect(db.find('c', {}, { sort: { _id: 1 } })).toEqual(stored);
  });

  it('filters of top-level equalities keep what mingo keeps (arrays holding the value too)', () => {
    const value = fc.oneof(fc.constantFrom('a', 'b', 'r1', 'text'), fc.integer({ min: -3, max: 3 }), fc.boolean());
    const filter = fc.dictionary(fc.constantFrom('roundId', 'orgPath', 'respondents', 'counts', 'absent'), fc.oneof(value, fc.array(value, { maxLength: 3 }).map((list) => ({ $in: list }))), { maxKeys: 2 });
    fc.assert(
      fc.property(documentsArbitrary, filter, (documents, shape) => {
        const expected = mingoFind(documents as AnyObject[], shape).all();
        const kept = filterByEquality(documents as never[], shape);
        if (kept) expect(kept).toEqual(expected);
        const db = new LocalDatabase(createMemoryStore());
        db.declareCollection('c');
        db.insertMany('c', documents);
        expect(db.find('c', shape, { sort: { _id: 1 } })).toEqual(mingoFind(documents as AnyObject[], shape).sort({ _id: 1 }).all());
        expect(db.aggregate('c', [{ $match: shape }])).toEqual(expected);
        expect(db.count('c', shape)).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
    expect(filterByEquality([{ _id: 'a', tags: [{ x: 1 }] }], { tags: 'x' })).toBeNull();
    expect(filterByEquality([{ _id: 'a', tags: ['x', 'y'] }, { _id: 'b', tags: 'y' }], { tags: 'x' })).toEqual([{ _id: 'a', tags: ['x', 'y'] }]);
  });

  it('queries naming one _id see only that document, in and out of transactions', () => {
    const db = new LocalDatabase(createMemoryStore());
    db.declareCollection('c');
    db.insertMany('c', [
      { _id: 'x', n: 1 },
      { _id: 1, n: 2 },
      { _id: '1', n: 3 },
    ]);
    expect(db.query('c', { _id: 1 })).toEqual([{ _id: 1, n: 2 }]);
    expect(db.query('c', { _id: '1', n: 2 })).toEqual([]);
    expect(db.count('c', { _id: 'x' })).toBe(1);
    const tx = db.startTransaction();
    db.insert('c', [{ _id: 'y', n: 4 }], tx);
    expect(db.query('c', { _id: 'y' }, {}, tx)).toEqual([{ _id: 'y', n: 4 }]);
    expect(db.query('c', { _id: 'y' })).toEqual([]);
    db.modify('c', { filter: { _id: 'x' }, merge: true, multi: false, upsert: false, data: { $inc: { n: 1 } } }, tx);
    db.commitTransaction(tx);
    expect(db.find('c', { _id: { $in: ['x', 'y'] } })).toEqual([
      { _id: 'x', n: 2 },
      { _id: 'y', n: 4 },
    ]);
    expect(db.remove('c', { _id: 'missing' }, false)).toBe(0);
  });
});
