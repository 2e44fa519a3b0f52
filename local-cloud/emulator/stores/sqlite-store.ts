/**
 * Durable store on SQLite (better-sqlite3 12). Each batch is one SQLite transaction in WAL mode;
 * apply() returns only after COMMIT, so an acknowledged write survives kill -9 of the server
 * (synchronous=NORMAL is durable against process death; choose FULL for power loss as well).
 * Documents are kept as EJSON text and parsed once at load into the emulator's cache.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseEjson, stringifyEjson } from '../ejson';
import type { DocumentId, Store, StoreSnapshot, StoreWrite, StoredDocument } from '../types';

export interface SqliteStoreOptions {
  /** NORMAL (default) survives a killed process; FULL also survives an OS crash, at an fsync per write. */
  synchronous?: 'NORMAL' | 'FULL';
}

// Numbers and strings share the id column; the prefix keeps doc(1) and doc('1') apart.
const encodeId = (id: DocumentId): string => (typeof id === 'number' ? `#num:${id}` : id);

export function createSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  db.exec(`
    CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS documents (
      collection TEXT NOT NULL,
      id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      body TEXT NOT NULL,
      PRIMARY KEY (collection, id)
    ) WITHOUT ROWID;
  `);
  // seq keeps first-insert order across restarts (the natural order a query without orderBy sees).
  const maxSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM documents').get() as { seq: number };
  let nextSeq = maxSeq.seq + 1;

  const declare = db.prepare('INSERT OR IGNORE INTO collections (name) VALUES (?)');
  const dropCollection = db.prepare('DELETE FROM collections WHERE name = ?');
  const dropDocuments = db.prepare('DELETE FROM documents WHERE collection = ?');
  const put = db.prepare(`
    INSERT INTO documents (collection, id, seq, body) VALUES (?, ?, ?, ?)
    ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body
  `);
  const remove = db.prepare('DELETE FROM documents WHERE collection = ? AND id = ?');

  const applyBatch = db.transaction((batch: readonly StoreWrite[]) => {
    for (const write of batch) {
      switch (write.type) {
        case 'declare':
          declare.run(write.collection);
          break;
        case 'drop':
          dropDocuments.run(write.collection);
          dropCollection.run(write.collection);
          break;
        case 'put':
          put.run(write.collection, encodeId(write.document._id), nextSeq, stringifyEjson(write.document));
          nextSeq += 1;
          break;
        case 'delete':
          remove.run(write.collection, encodeId(write.id));
          break;
      }
    }
  });

  return {
    kind: 'sqlite',
    load(): StoreSnapshot {
      const loadedAt = new Date();
      const collections = (db.prepare('SELECT name FROM collections ORDER BY name').all() as Array<{ name: string }>).map(
        (row) => row.name,
      );
      const rows = db.prepare('SELECT collection, body FROM documents ORDER BY seq').all() as Array<{
        collection: string;
        body: string;
      }>;
      const documents = rows.map((row) => ({
        collection: row.collection,
        document: parseEjson(row.body, loadedAt) as StoredDocument,
      }));
      return { collections, documents };
    },
    apply(batch: readonly StoreWrite[]): void {
      if (batch.length > 0) applyBatch(batch);
    },
    close(): void {
      if (db.open) db.close();
    },
  };
}
