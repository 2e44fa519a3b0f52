import type { ActionImplementation } from '@/cloud'
import { countWhere, findById, findMany } from '@/cloud'
import type { orgContract } from '@/core/contracts/org.contract'
import { AppError } from '@/core/result'
import { ORG_TYPE_LABELS, ROLE_LABELS } from '@/core/org/org.types'
import { isMeasuredOrgType, STANDARD_HEADINGS, FIVE_GOOD_STANDARDS } from '@/core/standards/five-good'

/** The caller's role and name, their organisation with its ancestors and member count, and the five criteria of its type. */
export const getHome: ActionImplementation<typeof orgContract, 'getHome'> = async (_input, { actor, db }) => {
  if (actor.role === 'villager') {
    return { identity: { role: 'villager', roleLabel: ROLE_LABELS.villager, displayName: '' }, org: null, standards: null }
  }

  const org = await findById(db, 'orgs', actor.orgId)
  if (!org) throw new AppError('ORG.NOT_FOUND', `您绑定的组织（${actor.orgId}）已不存在，请联系组织委员重新绑定。`)

  const [ancestorDocs, memberCount] = await Promise.all([
    org.ancestorIds.length > 0 ? findMany(db, 'orgs', { _id: db.command.in(org.ancestorIds) }, { limit: org.ancestorIds.length }) : Promise.resolve([]),
    countWhere(db, 'members', { orgId: org._id, status: 'active' }),
  ])
  // The query returns ancestors in store order; ancestorIds holds the county-first order.
  const nameById = new Map(ancestorDocs.map((ancestor) => [ancestor._id, ancestor.name]))
  const ancestors = org.ancestorIds.filter((id) => nameById.has(id)).map((id) => ({ id, name: nameById.get(id) ?? '' }))

  return {
    identity: { role: actor.role, roleLabel: ROLE_LABELS[actor.role], displayName: actor.displayName },
    org: { id: org._id, name: org.name, type: org.type, typeLabel: ORG_TYPE_LABELS[org.type], ancestors, memberCount },
    standards: isMeasuredOrgType(org.type)
      ? { heading: STANDARD_HEADINGS[org.type], criteria: FIVE_GOOD_STANDARDS[org.type].map((criterion) => ({ ...criterion })) }
      : null,
  }
}
