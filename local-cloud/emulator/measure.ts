/**
 * Prints the emulator's figures (not a test; timings vary by machine):
 *   node --import tsx local-cloud/emulator/measure.ts
 * 10k-document insert / query / aggregate / reopen for the memory and SQLite stores, one SDK
 * round trip over loopback, and 300 concurrent _.inc through the SDK.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCloud, sdkResult, startEmulatorServer } from '../../tests/support/sdk-env';
import { LocalDatabase, createMemoryStore, createSqliteStore } from './index';
import type { Store } from './types';

const DOCUMENTS = 10_000;
const villages = ['东村', '西村', '南村', '北村', '中心村'];

const time = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measureStore(label: string, makeStore: () => Store): void {
  const db = new LocalDatabase(makeStore());
  db.declareCollection('pledges');
  const documents = Array.from({ length: DOCUMENTS }, (_, i) => ({
    village: villages[i % villages.length],
    score: i % 10,
    createdAt: new Date(1_700_000_000_000 + i * 60_000),
    text: `第${i}条承诺：为群众办实事`,
    tags: ['学习', i % 2 ? '服务' : '带富'],
  }));
  const [, insertMs] = time(() => db.insertMany('pledges', documents));
  const oneByOne = Array.from({ length: 1000 }, (_, i) => ({ single: i }));
  const [, singleMs] = time(() => oneByOne.forEach((doc) => db.insertMany('pledges', [doc])));
  const queries = Array.from({ length: 7 }, () =>
    time(() => db.query('pledges', { village: '东村', score: { $gte: 5 } }, { sort: { createdAt: -1 }, limit: 100 }))[1],
  );
  const aggregates = Array.from({ length: 7 }, () =>
    time(() =>
      db.aggregate('pledges', [
        { $match: { score: { $gte: 3 } } },
        { $group: { _id: '$village', n: { $sum: 1 }, avg: { $avg: '$score' } } },
        { $sort: { n: -1 } },
      ]),
    )[1],
  );
  const [, reopenMs] = time(() => new LocalDatabase(makeStore()));
  console.log(
    `${label}: insert ${DOCUMENTS} in one batch ${insertMs.toFixed(0)} ms; 1000 single inserts ${singleMs.toFixed(0)} ms ` +
      `(${(singleMs / 1000).toFixed(3)} ms each); query (match+sort+limit 100) median ${median(queries).toFixed(1)} ms; ` +
      `aggregate (match, group, sort) median ${median(aggregates).toFixed(1)} ms; reopen ${reopenMs.toFixed(0)} ms`,
  );
}

async function measureSdk(): Promise<void> {
  const server = await startEmulatorServer();
  server.emulator.db.declareCollection('pings');
  server.emulator.db.insertMany('pings', [{ _id: 'p', n: 0 }]);
  const cloud = loadCloud(server.url, 'o-measure');
  const db = cloud.database();
  for (let i = 0; i < 20; i += 1) await sdkResult(db.collection('pings').doc('p').get());
  const trips: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const started = performance.now();
    await sdkResult(db.collection('pings').doc('p').get());
    trips.push(performance.now() - started);
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: 300 }, () => sdkResult(db.collection('pings').doc('p').update({ data: { n: db.command.inc(1) } }))));
  const incMs = performance.now() - started;
  const final = server.emulator.db.findOne<{ n: number }>('pings', { _id: 'p' });
  console.log(
    `SDK over loopback: doc().get round trip median ${median(trips).toFixed(2)} ms; 300 concurrent _.inc ${incMs.toFixed(0)} ms (n = ${final?.n ?? '?'})`,
  );
  await server.close();
}

async function main(): Promise<void> {
  // A first pass warms the JIT so the two stores are compared fairly.
  const warmup = createMemoryStore();
  measureStore('warm-up (memory, discarded)', () => warmup);
  const memory = createMemoryStore();
  measureStore('memory', () => memory);
  const dir = mkdtempSync(join(tmpdir(), 'measure-'));
  measureStore('sqlite', () => createSqliteStore(join(dir, 'db.sqlite')));
  rmSync(dir, { recursive: true, force: true });
  await measureSdk();
}

void main();
