/**
 * cloud.openapi.* through the real SDK (protobuf in a multipart body, protobuf back):
 * msgSecCheck on the local word list, a real QR code from wxacode.getUnlimited, and
 * subscribeMessage.send recorded to the outbox.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { wxacodeText } from '../../local-cloud/emulator';
import { loadCloud, startEmulatorServer, type EmulatorServer, type WxServerSdk } from '../support/sdk-env';

jest.setTimeout(30_000);

let server: EmulatorServer;
let cloud: WxServerSdk;

beforeAll(async () => {
  server = await startEmulatorServer();
  cloud = loadCloud(server.url, 'o-secretary');
});

afterAll(async () => {
  await server.close();
});

describe('security.msgSecCheck', () => {
  it('passes clean text with the v2 shape', async () => {
    const result = await cloud.openapi.security.msgSecCheck({ content: '本周组织党员学习二十大精神', version: 2, scene: 2, openid: 'o-secretary' });
    expect(result).toMatchObject({ errCode: 0, errMsg: 'openapi.security.msgSecCheck:ok', result: { suggest: 'pass', label: 100 } });
    expect(result.traceId).toEqual(expect.any(String));
  });

  it('flags a word from the list as risky with its label', async () => {
    const result = await cloud.openapi.security.msgSecCheck({ content: '这里有人组织赌博', version: 2, scene: 2, openid: 'o-secretary' });
    expect(result.result).toEqual({ suggest: 'risky', label: 20006 });
    expect(result.detail).toContainEqual(expect.objectContaining({ strategy: 'keyword', keyword: '赌博', suggest: 'risky' }));
  });

  it('answers version 1 risky text with errCode 87014', async () => {
    await expect(cloud.openapi.security.msgSecCheck({ content: '违禁词测试' })).rejects.toMatchObject({ errCode: 87014 });
  });

  it('needs openid and a scene for version 2, as WeChat does', async () => {
    await expect(cloud.openapi.security.msgSecCheck({ content: 'x', version: 2, scene: 2 })).rejects.toMatchObject({ errCode: 40003 });
    await expect(cloud.openapi.security.msgSecCheck({ content: 'x', version: 2, scene: 9, openid: 'o' })).rejects.toMatchObject({
      errCode: 40097,
    });
  });
});

describe('wxacode.getUnlimited', () => {
  it('returns a PNG whose QR code carries the page and scene', async () => {
    const result = await cloud.openapi.wxacode.getUnlimited({ scene: 'org=v01&t=9', page: 'packages/member/join/index', width: 300 });
    expect(result).toMatchObject({ errCode: 0, contentType: 'image/png' });
    const png = PNG.sync.read(Buffer.from(result.buffer));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(wxacodeText('packages/member/join/index', 'org=v01&t=9'));
    expect(decoded?.data).toContain(encodeURIComponent('org=v01&t=9'));
  });

  it('rejects a scene longer than 32 characters and a page with a leading slash', async () => {
    await expect(cloud.openapi.wxacode.getUnlimited({ scene: 'x'.repeat(33) })).rejects.toMatchObject({ errCode: 40169 });
    await expect(cloud.openapi.wxacode.getUnlimited({ scene: 'a', page: '/pages/index/index' })).rejects.toMatchObject({ errCode: 41030 });
  });
});

describe('subscribeMessage.send', () => {
  beforeEach(() => server.emulator.outbox.clear());

  it('records the message in the outbox, with data keys as sent', async () => {
    const result = await cloud.openapi.subscribeMessage.send({
      touser: 'o-member',
      templateId: 'TPL_PLEDGE_RETURNED',
      page: 'packages/member/pledge/index?id=p1',
      miniprogramState: 'developer',
      data: { thing1: { value: '承诺被退回' }, time2: { value: '2024-05-01 10:00' } },
    });
    expect(result).toMatchObject({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' });
    expect(server.emulator.outbox.list()).toEqual([
      {
        touser: 'o-member',
        templateId: 'TPL_PLEDGE_RETURNED',
        page: 'packages/member/pledge/index?id=p1',
        miniprogramState: 'developer',
        lang: undefined,
        data: { thing1: { value: '承诺被退回' }, time2: { value: '2024-05-01 10:00' } },
        senderOpenid: 'o-secretary',
        sentAt: expect.any(Date),
      },
    ]);
  });

  it('rejects an empty value like WeChat (47003)', async () => {
    await expect(
      cloud.openapi.subscribeMessage.send({ touser: 'o', templateId: 'T', data: { thing1: { value: '' } } }),
    ).rejects.toMatchObject({ errCode: 47003 });
    expect(server.emulator.outbox.list()).toEqual([]);
  });
});

it('answers an open API it does not emulate with a clear error', async () => {
  const error = (await cloud.openapi.wxacode.createQRCode({ path: 'pages/index/index' }).catch((e: unknown) => e)) as {
    errCode: number;
    errMsg: string;
  };
  expect(error.errCode).toBe(-604100);
  expect(error.errMsg).toContain("open API 'wxacode.createQRCode' is not emulated");
});
