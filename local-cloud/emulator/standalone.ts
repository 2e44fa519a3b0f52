/**
 * The emulator alone on 127.0.0.1 over a SQLite file, for the durability test and for poking at
 * the admin API by hand:
 *
 *   node --import tsx local-cloud/emulator/standalone.ts --db .local-cloud/db.sqlite --storage .local-cloud/storage [--port 0] [--env local-dev]
 *
 * Prints one JSON line {"ready":true,"port":<n>,"url":"http://127.0.0.1:<n>/admin"} once it listens.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEmulator, createSqliteStore } from './index';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '.local-cloud/db.sqlite' },
    storage: { type: 'string', default: '.local-cloud/storage' },
    port: { type: 'string', default: '0' },
    env: { type: 'string', default: 'local-dev' },
    collections: { type: 'string', default: '' },
  },
});

let baseUrl = '';
const emulator = createEmulator({
  store: createSqliteStore(resolve(values.db)),
  storageDir: resolve(values.storage),
  publicBaseUrl: () => baseUrl,
  envId: values.env,
});
for (const name of values.collections.split(',').filter(Boolean)) emulator.db.declareCollection(name);

const server = createServer((req, res) => {
  emulator.handle(req, res).then(
    (handled) => {
      if (handled) return;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`not an emulator path: ${req.url ?? ''}`);
    },
    (error: unknown) => {
      console.error('[local-cloud] request failed:', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    },
  );
});

server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  process.stdout.write(`${JSON.stringify({ ready: true, port, url: `${baseUrl}/admin` })}\n`);
});

const shutdown = (): void => {
  server.close();
  server.closeAllConnections();
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
