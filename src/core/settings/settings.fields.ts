/**
 * How the settings screen shows each section: labels, units and hints (no zod, so the client
 * bundle stays small). A new section in SETTINGS_SECTIONS adds its fields here too.
 */
export interface SettingsFieldSpec {
  key: string
  label: string
  /** number: a whole number typed in; monthDay: MM-DD. */
  kind: 'number' | 'monthDay'
  unit?: string
  hint?: string
}

export interface SettingsSectionSpec {
  key: string
  title: string
  fields: readonly SettingsFieldSpec[]
}

export const SETTINGS_FIELDS: readonly SettingsSectionSpec[] = [
  {
    key: 'survey',
    title: '满意度调查',
    fields: [
      { key: 'goodBand', label: '“好”的分数线', kind: 'number', unit: '%', hint: '满意率达到这个数为“好”。' },
      { key: 'passableBand', label: '“合格”的分数线', kind: 'number', unit: '%', hint: '低于“好”、不低于这个数为“合格”；再低的标出“需整改”。' },
      { key: 'defaultMinAnswers', label: '新开调查的最少答卷数', kind: 'number', unit: '份', hint: '不到这个数不显示结果，保护答题群众；开调查时还可另填。' },
    ],
  },
  {
    key: 'pledges',
    title: '党员承诺',
    fields: [
      { key: 'minPerMember', label: '每名党员每年至少', kind: 'number', unit: '条' },
      { key: 'minPerBranch', label: '每个支部每年至少', kind: 'number', unit: '条' },
      { key: 'reminderDate', label: '提醒日期（月-日）', kind: 'monthDay', hint: '到这一天还没有提交承诺的党员，收到一次微信提醒。例如 03-31。' },
    ],
  },
  {
    key: 'suggestions',
    title: '意见建议',
    fields: [{ key: 'answerDays', label: '支部答复期限', kind: 'number', unit: '天', hint: '超过这些天没有答复，乡镇的督办列表里标出“超期”。' }],
  },
  {
    key: 'stars',
    title: '星级评定',
    fields: [
      { key: 'membersWeight', label: '支部比较：党员星级的权重', kind: 'number', unit: '%' },
      { key: 'satisfactionWeight', label: '支部比较：群众满意度的权重', kind: 'number', unit: '%', hint: '两项权重加起来等于 100%。' },
      { key: 'capBelowRate', label: '满意度低于', kind: 'number', unit: '%', hint: '群众满意度低于这个数的支部，星级封顶。' },
      { key: 'capStars', label: '封顶星数', kind: 'number', unit: '星' },
      { key: 'reviewsPerMember', label: '每名党员互评几人', kind: 'number', unit: '人' },
      { key: 'publicityDays', label: '评定结果公示', kind: 'number', unit: '天' },
    ],
  },
]
