import type { AfterErrorHook, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { labelsOfFields, nameFields, OPERATOR_LABELS, type FieldLabels } from '../i18n/fieldLabels'

/** Labels per collection config, and of all collections: frozen, built once per config object. */
const cache = new WeakMap<object, FieldLabels>()

function labelsOf(config: SanitizedConfig, collection?: SanitizedCollectionConfig): FieldLabels {
  const key = collection ?? config
  let labels = cache.get(key)
  if (!labels) {
    const into: Record<string, string> = {}
    // The request's own record type first, then every other type (a message may name a related one's field).
    if (collection) labelsOfFields(collection.fields as never, into)
    for (const c of config.collections) labelsOfFields(c.fields as never, into)
    for (const g of config.globals) labelsOfFields(g.fields as never, into)
    // Operators last: a field of the same name keeps its own label.
    for (const [op, label] of Object.entries(OPERATOR_LABELS)) into[op] ??= label
    labels = Object.freeze(into)
    cache.set(key, labels)
  }
  return labels
}

/**
 * An error's message, and each field error's message, names fields by their Persian labels
 * (src/i18n/fieldLabels.ts): «دلیل اصلاح لازم است» rather than «(correctionReason)»,
 * «پالایش بر پایهٔ «تغییرات» ممکن نیست» rather than «changes». The field paths in
 * `data.errors[].path` stay as they are: the admin form places errors by them.
 */
export const nameFieldsInMessages: AfterErrorHook = ({ collection, req, result }) => {
  const response = result as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | undefined
  if (!response?.errors?.length) return
  const labels = labelsOf(req.payload.config, collection)
  let changed = false
  const rename = (message: string | undefined) => {
    if (typeof message !== 'string') return message
    const named = nameFields(message, labels)
    if (named !== message) changed = true
    return named
  }
  const errors = response.errors.map((e) => ({
    ...e,
    message: rename(e.message),
    ...(Array.isArray(e.data?.errors) ? { data: { ...e.data, errors: e.data.errors.map((f) => ({ ...f, message: rename(f.message) })) } } : {}),
  }))
  if (!changed) return
  return { response: { ...response, errors } }
}
