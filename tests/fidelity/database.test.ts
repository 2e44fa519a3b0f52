/**
 * Database fidelity through the real wx-server-sdk over loopback HTTP: the shapes a handler
 * sees, the error codes, the SDK's 100 / 1000 row limits, EJSON types and update operators.
 */
import { loadCloud, sdkResult, startEmulatorServer, type EmulatorServer, type WxServerSdk } from '../support/sdk-env';

jest.setTimeout(30_000);

interface SdkError {
  errCode: number;
  errMsg: string;
}

let server: EmulatorServer;
let cloud: WxServerSdk;

beforeAll(async () => {
  server = await startEmulatorServer();
  cloud = loadCloud(server.url, 'o-alice');
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.emulator.db.reset();
  server.emulator.db.declareCollection('todos');
});

const todos = () => cloud.database().collection('todos');

describe('return shapes', () => {
  it('add returns {_id, errMsg} with a 32-hex-character id', async () => {
    const result = await todos().add({ data: { title: '学习' } });
    expect(result).toEqual({ _id: expect.stringMatching(/^[0-9a-f]{32}$/), errMsg: 'collection.add:ok' });
  });

  it('where().get returns {data, errMsg} and doc().get returns one document', async () => {
    const { _id } = (await todos().add({ data: { title: 'a', n: 1 } })) as { _id: string };
    await expect(todos().where({ n: 1 }).get()).resolves.toEqual({
      data: [{ _id, title: 'a', n: 1 }],
      errMsg: 'collection.get:ok',
    });
    await expect(todos().doc(_id).get()).resolves.toEqual({ data: { _id, title: 'a', n: 1 }, errMsg: 'document.get:ok' });
  });

  it('doc().get of a missing id rejects as the cloud does', async () => {
    await expect(todos().doc('missing').get()).rejects.toMatchObject({
      errMsg: expect.stringContaining('document with _id missing does not exist'),
    });
  });

  it('update returns {stats: {updated}}; counting only documents that changed', async () => {
    await server.emulator.db.insertMany('todos', [{ _id: 'a', n: 1 }, { _id: 'b', n: 1 }, { _id: 'c', n: 2 }]);
    await expect(todos().doc('a').update({ data: { n: 5 } })).resolves.toEqual({ stats: { updated: 1 }, errMsg: 'document.update:ok' });
    await expect(todos().where({ n: 1 }).update({ data: { done: true } })).resolves.toEqual({
      stats: { updated: 1 },
      errMsg: 'collection.update:ok',
    });
    await expect(todos().doc('c').update({ data: { n: 2 } })).resolves.toEqual({ stats: { updated: 0 }, errMsg: 'document.update:ok' });
    await expect(todos().doc('nobody').update({ data: { n: 2 } })).resolves.toEqual({ stats: { updated: 0 }, errMsg: 'document.update:ok' });
  });

  it('set creates, then replaces the whole document: {_id, stats: {updated, created}}', async () => {
    await expect(todos().doc('s1').set({ data: { a: 1, b: 2 } })).resolves.toEqual({
      _id: 's1',
      errMsg: 'document.set:ok',
      stats: { updated: 0, created: 1 },
    });
    await expect(todos().doc('s1').set({ data: { c: 3 } })).resolves.toEqual({
      _id: 's1',
      errMsg: 'document.set:ok',
      stats: { updated: 1, created: 0 },
    });
    expect(server.emulator.db.findOne('todos', { _id: 's1' })).toEqual({ _id: 's1', c: 3 });
  });

  it('remove returns {stats: {removed}} for doc() and where()', async () => {
    await server.emulator.db.insertMany('todos', [{ _id: 'a', k: 1 }, { _id: 'b', k: 1 }, { _id: 'c', k: 2 }]);
    await expect(todos().doc('c').remove()).resolves.toEqual({ stats: { removed: 1 }, errMsg: 'document.remove:ok' });
    await expect(todos().where({ k: 1 }).remove()).resolves.toEqual({ stats: { removed: 2 }, errMsg: 'collection.remove:ok' });
    expect(server.emulator.db.count('todos')).toBe(0);
  });

  it('count returns {total}', async () => {
    await server.emulator.db.insertMany('todos', [{ k: 1 }, { k: 1 }, { k: 2 }]);
    await expect(todos().where({ k: 1 }).count()).resolves.toEqual({ total: 2, errMsg: 'collection.count:ok' });
    await expect(todos().count()).resolves.toEqual({ total: 3, errMsg: 'collection.count:ok' });
  });

  it('aggregate returns {list} through $match, $group and $sort', async () => {
    await server.emulator.db.insertMany('todos', [
      { village: '东村', score: 3 },
      { village: '东村', score: 5 },
      { village: '西村', score: 4 },
      { village: '南村', score: 1, hidden: true },
    ]);
    const db = cloud.database();
    const $ = db.command.aggregate;
    const result = await todos()
      .aggregate()
      .match({ hidden: db.command.neq(true) })
      .group({ _id: '$village', total: $.sum('$score'), n: $.sum(1) })
      .sort({ total: -1 })
      .end();
    expect(result).toEqual({
      list: [
        { _id: '东村', total: 8, n: 2 },
        { _id: '西村', total: 4, n: 1 },
      ],
      errMsg: 'collection.aggregate:ok',
    });
  });

  it('aggregate $lookup reads another collection', async () => {
    server.emulator.db.declareCollection('villages');
    await server.emulator.db.insertMany('villages', [{ _id: 'v1', name: '东村' }]);
    await server.emulator.db.insertMany('todos', [{ _id: 't1', villageId: 'v1' }]);
    const result = await todos()
      .aggregate()
      .lookup({ from: 'villages', localField: 'villageId', foreignField: '_id', as: 'village' })
      .end();
    expect(result).toMatchObject({ list: [{ _id: 't1', villageId: 'v1', village: [{ _id: 'v1', name: '东村' }] }] });
  });
  it('aggregate stages that reshape documents leave the stored documents untouched', async () => {
    await server.emulator.db.insertMany('todos', [{ _id: 'm', o: { k: 1 }, arr: [1, 2] }]);
    const result = await todos()
      .aggregate()
      .addFields({ 'o.extra': 2 })
      .unwind('$arr')
      .end();
    expect(result).toMatchObject({ list: [{ _id: 'm', o: { k: 1, extra: 2 }, arr: 1 }, { _id: 'm', o: { k: 1, extra: 2 }, arr: 2 }] });
    expect(server.emulator.db.findOne('todos', { _id: 'm' })).toEqual({ _id: 'm', o: { k: 1 }, arr: [1, 2] });
  });
});

