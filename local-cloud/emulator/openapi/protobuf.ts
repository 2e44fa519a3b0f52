/**
 * The two protobuf messages of wx.openApi, as generated in wx-server-sdk's bundled
 * src/protobuf/openapi.js: the request CommApiData (with OpenApiData pairs) and the reply
 * CommOpenApiResp. A few dozen lines of wire format instead of a protobufjs dependency.
 */

/** CommApiData.ApiType */
export const ApiType = { OPEN_API: 0, INNER_API: 1, SVRKIT_API: 2, TOKEN_API: 3 } as const;

export interface KeyValuePair {
  key: string;
  value: Buffer;
  contenttype?: string;
  filename?: string;
}

export interface CommApiData {
  apiType: number;
  pairs: KeyValuePair[];
  appid?: string;
}

export interface CommOpenApiResp {
  respData?: Buffer;
  contentType?: string;
  errorCode?: number;
  httpCode?: number;
  svrkitErrorCode?: number;
}

class Reader {
  private offset = 0;
  constructor(private readonly buffer: Buffer) {}

  get done(): boolean {
    return this.offset >= this.buffer.length;
  }

  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.offset >= this.buffer.length) throw new Error('truncated varint');
      const byte = this.buffer[this.offset++];
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
      if (shift > 63) throw new Error('varint too long');
    }
  }

  bytes(): Buffer {
    const length = this.varint();
    const end = this.offset + length;
    if (end > this.buffer.length) throw new Error('truncated length-delimited field');
    const slice = this.buffer.subarray(this.offset, end);
    this.offset = end;
    return slice;
  }

  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.offset += 8;
    else if (wireType === 2) this.bytes();
    else if (wireType === 5) this.offset += 4;
    else throw new Error(`unsupported wire type ${wireType}`);
  }
}

function decodePair(buffer: Buffer): KeyValuePair {
  const reader = new Reader(buffer);
  const pair: KeyValuePair = { key: '', value: Buffer.alloc(0) };
  while (!reader.done) {
    const tag = reader.varint();
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    if (field === 1 && wireType === 2) pair.key = reader.bytes().toString('utf8');
    else if (field === 2 && wireType === 2) pair.value = Buffer.from(reader.bytes());
    else if (field === 3 && wireType === 2) pair.contenttype = reader.bytes().toString('utf8');
    else if (field === 4 && wireType === 2) pair.filename = reader.bytes().toString('utf8');
    else reader.skip(wireType);
  }
  return pair;
}

export function decodeCommApiData(buffer: Buffer): CommApiData {
  const reader = new Reader(buffer);
  const message: CommApiData = { apiType: 0, pairs: [] };
  while (!reader.done) {
    const tag = reader.varint();
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    if (field === 1 && wireType === 0) message.apiType = reader.varint();
    else if (field === 2 && wireType === 2) {
      const openapiData = new Reader(reader.bytes());
      while (!openapiData.done) {
        const innerTag = openapiData.varint();
        if (Math.floor(innerTag / 8) === 1 && (innerTag & 7) === 2) message.pairs.push(decodePair(openapiData.bytes()));
        else openapiData.skip(innerTag & 7);
      }
    } else if (field === 6 && wireType === 2) message.appid = reader.bytes().toString('utf8');
    else reader.skip(wireType);
  }
  return message;
}

function varint(value: number): Buffer {
  const bytes: number[] = [];
  // int32 negatives are sign-extended to 64 bits on the wire (protobuf rule).
  let remaining = value < 0 ? BigInt.asUintN(64, BigInt(value)) : BigInt(value);
  do {
    let byte = Number(remaining & 0x7fn);
    remaining >>= 7n;
    if (remaining > 0n) byte |= 0x80;
    bytes.push(byte);
  } while (remaining > 0n);
  return Buffer.from(bytes);
}

const lengthDelimited = (field: number, payload: Buffer): Buffer =>
  Buffer.concat([varint(field * 8 + 2), varint(payload.length), payload]);

export function encodeCommOpenApiResp(message: CommOpenApiResp): Buffer {
  const parts: Buffer[] = [];
  if (message.respData) parts.push(lengthDelimited(1, message.respData));
  if (message.contentType !== undefined) parts.push(lengthDelimited(2, Buffer.from(message.contentType, 'utf8')));
  if (message.errorCode !== undefined) parts.push(varint(3 * 8), varint(message.errorCode));
  if (message.httpCode !== undefined) parts.push(varint(4 * 8), varint(message.httpCode));
  if (message.svrkitErrorCode !== undefined) parts.push(varint(6 * 8), varint(message.svrkitErrorCode));
  return Buffer.concat(parts);
}
