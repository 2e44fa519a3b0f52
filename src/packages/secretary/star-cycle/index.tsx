import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { Field, FormError, TextInput } from '@/components/Form'
import { TextBox } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import { CheckList, evidenceLines, previewStars, rubricChoices, StarRow, toggle } from '@/components/stars'
import { ActionButton, LoadError, LoadingText, PubCard, Tag } from '@/components/stories-suggestions'
import { useCloud } from '@/hooks/use-cloud'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { advanceCycle, answerObjection, decideMember, getCycle, type CycleView } from '@/services/stars'
import { lastChinaDayBefore, readableDate } from '@/core/china-time'

type Entry = CycleView['entries'][number]
type Objection = CycleView['objections'][number]

/** 支委会评定 of one member: tick the items (or dimensions) and write the reason; the stars follow the rubric. */
function DecideForm({ cycle, entry, onSaved, objection }: { cycle: CycleView; entry: Entry; onSaved: (view: CycleView) => void; objection?: Objection }) {
  const [ids, setIds] = useState<string[]>(entry.outcome?.ids ?? entry.selfAssessment?.ids ?? [])
  const [reason, setReason] = useState('')
  const [answer, setAnswer] = useState('')
  const [change, setChange] = useState(false)
  const decide = useSubmit(decideMember)
  const reply = useSubmit(answerObjection)
  const preview = previewStars(cycle.rubric, ids)
  const saving = decide.state.status === 'saving' || reply.state.status === 'saving'
  const failed = decide.state.status === 'failed' ? decide.state.message : reply.state.status === 'failed' ? reply.state.message : null
  const save = async () => {
    const result = objection ? await reply.submit(objection.id, answer, change ? { ids, reason } : undefined) : await decide.submit(cycle.id, entry.memberId, ids, reason)
    if (result?.ok) onSaved(result.data)
  }
  const showDecision = !objection || change
  return (
    <PubCard>
      {objection && (
        <View>
          <Field label='答复异议'>
            <TextBox name='answer' value={answer} onChange={setAnswer} maxlength={300} placeholder='核实的情况和支委会的意见' />
          </Field>
          <View className={change ? 'check-item check-item--on' : 'check-item'} role='checkbox' aria-checked={change} onClick={() => setChange(!change)}>
            <Text className='check-item__box'>{change ? '☑' : '☐'}</Text>
            <Text className='check-item__label'>支委会重新评定（改变结果）</Text>
          </View>
        </View>
      )}
      {showDecision && (
        <View>
          <Text className='card__text'>{cycle.rubric.kind === 'points' ? `基础分 ${cycle.rubric.base} 分，勾选加分、减分条目：` : '勾选达标的维度，每项一颗星：'}</Text>
          <CheckList options={rubricChoices(cycle.rubric)} chosen={ids} onToggle={(id) => setIds(toggle(ids, id))} />
          <View className='card'>
            <Text className='card__text'>{preview.score === null ? '评定结果' : `得分 ${preview.score}`}</Text>
            <StarRow stars={preview.stars} />
          </View>
          <Field label='评定理由'>
            <TextInput name='reason' value={reason} onChange={setReason} maxlength={200} placeholder='写明依据，公示时群众看得到' />
          </Field>
        </View>
      )}
      {failed && <FormError title='没有保存' message={failed} />}
      <ActionButton label={objection ? '发出答复' : `评定为 ${preview.stars} 星`} busy={saving} onTap={() => void save()} />
    </PubCard>
  )
}

function EntryCard({ cycle, entry, onSaved }: { cycle: CycleView; entry: Entry; onSaved: (view: CycleView) => void }) {
  const [open, setOpen] = useState(false)
  // Only whoever runs the cycle (the server says so in canManage) is offered the committee's form.
  const deciding = cycle.stage === 'committee' && cycle.canManage
  return (
    <View className='star-table__row'>
      <View role='button' onClick={() => deciding && setOpen(!open)}>
        <Text className='star-table__name'>
          {entry.memberName}
          {deciding ? (entry.outcome ? ' · 已评定' : ' · 待评定 ›') : ''}
        </Text>
        <View className='star-lines'>
          {evidenceLines(entry.evidence).map((line) => (
            <Text key={line} className='star-lines__line'>
              {line}
            </Text>
          ))}
          <Text className='star-lines__line'>{entry.selfAssessment ? `自评 ${entry.selfAssessment.stars} 星：${entry.selfAssessment.text}` : '自评：还没有'}</Text>
          <Text className='star-lines__line'>
            互评：{entry.peers.done}/{entry.peers.assigned} 人已评{entry.peers.averageStars !== null ? `，平均 ${entry.peers.averageStars} 星` : ''}
            {entry.peers.comments.length > 0 ? `；评语：${entry.peers.comments.join('；')}` : ''}
          </Text>
        </View>
        {entry.outcome && (
          <View>
            <StarRow stars={entry.outcome.stars} size='small' />
            <Text className='star-lines__line'>理由：{entry.outcome.reason}</Text>
            {entry.outcome.changedAfterObjection && <Tag text='答复异议后重新评定' tone='alert' />}
          </View>
        )}
      </View>
      {deciding && open && (
        <DecideForm
          cycle={cycle}
          entry={entry}
          onSaved={(view) => {
            setOpen(false)
            onSaved(view)
          }}
        />
      )}
    </View>
  )
}

