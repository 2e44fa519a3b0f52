import type { ActionContext, ActionImplementation } from '@/cloud'
import { findById, findMany, inTransaction } from '@/cloud'
import type { orgContract, OrgNode } from '@/core/contracts/org.contract'
import type { OrgDoc } from '@/core/org/org.docs'
import { ancestorsUnder, canBeChildOf } from '@/core/org/org-tree'
import { ORG_TYPE_LABELS } from '@/core/org/org.types'
import { AppError } from '@/core/result'

// A county has tens of townships and hundreds of villages; one page of the SDK's ceiling is enough.
const TREE_LIMIT = 1000

async function subtreeOf(context: ActionContext, root: OrgDoc): Promise<OrgDoc[]> {
  const descendants = await findMany(context.db, 'orgs', { ancestorIds: root._id }, { limit: TREE_LIMIT })
  return [root, ...descendants]
}

async function activeMemberCounts(context: ActionContext, orgIds: string[]): Promise<Map<string, number>> {
  const _ = context.db.command
  const reply = (await context.db
    .collection('members')
    .aggregate()
    .match({ orgId: _.in(orgIds), status: 'active' })
    .group({ _id: '$orgId', count: { $sum: 1 } })
    .end()) as { list: { _id: string; count: number }[] }
  return new Map(reply.list.map((row) => [row._id, row.count]))
}

function toNode(org: OrgDoc, rootDepth: number, memberCount: number): OrgNode {
  return { id: org._id, name: org.name, type: org.type, typeLabel: ORG_TYPE_LABELS[org.type], parentId: org.parentId, depth: org.ancestorIds.length - rootDepth, memberCount }
}

/** Depth-first, each level in name order, so the tree reads top-down on a phone. */
function depthFirst(orgs: OrgDoc[], root: OrgDoc): OrgDoc[] {
  const children = new Map<string, OrgDoc[]>()
  for (const org of orgs) if (org.parentId) children.set(org.parentId, [...(children.get(org.parentId) ?? []), org])
  const ordered: OrgDoc[] = []
  const visit = (org: OrgDoc): void => {
    ordered.push(org)
    for (const child of (children.get(org._id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))) visit(child)
  }
  visit(root)
  return ordered
}

async function nodeOf(context: ActionContext, org: OrgDoc): Promise<OrgNode> {
  const counts = await activeMemberCounts(context, [org._id])
  return toNode(org, 0, counts.get(org._id) ?? 0)
}

/** The organisation (the caller's own by default) and everything under it that the caller may see. */
export const listTree: ActionImplementation<typeof orgContract, 'listTree'> = async ({ rootId }, context) => {
  const { actor } = context
  const start = rootId ?? (actor.role === 'villager' ? undefined : actor.orgId)
  if (!start) throw new AppError('ORG.NOT_FOUND')
  const root = await context.authorizeOrg(start)
  // A secretary's scope is their own organisation: they see it, not what hangs below it.
  const orgs = context.scope === 'own-org' ? [root] : await subtreeOf(context, root)
  const counts = await activeMemberCounts(context, orgs.map((org) => org._id))
  return { nodes: depthFirst(orgs, root).map((org) => toNode(org, root.ancestorIds.length, counts.get(org._id) ?? 0)) }
}

export const createOrg: ActionImplementation<typeof orgContract, 'createOrg'> = async ({ parentId, name, type }, context) => {
  const parent = await context.authorizeOrg(parentId)
  if (!canBeChildOf(type, parent.type)) {
    throw new AppError('ORG.BAD_PARENT', `“${ORG_TYPE_LABELS[parent.type]}”下面不能直接建“${ORG_TYPE_LABELS[type]}”，请检查上级组织和组织类型。`)
  }
  const org: Omit<OrgDoc, '_id'> = { name, type, parentId: parent._id, ancestorIds: ancestorsUnder(parent), createdAt: context.now.toISOString() }
  const { _id } = (await context.collection('orgs').add({ data: org })) as { _id: string }
  return toNode({ _id, ...org }, 0, 0)
}

export const renameOrg: ActionImplementation<typeof orgContract, 'renameOrg'> = async ({ id, name }, context) => {
  const org = await context.authorizeOrg(id)
  await context.collection('orgs').doc(id).update({ data: { name } })
  return nodeOf(context, { ...org, name })
}

/** Moves an organisation and its whole subtree under a new parent, rewriting every descendant's ancestors. */
export const moveOrg: ActionImplementation<typeof orgContract, 'moveOrg'> = async ({ id, parentId }, context) => {
  const org = await context.authorizeOrg(id)
  const parent = await context.authorizeOrg(parentId)
  if (org.parentId === null) throw new AppError('ORG.ROOT_LOCKED')
  if (parent._id === org._id || parent.ancestorIds.includes(org._id)) throw new AppError('ORG.MOVE_INTO_ITSELF')
  if (!canBeChildOf(org.type, parent.type)) {
    throw new AppError('ORG.BAD_PARENT', `“${ORG_TYPE_LABELS[parent.type]}”下面不能放“${ORG_TYPE_LABELS[org.type]}”，请选择别的上级组织。`)
  }
  const newAncestors = ancestorsUnder(parent)
  const descendants = await findMany(context.db, 'orgs', { ancestorIds: org._id }, { limit: TREE_LIMIT })
  await inTransaction(context.db, async (transaction) => {
    await transaction.collection('orgs').doc(org._id).update({ data: { parentId: parent._id, ancestorIds: newAncestors } })
    for (const descendant of descendants) {
      const below = descendant.ancestorIds.slice(descendant.ancestorIds.indexOf(org._id))
      await transaction.collection('orgs').doc(descendant._id).update({ data: { ancestorIds: [...newAncestors, ...below] } })
    }
  })
  const moved = await findById(context.db, 'orgs', org._id)
  if (!moved) throw new AppError('ORG.NOT_FOUND')
  return { org: await nodeOf(context, moved), descendantsMoved: descendants.length }
}

/** A fresh deployment: the first caller creates the county and becomes its bootstrap admin; never again afterwards. */
export const setUp: ActionImplementation<typeof orgContract, 'setUp'> = async ({ countyName, adminName }, context) => {
  const existing = await findMany(context.db, 'orgs', {}, { limit: 1 })
  if (existing.length > 0) throw new AppError('ORG.ALREADY_SET_UP')
  const createdAt = context.now.toISOString()
  const org: OrgDoc = { _id: 'org-root', name: countyName, type: 'county', parentId: null, ancestorIds: [], createdAt }
  // Fixed ids: a second concurrent setUp collides on _id inside the transaction instead of making two counties.
  await inTransaction(context.db, async (transaction) => {
    await transaction.collection('orgs').add({ data: org })
    await transaction.collection('accounts').add({ data: { _id: context.openid, role: 'admin', orgId: org._id, displayName: adminName, boundAt: createdAt } })
  })
  return { org: { id: org._id, name: org.name, type: org.type, typeLabel: ORG_TYPE_LABELS[org.type] }, role: 'admin' as const }
}
