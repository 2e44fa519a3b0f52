import { useRouter } from '@tarojs/taro'

/**
 * The page's query parameters, decoded. A mini-program code opens the page with `scene` (URL-encoded
 * by WeChat); links from our own pages pass plain parameters.
 */
export function useRouteParams(): Record<string, string> {
  const { params } = useRouter()
  const decoded: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue
    try {
      decoded[key] = decodeURIComponent(value)
    } catch {
      decoded[key] = value
    }
  }
  return decoded
}