function ObjectionCard({ cycle, objection, onSaved }: { cycle: CycleView; objection: Objection; onSaved: (view: CycleView) => void }) {
  const entry = cycle.entries.find((candidate) => candidate.memberId === objection.memberId)
  return (
    <View className='star-table__row'>
      <Text className='star-table__name'>
        对 {objection.memberName} 的异议（{objection.authorKindLabel}）
      </Text>
      <Text className='star-table__text'>{objection.text}</Text>
      {objection.answer ? (
        <Text className='star-table__text'>
          已答复：{objection.answer.text}
          {objection.answer.changed ? '（已重新评定）' : ''}
        </Text>
      ) : cycle.canManage ? (
        entry && cycle.stage === 'publicity' && <DecideForm cycle={cycle} entry={entry} objection={objection} onSaved={onSaved} />
      ) : (
        <Text className='star-table__text'>等支委会答复</Text>
      )}
    </View>
  )
}

function NextStep({ cycle, onMoved }: { cycle: CycleView; onMoved: (view: CycleView) => void }) {
  const [days, setDays] = useState('7')
  const { state, submit } = useSubmit(advanceCycle)
  if (!cycle.nextStep) return <Text className='screen__lead'>评定已确定，星级显示在党员的“我的星级”和本支部的星级公示栏。</Text>
  const next = cycle.nextStep
  if (!cycle.canManage)
    return (
      <PubCard>
        <Text className='card__text'>
          下一步：{next.label}。评定由支部书记推进；您在这里查看这次评定。
        </Text>
      </PubCard>
    )
  const waiting = cycle.stage === 'committee' ? cycle.entries.filter((entry) => !entry.outcome).length : 0
  return (
    <PubCard tone={state.status === 'failed' ? 'alert' : undefined}>
      <Text className='card__title'>下一步：{next.label}</Text>
      {cycle.stage === 'committee' && <Text className='card__text'>{waiting > 0 ? `还有 ${waiting} 名党员待评定（点名字评定）。` : '全部党员已评定，可以公示。'}</Text>}
      {next.to === 'publicity' && (
        <Field label='公示天数'>
          <TextInput name='publicityDays' type='number' value={days} onChange={setDays} maxlength={2} />
        </Field>
      )}
      {state.status === 'failed' && <FormError title='没有进入下一步' message={state.message} />}
      <ActionButton
        label={next.label}
        busy={state.status === 'saving'}
        onTap={() =>
          void submit(cycle.id, next.to, next.to === 'publicity' ? Number(days) || undefined : undefined).then((result) => {
            if (result?.ok) onMoved(result.data)
          })
        }
      />
    </PubCard>
  )
}

/** One cycle for the committee: its stage with the one next step, each member's evidence and outcome, objections during publicity. */
export default function StarCyclePage() {
  const params = useRouteParams()
  const load = useCallback(() => getCycle(params.id ?? ''), [params.id])
  const { state, retry } = useCloud(load)
  const [fresh, setFresh] = useState<CycleView | null>(null)
  const cycle = fresh ?? (state.status === 'ready' ? state.data : null)
  return (
    <Screen>
      {state.status === 'loading' && !fresh && <LoadingText what='星级评定' />}
      {state.status === 'failed' && !fresh && <LoadError message={state.message} onRetry={retry} />}
      {cycle && (
        <View>
          <Text className='screen__title'>{cycle.periodLabel}星级评定</Text>
          <Text className='screen__lead'>
            {cycle.orgName} · {cycle.rubricName} · 现在：{cycle.stageLabel}
            {cycle.publicityEndsAt ? ` · 公示至 ${readableDate(lastChinaDayBefore(cycle.publicityEndsAt))}` : ''}
          </Text>
          <NextStep cycle={cycle} onMoved={setFresh} />
          {cycle.objections.length > 0 && <Text className='section-title'>异议（待答复 {cycle.openObjections}）</Text>}
          {cycle.objections.map((objection) => (
            <ObjectionCard key={objection.id} cycle={cycle} objection={objection} onSaved={setFresh} />
          ))}
          <Text className='section-title'>党员（{cycle.entries.length}）</Text>
          {cycle.entries.map((entry) => (
            <EntryCard key={`${entry.memberId}-${entry.outcome?.at ?? ''}`} cycle={cycle} entry={entry} onSaved={setFresh} />
          ))}
        </View>
      )}
    </Screen>
  )
}
