/**
 * Peer review (党员互评): each member reviews a few others, never themselves, and each member is
 * reviewed by as many. The order is shuffled with a random source the server does not keep, so the
 * pairs cannot be worked out again from the member list; only keyed hashes of reviewers are stored.
 */
export interface PeerPair {
  reviewerId: string
  revieweeId: string
}

/** How many each member reviews: `wanted`, but never more than the others there are. */
export function reviewsPerMember(members: number, wanted: number): number {
  return Math.max(0, Math.min(wanted, members - 1))
}

/**
 * Pairs for a branch: shuffle the members, then reviewer i reviews the next k in the circle.
 * Everyone reviews k others and is reviewed by k others; nobody reviews themselves or anyone twice.
 */
export function assignPeers(memberIds: readonly string[], wanted: number, random: () => number = Math.random): PeerPair[] {
  const unique = [...new Set(memberIds)]
  const order = [...unique]
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const k = reviewsPerMember(order.length, wanted)
  const pairs: PeerPair[] = []
  for (let i = 0; i < order.length; i++) for (let step = 1; step <= k; step++) pairs.push({ reviewerId: order[i], revieweeId: order[(i + step) % order.length] })
  return pairs
}

/** What a reviewed member may read of the reviews of them: counts and comments, no reviewer. */
export interface PeerSummary {
  assigned: number
  done: number
  /** Mean of the stars given, one decimal; null before any review. */
  averageStars: number | null
  comments: string[]
}

export function peerSummary(reviews: ReadonlyArray<{ status: 'pending' | 'done'; stars: number | null; comment: string }>): PeerSummary {
  const done = reviews.filter((review) => review.status === 'done')
  const given = done.map((review) => review.stars).filter((stars): stars is number => stars !== null)
  const average = given.length === 0 ? null : Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 10) / 10
  // Sorted, so the order of comments says nothing about who wrote which.
  const comments = done.map((review) => review.comment).filter((comment) => comment.length > 0).sort()
  return { assigned: reviews.length, done: done.length, averageStars: average, comments }
}
