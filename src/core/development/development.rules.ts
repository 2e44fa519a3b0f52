/**
 * 发展党员: the five stages in order and the minimum periods between them, as pure rules on
 * YYYY-MM-DD dates (no clock, no I/O). Source: 《中国共产党发展党员工作细则》— an activist is
 * trained at least one year before becoming a 发展对象; the probation (预备期) lasts one year.
 */
export type DevelopmentStage = 'applicant' | 'activist' | 'candidate' | 'probationary' | 'full'

export const DEVELOPMENT_STAGES: readonly DevelopmentStage[] = ['applicant', 'activist', 'candidate', 'probationary', 'full']

export const DEVELOPMENT_STAGE_LABELS: Readonly<Record<DevelopmentStage, string>> = {
  applicant: '入党申请人',
  activist: '入党积极分子',
  candidate: '发展对象',
  probationary: '预备党员',
  full: '正式党员',
}

/** Stages that may be entered only a full year after the stage before them, with the reason in Chinese. */
const MINIMUM_YEAR_AFTER: Partial<Record<DevelopmentStage, { after: DevelopmentStage; rule: string }>> = {
  candidate: { after: 'activist', rule: '入党积极分子要培养考察满一年才能列为发展对象' },
  full: { after: 'probationary', rule: '预备期为一年，期满才能转为正式党员' },
}

export interface StageEntry {
  stage: DevelopmentStage
  date: string
}

export type StageCheck =
  | { ok: true }
  | { ok: false; code: 'DEVELOPMENT.STAGE_ORDER' | 'DEVELOPMENT.TOO_EARLY' | 'DEVELOPMENT.DATE_ORDER' | 'DEVELOPMENT.FUTURE_DATE'; message: string }

/** The same month and day one year later; 02-29 becomes 03-01 so a leap day never shortens the year. */
export function oneYearAfter(date: string): string {
  const [year, month, day] = date.split('-')
  const next = `${Number(year) + 1}-${month}-${day}`
  return month === '02' && day === '29' ? `${Number(year) + 1}-03-01` : next
}

/** Whether a YYYY-MM-DD string names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const parsed = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value
}

/** The stage a record stands at: the last one reached. */
export function currentStage(stages: readonly StageEntry[]): StageEntry | null {
  return stages.length > 0 ? stages[stages.length - 1] : null
}

/**
 * May a record at `stages` move to `next` on `date`, given today is `today`? Stages go one at a
 * time in order; dates never go backwards or into the future; the two one-year periods hold.
 */
export function checkStageChange(stages: readonly StageEntry[], next: StageEntry, today: string): StageCheck {
  const current = currentStage(stages)
  const expectedIndex = current ? DEVELOPMENT_STAGES.indexOf(current.stage) + 1 : 0
  if (DEVELOPMENT_STAGES.indexOf(next.stage) !== expectedIndex) {
    const expected = DEVELOPMENT_STAGES[expectedIndex]
    const message = expected
      ? `现在是“${current ? DEVELOPMENT_STAGE_LABELS[current.stage] : '未开始'}”，下一步只能是“${DEVELOPMENT_STAGE_LABELS[expected]}”。`
      : '已经是正式党员，发展程序已经完成。'
    return { ok: false, code: 'DEVELOPMENT.STAGE_ORDER', message }
  }
  if (next.date > today) return { ok: false, code: 'DEVELOPMENT.FUTURE_DATE', message: `日期 ${next.date} 晚于今天（${today}），请检查后再填。` }
  if (current && next.date < current.date) {
    return { ok: false, code: 'DEVELOPMENT.DATE_ORDER', message: `日期 ${next.date} 早于上一阶段“${DEVELOPMENT_STAGE_LABELS[current.stage]}”的日期 ${current.date}，请检查后再填。` }
  }
  const minimum = MINIMUM_YEAR_AFTER[next.stage]
  if (minimum) {
    const since = stages.find((entry) => entry.stage === minimum.after)
    if (since) {
      const earliest = oneYearAfter(since.date)
      if (next.date < earliest) return { ok: false, code: 'DEVELOPMENT.TOO_EARLY', message: `${minimum.rule}：${since.date} 起算，最早 ${earliest}。` }
    }
  }
  return { ok: true }
}

/** Whether a record was developed (admitted as 预备党员) in `year`: what the yearly count of 发展党员 counts. */
export function developedInYear(stages: readonly StageEntry[], year: number): boolean {
  const admitted = stages.find((entry) => entry.stage === 'probationary')
  return admitted !== undefined && admitted.date.startsWith(`${year}-`)
}
