import { chinaDate, chinaDayNumber, chinaDaysBetween, chinaMidnight, chinaQuarter, chinaYear, readableDate } from '../../src/core/china-time'

describe('China time, whatever the clock zone', () => {
  it('turns the day at midnight in China, not in UTC', () => {
    expect(chinaDate('2026-11-26T15:59:59.999Z')).toBe('2026-11-26')
    expect(chinaDate('2026-11-26T16:00:00.000Z')).toBe('2026-11-27')
    expect(chinaDate(new Date('2026-12-31T17:30:00.000Z'))).toBe('2027-01-01')
    expect(chinaMidnight(chinaDayNumber('2026-11-27T03:00:00.000Z')).toISOString()).toBe('2026-11-26T16:00:00.000Z')
    expect(chinaDaysBetween('2026-11-26T15:50:00.000Z', '2026-11-26T16:10:00.000Z')).toBe(1)
    // 0:30 on New Year's Day in China: a new year and a new quarter, though UTC is still on 12月31日.
    expect(chinaYear(new Date('2026-12-31T16:30:00.000Z'))).toBe(2027)
    expect(chinaQuarter(new Date('2026-12-31T16:30:00.000Z'))).toBe(1)
    expect(chinaQuarter('2026-09-30T15:59:59.000Z')).toBe(3)
    expect(chinaQuarter('2026-09-30T16:00:00.000Z')).toBe(4)
  })

  it('writes a date as people here do, an instant by its China day', () => {
    expect(readableDate('2025-07-01')).toBe('2025年7月1日')
    // Bound at 1:00 on 3月5日 in China, which is still 3月4日 in UTC.
    expect(readableDate('2026-03-04T17:00:00.000Z')).toBe('2026年3月5日')
    expect(readableDate(null)).toBe('')
    expect(readableDate('不详')).toBe('不详')
  })
})
