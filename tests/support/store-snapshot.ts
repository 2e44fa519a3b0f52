import type { LocalDatabase } from '../../local-cloud/emulator'
import { COLLECTIONS } from '../../src/core/collections'

/** Every document of every declared collection, ordered by _id: equal snapshots mean nothing was written. */
export type StoreSnapshot = Record<string, object[]>

export function snapshotStore(db: LocalDatabase): StoreSnapshot {
  const documents = Object.fromEntries(COLLECTIONS.map((name) => [name, db.find(name, {}, { sort: { _id: 1 }, limit: 100_000 })]))
  // db.find copies with Node's structuredClone, whose objects come from outside jest's sandbox; the emulator refuses to store those.
  return JSON.parse(JSON.stringify(documents)) as StoreSnapshot
}

/** Puts the store back exactly as snapshotted, so each call of a table-driven test starts from the same data. */
export function restoreStore(db: LocalDatabase, snapshot: StoreSnapshot): void {
  db.reset()
  for (const name of COLLECTIONS) {
    db.declareCollection(name)
    const documents = snapshot[name] ?? []
    if (documents.length > 0) db.insertMany(name, documents)
  }
}
