export default definePageConfig({ navigationBarTitleText: '全县设置' })
