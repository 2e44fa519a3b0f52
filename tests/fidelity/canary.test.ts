/**
 * Canary: the local cloud depends on @cloudbase/node-sdk honouring TCB_CONTEXT_CNFG.URL, an
 * internal of the platform. If an SDK upgrade stops reading it, these tests fail loudly instead
 * of every other test quietly talking to the public cloud (or failing with ENOTFOUND).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, createMemoryStore, type Emulator } from '../../local-cloud/emulator';
import { loadCloud } from '../support/sdk-env';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface SeenRequest {
  method: string;
  url: string;
}

describe('the SDK honours TCB_CONTEXT_CNFG', () => {
  let server: Server;
  let emulator: Emulator;
  let storageDir: string;
  let adminUrl: string;
  const seen: SeenRequest[] = [];

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'canary-'));
    let base = '';
    emulator = createEmulator({ store: createMemoryStore(), storageDir, publicBaseUrl: () => base });
    // Record each request line before the emulator answers it.
    server = createServer((req: IncomingMessage, res) => {
      seen.push({ method: req.method ?? '', url: req.url ?? '' });
      void emulator.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    adminUrl = `${base}/admin`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await emulator.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('sends database calls to the URL in TCB_CONTEXT_CNFG, and they land in the emulator', async () => {
    emulator.db.declareCollection('canary');
    const cloud = loadCloud(adminUrl, 'o-canary');
    const result = await cloud.database().collection('canary').add({ data: { alive: true } });
    expect(seen).toContainEqual(
      expect.objectContaining({ method: 'POST', url: expect.stringMatching(/^\/admin\?.*env=local-dev/) }),
    );
    expect(emulator.db.findOne('canary', { _id: (result as { _id: string })._id })).toMatchObject({ alive: true });
  });

  it('fails fast against a dead local URL rather than reaching any other host', async () => {
    const cloud = loadCloud('http://127.0.0.1:9/admin', 'o-canary');
    const started = Date.now();
    await expect(cloud.database().collection('canary').get()).rejects.toMatchObject({ message: expect.stringMatching(/ECONNREFUSED/) });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
