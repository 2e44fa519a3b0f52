/**
 * Keeps documents in process memory. It holds the same (never mutated in place) objects as the
 * emulator's cache, so it costs no copying; a new emulator over the same store sees the data.
 */
import type { DocumentId, Store, StoreSnapshot, StoreWrite, StoredDocument } from '../types';

export function createMemoryStore(): Store {
  const collections = new Map<string, Map<DocumentId, StoredDocument>>();
  return {
    kind: 'memory',
    load(): StoreSnapshot {
      const documents: StoreSnapshot['documents'] = [];
      for (const [collection, docs] of collections) {
        for (const document of docs.values()) documents.push({ collection, document });
      }
      return { collections: [...collections.keys()], documents };
    },
    apply(batch: readonly StoreWrite[]): void {
      for (const write of batch) {
        switch (write.type) {
          case 'declare':
            if (!collections.has(write.collection)) collections.set(write.collection, new Map());
            break;
          case 'drop':
            collections.delete(write.collection);
            break;
          case 'put':
            collections.get(write.collection)?.set(write.document._id, write.document);
            break;
          case 'delete':
            collections.get(write.collection)?.delete(write.id);
            break;
        }
      }
    },
    close(): void {},
  };
}
