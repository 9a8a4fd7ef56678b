'use client'
// The user's desk, the dashboard's first block: four lists of GET /api/kartabl (کارتابل،
// انجام‌شده، پیگیری، پیشنهادها) as tabs with counts, a filter, paging, and the actions of each
// list. Everything shown comes from the endpoint, called as the user, so the read rule applies;
// every move goes through the referrals' REST API (its rules and Persian refusals).
import React, { useCallback, useEffect, useState } from 'react'

import { requestJson } from '../DocumentActions/request'
import { KARTABL_LISTS, LIST_STATES, type KartablList } from '../../lib/kartabl/params'
import { URGENCY_LABELS } from '../../lib/letters/options'
import { toPersianDigits } from '../../lib/persian/digits'
import { PURPOSE_LABELS, REFERRAL_PURPOSES, STATE_LABELS, type Purpose, type State } from '../../lib/referrals/states'
import { CLEARANCE_LABELS } from '../../lib/security/clearance'
import { RichTextView } from '../RichText/RichTextView'
import { RespondDialog, type RespondMode } from './RespondDialog'
import { EMPTY, TAB_LABELS, text } from './text'
import type { KartablPage, KartablRow } from './types'

import './Kartabl.scss'
import { RegistryNumber } from '../Persian/RegistryNumber'

const fa = (n: number | string) => toPersianDigits(String(n))
const label = (labels: Record<string, string>, key: string | null | undefined) => (key ? (labels[key] ?? key) : '—')

type Colleague = { id: number; fullName: string }
type Filter = { state: string; purpose: string; overdue: string; q: string }
const NO_FILTER: Filter = { state: '', purpose: '', overdue: '', q: '' }

/** Active colleagues a referral may go to: never oneself, the system admin or the auditor. */
async function loadColleagues(): Promise<Colleague[]> {
  const [me, res] = await Promise.all([
    requestJson<{ user: { id: number } | null }>('GET', '/api/users/me'),
    requestJson<{ docs: { id: number; fullName: string; roles?: string[] }[] }>('GET', '/api/users?limit=200&depth=0&sort=fullName&where[active][equals]=true'),
  ])
  if (!res.ok) return []
  const self = me.ok ? me.data.user?.id : undefined
  return res.data.docs.filter((u) => u.id !== self && !(u.roles ?? []).some((r) => r === 'admin' || r === 'auditor')).map(({ id, fullName }) => ({ id, fullName }))
}

/** Opens the paper: the referral is marked seen on the server first (a recipient's first look). */
async function openPaper(event: React.MouseEvent<HTMLAnchorElement>, row: KartablRow) {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return
  event.preventDefault()
  const href = event.currentTarget.href
  await requestJson('POST', `/api/kartabl/${row.id}/open`)
  window.location.assign(href)
}

/** «ارجاع به دیگری»: the same paper onward, as a child of this referral (the tree grows). */
function ReferOnward({ row, colleagues, onDone }: { row: KartablRow; colleagues: Colleague[]; onDone: (problem: string | null) => void }) {
  const [to, setTo] = useState('')
  const [purpose, setPurpose] = useState<Purpose>('action')
  const [instruction, setInstruction] = useState('')
  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!row.record || !to) return
    const res = await requestJson('POST', '/api/referrals', {
      record: { relationTo: row.record.relationTo, value: row.record.id },
      to: [Number(to)],
      purpose,
      instruction,
      parent: row.id,
    })
    onDone(res.ok ? null : res.message)
  }
  return (
    <form className="kartabl__onward" onSubmit={submit}>
      <select aria-label={text.onward.to} value={to} onChange={(e) => setTo(e.target.value)} required>
        <option value="">{text.onward.pick}</option>
        {colleagues.map((c) => (
          <option key={c.id} value={c.id}>
            {c.fullName}
          </option>
        ))}
      </select>
      <select aria-label={text.onward.purpose} value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)}>
        {REFERRAL_PURPOSES.map((p) => (
          <option key={p} value={p}>
            {PURPOSE_LABELS[p]}
          </option>
        ))}
      </select>
      <input aria-label={text.onward.instruction} placeholder={text.onward.instruction} value={instruction} onChange={(e) => setInstruction(e.target.value)} />
      <button type="submit">{text.onward.submit}</button>
    </form>
  )
}

