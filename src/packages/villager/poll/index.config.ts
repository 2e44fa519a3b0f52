export default definePageConfig({ navigationBarTitleText: '群众满意度评价' })
