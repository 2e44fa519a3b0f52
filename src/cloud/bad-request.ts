import type { z } from 'zod'

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  date: '日期',
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '提交的内容' : `字段“${path.map(String).join('.')}”`
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/** One Chinese sentence for one zod issue, naming the field so a person can fix it. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = fieldName(issue.path)
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected
      return valueAt(input, issue.path) === undefined ? `${field}必须填写（${expected}）` : `${field}应为${expected}`
    }
    case 'unrecognized_keys':
      return `${fieldName(issue.path)}里有不认识的字段：${issue.keys.join('、')}`
    case 'invalid_value':
      return `${field}只能是：${issue.values.map(String).join('、')}`
    case 'too_small':
      return issue.origin === 'string' ? `${field}至少要 ${String(issue.minimum)} 个字` : issue.origin === 'array' ? `${field}至少要 ${String(issue.minimum)} 项` : `${field}不能小于 ${String(issue.minimum)}`
    case 'too_big':
      return issue.origin === 'string' ? `${field}最多 ${String(issue.maximum)} 个字` : issue.origin === 'array' ? `${field}最多 ${String(issue.maximum)} 项` : `${field}不能大于 ${String(issue.maximum)}`
    case 'invalid_format':
      return `${field}格式不对`
    default:
      // Custom refinements carry their own (Chinese) message.
      return `${field}有误：${issue.message}`
  }
}

/** The message of a COMMON.BAD_REQUEST: every problem found, in Chinese, at most three. */
export function describeBadRequest(error: z.ZodError, input: unknown): string {
  const sentences = error.issues.slice(0, 3).map((issue) => describeIssue(issue, input))
  const more = error.issues.length > 3 ? `（另有 ${error.issues.length - 3} 处）` : ''
  return `提交的内容有误：${sentences.join('；')}${more}。`
}
