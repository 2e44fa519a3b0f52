// One Babel config for the Taro build and for jest (under NODE_ENV=test the preset emits CommonJS).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
