// What Taro's h5 build defines at compile time, so the real @tarojs/components run under jsdom.
const flags = globalThis as unknown as Record<string, unknown>
for (const flag of ['ENABLE_INNER_HTML', 'ENABLE_ADJACENT_HTML', 'ENABLE_SIZE_APIS', 'ENABLE_TEMPLATE_CONTENT', 'ENABLE_MUTATION_OBSERVER', 'ENABLE_CLONE_NODE', 'ENABLE_CONTAINS']) {
  flags[flag] = true
}
flags.__TARO_FRAMEWORK__ = 'react'
flags.DEPRECATED_ADAPTER_COMPONENT = false
process.env.TARO_ENV = 'h5'
