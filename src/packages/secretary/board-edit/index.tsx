import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useCallback, useState } from 'react'
import { ImageCheckState, type ImageChecks } from '@/components/boards/BoardBlocks'
import { pickBoardImage } from '@/components/boards/pick-image'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Choices, Field, FormError, TextInput } from '@/components/Form'
import { TextBox } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import { BOARD_KIND_LABELS, TYPED_KINDS, type BoardKind } from '@/core/publicity/board-kinds'
import { boardPath } from '@/core/publicity/board-path'
import { useCloud } from '@/hooks/use-cloud'
import { useRouteParams } from '@/hooks/use-route-params'
import { getBoard, publishBoard, saveBoard, type BoardView } from '@/services/boards'
import type { CallResult } from '@/services/cloud'
import { photoUrl } from '@/services/photo-url'
import { addColumn, addRow, BLOCK_LABELS, blockOfMessage, fromBoard, MAX_COLUMNS, move, newBlock, removeColumn, removeRow, toBoard, type BlockType, type DraftBlock } from './editor-model'
import '@/components/boards/boards.scss'
import './index.scss'

const KIND_OPTIONS = TYPED_KINDS.map((kind) => ({ value: kind, label: BOARD_KIND_LABELS[kind] }))
const ADDABLE: readonly BlockType[] = ['heading', 'text', 'image', 'table']

type TableBlock = Extract<DraftBlock, { type: 'table' }>

function SmallButton({ label, onTap, danger, disabled }: { label: string; onTap: () => void; danger?: boolean; disabled?: boolean }) {
  return (
    <View
      className={`editor-small${danger ? ' editor-small--danger' : ''}${disabled ? ' editor-small--off' : ''}`}
      role='button'
      aria-disabled={disabled}
      hoverClass='board-button--pressed'
      onClick={() => !disabled && onTap()}
    >
      <Text>{label}</Text>
    </View>
  )
}

/** A table edited a row at a time: each row a card with one labelled box per column, so no cell is narrower than the phone. */
function TableEditor({ table, onChange }: { table: TableBlock; onChange: (table: TableBlock) => void }) {
  return (
    <View>
      <Text className='editor-sub'>表头（每列的名称，最多 {MAX_COLUMNS} 列）</Text>
      {table.columns.map((column, index) => (
        <View className='editor-line' key={`c${index}`}>
          <View className='editor-line__box'>
            <TextInput name={`column-${index}`} value={column} maxlength={100} placeholder={`第 ${index + 1} 列的名称`} onChange={(value) => onChange({ ...table, columns: table.columns.map((old, at) => (at === index ? value : old)) })} />
          </View>
          <SmallButton label='删这列' danger disabled={table.columns.length <= 1} onTap={() => onChange(removeColumn(table, index))} />
        </View>
      ))}
      <SmallButton label='＋ 加一列' disabled={table.columns.length >= MAX_COLUMNS} onTap={() => onChange(addColumn(table))} />
      {table.rows.map((row, rowIndex) => (
        <View className='editor-row' key={`r${rowIndex}`}>
          <Text className='editor-sub'>第 {rowIndex + 1} 行</Text>
          {table.columns.map((column, index) => (
            <Field key={index} label={column || `第 ${index + 1} 列`}>
              <TextInput
                name={`cell-${rowIndex}-${index}`}
                value={row[index] ?? ''}
                maxlength={100}
                onChange={(value) => onChange({ ...table, rows: table.rows.map((old, at) => (at === rowIndex ? old.map((cell, c) => (c === index ? value : cell)) : old)) })}
              />
            </Field>
          ))}
          <SmallButton label='删这一行' danger onTap={() => onChange(removeRow(table, rowIndex))} />
        </View>
      ))}
      <SmallButton label='＋ 加一行' onTap={() => onChange(addRow(table))} />
    </View>
  )
}

