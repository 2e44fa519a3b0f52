import type { OrgNode } from '@/core/contracts/org.contract'
import { canBeChildOf } from '@/core/org/org-tree'

/** Which nodes show: a node is visible when every ancestor between it and the root is expanded. */
export function visibleNodes(nodes: readonly OrgNode[], expanded: ReadonlySet<string>): OrgNode[] {
  const byId = new Map(nodes.map((node) => [node.id, node]))
  return nodes.filter((node) => {
    let parentId = node.depth === 0 ? null : node.parentId
    while (parentId) {
      if (!expanded.has(parentId)) return false
      const parent = byId.get(parentId)
      parentId = parent && parent.depth > 0 ? parent.parentId : null
    }
    return true
  })
}

/** How many organisations sit directly under each node. */
export function childCounts(nodes: readonly OrgNode[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const node of nodes) if (node.depth > 0 && node.parentId) counts.set(node.parentId, (counts.get(node.parentId) ?? 0) + 1)
  return counts
}

/** For each node, how many of the flagged organisations (e.g. 空白村) sit anywhere below it. */
export function flaggedBelow(nodes: readonly OrgNode[], flagged: ReadonlySet<string>): Map<string, number> {
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const counts = new Map<string, number>()
  for (const id of flagged) {
    let parentId = byId.get(id)?.parentId ?? null
    while (parentId && byId.has(parentId)) {
      counts.set(parentId, (counts.get(parentId) ?? 0) + 1)
      parentId = byId.get(parentId)?.parentId ?? null
    }
  }
  return counts
}

/** The organisation and everything listed below it: places it cannot be moved into. */
export function selfAndBelow(nodes: readonly OrgNode[], id: string): Set<string> {
  const inside = new Set([id])
  // Depth-first order puts every descendant after its parent, so one pass collects them all.
  for (const node of nodes) if (node.parentId && inside.has(node.parentId)) inside.add(node.id)
  return inside
}

/** Where an organisation may be moved within the listed subtree: a parent of the right type, not its current one, not itself or below it. */
export function moveTargets(nodes: readonly OrgNode[], org: OrgNode): OrgNode[] {
  const inside = selfAndBelow(nodes, org.id)
  return nodes.filter((candidate) => !inside.has(candidate.id) && candidate.id !== org.parentId && canBeChildOf(org.type, candidate.type))
}
