import { createHandler } from '@/cloud'
import { starsContract } from '@/core/contracts/stars.contract'
import { advance, answerObjection, contest, decide, get, getRubric, list, memberStars, myObjections, object, open, peerReview, publicStars, selfAssess, setRubric } from './stars'

/** The `stars` cloud function: 党员星级评定 and the contest between branches (docs/stars.md). */
export const main = createHandler(starsContract, { getRubric, setRubric, open, list, get, advance, decide, memberStars, selfAssess, peerReview, publicStars, object, myObjections, answerObjection, contest })
