'use client'
// The digest of one Jalali day, drawn from GET /api/digest (what the server built for this
// reader, nothing more): sections, groups and papers, Persian digits throughout; the same day as
// a PDF on request.
import React, { useCallback, useEffect, useRef, useState } from 'react'

import type { Digest, DigestItem, DigestSectionResult } from '../../lib/digest/model'
import { formatJalaliDate, jalaliDateOf, tehranDayRange } from '../../lib/jalali'
import { toPersianDigits } from '../../lib/persian/digits'
import { CLEARANCE_LABELS } from '../../lib/security/clearance'
import { requestJson } from '../DocumentActions/request'
import { JalaliDays } from '../RegistryBookView/JalaliDays'
import { fetchPdf, type PdfResult } from '../RegistryBookView/pdfDownload'
import { RegistryNumber } from '../Persian/RegistryNumber'

const msg = {
  day: 'روز',
  show: 'نمایش',
  loading: 'در حال تهیهٔ گزارش…',
  pdf: 'دریافت PDF',
  open: 'باز کردن PDF',
  save: 'ذخیرهٔ PDF',
  empty: 'موردی نیست.',
  hidden: '(بیرون از دسترسی شما)',
  period: (d: Digest) => `گزارش ${d.dateJalali} — از ${formatJalaliDate(d.from)} تا ${formatJalaliDate(d.to)}`,
}

const fa = (s: string | number) => toPersianDigits(String(s))
const count = (s: DigestSectionResult) => s.groups.reduce((n, g) => n + g.items.length, 0)

function Item({ item }: { item: DigestItem }) {
  return (
    <li className="desk-report__item">
      {item.number ? <RegistryNumber className="desk-report__number" value={item.number} /> : <span className="desk-report__number">—</span>}{' '}
      {item.classification !== 'normal' && <span className="desk-report__level">({CLEARANCE_LABELS[item.classification]})</span>} —{' '}
      <span>{item.title ?? msg.hidden}</span>
      {item.summary && <span> — {item.summary}</span>}
      {item.lines?.length ? <div className="desk-report__facts">{item.lines.map(fa).join('؛ ')}</div> : null}
    </li>
  )
}

function Section({ section }: { section: DigestSectionResult }) {
  return (
    <section className="desk-report__section" data-section={section.key}>
      <h2>
        {section.title} ({fa(count(section))})
      </h2>
      {section.intro && <p>{fa(section.intro)}</p>}
      {count(section) === 0 && <p className="desk-report__note">{msg.empty}</p>}
      {section.groups
        .filter((g) => g.items.length)
        .map((g, i) => (
          <div key={i}>
            {g.heading && (
              <h3>
                {g.heading} ({fa(g.items.length)})
              </h3>
            )}
            <ul className="desk-report__items">
              {g.items.map((item, n) => (
                <Item key={n} item={item} />
              ))}
            </ul>
          </div>
        ))}
    </section>
  )
}

export function DigestPage() {
  const today = useRef(tehranDayRange(jalaliDateOf(new Date())).start.toISOString()).current
  const [digest, setDigest] = useState<Digest | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [pdf, setPdf] = useState<PdfResult | null>(null)

  const load = useCallback(async (day: string | null) => {
    setBusy(true)
    setProblem(null)
    setPdf(null)
    const q = day ? `?date=${encodeURIComponent(formatJalaliDate(day))}` : ''
    const res = await requestJson<Digest>('GET', `/api/digest${q}`)
    setBusy(false)
    if (res.ok) setDigest(res.data)
    else {
      setDigest(null)
      setProblem(res.message)
    }
  }, [])

  useEffect(() => {
    void load(today)
  }, [load, today])
  useEffect(() => () => (pdf?.ok ? URL.revokeObjectURL(pdf.url) : undefined), [pdf])

  return (
    <JalaliDays fields={[{ name: 'day', label: msg.day, required: true }]} initial={{ day: today }}>
      {(values, check) => (
        <>
          <div className="desk-report__actions">
            <button
              type="button"
              className="desk-report__button"
              disabled={busy}
              onClick={async () => {
                if (await check()) await load(values.day)
              }}
            >
              {msg.show}
            </button>
            <button
              type="button"
              className="desk-report__button desk-report__button--secondary"
              disabled={busy || !digest}
              onClick={async () => {
                if (!digest) return
                const q = `?date=${encodeURIComponent(digest.dateJalali)}&format=pdf`
                setPdf(await fetchPdf(`/api/digest${q}`, `گزارش روزانه ${digest.dateJalali.replace(/\//g, '-')}.pdf`))
              }}
            >
              {msg.pdf}
            </button>
            {pdf?.ok && (
              <>
                <a className="desk-report__button desk-report__button--secondary" href={pdf.url} target="_blank" rel="noopener">
                  {msg.open}
                </a>
                <a className="desk-report__button desk-report__button--secondary" href={pdf.url} download={pdf.filename}>
                  {msg.save}
                </a>
              </>
            )}
          </div>
          {pdf && !pdf.ok && (
            <p className="desk-report__error" role="alert">
              {pdf.message}
            </p>
          )}
          {problem && (
            <p className="desk-report__error" role="alert">
              {problem}
            </p>
          )}
          {busy && <p className="desk-report__note">{msg.loading}</p>}
          {digest && !busy && (
            <article className="desk-report__digest" data-day={digest.dateJalali}>
              <p className="desk-report__note">{fa(msg.period(digest))}</p>
              {digest.sections.map((s) => (
                <Section key={s.key} section={s} />
              ))}
            </article>
          )}
        </>
      )}
    </JalaliDays>
  )
}
