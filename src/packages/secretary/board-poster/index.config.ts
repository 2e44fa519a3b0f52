export default definePageConfig({ navigationBarTitleText: '版面海报' })
