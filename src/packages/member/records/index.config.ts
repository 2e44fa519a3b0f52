export default definePageConfig({ navigationBarTitleText: '履岗记录' })
