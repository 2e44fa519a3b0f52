/**
 * cloud.openapi.* on the wire: wx-server-sdk snake-cases the call's data, JSON-encodes each
 * top-level value into a protobuf KeyValuePair (CommApiData), and posts it as the multipart field
 * requestData of action wx.openApi. It decodes a CommOpenApiResp: JSON respData is parsed, camel-cased
 * and a non-zero errcode thrown; other content types come back as {contentType, buffer}.
 */
import QRCode from 'qrcode';
import type { CallerEnv, SentMessage } from '../types';
import type { MediaCheckQueue } from './media-check';
import { decodeCommApiData, encodeCommOpenApiResp } from './protobuf';

export interface OpenApiReply {
  contentType: string;
  body: Buffer;
}

export interface OpenApiContext {
  sensitiveWords: ReadonlyArray<SensitiveWord>;
  outbox: SentMessage[];
  caller: CallerEnv;
  /** security.mediaCheckAsync: answers a trace_id, pushes the verdict later (media-check.ts). */
  mediaChecks?: MediaCheckQueue;
}

export interface SensitiveWord {
  word: string;
  /** msgSecCheck label: 10001 ads, 20001 politics, 20002 porn, 20003 abuse, 20006 crime, 20008 fraud, 20012 vulgar, 21000 other */
  label: number;
}

type JsonObject = Record<string, unknown>;

/** WeChat's own error answer inside a successful transport reply (errcode/errmsg JSON). */
class WeChatApiError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(errmsg);
  }
}

const jsonReply = (payload: JsonObject): OpenApiReply => ({
  contentType: 'application/octet-stream',
  body: encodeCommOpenApiResp({
    respData: Buffer.from(JSON.stringify(payload), 'utf8'),
    contentType: 'application/json; charset=utf-8',
    httpCode: 200,
  }),
});

const binaryReply = (contentType: string, data: Buffer): OpenApiReply => ({
  contentType: 'application/octet-stream',
  body: encodeCommOpenApiResp({ respData: data, contentType, httpCode: 200 }),
});

const traceId = (): string => `local-${Date.now().toString(16)}-${Math.random().toString(16).slice(2, 10)}`;

/** Parses "word [label]" lines; '#' starts a comment. */
export function parseSensitiveWords(text: string): SensitiveWord[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [word, label] = line.split(/\s+/);
      return { word, label: label && /^\d+$/.test(label) ? Number(label) : 21000 };
    });
}

function msgSecCheck(params: JsonObject, context: OpenApiContext): JsonObject {
  const content = params.content;
  if (typeof content !== 'string' || content.length === 0) throw new WeChatApiError(47001, 'data format error: content is required');
  const texts = [content, params.title, params.nickname, params.signature].filter((t): t is string => typeof t === 'string');
  const haystack = texts.join('\n').toLowerCase();
  const hit = context.sensitiveWords.find((entry) => haystack.includes(entry.word.toLowerCase()));
  if (Number(params.version) !== 2) {
    // Version 1: a risky text is an error 87014, a clean one {errcode: 0}.
    if (hit) throw new WeChatApiError(87014, 'risky content');
    return { errcode: 0, errmsg: 'ok' };
  }
  if (typeof params.openid !== 'string' || params.openid.length === 0) throw new WeChatApiError(40003, 'invalid openid');
  if (![1, 2, 3, 4].includes(Number(params.scene))) throw new WeChatApiError(40097, 'invalid args: scene must be 1, 2, 3 or 4');
  const suggest = hit ? 'risky' : 'pass';
  const label = hit ? hit.label : 100;
  return {
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label },
    detail: [
      { strategy: 'content_model', errcode: 0, suggest, label, prob: hit ? 90 : 0 },
      { strategy: 'keyword', errcode: 0, suggest, label, ...(hit ? { level: 20, keyword: hit.word } : {}) },
    ],
    trace_id: traceId(),
  };
}

