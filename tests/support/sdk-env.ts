/**
 * Runs the real, unmodified wx-server-sdk against the local admin-API emulator.
 *
 *   const server = await startEmulatorServer();              // memory store, temp storage folder
 *   server.emulator.db.declareCollection('todos');
 *   const cloud = loadCloud(server.url, 'openid-alice');     // sets process.env, requires the SDK
 *   const db = cloud.database();
 *   await db.collection('todos').add({ data: { title: 'x' } });
 *   await server.close();
 *
 * The SDK reads its endpoint, env id and identity from process.env on every call
 * (@cloudbase/node-sdk dist/utils/tcbapiendpoint.js reads TCB_CONTEXT_CNFG.URL), so one jest
 * process can talk to one emulator at a time through it. Functions run by the runner should get
 * the same variables from sdkEnvironment() in their own worker env.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ADMIN_PATH,
  CALLER_OPENID_PARAM,
  createEmulator,
  createMemoryStore,
  type Emulator,
  type EmulatorOptions,
} from '../../local-cloud/emulator';

export type WxServerSdk = typeof import('wx-server-sdk');

export interface EmulatorServer {
  /** Admin endpoint, e.g. http://127.0.0.1:41234/admin: what TCB_CONTEXT_CNFG.URL points at. */
  url: string;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  port: number;
  emulator: Emulator;
  storageDir: string;
  server: Server;
  /** Stops the server, closes the emulator (and its store), removes a temporary storage folder. */
  close(): Promise<void>;
}

export type StartEmulatorOptions = Partial<Omit<EmulatorOptions, 'publicBaseUrl'>>;

/** Starts an HTTP server on 127.0.0.1 (random port) that serves only the emulator. */
export async function startEmulatorServer(options: StartEmulatorOptions = {}): Promise<EmulatorServer> {
  const ownsStorageDir = options.storageDir === undefined;
  const storageDir = options.storageDir ?? mkdtempSync(join(tmpdir(), 'local-cloud-storage-'));
  let baseUrl = '';
  const emulator = createEmulator({
    ...options,
    store: options.store ?? createMemoryStore(),
    storageDir,
    publicBaseUrl: () => baseUrl,
  });
  const server = createServer((req, res) => {
    emulator
      .handle(req, res)
      .then((handled) => {
        if (!handled) {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end(`not an emulator path: ${req.url ?? ''}`);
        }
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    url: `${baseUrl}${ADMIN_PATH}`,
    baseUrl,
    port,
    emulator,
    storageDir,
    server,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await emulator.close();
      if (ownsStorageDir) rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

export interface SdkEnvironmentOptions {
  /** The caller's OPENID (cloud.getWXContext().OPENID); also sent to the emulator for callFunction. */
  openid?: string;
  envId?: string;
  appid?: string;
  unionid?: string;
}

/**
 * The environment variables that make the unmodified SDK call `adminUrl` and nothing else
 * (see /work/shared/notes/local-cloud-facts.md): SCF run-env (no metadata probes), env id,
 * region, fake secrets (the SDK crashes without them; the emulator ignores signatures),
 * TCB_CONTEXT_CNFG.URL, and the WX_* context getWXContext() reads.
 */
export function sdkEnvironment(adminUrl: string, options: SdkEnvironmentOptions = {}): Record<string, string> {
  const envId = options.envId ?? 'local-dev';
  const url = new URL(adminUrl);
  // buildUrl appends "env=..&seqId=.." after a URL that already has a query, so end it with '&'.
  if (options.openid) url.searchParams.set(CALLER_OPENID_PARAM, options.openid);
  const serviceUrl = url.search ? `${url.toString()}&` : url.toString();
  const env: Record<string, string> = {
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: envId,
    TCB_ENV: envId,
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TENCENTCLOUD_SECRETID: 'local-secret-id',
    TENCENTCLOUD_SECRETKEY: 'local-secret-key',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: serviceUrl }),
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID',
    WX_APPID: options.appid ?? 'wx0000000000000000',
    WX_OPENID: options.openid ?? '',
    WX_UNIONID: options.unionid ?? '',
    // Silences the SDK's 3 s "slow request" warning timer for database calls.
    SILENCE: 'true',
  };
  return env;
}

/** Sets sdkEnvironment() on process.env (call again to switch identity between calls). */
export function applySdkEnvironment(adminUrl: string, options: SdkEnvironmentOptions = {}): void {
  Object.assign(process.env, sdkEnvironment(adminUrl, options));
}

/**
 * Points the real wx-server-sdk at the emulator as `openid` and returns it, initialised with
 * DYNAMIC_CURRENT_ENV like a deployed function. Jest gives each test file its own module registry.
 */
export function loadCloud(adminUrl: string, openid?: string, options: Omit<SdkEnvironmentOptions, 'openid'> = {}): WxServerSdk {
  applySdkEnvironment(adminUrl, { ...options, openid });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK must load after process.env is set
  const cloud = require('wx-server-sdk') as WxServerSdk;
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  return cloud;
}

export type SdkDatabase = ReturnType<WxServerSdk['database']>;
export type SdkCollection = ReturnType<SdkDatabase['collection']>;

/** What runTransaction's callback and startTransaction() get (wx-server-sdk types it as any). */
export interface SdkTransaction {
  collection(name: string): SdkCollection;
  commit(): Promise<unknown>;
  rollback(reason?: unknown): Promise<unknown>;
}

/**
 * wx-server-sdk's typings declare results as `Promise<T> | void | string` (callback styles);
 * called without callbacks they always return a promise. This narrows with a runtime check.
 */
export function sdkResult<T>(result: Promise<T> | void | string): Promise<T> {
  if (!(result instanceof Promise)) throw new Error(`expected the SDK to return a promise, got ${typeof result}`);
  return result;
}
