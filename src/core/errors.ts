/**
 * Every failure code the product answers, with the default Chinese message.
 * Codes are stable: clients and tests match on them, so rename none.
 */
export const ERRORS = {
  'COMMON.BAD_REQUEST': '提交的内容不完整或格式不对，请检查后再试。',
  'COMMON.UNKNOWN_ACTION': '没有这项操作，请更新小程序后再试。',
  'COMMON.INTERNAL': '服务暂时出了问题，内容没有丢失，请稍后再试。',
  'COMMON.NOT_CONFIGURED': '云环境没有配置好，请联系管理员。',
  'COMMON.TIMEOUT': '服务响应超时，请稍后再试；如果一再出现，请联系管理员。',
  'COMMON.UNKNOWN_FUNCTION': '没有这个云函数，请更新小程序后再试。',
  'AUTH.NO_IDENTITY': '没有拿到您的微信身份，请退出小程序后重新打开。',
  'AUTH.NOT_BOUND': '您还没有绑定党员身份，请向支部书记要邀请码。',
  'AUTH.FORBIDDEN': '您没有权限做这项操作。',
  'AUTH.OUT_OF_SCOPE': '这不是您所在组织的内容，您不能查看或修改。',
  'ORG.NOT_FOUND': '没有找到这个组织，可能已被撤销或合并。',
} as const

export type ErrorCode = keyof typeof ERRORS

export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[]
