import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Role } from '@/core/org/org.types'
import { ROLE_LABELS } from '@/core/org/org.types'
import { useHome } from '@/hooks/use-home'
import { TAB_HOME } from '@/routes'
import { LoadFailed, Loading } from '../CloudStatus'
import { LinkRow } from '../Form'
import { Screen } from '../Screen'
import './index.scss'

export interface RoleTask {
  title: string
  text: string
}

/** A task that is built: the row opens its page (a tab page with `tab`). */
export interface ReadyTask extends RoleTask {
  url: string
  tab?: boolean
}

interface Props {
  /** Roles this landing page is for; anyone else is told so and sent home. */
  roles: readonly Role[]
  title: string
  /** What this role will do here later, not built yet; the section shows only when there is some. */
  tasks?: readonly RoleTask[]
  /** Tasks already built, listed first as rows that open them. */
  ready?: readonly ReadyTask[]
  /** Built tasks that start elsewhere (a QR code on a poster), said as what to do. */
  howTo?: readonly RoleTask[]
}

function open(task: ReadyTask) {
  if (task.tab) Taro.switchTab({ url: task.url })
  else Taro.navigateTo({ url: task.url })
}

function goHome() {
  Taro.switchTab({ url: TAB_HOME })
}

/**
 * A role's landing page: who you are (from the cloud), the tasks that are built (rows that open
 * them), and what this role will do here later, said plainly instead of buttons that lead nowhere.
 */
export function RoleLanding({ roles, title, tasks = [], ready = [], howTo = [] }: Props) {
  const { state, retry } = useHome()
  return (
    <Screen>
      <Text className='screen__title'>{title}</Text>
      {state.status === 'loading' && <Loading what='您的身份' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && !roles.includes(state.data.identity.role) && (
        <View className='card'>
          <Text className='card__title'>这一页是给{roles.map((r) => ROLE_LABELS[r]).join('、')}用的</Text>
          <Text className='card__text'>您现在的身份是{state.data.identity.roleLabel}，请回到首页，从您自己的入口进入。</Text>
        </View>
      )}
      {state.status === 'ready' && roles.includes(state.data.identity.role) && (
        <View>
          <View className='card'>
            <Text className='card__title'>
              {state.data.identity.displayName || '您'}（{state.data.identity.roleLabel}）
            </Text>
            {state.data.org && <Text className='card__text'>{state.data.org.name}</Text>}
          </View>
          {(ready.length > 0 || howTo.length > 0) && <Text className='section-title'>您在这里可以做的事</Text>}
          {ready.map((task) => (
            <LinkRow key={task.title} title={task.title} text={task.text} onClick={() => open(task)} />
          ))}
          {howTo.map((task) => (
            <View className='card' key={task.title}>
              <Text className='card__title'>{task.title}</Text>
              <Text className='card__text'>{task.text}</Text>
            </View>
          ))}
          {tasks.length > 0 && (
            <View>
              <Text className='section-title'>还在建设中的功能</Text>
              <Text className='role-landing__note'>以下功能正在建设中，还不能使用，建好后会在这里打开。</Text>
              {tasks.map((task) => (
                <View className='role-landing__task' key={task.title}>
                  <Text className='card__title'>{task.title}</Text>
                  <Text className='card__text'>{task.text}</Text>
                </View>
              ))}
            </View>
          )}
        </View>
      )}
      {/* A way back, not the page's purpose: plain, so the rows above stay the loudest thing here. */}
      <Button className='big-button' type='default' onClick={goHome}>
        回到首页
      </Button>
    </Screen>
  )
}
