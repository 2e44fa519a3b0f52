import type { CollectionName } from '../core/collections'
import { isShowable, rejectionReason, SCENE_FOR, type ModerationTarget } from '../core/publicity/moderation'
import type { ContentCheck, ModerationDecisionDoc } from '../core/publicity/publicity.docs'
import type { ActionContext } from './handler'

interface SecCheckReply {
  result?: { suggest?: string; label?: number }
}

const DECISIONS: CollectionName = 'moderationDecisions'

/**
 * Checks text others will read with security.msgSecCheck v2 (the caller's OPENID goes to WeChat
 * only), logs the decision without OPENID or text, and answers the check to store beside it.
 */
export async function checkText(context: ActionContext, target: ModerationTarget, targetId: string, orgId: string, text: string): Promise<ContentCheck> {
  const scene = SCENE_FOR[target]
  const reply = (await context.cloud.openapi.security.msgSecCheck({ content: text, version: 2, scene, openid: context.openid })) as SecCheckReply
  const suggest = reply.result?.suggest ?? 'risky'
  const passed = isShowable(suggest)
  const at = context.now.toISOString()
  const decision: Omit<ModerationDecisionDoc, '_id'> = {
    at,
    target,
    targetId,
    orgId,
    kind: 'text',
    scene,
    suggest,
    label: reply.result?.label ?? null,
    decision: passed ? 'passed' : 'rejected',
  }
  await context.collection(DECISIONS).add({ data: decision })
  return { result: passed ? 'passed' : 'rejected', reason: passed ? null : `${rejectionReason(reply.result?.label)}，请修改后再提交。`, at }
}
