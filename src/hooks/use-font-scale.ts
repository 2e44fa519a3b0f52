import Taro from '@tarojs/taro'
import { useMemo } from 'react'

/** Never shrink below our 17 px body, and cap so a line still holds a few characters. */
const MIN_SCALE = 1
const MAX_SCALE = 2
/** WeChat's standard text size (iOS); fontSizeSetting is relative to it. */
const STANDARD_PX = 17

/**
 * The user's WeChat font size as a factor on our base sizes (WeChat's ageing-friendly guide asks
 * pages to follow it). h5 is the development build: the browser's own zoom serves there.
 */
export function readFontScale(): number {
  if (process.env.TARO_ENV !== 'weapp') return 1
  try {
    // fontSizeScaleFactor is in WeChat's API but missing from Taro's types.
    const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number; fontSizeSetting?: number }
    const factor = info.fontSizeScaleFactor ?? (info.fontSizeSetting ? info.fontSizeSetting / STANDARD_PX : 1)
    return Number.isFinite(factor) ? Math.min(MAX_SCALE, Math.max(MIN_SCALE, factor)) : 1
  } catch {
    return 1
  }
}

/** Style for a page's root view: every text size in our styles multiplies by --font-scale. */
export function useFontScaleStyle(): Record<string, string> {
  return useMemo(() => ({ '--font-scale': String(readFontScale()) }), [])
}
