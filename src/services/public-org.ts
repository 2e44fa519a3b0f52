import Taro from '@tarojs/taro'

/** The organisation whose board a person without an organisation last opened (a scanned poster): the 公开栏 tab shows its boards. */
export interface RememberedOrg {
  id: string
  name: string
}

const KEY = 'publicBoardsOrg'

export function rememberPublicOrg(org: RememberedOrg): void {
  try {
    if (typeof Taro.setStorageSync === 'function') Taro.setStorageSync(KEY, { id: org.id, name: org.name })
  } catch {
    // Storage full or refused: the tab simply asks to scan again.
  }
}

export function rememberedPublicOrg(): RememberedOrg | null {
  try {
    if (typeof Taro.getStorageSync !== 'function') return null
    const value = Taro.getStorageSync(KEY) as unknown
    if (value && typeof value === 'object' && typeof (value as RememberedOrg).id === 'string' && typeof (value as RememberedOrg).name === 'string') return value as RememberedOrg
  } catch {
    // Unreadable storage: nothing remembered.
  }
  return null
}
