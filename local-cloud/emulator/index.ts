/**
 * The admin-API emulator: answers the unmodified wx-server-sdk's POST /admin actions
 * (database.*, storage.*, functions.invokeFunction, wx.openApi) with the cloud's reply shapes and
 * error codes, and serves the upload/download URLs it hands out. See README.md in this folder.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { DATABASE_ACTIONS, type ActionParams } from './database-actions';
import { LocalDatabase } from './database';
import { EmulatorError, ErrorCode } from './errors';
import { readBody, sendBuffer, sendJson } from './http-util';
import { newRequestId } from './ids';
import { boundaryOf, parseMultipart } from './openapi/multipart';
import { callOpenApi, parseSensitiveWords, type SensitiveWord } from './openapi/open-apis';
import { MediaCheckQueue } from './openapi/media-check';
import { LocalStorage, type DownloadUrlRequest } from './storage';
import type { CallerEnv, SentMessage, Store } from './types';

export { LocalDatabase } from './database';
export type { Filter, FindOptions, ModifyResult } from './database';
export { createMemoryStore } from './stores/memory-store';
export { createSqliteStore } from './stores/sqlite-store';
export type { SqliteStoreOptions } from './stores/sqlite-store';
export { LocalStorage, STORAGE_HTTP_PREFIX } from './storage';
export { EmulatorError, ErrorCode } from './errors';
export { wxacodeText, EMULATED_OPEN_APIS } from './openapi/open-apis';
export { MediaCheckQueue } from './openapi/media-check';
export type { MediaPush, MediaVerdict } from './openapi/media-check';
export type { CallerEnv, DocumentId, DocumentObject, DocumentValue, SentMessage, Store, StoredDocument } from './types';

/** The admin endpoint path, as in TCB_CONTEXT_CNFG {"URL":"http://127.0.0.1:<port>/admin"}. */
export const ADMIN_PATH = '/admin';
/** Query parameter of the admin URL that names the calling user (see README "Caller identity"). */
export const CALLER_OPENID_PARAM = 'local_openid';

export interface EmulatorOptions {
  /** createMemoryStore() for tests, createSqliteStore(file) for `npm start`. */
  store: Store;
  /** Local folder that holds cloud storage files. */
  storageDir: string;
  /** Base of the upload/download URLs handed to the SDK, e.g. http://127.0.0.1:10086 (known after listen). */
  publicBaseUrl: () => string;
  /** Environment id used in file IDs; default 'local-dev'. */
  envId?: string;
  /** Words msgSecCheck flags, each "word" or "word label"; default: sensitive-words.txt beside this file. */
  sensitiveWords?: string[];
  /** Runs a cloud function for functions.invokeFunction (cloud.callFunction inside a function). */
  invokeFunction?: (name: string, event: unknown, callerEnv: { openid?: string }) => Promise<unknown>;
  /**
   * Message push (云开发 → 设置 → 消息推送): the function that receives each event type. Default
   * `{ wxa_media_check: 'mediaCheck' }`; `null` for an event = not configured (the verdict is dropped).
   */
  messagePush?: { wxa_media_check?: string | null };
  /** Delay before a mediaCheckAsync verdict is pushed (ms); default 300. */
  mediaCheckDelayMs?: number;
}

export interface Emulator {
  /** Handles POST /admin (the SDK's endpoint) and the storage upload/download paths; returns false if the request is not its own. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Direct in-process access for seeding and tests. */
  db: LocalDatabase;
  /** subscribeMessage.send records. */
  outbox: { list(): SentMessage[]; clear(): void };
  /** Cloud storage on the local folder (fileIdFor, readFile, writeFile for seeding and tests). */
  storage: LocalStorage;
  /** security.mediaCheckAsync: preset(fileID, verdict) decides a file's verdict; list() the pushes; settled() waits for them. */
  mediaCheck: MediaCheckQueue;
  readonly envId: string;
  /** Closes the store; later requests are answered with an error. */
  close(): Promise<void>;
}

const DEFAULT_SENSITIVE_WORDS_FILE = join(__dirname, 'sensitive-words.txt');

type AdminReply = { kind: 'json'; body: Record<string, unknown> } | { kind: 'binary'; contentType: string; body: Buffer };

async function readAdminRequest(req: IncomingMessage): Promise<{ params: ActionParams; requestData?: Buffer }> {
  const body = await readBody(req);
  const contentType = req.headers['content-type'];
  if (/multipart\/form-data/i.test(contentType ?? '')) {
    const boundary = boundaryOf(contentType, body);
    if (!boundary) throw new EmulatorError(ErrorCode.InvalidParam, 'multipart body without a boundary');
    const params: ActionParams = {};
    let requestData: Buffer | undefined;
    for (const field of parseMultipart(body, boundary)) {
      if (field.name === 'requestData') requestData = field.value;
      else params[field.name] = field.value.toString('utf8');
    }
    return { params, requestData };
  }
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('body is not an object');
    return { params: parsed as ActionParams };
  } catch (error) {
    throw new EmulatorError(ErrorCode.InvalidParam, `admin request body must be a JSON object: ${(error as Error).message}`);
  }
}

function failureCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_.]*$/.test(code) ? code : ErrorCode.FunctionsExecuteFail;
}

