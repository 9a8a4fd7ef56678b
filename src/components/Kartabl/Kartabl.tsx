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

export function Kartabl() {
  const [desk, setDesk] = useState<Desk | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const res = await fetch('/api/kartabl?limit=50', { credentials: 'include' })
    if (res.ok) setDesk(await res.json())
    else setError('کارتابل در دسترس نیست.')
  }, [])
  useEffect(() => {
    void load()
  }, [load])

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
                <a href={`/admin/collections/referrals/create`}>ارجاع به دیگری</a>
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
