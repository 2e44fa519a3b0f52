import { checkCloudEnvironment, cloud } from '@/cloud'
import { createMediaCheckReceiver } from '@/cloud/media-check'
import { fail } from '@/core/result'

const receive = createMediaCheckReceiver(cloud)

/**
 * The `mediaCheck` cloud function: receives the `wxa_media_check` message push (the verdict of
 * security.mediaCheckAsync) and shows or keeps back the photo (docs/media-check.md). A call with a
 * trace_id the deployment is not waiting on changes nothing.
 */
export const main = async (event: unknown) => {
  const check = checkCloudEnvironment(process.env)
  if (!check.configured) {
    console.error(`[mediaCheck] ${check.explanation}`)
    return fail('COMMON.NOT_CONFIGURED')
  }
  return receive(event)
}
