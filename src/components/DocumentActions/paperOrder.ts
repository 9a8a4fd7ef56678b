// Tab along the paper: a document's fields in the order a clerk reads them off the letter,
// whatever order the form lays them out in. Fields are found the way Payload renders them:
// `#field-<path>` on the input or its wrapper, or a label `for` it (the rich-text editor).

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), [contenteditable="true"], select:not([disabled]), button:not([disabled])'

/** The element holding field `name` in the form, or null when it is not on the page. */
export function fieldElement(name: string, root: ParentNode = document): HTMLElement | null {
  const id = `field-${name.replace(/\./g, '__')}`
  const byId = root.querySelector<HTMLElement>(`[id="${id}"]`)
  if (byId) return byId.closest<HTMLElement>('.field-type') ?? byId
  const label = root.querySelector<HTMLElement>(`label[for="${id}"]`)
  return label?.closest<HTMLElement>('.field-type') ?? null
}

/** The first element a person types into in field `name`, or null (absent or read-only). */
export function firstInput(name: string, root: ParentNode = document): HTMLElement | null {
  const el = fieldElement(name, root)
  if (!el) return null
  if (el.matches(FOCUSABLE)) return el
  const inner = Array.from(el.querySelectorAll<HTMLElement>(FOCUSABLE)).find((candidate) => candidate.getAttribute('tabindex') !== '-1' && !candidate.closest('[aria-hidden="true"]'))
  return inner ?? null
}

/**
 * Where Tab (or Shift+Tab) goes from `active` along `order`: the next field on the paper that
 * can take input, or null when `active` is not in one of those fields (or at either end), so
 * the browser's own order applies.
 */
export function nextAlongPaper(order: string[], active: Element | null, backwards: boolean, root: ParentNode = document): HTMLElement | null {
  if (!active) return null
  const at = order.findIndex((name) => fieldElement(name, root)?.contains(active))
  if (at < 0) return null
  const step = backwards ? -1 : 1
  for (let i = at + step; i >= 0 && i < order.length; i += step) {
    const target = firstInput(order[i]!, root)
    if (target) return target
  }
  return null
}
