import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'
import { PledgeScreen, type PledgeAuthor } from '@/components/pledge/PledgeScreen'
import { currentYear, resolveMyMemberId } from '@/hooks/use-member-work'
import { createPledge } from '@/services/pledges'

/** A member's own pledge: created in their name, reviewed and judged by the branch. */
const MEMBER: PledgeAuthor = {
  reviewer: '支部',
  page: MEMBER_WORK_ROUTES.pledge,
  create: async (title, content) => {
    const memberId = await resolveMyMemberId()
    if (!memberId.ok) return memberId
    return createPledge(memberId.data, currentYear(), title, content)
  },
  words: {
    newTitle: '写一条承诺',
    newLead: '支部审核通过后，承诺会在支部承诺公示栏公示。',
    draftTitle: '承诺草稿',
    titleLabel: '承诺做什么',
    titleHint: '一句话，例如“帮三组孤寡老人代购药品”。',
    contentHint: '写清楚做什么、为谁做、做到什么程度。',
    selfAssessLabel: '承诺兑现得怎么样',
    selfAssessHint: '写几句：做到了哪些，还差什么。',
    selfAssessmentPrefix: '我的自评',
  },
  showOwner: false,
}

/** 我的承诺: write a new one, or see one and take its next step. */
export default function PledgePage() {
  return <PledgeScreen author={MEMBER} />
}
