// The rows of a printed registry book: every number in order, and none missing. A number
// with no letter (it should never happen: numbers are taken in the letter's transaction)
// is printed as such rather than silently skipped.

export interface NumberedRow {
  year: number
  seq: number
}

export type BookLine<T> = { kind: 'letter'; row: T } | { kind: 'missing'; year: number; seq: number }

/** Rows sorted by year and sequence, with a `missing` line for every gap inside a year. */
export function bookLines<T extends NumberedRow>(rows: readonly T[]): BookLine<T>[] {
  const sorted = [...rows].sort((a, b) => a.year - b.year || a.seq - b.seq)
  const out: BookLine<T>[] = []
  let prev: T | undefined
  for (const row of sorted) {
    if (prev && prev.year === row.year) for (let seq = prev.seq + 1; seq < row.seq; seq++) out.push({ kind: 'missing', year: row.year, seq })
    out.push({ kind: 'letter', row })
    prev = row
  }
  return out
}
