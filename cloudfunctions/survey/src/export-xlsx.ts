import type { ActionImplementation } from '@/cloud'
import type { surveyContract } from '@/core/contracts/survey.contract'
import { chinaDate } from '@/core/china-time'
import { BAND_LABELS } from '@/core/survey/survey.types'
import { subtreeFigures } from './dashboards'

const percent = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : Math.round(value * 10_000) / 10_000)

/** The organiser's table as an .xlsx (exceljs): one sheet per organisation row, one of rollups; stored in cloud storage, answered as a download URL. */
export const exportXlsx: ActionImplementation<typeof surveyContract, 'exportXlsx'> = async ({ rootOrgId }, context) => {
  const { cloud, now } = context
  const figures = await subtreeFigures(context, rootOrgId, 'rate-asc')
  // Loaded on first export only: exceljs is most of this bundle, and every other action starts without it.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '争创五好'
  workbook.created = now

  const rows = workbook.addWorksheet('各组织满意度')
  rows.columns = [
    { header: '组织', key: 'name', width: 28 },
    { header: '上级组织', key: 'parent', width: 22 },
    { header: '类型', key: 'type', width: 18 },
    { header: '调查', key: 'title', width: 24 },
    { header: '截止日期', key: 'closesOn', width: 12 },
    { header: '答卷数', key: 'respondents', width: 8 },
    { header: '有效样本 n', key: 'n', width: 10 },
    { header: '满意率', key: 'rate', width: 10, style: { numFmt: '0.0%' } },
    { header: '95%区间下限', key: 'lower', width: 12, style: { numFmt: '0.0%' } },
    { header: '95%区间上限', key: 'upper', width: 12, style: { numFmt: '0.0%' } },
    { header: '等级', key: 'band', width: 8 },
    { header: '较上轮（百分点）', key: 'change', width: 14, style: { numFmt: '+0.0%;-0.0%;0.0%' } },
    { header: '说明', key: 'note', width: 30 },
  ]
  for (const row of figures.organisations) {
    const latest = row.latest
    const overall = latest?.overall ?? null
    rows.addRow({
      name: row.org.name,
      parent: row.org.parentName,
      type: row.org.typeLabel,
      title: latest?.title ?? '',
      closesOn: latest?.closesOn ?? '',
      respondents: latest?.respondents ?? null,
      n: overall?.n ?? null,
      rate: percent(overall?.rate),
      lower: percent(overall?.interval?.lower),
      upper: percent(overall?.interval?.upper),
      band: overall?.band ? BAND_LABELS[overall.band] : '',
      change: percent(row.change),
      note: !latest ? '尚未开展调查' : !latest.visible ? `答卷不足 ${latest.minimumAnswers} 份，结果不公开` : row.flagged ? '低于合格线，需整改' : '',
    })
  }
  rows.getRow(1).font = { bold: true }
  rows.views = [{ state: 'frozen', ySplit: 1 }]

  const rollups = workbook.addWorksheet('汇总')
  rollups.columns = [
    { header: '范围', key: 'name', width: 28 },
    { header: '组织数', key: 'organisations', width: 8 },
    { header: '公开结果的组织', key: 'reporting', width: 14 },
    { header: '需整改', key: 'flagged', width: 8 },
    { header: '答卷数', key: 'respondents', width: 10 },
    { header: '满意率', key: 'rate', width: 10, style: { numFmt: '0.0%' } },
    { header: '95%区间下限', key: 'lower', width: 12, style: { numFmt: '0.0%' } },
    { header: '95%区间上限', key: 'upper', width: 12, style: { numFmt: '0.0%' } },
  ]
  for (const rollup of figures.rollups) {
    rollups.addRow({
      name: rollup.org.name,
      organisations: rollup.organisations,
      reporting: rollup.reporting,
      flagged: rollup.flagged,
      respondents: rollup.respondents,
      rate: percent(rollup.overall?.rate),
      lower: percent(rollup.overall?.interval?.lower),
      upper: percent(rollup.overall?.interval?.upper),
    })
  }
  rollups.getRow(1).font = { bold: true }

  const buffer = Buffer.from(await workbook.xlsx.writeBuffer())
  const fileName = `${figures.root.name}-群众满意度-${chinaDate(now)}.xlsx`
  const uploaded = await cloud.uploadFile({ cloudPath: `survey-exports/${figures.root.id}/${now.getTime()}.xlsx`, fileContent: buffer })
  const { fileList } = (await cloud.getTempFileURL({ fileList: [uploaded.fileID] })) as { fileList: { tempFileURL: string }[] }
  return { fileID: uploaded.fileID, downloadUrl: fileList[0]?.tempFileURL ?? '', fileName, rows: figures.organisations.length }
}
