import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useRef, useState } from 'react'
import type { SubtreeDashboard, SubtreeRow } from '@/core/contracts/survey.contract'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Screen } from '@/components/Screen'
import { Bars, type BarRow } from '@/components/survey/Bars'
import { SURVEY_ROUTES } from '@/components/survey/survey-routes'
import { bandLabel, changeText, formatRate, intervalText, missingText, sampleText } from '@/components/survey/survey-format'
import '@/components/survey/survey.scss'
import { SUBTREE_TABLE_PAGE } from '@/core/survey/survey.types'
import { useCloud } from '@/hooks/use-cloud'
import { exportSurveyXlsx, getSubtreeDashboard } from '@/services/survey'
import { openDownloadedFile } from './open-export'

function rowFigure(row: SubtreeRow): string {
  if (!row.latest) return '未开展'
  if (!row.latest.visible) return '未公开'
  return formatRate(row.latest.overall?.rate ?? null)
}

function rowDetail(row: SubtreeRow): string {
  const latest = row.latest
  if (!latest) return '还没有开过满意度调查'
  if (!latest.visible) return `${latest.title} · ${missingText(latest.respondents, latest.minimumAnswers)}`
  const parts = [latest.title, sampleText(latest.overall?.n ?? 0), intervalText(latest.overall), changeText(row.change)]
  return parts.filter(Boolean).join(' · ')
}

function OrgRow({ row, passable }: { row: SubtreeRow; passable: string }) {
  const trend: BarRow[] = row.trend.map((point) => ({ key: point.roundId, label: point.title, value: point.rate, figure: point.rate === null ? '未公开' : formatRate(point.rate), tone: 'plain' }))
  return (
    <View className={row.flagged ? 'survey-table-row survey-table-row--flagged' : 'survey-table-row'} onClick={() => Taro.navigateTo({ url: SURVEY_ROUTES.organiserOrg(row.org.id) })}>
      <View className='survey-table-row__head'>
        <Text className='survey-table-row__name'>{row.org.name}</Text>
        <Text className='survey-table-row__rate'>{rowFigure(row)}</Text>
      </View>
      {row.flagged && <Text className='survey-flag'>{`低于 ${passable}，需整改`}</Text>}
      {!row.flagged && row.latest?.visible && row.latest.overall?.band && <Text className='card__text'>{bandLabel(row.latest.overall)}</Text>}
      <Text className='card__text'>
        {row.org.parentName} · {rowDetail(row)}
      </Text>
      {trend.length > 1 && <Bars rows={trend} />}
      <Text className='survey-link'>查看详情 ›</Text>
    </View>
  )
}

function Table({ dashboard }: { dashboard: SubtreeDashboard }) {
  const [rows, setRows] = useState<SubtreeRow[]>(dashboard.organisations)
  const [more, setMore] = useState<{ loading: boolean; message: string | null }>({ loading: false, message: null })
  const [exporting, setExporting] = useState(false)
  const [exportNote, setExportNote] = useState<string | null>(null)
  // The passable band from the county's settings (全县设置), 70 % unless changed.
  const passable = `${Math.round(dashboard.settings.passableThreshold * 100)}%`
  const rollups: BarRow[] = dashboard.rollups.map((rollup, index) => ({
    key: rollup.org.id,
    label: `${rollup.org.name}（${rollup.reporting}/${rollup.organisations} 个已出结果）`,
    value: rollup.overall?.rate ?? null,
    figure: formatRate(rollup.overall?.rate ?? null),
    tone: rollup.overall?.band ?? 'plain',
    note: rollup.flagged > 0 ? `${rollup.flagged} 个组织需整改` : undefined,
    // The first rollup is this table's own root; each township below it opens its own table.
    ...(index === 0 ? {} : { onTap: () => Taro.navigateTo({ url: SURVEY_ROUTES.organiserDashboardOf(rollup.org.id) }), action: `只看${rollup.org.name}` }),
  }))

  async function showMore() {
    setMore({ loading: true, message: null })
    // The server answers the next rows the screen does not show yet, so answers arriving meanwhile
    // cannot make it skip or repeat an organisation.
    const result = await getSubtreeDashboard(dashboard.root.id, { shownOrgIds: rows.map((row) => row.org.id), limit: SUBTREE_TABLE_PAGE })
    if (!result.ok) {
      setMore({ loading: false, message: result.message })
      return
    }
    setRows((shown) => [...shown, ...result.data.organisations])
    setMore({ loading: false, message: null })
  }

  async function exportTable() {
    setExporting(true)
    setExportNote(null)
    const result = await exportSurveyXlsx(dashboard.root.id)
    setExporting(false)
    if (!result.ok) {
      setExportNote(result.message)
      return
    }
    setExportNote(await openDownloadedFile(result.data))
  }

  return (
    <View>
      <Text className='screen__title'>{dashboard.root.name}</Text>
      <Text className='screen__lead'>群众满意度 · 按满意率从低到高排列</Text>
      <View className={dashboard.flaggedCount > 0 ? 'survey-error' : 'card'}>
        <Text>{dashboard.flaggedCount > 0 ? `${dashboard.flaggedCount} 个组织满意率低于 ${passable}，需要整改` : `没有满意率低于 ${passable} 的组织`}</Text>
      </View>
      <Button className='big-button' type='primary' color='#b7131a' onClick={() => Taro.navigateTo({ url: SURVEY_ROUTES.organiserOpen })}>
        为辖区组织开启调查
      </Button>
      <Text className='section-title'>汇总</Text>
      <View className='card'>
        <Bars rows={rollups} empty='还没有公开的结果' />
      </View>
      <Text className='section-title'>各组织（{dashboard.total} 个）</Text>
      {rows.map((row) => (
        <OrgRow key={row.org.id} row={row} passable={passable} />
      ))}
      {rows.length < dashboard.total && (
        <Button className='big-button' loading={more.loading} onClick={showMore}>
          {`再显示 ${Math.min(SUBTREE_TABLE_PAGE, dashboard.total - rows.length)} 个（已显示 ${rows.length} / ${dashboard.total}）`}
        </Button>
      )}
      {more.message && <Text className='survey-error'>{more.message}</Text>}
      <Button className='big-button' loading={exporting} onClick={exportTable}>
        导出 Excel 表
      </Button>
      {exportNote && <Text className='screen__lead'>{exportNote}</Text>}
    </View>
  )
}

/** The organiser's subtree: organisations by rate, 整改 flags, trend, drill-down, xlsx export. */
export default function OrganiserSurveyPage() {
  // Without ?rootOrgId=, the organiser's own organisation (a township's table opens with its id).
  const { params } = useRouter()
  const [visit, setVisit] = useState(0)
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) setVisit((n) => n + 1)
    shown.current = true
  })
  return (
    <Screen>
      <SubtreeView key={visit} rootOrgId={params.rootOrgId || undefined} />
    </Screen>
  )
}

function SubtreeView({ rootOrgId }: { rootOrgId?: string }) {
  const { state, retry } = useCloud<SubtreeDashboard>(() => getSubtreeDashboard(rootOrgId, { limit: SUBTREE_TABLE_PAGE }))
  if (state.status === 'loading') return <Loading what='辖区满意度' />
  if (state.status === 'failed') return <LoadFailed message={state.message} onRetry={retry} />
  return <Table dashboard={state.data} />
}
