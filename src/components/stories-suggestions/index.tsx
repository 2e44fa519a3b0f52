import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './index.scss'

/**
 * Pieces shared by the story and suggestion pages. No NutUI here: the villager subpackage uses them
 * and must stay small (≤ 150 KB), so the buttons are plain views sized for a thumb and large type.
 */
export function ActionButton({ label, onTap, kind = 'primary', busy = false, disabled = false }: { label: string; onTap: () => void; kind?: 'primary' | 'plain'; busy?: boolean; disabled?: boolean }) {
  const off = busy || disabled
  return (
    <View
      className={`act-button act-button--${kind}${off ? ' act-button--off' : ''}`}
      role='button'
      aria-disabled={off}
      hoverClass={off ? 'none' : 'act-button--pressed'}
      onClick={() => {
        if (!off) onTap()
      }}
    >
      <Text>{busy ? '正在提交……' : label}</Text>
    </View>
  )
}

/** A bordered card; `tone` marks what needs attention (overdue, returned, refused). */
export function PubCard({ tone, children }: PropsWithChildren<{ tone?: 'alert' | 'done' }>) {
  return <View className={tone ? `pub-card pub-card--${tone}` : 'pub-card'}>{children}</View>
}

/** A short coloured word beside a title: the status in words, never a colour alone. */
export function Tag({ text, tone }: { text: string; tone?: 'alert' | 'done' | 'wait' }) {
  return <Text className={`pub-tag pub-tag--${tone ?? 'wait'}`}>{text}</Text>
}

/** A message the page says to the person (done, refused by the content check, …). */
export function Notice({ title, text, tone = 'done' }: { title: string; text?: string; tone?: 'done' | 'alert' }) {
  return (
    <View className={`pub-notice pub-notice--${tone}`} role={tone === 'alert' ? 'alert' : 'status'}>
      <Text className='pub-notice__title'>{title}</Text>
      {text && <Text className='pub-notice__text'>{text}</Text>}
    </View>
  )
}

/** Paragraphs as written: one block per line break, so a long body stays readable. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <View className='pub-body'>
      {text
        .split(/\n+/)
        .filter((line) => line.trim() !== '')
        .map((line, index) => (
          <Text key={index} className='pub-body__para'>
            {line}
          </Text>
        ))}
    </View>
  )
}

/** Loading and load failure without NutUI (the villager subpackage stays small): words, and one thing to do. */
export function LoadingText({ what }: { what: string }) {
  return (
    <View className='pub-notice pub-notice--done' aria-live='polite'>
      <Text className='pub-notice__text'>正在读取{what}，请稍候……</Text>
    </View>
  )
}

export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View>
      <Notice tone='alert' title='没能读取到内容' text={message} />
      <ActionButton label='重试' onTap={onRetry} />
    </View>
  )
}
