import { createHandler } from '@/cloud'
import { boardsContract } from '@/core/contracts/boards.contract'
import { createGenerated, get, getCode, list, listForOrg, pin, publish, save, unpublish } from './boards'

/** The `boards` cloud function: 宣传版面, public to read, staff to write (docs/boards.md). */
export const main = createHandler(boardsContract, { list, get, listForOrg, save, createGenerated, publish, unpublish, pin, getCode })
