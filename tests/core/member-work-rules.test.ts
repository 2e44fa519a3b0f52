import fc from 'fast-check'
import { CADENCES, dutyCoverage, firstOwedPeriod, periodOf, sumCoverage } from '../../src/core/member-work/duty-coverage'
import { fulfilmentRate, PLEDGE_EVENTS, PLEDGE_STATUSES, pledgeTransition, reminderDue, type PledgeEvent, type PledgeStatus } from '../../src/core/member-work/pledge.rules'

describe('pledge life cycle (a pure state machine)', () => {
  // Every legal step, written out by hand from PRODUCT.md §2, so the table in the code is checked against it.
  const LEGAL: ReadonlyArray<[PledgeStatus, PledgeEvent, PledgeStatus]> = [
    ['draft', 'edit', 'draft'],
    ['returned', 'edit', 'returned'],
    ['draft', 'submit', 'submitted'],
    ['returned', 'submit', 'submitted'],
    ['submitted', 'return', 'returned'],
    ['submitted', 'approve', 'approved'],
    ['approved', 'withdraw', 'returned'],
    ['approved', 'addProgress', 'approved'],
    ['approved', 'selfAssess', 'selfAssessed'],
    ['selfAssessed', 'judge', 'reviewed'],
    ['reviewed', 'publish', 'published'],
  ]

  it.each(LEGAL)('%s --%s--> %s', (from, event, to) => {
    expect(pledgeTransition(from, event)).toEqual({ ok: true, to })
  })

  const ILLEGAL = PLEDGE_STATUSES.flatMap((status) => PLEDGE_EVENTS.map((event) => [status, event] as const)).filter(([status, event]) => !LEGAL.some(([from, legalEvent]) => from === status && legalEvent === event))

  it('refuses the other 52 steps, each with its own code and the state it is in', () => {
    expect(ILLEGAL).toHaveLength(PLEDGE_STATUSES.length * PLEDGE_EVENTS.length - LEGAL.length)
    for (const [status, event] of ILLEGAL) {
      const answer = pledgeTransition(status, event)
      expect(answer).toMatchObject({ ok: false, code: expect.stringMatching(/^PLEDGE\./), message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
    }
  })

  it('names the refusals a person meets: approving a draft, editing an approved pledge, progress before approval, a second self-assessment', () => {
    expect(pledgeTransition('draft', 'approve')).toMatchObject({ ok: false, code: 'PLEDGE.NOT_SUBMITTED', message: expect.stringContaining('草稿') })
    expect(pledgeTransition('approved', 'edit')).toMatchObject({ ok: false, code: 'PLEDGE.LOCKED', message: expect.stringContaining('公示中') })
    expect(pledgeTransition('submitted', 'submit')).toMatchObject({ ok: false, code: 'PLEDGE.ALREADY_SUBMITTED' })
    expect(pledgeTransition('submitted', 'addProgress')).toMatchObject({ ok: false, code: 'PLEDGE.NOT_APPROVED' })
    expect(pledgeTransition('selfAssessed', 'selfAssess')).toMatchObject({ ok: false, code: 'PLEDGE.ALREADY_ASSESSED' })
    expect(pledgeTransition('published', 'addProgress')).toMatchObject({ ok: false, code: 'PLEDGE.ALREADY_ASSESSED' })
    expect(pledgeTransition('approved', 'judge')).toMatchObject({ ok: false, code: 'PLEDGE.NOT_SELF_ASSESSED' })
    expect(pledgeTransition('selfAssessed', 'publish')).toMatchObject({ ok: false, code: 'PLEDGE.NOT_REVIEWED' })
    // Withdrawing from the board: only while it is there and the year's record is still open.
    expect(pledgeTransition('submitted', 'withdraw')).toMatchObject({ ok: false, code: 'PLEDGE.NOT_ON_BOARD' })
    expect(pledgeTransition('selfAssessed', 'withdraw')).toMatchObject({ ok: false, code: 'PLEDGE.NOT_ON_BOARD', message: expect.stringContaining('已自评') })
  })

  it('reaches published only through approval, self-assessment and a verdict, whatever events are tried', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PLEDGE_EVENTS), { maxLength: 30 }), (events) => {
        let status: PledgeStatus = 'draft'
        const visited: PledgeStatus[] = [status]
        for (const event of events) {
          const step = pledgeTransition(status, event)
          if (step.ok) {
            status = step.to
            visited.push(status)
          }
        }
        if (status === 'published') expect(visited).toEqual(expect.arrayContaining(['submitted', 'approved', 'selfAssessed', 'reviewed']))
      }),
    )
  })

  it('computes the fulfilment rate: 已兑现 1, 部分兑现 ½, 未兑现 0; none judged is no rate, not zero', () => {
    expect(fulfilmentRate([])).toBeNull()
    expect(fulfilmentRate(['fulfilled', 'partly', 'unfulfilled', 'fulfilled'])).toBe(0.625)
  })

  it('sends the reminder from the reminder day to the end of that year only', () => {
    expect(reminderDue('2026-03-30', 2026)).toBe(false)
    expect(reminderDue('2026-03-31', 2026)).toBe(true)
    expect(reminderDue('2026-12-31', 2026)).toBe(true)
    expect(reminderDue('2027-01-02', 2026)).toBe(false)
    expect(reminderDue('2026-02-01', 2026, { reminderDay: '01-31' })).toBe(true)
  })
})

