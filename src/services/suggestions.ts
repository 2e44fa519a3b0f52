import type { ActionOutput } from '@/core/contract'
import type { suggestionsContract } from '@/core/contracts/suggestions.contract'
import type { SuggestionKind } from '@/core/publicity/suggestion.rules'
import { callCloud, contractRef, type CallResult } from './cloud'

const suggestions = contractRef<typeof suggestionsContract>('suggestions')

export type MySuggestion = ActionOutput<typeof suggestionsContract, 'mine'>['suggestions'][number]
export type BranchSuggestions = ActionOutput<typeof suggestionsContract, 'listForOrg'>
export type BranchSuggestion = BranchSuggestions['suggestions'][number]
export type SuggestionPlace = ActionOutput<typeof suggestionsContract, 'places'>['places'][number]

/** Organisations a villager can write to (no binding needed). */
export function listSuggestionPlaces(): Promise<CallResult<{ places: SuggestionPlace[] }>> {
  return callCloud(suggestions, 'places', {})
}

export function leaveSuggestion(orgId: string, kind: SuggestionKind, text: string): Promise<CallResult<MySuggestion>> {
  return callCloud(suggestions, 'leave', { orgId, kind, text })
}

/** What the caller left, answers included; nobody else's. */
export function mySuggestions(): Promise<CallResult<{ suggestions: MySuggestion[] }>> {
  return callCloud(suggestions, 'mine', {})
}

/** The branch's inbox: open first (oldest first), overdue marked. */
export function listOrgSuggestions(orgId: string): Promise<CallResult<BranchSuggestions>> {
  return callCloud(suggestions, 'listForOrg', { orgId })
}

export function answerSuggestion(id: string, text: string): Promise<CallResult<BranchSuggestion>> {
  return callCloud(suggestions, 'answer', { id, text })
}

/** The township's list of suggestions left unanswered too long under `rootOrgId`. */
export function listOverdueSuggestions(rootOrgId: string): Promise<CallResult<BranchSuggestions>> {
  return callCloud(suggestions, 'overdue', { rootOrgId })
}
