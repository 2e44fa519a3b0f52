import type { Home } from '@/core/contracts/org.contract'
import { FIVE_GOOD_STANDARDS } from '@/core/standards/five-good'

/** getHome answers as the org function gives them, built from the real five-good standards. */
export function secretaryHome(overrides: Partial<Home['identity']> = {}): Home {
  return {
    identity: { role: 'secretary', roleLabel: '支部书记', displayName: '王建国', ...overrides },
    org: {
      id: 'org-qingshan',
      name: '青山村党支部',
      type: 'village',
      typeLabel: '村党组织',
      ancestors: [
        { id: 'org-county', name: '安平县委' },
        { id: 'org-town', name: '石桥镇党委' },
      ],
      memberCount: 23,
    },
    standards: { heading: '村党组织“五个好”标准', criteria: FIVE_GOOD_STANDARDS.village.map((c) => ({ ...c })) },
  }
}

export function villagerHome(): Home {
  return { identity: { role: 'villager', roleLabel: '群众', displayName: '' }, org: null, standards: null }
}
