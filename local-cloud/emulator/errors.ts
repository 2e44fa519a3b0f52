/**
 * Error codes the emulator answers with. The SDK turns a reply {code, message} into a thrown
 * error and maps the code to an errCode (wx-server-sdk src/api/cloud/provider/tcb/config/error.config.ts):
 * unknown codes become -501001.
 */
export const ErrorCode = {
  /** → -502005 */
  CollectionNotExist: 'DATABASE_COLLECTION_NOT_EXIST',
  /** → -502001; also used by the cloud for duplicate keys and MongoDB write errors */
  RequestFailed: 'DATABASE_REQUEST_FAILED',
  /** → -502002 (sic: the SDK's spelling) */
  InvalidOperator: 'DATABASE_INVALID_OPERRATOR',
  /** runTransaction retries on exactly this code (@cloudbase/database transaction/index.js) */
  TransactionConflict: 'DATABASE_TRANSACTION_CONFLICT',
  /** → -501001 */
  TransactionFail: 'DATABASE_TRANSACTION_FAIL',
  /** → -501001 */
  CollectionAlreadyExist: 'DATABASE_COLLECTION_ALREADY_EXIST',
  /** → -501007 */
  InvalidParam: 'INVALID_PARAM',
  /** → -501001 */
  InvalidAction: 'INVALID_ACTION',
  /** → -503003 */
  StorageFileNonexist: 'STORAGE_FILE_NONEXIST',
  /** → -503001 */
  StorageRequestFail: 'STORAGE_REQUEST_FAIL',
  /** → -504001 */
  FunctionsRequestFail: 'FUNCTIONS_REQUEST_FAIL',
  /** → -504002 */
  FunctionsExecuteFail: 'FUNCTIONS_EXECUTE_FAIL',
  /** → -501001 */
  SystemError: 'SYS_ERR',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error the emulator reports to the SDK as {code, message}. */
export class EmulatorError extends Error {
  constructor(
    readonly code: ErrorCodeValue | string,
    message: string,
  ) {
    super(message);
    this.name = 'EmulatorError';
  }
}

export const collectionNotExist = (collection: string): EmulatorError =>
  new EmulatorError(
    ErrorCode.CollectionNotExist,
    `Db or Table not exist: ${collection}. (local cloud: declare it with emulator.db.declareCollection('${collection}') or db.createCollection)`,
  );
