/**
 * Transactions through the real SDK: commit, abort, and an optimistic conflict answered with
 * DATABASE_TRANSACTION_CONFLICT, which @cloudbase/database's runTransaction retries (3 times).
 */
import { loadCloud, sdkResult, startEmulatorServer, type EmulatorServer, type SdkTransaction, type WxServerSdk } from '../support/sdk-env';

jest.setTimeout(30_000);

let server: EmulatorServer;
let cloud: WxServerSdk;

beforeAll(async () => {
  server = await startEmulatorServer();
  cloud = loadCloud(server.url, 'o-tx');
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.emulator.db.reset();
  server.emulator.db.declareCollection('accounts');
  server.emulator.db.insertMany('accounts', [
    { _id: 'alice', balance: 100 },
    { _id: 'bob', balance: 0 },
  ]);
});

const balance = (id: string): number => (server.emulator.db.findOne<{ balance: number }>('accounts', { _id: id }) ?? { balance: NaN }).balance;

describe('runTransaction', () => {
  it('commits every write together and returns the callback result', async () => {
    const db = cloud.database();
    const _ = db.command;
    const result = await db.runTransaction(async (transaction: SdkTransaction) => {
      const alice = await sdkResult(transaction.collection('accounts').doc('alice').get());
      expect(alice.data).toEqual({ _id: 'alice', balance: 100 });
      await transaction.collection('accounts').doc('alice').update({ data: { balance: _.inc(-30) } });
      await transaction.collection('accounts').doc('bob').update({ data: { balance: _.inc(30) } });
      await transaction.collection('accounts').add({ data: { _id: 'log-1', amount: 30 } });
      // Reads inside the transaction see its own writes; outside nothing has changed yet.
      expect((await sdkResult(transaction.collection('accounts').doc('alice').get())).data).toMatchObject({ balance: 70 });
      expect(balance('alice')).toBe(100);
      return 'moved';
    });
    expect(result).toBe('moved');
    expect([balance('alice'), balance('bob')]).toEqual([70, 30]);
    expect(server.emulator.db.findOne('accounts', { _id: 'log-1' })).toEqual({ _id: 'log-1', amount: 30 });
  });

  it('aborts with transaction.rollback: nothing is written and the reason is thrown', async () => {
    const db = cloud.database();
    await expect(
      db.runTransaction(async (transaction: SdkTransaction) => {
        await transaction.collection('accounts').doc('alice').update({ data: { balance: 0 } });
        await transaction.rollback('not enough');
      }),
    ).rejects.toBe('not enough');
    expect(balance('alice')).toBe(100);
  });

  it('aborts when the callback throws', async () => {
    const db = cloud.database();
    await expect(
      db.runTransaction(async (transaction: SdkTransaction) => {
        await transaction.collection('accounts').doc('alice').remove();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(balance('alice')).toBe(100);
  });

  it('retries on a conflict and commits on the next attempt', async () => {
    const db = cloud.database();
    const _ = db.command;
    let attempts = 0;
    await db.runTransaction(async (transaction: SdkTransaction) => {
      attempts += 1;
      const alice = (await sdkResult(transaction.collection('accounts').doc('alice').get())).data as { balance: number };
      if (attempts === 1) {
        // Someone else spends from alice between our read and our commit.
        await db.collection('accounts').doc('alice').update({ data: { balance: _.inc(-50) } });
      }
      await transaction.collection('accounts').doc('alice').update({ data: { balance: alice.balance - 10 } });
    });
    expect(attempts).toBe(2);
    expect(balance('alice')).toBe(40);
  });

  it('gives up after the SDK\'s retries with DATABASE_TRANSACTION_CONFLICT', async () => {
    const db = cloud.database();
    const _ = db.command;
    let attempts = 0;
    const error = await db
      .runTransaction(async (transaction: SdkTransaction) => {
        attempts += 1;
        await transaction.collection('accounts').doc('bob').get();
        await db.collection('accounts').doc('bob').update({ data: { balance: _.inc(1) } });
        await transaction.collection('accounts').doc('bob').update({ data: { touched: true } });
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    expect(attempts).toBe(4);
    expect(server.emulator.db.findOne('accounts', { _id: 'bob' })).toEqual({ _id: 'bob', balance: 4 });
  });
});

describe('startTransaction', () => {
  it('commits explicitly', async () => {
    const db = cloud.database();
    const transaction = (await db.startTransaction()) as SdkTransaction;
    await transaction.collection('accounts').doc('bob').set({ data: { balance: 7 } });
    expect(balance('bob')).toBe(0);
    await transaction.commit();
    expect(balance('bob')).toBe(7);
  });

  it('rolls back explicitly', async () => {
    const db = cloud.database();
    const transaction = (await db.startTransaction()) as SdkTransaction;
    await transaction.collection('accounts').doc('bob').update({ data: { balance: 7 } });
    await transaction.rollback();
    expect(balance('bob')).toBe(0);
  });

  it('answers a conflict at commit when a read document changed', async () => {
    const db = cloud.database();
    const transaction = (await db.startTransaction()) as SdkTransaction;
    await transaction.collection('accounts').doc('alice').get();
    await db.collection('accounts').doc('alice').update({ data: { balance: 1 } });
    await transaction.collection('accounts').doc('bob').update({ data: { balance: 99 } });
    await expect(transaction.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    expect([balance('alice'), balance('bob')]).toEqual([1, 0]);
  });
});
