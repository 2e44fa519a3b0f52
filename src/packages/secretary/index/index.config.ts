export default definePageConfig({ navigationBarTitleText: '支部书记工作台' })
