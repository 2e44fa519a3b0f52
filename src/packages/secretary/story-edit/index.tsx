import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { Choices, Field, TextInput } from '@/components/Form'
import { explainServerMessage } from '@/components/Form/server-message'
import { CheckedPhotoStrip, TextBox } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import { ActionButton, LoadError, LoadingText, Notice, Paragraphs, PubCard, Tag } from '@/components/stories-suggestions'
import { STORY_SUGGESTION_ROUTES } from '@/components/stories-suggestions/routes'
import type { StoryView } from '@/core/contracts/stories.contract'
import { ERRORS } from '@/core/errors'
import { FIVE_GOOD_STANDARDS, type CriterionKey } from '@/core/standards/five-good'
import { useCloud, type CloudState } from '@/hooks/use-cloud'
import { useHome } from '@/hooks/use-home'
import { useRouteParams } from '@/hooks/use-route-params'
import type { CallResult } from '@/services/cloud'
import { PHOTOS_SUPPORTED, pickAndUploadPhotos } from '@/services/photos'
import { getStory, saveStory, submitStory } from '@/services/stories'
import { readableDate } from '@/core/china-time'

const LABELS = { title: '标题', summary: '摘要', body: '正文', criterion: '体现哪个“好”' }

interface Draft {
  title: string
  summary: string
  body: string
  criterion: CriterionKey | null
}

const EMPTY: Draft = { title: '', summary: '', body: '', criterion: null }
const MAX_PHOTOS = 9

type Outcome = { kind: 'saved' | 'submitted' } | { kind: 'failed'; code: string; message: string; fields: Record<string, string> }

function noStory(): Promise<CallResult<StoryView | null>> {
  return Promise.resolve({ ok: true, data: null })
}

/** Until submitted, a photo has not been sent for the content check. */
const NOT_CHECKED_YET = '报送后审核'

/** The branch's own photos, each with its content check as the server answered it (审核中 / 已公开 / 未通过（原因）). */
function StoryPhotos({ fileIDs, story }: { fileIDs: readonly string[]; story: StoryView | null }) {
  const checks = new Map((story?.photoChecks ?? []).map((check) => [check.fileID, check]))
  // Only the author is answered the checks; anyone else is shown the photos without a word on them.
  const author = story === null || story.photoChecks !== undefined
  return <CheckedPhotoStrip photos={fileIDs.map((fileID) => ({ fileID, check: checks.get(fileID)?.check ?? null, reason: checks.get(fileID)?.reason }))} unchecked={author ? NOT_CHECKED_YET : undefined} />
}

/** The township's comments, oldest first: what to change before submitting again. */
function Comments({ story }: { story: StoryView }) {
  if (story.comments.length === 0) return null
  return (
    <PubCard tone={story.status === 'returned' ? 'alert' : undefined}>
      <Text className='pub-card__title'>乡镇的审阅意见</Text>
      {story.comments.map((comment) => (
        <Text key={comment.at} className='pub-card__quote'>
          {readableDate(comment.at)} {comment.by}
          {comment.decision === 'return' ? '退回' : '推荐'}：{comment.text || '（无）'}
        </Text>
      ))}
    </PubCard>
  )
}

/** A story the branch can no longer change (submitted or recommended), as the township reads it. */
function ReadOnly({ story }: { story: StoryView }) {
  return (
    <View>
      <Tag text={story.statusLabel} tone={story.status === 'recommended' ? 'done' : 'wait'} />
      <Comments story={story} />
      <Text className='section-title'>{story.title}</Text>
      <Text className='pub-card__meta'>体现：{story.criterionTitle}</Text>
      {story.status === 'recommended' && <Text className='pub-card__meta'>阅读 {story.readCount} 次</Text>}
      <Text className='pub-card__quote'>{story.summary}</Text>
      <StoryPhotos fileIDs={story.photos} story={story} />
      <Paragraphs text={story.body} />
    </View>
  )
}

