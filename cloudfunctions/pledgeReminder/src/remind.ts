import type { CloudDatabase, WxCloud } from '@/cloud'
import { findMany, readSettingsDoc } from '@/cloud'
import { chinaDate } from '@/core/china-time'
import type { PledgeReminderDoc } from '@/core/member-work/member-work.docs'
import { MADE_STATUSES, pledgeReminderTemplateId, reminderDue } from '@/core/member-work/pledge.rules'
import type { MemberDoc } from '@/core/org/org.docs'
import { mergeSettings } from '@/core/settings'

/** Where the reminder opens: the home page, which shows a member "我的任务" with their pledges. */
export const REMINDER_PAGE = 'pages/home/index'

// The SDK reads at most 1000 documents at a time; a county has a few thousand members.
const PAGE = 1000

export interface ReminderReport {
  year: number
  due: boolean
  sent: number
  failed: number
  /** Members already reminded this year (one time only). */
  skipped: number
}

async function boundActiveMembers(db: CloudDatabase): Promise<MemberDoc[]> {
  const all: MemberDoc[] = []
  for (let offset = 0; ; offset += PAGE) {
    const reply = (await db.collection('members').where({ status: 'active', boundOpenid: db.command.exists(true) }).orderBy('_id', 'asc').skip(offset).limit(PAGE).get()) as { data: unknown[] }
    all.push(...(reply.data as MemberDoc[]))
    if (reply.data.length < PAGE) return all
  }
}

/**
 * Sends the one-time subscription reminder (subscribeMessage.send) to each bound, active member
 * with no pledge submitted this year, once the reminder day has come. Each member is claimed in
 * `pledgeReminders` before the send, so a second run or a parallel one never sends twice; a send
 * the platform refuses (the member never subscribed) is recorded as failed and not retried.
 */
export async function sendPledgeReminders(db: CloudDatabase, cloud: WxCloud, now: Date, year?: number): Promise<ReminderReport> {
  const today = chinaDate(now)
  const target = year ?? Number(today.slice(0, 4))
  // The county's settings (docs/settings.md) once their pledge section was saved; before that the function environment's PLEDGE_REMINDER_DAY, then the default of local practice.
  const stored = await readSettingsDoc(db)
  const fromEnvironment = /^\d{2}-\d{2}$/.test(process.env.PLEDGE_REMINDER_DAY ?? '') ? (process.env.PLEDGE_REMINDER_DAY as string) : null
  const reminderDay = stored?.pledges ? mergeSettings(stored).pledges.reminderDate : (fromEnvironment ?? mergeSettings(null).pledges.reminderDate)
  const report: ReminderReport = { year: target, due: reminderDue(today, target, { reminderDay }), sent: 0, failed: 0, skipped: 0 }
  if (!report.due) return report
  // The same rule pledges.listForMember answers 我的任务 with, so members consent to this very template.
  const templateId = pledgeReminderTemplateId(process.env)

  const members = await boundActiveMembers(db)
  const pledged = new Set((await findMany(db, 'pledges', { year: target, owner: 'member', status: db.command.in([...MADE_STATUSES]) }, { limit: PAGE * 10 })).map((pledge) => pledge.memberId))
  const reminded = new Set((await findMany(db, 'pledgeReminders', { year: target }, { limit: PAGE * 10 })).map((reminder) => reminder.memberId))

  for (const member of members) {
    if (pledged.has(member._id)) continue
    if (reminded.has(member._id)) {
      report.skipped += 1
      continue
    }
    const claim: PledgeReminderDoc = { _id: `${target}-${member._id}`, year: target, memberId: member._id, orgId: member.orgId, sentAt: now.toISOString(), outcome: 'sent', detail: '' }
    try {
      await db.collection('pledgeReminders').add({ data: claim })
    } catch {
      // Another run claimed this member first: the reminder is theirs to send.
      report.skipped += 1
      continue
    }
    try {
      await cloud.openapi.subscribeMessage.send({
        touser: member.boundOpenid as string,
        templateId,
        page: REMINDER_PAGE,
        miniprogramState: 'formal',
        data: {
          thing1: { value: `${target}年党员承诺` },
          thing2: { value: '您今年还没有提交承诺' },
          thing3: { value: '打开小程序，在“我的任务”里写承诺' },
        },
      })
      report.sent += 1
    } catch (error) {
      report.failed += 1
      await db.collection('pledgeReminders').doc(claim._id).update({ data: { outcome: 'failed', detail: String((error as { errMsg?: string }).errMsg ?? error).slice(0, 200) } })
    }
  }
  return report
}