function mediaCheckAsync(params: JsonObject, context: OpenApiContext): JsonObject {
  if (typeof params.media_url !== 'string' || !/^https?:\/\//.test(params.media_url)) throw new WeChatApiError(47001, 'data format error: media_url must be an http(s) URL');
  if (![1, 2].includes(Number(params.media_type))) throw new WeChatApiError(40097, 'invalid args: media_type must be 1 (audio) or 2 (image)');
  if (Number(params.version) !== 2) throw new WeChatApiError(40097, 'invalid args: local cloud emulates mediaCheckAsync version 2 only');
  if (typeof params.openid !== 'string' || params.openid.length === 0) throw new WeChatApiError(40003, 'invalid openid');
  if (![1, 2, 3, 4].includes(Number(params.scene))) throw new WeChatApiError(40097, 'invalid args: scene must be 1, 2, 3 or 4');
  if (!context.mediaChecks) throw new WeChatApiError(-604100, 'local cloud: mediaCheckAsync has no queue');
  const { trace_id } = context.mediaChecks.request({ media_url: params.media_url, openid: params.openid, scene: Number(params.scene) }, context.caller);
  return { errcode: 0, errmsg: 'ok', trace_id };
}

const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;

/** The text the local QR code carries: the page and scene, so a scanner (or a test) can read them back. */
export function wxacodeText(page: string, scene: string): string {
  return `${page}?scene=${encodeURIComponent(scene)}`;
}

async function getUnlimited(params: JsonObject): Promise<OpenApiReply> {
  const scene = params.scene;
  if (typeof scene !== 'string' || !SCENE_PATTERN.test(scene)) {
    throw new WeChatApiError(40169, 'invalid length for scene, or the data is not json string (1-32 visible ASCII characters)');
  }
  const page = params.page === undefined || params.page === '' ? 'pages/index/index' : params.page;
  if (typeof page !== 'string' || page.startsWith('/') || page.includes('?')) {
    throw new WeChatApiError(41030, `invalid page rid: page must be a path like 'pages/index/index' without a leading '/' or query`);
  }
  const requestedWidth = typeof params.width === 'number' ? params.width : 430;
  const width = Math.min(1280, Math.max(280, requestedWidth));
  const png = await QRCode.toBuffer(wxacodeText(page, scene), {
    type: 'png',
    width,
    margin: 2,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000ff', light: params.is_hyaline === true ? '#00000000' : '#ffffffff' },
  });
  return binaryReply('image/png', png);
}

function subscribeMessageSend(params: JsonObject, context: OpenApiContext): JsonObject {
  const { touser, template_id: templateId, page, data, miniprogram_state: miniprogramState, lang } = params;
  if (typeof touser !== 'string' || touser.length === 0) throw new WeChatApiError(40003, 'invalid openid: touser is required');
  if (typeof templateId !== 'string' || templateId.length === 0) throw new WeChatApiError(40037, 'invalid template_id');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new WeChatApiError(47003, 'argument invalid! data is required');
  const fields: Record<string, { value: string }> = {};
  for (const [key, entry] of Object.entries(data as JsonObject)) {
    const value = typeof entry === 'object' && entry !== null ? (entry as JsonObject).value : undefined;
    if (value === undefined || value === null || String(value).length === 0) {
      throw new WeChatApiError(47003, `argument invalid! data.${key}.value is empty`);
    }
    fields[key] = { value: String(value) };
  }
  if (miniprogramState !== undefined && !['developer', 'trial', 'formal'].includes(String(miniprogramState))) {
    throw new WeChatApiError(47003, 'argument invalid! miniprogram_state must be developer, trial or formal');
  }
  context.outbox.push({
    touser,
    templateId,
    page: typeof page === 'string' ? page : undefined,
    data: fields,
    miniprogramState: typeof miniprogramState === 'string' ? miniprogramState : undefined,
    lang: typeof lang === 'string' ? lang : undefined,
    senderOpenid: context.caller.openid,
    sentAt: new Date(),
  });
  return { errcode: 0, errmsg: 'ok', msgid: Date.now() };
}

export const EMULATED_OPEN_APIS = ['security.msgSecCheck', 'security.mediaCheckAsync', 'wxacode.getUnlimited', 'subscribeMessage.send'] as const;

/** Decodes the CommApiData pairs into the (snake_case) parameters the API received. */
export function decodeOpenApiParams(requestData: Buffer): JsonObject {
  const message = decodeCommApiData(requestData);
  const params: JsonObject = {};
  for (const pair of message.pairs) {
    if (pair.contenttype) {
      params[pair.key] = { contentType: pair.contenttype, value: pair.value, fileName: pair.filename };
      continue;
    }
    const text = pair.value.toString('utf8');
    try {
      params[pair.key] = JSON.parse(text) as unknown;
    } catch {
      params[pair.key] = text;
    }
  }
  return params;
}

/** Answers one wx.openApi call with a CommOpenApiResp body. */
export async function callOpenApi(apiName: string, requestData: Buffer, context: OpenApiContext): Promise<OpenApiReply> {
  const params = decodeOpenApiParams(requestData);
  try {
    switch (apiName) {
      case 'security.msgSecCheck':
        return jsonReply(msgSecCheck(params, context));
      case 'security.mediaCheckAsync':
        return jsonReply(mediaCheckAsync(params, context));
      case 'wxacode.getUnlimited':
        return await getUnlimited(params);
      case 'subscribeMessage.send':
        return jsonReply(subscribeMessageSend(params, context));
      default:
        return jsonReply({
          errcode: -604100,
          errmsg: `local cloud: open API '${apiName}' is not emulated (emulated: ${EMULATED_OPEN_APIS.join(', ')})`,
        });
    }
  } catch (error) {
    if (error instanceof WeChatApiError) return jsonReply({ errcode: error.errcode, errmsg: error.errmsg });
    throw error;
  }
}
