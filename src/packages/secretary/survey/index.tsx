import Taro, { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { Screen } from '@/components/Screen'
import { OrgSurveyDashboard } from '@/components/survey/OrgSurveyDashboard'
import { SURVEY_ROUTES } from '@/components/survey/survey-routes'

/** The secretary's own organisation: figures of its rounds, and opening the next one. */
export default function SecretarySurveyPage() {
  // Coming back from opening a round or printing a poster shows the new state.
  const [visit, setVisit] = useState(0)
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) setVisit((n) => n + 1)
    shown.current = true
  })
  return (
    <Screen>
      <OrgSurveyDashboard key={visit} onOpenRound={() => Taro.navigateTo({ url: SURVEY_ROUTES.secretaryOpen })} />
    </Screen>
  )
}
