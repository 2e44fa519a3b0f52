export default definePageConfig({ navigationBarTitleText: '超期未答复的意见' })
