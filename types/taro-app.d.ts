/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Replaced at build time: which platform this bundle is for. */
    TARO_ENV?: 'weapp' | 'h5'
    /** WeChat cloud environment id for Taro.cloud.init; empty = the default environment. */
    TARO_APP_CLOUD_ENV?: string
    /** Base URL of the local cloud gateway for h5; empty = same origin. */
    TARO_APP_API_BASE?: string
  }
}
