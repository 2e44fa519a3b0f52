import { assignPeers, branchScore, CYCLE_STAGES, DEFAULT_DIMENSIONS_RUBRIC, DEFAULT_POINTS_RUBRIC, outcomeOf, peerSummary, periodDays, periodLabel, publicityEnd, rubricSchema, stageAllows, stageMove, starBoardBlocks, starsForScore, canFinalise, type CycleStage } from '../../src/core/stars'

describe('points rubric: bands', () => {
  it.each([
    [0, 0],
    [59, 0],
    [60, 1],
    [69, 1],
    [70, 2],
    [79, 2],
    [80, 3],
    [89, 3],
    [90, 4],
    [95, 4],
    [96, 5],
    [120, 5],
  ])('a score of %i earns %i stars', (score, stars) => {
    expect(starsForScore(score, DEFAULT_POINTS_RUBRIC.bands)).toBe(stars)
  })

  it('adds the base to the chosen additions and deductions, each once', () => {
    expect(outcomeOf(DEFAULT_POINTS_RUBRIC, [])).toEqual({ score: 60, stars: 1 })
    expect(outcomeOf(DEFAULT_POINTS_RUBRIC, ['pledge-fulfilled', 'duty-on-time'])).toEqual({ score: 80, stars: 3 })
    expect(outcomeOf(DEFAULT_POINTS_RUBRIC, ['pledge-fulfilled', 'pledge-fulfilled'])).toEqual({ score: 70, stars: 2 })
    // A deduction takes a member under the lowest band: no star.
    expect(outcomeOf(DEFAULT_POINTS_RUBRIC, ['pledge-missed'])).toEqual({ score: 50, stars: 0 })
    expect(outcomeOf(DEFAULT_POINTS_RUBRIC, ['discipline', 'absent', 'pledge-missed', 'duty-missed']).score).toBe(15)
  })

  it('refuses a rubric whose bands go down or whose items repeat', () => {
    expect(rubricSchema.safeParse(DEFAULT_POINTS_RUBRIC).success).toBe(true)
    const badBands = { ...DEFAULT_POINTS_RUBRIC, bands: [{ min: 70, stars: 1 }, { min: 60, stars: 2 }] }
    expect(rubricSchema.safeParse(badBands).success).toBe(false)
    const twice = { ...DEFAULT_POINTS_RUBRIC, items: [DEFAULT_POINTS_RUBRIC.items[0], DEFAULT_POINTS_RUBRIC.items[0]] }
    expect(rubricSchema.safeParse(twice).success).toBe(false)
  })
})

describe('dimensions rubric', () => {
  it('gives one star per dimension met, unknown ids earn nothing', () => {
    expect(outcomeOf(DEFAULT_DIMENSIONS_RUBRIC, [])).toEqual({ score: null, stars: 0 })
    expect(outcomeOf(DEFAULT_DIMENSIONS_RUBRIC, ['study', 'duty', 'service'])).toEqual({ score: null, stars: 3 })
    expect(outcomeOf(DEFAULT_DIMENSIONS_RUBRIC, DEFAULT_DIMENSIONS_RUBRIC.dimensions.map((d) => d.id))).toEqual({ score: null, stars: 5 })
    expect(outcomeOf(DEFAULT_DIMENSIONS_RUBRIC, ['study', 'nonsense'])).toEqual({ score: null, stars: 1 })
  })

  it('needs exactly five dimensions', () => {
    expect(rubricSchema.safeParse(DEFAULT_DIMENSIONS_RUBRIC).success).toBe(true)
    expect(rubricSchema.safeParse({ ...DEFAULT_DIMENSIONS_RUBRIC, dimensions: DEFAULT_DIMENSIONS_RUBRIC.dimensions.slice(0, 4) }).success).toBe(false)
  })
})

describe('branch score with the satisfaction cap', () => {
  it('weighs members 70 % and satisfaction 30 % by default', () => {
    // Members average 4 stars = 80; satisfaction 90 % → 0.7·80 + 0.3·90 = 83 → ★★★.
    expect(branchScore([4, 4, 4], 0.9)).toMatchObject({ averageStars: 4, membersPart: 80, satisfaction: 90, score: 83, stars: 3, capped: false })
  })

  it('caps a branch under 60 % satisfaction at two stars', () => {
    const high = branchScore([5, 5, 5, 5], 0.59)
    // 0.7·100 + 0.3·59 = 87.7 would be ★★★; the cap makes it ★★.
    expect(high).toMatchObject({ score: 87.7, stars: 2, capped: true })
    expect(high.note).toContain('低于 60%')
    expect(branchScore([5, 5, 5, 5], 0.6)).toMatchObject({ stars: 3, capped: false })
  })

  it('does not mark a branch capped when it is at or below the cap anyway', () => {
    expect(branchScore([1, 1], 0.3)).toMatchObject({ capped: false, stars: 0 })
  })

  it('takes its weights and cap from settings', () => {
    const settings = { weights: { members: 1, satisfaction: 1 }, capBelowRate: 80, capStars: 1 }
    expect(branchScore([5], 0.7, settings)).toMatchObject({ score: 85, stars: 1, capped: true })
  })

  it('uses what it has when one part is missing', () => {
    expect(branchScore([], 0.95)).toMatchObject({ averageStars: null, score: 95, stars: 4 })
    expect(branchScore([3], null)).toMatchObject({ satisfaction: null, score: 60, stars: 1, capped: false })
    expect(branchScore([], null)).toMatchObject({ score: null, stars: 0 })
  })
})

