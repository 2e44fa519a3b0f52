export default definePageConfig({ navigationBarTitleText: '版面管理' })
