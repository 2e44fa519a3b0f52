import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { DateInput, Field, FormError, TextInput, todayString } from '@/components/Form'
import { CheckedPhotoStrip, PhotoStrip, TextBox } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import type { PledgeView } from '@/core/contracts/pledges.contract'
import { usePledge } from '@/hooks/use-member-work'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { pageUrl } from '@/routes'
import type { CallResult } from '@/services/cloud'
import { PHOTOS_SUPPORTED, pickAndUploadPhotos } from '@/services/photos'
import { addPledgeProgress, editPledge, selfAssessPledge, submitPledge } from '@/services/pledges'
import { readableDate } from '@/core/china-time'

/**
 * One pledge page for both authors: a member's own pledge (reviewed by the branch) and the
 * branch's pledge the secretary writes (代填, reviewed by the township). The steps are the same;
 * only who reviews, a few words and how a new pledge is created differ.
 */
export interface PledgeAuthor {
  /** Who reviews and judges it: 支部 or 乡镇党委. */
  reviewer: string
  /** The page this pledge lives on, to open a new one by id after creating it. */
  page: string
  /** Creates the draft in the right name (the member's own, or the branch's). */
  create: (title: string, content: string, params: Readonly<Record<string, string>>) => Promise<CallResult<PledgeView>>
  words: {
    newTitle: string
    newLead: string
    draftTitle: string
    titleLabel: string
    titleHint: string
    contentHint: string
    selfAssessLabel: string
    selfAssessHint?: string
    selfAssessmentPrefix: string
  }
  /** Show whose pledge it is under the title (the branch's name on the secretary's page). */
  showOwner: boolean
}

type Step = 'save' | 'submit'

/** Saves the draft (creating it the first time), then submits it when asked: one tap for “提交审核”. */
async function saveDraft(author: PledgeAuthor, params: Readonly<Record<string, string>>, pledge: PledgeView | null, title: string, content: string, step: Step): Promise<CallResult<PledgeView>> {
  let saved: CallResult<PledgeView>
  if (pledge) {
    const changed = pledge.title !== title.trim() || pledge.content !== content.trim()
    saved = changed ? await editPledge(pledge.id, title, content) : { ok: true, data: pledge }
  } else {
    saved = await author.create(title, content, params)
  }
  if (!saved.ok || step === 'save') return saved
  return submitPledge(saved.data.id)
}

interface Props {
  author: PledgeAuthor
  pledge: PledgeView
  onChanged: (pledge: PledgeView) => void
}

function PledgeEditor({ author, pledge, onSaved }: { author: PledgeAuthor; pledge: PledgeView | null; onSaved: (pledge: PledgeView) => void }) {
  const params = useRouteParams()
  const [title, setTitle] = useState(pledge?.title ?? '')
  const [content, setContent] = useState(pledge?.content ?? '')
  const { state, submit } = useSubmit(saveDraft)
  async function send(step: Step) {
    const answer = await submit(author, params, pledge, title, content, step)
    if (answer?.ok) onSaved(answer.data)
  }
  return (
    <View>
      {pledge?.status === 'returned' && pledge.returnReason && (
        <Text className='work-card__reason'>
          {author.reviewer}退回的原因：{pledge.returnReason}。请按意见修改后再提交。
        </Text>
      )}
      <Field label={author.words.titleLabel} hint={author.words.titleHint}>
        <TextInput name='title' value={title} onChange={setTitle} maxlength={40} placeholder='承诺事项' />
      </Field>
      <Field label='具体怎么做' hint={author.words.contentHint}>
        <TextBox name='content' value={content} onChange={setContent} maxlength={500} placeholder='具体内容' />
      </Field>
      {state.status === 'failed' && <FormError title='没有保存' message={state.message} />}
      <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving'} onClick={() => void send('submit')}>
        提交给{author.reviewer}审核
      </Button>
      <Button className='big-button' type='default' disabled={state.status === 'saving'} onClick={() => void send('save')}>
        先存为草稿
      </Button>
    </View>
  )
}

function ProgressForm({ pledge, onChanged }: Omit<Props, 'author'>) {
  const today = todayString()
  const [text, setText] = useState('')
  const [date, setDate] = useState(today)
  const [photos, setPhotos] = useState<string[]>([])
  const [photoProblem, setPhotoProblem] = useState<string | null>(null)
  const [uploading, setUploading] = useState(false)
  const { state, submit, reset } = useSubmit(addPledgeProgress)
  async function addPhotos() {
    setUploading(true)
    const picked = await pickAndUploadPhotos('pledges', 9 - photos.length)
    setUploading(false)
    setPhotos((before) => [...before, ...picked.fileIDs].slice(0, 9))
    setPhotoProblem(picked.problem)
  }
  async function save() {
    const answer = await submit(pledge.id, date, text, photos)
    if (answer?.ok) {
      setText('')
      setPhotos([])
      reset()
      onChanged(answer.data)
    }
  }
  return (
    <View className='card'>
      <Text className='card__title'>记一条进展</Text>
      <Field label='做了什么'>
        <TextBox name='progress' value={text} onChange={setText} maxlength={300} placeholder='这次为承诺做了什么' />
      </Field>
      <Field label='哪天'>
        <DateInput value={date} onChange={setDate} placeholder='选择日期' end={today} />
      </Field>
      <Field label='照片' optional error={photoProblem}>
        <PhotoStrip fileIDs={photos} />
        {PHOTOS_SUPPORTED && photos.length < 9 && (
          <Button className='big-button' type='default' loading={uploading} onClick={() => void addPhotos()}>
            {uploading ? '正在上传照片……' : '添加照片'}
          </Button>
        )}
        <Text className='field__hint'>照片审核通过后，别人才能看到。</Text>
      </Field>
      {state.status === 'failed' && <FormError title='没有记下' message={state.message} />}
      <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving'} disabled={uploading} onClick={() => void save()}>
        记下这条进展
      </Button>
    </View>
  )
}

