/**
 * Reads server-rendered HTML the way assistive technology does: by role and
 * accessible name, never by CSS class. A small, forgiving parser is enough for
 * the pages this app renders (well-formed, escaped by hono/jsx).
 *
 * @example
 * const page = readPage(html)
 * page.getByRole('heading', { level: 1 }).text
 * page.allByRole('radio', { name: 'มากที่สุด' })
 */
export type El = { tag: string; attrs: Record<string, string>; children: Array<El | string>; parent?: El }

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
const RAW_TEXT = new Set(['script', 'style'])
const ESCAPABLE_RAW_TEXT = new Set(['textarea', 'title'])
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/y
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)))
    return NAMED[ref.toLowerCase()] ?? whole
  })
}

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const m of raw.matchAll(ATTR)) attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  return attrs
}

export function parseHtml(html: string): El {
  const root: El = { tag: '#document', attrs: {}, children: [] }
  let current = root
  let i = 0
  const addText = (text: string) => text && current.children.push(decodeEntities(text))
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt === -1) {
      addText(html.slice(i))
      break
    }
    addText(html.slice(i, lt))
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      i = end === -1 ? html.length : end + 3
      continue
    }
    if (html.startsWith('<!', lt)) {
      i = html.indexOf('>', lt) + 1 || html.length
      continue
    }
    TAG.lastIndex = lt
    const m = TAG.exec(html)
    if (!m) {
      addText('<')
      i = lt + 1
      continue
    }
    i = TAG.lastIndex
    const [, closing, name, rawAttrs, selfClosing] = m
    const tag = name!.toLowerCase()
    if (closing) {
      let open: El | undefined = current
      while (open && open !== root && open.tag !== tag) open = open.parent
      if (open && open !== root) current = open.parent!
      continue
    }
    const el: El = { tag, attrs: parseAttrs(rawAttrs ?? ''), children: [], parent: current }
    current.children.push(el)
    if (VOID.has(tag) || selfClosing) continue
    if (RAW_TEXT.has(tag) || ESCAPABLE_RAW_TEXT.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, i)
      const content = html.slice(i, end === -1 ? html.length : end)
      if (content) el.children.push(RAW_TEXT.has(tag) ? content : decodeEntities(content))
      i = end === -1 ? html.length : html.indexOf('>', end) + 1
      continue
    }
    current = el
  }
  return root
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

function descendants(el: El): El[] {
  const out: El[] = []
  const walk = (node: El) => {
    for (const child of node.children)
      if (typeof child !== 'string') {
        out.push(child)
        walk(child)
      }
  }
  walk(el)
  return out
}

/** Text content; with `accessible`, leaving out what aria-hidden hides from screen readers. */
export function textOf(el: El, accessible = false): string {
  const parts: string[] = []
  const walk = (node: El) => {
    if (node.tag === 'script' || node.tag === 'style') return
    if (accessible && node.attrs['aria-hidden'] === 'true') return
    for (const child of node.children) {
      if (typeof child === 'string') parts.push(child)
      else walk(child)
    }
  }
  walk(el)
  return squash(parts.join(''))
}

export function implicitRole(el: El): string | undefined {
  const explicit = el.attrs.role?.split(/\s+/)[0]
  if (explicit) return explicit
  switch (el.tag) {
    case 'a':
      return 'href' in el.attrs ? 'link' : undefined
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading'
    case 'button':
      return 'button'
    case 'textarea':
      return 'textbox'
    case 'fieldset':
      return 'group'
    case 'form':
      return 'form'
    case 'main':
      return 'main'
    case 'nav':
      return 'navigation'
    case 'ul':
    case 'ol':
      return 'list'
    case 'li':
      return 'listitem'
    case 'section':
      return 'aria-labelledby' in el.attrs || 'aria-label' in el.attrs ? 'region' : undefined
    case 'input': {
      const type = (el.attrs.type ?? 'text').toLowerCase()
      if (type === 'hidden') return undefined
      if (type === 'radio' || type === 'checkbox') return type
      if (type === 'submit' || type === 'button' || type === 'reset') return 'button'
      return 'textbox'
    }
  }
  return undefined
}

