export default definePageConfig({ navigationBarTitleText: '写典型经验' })