function SelfAssessForm({ author, pledge, onChanged }: Props) {
  const [text, setText] = useState('')
  const { state, submit } = useSubmit(selfAssessPledge)
  async function save() {
    const answer = await submit(pledge.id, text)
    if (answer?.ok) onChanged(answer.data)
  }
  return (
    <View className='card'>
      <Text className='card__title'>年终自评</Text>
      <Field label={author.words.selfAssessLabel} hint={author.words.selfAssessHint}>
        <TextBox name='selfAssessment' value={text} onChange={setText} maxlength={500} placeholder='自评' />
      </Field>
      {state.status === 'failed' && <FormError title='没有保存' message={state.message} />}
      <Button className='big-button' type='default' loading={state.status === 'saving'} onClick={() => void save()}>
        提交自评
      </Button>
    </View>
  )
}

/** One pledge: what it says, where it stands, and only the next steps the server allows. */
function PledgeDetail({ author, pledge, onChanged }: Props) {
  const editing = pledge.can.includes('edit')
  return (
    <View>
      <Text className='screen__title'>{editing ? (pledge.status === 'returned' ? '修改后再提交' : author.words.draftTitle) : pledge.title}</Text>
      <Text className='screen__lead'>
        {author.showOwner ? `${pledge.ownerName} · ` : ''}
        {pledge.year}年 · {pledge.statusLabel}
      </Text>
      {editing ? (
        <PledgeEditor author={author} pledge={pledge} onSaved={onChanged} />
      ) : (
        <View className='card'>
          <Text className='card__text'>{pledge.content}</Text>
          {pledge.status === 'submitted' && <Text className='work-card__text'>已提交，等{author.reviewer}审核。</Text>}
          {pledge.verdictLabel && (
            <Text className='card__title'>
              {author.reviewer}评定：{pledge.verdictLabel}
              {pledge.verdictComment ? `（${pledge.verdictComment}）` : ''}
            </Text>
          )}
          {pledge.selfAssessment && (
            <Text className='card__text'>
              {author.words.selfAssessmentPrefix}：{pledge.selfAssessment}
            </Text>
          )}
        </View>
      )}
      {pledge.can.includes('addProgress') && <ProgressForm pledge={pledge} onChanged={onChanged} />}
      {pledge.progress.length > 0 && <Text className='section-title'>践诺进展</Text>}
      {[...pledge.progress].reverse().map((entry) => (
        <View className='work-card' key={entry.id}>
          <Text className='work-card__title'>{readableDate(entry.date)}</Text>
          <Text className='work-card__text'>{entry.text}</Text>
          <CheckedPhotoStrip photos={entry.photos} />
          {entry.photos.some((photo) => photo.check === 'pending') && <Text className='work-card__text'>照片审核通过后才会公示。</Text>}
        </View>
      ))}
      {pledge.can.includes('selfAssess') && <SelfAssessForm author={author} pledge={pledge} onChanged={onChanged} />}
    </View>
  )
}

function ExistingPledge({ author, id }: { author: PledgeAuthor; id: string }) {
  const { state, retry } = usePledge(id)
  const [latest, setLatest] = useState<PledgeView | null>(null)
  useEffect(() => {
    if (state.status === 'ready') setLatest(state.data)
  }, [state])
  if (state.status === 'loading' && !latest) return <Loading what='这条承诺' />
  if (state.status === 'failed') return <LoadFailed message={state.message} onRetry={retry} />
  return latest ? <PledgeDetail author={author} pledge={latest} onChanged={setLatest} /> : null
}

/** A pledge page: write a new one (no `id`), or see one and take its next step (edit, submit, progress, self-assessment). */
export function PledgeScreen({ author }: { author: PledgeAuthor }) {
  const params = useRouteParams()
  return (
    <Screen>
      {params.id ? (
        <ExistingPledge author={author} id={params.id} />
      ) : (
        <View>
          <Text className='screen__title'>{author.words.newTitle}</Text>
          <Text className='screen__lead'>{author.words.newLead}</Text>
          <PledgeEditor author={author} pledge={null} onSaved={(pledge) => Taro.redirectTo({ url: pageUrl(author.page, { id: pledge.id }) })} />
        </View>
      )}
    </Screen>
  )
}