export function createEmulator(opts: EmulatorOptions): Emulator {
  const envId = opts.envId ?? 'local-dev';
  const db = new LocalDatabase(opts.store);
  const storage = new LocalStorage(opts.storageDir, envId, opts.publicBaseUrl);
  const sentMessages: SentMessage[] = [];
  const sensitiveWords: SensitiveWord[] = parseSensitiveWords(
    opts.sensitiveWords ? opts.sensitiveWords.join('\n') : readFileSync(DEFAULT_SENSITIVE_WORDS_FILE, 'utf8'),
  );
  let closed = false;
  const mediaCheck = new MediaCheckQueue({
    receiver: opts.messagePush && 'wxa_media_check' in opts.messagePush ? (opts.messagePush.wxa_media_check ?? null) : 'mediaCheck',
    delayMs: opts.mediaCheckDelayMs ?? 300,
    cloudPathOfUrl: (url) => storage.cloudPathOfDownloadUrl(url),
    invoke: opts.invokeFunction,
    appid: 'wx-local-cloud',
  });

  async function invokeFunction(params: ActionParams, caller: CallerEnv): Promise<Record<string, unknown>> {
    const name = params.function_name;
    if (typeof name !== 'string' || name.length === 0) throw new EmulatorError(ErrorCode.InvalidParam, 'function_name is required');
    if (!opts.invokeFunction) {
      throw new EmulatorError(
        ErrorCode.FunctionsRequestFail,
        `local cloud: cannot call function '${name}': no function runner is wired to this emulator (createEmulator({ invokeFunction }))`,
      );
    }
    let event: unknown = {};
    if (typeof params.request_data === 'string' && params.request_data.length > 0) {
      try {
        event = JSON.parse(params.request_data) as unknown;
      } catch {
        throw new EmulatorError(ErrorCode.InvalidParam, 'request_data is not JSON');
      }
    }
    let result: unknown;
    try {
      result = await opts.invokeFunction(name, event, caller);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      throw new EmulatorError(failureCode(error), `function '${name}' failed: ${message}`);
    }
    return { data: { response_data: JSON.stringify(result ?? null) } };
  }

  async function dispatch(action: string, params: ActionParams, requestData: Buffer | undefined, caller: CallerEnv): Promise<AdminReply> {
    const databaseAction = DATABASE_ACTIONS[action];
    if (databaseAction) return { kind: 'json', body: databaseAction(db, params, new Date()) };
    switch (action) {
      case 'storage.getUploadMetadata':
        return { kind: 'json', body: { data: storage.getUploadMetadata(params) } };
      case 'storage.batchGetDownloadUrl': {
        const fileList = Array.isArray(params.file_list) ? (params.file_list as DownloadUrlRequest[]) : [];
        return { kind: 'json', body: { data: { download_list: await storage.batchGetDownloadUrl(fileList) } } };
      }
      case 'storage.batchDeleteFile': {
        const fileIds = Array.isArray(params.fileid_list) ? params.fileid_list.map(String) : [];
        return { kind: 'json', body: { data: { delete_list: await storage.batchDeleteFile(fileIds) } } };
      }
      case 'functions.invokeFunction':
        return { kind: 'json', body: await invokeFunction(params, caller) };
      case 'wx.openApi': {
        const apiName = typeof params.apiName === 'string' ? params.apiName : '';
        if (!requestData) throw new EmulatorError(ErrorCode.InvalidParam, 'wx.openApi without requestData');
        const reply = await callOpenApi(apiName, requestData, { sensitiveWords, outbox: sentMessages, caller, mediaChecks: mediaCheck });
        return { kind: 'binary', contentType: reply.contentType, body: reply.body };
      }
      default:
        throw new EmulatorError(ErrorCode.InvalidAction, `local cloud: action '${action}' is not emulated`);
    }
  }

  async function handleAdmin(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const requestId = newRequestId();
    let action = '(unknown)';
    try {
      if (req.method !== 'POST') throw new EmulatorError(ErrorCode.InvalidParam, `${req.method ?? ''} ${ADMIN_PATH}: the admin API takes POST`);
      if (closed) throw new EmulatorError(ErrorCode.SystemError, 'local cloud emulator is closed');
      const { params, requestData } = await readAdminRequest(req);
      action = typeof params.action === 'string' ? params.action : '(missing)';
      const caller: CallerEnv = { openid: url.searchParams.get(CALLER_OPENID_PARAM) ?? undefined };
      const reply = await dispatch(action, params, requestData, caller);
      if (reply.kind === 'binary') sendBuffer(res, 200, reply.contentType, reply.body);
      else sendJson(res, 200, { ...reply.body, requestId });
    } catch (error) {
      if (error instanceof EmulatorError) {
        sendJson(res, 200, { code: error.code, message: error.message, requestId });
        return;
      }
      // A bug in the emulator: answer like the cloud's system error, keep the stack for the developer.
      console.error(`[local-cloud] internal error in ${action}:`, error);
      sendJson(res, 200, { code: ErrorCode.SystemError, message: `local cloud internal error in ${action}: ${(error as Error).message}`, requestId });
    }
  }

  return {
    db,
    storage,
    mediaCheck,
    envId,
    outbox: {
      list: () => [...sentMessages],
      clear: () => {
        sentMessages.length = 0;
      },
    },
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === ADMIN_PATH) {
        await handleAdmin(req, res, url);
        return true;
      }
      try {
        return await storage.handleHttp(req, res, url);
      } catch (error) {
        // A failed disk write or a dropped upload: answer rather than leave the client hanging.
        console.error(`[local-cloud] storage request ${req.method ?? ''} ${url.pathname} failed:`, error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`local cloud storage error: ${(error as Error).message}`);
        return true;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      mediaCheck.stop();
      opts.store.close();
    },
  };
}
