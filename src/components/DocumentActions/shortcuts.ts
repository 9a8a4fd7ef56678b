/**
 * Admin-wide keyboard shortcuts. Matched on `KeyboardEvent.code` (the physical key), so they
 * work the same with the Persian keyboard layout on. Alt+letter is free in Chromium and
 * Firefox on Linux and Windows (their menus use Alt+F/E/V/…, never Alt+N).
 */
export type Shortcut = { code: string; alt?: boolean; shift?: boolean; path: string; label: string }

export const SHORTCUTS: Shortcut[] = [
  // Alt+N: a new incoming letter, its kind already chosen, the cursor on the sender.
  { code: 'KeyN', alt: true, path: '/collections/letters/create?kind=incoming', label: 'نامهٔ واردهٔ تازه' },
]

/** The shortcut `event` presses, if any. */
export function shortcutOf(event: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, list: Shortcut[] = SHORTCUTS): Shortcut | undefined {
  if (event.ctrlKey || event.metaKey) return undefined
  return list.find((s) => s.code === event.code && Boolean(s.alt) === event.altKey && Boolean(s.shift) === event.shiftKey)
}
