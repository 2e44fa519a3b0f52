import type { UserConfigExport } from '@tarojs/cli'

// `npm run dev`: Taro's H5 dev server (with reload) sits beside the local cloud and forwards the gateway to it.
const cloudPort = process.env.PORT ?? '10086'
const devPort = Number(process.env.DEV_PORT ?? 10087)

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      host: '127.0.0.1',
      port: devPort,
      open: false,
      proxy: [{ context: ['/api'], target: `http://127.0.0.1:${cloudPort}` }],
    },
  },
} satisfies UserConfigExport<'webpack5'>
