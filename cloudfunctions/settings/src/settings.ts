import type { ActionContext, ActionImplementation } from '@/cloud'
import { findMany, getInTransaction, inTransaction, readSettingsDoc } from '@/cloud'
import type { settingsContract, SettingsView } from '@/core/contracts/settings.contract'
import type { OrgDoc } from '@/core/org/org.docs'
import { AppError } from '@/core/result'
import { applySettingsPatch, mergeSettings, SETTINGS_DOC_ID, settingsProblemMessage } from '@/core/settings'
import type { SettingsDoc } from '@/core/settings/settings.docs'

/** The root of the tree (the county); the deployment has exactly one. */
async function countyRoot(context: ActionContext): Promise<OrgDoc> {
  const [root] = await findMany(context.db, 'orgs', { parentId: null }, { limit: 1 })
  if (!root) throw new AppError('ORG.NOT_FOUND', '还没有建县(市、区)委这一级组织，请先初始化组织树。')
  return root
}

/** Whether the caller may change the settings: the admin, or an organiser of the county root itself. */
function mayEdit(context: ActionContext, root: OrgDoc): boolean {
  const { actor } = context
  return actor.role === 'admin' || (actor.role === 'organiser' && actor.orgId === root._id)
}

function viewOf(doc: SettingsDoc | null, canEdit: boolean): SettingsView {
  return { settings: mergeSettings(doc), updatedAt: doc?.updatedAt ?? null, updatedBy: doc?.updatedBy ?? null, canEdit }
}

export const get: ActionImplementation<typeof settingsContract, 'get'> = async (_input, context) => {
  const [doc, root] = await Promise.all([readSettingsDoc(context.db), context.actor.role === 'organiser' ? countyRoot(context) : Promise.resolve(null)])
  return viewOf(doc, context.actor.role === 'admin' || (root !== null && mayEdit(context, root)))
}

/**
 * Saves the sections sent, each merged over its current values and checked whole (ranges, the
 * passable band below the good one); any problem refuses the whole save with every message in
 * Chinese. Read and written in one transaction, so two editors of different sections both land.
 */
export const update: ActionImplementation<typeof settingsContract, 'update'> = async (patches, context) => {
  const root = await countyRoot(context)
  context.authorize({ orgId: root._id, orgAncestorIds: root.ancestorIds }, '全县设置只能由县委组织部修改；乡镇的同志如需调整，请联系县委组织部。')
  const by = context.actor.role === 'villager' ? '' : context.actor.displayName
  const saved = await inTransaction(context.db, async (transaction) => {
    const stored = await getInTransaction<SettingsDoc>(transaction, 'settings', SETTINGS_DOC_ID)
    const applied = applySettingsPatch(mergeSettings(stored), patches as Record<string, unknown>)
    if (!applied.ok) throw new AppError('SETTINGS.INVALID', settingsProblemMessage(applied.problems))
    const doc = { ...applied.settings, updatedAt: context.now.toISOString(), updatedBy: by }
    await transaction.collection('settings').doc(SETTINGS_DOC_ID).set({ data: doc })
    return { _id: SETTINGS_DOC_ID, ...doc } as SettingsDoc
  })
  return viewOf(saved, true)
}
