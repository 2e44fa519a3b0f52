import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'
import { PledgeScreen, type PledgeAuthor } from '@/components/pledge/PledgeScreen'
import { currentYear } from '@/hooks/use-member-work'
import { resolveOrgId } from '@/hooks/use-members'
import { createBranchPledge } from '@/services/pledges'

/** The branch's pledge (组织承诺): written by the secretary (代填) in the branch's name, reviewed and judged by the township. */
const BRANCH: PledgeAuthor = {
  reviewer: '乡镇党委',
  page: MEMBER_WORK_ROUTES.branchPledge,
  // In the caller's own branch, or the `orgId` the page was opened with.
  create: async (title, content, params) => {
    const resolved = await resolveOrgId(params.orgId)
    if (!resolved.ok) return resolved
    return createBranchPledge(resolved.data, currentYear(), title, content)
  },
  words: {
    newTitle: '写一条支部承诺',
    newLead: '支部每年至少向群众承诺两件事。乡镇党委审核通过后，在支部承诺公示栏公示。',
    draftTitle: '支部承诺草稿',
    titleLabel: '支部承诺做什么',
    titleHint: '一句话，例如“年内修好三组到村部的路灯”。',
    contentHint: '写清楚做什么、为谁做、什么时候做到。',
    selfAssessLabel: '支部承诺兑现得怎么样',
    selfAssessmentPrefix: '自评',
  },
  showOwner: true,
}

/** 支部承诺: the secretary writes the branch's pledge, submits it to the township, then records progress. */
export default function BranchPledgePage() {
  return <PledgeScreen author={BRANCH} />
}
