import { Text, View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useState } from 'react'
import type { OrgNode } from '@/core/contracts/org.contract'
import { CHILD_TYPES } from '@/core/org/org-tree'
import { ORG_TYPE_LABELS, type OrgType } from '@/core/org/org.types'
import { Choices, Field, FormError, TextInput } from '@/components/Form'
import { explainServerMessage } from '@/components/Form/server-message'
import { useSubmit } from '@/hooks/use-submit'
import { createOrg, moveOrg, renameOrg } from '@/services/org'
import { moveTargets } from './org-tree-view'

/** The labels the forms show, by the field keys the server names in its messages. */
export const ORG_FIELD_LABELS: Readonly<Record<string, string>> = { name: '组织名称', type: '组织类型', parentId: '上级组织' }

/** What the page does after a change: say what happened, open `expand` so the change is in sight, and reload the tree. */
export type ManageDone = (note: string, expand: string | null) => void

interface Problem {
  title: string
  text: string
  fields: Record<string, string>
}

function problemOf(title: string, message: string): Problem {
  return { title, ...explainServerMessage(message, ORG_FIELD_LABELS) }
}

function SaveButton({ saving, label, onClick }: { saving: boolean; label: string; onClick: () => void }) {
  return (
    <Button className='big-button' type='primary' color='#b7131a' loading={saving} disabled={saving} onClick={onClick}>
      {saving ? '正在保存……' : label}
    </Button>
  )
}

function CreateChild({ parent, onDone }: { parent: OrgNode; onDone: ManageDone }) {
  const types = CHILD_TYPES[parent.type]
  const [name, setName] = useState('')
  // With one possible type there is nothing to choose: it is filled in.
  const [type, setType] = useState<OrgType | null>(types.length === 1 ? (types[0] ?? null) : null)
  const [problem, setProblem] = useState<Problem | null>(null)
  const { state, submit } = useSubmit(createOrg)

  async function save() {
    if (!type) {
      setProblem({ title: '还不能新建', text: '请先选择组织类型。', fields: { type: '请选择组织类型。' } })
      return
    }
    const result = await submit(parent.id, name, type)
    if (!result) return
    if (result.ok) onDone(`已在“${parent.name}”下新建“${result.data.name}”。`, parent.id)
    else setProblem(problemOf('没有新建', result.message))
  }

  return (
    <View>
      <Text className='card__title'>在“{parent.name}”下新建组织</Text>
      <Field label='组织名称' hint='写全称，例如 桃花村第一党支部' error={problem?.fields.name}>
        <TextInput name='orgName' value={name} onChange={setName} placeholder='2 到 40 个字' maxlength={40} />
      </Field>
      <Field label='组织类型' hint={`“${parent.typeLabel}”下面只能建这些类型。`} error={problem?.fields.type}>
        <Choices options={types.map((value) => ({ value, label: ORG_TYPE_LABELS[value] }))} value={type} onChange={setType} />
      </Field>
      {problem && <FormError title={problem.title} message={problem.text} />}
      <SaveButton saving={state.status === 'saving'} label='新建' onClick={save} />
    </View>
  )
}

function Rename({ org, onDone }: { org: OrgNode; onDone: ManageDone }) {
  const [name, setName] = useState(org.name)
  const [problem, setProblem] = useState<Problem | null>(null)
  const { state, submit } = useSubmit(renameOrg)

  async function save() {
    if (name.trim() === org.name) {
      setProblem({ title: '名称没有改动', text: '请先改好名称再保存。', fields: {} })
      return
    }
    const result = await submit(org.id, name)
    if (!result) return
    if (result.ok) onDone(`已把“${org.name}”改名为“${result.data.name}”。`, null)
    else setProblem(problemOf('没有改名', result.message))
  }

  return (
    <View>
      <Text className='card__title'>修改“{org.name}”的名称</Text>
      <Field label='组织名称' error={problem?.fields.name}>
        <TextInput name='orgName' value={name} onChange={setName} placeholder='2 到 40 个字' maxlength={40} />
      </Field>
      {problem && <FormError title={problem.title} message={problem.text} />}
      <SaveButton saving={state.status === 'saving'} label='保存名称' onClick={save} />
    </View>
  )
}

function Move({ org, nodes, onDone }: { org: OrgNode; nodes: readonly OrgNode[]; onDone: ManageDone }) {
  const targets = moveTargets(nodes, org)
  const [parentId, setParentId] = useState<string | null>(null)
  const [problem, setProblem] = useState<Problem | null>(null)
  const { state, submit } = useSubmit(moveOrg)

  async function save() {
    if (!parentId) {
      setProblem({ title: '还不能调整', text: '请先选择新的上级组织。', fields: { parentId: '请选择新的上级组织。' } })
      return
    }
    const result = await submit(org.id, parentId)
    if (!result) return
    const parent = targets.find((target) => target.id === parentId)
    const below = result.ok && result.data.descendantsMoved > 0 ? `，连同下面 ${result.data.descendantsMoved} 个组织` : ''
    if (result.ok) onDone(`已把“${org.name}”调整到“${parent?.name ?? ''}”下面${below}。`, parentId)
    else setProblem(problemOf('没有调整', result.message))
  }

  return (
    <View>
      <Text className='card__title'>调整“{org.name}”的上级组织</Text>
      {targets.length === 0 ? (
        <Text className='card__text'>您管辖的范围内没有别的“{nodes.find((node) => node.id === org.parentId)?.typeLabel ?? '上级组织'}”可以调整过去；跨乡镇调整请联系县委组织部。</Text>
      ) : (
        <View>
          <Field label='新的上级组织' hint='党员和下级组织跟着一起调整。' error={problem?.fields.parentId}>
            <Choices options={targets.map((target) => ({ value: target.id, label: target.name }))} value={parentId} onChange={setParentId} />
          </Field>
          {problem && <FormError title={problem.title} message={problem.text} />}
          <SaveButton saving={state.status === 'saving'} label='确认调整' onClick={save} />
        </View>
      )}
    </View>
  )
}

type Task = 'create' | 'rename' | 'move'

/** The management panel under one organisation of the tree: one task at a time, refused steps in the server's words. */
export function OrgManage({ org, nodes, onDone }: { org: OrgNode; nodes: readonly OrgNode[]; onDone: ManageDone }) {
  const [task, setTask] = useState<Task | null>(null)
  const canHaveChildren = CHILD_TYPES[org.type].length > 0
  // The root of the listed tree is the caller's own organisation: its parent lies outside what they manage.
  const canMove = org.depth > 0
  return (
    <View className='card tree__manage'>
      {task === null && (
        <View>
          <Text className='card__title'>管理“{org.name}”</Text>
          {canHaveChildren && (
            <Button className='big-button' type='primary' color='#b7131a' onClick={() => setTask('create')}>
              新建下级组织
            </Button>
          )}
          <Button className='big-button plain-button' onClick={() => setTask('rename')}>
            改名
          </Button>
          {canMove && (
            <Button className='big-button plain-button' onClick={() => setTask('move')}>
              调整上级
            </Button>
          )}
        </View>
      )}
      {task === 'create' && <CreateChild parent={org} onDone={onDone} />}
      {task === 'rename' && <Rename org={org} onDone={onDone} />}
      {task === 'move' && <Move org={org} nodes={nodes} onDone={onDone} />}
    </View>
  )
}
