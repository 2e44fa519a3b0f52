export default definePageConfig({ navigationBarTitleText: '明岗公示' })
