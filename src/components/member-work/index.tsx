import { Image, Text, Textarea, View } from '@tarojs/components'
import { photoStateLabel, type PhotoCheckState } from '@/core/media/media-check'
import { photoUrl } from '@/services/photo-url'
import './index.scss'
import { readableDate } from '@/core/china-time'

/** A box for a few sentences, sized for large text; `name` lets tests and screen readers find it. */
export function TextBox({ value, onChange, placeholder, maxlength, name }: { value: string; onChange: (value: string) => void; placeholder?: string; maxlength: number; name: string }) {
  return (
    <Textarea
      className='text-box'
      name={name}
      value={value}
      maxlength={maxlength}
      placeholder={placeholder}
      autoHeight
      onInput={(event) => onChange(event.detail.value)}
      onBlur={(event) => onChange(event.detail.value)}
    />
  )
}

/** Photos as stored: weapp draws cloud:// fileIDs itself, h5 reads them through the local gateway (photoUrl). */
export function PhotoStrip({ fileIDs }: { fileIDs: readonly string[] }) {
  if (fileIDs.length === 0) return null
  return (
    <View className='photo-strip'>
      {fileIDs.map((fileID) => (
        <Image key={fileID} className='photo-strip__photo' src={photoUrl(fileID)} mode='aspectFill' />
      ))}
    </View>
  )
}

/**
 * The author's own photos with their content check under each: 审核中, 已公开 or 未通过（原因）.
 * A photo not sent for a check yet (`check: null`, e.g. in a story's draft) shows `unchecked` instead.
 */
export function CheckedPhotoStrip({ photos, unchecked }: { photos: readonly { fileID: string; check: PhotoCheckState | null; reason?: string | null }[]; unchecked?: string }) {
  if (photos.length === 0) return null
  return (
    <View className='photo-strip'>
      {photos.map((photo) => (
        <View key={photo.fileID} className='photo-strip__item'>
          <Image className='photo-strip__photo' src={photoUrl(photo.fileID)} mode='aspectFill' />
          {photo.check ? (
            <Text className={`photo-strip__state photo-strip__state--${photo.check}`}>{photoStateLabel(photo.check, photo.reason)}</Text>
          ) : (
            unchecked && <Text className='photo-strip__state'>{unchecked}</Text>
          )}
        </View>
      ))}
    </View>
  )
}

/** A period as people say it: 11月23日—11月29日. */
export function formatPeriod(period: { start: string; end: string }): string {
  const short = (day: string) => readableDate(day).replace(/^\d+年/, '')
  return `${short(period.start)}—${short(period.end)}`
}

/** Done on time out of due, as a sentence (no rate when nothing was due yet). */
export function describeTotals(totals: { due: number; doneOnTime: number; overdue: number }): string {
  if (totals.due === 0) return '还没有到期的职责'
  return `应履职 ${totals.due} 次，按时 ${totals.doneOnTime} 次，逾期 ${totals.overdue} 次`
}
