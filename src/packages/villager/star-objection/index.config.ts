export default definePageConfig({ navigationBarTitleText: '星级公示 · 提出异议' })