describe('duty periods', () => {
  it('runs weeks Monday to Sunday, across a month and a year boundary', () => {
    expect(periodOf('2026-04-01', 'weekly')).toEqual({ start: '2026-03-30', end: '2026-04-05' })
    expect(periodOf('2026-01-01', 'weekly')).toEqual({ start: '2025-12-29', end: '2026-01-04' })
    expect(periodOf('2026-11-29', 'weekly')).toEqual({ start: '2026-11-23', end: '2026-11-29' })
  })

  it('runs months by the calendar, February included', () => {
    expect(periodOf('2026-02-15', 'monthly')).toEqual({ start: '2026-02-01', end: '2026-02-28' })
    expect(periodOf('2028-02-29', 'monthly')).toEqual({ start: '2028-02-01', end: '2028-02-29' })
  })

  it('runs quarters by the calendar', () => {
    expect(periodOf('2026-03-31', 'quarterly')).toEqual({ start: '2026-01-01', end: '2026-03-31' })
    expect(periodOf('2026-04-01', 'quarterly')).toEqual({ start: '2026-04-01', end: '2026-06-30' })
    expect(periodOf('2026-12-31', 'quarterly')).toEqual({ start: '2026-10-01', end: '2026-12-31' })
  })

  it('owes nothing for a period a member held only in part', () => {
    expect(firstOwedPeriod('2026-03-01', 'monthly')).toEqual({ start: '2026-03-01', end: '2026-03-31' })
    expect(firstOwedPeriod('2026-03-20', 'monthly')).toEqual({ start: '2026-04-01', end: '2026-04-30' })
    expect(firstOwedPeriod('2026-02-15', 'quarterly')).toEqual({ start: '2026-04-01', end: '2026-06-30' })
    expect(firstOwedPeriod('2026-03-04', 'weekly')).toEqual({ start: '2026-03-09', end: '2026-03-15' })
  })
})

