export default definePageConfig({ navigationBarTitleText: '邀请绑定', enableShareAppMessage: true })
