import { createHandler } from '@/cloud'
import { suggestionsContract } from '@/core/contracts/suggestions.contract'
import { answer, leave, listForOrg, mine, overdue, places } from './suggestions'

/** The `suggestions` cloud function: 意见建议 from a villager to a branch, followed by its author only (docs/boards.md). */
export const main = createHandler(suggestionsContract, { leave, places, mine, listForOrg, answer, overdue })
