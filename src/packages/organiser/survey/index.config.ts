export default definePageConfig({ navigationBarTitleText: '辖区群众满意度' })
