import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useState } from 'react'
import type { MemberView } from '@/core/contracts/members.contract'
import type { OrgNode } from '@/core/contracts/org.contract'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Choices, Field, FormError, TextInput } from '@/components/Form'
import { Screen } from '@/components/Screen'
import { useCloud } from '@/hooks/use-cloud'
import { useMember } from '@/hooks/use-members'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { resetBinding } from '@/services/accounts'
import { archiveMember, editMember, transferMember } from '@/services/members'
import { getHome, listOrgTree } from '@/services/org'
import { PAGES, pageUrl } from '@/routes'
import { MemberInvites } from './member-invites'
import './index.scss'
import { readableDate } from '@/core/china-time'

const SEATS = [
  { value: 'none', label: '不任支委' },
  { value: '书记', label: '书记' },
  { value: '副书记', label: '副书记' },
  { value: '组织委员', label: '组织委员' },
  { value: '宣传委员', label: '宣传委员' },
  { value: '纪检委员', label: '纪检委员' },
] as const
type Seat = (typeof SEATS)[number]['value']

type Panel = 'none' | 'seat' | 'transfer' | 'archive'

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='member__row'>
      <Text className='card__text'>
        {label}：<Text className='member__value'>{value}</Text>
      </Text>
    </View>
  )
}

function Facts({ member }: { member: MemberView }) {
  return (
    <View className='card'>
      <Text className='card__title'>
        {member.name}
        {member.status === 'archived' && '（已归档）'}
      </Text>
      <Row label='所在组织' value={member.orgName} />
      <Row label='性别' value={member.gender} />
      <Row label='出生年份' value={`${member.birthYear}年`} />
      <Row label='入党时间' value={readableDate(member.joinedAt)} />
      <Row label='手机号' value={member.phone ?? '未登记'} />
      <Row label='职务' value={member.duty ?? '无'} />
      <Row label='支委职务' value={member.committeeRole ?? '不任支委'} />
      <Row label='微信' value={member.bound ? '已绑定' : '还没有绑定'} />
    </View>
  )
}

function SeatPanel({ member, onDone }: { member: MemberView; onDone: () => void }) {
  const [seat, setSeat] = useState<Seat>(member.committeeRole ?? 'none')
  const { state, submit } = useSubmit(editMember)
  async function save() {
    const result = await submit({ id: member.id, committeeRole: seat === 'none' ? null : seat })
    if (result?.ok) onDone()
  }
  return (
    <View className='card'>
      <Field label='支委职务'>
        <Choices options={SEATS} value={seat} onChange={setSeat} />
      </Field>
      {state.status === 'failed' && <FormError title='没有改成' message={state.message} />}
      <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving'} onClick={save}>
        保存支委职务
      </Button>
    </View>
  )
}

/** Destinations an organiser can see (their subtree); a secretary sees only their own organisation, so there is nothing to choose. */
function TransferPanel({ member, onDone }: { member: MemberView; onDone: () => void }) {
  const { state } = useCloud<{ nodes: OrgNode[] }>(listOrgTree)
  const [target, setTarget] = useState<string | null>(null)
  const { state: saving, submit } = useSubmit(transferMember)
  if (state.status === 'loading') return <Loading what='可以转入的组织' />
  if (state.status === 'failed') return <FormError title='读不到组织' message={state.message} />
  const destinations = state.data.nodes.filter((node) => node.id !== member.orgId && node.type !== 'county')
  async function save() {
    if (!target) return
    const result = await submit(member.id, target)
    if (result?.ok) onDone()
  }
  return (
    <View className='card'>
      <Text className='card__title'>组织关系转到哪里</Text>
      {destinations.length === 0 ? (
        <Text className='card__text'>您能看到的只有本组织。转到本县其他党组织，请联系乡镇组织委员在“组织树”里办理。</Text>
      ) : (
        <Choices options={destinations.map((node) => ({ value: node.id, label: node.name }))} value={target} onChange={setTarget} />
      )}
      {saving.status === 'failed' && <FormError title='没有转成' message={saving.message} />}
      {destinations.length > 0 && (
        <Button className='big-button' type='primary' color='#b7131a' disabled={!target} loading={saving.status === 'saving'} onClick={save}>
          确认转接
        </Button>
      )}
    </View>
  )
}

