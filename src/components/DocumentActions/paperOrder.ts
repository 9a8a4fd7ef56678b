// Tab along the paper: a document's fields in the order a clerk reads them off the letter,
// whatever order the form lays them out in, and whichever of the form's tabs holds them.
// Fields are found the way Payload renders them: `#field-<path>` on the input or its wrapper,
// or a label `for` it (the rich-text editor).

import type { ClientField } from 'payload'

import { FROM_QUERY_FLAG } from '../../fields/fromCreateQuery'

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), [contenteditable="true"], select:not([disabled]), button:not([disabled])'
// Where Tab stops inside a field: what takes typing, and buttons marked as a stop (a field's own
// «افزودن فایل…»); not Payload's helper buttons (a relation's «+», a date's clear).
const STOP = 'input, textarea, [contenteditable="true"], select, [data-paper-stop]'

/** The element holding field `name` in the form, or null when it is not on the page. */
export function fieldElement(name: string, root: ParentNode = document): HTMLElement | null {
  const id = `field-${name.replace(/\./g, '__')}`
  const byId = root.querySelector<HTMLElement>(`[id="${id}"]`)
  if (byId) return byId.closest<HTMLElement>('.field-type') ?? byId
  const label = root.querySelector<HTMLElement>(`label[for="${id}"]`)
  return label?.closest<HTMLElement>('.field-type') ?? null
}

/** The elements of field `name` where Tab stops, in the page's order (none: absent or read-only). */
export function stopsOf(name: string, root: ParentNode = document): HTMLElement[] {
  const el = fieldElement(name, root)
  if (!el) return []
  if (el.matches(FOCUSABLE)) return [el]
  return Array.from(el.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (candidate) => candidate.matches(STOP) && candidate.getAttribute('tabindex') !== '-1' && !candidate.closest('[aria-hidden="true"]'),
  )
}

/** The first element a person types into in field `name`, or null (absent or read-only). */
export function firstInput(name: string, root: ParentNode = document): HTMLElement | null {
  return stopsOf(name, root)[0] ?? null
}

/** Where a Tab goes: an element on the page, or a paper field to bring into view first (another tab). */
export type PaperStep = { element: HTMLElement } | { reveal: string }

/**
 * Where Tab (or Shift+Tab) goes from `active` along `order`: the field's next stop (a date's
 * time, a second control), else the next field on the paper that can take input, or one that
 * is not on the page but `revealable` (in a tab not shown). Null when `active` is not in one of
 * those fields (or at either end), so the browser's own order applies.
 */
export function nextAlongPaper(
  order: string[],
  active: Element | null,
  backwards: boolean,
  root: ParentNode = document,
  revealable: (name: string) => boolean = () => false,
): PaperStep | null {
  if (!active) return null
  const at = order.findIndex((name) => fieldElement(name, root)?.contains(active))
  if (at < 0) return null
  const step = backwards ? -1 : 1
  const own = stopsOf(order[at]!, root)
  const here = own.findIndex((stop) => stop === active || stop.contains(active))
  const inField = here < 0 ? undefined : own[here + step]
  if (inField) return { element: inField }
  for (let i = at + step; i >= 0 && i < order.length; i += step) {
    const name = order[i]!
    if (!fieldElement(name, root)) {
      if (revealable(name)) return { reveal: name }
      continue
    }
    const stops = stopsOf(name, root)
    const target = backwards ? stops[stops.length - 1] : stops[0]
    if (target) return { element: target }
  }
  return null
}

type Tabbed = {
  type?: string
  name?: string
  admin?: { custom?: Record<string, unknown> }
  fields?: Tabbed[]
  tabs?: { label?: unknown; name?: string; fields?: Tabbed[] }[]
}

/** Whether `fields` hold field `name` at their level (through rows, collapsibles and unnamed tabs). */
function holds(fields: Tabbed[] | undefined, name: string): boolean {
  return (fields ?? []).some((field) => {
    if ('name' in field && field.name === name && field.type !== 'tabs') return true
    if (field.type === 'row' || field.type === 'collapsible') return holds(field.fields, name)
    if (field.type === 'tabs') return (field.tabs ?? []).some((tab) => !tab.name && holds(tab.fields, name))
    return false
  })
}

/**
 * The label of the form tab that holds top-level field `name` (the tab's button shows it), or
 * null when the field is in no tab. Only plain-string labels (Dabir's tabs, src/fields/recordTabs.ts).
 */
export function tabLabelOf(fields: readonly ClientField[] | readonly Tabbed[], name: string): string | null {
  for (const field of fields as Tabbed[]) {
    if (field.type === 'row' || field.type === 'collapsible') {
      const inner = tabLabelOf(field.fields ?? [], name)
      if (inner) return inner
    }
    if (field.type !== 'tabs') continue
    for (const tab of field.tabs ?? []) {
      if (tab.name || !holds(tab.fields, name)) continue
      return typeof tab.label === 'string' ? tab.label : null
    }
  }
  return null
}

/** The button of the form tab labelled `label`, if shown. */
export function tabButton(label: string, root: ParentNode = document): HTMLElement | null {
  const buttons = Array.from(root.querySelectorAll<HTMLElement>('.tabs-field__tab-button'))
  return buttons.find((button) => (button.textContent ?? '').trim().startsWith(label)) ?? null
}

/** The top-level fields a new record takes from the create page's address (src/fields/fromCreateQuery.ts). */
export function fieldsFromQuery(fields: readonly ClientField[] | readonly Tabbed[]): string[] {
  const names: string[] = []
  const walk = (list: readonly Tabbed[] | undefined) => {
    for (const field of list ?? []) {
      if (field.name && field.type !== 'tabs' && field.admin?.custom?.[FROM_QUERY_FLAG]) names.push(field.name)
      if (field.type === 'row' || field.type === 'collapsible') walk(field.fields)
      if (field.type === 'tabs') for (const tab of field.tabs ?? []) if (!tab.name) walk(tab.fields)
    }
  }
  walk(fields as Tabbed[])
  return names
}

const REVEAL_WAIT_MS = 5000

/**
 * Focuses field `name` (its last stop when going backwards), first showing the form tab that
 * holds it when it is not on the page: its tab button is clicked, and the field is focused once
 * Payload has rendered it.
 */
export function revealAndFocus(fields: readonly ClientField[], name: string, backwards: boolean): void {
  const pick = () => {
    const stops = stopsOf(name)
    return backwards ? stops[stops.length - 1] : stops[0]
  }
  const now = pick()
  if (now) {
    now.focus()
    return
  }
  if (!fieldElement(name)) {
    const label = tabLabelOf(fields, name)
    const button = label ? tabButton(label) : null
    button?.click()
  }
  const until = Date.now() + REVEAL_WAIT_MS
  const wait = () => {
    const target = pick()
    if (target) target.focus()
    else if (Date.now() < until) window.setTimeout(wait, 50)
  }
  window.setTimeout(wait, 0)
}
