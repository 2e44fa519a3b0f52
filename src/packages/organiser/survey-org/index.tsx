import { useRouter } from '@tarojs/taro'
import { Screen } from '@/components/Screen'
import { OrgSurveyDashboard } from '@/components/survey/OrgSurveyDashboard'

/** The organiser's drill-down into one organisation of their subtree (the server checks the scope). */
export default function OrganiserOrgSurveyPage() {
  const { params } = useRouter()
  return (
    <Screen>
      <OrgSurveyDashboard orgId={params.orgId ? decodeURIComponent(params.orgId) : undefined} />
    </Screen>
  )
}
