export default definePageConfig({ navigationBarTitleText: '认领岗位' })
