export default definePageConfig({ navigationBarTitleText: '典型经验' })