describe('error codes', () => {
  it('a collection that was never created answers -502005 for every operation', async () => {
    const missing = cloud.database().collection('no_such_collection');
    for (const call of [() => missing.get(), () => missing.count(), () => missing.add({ data: { a: 1 } }), () => missing.doc('x').update({ data: { a: 1 } })]) {
      await expect(call()).rejects.toMatchObject({ errCode: -502005 });
    }
  });

  it('a duplicate _id answers -502001', async () => {
    await todos().add({ data: { _id: 'same', a: 1 } });
    const error = (await sdkResult(todos()
      .add({ data: { _id: 'same', a: 2 } }))
      .catch((e: unknown) => e)) as SdkError;
    expect(error.errCode).toBe(-502001);
    expect(error.errMsg).toMatch(/E11000 duplicate key/);
  });

  it('a query mingo cannot run (geo operators) answers -502002 naming the problem', async () => {
    const db = cloud.database();
    const query = { where: db.command.geoNear({ geometry: db.Geo.Point(113, 23), maxDistance: 10 }) };
    await expect(todos().where(query).get()).rejects.toMatchObject({ errCode: -502002, errMsg: expect.stringContaining('invalid query') });
  });

  it('createCollection creates once, then fails like the cloud', async () => {
    const db = cloud.database();
    await expect(db.createCollection('fresh')).resolves.toMatchObject({ errMsg: 'createCollection:ok' });
    expect(server.emulator.db.hasCollection('fresh')).toBe(true);
    // wx-server-sdk wraps this thrown TcbError without mapping its code, so errCode is -1.
    await expect(db.createCollection('fresh')).rejects.toMatchObject({ errMsg: expect.stringContaining('Table exist') });
  });
});

