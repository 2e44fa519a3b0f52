import { randomBytes } from 'node:crypto';

// One randomBytes call per 512 ids: a sync call per id cost ~20 µs, most of a 10k-row insert.
let pool = Buffer.alloc(0);
let poolOffset = 0;

function randomHex(bytes: number): string {
  if (poolOffset + bytes > pool.length) {
    pool = randomBytes(4096);
    poolOffset = 0;
  }
  const hex = pool.toString('hex', poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return hex;
}

let counter = randomBytes(3).readUIntBE(0, 3);

/**
 * A new document _id shaped like the cloud's: 32 lowercase hex characters. The time part keeps
 * ids from one run roughly ordered and the counter keeps ids in one millisecond distinct.
 */
export function newDocumentId(): string {
  counter = (counter + 1) % 0x1000000;
  const seconds = Math.floor(Date.now() / 1000).toString(16).padStart(8, '0');
  return `${randomHex(4)}${seconds}${counter.toString(16).padStart(6, '0')}${randomHex(5)}`;
}

/** A request id in the cloud's style (the SDK copies it into errors and results). */
export function newRequestId(): string {
  return `local-${randomHex(8)}`;
}

export function newTransactionId(): string {
  return `local-txn-${randomHex(12)}`;
}
