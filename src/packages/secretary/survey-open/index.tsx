import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { defaultQuestions } from '@/core/survey/survey.questionnaire'
import type { SurveyOrgType } from '@/core/survey/survey.types'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Screen } from '@/components/Screen'
import { OpenRoundForm } from '@/components/survey/OpenRoundForm'
import { SURVEY_ROUTES } from '@/components/survey/survey-routes'
import { useHome } from '@/hooks/use-home'

const MEASURED: readonly string[] = ['township', 'village', 'enterprise']

/** A secretary opens a round for their own organisation, then goes straight to its poster. */
export default function SecretaryOpenSurveyPage() {
  const { state, retry } = useHome()
  return (
    <Screen>
      <Text className='screen__title'>开启满意度调查</Text>
      {state.status === 'loading' && <Loading what='您的组织' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && !state.data.org && <Text className='screen__lead'>您还没有所属组织，不能开启调查。</Text>}
      {state.status === 'ready' && state.data.org && (
        <>
          <Text className='screen__lead'>为“{state.data.org.name}”开一轮，群众扫码匿名评价。</Text>
          {MEASURED.includes(state.data.org.type) ? (
            <OpenRoundForm
              orgIds={[state.data.org.id]}
              defaults={defaultQuestions(state.data.org.type as SurveyOrgType)}
              onOpened={(opened) => Taro.redirectTo({ url: SURVEY_ROUTES.poster(opened.rounds[0].roundId) })}
            />
          ) : (
            <Text className='screen__lead'>只有乡镇党委、村党组织和非公有制企业党组织开展群众满意度调查。</Text>
          )}
        </>
      )}
    </Screen>
  )
}
