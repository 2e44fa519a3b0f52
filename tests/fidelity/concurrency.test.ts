/**
 * Writes are serialised: concurrent _.inc through the SDK lose nothing (NeDB lost 299 of 300).
 */
import { loadCloud, sdkResult, startEmulatorServer, type EmulatorServer, type WxServerSdk } from '../support/sdk-env';
import { createSqliteStore } from '../../local-cloud/emulator';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(60_000);

async function incrementConcurrently(server: EmulatorServer, cloud: WxServerSdk, times: number): Promise<number> {
  server.emulator.db.declareCollection('counters');
  server.emulator.db.insertMany('counters', [{ _id: 'c', n: 0 }]);
  const db = cloud.database();
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: times }, () => sdkResult(db.collection('counters').doc('c').update({ data: { n: db.command.inc(1) } }))),
  );
  const elapsed = performance.now() - started;
  expect(results.every((r) => r.stats.updated === 1)).toBe(true);
  expect(server.emulator.db.findOne('counters', { _id: 'c' })).toEqual({ _id: 'c', n: times });
  return elapsed;
}

it('300 concurrent _.inc on one document lose nothing (memory store)', async () => {
  const server = await startEmulatorServer();
  try {
    const elapsed = await incrementConcurrently(server, loadCloud(server.url, 'o-inc'), 300);
    console.log(`[figures] 300 concurrent _.inc via SDK, memory store: ${elapsed.toFixed(0)} ms`);
  } finally {
    await server.close();
  }
});

it('300 concurrent _.inc on one document lose nothing (SQLite store, and survive a reopen)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'inc-sqlite-'));
  const file = join(dir, 'db.sqlite');
  const server = await startEmulatorServer({ store: createSqliteStore(file) });
  try {
    const elapsed = await incrementConcurrently(server, loadCloud(server.url, 'o-inc'), 300);
    console.log(`[figures] 300 concurrent _.inc via SDK, SQLite store: ${elapsed.toFixed(0)} ms`);
  } finally {
    await server.close();
  }
  const reopened = await startEmulatorServer({ store: createSqliteStore(file) });
  expect(reopened.emulator.db.findOne('counters', { _id: 'c' })).toEqual({ _id: 'c', n: 300 });
  await reopened.close();
  rmSync(dir, { recursive: true, force: true });
});
