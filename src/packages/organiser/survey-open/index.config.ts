export default definePageConfig({ navigationBarTitleText: '开启辖区满意度调查' })