function ArchivePanel({ member, onDone }: { member: MemberView; onDone: () => void }) {
  const [reason, setReason] = useState('')
  const { state, submit } = useSubmit(archiveMember)
  async function save() {
    const result = await submit(member.id, reason)
    if (result?.ok) onDone()
  }
  return (
    <View className='card'>
      <Field label='归档原因' hint='例如 去世、出党、组织关系转出县外。归档后同时解除微信绑定。'>
        <TextInput name='reason' value={reason} onChange={setReason} placeholder='写明原因' maxlength={100} />
      </Field>
      {state.status === 'failed' && <FormError title='没有归档' message={state.message} />}
      <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving'} onClick={save}>
        确认归档
      </Button>
    </View>
  )
}

function Actions({ member, reload }: { member: MemberView; reload: () => void }) {
  const [panel, setPanel] = useState<Panel>('none')
  const home = useCloud(getHome)
  const { state: unbinding, submit: unbind } = useSubmit(resetBinding)
  const toggle = (next: Panel) => setPanel((current) => (current === next ? 'none' : next))
  const done = () => {
    setPanel('none')
    reload()
  }

  async function confirmUnbind() {
    const answer = await Taro.showModal({ title: '解除微信绑定', content: `${member.name}换了手机或微信丢失时才需要解除。解除后请重新发邀请码。`, confirmText: '解除', cancelText: '不解除' })
    if (!answer.confirm) return
    const result = await unbind(member.id)
    if (result?.ok) reload()
  }

  const isOrganiser = home.state.status === 'ready' && (home.state.data.identity.role === 'organiser' || home.state.data.identity.role === 'admin')
  return (
    <View>
      {!member.bound ? (
        <Button className='big-button' type='primary' color='#b7131a' onClick={() => Taro.navigateTo({ url: pageUrl(PAGES.invite, { memberId: member.id, name: member.name }) })}>
          发邀请码，让{member.name}绑定微信
        </Button>
      ) : (
        <Button className='big-button plain-button' onClick={confirmUnbind} loading={unbinding.status === 'saving'}>
          解除微信绑定（换了手机）
        </Button>
      )}
      {unbinding.status === 'failed' && <FormError title='没有解除' message={unbinding.message} />}
      <Text className='section-title'>其他操作</Text>
      <Button className='big-button plain-button' onClick={() => Taro.navigateTo({ url: pageUrl(PAGES.memberForm, { id: member.id }) })}>
        修改基本信息
      </Button>
      <Button className='big-button plain-button' onClick={() => toggle('seat')}>
        设置支委职务
      </Button>
      {panel === 'seat' && <SeatPanel member={member} onDone={done} />}
      <Button className='big-button plain-button' onClick={() => toggle('transfer')}>
        组织关系转接
      </Button>
      {panel === 'transfer' &&
        (isOrganiser ? (
          <TransferPanel member={member} onDone={done} />
        ) : (
          <View className='card'>
            <Text className='card__text'>转到本县其他党组织，请联系乡镇组织委员在“组织树”里办理：支部书记只能看到本支部，选不了转入的组织。</Text>
          </View>
        ))}
      <Button className='big-button plain-button' onClick={() => toggle('archive')}>
        档案归档
      </Button>
      {panel === 'archive' && <ArchivePanel member={member} onDone={done} />}
    </View>
  )
}

/** One member's record: the facts, then the next step (invite, or unbind after a lost phone), then the rarer changes. */
function MemberRecord({ id, added }: { id: string; added: boolean }) {
  const { state, retry } = useMember(id)
  useReloadOnShow(retry)
  return (
    <View>
      {added && state.status === 'ready' && <Text className='form-done'>已添加 {state.data.name}。下一步：发邀请码让他（她）绑定微信。</Text>}
      {state.status === 'loading' && <Loading what='党员档案' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <View>
          <Facts member={state.data} />
          {state.data.status === 'active' && <Actions member={state.data} reload={retry} />}
          <MemberInvites memberId={state.data.id} orgId={state.data.orgId} />
          {state.data.history.length > 0 && (
            <View>
              <Text className='section-title'>档案记录</Text>
              {state.data.history.map((entry) => (
                <View className='card' key={`${entry.at}-${entry.kind}`}>
                  <Text className='card__text'>
                    {readableDate(entry.at)} {entry.by}
                  </Text>
                  <Text className='card__title'>{entry.detail}</Text>
                </View>
              ))}
            </View>
          )}
        </View>
      )}
    </View>
  )
}

export default function MemberPage() {
  const params = useRouteParams()
  return (
    <Screen>
      {params.id ? (
        <MemberRecord id={params.id} added={params.added === '1'} />
      ) : (
        <View className='card'>
          <Text className='card__text'>没有指明是哪名党员。请从“党员名册”点姓名进来。</Text>
        </View>
      )}
    </Screen>
  )
}