describe('duty coverage', () => {
  it('monthly: a visit each month on time, one month missed is overdue, this month is due but not overdue', () => {
    const coverage = dutyCoverage({ cadence: 'monthly', since: '2026-01-01' }, ['2026-01-31', '2026-02-01', '2026-04-30'], '2026-05-10')
    expect(coverage).toMatchObject({ due: 4, doneOnTime: 3, overdue: 1, overduePeriods: [{ start: '2026-03-01', end: '2026-03-31' }], current: { start: '2026-05-01', end: '2026-05-31', done: false }, lastDoneOn: '2026-04-30' })
  })

  it('monthly: a late visit counts for the month it was made, not the missed one', () => {
    const coverage = dutyCoverage({ cadence: 'monthly', since: '2026-01-01' }, ['2026-02-01'], '2026-02-10')
    expect(coverage).toMatchObject({ due: 1, doneOnTime: 0, overdue: 1, current: { start: '2026-02-01', done: true } })
  })

  it('the last day of a period is still that period: not overdue until it has ended', () => {
    expect(dutyCoverage({ cadence: 'monthly', since: '2026-01-01' }, [], '2026-01-31')).toMatchObject({ due: 0, overdue: 0, current: { end: '2026-01-31', done: false } })
    expect(dutyCoverage({ cadence: 'monthly', since: '2026-01-01' }, [], '2026-02-01')).toMatchObject({ due: 1, overdue: 1 })
  })

  it('quarterly across the year boundary: Q4 done on 31 December, Q1 open in January', () => {
    const coverage = dutyCoverage({ cadence: 'quarterly', since: '2026-07-01' }, ['2026-09-30', '2026-12-31'], '2027-01-15')
    expect(coverage).toMatchObject({ due: 2, doneOnTime: 2, overdue: 0, current: { start: '2027-01-01', end: '2027-03-31', done: false } })
  })

  it('quarterly: a visit on 1 April is the second quarter, so the first is overdue', () => {
    expect(dutyCoverage({ cadence: 'quarterly', since: '2026-01-01' }, ['2026-04-01'], '2026-07-01')).toMatchObject({ due: 2, doneOnTime: 1, overduePeriods: [{ start: '2026-01-01', end: '2026-03-31' }] })
  })

  it('weekly across a month boundary: the week of 30 March to 5 April is one week', () => {
    const coverage = dutyCoverage({ cadence: 'weekly', since: '2026-03-23' }, ['2026-03-25', '2026-04-05'], '2026-04-14')
    expect(coverage).toMatchObject({ due: 3, doneOnTime: 2, overduePeriods: [{ start: '2026-04-06', end: '2026-04-12' }], current: { start: '2026-04-13', done: false } })
  })

  it('counts nothing before the first owed period, and ignores records dated after the day asked about', () => {
    expect(dutyCoverage({ cadence: 'monthly', since: '2026-05-20' }, ['2026-05-21'], '2026-05-25')).toMatchObject({ due: 0, current: null, lastDoneOn: '2026-05-21' })
    expect(dutyCoverage({ cadence: 'monthly', since: '2026-01-01' }, ['2026-03-05'], '2026-02-10')).toMatchObject({ lastDoneOn: null, current: { done: false } })
  })

  it('starts from `from` when asked for a window (e.g. this year only)', () => {
    expect(dutyCoverage({ cadence: 'monthly', since: '2025-01-01' }, [], '2026-03-10', '2026-01-01')).toMatchObject({ due: 2, overdue: 2 })
  })

  it('sums duties into totals with "due now" and an on-time rate (none due is no rate)', () => {
    const done = dutyCoverage({ cadence: 'monthly', since: '2026-01-01' }, ['2026-01-10', '2026-02-10'], '2026-02-20')
    const missed = dutyCoverage({ cadence: 'weekly', since: '2026-02-02' }, [], '2026-02-20')
    expect(sumCoverage([done, missed])).toEqual({ due: 3, doneOnTime: 1, overdue: 2, dueNow: 1, onTimeRate: 1 / 3 })
    expect(sumCoverage([])).toEqual({ due: 0, doneOnTime: 0, overdue: 0, dueNow: 0, onTimeRate: null })
  })

  it('a duty stopped by 调整责任区 owes only the periods that ended before the change day; its past figures stay', () => {
    const records = ['2026-03-02', '2026-03-16']
    // Weekly since 2 March, stopped on Thursday 26 March: the weeks of 2, 9 and 16 March are owed (9 March missed); the week of the change is not.
    const stopped = dutyCoverage({ cadence: 'weekly', since: '2026-03-02', until: '2026-03-26' }, records, '2026-05-10')
    expect(stopped).toMatchObject({ due: 3, doneOnTime: 2, overdue: 1, overduePeriods: [{ start: '2026-03-09', end: '2026-03-15' }], current: null, lastDoneOn: '2026-03-16' })
    // The same figures as on the day before the change, however long after it is asked.
    const onTheDay = dutyCoverage({ cadence: 'weekly', since: '2026-03-02' }, records, '2026-03-25')
    expect({ due: stopped.due, doneOnTime: stopped.doneOnTime, overdue: stopped.overdue }).toEqual({ due: onTheDay.due, doneOnTime: onTheDay.doneOnTime, overdue: onTheDay.overdue })
    // Stopped on the first day of a period: that period is not owed either; nothing is due now.
    expect(dutyCoverage({ cadence: 'monthly', since: '2026-01-01', until: '2026-03-01' }, [], '2026-06-15')).toMatchObject({ due: 2, overdue: 2, current: null })
    expect(sumCoverage([stopped]).dueNow).toBe(0)
    // Stopped before its first owed period: it never owed anything.
    expect(dutyCoverage({ cadence: 'monthly', since: '2026-03-20', until: '2026-03-28' }, [], '2026-06-15')).toMatchObject({ due: 0, current: null })
  })

  it('for every cadence: due = on time + overdue, periods tile the calendar, and one more record never lowers the count done', () => {
    const day = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10))
    fc.assert(
      fc.property(fc.constantFrom(...CADENCES), day, day, fc.array(day, { maxLength: 20 }), day, (cadence, since, asOf, records, extra) => {
        const coverage = dutyCoverage({ cadence, since }, records, asOf)
        expect(coverage.doneOnTime + coverage.overdue).toBe(coverage.due)
        const more = dutyCoverage({ cadence, since }, [...records, extra], asOf)
        expect(more.doneOnTime).toBeGreaterThanOrEqual(coverage.doneOnTime)
        const period = periodOf(since, cadence)
        expect(period.start <= since && since <= period.end).toBe(true)
        // Stopping a duty never adds to what it owed, and keeps the sums whole.
        const stopped = dutyCoverage({ cadence, since, until: extra }, records, asOf)
        expect(stopped.due).toBeLessThanOrEqual(coverage.due)
        expect(stopped.doneOnTime + stopped.overdue).toBe(stopped.due)
      }),
      { numRuns: 200 },
    )
  })
})
