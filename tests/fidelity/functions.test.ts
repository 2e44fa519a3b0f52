/**
 * cloud.callFunction from inside a function: functions.invokeFunction goes to the runner the
 * server wires in (createEmulator({ invokeFunction })), with the caller's OPENID.
 */
import { loadCloud, startEmulatorServer } from '../support/sdk-env';

jest.setTimeout(30_000);

it('passes name, event and the caller OPENID to invokeFunction and returns its result', async () => {
  const calls: Array<{ name: string; event: unknown; openid?: string }> = [];
  const server = await startEmulatorServer({
    invokeFunction: async (name, event, caller) => {
      calls.push({ name, event, openid: caller.openid });
      return { ok: true, echo: event };
    },
  });
  try {
    const cloud = loadCloud(server.url, 'o-caller');
    const result = await cloud.callFunction({ name: 'pledge', data: { action: 'list', page: 2 } });
    expect(result).toMatchObject({ result: { ok: true, echo: { action: 'list', page: 2 } }, errMsg: 'callFunction:ok' });
    expect(calls).toEqual([{ name: 'pledge', event: { action: 'list', page: 2 }, openid: 'o-caller' }]);
  } finally {
    await server.close();
  }
});

it('reports a failing function as a failed call', async () => {
  const server = await startEmulatorServer({
    invokeFunction: async () => {
      throw new Error('handler exploded');
    },
  });
  try {
    const cloud = loadCloud(server.url, 'o-caller');
    await expect(cloud.callFunction({ name: 'pledge', data: {} })).rejects.toMatchObject({
      errMsg: expect.stringContaining('handler exploded'),
    });
  } finally {
    await server.close();
  }
});

it('explains that no runner is wired when invokeFunction is absent', async () => {
  const server = await startEmulatorServer();
  try {
    const cloud = loadCloud(server.url, 'o-caller');
    await expect(cloud.callFunction({ name: 'pledge', data: {} })).rejects.toMatchObject({
      errMsg: expect.stringContaining('no function runner is wired'),
    });
  } finally {
    await server.close();
  }
});
