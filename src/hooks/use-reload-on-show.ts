import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/** Reloads when the person comes back to the page (e.g. after adding a member); the first show is the mount's own load. */
export function useReloadOnShow(reload: () => void): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) reload()
    shown.current = true
  })
}
