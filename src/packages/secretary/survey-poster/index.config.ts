export default definePageConfig({ navigationBarTitleText: '评价二维码海报' })