describe('peer review', () => {
  const members = ['a', 'b', 'c', 'd', 'e', 'f']

  it('never pairs a member with themselves; each reviews and is reviewed k times', () => {
    for (let seed = 0; seed < 20; seed++) {
      let state = seed
      const pairs = assignPeers(members, 3, () => ((state = (state * 9301 + 49297) % 233280) / 233280))
      expect(pairs.every((pair) => pair.reviewerId !== pair.revieweeId)).toBe(true)
      expect(new Set(pairs.map((pair) => `${pair.reviewerId}>${pair.revieweeId}`)).size).toBe(pairs.length)
      for (const member of members) {
        expect(pairs.filter((pair) => pair.reviewerId === member)).toHaveLength(3)
        expect(pairs.filter((pair) => pair.revieweeId === member)).toHaveLength(3)
      }
    }
  })

  it('asks for no more reviews than there are others', () => {
    expect(assignPeers(['a', 'b'], 3)).toHaveLength(2)
    expect(assignPeers(['a'], 3)).toEqual([])
  })

  it('shows the reviewed member counts, the mean and sorted comments, never a reviewer', () => {
    const summary = peerSummary([
      { status: 'done', stars: 4, comment: '走访勤' },
      { status: 'done', stars: 5, comment: '' },
      { status: 'done', stars: 3, comment: '按时交党费' },
      { status: 'pending', stars: null, comment: '' },
    ])
    expect(summary).toEqual({ assigned: 4, done: 3, averageStars: 4, comments: ['按时交党费', '走访勤'] })
    expect(JSON.stringify(summary)).not.toMatch(/reviewer/i)
  })
})

describe('cycle steps', () => {
  it('moves only to the very next stage', () => {
    for (const from of CYCLE_STAGES) {
      for (const to of CYCLE_STAGES) {
        const legal = CYCLE_STAGES.indexOf(to) === CYCLE_STAGES.indexOf(from) + 1
        const move = stageMove(from, to)
        expect({ from, to, ok: move.ok }).toEqual({ from, to, ok: legal })
        if (!move.ok) expect(move).toMatchObject({ code: 'STARS.BAD_STEP', message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
      }
    }
  })

  it('allows each member action in its own stage only', () => {
    const allowed = (action: Parameters<typeof stageAllows>[0]) => CYCLE_STAGES.filter((stage: CycleStage) => stageAllows(action, stage))
    expect(allowed('selfAssess')).toEqual(['selfAssessment'])
    expect(allowed('peerReview')).toEqual(['peerReview'])
    expect(allowed('decide')).toEqual(['committee'])
    expect(allowed('object')).toEqual(['publicity'])
  })

  it('finalises only after the publicity days and with every objection answered', () => {
    const endsAt = '2026-12-08T16:00:00.000Z'
    expect(canFinalise({ publicityEndsAt: endsAt, openObjections: 0, now: new Date('2026-12-08T15:59:00Z') })).toEqual({ ok: false, code: 'STARS.PUBLICITY_RUNNING' })
    expect(canFinalise({ publicityEndsAt: endsAt, openObjections: 1, now: new Date('2026-12-09T00:00:00Z') })).toEqual({ ok: false, code: 'STARS.OBJECTIONS_OPEN' })
    expect(canFinalise({ publicityEndsAt: endsAt, openObjections: 0, now: new Date('2026-12-09T00:00:00Z') })).toEqual({ ok: true })
  })

  it('ends publicity at midnight China time after the last day', () => {
    // Started 2026-12-02 10:00 China time, 7 days: the 2nd to the 8th; ends 2026-12-09 00:00 China = 12-08 16:00Z.
    expect(publicityEnd(new Date('2026-12-02T02:00:00Z'), 7)).toBe('2026-12-08T16:00:00.000Z')
  })

  it('names periods and their days', () => {
    expect(periodLabel({ kind: 'quarter', year: 2026, quarter: 3 })).toBe('2026年第三季度')
    expect(periodLabel({ kind: 'year', year: 2026, quarter: null })).toBe('2026年度')
    expect(periodDays({ kind: 'quarter', year: 2026, quarter: 1 })).toEqual({ start: '2026-01-01', end: '2026-03-31' })
  })
})

describe('the generated star board', () => {
  const decision = (stars: number, reason: string) => ({ ids: [], score: null, stars, reason, by: '支委会', at: '2026-12-01T00:00:00Z', objectionId: null })
  const cycle = {
    period: { kind: 'quarter' as const, year: 2026, quarter: 4 },
    stage: 'publicity' as const,
    publicityEndsAt: '2026-12-08T16:00:00.000Z',
    finalisedAt: null,
    rubric: DEFAULT_DIMENSIONS_RUBRIC,
    entries: [
      { memberId: 'm2', memberName: '王建国', evidence: null, selfAssessment: null, decisions: [decision(2, '履职到位')] },
      { memberId: 'm1', memberName: '李秀英', evidence: null, selfAssessment: null, decisions: [decision(5, '五项全达标')] },
      { memberId: 'm3', memberName: '张志强', evidence: null, selfAssessment: null, decisions: [] },
    ],
  }

  it('lists decided members in the branch order, not by stars, with the last day of publicity', () => {
    const blocks = starBoardBlocks(2026, [cycle])
    expect(blocks[0]).toEqual({ type: 'heading', text: '2026年第四季度党员星级评定（公示中，至12月8日）' })
    expect(blocks[1]).toEqual({ type: 'table', columns: ['党员', '星级', '支委会评定理由'], rows: [['王建国', '★★', '履职到位'], ['李秀英', '★★★★★', '五项全达标']] })
    expect(blocks[2]).toMatchObject({ type: 'text', text: expect.stringContaining('提出异议') })
  })

  it('shows nothing of a cycle before publicity', () => {
    expect(starBoardBlocks(2026, [{ ...cycle, stage: 'committee' }])).toEqual([{ type: 'text', text: '2026年还没有公示的党员星级评定结果。' }])
  })
})
