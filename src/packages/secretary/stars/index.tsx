import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { Choices, Field, FormError } from '@/components/Form'
import { Screen } from '@/components/Screen'
import '@/components/stars/index.scss'
import { STAR_ROUTES } from '@/components/stars/routes'
import { ActionButton, LoadError, LoadingText, PubCard, Tag } from '@/components/stories-suggestions'
import { resolveOrgId, useCloudFollowing } from '@/hooks/use-members'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { pageUrl } from '@/routes'
import type { CallResult } from '@/services/cloud'
import { listCycles, openCycle, type CycleList, type Period } from '@/services/stars'
import { chinaQuarter, chinaYear } from '@/core/china-time'

type Kind = 'quarter' | 'year'
const KINDS: readonly { value: Kind; label: string }[] = [
  { value: 'quarter', label: '本季度' },
  { value: 'year', label: '本年度' },
]

function periodNow(kind: Kind, now: Date = new Date()): Period {
  return kind === 'year' ? { kind, year: chinaYear(now), quarter: null } : { kind, year: chinaYear(now), quarter: chinaQuarter(now) }
}

function openPage(id: string) {
  Taro.navigateTo({ url: pageUrl(STAR_ROUTES.cycle, { id }) })
}

/** 党员星级评定: the branch's cycles, newest first; the one obvious step is to open this period's cycle or continue the running one. */
export default function StarCyclesPage() {
  const params = useRouteParams()
  const load = useCallback(async (): Promise<CallResult<CycleList & { orgId: string }>> => {
    const orgId = await resolveOrgId(params.orgId)
    if (!orgId.ok) return orgId
    const list = await listCycles(orgId.data)
    return list.ok ? { ok: true, data: { ...list.data, orgId: orgId.data } } : list
  }, [params.orgId])
  const { state, retry } = useCloudFollowing(load)
  useReloadOnShow(retry)
  const [kind, setKind] = useState<Kind>('quarter')
  const opening = useSubmit(openCycle)

  return (
    <Screen>
      <Text className='screen__title'>党员星级评定</Text>
      <Text className='screen__lead'>依据承诺兑现、履岗记录和岗位，党员自评、互评，支委会评定并写明理由，公示后确定。不按登录、阅读或在线时长计分。</Text>
      {state.status === 'loading' && <LoadingText what='星级评定' />}
      {state.status === 'failed' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <View>
          {/* canOpen comes with the list, by the rule stars.open refuses by: only the branch's secretary opens a rating. */}
          {!state.data.canOpen && (
            <PubCard>
              <Text className='card__text'>开启和推进评定由支部书记操作；您在这里查看这个支部的各次评定。</Text>
            </PubCard>
          )}
          {state.data.canOpen && state.data.cycles.filter((cycle) => cycle.stage !== 'final').length === 0 && (
            <PubCard>
              <Field label='开启新一次评定'>
                <Choices options={KINDS} value={kind} onChange={setKind} />
              </Field>
              {opening.state.status === 'failed' && <FormError title='没有开启' message={opening.state.message} />}
              <ActionButton
                label='开启星级评定'
                busy={opening.state.status === 'saving'}
                onTap={() =>
                  void opening.submit(state.data.orgId, periodNow(kind)).then((result) => {
                    if (result?.ok) openPage(result.data.id)
                  })
                }
              />
            </PubCard>
          )}
          <Text className='section-title'>评定记录（{state.data.cycles.length}）</Text>
          {state.data.cycles.map((cycle) => (
            <View key={cycle.id} className='star-table__row' role='button' onClick={() => openPage(cycle.id)}>
              <Text className='star-table__name'>{cycle.periodLabel} ›</Text>
              <Text className='star-table__text'>
                {cycle.rubricName} · {cycle.members} 名党员
              </Text>
              <Tag text={cycle.stageLabel} tone={cycle.stage === 'final' ? 'done' : cycle.stage === 'publicity' ? 'alert' : 'wait'} />
            </View>
          ))}
        </View>
      )}
    </Screen>
  )
}