describe('limits applied by the SDK', () => {
  beforeEach(() => {
    server.emulator.db.insertMany(
      'todos',
      Array.from({ length: 1500 }, (_, i) => ({ i })),
    );
  });

  it('returns 100 rows by default and for limit(0)', async () => {
    expect((await sdkResult(todos().get())).data).toHaveLength(100);
    expect((await sdkResult(todos().limit(0).get())).data).toHaveLength(100);
  });

  it('returns at most 1000 rows even when asked for more', async () => {
    expect((await sdkResult(todos().limit(1000).get())).data).toHaveLength(1000);
    expect((await sdkResult(todos().limit(5000).get())).data).toHaveLength(1000);
  });

  it('pages with skip and orderBy', async () => {
    const page = await sdkResult(todos().orderBy('i', 'desc').skip(10).limit(3).get());
    expect(page.data.map((d) => d.i)).toEqual([1489, 1488, 1487]);
  });

  it('counts beyond the row limits', async () => {
    expect((await sdkResult(todos().count())).total).toBe(1500);
  });
});

describe('EJSON values and queries', () => {
  it('keeps Date, nested objects, arrays, null and booleans; serverDate is the server clock', async () => {
    const db = cloud.database();
    const before = Date.now();
    const { _id } = (await todos().add({
      data: { when: new Date('2024-05-01T08:00:00Z'), at: db.serverDate(), nested: { a: [1, { b: null }] }, ok: false, ratio: 0.25 },
    })) as { _id: string };
    const { data } = await sdkResult(todos().doc(_id).get());
    const doc = data as { when: Date; at: Date; nested: unknown; ok: boolean; ratio: number };
    expect(doc.when).toEqual(new Date('2024-05-01T08:00:00Z'));
    expect(doc.at).toBeInstanceOf(Date);
    expect(doc.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(doc.nested).toEqual({ a: [1, { b: null }] });
    expect(doc.ok).toBe(false);
    expect(doc.ratio).toBe(0.25);
  });

  it('matches with command operators, dates, RegExp and db.RegExp', async () => {
    const db = cloud.database();
    const _ = db.command;
    await server.emulator.db.insertMany('todos', [
      { _id: '1', title: '党员学习', n: 1, at: new Date('2024-01-01') },
      { _id: '2', title: '村民议事', n: 5, at: new Date('2024-06-01') },
      { _id: '3', title: '党员活动', n: 9, at: new Date('2024-12-01'), tags: ['a', 'b'] },
    ]);
    const ids = async (query: Record<string, unknown>) => (await sdkResult(todos().where(query).orderBy('_id', 'asc').get())).data.map((d) => d._id);
    expect(await ids({ n: _.gt(1).and(_.lt(9)) })).toEqual(['2']);
    expect(await ids({ n: _.in([1, 9]) })).toEqual(['1', '3']);
    expect(await ids({ at: _.gte(new Date('2024-05-01')) })).toEqual(['2', '3']);
    expect(await ids({ title: /^党员/ })).toEqual(['1', '3']);
    expect(await ids({ title: db.RegExp({ regexp: '议事', options: 'i' }) })).toEqual(['2']);
    expect(await ids({ tags: 'b' })).toEqual(['3']);
    expect(await ids({ tags: _.exists(false) })).toEqual(['1', '2']);
    expect(await ids(_.or([{ n: 1 }, { n: 9 }]) as unknown as Record<string, unknown>)).toEqual(['1', '3']);
  });

  it('projects with field()', async () => {
    await server.emulator.db.insertMany('todos', [{ _id: 'p', a: 1, b: 2, c: { d: 3, e: 4 } }]);
    expect((await sdkResult(todos().field({ a: true, 'c.d': true }).get())).data).toEqual([{ _id: 'p', a: 1, c: { d: 3 } }]);
    expect((await sdkResult(todos().doc('p').field({ b: false }).get())).data).toEqual({ _id: 'p', a: 1, c: { d: 3, e: 4 } });
  });
});

describe('update operators as the SDK sends them', () => {
  it('applies inc, mul, set on a nested path, unset (remove), push, pull, addToSet, pop, shift, unshift, min, max', async () => {
    const db = cloud.database();
    const _ = db.command;
    await server.emulator.db.insertMany('todos', [
      { _id: 'u', n: 1, m: 2, o: { x: 1 }, gone: 1, list: [1, 2, 3], set: ['a'], lo: 5, hi: 5 },
    ]);
    await todos()
      .doc('u')
      .update({
        data: {
          n: _.inc(2),
          m: _.mul(3),
          o: { y: 2 },
          gone: _.remove(),
          list: _.push([4, 5]),
          set: _.addToSet('a'),
          lo: _.min(1),
          hi: _.max(9),
        },
      });
    expect(server.emulator.db.findOne('todos', { _id: 'u' })).toEqual({
      _id: 'u',
      n: 3,
      m: 6,
      o: { x: 1, y: 2 },
      list: [1, 2, 3, 4, 5],
      set: ['a'],
      lo: 1,
      hi: 9,
    });
    await todos().doc('u').update({ data: { list: _.pull(_.gte(4)) } });
    await todos().doc('u').update({ data: { list: _.pop() } });
    await todos().doc('u').update({ data: { list: _.shift() } });
    await todos().doc('u').update({ data: { list: _.unshift([0]), set: _.addToSet('b') } });
    expect(server.emulator.db.findOne('todos', { _id: 'u' })).toMatchObject({ list: [0, 2], set: ['a', 'b'] });
  });

  it('update with a plain nested object sets fields inside it, set() replaces the object', async () => {
    await server.emulator.db.insertMany('todos', [{ _id: 'n', o: { x: 1, y: 1 } }]);
    await todos().doc('n').update({ data: { o: { y: 2 } } });
    expect(server.emulator.db.findOne('todos', { _id: 'n' })).toEqual({ _id: 'n', o: { x: 1, y: 2 } });
    await todos().doc('n').set({ data: { o: { y: 3 } } });
    expect(server.emulator.db.findOne('todos', { _id: 'n' })).toEqual({ _id: 'n', o: { y: 3 } });
  });

  it('updates every match with where().update, only one with multi: false', async () => {
    await server.emulator.db.insertMany('todos', [{ k: 1 }, { k: 1 }, { k: 1 }]);
    const _ = cloud.database().command;
    await expect(todos().where({ k: 1 }).update({ data: { v: _.inc(1) } })).resolves.toMatchObject({ stats: { updated: 3 } });
  });
});

describe('MongoDB strictness mingo lacks', () => {
  beforeEach(() => {
    server.emulator.db.insertMany('todos', [{ _id: 's', title: 'text', tags: 'not-an-array', n: 1 }]);
  });

  it('rejects $inc on a string and leaves the document unchanged', async () => {
    const _ = cloud.database().command;
    const error = (await (todos()
      .doc('s')
      .update({ data: { title: _.inc(1), n: _.inc(1) } }) as Promise<unknown>)
      .catch((e: unknown) => e)) as SdkError;
    expect(error.errCode).toBe(-502001);
    expect(error.errMsg).toMatch(/Cannot apply \$inc to a value of non-numeric type/);
    expect(server.emulator.db.findOne('todos', { _id: 's' })).toMatchObject({ title: 'text', n: 1 });
  });

  it('rejects $push onto a non-array', async () => {
    const _ = cloud.database().command;
    const error = (await (todos()
      .doc('s')
      .update({ data: { tags: _.push('x') } }) as Promise<unknown>)
      .catch((e: unknown) => e)) as SdkError;
    expect(error.errCode).toBe(-502001);
    expect(error.errMsg).toMatch(/The field 'tags' must be an array but is of type string/);
  });

  it('rejects $addToSet and $pull on a non-array, and a path through a string', async () => {
    const _ = cloud.database().command;
    await expect(todos().doc('s').update({ data: { tags: _.addToSet('x') } })).rejects.toMatchObject({ errCode: -502001 });
    await expect(todos().doc('s').update({ data: { tags: _.pull('x') } })).rejects.toMatchObject({ errCode: -502001 });
    await expect(todos().doc('s').update({ data: { 'title.sub': 1 } })).rejects.toMatchObject({
      errMsg: expect.stringContaining("Cannot create field 'sub'"),
    });
  });
});
