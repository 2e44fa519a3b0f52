export default definePageConfig({ navigationBarTitleText: '群众服务' })
