/**
 * A small stand-in for @tarojs/taro in jsdom: the real H5 build wires its APIs to the router and
 * the page stack, which a component test does not have. Navigation calls are spies the tests read.
 */
export const navigateTo = jest.fn((_options: { url: string }) => Promise.resolve({ errMsg: 'navigateTo:ok' }))
export const switchTab = jest.fn((_options: { url: string }) => Promise.resolve({ errMsg: 'switchTab:ok' }))
export const getEnv = () => 'WEB'
export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB' }
export const getAppBaseInfo = () => ({ fontSizeSetting: 17 })
export const createSelectorQuery = () => ({
  select: () => ({ boundingClientRect: () => ({ exec: (cb?: (r: unknown[]) => void) => cb?.([]) }) }),
})
export const pxTransform = (px: number) => `${px}px`
// h5 has no Taro.cloud (the adapter must never touch it there).
export const cloud = undefined
/** The page's query (e.g. the poll's `scene` or `roundId`); a test sets it with mockReturnValue. */
export const useRouter = jest.fn(() => ({ params: {} as Record<string, string>, path: '' }))
/** Page-show, share and UI calls our pages make; spies the tests read or stub. */
export const useDidShow = jest.fn((_callback: () => void) => undefined)
export const useShareAppMessage = jest.fn((_callback: () => unknown) => undefined)
export const redirectTo = jest.fn((_options: { url: string }) => Promise.resolve({ errMsg: 'redirectTo:ok' }))
export const navigateBack = jest.fn(() => Promise.resolve({ errMsg: 'navigateBack:ok' }))
export const setClipboardData = jest.fn((_options: { data: string }) => Promise.resolve({ errMsg: 'setClipboardData:ok' }))
export const showModal = jest.fn((_options: { title?: string; content?: string }) => Promise.resolve({ confirm: true, cancel: false }))

/** The photo picker: a test answers it with mockResolvedValueOnce; by default the person closes it (nothing picked). */
export const chooseMedia = jest.fn((_options: { count?: number; mediaType?: string[]; sourceType?: string[] }) => Promise.reject({ errMsg: 'chooseMedia:fail cancel' }) as Promise<{ tempFiles: { tempFilePath: string; originalFileObj?: Blob }[] }>)
/** The one-time subscription consent (weapp only): by default the person accepts every template asked for. */
export const requestSubscribeMessage = jest.fn((options: { tmplIds: string[]; entityIds?: string[] }) =>
  Promise.resolve({ errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(options.tmplIds.map((id) => [id, 'accept'])) } as Record<string, string>),
)
const Taro = { navigateTo, switchTab, getEnv, ENV_TYPE, getAppBaseInfo, createSelectorQuery, pxTransform, cloud, useRouter, useDidShow, useShareAppMessage, redirectTo, navigateBack, setClipboardData, showModal, chooseMedia, requestSubscribeMessage }
export default Taro
