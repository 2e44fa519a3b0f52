import { Text, View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useCallback, useState } from 'react'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Choices, Field, FormError, TextInput } from '@/components/Form'
import { Screen } from '@/components/Screen'
import { DEFAULT_DIMENSIONS_RUBRIC, DEFAULT_POINTS_RUBRIC, RUBRIC_KIND_LABELS, RUBRIC_KINDS, type RubricKind } from '@/core/stars/stars.defaults'
import type { DimensionsRubric, PointsRubric, Rubric } from '@/core/stars/stars.rubric'
import { useCloud } from '@/hooks/use-cloud'
import { resolveOrgId } from '@/hooks/use-members'
import type { CallResult } from '@/services/cloud'
import { getRubric, setRubric, type RubricView } from '@/services/stars'

type Loaded = RubricView & { orgId: string }

async function load(): Promise<CallResult<Loaded>> {
  const orgId = await resolveOrgId(undefined)
  if (!orgId.ok) return orgId
  const answer = await getRubric(orgId.data)
  return answer.ok ? { ok: true, data: { ...answer.data, orgId: orgId.data } } : answer
}

const KIND_OPTIONS = RUBRIC_KINDS.map((kind) => ({ value: kind, label: RUBRIC_KIND_LABELS[kind] }))

/** A typed number as the server should see it: digits as a number, anything else as typed (the server says what is wrong). */
const asNumber = (typed: string): number => (/^-?\d+$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN)

function PointsEditor({ rubric, onChange }: { rubric: PointsRubric; onChange: (rubric: PointsRubric) => void }) {
  const [next, setNext] = useState(1)
  const item = (index: number, change: Partial<PointsRubric['items'][number]>) => onChange({ ...rubric, items: rubric.items.map((old, at) => (at === index ? { ...old, ...change } : old)) })
  return (
    <View>
      <Field label='基础分' hint='每名党员从这个分数起算，再按下面的条目加减。'>
        <TextInput name='base' type='number' value={String(rubric.base)} onChange={(typed) => onChange({ ...rubric, base: asNumber(typed) })} />
      </Field>
      <Text className='section-title'>星级档次（低于第一档没有星）</Text>
      {rubric.bands.map((band, index) => (
        <Field key={band.stars} label={`${'★'.repeat(band.stars)} 至少多少分`}>
          <TextInput name={`band-${band.stars}`} type='number' value={String(band.min)} onChange={(typed) => onChange({ ...rubric, bands: rubric.bands.map((old, at) => (at === index ? { ...old, min: asNumber(typed) } : old)) })} />
        </Field>
      ))}
      <Text className='section-title'>加分和减分条目（{rubric.items.length}）</Text>
      {rubric.items.map((entry, index) => (
        <View className='card' key={entry.id}>
          <Field label='条目'>
            <TextInput name={`item-label-${index}`} value={entry.label} maxlength={40} onChange={(label) => item(index, { label })} />
          </Field>
          <Field label='加减几分' hint='减分写负数，例如 -10。'>
            <TextInput name={`item-points-${index}`} value={String(entry.points)} onChange={(typed) => item(index, { points: asNumber(typed) })} />
          </Field>
          <Field label='依据' optional>
            <TextInput name={`item-reason-${index}`} value={entry.reason} maxlength={100} onChange={(reason) => item(index, { reason })} />
          </Field>
          <Button className='big-button' type='default' onClick={() => onChange({ ...rubric, items: rubric.items.filter((_, at) => at !== index) })}>
            删去这个条目
          </Button>
        </View>
      ))}
      <Button
        className='big-button'
        type='default'
        onClick={() => {
          onChange({ ...rubric, items: [...rubric.items, { id: `added-${Date.now().toString(36)}-${next}`, label: '', points: 5, reason: '' }] })
          setNext(next + 1)
        }}
      >
        ＋ 加一个条目
      </Button>
    </View>
  )
}

function DimensionsEditor({ rubric, onChange }: { rubric: DimensionsRubric; onChange: (rubric: DimensionsRubric) => void }) {
  const dimension = (index: number, change: Partial<DimensionsRubric['dimensions'][number]>) => onChange({ ...rubric, dimensions: rubric.dimensions.map((old, at) => (at === index ? { ...old, ...change } : old)) })
  return (
    <View>
      <Text className='section-title'>五个维度，每达标一个得一颗星</Text>
      {rubric.dimensions.map((entry, index) => (
        <View className='card' key={entry.id}>
          <Field label={`第 ${index + 1} 颗星`}>
            <TextInput name={`dimension-label-${index}`} value={entry.label} maxlength={10} onChange={(label) => dimension(index, { label })} />
          </Field>
          <Field label='达标标准'>
            <TextInput name={`dimension-standard-${index}`} value={entry.standard} maxlength={100} onChange={(standard) => dimension(index, { standard })} />
          </Field>
        </View>
      ))}
    </View>
  )
}

function RubricForm({ loaded }: { loaded: Loaded }) {
  const [kind, setKind] = useState<RubricKind>(loaded.rubric.kind)
  // Each kind keeps its own draft, so trying the other kind loses nothing typed.
  const [points, setPoints] = useState<PointsRubric>(loaded.rubric.kind === 'points' ? loaded.rubric : DEFAULT_POINTS_RUBRIC)
  const [dimensions, setDimensions] = useState<DimensionsRubric>(loaded.rubric.kind === 'dimensions' ? loaded.rubric : DEFAULT_DIMENSIONS_RUBRIC)
  const [sending, setSending] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; message: string } | null>(null)
  const rubric: Rubric = kind === 'points' ? points : dimensions

  async function save() {
    setSending(true)
    setOutcome(null)
    const answer = await setRubric(loaded.orgId, rubric)
    setSending(false)
    setOutcome(answer.ok ? { ok: true } : { ok: false, message: answer.message })
  }

  return (
    <View>
      <Text className='screen__lead'>{loaded.source === 'county' ? '现在用的是县委组织部定的标准。' : '县里还没有定标准，现在用的是默认的积分标准。'}以后新开的星级评定都用这里保存的标准；正在进行的评定不受影响。</Text>
      <Field label='评定办法'>
        <Choices options={KIND_OPTIONS} value={kind} onChange={setKind} />
      </Field>
      <Field label='标准名称'>
        <TextInput name='name' value={rubric.name} maxlength={40} onChange={(name) => (kind === 'points' ? setPoints({ ...points, name }) : setDimensions({ ...dimensions, name }))} />
      </Field>
      {kind === 'points' ? <PointsEditor rubric={points} onChange={setPoints} /> : <DimensionsEditor rubric={dimensions} onChange={setDimensions} />}
      {outcome && !outcome.ok && <FormError title='没有保存' message={outcome.message} />}
      {outcome?.ok && <Text className='form-done'>已保存：以后新开的星级评定用这个标准。</Text>}
      <Button className='big-button' type='primary' color='#b7131a' loading={sending} onClick={() => void save()}>
        保存评定标准
      </Button>
    </View>
  )
}

/** 星级评定标准: the county chooses points or dimensions and sets their items, bands or standards. */
export default function StarRubricPage() {
  const { state, retry } = useCloud<Loaded>(useCallback(load, []))
  return (
    <Screen>
      <Text className='screen__title'>星级评定标准</Text>
      {state.status === 'loading' && <Loading what='评定标准' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <RubricForm loaded={state.data} />}
    </Screen>
  )
}
