'use client'
// The registry book page's form: a book by name, a Jalali period, then the PDF to open or save.
import React, { useEffect, useRef, useState } from 'react'

import { formatJalaliDate, jalaliDateOf, tehranDayRange } from '../../lib/jalali'
import { requestJson } from '../DocumentActions/request'
import { JalaliDays } from './JalaliDays'
import { fetchPdf, type PdfResult } from './pdfDownload'

type Book = { id: number; name: string; code: string; active?: boolean }

const msg = {
  book: 'دفتر',
  from: 'از تاریخ',
  to: 'تا تاریخ',
  make: 'تهیهٔ PDF',
  making: 'در حال تهیه…',
  open: 'باز کردن PDF',
  save: 'ذخیرهٔ PDF',
  noBooks: 'دفتری تعریف نشده است.',
  loading: 'در حال خواندن دفترها…',
  ready: 'PDF آماده است.',
  pickBook: 'دفتر را برگزینید.',
}

/** The period this Jalali year so far: Farvardin 1 to today (Tehran), as ISO day starts. */
function thisYear(): { from: string; to: string } {
  const today = jalaliDateOf(new Date())
  return {
    from: tehranDayRange({ jy: today.jy, jm: 1, jd: 1 }).start.toISOString(),
    to: tehranDayRange(today).start.toISOString(),
  }
}

export function RegistryBookForm() {
  const [books, setBooks] = useState<Book[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [book, setBook] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<PdfResult | null>(null)
  const initial = useRef(thisYear()).current

  useEffect(() => {
    let live = true
    void requestJson<{ docs: Book[] }>('GET', '/api/registry-books?limit=100&depth=0').then((res) => {
      if (!live) return
      if (!res.ok) return setProblem(res.message)
      // Active books first, in the order the office set them up (the incoming book first, as
      // data/registry-books.json lists them), not by name: «داخلی» would come before «وارده».
      const docs = [...res.data.docs].sort((a, b) => Number(b.active !== false) - Number(a.active !== false) || Number(a.id) - Number(b.id))
      setBooks(docs)
      if (docs[0]) setBook(String(docs[0].id))
    })
    return () => {
      live = false
    }
  }, [])

  // A replaced or abandoned PDF's blob is let go.
  useEffect(() => () => (result?.ok ? URL.revokeObjectURL(result.url) : undefined), [result])

  if (problem) return <p className="desk-report__error" role="alert">{problem}</p>
  if (!books) return <p className="desk-report__note">{msg.loading}</p>
  if (!books.length) return <p className="desk-report__note">{msg.noBooks}</p>

  return (
    <JalaliDays
      fields={[
        { name: 'from', label: msg.from },
        { name: 'to', label: msg.to },
      ]}
      initial={initial}
    >
      {(values, check) => {
        const make = async () => {
          if (!book) return setResult({ ok: false, message: msg.pickBook })
          if (!(await check())) return
          setBusy(true)
          const q = new URLSearchParams({ book })
          if (values.from) q.set('from', formatJalaliDate(values.from))
          if (values.to) q.set('to', formatJalaliDate(values.to))
          const name = books.find((b) => String(b.id) === book)?.name ?? msg.book
          setResult(await fetchPdf(`/api/registry-book.pdf?${q}`, `${name}.pdf`))
          setBusy(false)
        }
        return (
          <>
            <div className="desk-report__form">
              <div>
                <label className="desk-report__label" htmlFor="registry-book-select">
                  {msg.book}
                </label>
                <select id="registry-book-select" value={book} onChange={(e) => setBook(e.target.value)}>
                  {books.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="desk-report__actions">
              <button type="button" className="desk-report__button" onClick={make} disabled={busy}>
                {busy ? msg.making : msg.make}
              </button>
              {result?.ok && (
                <>
                  <span className="desk-report__note" role="status">
                    {msg.ready}
                  </span>
                  <a className="desk-report__button desk-report__button--secondary" href={result.url} target="_blank" rel="noopener">
                    {msg.open}
                  </a>
                  <a className="desk-report__button desk-report__button--secondary" href={result.url} download={result.filename}>
                    {msg.save}
                  </a>
                </>
              )}
            </div>
            {result && !result.ok && (
              <p className="desk-report__error" role="alert">
                {result.message}
              </p>
            )}
          </>
        )
      }}
    </JalaliDays>
  )
}
