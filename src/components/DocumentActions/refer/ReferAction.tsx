'use client'
// «ارجاع» on a registered record's page: a drawer to refer it to one or more colleagues, chosen
// from the org chart, with a purpose, an instruction and a Jalali deadline; one POST
// /api/referrals for all of them. It offers only whom the server accepts (src/lib/referrals/
// recipients.ts): never the admin, the auditor or oneself. Everything listed comes from the
// REST API as the user. Generic by collection slug (the referral's `record` is polymorphic).
import React, { useCallback, useMemo, useState } from 'react'
import { Button, Drawer, useAuth, useDocumentInfo, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import { clears } from '../../../lib/security/clearance'
import { hasRole } from '../../../lib/security/roles'
import { PURPOSE_LABELS, REFERRAL_PURPOSES, type Purpose } from '../../../lib/referrals/states'
import { referralCandidates, worksPapers } from '../../../lib/referrals/recipients'
import { JalaliDateInput } from '../../JalaliDate/JalaliDateInput'
import { requestJson } from '../request'
import type { ActionContext } from '../types'
import { deskActionText } from './messages'
import { orgGroups, type OrgGroup, type Person, type PostRow, type UnitRow } from '../../../lib/referrals/orgGroups'
import './refer.scss'

const t = deskActionText.refer
type Page<T> = { docs: T[] }

async function loadOrg(): Promise<{ users: Person[]; posts: PostRow[]; units: UnitRow[] } | null> {
  const [users, posts, units] = await Promise.all([
    requestJson<Page<Person>>('GET', '/api/users?limit=250&depth=0&sort=fullName&where[active][equals]=true'),
    requestJson<Page<PostRow>>('GET', '/api/posts?limit=250&depth=0'),
    requestJson<Page<UnitRow>>('GET', '/api/units?limit=250&depth=0'),
  ])
  if (!users.ok || !posts.ok || !units.ok) return null
  return { users: users.data.docs, posts: posts.data.docs, units: units.data.docs }
}

/** The user's own open referral of this record, if they hold one: an onward referral hangs under it in the tree. */
async function myReferralOf(recordId: number): Promise<number | null> {
  const desk = await requestJson<{ inbox: { docs: Array<{ id: number; record: { id: number } | null }> } }>('GET', '/api/kartabl?limit=100')
  if (!desk.ok) return null
  return desk.data.inbox.docs.find((row) => row.record?.id === recordId)?.id ?? null
}

/** «ارجاع» as the document-actions registry's panel (./desk.ts): the record's collection from the context. */
export function ReferPanel({ ctx }: { ctx: ActionContext }) {
  return <ReferAction collection={ctx.slug} />
}

export function ReferAction({ collection = 'letters' }: { collection?: string }) {
  const { id, data } = useDocumentInfo()
  // The logged-in user as /api/users/me gives it (roles, clearance and post are saved to it).
  const user = useAuth().user as { id: number; roles?: unknown; clearance?: unknown; post?: unknown } | null | undefined
  const { openModal, closeModal } = useModal()
  const router = useRouter()
  const slug = `refer-${collection}-${id}`

  const [groups, setGroups] = useState<OrgGroup[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [chosen, setChosen] = useState<number[]>([])
  const [filter, setFilter] = useState('')
  const [purpose, setPurpose] = useState<Purpose>('action')
  const [instruction, setInstruction] = useState('')
  const [deadline, setDeadline] = useState<string | null>(null)
  const [deadlineError, setDeadlineError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const classification = data?.classification
  const director = hasRole(user, 'director')
  const people = useMemo(() => new Map((groups ?? []).flatMap((g) => g.people.map((p) => [p.id, p] as const))), [groups])

  const open = useCallback(async () => {
    setProblem(null)
    setNotice(null)
    openModal(slug)
    if (groups) return
    const org = await loadOrg()
    if (!org) return setLoadError(t.loadFailed)
    setGroups(orgGroups(referralCandidates(org.users, user?.id), org.posts, org.units))
  }, [groups, openModal, slug, user?.id])

  if (!id || data?.status !== 'registered' || !user || !worksPapers(user)) return null

  const toggle = (person: number) => setChosen((list) => (list.includes(person) ? list.filter((p) => p !== person) : [...list, person]))
  const needle = filter.trim()

  const submit = async (event: React.FormEvent) => {
    // The drawer sits (in React's tree) inside the document's form: its submit must not save the record.
    event.preventDefault()
    event.stopPropagation()
    if (!chosen.length) return setProblem(t.noneChosen)
    if (deadlineError) return setProblem(t.badDeadline)
    setBusy(true)
    setProblem(null)
    const parent = await myReferralOf(Number(id))
    const res = await requestJson('POST', '/api/referrals', {
      record: { relationTo: collection, value: Number(id) },
      to: chosen,
      purpose,
      instruction: instruction.trim() || undefined,
      ...(deadline ? { deadline } : {}),
      ...(parent ? { parent } : {}),
    })
    setBusy(false)
    if (!res.ok) return setProblem(res.message)
    setNotice(t.done(chosen.map((p) => people.get(p)?.fullName ?? '')))
    setChosen([])
    setInstruction('')
    closeModal(slug)
    // The referral tree and the record's header are the server's: read them again.
    router.refresh()
  }

  return (
    <>
      <Button buttonStyle="secondary" size="medium" className="doc-action doc-action--refer" onClick={() => void open()}>
        {t.button}
      </Button>
      {notice && (
        <span className="refer-drawer__notice" role="status">
          {notice}
        </span>
      )}
      <Drawer slug={slug} title={t.title} className="refer-drawer">
        <form className="refer-drawer__form" dir="rtl" onSubmit={submit} noValidate>
          <fieldset className="refer-drawer__recipients">
            <legend>{t.recipients}</legend>
            <p className="refer-drawer__hint">{t.recipientsHint}</p>
            <input type="search" className="refer-drawer__filter" aria-label={t.filter} placeholder={t.filter} value={filter} onChange={(e) => setFilter(e.target.value)} />
            {!groups && <p role={loadError ? 'alert' : 'status'}>{loadError ?? t.loading}</p>}
            {groups?.map((group) => {
              const shown = group.people.filter((p) => !needle || p.fullName.includes(needle) || (p.postTitle ?? '').includes(needle) || group.name.includes(needle))
              if (!shown.length) return null
              return (
                <div key={group.key} className="refer-drawer__group" role="group" aria-label={group.name || t.others}>
                  <h4 className="refer-drawer__unit">{group.name || t.others}</h4>
                  {shown.map((person) => {
                    const under = !director && !clears(person.clearance, classification)
                    return (
                      <label key={person.id} className={`refer-drawer__person${under ? ' refer-drawer__person--disabled' : ''}`}>
                        <input type="checkbox" checked={chosen.includes(person.id)} disabled={under} onChange={() => toggle(person.id)} />
                        <span className="refer-drawer__name">{person.fullName}</span>
                        {person.postTitle && <span className="refer-drawer__post">{person.postTitle}</span>}
                        {under && <span className="refer-drawer__note">{t.underCleared}</span>}
                      </label>
                    )
                  })}
                </div>
              )
            })}
          </fieldset>

          <div className="refer-drawer__row">
            <label className="refer-drawer__field">
              <span>{t.purpose}</span>
              <select value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)}>
                {REFERRAL_PURPOSES.map((p) => (
                  <option key={p} value={p}>
                    {PURPOSE_LABELS[p]}
                  </option>
                ))}
              </select>
            </label>
            <JalaliDateInput
              className="refer-drawer__field"
              label={t.deadline}
              value={deadline}
              onChange={(iso, error) => {
                setDeadline(iso)
                setDeadlineError(error)
              }}
            />
          </div>
          <p className="refer-drawer__hint">{t.deadlineHint}</p>
          <label className="refer-drawer__field">
            <span>{t.instruction}</span>
            <textarea rows={3} value={instruction} onChange={(e) => setInstruction(e.target.value)} />
          </label>

          {problem && (
            <p className="refer-drawer__error" role="alert">
              {problem}
            </p>
          )}
          <div className="refer-drawer__buttons">
            <Button type="submit" buttonStyle="primary" size="medium" disabled={busy}>
              {busy ? t.sending : t.submit}
            </Button>
            <Button buttonStyle="secondary" size="medium" onClick={() => closeModal(slug)}>
              {t.cancel}
            </Button>
          </div>
        </form>
      </Drawer>
    </>
  )
}
