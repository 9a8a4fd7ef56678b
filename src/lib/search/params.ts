// The lookup's query-string parameters, checked and turned into plain values. Every
// refusal is a Persian message for a 400; nothing here touches the database.
import { isClearanceLevel, type ClearanceLevel } from '../security/clearance'
import { parseDayRange } from '../jalali'
import { toLatinDigits } from '../persian'
import { searchMessages as msg } from './messages'
import { MAX_QUERY_CHARS } from './query'

export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 20
const MAX_PAGE = 1000

export interface SearchParams {
  q: string
  types: string[]
  from: Date | null
  /** Exclusive: the start of the day after `to`. */
  to: Date | null
  kind: string | null
  classification: ClearanceLevel | null
  dossier: number | null
  division: number | null
  /** A reference like `correspondents:12` or `posts:3`. */
  sender: string | null
  page: number
  limit: number
}

export interface KnownValues {
  types: readonly string[]
  kinds: readonly string[]
}

export type Parsed = { ok: true; value: SearchParams } | { ok: false; error: string }

type Get = (name: string) => string | null

const trimmed = (get: Get, name: string) => {
  const v = get(name)
  return v === null ? null : toLatinDigits(v).trim() || null
}

function positiveInt(text: string | null, max: number): number | null | undefined {
  if (text === null) return null
  if (!/^\d{1,9}$/.test(text)) return undefined
  const n = Number(text)
  return n >= 1 && n <= max ? n : undefined
}

export function parseSearchParams(get: Get, known: KnownValues): Parsed {
  const fail = (error: string): Parsed => ({ ok: false, error })
  const q = (get('q') ?? '').trim()
  if (q.length > MAX_QUERY_CHARS) return fail(msg.queryTooLong(MAX_QUERY_CHARS))

  const typesText = trimmed(get, 'types')
  const types = typesText ? [...new Set(typesText.split(/[,،]/).map((t) => t.trim()).filter(Boolean))] : [...known.types]
  for (const t of types) if (!known.types.includes(t)) return fail(msg.unknownType(t, [...known.types]))

  const range = parseDayRange(get('from'), get('to'))
  if (!range.ok) return fail(msg.badDate(range.field, range.error))
  const dates = { from: range.from, to: range.to }
  if (dates.from && dates.to && dates.from >= dates.to) return fail(msg.datesReversed)

  const kind = trimmed(get, 'kind')
  if (kind !== null && !known.kinds.includes(kind)) return fail(msg.unknownKind(kind))
  const classification = trimmed(get, 'classification')
  if (classification !== null && !isClearanceLevel(classification)) return fail(msg.unknownClassification(classification))

  const dossier = positiveInt(trimmed(get, 'dossier'), 2 ** 31 - 1)
  if (dossier === undefined) return fail(msg.badId('پرونده'))
  const division = positiveInt(trimmed(get, 'division'), 2 ** 31 - 1)
  if (division === undefined) return fail(msg.badId('محدودهٔ تقسیمات'))

  let sender: string | null = null
  const senderText = trimmed(get, 'sender')
  if (senderText !== null) {
    const m = /^(?:(correspondents|posts):)?(\d{1,9})$/.exec(senderText)
    if (!m) return fail(msg.badSender)
    sender = `${m[1] ?? 'correspondents'}:${Number(m[2])}`
  }

  const page = positiveInt(trimmed(get, 'page'), MAX_PAGE)
  if (page === undefined) return fail(msg.badPage)
  const limit = positiveInt(trimmed(get, 'limit'), MAX_LIMIT)
  if (limit === undefined) return fail(msg.badLimit(MAX_LIMIT))

  const filtered = dates.from || dates.to || kind || classification || dossier || division || sender
  if (!q && !filtered) return fail(msg.nothingToSearch)

  return {
    ok: true,
    value: {
      q,
      types,
      ...dates,
      kind,
      classification: classification as ClearanceLevel | null,
      dossier,
      division,
      sender,
      page: page ?? 1,
      limit: limit ?? DEFAULT_LIMIT,
    },
  }
}

