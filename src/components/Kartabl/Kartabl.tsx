'use client'
// The office's desk on the admin dashboard: what GET /api/kartabl returns, with one-click
// actions. Everything shown comes from the endpoint, so the same read rule applies.
import React, { useCallback, useEffect, useState } from 'react'

import { PURPOSE_LABELS, STATE_LABELS, type Purpose, type State } from '../../lib/referrals/states'
import { toPersianDigits } from '../../lib/persian/digits'

type Row = {
  id: number
  purpose: Purpose
  state: State
  instruction: string | null
  deadlineJalali: string | null
  createdAtJalali: string
  overdue: boolean
  record: { id: number; registryNumber: string | null; subject: string | null; urgency: string } | null
}
type Section = { docs: Row[]; totalDocs: number }
type Desk = { inbox: Section; sent: Section; counts: { sent: number; seen: number; inProgress: number; overdue: number } }

const fa = (n: number | string) => toPersianDigits(String(n))

async function patch(id: number, body: Record<string, unknown>): Promise<string | null> {
  const res = await fetch(`/api/referrals/${id}`, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (res.ok) return null
  const json = await res.json().catch(() => ({}))
  return json?.errors?.[0]?.message ?? 'انجام نشد.'
}

type Colleague = { id: number; fullName: string }

/** «ارجاع به دیگری»: the same paper onward, as a child of this referral (the tree grows). */
function ReferOnward({ row, colleagues, onDone }: { row: Row; colleagues: Colleague[]; onDone: (problem: string | null) => void }) {
  const [to, setTo] = useState('')
  const [purpose, setPurpose] = useState<Purpose>('action')
  const [instruction, setInstruction] = useState('')
  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!row.record || !to) return
    const res = await fetch('/api/referrals', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ record: { relationTo: 'letters', value: row.record.id }, to: [Number(to)], purpose, instruction, parent: row.id }),
    })
    const json = await res.json().catch(() => ({}))
    onDone(res.ok ? null : (json?.errors?.[0]?.message ?? 'انجام نشد.'))
  }
  return (
    <form className="kartabl__onward" onSubmit={submit}>
      <select aria-label="گیرنده" value={to} onChange={(e) => setTo(e.target.value)} required>
        <option value="">گیرنده…</option>
        {colleagues.map((c) => (
          <option key={c.id} value={c.id}>{c.fullName}</option>
        ))}
      </select>
      <select aria-label="هدف" value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)}>
        {(Object.keys(PURPOSE_LABELS) as Purpose[]).map((p) => (
          <option key={p} value={p}>{PURPOSE_LABELS[p]}</option>
        ))}
      </select>
      <input aria-label="هامش" placeholder="هامش" value={instruction} onChange={(e) => setInstruction(e.target.value)} />
      <button type="submit">ارجاع</button>
    </form>
  )
}

export function Kartabl() {
  const [desk, setDesk] = useState<Desk | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [onward, setOnward] = useState<number | null>(null)
  const [colleagues, setColleagues] = useState<Colleague[]>([])

  const load = useCallback(async () => {
    const res = await fetch('/api/kartabl?limit=50', { credentials: 'include' })
    if (res.ok) setDesk(await res.json())
    else setError('کارتابل در دسترس نیست.')
  }, [])
  useEffect(() => {
    void load()
  }, [load])
  const openOnward = async (row: Row) => {
    setOnward(onward === row.id ? null : row.id)
    if (!colleagues.length) {
      const res = await fetch('/api/users?limit=200&depth=0&sort=fullName&where[active][equals]=true', { credentials: 'include' })
      if (res.ok) setColleagues(((await res.json()).docs as Colleague[]).map(({ id, fullName }) => ({ id, fullName })))
    }
  }

  const act = async (row: Row, body: Record<string, unknown> | null) => {
    if (!body) return
    const problem = await patch(row.id, body)
    setError(problem)
    await load()
  }
  const askThen = (question: string, key: string, state: string) => (row: Row) => {
    const text = window.prompt(question)
    return act(row, text && text.trim() ? { state, [key]: text.trim() } : null)
  }
  const finish = (row: Row) =>
    row.purpose === 'information' ? act(row, { state: 'done' }) : askThen('پاسخ یا گزارش اقدام:', 'response', 'done')(row)

  if (!desk) return <section className="kartabl" dir="rtl">{error ?? 'در حال بارگذاری کارتابل…'}</section>

  const table = (rows: Row[], mine: boolean) => (
    <table className="kartabl__table">
      <thead>
        <tr>
          <th>شماره</th>
          <th>موضوع</th>
          <th>هدف</th>
          <th>وضعیت</th>
          <th>مهلت</th>
          <th>هامش</th>
          {mine && <th>اقدام</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={row.overdue ? 'kartabl__overdue' : undefined} data-referral={row.id}>
            <td>{row.record?.registryNumber ? fa(row.record.registryNumber) : '—'}</td>
            <td>
              {row.record ? <a href={`/admin/collections/letters/${row.record.id}`}>{row.record.subject ?? '(بدون دسترسی به موضوع)'}</a> : '—'}
            </td>
            <td>{PURPOSE_LABELS[row.purpose]}</td>
            <td>{STATE_LABELS[row.state]}</td>
            <td>
              {row.deadlineJalali ? fa(row.deadlineJalali) : '—'}
              {row.overdue && <strong className="kartabl__late"> (دیرکرد)</strong>}
            </td>
            <td>{row.instruction ?? ''}</td>
            {mine && (
              <td className="kartabl__actions">
                {row.state === 'sent' && <button type="button" onClick={() => act(row, { state: 'seen' })}>دیدم</button>}
                {row.state !== 'in-progress' && row.purpose !== 'information' && (
                  <button type="button" onClick={() => act(row, { state: 'in-progress' })}>در دست اقدام</button>
                )}
                <button type="button" onClick={() => finish(row)}>انجام شد</button>
                <button type="button" onClick={() => askThen('علت عودت:', 'returnReason', 'returned')(row)}>عودت</button>
                <button type="button" onClick={() => openOnward(row)}>ارجاع به دیگری</button>
                {onward === row.id && (
                  <ReferOnward
                    row={row}
                    colleagues={colleagues}
                    onDone={async (problem) => {
                      setError(problem)
                      if (!problem) setOnward(null)
                      await load()
                    }}
                  />
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )

  const c = desk.counts
  return (
    <section className="kartabl" dir="rtl">
      <h2>کارتابل من</h2>
      <p className="kartabl__counts">
        تازه: {fa(c.sent)} · دیده‌شده: {fa(c.seen)} · در دست اقدام: {fa(c.inProgress)} · دیرکرد: {fa(c.overdue)}
      </p>
      {error && <p className="kartabl__error" role="alert">{error}</p>}
      <h3>ارجاع‌های به من ({fa(desk.inbox.totalDocs)})</h3>
      {desk.inbox.docs.length ? table(desk.inbox.docs, true) : <p>ارجاع بازی ندارید.</p>}
      <h3>ارجاع‌های من که هنوز باز است ({fa(desk.sent.totalDocs)})</h3>
      {desk.sent.docs.length ? table(desk.sent.docs, false) : <p>ارجاع بازی نفرستاده‌اید.</p>}
    </section>
  )
}
