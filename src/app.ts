import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import './app.scss'

// On weapp the cloud must be initialised once before any callFunction; h5 talks HTTP to the local cloud.
if (process.env.TARO_ENV === 'weapp' && Taro.cloud) {
  const env = process.env.TARO_APP_CLOUD_ENV
  Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true })
}

function App({ children }: PropsWithChildren) {
  return children
}

export default App
