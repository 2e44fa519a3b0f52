import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIVE_GOOD_STANDARDS, standardsFor } from '@/core/standards/five-good'

const reference = readFileSync(join(__dirname, '../../docs/reference/five-good-opinions.txt'), 'utf8')

describe('five-good standards', () => {
  it('gives each measured organisation type exactly five criteria in order', () => {
    for (const criteria of Object.values(FIVE_GOOD_STANDARDS)) {
      expect(criteria.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5])
      expect(criteria.map((c) => c.key)).toEqual(['leadership', 'team', 'mechanism', 'performance', 'image'])
    }
  })

  it('names the village criteria as the campaign document does', () => {
    expect(FIVE_GOOD_STANDARDS.village.map((c) => c.title)).toEqual([
      '有一个好班子,尤其要有一个好的党支部书记',
      '有一支好的党员干部队伍',
      '有一个好的工作机制',
      '有一个好的小康建设业绩',
      '有一个群众满意的好形象',
    ])
    expect(FIVE_GOOD_STANDARDS.township[4].title).toBe('农民群众反映好')
    expect(FIVE_GOOD_STANDARDS.enterprise[4].title).toBe('群众反映好')
  })

  it('has no standards of its own for a county or a branch', () => {
    expect(standardsFor('county')).toEqual([])
    expect(standardsFor('branch')).toEqual([])
  })

  it('quotes every criterion verbatim from the campaign document', () => {
    for (const criteria of Object.values(FIVE_GOOD_STANDARDS)) {
      for (const c of criteria) {
        expect(reference).toContain(`${c.ordinal}、${c.title}。${c.text}`)
      }
    }
  })
})
