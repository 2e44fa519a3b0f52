import { Input, Picker, Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './index.scss'
import { readableDate } from '@/core/china-time'
import { chinaDate } from '@/core/china-time'

interface FieldProps {
  label: string
  optional?: boolean
  hint?: string
  /** Shown under the field in red when the server (or the page) found it wrong. */
  error?: string | null
  invalid?: boolean
}

/** One labelled field: label above, hint below, the problem in words when there is one. */
export function Field({ label, optional, hint, error, invalid, children }: PropsWithChildren<FieldProps>) {
  return (
    <View className={invalid || error ? 'field field--invalid' : 'field'}>
      <Text className='field__label'>
        {label}
        {optional && <Text className='field__optional'>（可不填）</Text>}
      </Text>
      {children}
      {hint && <Text className='field__hint'>{hint}</Text>}
      {error && <Text className='field__error'>{error}</Text>}
    </View>
  )
}

interface TextInputProps {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  type?: 'text' | 'number' | 'nickname'
  maxlength?: number
  name?: string
}

export function TextInput({ value, onChange, placeholder, type = 'text', maxlength, name }: TextInputProps) {
  return (
    <Input
      className='field__input'
      name={name}
      type={type}
      value={value}
      maxlength={maxlength}
      placeholder={placeholder}
      onInput={(event) => onChange(event.detail.value)}
      onBlur={(event) => onChange(event.detail.value)}
    />
  )
}

/** A few options as big buttons side by side: easier than a wheel for 男/女 or a role. */
export function Choices<T extends string>({ options, value, onChange }: { options: readonly { value: T; label: string }[]; value: T | null; onChange: (value: T) => void }) {
  return (
    <View className='choices'>
      {options.map((option) => (
        <View
          key={option.value}
          className={option.value === value ? 'choices__item choices__item--on' : 'choices__item'}
          role='radio'
          aria-checked={option.value === value}
          onClick={() => onChange(option.value)}
        >
          <Text>{option.label}</Text>
        </View>
      ))}
    </View>
  )
}

/** A calendar day through the platform's own date wheel; the value is YYYY-MM-DD. */
export function DateInput({ value, onChange, placeholder, end }: { value: string; onChange: (value: string) => void; placeholder: string; end?: string }) {
  return (
    <Picker mode='date' value={value || end || '2000-01-01'} start='1930-01-01' end={end} onChange={(event) => onChange(String(event.detail.value))}>
      <View className='field__picker'>
        {value ? <Text>{readableDate(value)}</Text> : <Text className='field__placeholder'>{placeholder}</Text>}
      </View>
    </Picker>
  )
}

/** The server's refusal, in its own Chinese words, with what the person was trying to do. */
export function FormError({ title, message }: { title: string; message: string }) {
  return (
    <View className='form-error' role='alert'>
      <Text className='form-error__title'>{title}</Text>
      <Text className='form-error__text'>{message}</Text>
    </View>
  )
}

/** A tappable row leading to another page: title, one line of detail, and an arrow. */
export function LinkRow({ title, text, onClick, children }: PropsWithChildren<{ title: string; text?: string; onClick: () => void }>) {
  return (
    <View className='link-row' onClick={onClick}>
      <View className='link-row__main'>
        <Text className='link-row__title'>{title}</Text>
        {text && <Text className='link-row__text'>{text}</Text>}
        {children}
      </View>
      <Text className='link-row__go'>›</Text>
    </View>
  )
}

/**
 * Today in China, YYYY-MM-DD: the day a record defaults to and the latest a date wheel offers. The
 * county keeps China time whatever the phone's zone, as the server does: a phone left on another
 * zone must not file this morning's visit under yesterday's week.
 */
export function todayString(now: Date = new Date()): string {
  return chinaDate(now)
}
