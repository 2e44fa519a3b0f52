export default definePageConfig({ navigationBarTitleText: '支部星级比较' })
