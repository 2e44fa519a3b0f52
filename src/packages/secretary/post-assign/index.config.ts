export default definePageConfig({ navigationBarTitleText: '定岗' })
