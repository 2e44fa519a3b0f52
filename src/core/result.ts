import { ERRORS, type ErrorCode } from './errors'

/** What every cloud action answers: data, or a stable code with a Chinese message a person can act on. */
export type Ok<T> = { ok: true; data: T }
export type Fail = { ok: false; code: ErrorCode; message: string }
export type Result<T> = Ok<T> | Fail

export function ok<T>(data: T): Ok<T> {
  return { ok: true, data }
}

export function fail(code: ErrorCode, message: string = ERRORS[code]): Fail {
  return { ok: false, code, message }
}

/** Thrown inside an action to end it with a stable code; the handler turns it into a Fail. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERRORS[code],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AppError' && typeof (error as { code?: unknown }).code === 'string')
}
