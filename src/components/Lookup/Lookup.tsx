'use client'
// The lookup page (جستجوی اسناد): one box and a few filters over GET /api/search, the ranked
// hits, and the chosen hit opened in place. Everything shown comes from the endpoints, so the
// read rule that limits the hits (and their count and snippets) also limits the preview. The
// lookup lives in the URL query (?q=…&open=letters:12), so it can be shared and reloaded.
import { Button, useStepNav } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import { formatJalaliDate } from '../../lib/jalali/format'
import { LETTER_KIND_LABELS, LETTER_STATUS_LABELS, URGENCY_LABELS, type LetterKind } from '../../lib/letters/options'
import { toPersianDigits } from '../../lib/persian/digits'
import { PURPOSE_LABELS, STATE_LABELS, type Purpose, type State } from '../../lib/referrals/states'
import { CLEARANCE_LABELS, CLEARANCE_LEVELS, isClearanceLevel } from '../../lib/security/clearance'
import type { SearchHit, SearchResult } from '../../server/search/search'
import { RegistryNumber } from '../Persian/RegistryNumber'

// The endpoint's own types (a type-only import: nothing of the server reaches the browser).
type Hit = SearchHit
type Result = SearchResult

/** The record types of the lookup (collection slugs), with their Persian names. */
const TYPE_LABELS = { letters: 'نامه', referrals: 'پاسخ ارجاع' } as const
type RecordType = keyof typeof TYPE_LABELS
const isRecordType = (t: string): t is RecordType => t === 'letters' || t === 'referrals'

const LIMIT = 20
const fa = (n: number | string) => toPersianDigits(String(n))

/** What the URL holds: the lookup itself (sent to /api/search) and the opened hit. */
type Query = { q: string; types: '' | RecordType; kind: string; classification: string; from: string; to: string; page: number }
const EMPTY: Query = { q: '', types: '', kind: '', classification: '', from: '', to: '', page: 1 }
type Target = { type: RecordType; id: number }

