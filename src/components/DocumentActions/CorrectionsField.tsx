'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import React, { useEffect, useMemo, useState } from 'react'

import { showsTimeOfDay } from '../../lib/jalali/dateInput'
import { formatJalaliDateTime } from '../../lib/jalali/format'
import { changesOf, refsOf, valueText, type FieldInfo, type Ref } from '../../lib/corrections/describe'
import { actionMessages } from './messages'
import { requestJson } from './request'
import './DocumentActions.scss'

const m = actionMessages.corrections

type Entry = { id?: string; at?: string; by?: unknown; reason?: string; changes?: unknown }
type Label = string | Record<string, string> | false | undefined

function labelText(label: unknown, fallback: string): string {
  const l = label as Label
  if (typeof l === 'string' && l) return l
  if (l && typeof l === 'object') return l.fa ?? Object.values(l)[0] ?? fallback
  return fallback
}

/** Top-level fields of a collection (through rows, collapsibles and unnamed tabs), by name. */
function fieldInfos(fields: ClientField[], into: Record<string, FieldInfo> = {}): Record<string, FieldInfo> {
  for (const field of fields) {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) fieldInfos(field.fields, into)
    else if (field.type === 'tabs' && 'tabs' in field) for (const tab of field.tabs) if (!('name' in tab && tab.name)) fieldInfos(tab.fields, into)
    if (!('name' in field) || !field.name) continue
    const f = field as ClientField & { name: string; label?: unknown; options?: unknown; relationTo?: string | string[]; admin?: { date?: unknown } }
    into[f.name] = {
      label: labelText(f.label, f.name),
      type: f.type,
      options: Array.isArray(f.options)
        ? (f.options as ({ label?: unknown; value: string } | string)[]).map((o) => (typeof o === 'string' ? { label: o, value: o } : { label: labelText(o.label, o.value), value: o.value }))
        : undefined,
      relationTo: f.relationTo,
      withTime: f.type === 'date' && showsTimeOfDay(f.admin?.date),
    }
  }
  return into
}

const refKey = (ref: Ref) => `${ref.relationTo}:${ref.id}`

/**
 * The corrections of a registered document, read-only, for any collection keeping them in a
 * `corrections` array of `{ at, by, reason, changes: [{ field, before, after }] }`: each field's
 * Persian label, before and after as the form would show them, who, when (Jalali, Tehran) and
 * why. Read from the REST API as the signed-in user, so it shows exactly what the API gives
 * them (entries above their clearance are already left out; related records they may not
 * read show as unreadable).
 */
export function CorrectionsField({ path }: { path?: string }) {
  const name = path ?? 'corrections'
  const { id, collectionSlug, data } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [entries, setEntries] = useState<Entry[] | null | undefined>(undefined)
  const [titles, setTitles] = useState<Record<string, string | undefined>>({})
  const updatedAt = (data as { updatedAt?: string } | undefined)?.updatedAt

  const infos = useMemo(() => fieldInfos((getEntityConfig({ collectionSlug: collectionSlug! }) as { fields: ClientField[] } | undefined)?.fields ?? []), [getEntityConfig, collectionSlug])

  useEffect(() => {
    if (!id || !collectionSlug) return
    let live = true
    void requestJson<Record<string, unknown>>('GET', `${api}/${collectionSlug}/${id}?depth=1`).then((res) => {
      if (!live) return
      const value = res.ok ? res.data[name] : undefined
      setEntries(Array.isArray(value) ? (value as Entry[]) : null)
    })
    return () => {
      live = false
    }
  }, [api, collectionSlug, id, name, updatedAt])

  // Titles of the related records the before/after values name, each read as this user.
  useEffect(() => {
    if (!entries?.length) return
    const refs = new Map<string, Ref>()
    for (const entry of entries)
      for (const change of changesOf(entry.changes))
        for (const ref of [...refsOf(change.before, infos[change.field]?.relationTo), ...refsOf(change.after, infos[change.field]?.relationTo)]) refs.set(refKey(ref), ref)
    const missing = [...refs.values()].filter((ref) => !(refKey(ref) in titles))
    if (!missing.length) return
    let live = true
    void Promise.all(
      missing.map(async (ref) => {
        const useAsTitle = (getEntityConfig({ collectionSlug: ref.relationTo }) as { admin?: { useAsTitle?: string } } | undefined)?.admin?.useAsTitle ?? 'id'
        const res = await requestJson<Record<string, unknown>>('GET', `${api}/${ref.relationTo}/${ref.id}?depth=0`)
        const title = res.ok ? res.data[useAsTitle] : undefined
        return [refKey(ref), typeof title === 'string' || typeof title === 'number' ? String(title) : undefined] as const
      }),
    ).then((found) => {
      if (live) setTitles((before) => ({ ...before, ...Object.fromEntries(found) }))
    })
    return () => {
      live = false
    }
  }, [entries, infos, api, getEntityConfig, titles])

  // Nothing until read, and nothing for a document never corrected (a draft's form stays short).
  if (!id || !entries?.length) return null
  const titleOf = (ref: Ref) => titles[refKey(ref)]
  return (
    <section className="doc-corrections" data-corrections>
      <h4 className="doc-corrections__title">{labelText(infos[name]?.label, name)}</h4>
      {entries.map((entry, index) => {
        const by = entry.by && typeof entry.by === 'object' ? (entry.by as { fullName?: string }).fullName : undefined
        return (
          <article className="doc-corrections__entry" key={entry.id ?? index} data-correction>
            <p className="doc-corrections__meta">
              <span>
                {m.at}: <bdi>{entry.at ? formatJalaliDateTime(entry.at, { digits: 'persian' }) : '—'}</bdi>
              </span>
              <span>
                {m.by}: {by ?? m.unknownUser}
              </span>
              <span>
                {m.reason}: {entry.reason || '—'}
              </span>
            </p>
            <table className="doc-corrections__table">
              <thead>
                <tr>
                  <th scope="col">{m.field}</th>
                  <th scope="col">{m.before}</th>
                  <th scope="col">{m.after}</th>
                </tr>
              </thead>
              <tbody>
                {changesOf(entry.changes).map((change) => (
                  <tr key={change.field}>
                    <th scope="row">{infos[change.field]?.label ?? change.field}</th>
                    <td className="doc-corrections__before">{valueText(change.before, infos[change.field], titleOf)}</td>
                    <td className="doc-corrections__after">{valueText(change.after, infos[change.field], titleOf)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        )
      })}
    </section>
  )
}
