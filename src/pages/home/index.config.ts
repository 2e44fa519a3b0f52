export default definePageConfig({ navigationBarTitleText: '争创五好' })
