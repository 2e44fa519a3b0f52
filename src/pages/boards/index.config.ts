export default definePageConfig({ navigationBarTitleText: '公开栏' })
