export default definePageConfig({ navigationBarTitleText: '党员星级评定' })
