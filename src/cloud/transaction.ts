import type { CollectionName } from '../core/collections'
import type { CloudCollection, CloudDatabase } from './sdk'

/** What a transaction offers: documents by id (get/set/update/remove) and add; where-queries run outside it (emulator README). */
export interface CloudTransaction {
  collection(name: CollectionName): Pick<CloudCollection, 'doc' | 'add'>
}

/**
 * Runs `work` in one database transaction; the SDK retries it on a conflict, so `work` must
 * read what it decides on inside the transaction. Nothing is written when it throws.
 */
export async function inTransaction<T>(db: CloudDatabase, work: (transaction: CloudTransaction) => Promise<T>): Promise<T> {
  // The SDK types runTransaction's callback and result as any.
  return (await db.runTransaction(work)) as T
}

/** A document read inside a transaction, or null; the SDK throws on a missing id there, so this asks and catches only that. */
export async function getInTransaction<T>(transaction: CloudTransaction, name: CollectionName, id: string): Promise<T | null> {
  try {
    const reply = (await transaction.collection(name).doc(id).get()) as unknown as { data: T | null }
    return reply.data ?? null
  } catch (error) {
    if (/not exist|不存在|cannot find/i.test(String((error as { errMsg?: string; message?: string }).errMsg ?? (error as Error).message))) return null
    throw error
  }
}
