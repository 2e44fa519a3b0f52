export default definePageConfig({ navigationBarTitleText: '开启满意度调查' })