function Editor({ orgId, criteria, story }: { orgId: string; criteria: readonly { value: CriterionKey; label: string }[]; story: StoryView | null }) {
  const [draft, setDraft] = useState<Draft>(story ? { title: story.title, summary: story.summary, body: story.body, criterion: story.criterion } : EMPTY)
  const [current, setCurrent] = useState<StoryView | null>(story)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [photos, setPhotos] = useState<string[]>(story?.photos ?? [])
  const [uploading, setUploading] = useState(false)
  const [photoProblem, setPhotoProblem] = useState<string | null>(null)

  async function addPhotos() {
    if (uploading) return
    setUploading(true)
    const picked = await pickAndUploadPhotos('stories', MAX_PHOTOS - photos.length)
    setUploading(false)
    setPhotos((before) => [...before, ...picked.fileIDs].slice(0, MAX_PHOTOS))
    setPhotoProblem(picked.problem)
  }
  const set = (key: keyof Draft) => (value: string) => setDraft((before) => ({ ...before, [key]: value }))

  async function send(andSubmit: boolean) {
    if (busy) return
    if (!draft.criterion) {
      setOutcome({ kind: 'failed', code: 'CLIENT.CRITERION', message: ERRORS['CLIENT.CRITERION'], fields: { criterion: '请选一个' } })
      return
    }
    setBusy(true)
    try {
      const saved = await saveStory({ id: current?.id, orgId, title: draft.title, summary: draft.summary, body: draft.body, photos, criterion: draft.criterion })
      if (!saved.ok) {
        const explained = explainServerMessage(saved.message, LABELS)
        setOutcome({ kind: 'failed', code: saved.code, message: explained.text, fields: explained.fields })
        return
      }
      setCurrent(saved.data)
      if (!andSubmit) {
        setOutcome({ kind: 'saved' })
        return
      }
      const submitted = await submitStory(saved.data.id)
      if (!submitted.ok) {
        setOutcome({ kind: 'failed', code: submitted.code, message: submitted.message, fields: {} })
        return
      }
      setCurrent(submitted.data)
      setOutcome({ kind: 'submitted' })
    } finally {
      setBusy(false)
    }
  }

  if (current && outcome?.kind === 'submitted') {
    return (
      <View>
        <Notice title='报送成功' text='乡镇审阅后，退回的会写明意见，推荐的会出现在全县典型经验里。' />
        <ActionButton label='回到本支部的典型经验' onTap={() => Taro.navigateBack()} />
        <ReadOnly story={current} />
      </View>
    )
  }

  const fields = outcome?.kind === 'failed' ? outcome.fields : {}
  return (
    <View>
      {current && <Tag text={current.statusLabel} tone={current.status === 'returned' ? 'alert' : 'wait'} />}
      {current && <Comments story={current} />}
      <Field label='标题' hint='4 到 40 个字' error={fields.title}>
        <TextInput name='title' value={draft.title} onChange={set('title')} maxlength={40} placeholder='例如：党员联户一张网' />
      </Field>
      <Field label='体现哪个“好”' error={fields.criterion}>
        <Choices options={criteria} value={draft.criterion} onChange={set('criterion')} />
      </Field>
      <Field label='摘要' hint='10 到 200 个字：做了什么，效果怎样。' error={fields.summary}>
        <TextBox name='summary' value={draft.summary} onChange={set('summary')} maxlength={200} placeholder='一两句话说清做法和效果' />
      </Field>
      <Field label='正文' hint='至少 50 个字。分段写：起因、做法、效果、群众怎么说。' error={fields.body}>
        <TextBox name='body' value={draft.body} onChange={set('body')} maxlength={5000} placeholder='把经过写清楚，便于别的支部学' />
        <Text className='pub-field-count'>{draft.body.trim().length}/5000 字</Text>
      </Field>
      <Field label='照片' optional error={photoProblem}>
        <StoryPhotos fileIDs={photos} story={current} />
        {PHOTOS_SUPPORTED && photos.length < MAX_PHOTOS && <ActionButton kind='plain' label={uploading ? '正在上传照片……' : '添加照片'} disabled={uploading} onTap={() => void addPhotos()} />}
        {photos.length > 0 && <ActionButton kind='plain' label='去掉最后一张照片' disabled={uploading} onTap={() => setPhotos((before) => before.slice(0, -1))} />}
        <Text className='field__hint'>最多 {MAX_PHOTOS} 张。照片随文章一起报送并审核，通过的推荐后全县都能看到。</Text>
      </Field>
      {outcome?.kind === 'saved' && <Notice title='草稿已保存' text='只有本支部看得到。写好后点“报送乡镇”。' />}
      {outcome?.kind === 'failed' && (
        <Notice tone='alert' title={outcome.code === 'CONTENT.REJECTED' ? '没有报送：内容没有通过安全检查' : '没有保存'} text={outcome.message} />
      )}
      <ActionButton label='报送乡镇' busy={busy} onTap={() => void send(true)} />
      <ActionButton kind='plain' label='保存草稿' disabled={busy} onTap={() => void send(false)} />
    </View>
  )
}

/** 写典型经验: a new story or one the township returned; a submitted or recommended one is shown read-only. */
export default function StoryEditPage() {
  const { id } = useRouteParams()
  const home = useHome()
  const load = useCallback(() => (id ? getStory(id) : noStory()), [id])
  const { state, retry } = useCloud<StoryView | null>(load)
  const title = state.status === 'ready' && state.data && !state.data.can.includes('edit') ? '典型经验' : '写典型经验'

  const both: CloudState<{ orgId: string; story: StoryView | null }> =
    home.state.status !== 'ready'
      ? home.state
      : state.status !== 'ready'
        ? state
        : home.state.data.org
          ? { status: 'ready', data: { orgId: home.state.data.org.id, story: state.data } }
          : { status: 'failed', code: 'AUTH.NOT_BOUND', message: '您还没有绑定到支部，不能写典型经验。' }
  // A 党支部 has no standards of its own: it illustrates its village's, as the server names them.
  const standards = home.state.status === 'ready' && home.state.data.standards ? home.state.data.standards.criteria : FIVE_GOOD_STANDARDS.village
  const criteria = standards.map((criterion) => ({ value: criterion.key, label: criterion.title }))

  return (
    <Screen>
      <Text className='screen__title'>{title}</Text>
      {both.status === 'loading' && <LoadingText what='典型经验' />}
      {both.status === 'failed' && (
        <LoadError
          message={both.message}
          onRetry={() => {
            home.retry()
            retry()
          }}
        />
      )}
      {both.status === 'ready' && both.data.story && !both.data.story.can.includes('edit') && <ReadOnly story={both.data.story} />}
      {both.status === 'ready' && (!both.data.story || both.data.story.can.includes('edit')) && <Editor orgId={both.data.orgId} criteria={criteria} story={both.data.story} />}
      <ActionButton kind='plain' label='看全县推荐的典型经验' onTap={() => Taro.navigateTo({ url: STORY_SUGGESTION_ROUTES.storyFeed })} />
    </Screen>
  )
}
