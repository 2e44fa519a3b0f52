import { z } from 'zod'
import type { AccessPolicy } from './auth/authorize'

/**
 * One action of a cloud function: what it takes, what it answers, and who may call it.
 * The same object validates on the server and types the caller on the client.
 */
export interface ActionSpec<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  /** One Chinese line for the action list (GET /api/fn) and docs. */
  summary: string
  input: Input
  output: Output
  /**
   * Who may call the action and how far each role reaches (docs/auth.md). Required, so no
   * action exists without a policy; createHandler refuses roles not named, and an action whose
   * scope is not `public` must call `context.authorize…` on what it touches before it answers.
   */
  access: AccessPolicy
}

export interface Contract<Name extends string = string, Actions extends Record<string, ActionSpec> = Record<string, ActionSpec>> {
  /** The cloud function's folder name under cloudfunctions/. */
  name: Name
  summary: string
  actions: Actions
}

export function defineContract<const Name extends string, const Actions extends Record<string, ActionSpec>>(
  name: Name,
  summary: string,
  actions: Actions,
): Contract<Name, Actions> {
  return { name, summary, actions }
}

export function defineAction<Input extends z.ZodType, Output extends z.ZodType>(spec: ActionSpec<Input, Output>): ActionSpec<Input, Output> {
  return spec
}

export type ActionName<C extends Contract> = Extract<keyof C['actions'], string>
/** What a caller sends (before defaults are applied). */
export type ActionInput<C extends Contract, A extends ActionName<C>> = z.input<C['actions'][A]['input']>
/** What the action receives after validation. */
export type ActionParsedInput<C extends Contract, A extends ActionName<C>> = z.output<C['actions'][A]['input']>
export type ActionOutput<C extends Contract, A extends ActionName<C>> = z.output<C['actions'][A]['output']>

/** The event a cloud function receives: `{ action, ...payload }`. */
export type ActionEvent<C extends Contract, A extends ActionName<C>> = { action: A } & ActionInput<C, A>

/** The empty payload most reads take. */
export const noInput = z.object({}).strict()
