import fc from 'fast-check'
import { buildDemoCounty } from '../../local-cloud/seed/demo-county'
import { checkStageChange, developedInYear, oneYearAfter, type StageEntry } from '../../src/core/development/development.rules'

const TODAY = '2026-11-26'
const activist: StageEntry[] = [
  { stage: 'applicant', date: '2024-03-10' },
  { stage: 'activist', date: '2024-06-01' },
]

describe('发展党员 stages and minimum periods', () => {
  it('lets an activist become a 发展对象 one full year after, not a day earlier, and says the earliest day', () => {
    expect(checkStageChange(activist, { stage: 'candidate', date: '2025-06-01' }, TODAY)).toEqual({ ok: true })
    expect(checkStageChange(activist, { stage: 'candidate', date: '2025-05-31' }, TODAY)).toEqual({
      ok: false,
      code: 'DEVELOPMENT.TOO_EARLY',
      message: '入党积极分子要培养考察满一年才能列为发展对象：2024-06-01 起算，最早 2025-06-01。',
    })
  })

  it('keeps a 预备党员 on probation for a year before 转正', () => {
    const probationary: StageEntry[] = [...activist, { stage: 'candidate', date: '2025-06-20' }, { stage: 'probationary', date: '2026-01-15' }]
    expect(checkStageChange(probationary, { stage: 'full', date: '2026-11-01' }, TODAY)).toMatchObject({ ok: false, code: 'DEVELOPMENT.TOO_EARLY' })
    expect(checkStageChange(probationary, { stage: 'full', date: '2027-01-15' }, '2027-02-01')).toEqual({ ok: true })
  })

  it('moves one stage at a time, in order', () => {
    expect(checkStageChange(activist, { stage: 'probationary', date: '2026-01-01' }, TODAY)).toMatchObject({ ok: false, code: 'DEVELOPMENT.STAGE_ORDER', message: expect.stringContaining('下一步只能是“发展对象”') })
    expect(checkStageChange([], { stage: 'activist', date: '2026-01-01' }, TODAY)).toMatchObject({ ok: false, code: 'DEVELOPMENT.STAGE_ORDER' })
    expect(checkStageChange(activist, { stage: 'activist', date: '2026-01-01' }, TODAY)).toMatchObject({ ok: false, code: 'DEVELOPMENT.STAGE_ORDER' })
  })

  it('refuses dates in the future or before the previous stage', () => {
    expect(checkStageChange([], { stage: 'applicant', date: '2026-11-27' }, TODAY)).toMatchObject({ ok: false, code: 'DEVELOPMENT.FUTURE_DATE' })
    expect(checkStageChange([{ stage: 'applicant', date: '2025-05-01' }], { stage: 'activist', date: '2025-04-30' }, TODAY)).toMatchObject({ ok: false, code: 'DEVELOPMENT.DATE_ORDER' })
  })

  it('never shortens the year on a leap day', () => {
    expect(oneYearAfter('2024-02-29')).toBe('2025-03-01')
    expect(oneYearAfter('2025-07-01')).toBe('2026-07-01')
  })

  it('never lets any candidate date less than a year after the activist date through (property)', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, day, (activistDate, candidateDate) => {
        const stages: StageEntry[] = [{ stage: 'applicant', date: '1999-01-01' }, { stage: 'activist', date: activistDate }]
        const result = checkStageChange(stages, { stage: 'candidate', date: candidateDate }, '2031-01-01')
        const yearLater = new Date(`${activistDate}T00:00:00Z`)
        yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1)
        if (candidateDate < activistDate) return result.ok === false && result.code === 'DEVELOPMENT.DATE_ORDER'
        // Date arithmetic in JS moves 02-29 + 1 year to 03-01 too: an independent oracle for oneYearAfter.
        return result.ok === candidateDate >= yearLater.toISOString().slice(0, 10)
      }),
    )
  })

  it('counts a person as developed in the year they became a 预备党员', () => {
    const admitted: StageEntry[] = [...activist, { stage: 'candidate', date: '2025-06-20' }, { stage: 'probationary', date: '2026-01-15' }]
    expect(developedInYear(admitted, 2026)).toBe(true)
    expect(developedInYear(admitted, 2025)).toBe(false)
    expect(developedInYear(activist, 2026)).toBe(false)
  })

  it('seeds only development records that obey these rules', () => {
    for (const record of buildDemoCounty().collections.developments) {
      record.stages.forEach((entry, index) => expect({ id: record._id, check: checkStageChange(record.stages.slice(0, index), entry, '2026-03-01') }).toEqual({ id: record._id, check: { ok: true } }))
    }
  })
})