/** Reviewing a proposed referral before it is sent: recipient, purpose, instruction. */
function DraftEditor({ row, colleagues, onDone }: { row: KartablRow; colleagues: Colleague[]; onDone: (problem: string | null) => void }) {
  const [to, setTo] = useState('')
  const [purpose, setPurpose] = useState<Purpose>(row.purpose)
  const [instruction, setInstruction] = useState(row.instruction ?? '')
  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const res = await requestJson('PATCH', `/api/referrals/${row.id}?depth=0`, {
      purpose,
      instruction,
      // A recipient picked here replaces the proposed post or unit.
      ...(to ? { to: [Number(to)], toPost: null, toUnit: null } : {}),
    })
    onDone(res.ok ? null : res.message)
  }
  return (
    <form className="kartabl__onward kartabl__draft-edit" onSubmit={submit}>
      <select aria-label={text.draftEdit.to} value={to} onChange={(e) => setTo(e.target.value)}>
        <option value="">{text.draftEdit.keep}</option>
        {colleagues.map((c) => (
          <option key={c.id} value={c.id}>
            {c.fullName}
          </option>
        ))}
      </select>
      <select aria-label={text.draftEdit.purpose} value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)}>
        {REFERRAL_PURPOSES.map((p) => (
          <option key={p} value={p}>
            {PURPOSE_LABELS[p]}
          </option>
        ))}
      </select>
      <input aria-label={text.draftEdit.instruction} placeholder={text.draftEdit.instruction} value={instruction} onChange={(e) => setInstruction(e.target.value)} />
      <button type="submit">{text.actions.save}</button>
      <button type="button" onClick={() => onDone(null)}>
        {text.actions.cancel}
      </button>
    </form>
  )
}

type Column = { key: string; title: string; cell: (row: KartablRow) => React.ReactNode; className?: string }

function Outcome({ row }: { row: KartablRow }) {
  if (!row.contentShown) return <span className="kartabl__muted">{text.outcome.hidden}</span>
  return (
    <div className="kartabl__outcome">
      {row.response && (
        <div className="kartabl__response">
          <strong>{text.outcome.response}:</strong> <RichTextView value={row.response} className="kartabl__text" />
        </div>
      )}
      {row.returnReason && (
        <p>
          <strong>{text.outcome.returnReason}:</strong> <span className="kartabl__text">{row.returnReason}</span>
        </p>
      )}
      {row.responseAttachments.length > 0 && (
        <p>
          <strong>{text.outcome.files}:</strong>{' '}
          {row.responseAttachments.map((f, i) => (
            <React.Fragment key={f.id}>
              {i > 0 && '، '}
              <a href={`/admin/collections/attachments/${f.id}`}>{fa(f.title)}</a>
            </React.Fragment>
          ))}
        </p>
      )}
    </div>
  )
}

const COLUMNS: Record<string, Column> = {
  number: {
    key: 'number',
    title: text.columns.number,
    className: 'kartabl__number',
    cell: (row) => (row.record?.registryNumber ? <RegistryNumber value={row.record.registryNumber} /> : '—'),
  },
  subject: {
    key: 'subject',
    title: text.columns.subject,
    cell: (row) =>
      row.record ? (
        <a className="kartabl__open" href={`/admin/collections/${row.record.relationTo}/${row.record.id}`} onClick={(e) => void openPaper(e, row)}>
          {row.record.subject ?? text.noSubject}
        </a>
      ) : (
        '—'
      ),
  },
  from: { key: 'from', title: text.columns.from, cell: (row) => row.fromName ?? '—' },
  to: { key: 'to', title: text.columns.to, cell: (row) => row.toNames.filter(Boolean).join('، ') || '—' },
  when: { key: 'when', title: text.columns.when, cell: (row) => <bdi>{fa(row.createdAtJalaliTime)}</bdi> },
  purpose: { key: 'purpose', title: text.columns.purpose, cell: (row) => PURPOSE_LABELS[row.purpose] },
  urgency: { key: 'urgency', title: text.columns.urgency, cell: (row) => label(URGENCY_LABELS, row.record?.urgency) },
  classification: { key: 'classification', title: text.columns.classification, cell: (row) => label(CLEARANCE_LABELS, row.record?.classification) },
  deadline: {
    key: 'deadline',
    title: text.columns.deadline,
    cell: (row) => (
      <>
        {row.deadlineJalali ? <bdi>{fa(row.deadlineJalali)}</bdi> : '—'}
        {row.overdue && <strong className="kartabl__late"> ({text.late})</strong>}
      </>
    ),
  },
  state: { key: 'state', title: text.columns.state, className: 'kartabl__state', cell: (row) => STATE_LABELS[row.state] },
  instruction: { key: 'instruction', title: text.columns.instruction, cell: (row) => <span className="kartabl__text">{row.instruction ?? ''}</span> },
  outcome: { key: 'outcome', title: text.columns.outcome, cell: (row) => <Outcome row={row} /> },
  closedAt: { key: 'closedAt', title: text.columns.closedAt, cell: (row) => <bdi>{fa(row.updatedAtJalaliTime)}</bdi> },
  notice: {
    key: 'notice',
    title: text.columns.notice,
    cell: (row) => (row.notice ? <span className="kartabl__notice">{`${text.noticeKinds[row.notice.kind] ?? ''} — `}<bdi>{fa(row.notice.createdAtJalali)}</bdi></span> : '—'),
  },
}

