export default definePageConfig({ navigationBarTitleText: '履岗情况' })
