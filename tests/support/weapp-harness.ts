import path from 'node:path'
import simulate from 'miniprogram-simulate'
import { assertWeappBuilt, WEAPP_ROOT } from './weapp-paths'

/**
 * Runs the built mini-program (dist/weapp) in miniprogram-simulate with WeChat's official WXML
 * compiler. The simulator knows only Component(), so App/Page/getApp/getCurrentPages are shimmed
 * here (notes/taro-recipes.md). Needs a jsdom test environment.
 */

type Options = Record<string, unknown>
type Hook = (this: Options, ...args: unknown[]) => unknown
type Shimmed = typeof globalThis & {
  App: (options: Options) => void
  getApp: () => Options
  Page: (options: Options) => void
  getCurrentPages: () => Options[]
  Component: (options: Options) => void
  wx: Record<string, unknown>
}

const g = globalThis as Shimmed
let app: Options = {}
const pageStack: Options[] = []
let loadingRoute = ''
let loadingQuery: Record<string, string> = {}

function call(target: Options, name: string, ...args: unknown[]): void {
  const hook = target[name]
  if (typeof hook === 'function') (hook as Hook).apply(target, args)
}

/** Installs the shims, lets the test stub wx APIs, then runs app.js and its onLaunch. */
export function launchApp(stubWx: (wx: Record<string, unknown>) => void): void {
  assertWeappBuilt()
  g.App = (options) => {
    app = options
  }
  g.getApp = () => app
  g.getCurrentPages = () => pageStack
  // A page is a component whose lifetimes call the page hooks in WeChat's order.
  g.Page = (options) => {
    const route = loadingRoute
    const query = loadingQuery
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
    g.Component({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: Options) {
          this.route = route
          this.__route__ = route
          pageStack.push(this)
          call(this, 'onLoad', query)
          call(this, 'onShow')
        },
        ready(this: Options) {
          call(this, 'onReady')
        },
      },
    })
  }
  stubWx(g.wx)
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- app.js is the built mini-program, loaded the way WeChat loads it.
  require(path.join(WEAPP_ROOT, 'app.js'))
  call(app, 'onLaunch', { path: 'pages/home/index', query: {}, scene: 1001 })
}

export interface RenderedPage {
  dom: HTMLElement
  text: () => string
}

/** Loads and attaches one page (route like 'pages/home/index') with its query as WeChat passes it to onLoad; load each route once per test file. */
export function renderPage(route: string, query: Record<string, string> = {}): RenderedPage {
  loadingRoute = route
  loadingQuery = query
  const id = simulate.load(path.join(WEAPP_ROOT, route), { compiler: 'official', rootPath: WEAPP_ROOT, compilerOptions: { maxBuffer: 64 << 20 } })
  const page = simulate.render(id)
  const parent = document.createElement('parent-wrapper')
  document.body.appendChild(parent)
  page.attach(parent)
  const dom = page.dom as HTMLElement
  return { dom, text: () => dom.textContent ?? '' }
}

/** Taro renders with asynchronous setData: poll the page until it shows `text`. */
export async function waitForText(page: RenderedPage, text: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!page.text().includes(text)) {
    if (Date.now() > until) throw new Error(`Timed out waiting for “${text}”; the page shows: ${page.text().slice(0, 500)}`)
    await simulate.sleep(20)
  }
}

interface WxNode {
  __wxElement?: unknown
}

/** What exparser keeps of an element: the virtual node j-component rendered it from, with the attributes WXML gave it. */
interface WxElement {
  _vt?: { attrs?: ReadonlyArray<{ name: string; value: unknown }> }
}

function wxElementOf(element: Element): WxElement & Record<string, unknown> {
  let node: (Element & WxNode) | null = element
  while (node && !node.__wxElement) node = node.parentElement
  if (!node) throw new Error(`<${element.tagName.toLowerCase()}> is not inside a mini-program element`)
  return node.__wxElement as WxElement & Record<string, unknown>
}

/** Fires a mini-program event (tap, input…) on the element as WeChat would: it bubbles from there to Taro's handler. */
function fire(element: Element, type: string, detail: Record<string, unknown>): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- exparser is j-component's engine; it has no types.
  const exparser = require('miniprogram-exparser') as { Event: { create: (...a: unknown[]) => unknown; dispatchEvent: (target: unknown, event: unknown) => void } }
  exparser.Event.dispatchEvent(
    wxElementOf(element),
    exparser.Event.create(type, detail, { originalEvent: new CustomEvent(type), bubbles: true, capturePhase: true, composed: true, extraFields: { touches: {}, changedTouches: {} } }),
  )
}

/**
 * The attributes the built WXML handed a built-in component (<image> src and mode, <textarea> value…).
 * The simulator does not draw built-ins, so the rendered DOM lacks them; the exparser node keeps them.
 */
export function wxAttributes(element: Element): Record<string, unknown> {
  const attrs = (element as Element & WxNode).__wxElement ? ((element as Element & WxNode).__wxElement as WxElement)._vt?.attrs : undefined
  if (!attrs) throw new Error(`<${element.tagName.toLowerCase()}> has no mini-program attributes`)
  return Object.fromEntries(attrs.map(({ name, value }) => [name, value]))
}

/** Every built-in component of one kind on the page ('image', 'textarea'…), in page order. */
export function builtIns(page: RenderedPage, tag: string): Element[] {
  return Array.from(page.dom.querySelectorAll(`wx-${tag}`))
}

/** The <textarea> or <input> with this name (the `name` the page gives its field). */
export function field(page: RenderedPage, name: string): Element {
  const found = [...builtIns(page, 'textarea'), ...builtIns(page, 'input')].find((element) => wxAttributes(element).name === name)
  if (!found) throw new Error(`No field named “${name}” on the page`)
  return found
}

/** Types into the named field as the keyboard does: one input event carrying the whole value. */
export function typeInto(page: RenderedPage, name: string, value: string): void {
  fire(field(page, name), 'input', { value, cursor: value.length, keyCode: 0 })
}

/** Taps the innermost element whose text is `text`, as a finger would: the tap bubbles up from there. */
export function tapText(page: RenderedPage, text: string): void {
  const candidates = Array.from(page.dom.querySelectorAll('*')).filter((el) => el.textContent?.trim() === text)
  const innermost = candidates.find((el) => !candidates.some((other) => other !== el && el.contains(other)))
  if (!innermost) throw new Error(`Nothing on the page reads “${text}”`)
  fire(innermost, 'tap', { x: 0, y: 0 })
}