const LIST_COLUMNS: Record<KartablList, string[]> = {
  inbox: ['number', 'subject', 'from', 'when', 'purpose', 'urgency', 'classification', 'deadline', 'state', 'instruction'],
  done: ['number', 'subject', 'from', 'when', 'purpose', 'urgency', 'classification', 'state', 'outcome', 'closedAt'],
  followup: ['number', 'subject', 'to', 'when', 'purpose', 'urgency', 'classification', 'deadline', 'state', 'outcome', 'notice'],
  drafts: ['number', 'subject', 'to', 'when', 'purpose', 'urgency', 'classification', 'deadline', 'instruction'],
}

export function Kartabl() {
  const [list, setList] = useState<KartablList>('inbox')
  const [page, setPage] = useState(1)
  const [filter, setFilter] = useState<Filter>(NO_FILTER)
  const [draftFilter, setDraftFilter] = useState<Filter>(NO_FILTER)
  const [data, setData] = useState<KartablPage | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [editing, setEditing] = useState<{ id: number; kind: 'onward' | 'draft' } | null>(null)
  const [responding, setResponding] = useState<{ row: KartablRow; mode: RespondMode } | null>(null)
  const [colleagues, setColleagues] = useState<Colleague[] | null>(null)

  const load = useCallback(async () => {
    const params = new URLSearchParams({ list, page: String(page), limit: '20' })
    for (const [key, value] of Object.entries(filter)) if (value.trim()) params.set(key, value.trim())
    const res = await requestJson<KartablPage>('GET', `/api/kartabl?${params}`)
    if (res.ok) {
      setData(res.data)
      // A page emptied by a move (the last row of the last page) steps back.
      if (!res.data.docs.length && page > 1) setPage(page - 1)
    } else setError(res.message || text.unavailable)
  }, [list, page, filter])
  useEffect(() => {
    void load()
  }, [load])

  const needColleagues = async () => {
    if (!colleagues) setColleagues(await loadColleagues())
  }
  const act = async (row: KartablRow, body: Record<string, unknown>) => {
    const res = await requestJson('PATCH', `/api/referrals/${row.id}?depth=0`, body)
    setError(res.ok ? null : res.message)
    await load()
  }
  const finished = async (problem: string | null) => {
    setError(problem)
    if (!problem) setEditing(null)
    await load()
  }
  const switchTo = (next: KartablList) => {
    setList(next)
    setPage(1)
    setFilter(NO_FILTER)
    setDraftFilter(NO_FILTER)
    setEditing(null)
  }

  const actions = (row: KartablRow): React.ReactNode => {
    if (list === 'inbox')
      return (
        <>
          {row.state === 'sent' && (
            <button type="button" onClick={() => act(row, { state: 'seen' })}>
              {text.actions.seen}
            </button>
          )}
          {row.state !== 'in-progress' && row.purpose !== 'information' && (
            <button type="button" onClick={() => act(row, { state: 'in-progress' })}>
              {text.actions.inProgress}
            </button>
          )}
          <button type="button" onClick={() => setResponding({ row, mode: 'done' })}>
            {text.actions.done}
          </button>
          <button type="button" onClick={() => setResponding({ row, mode: 'return' })}>
            {text.actions.return}
          </button>
          <button
            type="button"
            onClick={() => {
              void needColleagues()
              setEditing(editing?.id === row.id ? null : { id: row.id, kind: 'onward' })
            }}
          >
            {text.actions.onward}
          </button>
          {editing?.id === row.id && editing.kind === 'onward' && <ReferOnward row={row} colleagues={colleagues ?? []} onDone={finished} />}
        </>
      )
    if (list === 'drafts')
      return (
        <>
          <button
            type="button"
            onClick={() => {
              void needColleagues()
              setEditing(editing?.id === row.id ? null : { id: row.id, kind: 'draft' })
            }}
          >
            {text.actions.edit}
          </button>
          <button type="button" onClick={() => act(row, { state: 'sent' })}>
            {text.actions.send}
          </button>
          <button type="button" onClick={() => window.confirm(text.actions.discardConfirm) && act(row, { state: 'recalled' })}>
            {text.actions.discard}
          </button>
          {editing?.id === row.id && editing.kind === 'draft' && <DraftEditor row={row} colleagues={colleagues ?? []} onDone={finished} />}
        </>
      )
    return null
  }

  const columns = LIST_COLUMNS[list].map((key) => COLUMNS[key]!)
  const withActions = list === 'inbox' || list === 'drafts'
  const states = LIST_STATES[list]

  return (
    <section className="kartabl" dir="rtl" aria-label={text.title}>
      <h2>{text.title}</h2>
      <div className="kartabl__tabs" role="tablist" aria-label={text.tabs}>
        {KARTABL_LISTS.map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            aria-selected={list === key}
            className={list === key ? 'kartabl__tab kartabl__tab--active' : 'kartabl__tab'}
            data-list={key}
            onClick={() => switchTo(key)}
          >
            {TAB_LABELS[key]} <span className="kartabl__count">{data ? fa(data.tabs[key]) : '…'}</span>
          </button>
        ))}
      </div>

      <form
        className="kartabl__filter"
        aria-label={text.filter.legend}
        onSubmit={(e) => {
          e.preventDefault()
          setPage(1)
          setFilter(draftFilter)
        }}
      >
        {states.length > 1 && (
          <label>
            <span>{text.filter.state}</span>
            <select name="state" value={draftFilter.state} onChange={(e) => setDraftFilter({ ...draftFilter, state: e.target.value })}>
              <option value="">{text.filter.all}</option>
              {states.map((s) => (
                <option key={s} value={s}>
                  {STATE_LABELS[s as State]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <span>{text.filter.purpose}</span>
          <select name="purpose" value={draftFilter.purpose} onChange={(e) => setDraftFilter({ ...draftFilter, purpose: e.target.value })}>
            <option value="">{text.filter.all}</option>
            {REFERRAL_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {PURPOSE_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        {list !== 'drafts' && (
          <label>
            <span>{text.filter.overdue}</span>
            <select name="overdue" value={draftFilter.overdue} onChange={(e) => setDraftFilter({ ...draftFilter, overdue: e.target.value })}>
              <option value="">{text.filter.all}</option>
              <option value="true">{text.filter.onlyOverdue}</option>
              <option value="false">{text.filter.notOverdue}</option>
            </select>
          </label>
        )}
        <label>
          <span>{text.filter.text}</span>
          <input name="q" type="search" maxLength={100} value={draftFilter.q} onChange={(e) => setDraftFilter({ ...draftFilter, q: e.target.value })} />
        </label>
        <button type="submit">{text.filter.apply}</button>
        <button
          type="button"
          onClick={() => {
            setDraftFilter(NO_FILTER)
            setFilter(NO_FILTER)
            setPage(1)
          }}
        >
          {text.filter.clear}
        </button>
      </form>

      {error && (
        <p className="kartabl__error" role="alert">
          {error}
        </p>
      )}
      {!data ? (
        <p>{error ? text.unavailable : text.loading}</p>
      ) : data.list !== list ? (
        <p>{text.loading}</p>
      ) : data.docs.length === 0 ? (
        <p className="kartabl__empty">{EMPTY[list]}</p>
      ) : (
        <div className="kartabl__scroll">
          <table className="kartabl__table" data-list={list}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c.title}
                  </th>
                ))}
                {withActions && <th scope="col">{text.columns.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {data.docs.map((row) => (
                <tr key={row.id} className={row.overdue ? 'kartabl__row kartabl__overdue' : 'kartabl__row'} data-referral={row.id} data-state={row.state}>
                  {columns.map((c) => (
                    <td key={c.key} className={c.className} data-column={c.key}>
                      {c.cell(row)}
                    </td>
                  ))}
                  {withActions && <td className="kartabl__actions">{actions(row)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.list === list && data.totalDocs > 0 && (
        <nav className="kartabl__paging" aria-label={text.paging.page(fa(data.page), fa(data.totalPages))}>
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {text.paging.previous}
          </button>
          <span>
            {text.paging.page(fa(data.page), fa(data.totalPages))}، {text.paging.total(fa(data.totalDocs))}
          </span>
          <button type="button" disabled={page >= data.totalPages} onClick={() => setPage(page + 1)}>
            {text.paging.next}
          </button>
        </nav>
      )}
      {responding && (
        <RespondDialog
          row={responding.row}
          mode={responding.mode}
          onClose={async (changed) => {
            setResponding(null)
            if (changed) {
              setError(null)
              await load()
            }
          }}
        />
      )}
    </section>
  )
}
