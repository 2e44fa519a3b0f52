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
  'ORG.BAD_PARENT': '这一级组织下面不能建这种组织，请检查上级组织和组织类型。',
  'ORG.MOVE_INTO_ITSELF': '不能把组织移到它自己或它的下级组织下面。',
  'ORG.ROOT_LOCKED': '县(市、区)委是组织树的根，不能移动。',
  'ORG.ALREADY_SET_UP': '这个部署已经初始化过，不能再次初始化；请联系系统管理员。',
  'MEMBER.NOT_FOUND': '没有找到这名党员，可能已被删除，请刷新后再试。',
  'MEMBER.ARCHIVED': '这名党员的档案已归档，不能再修改或邀请。',
  'MEMBER.ALREADY_BOUND': '这名党员已经绑定了微信。如果换了手机，请先由支部书记解除原绑定，再重新邀请。',
  'MEMBER.NOT_BOUND': '这名党员还没有绑定微信，不需要解除。',
  'MEMBER.COMMITTEE_ROLE_TAKEN': '本组织已有人担任这一职务，请先调整原任职人员。',
  'MEMBER.SAME_ORG': '这名党员已经在这个组织，不需要转接。',
  'MEMBER.TRANSFER_OUTSIDE': '只能在本县的党组织之间转接组织关系。',
  'INVITE.NOT_FOUND': '邀请码不对，请核对后重新输入，或向支部书记重新要一个。',
  'INVITE.EXPIRED': '邀请码已过期，请向支部书记重新要一个。',
  'INVITE.USED': '这个邀请码已经用过了，每个邀请码只能用一次；请向支部书记重新要一个。',
  'INVITE.REVOKED': '这个邀请码已作废（书记已重新生成），请使用最新的邀请码。',
  'INVITE.ALREADY_BOUND': '您的微信已经绑定了党员身份，一个微信只能绑定一名党员；如需更换，请联系支部书记。',
  'INVITE.ROLE_NOT_ALLOWED': '您不能授予这种身份，请选择“党员”，或请上级组织办理。',
  'INVITE.QR_FAILED': '小程序码生成失败，邀请没有保存，请稍后再试。',
  'DEVELOPMENT.NOT_FOUND': '没有找到这条发展党员记录，请刷新后再试。',
  'DEVELOPMENT.STAGE_ORDER': '发展阶段要按顺序推进：入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员。',
  'DEVELOPMENT.TOO_EARLY': '还不到规定的培养或考察时间，不能进入下一阶段。',
  'DEVELOPMENT.DATE_ORDER': '日期不能早于上一阶段的日期，请检查后再填。',
  'DEVELOPMENT.FUTURE_DATE': '日期不能晚于今天，请检查后再填。',
} as const

export type ErrorCode = keyof typeof ERRORS

export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[]
