/**
 * Cloud storage through the real SDK: uploadFile PUTs to the URL from getUploadMetadata,
 * getTempFileURL hands out URLs the emulator serves from its folder, deleteFile removes.
 */
import { loadCloud, sdkResult, startEmulatorServer, type EmulatorServer, type WxServerSdk } from '../support/sdk-env';

jest.setTimeout(30_000);

let server: EmulatorServer;
let cloud: WxServerSdk;

beforeAll(async () => {
  server = await startEmulatorServer({ envId: 'local-dev' });
  cloud = loadCloud(server.url, 'o-files');
});

afterAll(async () => {
  await server.close();
});

const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));

it('upload → temp URL → the same bytes, with a cloud-format fileID', async () => {
  const uploaded = await cloud.uploadFile({ cloudPath: 'evidence/2024/村务公开 照片.png', fileContent: bytes });
  expect(uploaded).toMatchObject({
    fileID: 'cloud://local-dev.6c6f-local-dev-1300000000/evidence/2024/村务公开 照片.png',
    errMsg: 'uploadFile:ok',
  });
  const { fileList } = await sdkResult(cloud.getTempFileURL({ fileList: [uploaded.fileID] }));
  expect(fileList).toEqual([
    { fileID: uploaded.fileID, status: 0, errMsg: 'ok', maxAge: expect.any(Number), tempFileURL: expect.stringContaining(server.baseUrl) },
  ]);
  const response = await fetch(encodeURI(fileList[0].tempFileURL));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  const downloaded = await cloud.downloadFile({ fileID: uploaded.fileID });
  expect(Buffer.from(downloaded.fileContent).equals(bytes)).toBe(true);
  expect((await server.emulator.storage.readFile(uploaded.fileID))?.equals(bytes)).toBe(true);
});

it('refuses a tampered download URL', async () => {
  const { fileID } = await cloud.uploadFile({ cloudPath: 'a.txt', fileContent: Buffer.from('secret') });
  const { fileList } = await sdkResult(cloud.getTempFileURL({ fileList: [fileID] }));
  const tampered = fileList[0].tempFileURL.replace(/sign=[0-9a-f]+/, 'sign=0000');
  expect((await fetch(tampered)).status).toBe(403);
});

it('reports a missing file per item, and deleteFile removes files', async () => {
  const { fileID } = await cloud.uploadFile({ cloudPath: 'tmp/gone.txt', fileContent: Buffer.from('x') });
  const deleted = await sdkResult(cloud.deleteFile({ fileList: [fileID] }));
  expect(deleted.fileList).toEqual([{ fileID, status: 0, errMsg: 'ok' }]);
  const { fileList } = await sdkResult(cloud.getTempFileURL({ fileList: [fileID] }));
  expect(fileList[0]).toMatchObject({ fileID, status: -503003, tempFileURL: '' });
  const again = await sdkResult(cloud.deleteFile({ fileList: [fileID] }));
  expect(again.fileList[0]).toMatchObject({ fileID, status: -503003 });
});

it('rejects a cloudPath that would leave the storage folder', async () => {
  await expect(cloud.uploadFile({ cloudPath: '../escape.txt', fileContent: Buffer.from('x') })).rejects.toMatchObject({
    errMsg: expect.stringContaining('invalid cloudPath'),
  });
});
