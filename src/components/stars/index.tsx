import { Text, View } from '@tarojs/components'
import type { Rubric } from '@/core/stars/stars.rubric'
import './index.scss'

/** ★★★☆☆ in large type, with the count in words for screen readers and older eyes. */
export function StarRow({ stars, size = 'big' }: { stars: number; size?: 'big' | 'small' }) {
  const full = Math.max(0, Math.min(5, stars))
  return (
    <View className={`star-row star-row--${size}`} aria-label={`${full} 星`}>
      <Text className='star-row__on'>{'★'.repeat(full)}</Text>
      <Text className='star-row__off'>{'☆'.repeat(5 - full)}</Text>
      <Text className='star-row__words'>{full === 0 ? '未达星级' : `${full} 星`}</Text>
    </View>
  )
}

/** The rubric's choices: additions and deductions (points) or the five dimensions, with what each means. */
export function rubricChoices(rubric: Rubric): { id: string; label: string; hint: string }[] {
  if (rubric.kind === 'points') return rubric.items.map((item) => ({ id: item.id, label: `${item.label}（${item.points > 0 ? '+' : ''}${item.points}分）`, hint: item.reason }))
  return rubric.dimensions.map((dimension) => ({ id: dimension.id, label: dimension.label, hint: dimension.standard }))
}

/** Stars a choice of ids earns, as the server counts it (shown before saving; the server decides). */
export function previewStars(rubric: Rubric, ids: readonly string[]): { stars: number; score: number | null } {
  const chosen = new Set(ids)
  if (rubric.kind === 'dimensions') return { stars: rubric.dimensions.filter((dimension) => chosen.has(dimension.id)).length, score: null }
  const score = Math.max(0, rubric.items.filter((item) => chosen.has(item.id)).reduce((sum, item) => sum + item.points, rubric.base))
  let stars = 0
  for (const band of rubric.bands) if (score >= band.min) stars = Math.max(stars, band.stars)
  return { stars, score }
}

/** A list of big tick boxes: tap to choose or un-choose. */
export function CheckList({ options, chosen, onToggle }: { options: readonly { id: string; label: string; hint: string }[]; chosen: readonly string[]; onToggle: (id: string) => void }) {
  return (
    <View className='check-list'>
      {options.map((option) => {
        const on = chosen.includes(option.id)
        return (
          <View key={option.id} className={on ? 'check-item check-item--on' : 'check-item'} role='checkbox' aria-checked={on} onClick={() => onToggle(option.id)}>
            <Text className='check-item__box'>{on ? '☑' : '☐'}</Text>
            <View className='check-item__words'>
              <Text className='check-item__label'>{option.label}</Text>
              {option.hint ? <Text className='check-item__hint'>{option.hint}</Text> : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}

/** Pick 0–5 stars with five big taps. */
export function StarPicker({ value, onChange }: { value: number | null; onChange: (stars: number) => void }) {
  return (
    <View className='star-picker'>
      {[1, 2, 3, 4, 5].map((n) => (
        <View key={n} className={value !== null && n <= value ? 'star-picker__star star-picker__star--on' : 'star-picker__star'} role='button' aria-label={`${n} 星`} onClick={() => onChange(value === n ? n - 1 : n)}>
          <Text>{value !== null && n <= value ? '★' : '☆'}</Text>
        </View>
      ))}
    </View>
  )
}

export function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((item) => item !== id) : [...list, id]
}

/** Evidence in one line per kind, as the committee and the member read it. */
export function evidenceLines(evidence: { pledges: { total: number; fulfilled: number; partial: number; unfulfilled: number }; duties: { due: number; doneOnTime: number; overdue: number }; posts: string[] } | null): string[] {
  if (!evidence) return ['实绩还没有汇总。']
  const { pledges, duties, posts } = evidence
  return [
    pledges.total === 0 ? '承诺：本年没有已审核的承诺' : `承诺 ${pledges.total} 条：已兑现 ${pledges.fulfilled}，部分兑现 ${pledges.partial}，未兑现 ${pledges.unfulfilled}`,
    duties.due === 0 ? '履岗：本期没有到期的职责' : `履岗：应做 ${duties.due} 次，按时 ${duties.doneOnTime}，逾期 ${duties.overdue}`,
    posts.length === 0 ? '岗位：没有认岗' : `岗位：${posts.join('、')}`,
  ]
}
