import type { OrgNode } from '@/core/contracts/org.contract'

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
