import { createHandler } from '@/cloud'
import { developmentContract } from '@/core/contracts/development.contract'
import { add, advance, list, report } from './development'

/** The `development` cloud function: 发展党员, stage by stage, and the yearly count per village (空白村). */
export const main = createHandler(developmentContract, { list, add, advance, report })