function readQuery(sp: URLSearchParams): Query {
  const types = sp.get('types') ?? ''
  const page = Number(sp.get('page'))
  return {
    q: sp.get('q') ?? '',
    types: isRecordType(types) ? types : '',
    kind: sp.get('kind') ?? '',
    classification: sp.get('classification') ?? '',
    from: sp.get('from') ?? '',
    to: sp.get('to') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

function readTarget(sp: URLSearchParams): Target | null {
  const m = /^([a-z-]+):(\d{1,9})$/.exec(sp.get('open') ?? '')
  return m && isRecordType(m[1]!) ? { type: m[1], id: Number(m[2]) } : null
}

/** Only what was given, in a fixed order, so the same lookup is the same URL. */
function queryString(query: Query, extra: Record<string, string> = {}): string {
  const out = new URLSearchParams()
  const trimmed: Record<string, string> = {
    q: query.q.trim(),
    types: query.types,
    kind: query.types === 'referrals' ? '' : query.kind,
    classification: query.classification,
    from: query.from.trim(),
    to: query.to.trim(),
    page: query.page > 1 ? String(query.page) : '',
    ...extra,
  }
  for (const [name, value] of Object.entries(trimmed)) if (value) out.set(name, value)
  return out.toString()
}

const hasCriteria = (q: Query) => Boolean(q.q.trim() || q.kind || q.classification || q.from.trim() || q.to.trim())

type View =
  | { status: 'idle' }
  | { status: 'loading'; previous: Result | null }
  | { status: 'done'; result: Result }
  | { status: 'error'; error: string }

/**
 * The endpoint's own (Persian) message; anything else — a generic English line, no body —
 * gives way to `fallback`, as this admin speaks only Persian.
 */
const errorOf = (json: unknown, fallback: string): string => {
  const message = (json as { errors?: { message?: unknown }[] } | null)?.errors?.[0]?.message
  return typeof message === 'string' && /[\u0600-\u06FF]/.test(message) ? message : fallback
}

function Badge({ classification }: { classification: string }) {
  if (!isClearanceLevel(classification) || classification === 'normal') return null
  return <span className={`lookup__badge lookup__badge--${classification}`}>{CLEARANCE_LABELS[classification]}</span>
}

const JalaliText = ({ text }: { text: string | null | undefined }) =>
  text ? (
    <span dir="ltr" className="dabir-ltr">
      {fa(text)}
    </span>
  ) : (
    <>—</>
  )

const jalaliOf = (iso: unknown): string | null => {
  if (typeof iso !== 'string' || !iso) return null
  try {
    return formatJalaliDate(iso)
  } catch {
    return null
  }
}

type Named = { name?: string; title?: string; fullName?: string; email?: string }
const nameOf = (value: unknown): string | null => {
  const v = (value as { value?: unknown } | null)?.value ?? value
  if (!v || typeof v !== 'object') return null
  const n = v as Named
  return n.name ?? n.title ?? n.fullName ?? n.email ?? null
}

type Row = [label: string, value: React.ReactNode]
type Shown = { title: string; rows: Row[]; text: Row | null; links: { label: string; href: string; newTab?: boolean }[] }

/** A letter as its preview shows it (fields the reader may not see simply do not come back). */
function letterPreview(doc: Record<string, unknown>, target: Target, hit: Hit | null): Shown {
  const kind = doc.kind as LetterKind | undefined
  const status = doc.status as keyof typeof LETTER_STATUS_LABELS | undefined
  const urgency = doc.urgency as keyof typeof URGENCY_LABELS | undefined
  const number = (doc.registryNumber as string | null) ?? null
  return {
    title: String(doc.subject ?? hit?.title ?? ''),
    rows: [
      ['شمارهٔ ثبت', number ? <RegistryNumber value={number} /> : 'ثبت‌نشده'],
      ['تاریخ', <JalaliText key="d" text={(doc.registeredAtJalali as string | null) ?? hit?.dateJalali ?? jalaliOf(doc.createdAt)} />],
      ['نوع نامه', kind ? LETTER_KIND_LABELS[kind] ?? kind : '—'],
      ['وضعیت', status ? LETTER_STATUS_LABELS[status] ?? status : '—'],
      ['طبقه‌بندی', isClearanceLevel(doc.classification) ? CLEARANCE_LABELS[doc.classification] : '—'],
      ['فوریت', urgency ? URGENCY_LABELS[urgency] ?? urgency : '—'],
      ['فرستنده', nameOf(doc.sender) ?? '—'],
    ],
    text: typeof doc.summary === 'string' && doc.summary.trim() ? ['خلاصه', doc.summary] : null,
    links: [
      { label: 'باز کردن در فرم', href: hit?.url ?? `/admin/collections/letters/${target.id}` },
      { label: 'PDF', href: `/api/letters/${target.id}/pdf`, newTab: true },
    ],
  }
}

/** A referral's response: the paper it carries, who referred it, and what came back. */
function referralPreview(doc: Record<string, unknown>, target: Target, hit: Hit | null): Shown {
  const record = (doc.record as { value?: unknown } | null)?.value
  const letter = record && typeof record === 'object' ? (record as Record<string, unknown>) : null
  const letterId = letter ? Number(letter.id) : typeof record === 'number' ? record : null
  const purpose = doc.purpose as Purpose | undefined
  const state = doc.state as State | undefined
  const number = (letter?.registryNumber as string | null | undefined) ?? null
  const response = typeof doc.response === 'string' ? doc.response.trim() : ''
  return {
    title: letter?.subject ? `پاسخ ارجاع: ${String(letter.subject)}` : (hit?.title ?? 'پاسخ ارجاع'),
    rows: [
      ['شمارهٔ ثبت نامه', number ? <RegistryNumber value={number} /> : '—'],
      ['تاریخ', <JalaliText key="d" text={hit?.dateJalali ?? jalaliOf(doc.updatedAt)} />],
      ['هدف ارجاع', purpose ? PURPOSE_LABELS[purpose] ?? purpose : '—'],
      ['وضعیت', state ? STATE_LABELS[state] ?? state : '—'],
      ['ارجاع‌دهنده', nameOf(doc.from) ?? '—'],
      ['هامش', typeof doc.instruction === 'string' && doc.instruction ? doc.instruction : '—'],
    ],
    text: response ? ['پاسخ / گزارش اقدام', response] : null,
    links: [
      { label: 'باز کردن در فرم', href: hit?.url ?? `/admin/collections/referrals/${target.id}` },
      ...(letterId ? [{ label: 'نامهٔ ارجاع‌شده', href: `/admin/collections/letters/${letterId}` }] : []),
    ],
  }
}

function Preview({ target, hit, onClose }: { target: Target; hit: Hit | null; onClose: () => void }) {
  const [doc, setDoc] = useState<Record<string, unknown> | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    setDoc(null)
    setError(null)
    fetch(`/api/${target.type}/${target.id}?depth=1`, { credentials: 'include', signal: controller.signal })
      .then(async (res) => {
        const json = await res.json().catch(() => null)
        if (res.ok) setDoc(json as Record<string, unknown>)
        else setError(errorOf(json, 'این سند در دسترس نیست.'))
      })
      .catch(() => {
        if (!controller.signal.aborted) setError('ارتباط با سامانه برقرار نشد.')
      })
    return () => controller.abort()
  }, [target.type, target.id])

  const shown = doc ? (target.type === 'letters' ? letterPreview : referralPreview)(doc, target, hit) : null
  return (
    <aside className="lookup__preview" aria-label="پیش‌نمایش سند" aria-busy={!doc && !error} data-preview={`${target.type}:${target.id}`}>
      <div className="lookup__preview-head">
        <span className="lookup__type">{TYPE_LABELS[target.type]}</span>
        {doc && <Badge classification={String(target.type === 'letters' ? doc.classification : (hit?.classification ?? 'normal'))} />}
        <button type="button" className="lookup__close" onClick={onClose} aria-label="بستن پیش‌نمایش">
          ×
        </button>
      </div>
      {error && (
        <p className="lookup__error" role="alert">
          {error}
        </p>
      )}
      {!doc && !error && <p className="lookup__muted">در حال بارگذاری سند…</p>}
      {shown && (
        <>
          <h3 className="lookup__preview-title">{shown.title}</h3>
          <dl className="lookup__fields">
            {shown.rows.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {shown.text && (
            <div className="lookup__text">
              <h4>{shown.text[0]}</h4>
              <p>{shown.text[1]}</p>
            </div>
          )}
          <div className="lookup__links">
            {shown.links.map((link) => (
              <a
                key={link.label}
                className="lookup__link"
                href={link.href}
                {...(link.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
              >
                {link.label}
              </a>
            ))}
          </div>
        </>
      )}
    </aside>
  )
}

export function Lookup() {
  const searchParams = useSearchParams()
  const urlKey = searchParams.toString()
  const query = useMemo(() => readQuery(new URLSearchParams(urlKey)), [urlKey])
  const target = useMemo(() => readTarget(new URLSearchParams(urlKey)), [urlKey])
  const queryKey = queryString(query)
  const apiKey = hasCriteria(query) ? queryString(query, { limit: String(LIMIT) }) : ''

  const [draft, setDraft] = useState<Query>(query)
  const [view, setView] = useState<View>({ status: 'idle' })
  // Sending the same lookup again (after a change elsewhere) must fetch again.
  const [round, setRound] = useState(0)
  const { setStepNav } = useStepNav()

  useEffect(() => {
    setStepNav([{ label: 'جستجوی اسناد' }])
  }, [setStepNav])

  // Back and forward bring their own lookup into the form (opening a hit leaves it alone).
  useEffect(() => {
    setDraft(readQuery(new URLSearchParams(queryKey)))
  }, [queryKey])

  useEffect(() => {
    if (!apiKey) {
      setView({ status: 'idle' })
      return
    }
    const controller = new AbortController()
    setView((v) => ({ status: 'loading', previous: v.status === 'done' ? v.result : v.status === 'loading' ? v.previous : null }))
    fetch(`/api/search?${apiKey}`, { credentials: 'include', signal: controller.signal })
      .then(async (res) => {
        const json = await res.json().catch(() => null)
        if (res.ok) setView({ status: 'done', result: json as Result })
        else
          setView({
            status: 'error',
            error: errorOf(json, res.status === 400 ? 'جستجو پذیرفته نشد؛ عبارت، تاریخ‌ها (مانند ۱۴۰۵/۰۹/۰۱) و پالایه‌ها را بررسی کنید.' : 'جستجو انجام نشد.'),
          })
      })
      .catch(() => {
        if (!controller.signal.aborted) setView({ status: 'error', error: 'ارتباط با سامانه برقرار نشد.' })
      })
    return () => controller.abort()
  }, [apiKey, round])

  /** Next's router follows history.pushState/replaceState (useSearchParams updates), with no server round trip. */
  const navigate = useCallback((next: Query, open: Target | null, mode: 'push' | 'replace') => {
    const qs = queryString(next, open ? { open: `${open.type}:${open.id}` } : {})
    const url = qs ? `?${qs}` : window.location.pathname
    if (mode === 'push') window.history.pushState(null, '', url)
    else window.history.replaceState(null, '', url)
  }, [])

  const submit = (next: Query) => {
    const fresh = { ...next, page: 1 }
    setDraft(fresh)
    navigate(fresh, null, 'push')
    // The same lookup again (the URL's lookup does not change): fetch it anew all the same.
    if (queryString(fresh) === queryKey) setRound((r) => r + 1)
  }
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault()
    submit(draft)
  }
  // A chosen filter applies at once; typed text (the box, the dates) waits for Enter.
  const choose = (patch: Partial<Query>) => submit({ ...draft, ...patch })
  const goToPage = (page: number) => {
    navigate({ ...query, page }, null, 'push')
    window.scrollTo({ top: 0 })
  }
  const open = (hit: Hit) => {
    if (!isRecordType(hit.type)) return
    const same = target?.type === hit.type && target.id === hit.id
    navigate(query, same ? null : { type: hit.type, id: hit.id }, 'replace')
  }

  const result = view.status === 'done' ? view.result : view.status === 'loading' ? view.previous : null
  const pages = result ? Math.max(1, Math.ceil(result.totalDocs / result.limit)) : 1
  const openHit = target && result ? (result.docs.find((d) => d.type === target.type && d.id === target.id) ?? null) : null

  return (
    <section className="lookup" dir="rtl">
      <h1 className="lookup__heading">جستجوی اسناد</h1>
      <form className="lookup__form" role="search" onSubmit={onSubmit}>
        <div className="lookup__bar">
          <input
            type="search"
            name="q"
            className="lookup__q"
            aria-label="عبارت جستجو"
            placeholder="شماره، موضوع، متن، فرستنده…"
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            autoFocus
            autoComplete="off"
          />
          <Button type="submit" buttonStyle="primary" size="medium" margin={false} className="lookup__submit">
            جستجو
          </Button>
        </div>
        <div className="lookup__filters">
          <label>
            <span>نوع سند</span>
            <select
              name="types"
              value={draft.types}
              onChange={(e) => {
                const types = e.target.value as Query['types']
                choose({ types, kind: types === 'referrals' ? '' : draft.kind })
              }}
            >
              <option value="">همه</option>
              {(Object.keys(TYPE_LABELS) as RecordType[]).map((t) => (
                <option key={t} value={t}>
                  {TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>نوع نامه</span>
            <select name="kind" value={draft.kind} disabled={draft.types === 'referrals'} onChange={(e) => choose({ kind: e.target.value })}>
              <option value="">همه</option>
              {(Object.keys(LETTER_KIND_LABELS) as LetterKind[]).map((k) => (
                <option key={k} value={k}>
                  {LETTER_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>طبقه‌بندی</span>
            <select name="classification" value={draft.classification} onChange={(e) => choose({ classification: e.target.value })}>
              <option value="">همه</option>
              {CLEARANCE_LEVELS.map((c) => (
                <option key={c} value={c}>
                  {CLEARANCE_LABELS[c]}
                </option>
              ))}
            </select>
          </label>
          {(['from', 'to'] as const).map((field) => (
            <label key={field}>
              <span>{field === 'from' ? 'از تاریخ' : 'تا تاریخ'}</span>
              <input
                name={field}
                className="lookup__date-input"
                dir="ltr"
                inputMode="numeric"
                placeholder={field === 'from' ? '۱۴۰۵/۰۱/۰۱' : '۱۴۰۵/۱۲/۲۹'}
                value={draft[field]}
                onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
              />
            </label>
          ))}
        </div>
      </form>

      <div className="lookup__status" aria-live="polite">
        {view.status === 'idle' && <p className="lookup__muted">عبارتی بنویسید یا یکی از پالایه‌ها را برگزینید و کلید «اینتر» را بزنید.</p>}
        {view.status === 'loading' && <p className="lookup__muted">در حال جستجو…</p>}
        {view.status === 'error' && (
          <p className="lookup__error" role="alert">
            {view.error}
          </p>
        )}
        {view.status === 'done' && view.result.totalDocs > 0 && (
          <p className="lookup__count">
            {view.result.totalIsCapped ? `بیش از ${fa(view.result.totalDocs)} سند؛ برای یافتن دقیق‌تر، واژه یا پالایه بیفزایید` : `${fa(view.result.totalDocs)} سند`}
            {pages > 1 && <span className="lookup__muted"> · صفحهٔ {fa(view.result.page)} از {fa(pages)}</span>}
          </p>
        )}
        {view.status === 'done' && view.result.totalDocs === 0 && <p className="lookup__empty">سندی یافت نشد</p>}
      </div>

      <div className={`lookup__body${target ? ' lookup__body--open' : ''}`}>
        {result && result.docs.length > 0 && view.status !== 'error' && (
          <div className="lookup__results">
            <ol className="lookup__hits" aria-busy={view.status === 'loading'}>
              {result.docs.map((hit) => {
                const key = `${hit.type}:${hit.id}`
                const selected = target?.type === hit.type && target.id === hit.id
                return (
                  <li key={key}>
                    <button
                      type="button"
                      className={`lookup__hit${selected ? ' lookup__hit--selected' : ''}`}
                      data-hit={key}
                      aria-pressed={selected}
                      onClick={() => open(hit)}
                    >
                      <span className="lookup__hit-head">
                        <span className="lookup__type">{isRecordType(hit.type) ? TYPE_LABELS[hit.type] : hit.type}</span>
                        {hit.registryNumber && <RegistryNumber className="lookup__number" value={hit.registryNumber} />}
                        <span className="lookup__title">{hit.title}</span>
                        <Badge classification={hit.classification} />
                        <span className="lookup__date">
                          <JalaliText text={hit.dateJalali} />
                        </span>
                      </span>
                      {hit.snippet && (
                        // The server escapes the snippet's HTML and adds only <mark> tags around
                        // the matched words (src/lib/search/snippet.ts), so it is set as markup as it is.
                        <span className="lookup__snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
                      )}
                    </button>
                  </li>
                )
              })}
            </ol>
            {pages > 1 && (
              <nav className="lookup__pager" aria-label="صفحه‌ها">
                <button type="button" disabled={query.page <= 1 || view.status === 'loading'} onClick={() => goToPage(query.page - 1)}>
                  قبلی
                </button>
                <span>
                  صفحهٔ {fa(query.page)} از {fa(pages)}
                </span>
                <button type="button" disabled={query.page >= pages || view.status === 'loading'} onClick={() => goToPage(query.page + 1)}>
                  بعدی
                </button>
              </nav>
            )}
          </div>
        )}
        {target && <Preview key={`${target.type}:${target.id}`} target={target} hit={openHit} onClose={() => navigate(query, null, 'replace')} />}
      </div>
    </section>
  )
}

