import { Text, View } from '@tarojs/components'
import './survey.scss'

export interface BarRow {
  key: string
  label: string
  /** 0..1, or null when there is nothing to draw (hidden or no answers). */
  value: number | null
  /** Written beside the bar, e.g. “82.4%” or “12 人”. */
  figure: string
  /** Marks the row (e.g. below the 整改 line) in words and colour. */
  tone?: 'good' | 'passable' | 'rectify' | 'plain'
  note?: string
  /** Makes the whole row a button (e.g. a township's rollup opens that township's table); `action` is what it says it opens. */
  onTap?: () => void
  action?: string
}

/**
 * Horizontal bars drawn with Views and widths, so weapp and h5 render them alike with no chart
 * library; the number is always written beside the bar, never only drawn.
 */
export function Bars({ rows, empty }: { rows: readonly BarRow[]; empty?: string }) {
  if (rows.length === 0) return <Text className='survey-muted'>{empty ?? '暂无数据'}</Text>
  return (
    <View className='bars'>
      {rows.map((row) => (
        <View className={row.onTap ? 'bars__row bars__row--tappable' : 'bars__row'} key={row.key} onClick={row.onTap} role={row.onTap ? 'button' : undefined}>
          <Text className='bars__label'>{row.label}</Text>
          <View className='bars__line'>
            <View className='bars__track'>
              {row.value !== null && <View className={`bars__fill bars__fill--${row.tone ?? 'plain'}`} style={{ width: `${Math.max(1, Math.round(row.value * 100))}%` }} />}
            </View>
            <Text className='bars__figure'>{row.figure}</Text>
          </View>
          {row.note && <Text className='bars__note'>{row.note}</Text>}
          {row.onTap && <Text className='survey-link'>{`${row.action ?? '查看'} ›`}</Text>}
        </View>
      ))}
    </View>
  )
}
