export default definePageConfig({ navigationBarTitleText: '设岗定责' })