export type RoleQuery = { name?: string | RegExp; level?: number }

export class Page {
  readonly root: El
  readonly elements: El[]
  constructor(html: string) {
    this.root = parseHtml(html)
    this.elements = descendants(this.root)
  }

  byId(id: string): El | undefined {
    return this.elements.find((el) => el.attrs.id === id)
  }

  /** Out of the accessibility tree: aria-hidden, `hidden`, or an input of type hidden. */
  isHidden(el: El): boolean {
    for (let node: El | undefined = el; node; node = node.parent)
      if (node.attrs['aria-hidden'] === 'true' || 'hidden' in node.attrs) return true
    return el.tag === 'input' && el.attrs.type === 'hidden'
  }

  /** Accessible name: aria-labelledby, aria-label, a label's `for`, a legend, or the content. */
  nameOf(el: El): string {
    const labelledBy = el.attrs['aria-labelledby']
    if (labelledBy)
      return squash(
        labelledBy
          .split(/\s+/)
          .map((id) => (this.byId(id) ? textOf(this.byId(id)!, true) : ''))
          .join(' '),
      )
    if (el.attrs['aria-label']) return squash(el.attrs['aria-label'])
    if (el.tag === 'input' || el.tag === 'textarea' || el.tag === 'select') {
      const labels = this.labelsOf(el)
      return squash(labels.map((l) => textOf(l, true)).join(' '))
    }
    if (el.tag === 'fieldset') {
      const legend = el.children.find((c): c is El => typeof c !== 'string' && c.tag === 'legend')
      return legend ? textOf(legend, true) : ''
    }
    return textOf(el, true)
  }

  labelsOf(el: El): El[] {
    const id = el.attrs.id
    const byFor = id ? this.elements.filter((l) => l.tag === 'label' && l.attrs.for === id) : []
    const wrapping: El[] = []
    for (let node = el.parent; node; node = node.parent) if (node.tag === 'label') wrapping.push(node)
    return [...byFor, ...wrapping]
  }

  allByRole(role: string, query: RoleQuery = {}, within?: El): El[] {
    const scope = within ? descendants(within) : this.elements
    return scope.filter((el) => {
      if (implicitRole(el) !== role || this.isHidden(el)) return false
      if (query.level !== undefined && el.tag !== `h${query.level}`) return false
      if (query.name === undefined) return true
      const name = this.nameOf(el)
      return typeof query.name === 'string' ? name === query.name : query.name.test(name)
    })
  }

  getByRole(role: string, query: RoleQuery = {}, within?: El): El {
    const found = this.allByRole(role, query, within)
    if (found.length !== 1) {
      const seen = this.allByRole(role, {}, within).map((el) => JSON.stringify(this.nameOf(el)))
      throw new Error(
        `expected one ${role} ${JSON.stringify(query)}, found ${found.length}; ${role}s on the page: ${seen.join(', ') || 'none'}`,
      )
    }
    return found[0]!
  }

  /** Form controls by their `name`, in document order. */
  controls(name: string): El[] {
    return this.elements.filter((el) => (el.tag === 'input' || el.tag === 'textarea') && el.attrs.name === name)
  }

  /** Values of the checked radios and checkboxes, by field name. */
  checkedValues(): Record<string, string[]> {
    const out: Record<string, string[]> = {}
    for (const el of this.elements)
      if (el.tag === 'input' && 'checked' in el.attrs) (out[el.attrs.name ?? ''] ??= []).push(el.attrs.value ?? '')
    return out
  }

  get title(): string {
    const title = this.elements.find((el) => el.tag === 'title')
    return title ? textOf(title) : ''
  }

  get lang(): string | undefined {
    return this.elements.find((el) => el.tag === 'html')?.attrs.lang
  }

  text(el: El = this.root): string {
    return textOf(el)
  }
}

export const readPage = (html: string) => new Page(html)