function ImageEditor({ block, onChange, checks, published }: { block: Extract<DraftBlock, { type: 'image' }>; onChange: (block: Extract<DraftBlock, { type: 'image' }>) => void; checks?: ImageChecks; published: boolean }) {
  const [state, setState] = useState<{ busy: boolean; problem: string | null }>({ busy: false, problem: null })
  async function pick() {
    setState({ busy: true, problem: null })
    const picked = await pickBoardImage()
    if (picked && 'fileID' in picked) onChange({ ...block, fileID: picked.fileID })
    setState({ busy: false, problem: picked && 'problem' in picked ? picked.problem : null })
  }
  return (
    <View>
      {block.fileID ? <Image className='board-image__img editor-image' src={photoUrl(block.fileID)} mode='widthFix' /> : <Text className='board-note'>还没有选图片。</Text>}
      {block.fileID && <ImageCheckState fileID={block.fileID} checks={checks} published={published} howToChange='请点“换一张图片”。' />}
      <SmallButton label={state.busy ? '正在上传……' : block.fileID ? '换一张图片' : '选择图片'} onTap={pick} disabled={state.busy} />
      {state.problem && <Text className='field__error'>{state.problem}</Text>}
      <Field label='图片说明' optional>
        <TextInput name='caption' value={block.caption} maxlength={60} placeholder='例如：3月5日主题党日' onChange={(caption) => onChange({ ...block, caption })} />
      </Field>
      <Text className='board-note'>图片发布后先经过微信内容检查，通过后群众才看得到。</Text>
    </View>
  )
}

function BlockEditor({ block, onChange, checks, published }: { block: DraftBlock; onChange: (block: DraftBlock) => void; checks?: ImageChecks; published: boolean }) {
  switch (block.type) {
    case 'heading':
      return <TextInput name='heading' value={block.text} maxlength={40} placeholder='小标题，最多 40 个字' onChange={(text) => onChange({ ...block, text })} />
    case 'text':
      return <TextBox name='text' value={block.text} maxlength={2000} placeholder='写一段话，最多 2000 个字' onChange={(text) => onChange({ ...block, text })} />
    case 'image':
      return <ImageEditor block={block} onChange={onChange} checks={checks} published={published} />
    case 'table':
      return <TableEditor table={block} onChange={onChange} />
  }
}

type Saved = { status: 'idle' } | { status: 'saving' } | { status: 'failed'; code: string; message: string } | { status: 'done'; board: BoardView; published: boolean }

