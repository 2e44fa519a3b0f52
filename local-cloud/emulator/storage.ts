/**
 * Cloud storage on a local folder. The SDK's uploadFile asks storage.getUploadMetadata for a URL
 * and PUTs the bytes there (@cloudbase/node-sdk dist/storage/index.js), expecting an empty body on
 * success or COS-style XML on failure; getTempFileURL gets URLs it fetches after encodeURI().
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { EmulatorError, ErrorCode } from './errors';
import { readBody } from './http-util';
import { newRequestId } from './ids';

export const STORAGE_HTTP_PREFIX = '/__local_cloud/storage';
const UPLOAD_TTL_MS = 10 * 60 * 1000;
const DEFAULT_URL_MAX_AGE_S = 24 * 60 * 60;

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface DownloadUrlRequest {
  fileid: string;
  max_age?: number;
}

export interface DownloadUrlResult {
  fileID: string;
  tempFileURL: string;
  code: string;
  maxAge?: number;
  message?: string;
}

export interface DeleteResult {
  fileID: string;
  code: string;
  message?: string;
}

export interface UploadMetadata {
  url: string;
  token: string;
  authorization: string;
  fileId: string;
  cosFileId: string;
  download_url: string;
}

/** Rejects paths that could leave the storage folder or that URLs cannot carry unescaped. */
function validateCloudPath(cloudPath: unknown): string {
  if (typeof cloudPath !== 'string' || cloudPath.length === 0 || cloudPath.length > 850) {
    throw new EmulatorError(ErrorCode.InvalidParam, `cloudPath must be a non-empty string, got ${JSON.stringify(cloudPath)}`);
  }
  const segments = cloudPath.split('/');
  if (cloudPath.startsWith('/') || segments.some((s) => s === '' || s === '.' || s === '..') || /[\\?#%\u0000]/.test(cloudPath)) {
    throw new EmulatorError(
      ErrorCode.InvalidParam,
      `invalid cloudPath ${JSON.stringify(cloudPath)}: use relative segments like 'avatars/a.png' without '..', '\\\\', '?', '#' or '%'`,
    );
  }
  return cloudPath;
}

const cosErrorXml = (code: string, message: string): string =>
  `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n<Code>${code}</Code>\n<Message>${message}</Message>\n<Resource>local</Resource>\n<RequestId>${newRequestId()}</RequestId>\n<TraceId>local</TraceId>\n</Error>`;

export class LocalStorage {
  /** Bucket name in the cloud's shape: hex of the env's first two letters, env, app number. */
  readonly bucket: string;
  private readonly root: string;
  private readonly signingKey: Buffer;
  private readonly pendingUploads = new Map<string, { cloudPath: string; expiresAt: number }>();

  constructor(
    storageDir: string,
    private readonly envId: string,
    private readonly publicBaseUrl: () => string,
  ) {
    this.root = resolve(storageDir);
    this.bucket = `${Buffer.from(envId.slice(0, 2)).toString('hex')}-${envId}-1300000000`;
    // Stable across restarts so links handed out before a restart keep working locally.
    this.signingKey = createHmac('sha256', 'local-cloud-storage').update(`${this.root}\n${envId}`).digest();
  }

  fileIdFor(cloudPath: string): string {
    return `cloud://${this.envId}.${this.bucket}/${validateCloudPath(cloudPath)}`;
  }

  /** The cloud path inside a fileID of this environment, or null if it is not one of ours. */
  cloudPathOf(fileId: string): string | null {
    const match = /^cloud:\/\/([^./]+)\.([^/]+)\/(.+)$/.exec(fileId);
    if (!match || match[1] !== this.envId || match[2] !== this.bucket) return null;
    try {
      return validateCloudPath(match[3]);
    } catch {
      return null;
    }
  }

  /** The cloud path a download URL of ours points at (mediaCheckAsync gets such URLs), or null. */
  cloudPathOfDownloadUrl(url: string): string | null {
    try {
      const parsed = new URL(url);
      const prefix = `${STORAGE_HTTP_PREFIX}/download/`;
      if (!parsed.pathname.startsWith(prefix)) return null;
      return validateCloudPath(parsed.pathname.slice(prefix.length).split('/').map(decodeURIComponent).join('/'));
    } catch {
      return null;
    }
  }

  /** Bytes of a stored file (for tests and seeding), or null when absent. */
  async readFile(fileId: string): Promise<Buffer | null> {
    const cloudPath = this.cloudPathOf(fileId);
    if (!cloudPath) return null;
    try {
      return await fs.readFile(this.diskPath(cloudPath));
    } catch {
      return null;
    }
  }

  /** Stores bytes directly (seeding); returns the fileID. */
  async writeFile(cloudPath: string, content: Buffer): Promise<string> {
    await this.persist(validateCloudPath(cloudPath), content);
    return this.fileIdFor(cloudPath);
  }

  getUploadMetadata(params: { path?: unknown }): UploadMetadata {
    const cloudPath = validateCloudPath(params.path);
    const token = randomBytes(16).toString('hex');
    this.pendingUploads.set(token, { cloudPath, expiresAt: Date.now() + UPLOAD_TTL_MS });
    const encodedPath = cloudPath.split('/').map(encodeURIComponent).join('/');
    const fileId = this.fileIdFor(cloudPath);
    return {
      url: `${this.publicBaseUrl()}${STORAGE_HTTP_PREFIX}/upload/${encodedPath}?token=${token}`,
      token,
      authorization: `local-upload ${token}`,
      fileId,
      cosFileId: `local-cos-${token}`,
      download_url: this.downloadUrl(cloudPath, DEFAULT_URL_MAX_AGE_S),
    };
  }

  async batchGetDownloadUrl(fileList: DownloadUrlRequest[]): Promise<DownloadUrlResult[]> {
    return Promise.all(
      fileList.map(async (item): Promise<DownloadUrlResult> => {
        const fileID = String(item.fileid);
        const maxAge = typeof item.max_age === 'number' && item.max_age > 0 ? item.max_age : DEFAULT_URL_MAX_AGE_S;
        const cloudPath = this.cloudPathOf(fileID);
        if (!cloudPath) {
          return { fileID, tempFileURL: '', code: ErrorCode.InvalidParam, message: `not a fileID of env ${this.envId}: ${fileID}` };
        }
        if (!(await this.exists(cloudPath))) {
          return { fileID, tempFileURL: '', code: ErrorCode.StorageFileNonexist, message: 'storage file not exist' };
        }
        return { fileID, tempFileURL: this.downloadUrl(cloudPath, maxAge), code: 'SUCCESS', maxAge };
      }),
    );
  }

  async batchDeleteFile(fileIds: string[]): Promise<DeleteResult[]> {
    return Promise.all(
      fileIds.map(async (fileID): Promise<DeleteResult> => {
        const cloudPath = this.cloudPathOf(String(fileID));
        if (!cloudPath) return { fileID, code: ErrorCode.InvalidParam, message: `not a fileID of env ${this.envId}: ${fileID}` };
        try {
          await fs.unlink(this.diskPath(cloudPath));
          return { fileID, code: 'SUCCESS' };
        } catch {
          return { fileID, code: ErrorCode.StorageFileNonexist, message: 'storage file not exist' };
        }
      }),
    );
  }

  /** Serves uploads (PUT/POST) and signed downloads (GET/HEAD); false if the path is not storage's. */
  async handleHttp(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (!url.pathname.startsWith(`${STORAGE_HTTP_PREFIX}/`)) return false;
    const rest = url.pathname.slice(STORAGE_HTTP_PREFIX.length + 1);
    const slash = rest.indexOf('/');
    const kind = slash < 0 ? rest : rest.slice(0, slash);
    let cloudPath: string;
    try {
      cloudPath = validateCloudPath(rest.slice(slash + 1).split('/').map(decodeURIComponent).join('/'));
    } catch (error) {
      this.replyXml(res, 400, 'InvalidURI', (error as Error).message);
      return true;
    }
    if (kind === 'upload' && (req.method === 'PUT' || req.method === 'POST')) {
      const token = url.searchParams.get('token') ?? '';
      const pending = this.pendingUploads.get(token);
      if (!pending || pending.cloudPath !== cloudPath || pending.expiresAt < Date.now()) {
        this.replyXml(res, 403, 'AccessDenied', 'upload token is missing, expired or for another path; call getUploadMetadata again');
        return true;
      }
      this.pendingUploads.delete(token);
      await this.persist(cloudPath, await readBody(req));
      res.writeHead(200, { 'content-length': 0, etag: `"${token}"` });
      res.end();
      return true;
    }
    if (kind === 'download' && (req.method === 'GET' || req.method === 'HEAD')) {
      const expires = Number(url.searchParams.get('t'));
      if (url.searchParams.get('sign') !== this.sign(cloudPath, expires) || !(expires * 1000 > Date.now())) {
        this.replyXml(res, 403, 'AccessDenied', 'Request has expired or the signature does not match');
        return true;
      }
      const file = this.diskPath(cloudPath);
      let size: number;
      try {
        size = (await fs.stat(file)).size;
      } catch {
        this.replyXml(res, 404, 'NoSuchKey', 'The specified key does not exist.');
        return true;
      }
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(cloudPath).toLowerCase()] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'private, max-age=60',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
      return true;
    }
    this.replyXml(res, 405, 'MethodNotAllowed', `${req.method ?? ''} ${url.pathname} is not a local storage operation`);
    return true;
  }

  private downloadUrl(cloudPath: string, maxAgeSeconds: number): string {
    const expires = Math.floor(Date.now() / 1000) + maxAgeSeconds;
    // Raw path on purpose: the SDK runs encodeURI() over tempFileURL before fetching it.
    return `${this.publicBaseUrl()}${STORAGE_HTTP_PREFIX}/download/${cloudPath}?sign=${this.sign(cloudPath, expires)}&t=${expires}`;
  }

  private sign(cloudPath: string, expires: number): string {
    return createHmac('sha256', this.signingKey).update(`${cloudPath}\n${expires}`).digest('hex').slice(0, 32);
  }

  private diskPath(cloudPath: string): string {
    const full = resolve(this.root, ...cloudPath.split('/'));
    if (!full.startsWith(this.root + sep)) throw new EmulatorError(ErrorCode.InvalidParam, `path escapes storage: ${cloudPath}`);
    return full;
  }

  private async exists(cloudPath: string): Promise<boolean> {
    try {
      return (await fs.stat(this.diskPath(cloudPath))).isFile();
    } catch {
      return false;
    }
  }

  private async persist(cloudPath: string, content: Buffer): Promise<void> {
    const target = this.diskPath(cloudPath);
    await fs.mkdir(dirname(target), { recursive: true });
    // Write then rename, so a killed server never leaves a half-written file under the real name.
    const temporary = join(dirname(target), `.${randomBytes(6).toString('hex')}.uploading`);
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, target);
  }

  private replyXml(res: ServerResponse, status: number, code: string, message: string): void {
    const body = cosErrorXml(code, message);
    res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }
}
