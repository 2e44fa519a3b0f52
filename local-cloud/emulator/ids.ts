import { randomBytes } from 'node:crypto';

let counter = randomBytes(3).readUIntBE(0, 3);

/**
 * A new document _id shaped like the cloud's: 32 lowercase hex characters. The time part keeps
 * ids from one run roughly ordered and the counter keeps ids in one millisecond distinct.
 */
export function newDocumentId(): string {
  counter = (counter + 1) % 0x1000000;
  const seconds = Math.floor(Date.now() / 1000).toString(16).padStart(8, '0');
  return `${randomBytes(4).toString('hex')}${seconds}${counter.toString(16).padStart(6, '0')}${randomBytes(5).toString('hex')}`;
}

/** A request id in the cloud's style (the SDK copies it into errors and results). */
export function newRequestId(): string {
  return `local-${randomBytes(8).toString('hex')}`;
}

export function newTransactionId(): string {
  return `local-txn-${randomBytes(12).toString('hex')}`;
}