function Editor({ orgId, board }: { orgId: string; board: BoardView | null }) {
  const [id, setId] = useState(board?.id)
  const [kind, setKind] = useState<BoardKind>(board && TYPED_KINDS.includes(board.kind) ? board.kind : 'notice')
  const [title, setTitle] = useState(board?.title ?? '')
  const [blocks, setBlocks] = useState<DraftBlock[]>(() => (board ? fromBoard(board.blocks) : [newBlock('text')]))
  const [saved, setSaved] = useState<Saved>({ status: 'idle' })
  // The staff's view of each image's check, as the last answer (get, save, publish) had it.
  const [current, setCurrent] = useState(board)
  const published = current?.status === 'published'

  const update = (index: number, block: DraftBlock) => setBlocks((list) => list.map((old, at) => (at === index ? block : old)))
  async function remove(index: number) {
    const answer = await Taro.showModal({ title: '删除这一块？', content: `删掉这个${BLOCK_LABELS[blocks[index].type]}，保存后不能恢复。` })
    if (answer.confirm) setBlocks((list) => list.filter((_, at) => at !== index))
  }

  async function save(andPublish: boolean) {
    if (saved.status === 'saving') return
    setSaved({ status: 'saving' })
    const result: CallResult<BoardView> = await saveBoard({ ...(id ? { id } : {}), orgId, kind, title: title.trim(), blocks: toBoard(blocks) })
    if (!result.ok) return setSaved({ status: 'failed', code: result.code, message: result.message })
    setId(result.data.id)
    setCurrent(result.data)
    if (!andPublish || result.data.status === 'published') return setSaved({ status: 'done', board: result.data, published: result.data.status === 'published' })
    const out = await publishBoard(result.data.id)
    if (out.ok) setCurrent(out.data)
    setSaved(out.ok ? { status: 'done', board: out.data, published: true } : { status: 'failed', code: out.code, message: `草稿已保存，但没有发布：${out.message}` })
  }

  const failure = saved.status === 'failed' ? saved : null
  // Where the refusal belongs: the title, one block (字段“blocks.3…”), or the whole content (内容检查).
  const titleError = failure && /字段“title”/.test(failure.message) ? failure.message : null
  const sentKeys = blocks.filter((block) => block.type !== 'image' || block.fileID).map((block) => block.key)
  const failedIndex = failure ? blockOfMessage(failure.message) : null
  const failedKey = failedIndex !== null ? sentKeys[failedIndex] : undefined
  const contentError = failure && failure.code === 'CONTENT.REJECTED' ? failure.message : null

  if (saved.status === 'done') {
    return (
      <View>
        <View className='form-done'>
          <Text>{saved.published ? '已发布，群众不用绑定也能看到。' : '草稿已保存，只有管理人员看得到。'}</Text>
        </View>
        <Button className='big-button' type='primary' color='#b7131a' onClick={() => Taro.navigateTo({ url: `/${boardPath(saved.board.id)}` })}>
          查看版面
        </Button>
        <Button className='big-button' onClick={() => setSaved({ status: 'idle' })}>
          继续修改
        </Button>
        <Button className='big-button' onClick={() => Taro.navigateBack()}>
          返回版面管理
        </Button>
      </View>
    )
  }

  return (
    <View>
      <Field label='类别'>
        <Choices options={KIND_OPTIONS} value={kind} onChange={setKind} />
      </Field>
      <Field label='标题' hint='2 到 30 个字' error={titleError}>
        <TextInput name='title' value={title} maxlength={30} placeholder='例如：关于召开主题党日的通知' onChange={setTitle} />
      </Field>
      <Text className='section-title'>内容</Text>
      {contentError && <Text className='field__error editor-content-error'>{contentError}</Text>}
      {blocks.map((block, index) => (
        <View className={block.key === failedKey ? 'editor-block editor-block--invalid' : 'editor-block'} key={block.key}>
          <View className='editor-block__head'>
            <Text className='editor-block__type'>
              {index + 1}. {BLOCK_LABELS[block.type]}
            </Text>
          </View>
          <BlockEditor block={block} checks={current?.imageChecks} published={published} onChange={(next) => update(index, next)} />
          {block.key === failedKey && failure && <Text className='field__error'>{failure.message}</Text>}
          <View className='editor-block__tools'>
            <SmallButton label='↑ 上移' disabled={index === 0} onTap={() => setBlocks((list) => move(list, index, -1))} />
            <SmallButton label='↓ 下移' disabled={index === blocks.length - 1} onTap={() => setBlocks((list) => move(list, index, 1))} />
            <SmallButton label='删除' danger onTap={() => remove(index)} />
          </View>
        </View>
      ))}
      <Text className='editor-sub'>添加一块内容：</Text>
      <View className='editor-add'>
        {ADDABLE.map((type) => (
          <SmallButton key={type} label={`＋ ${BLOCK_LABELS[type]}`} onTap={() => setBlocks((list) => [...list, newBlock(type)])} />
        ))}
      </View>
      {failure && !titleError && failedKey === undefined && !contentError && <FormError title='没有保存' message={failure.message} />}
      {published ? (
        <Button className='big-button' type='primary' color='#b7131a' loading={saved.status === 'saving'} onClick={() => save(false)}>
          保存修改（先过内容检查）
        </Button>
      ) : (
        <View>
          <Button className='big-button' type='primary' color='#b7131a' loading={saved.status === 'saving'} onClick={() => save(true)}>
            保存并发布
          </Button>
          <Button className='big-button' loading={saved.status === 'saving'} onClick={() => save(false)}>
            只保存草稿
          </Button>
        </View>
      )}
    </View>
  )
}

/** 编辑版面: a board of a kind, its blocks added, reordered and deleted with finger-sized buttons; save as a draft or publish. */
export default function BoardEditPage() {
  const params = useRouteParams()
  const id = params.id ?? ''
  const load = useCallback((): Promise<CallResult<BoardView | null>> => (id ? getBoard(id) : Promise.resolve({ ok: true, data: null })), [id])
  const { state, retry } = useCloud<BoardView | null>(load)
  const orgId = params.orgId || (state.status === 'ready' && state.data ? state.data.orgId : '')
  return (
    <Screen>
      <Text className='screen__title'>{id ? '修改版面' : '新建版面'}</Text>
      {state.status === 'loading' && <Loading what='版面' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && !orgId && <FormError title='不知道是哪个组织的版面' message='请从“版面管理”进入。' />}
      {state.status === 'ready' && orgId && <Editor orgId={orgId} board={state.data} />}
    </Screen>
  )
}
