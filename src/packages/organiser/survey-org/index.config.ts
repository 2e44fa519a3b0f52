export default definePageConfig({ navigationBarTitleText: '组织满意度详情' })
