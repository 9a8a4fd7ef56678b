'use client'
// The response form of a referral: a modal dialog with the response (rich text, as a letter's
// body) or the return reason (plain), the
// response files (uploaded to the attachments collection, then linked on the referral) and the
// choice to start a reply letter. Nothing is moved until the text is given; the server's Persian
// refusal is shown in the dialog.
import React, { useEffect, useRef, useState } from 'react'

import { requestJson } from '../DocumentActions/request'
import { richTextToPlain } from '../../lib/letters/text'
import { RichTextEditor } from '../RichText/RichTextEditor'
import { fileSizeLabel } from '../../lib/files/labels'
import { toPersianDigits } from '../../lib/persian/digits'
import { text } from './text'
import type { KartablRow } from './types'
import { RegistryNumber } from '../Persian/RegistryNumber'

const fa = (n: number | string) => toPersianDigits(String(n))

export type RespondMode = 'done' | 'return'

export function RespondDialog({ row, mode, onClose }: { row: KartablRow; mode: RespondMode; onClose: (changed: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [body, setBody] = useState('')
  const [response, setResponse] = useState<Record<string, unknown> | null>(null)
  const [files, setFiles] = useState<File[]>([])
  const fileInput = useRef<HTMLInputElement>(null)
  const [createReply, setCreateReply] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const needsText = mode === 'return' || row.purpose !== 'information'

  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
  }, [])

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const written = mode === 'done' ? richTextToPlain(response).trim() !== '' : body.trim() !== ''
    if (needsText && !written) return setProblem(text.respond.required)
    setProblem(null)
    // Writing the answer is reading the paper: an unopened referral is marked seen first.
    if (row.state === 'sent') {
      const opened = await requestJson('POST', `/api/kartabl/${row.id}/open`)
      if (!opened.ok) return setProblem(opened.message)
    }
    const ids: number[] = []
    if (mode === 'done') {
      for (const [i, file] of files.entries()) {
        setBusy(text.respond.uploading(fa(i + 1), fa(files.length)))
        const form = new FormData()
        form.append('file', file, file.name)
        form.append('_payload', JSON.stringify({}))
        const uploaded = await requestJson<{ doc: { id: number } }>('POST', '/api/attachments', form)
        if (!uploaded.ok) {
          setBusy(null)
          return setProblem(uploaded.message)
        }
        ids.push(uploaded.data.doc.id)
      }
    }
    setBusy(text.respond.saving)
    const patch =
      mode === 'done'
        ? { state: 'done', ...(written ? { response } : {}), ...(ids.length ? { responseAttachments: ids } : {}), ...(createReply ? { createReply: true } : {}) }
        : { state: 'returned', returnReason: body.trim() }
    const saved = await requestJson('PATCH', `/api/referrals/${row.id}?depth=0`, patch)
    setBusy(null)
    if (!saved.ok) return setProblem(saved.message)
    dialog.current?.close()
    onClose(true)
  }

  const cancel = () => {
    dialog.current?.close()
    onClose(false)
  }

  const title = mode === 'done' ? text.respond.doneTitle : text.respond.returnTitle
  return (
    <dialog ref={dialog} className="kartabl-respond" dir="rtl" aria-label={title} onCancel={cancel}>
      <form onSubmit={submit}>
        <h3>{title}</h3>
        <p className="kartabl-respond__paper">
          {text.respond.paper}: {row.record?.registryNumber ? <RegistryNumber value={row.record.registryNumber} /> : '—'} {row.record?.subject ? `— ${row.record.subject}` : ''}
        </p>
        {mode === 'done' ? (
          <div className="kartabl-respond__field">
            <span>{text.respond.response}</span>
            <RichTextEditor name="response" label={text.respond.response} onChange={setResponse} />
          </div>
        ) : (
          <label className="kartabl-respond__field">
            <span>{text.respond.returnReason}</span>
            <textarea name="returnReason" rows={8} value={body} onChange={(e) => setBody(e.target.value)} required={needsText} dir="auto" />
          </label>
        )}
        {mode === 'done' && (
          <>
            <div className="kartabl-respond__field">
              <span id="kartabl-respond-files">{text.respond.files}</span>
              {/* The browser's own file box speaks the browser's language («Choose Files»): a Persian button opens it. */}
              <button type="button" className="btn btn--style-secondary btn--size-small" aria-describedby="kartabl-respond-files" onClick={() => fileInput.current?.click()}>
                {text.respond.pickFiles}
              </button>
              <input ref={fileInput} name="files" type="file" multiple hidden aria-labelledby="kartabl-respond-files" onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
            </div>
            {files.length > 0 && (
              <ul className="kartabl-respond__files">
                {files.map((f) => (
                  <li key={f.name}>
                    <bdi>{f.name}</bdi> ({fileSizeLabel(f.size)})
                  </li>
                ))}
              </ul>
            )}
            <label className="kartabl-respond__check">
              <input type="checkbox" checked={createReply} onChange={(e) => setCreateReply(e.target.checked)} />
              <span>{text.respond.createReply}</span>
            </label>
          </>
        )}
        {problem && (
          <p className="kartabl__error" role="alert">
            {problem}
          </p>
        )}
        {busy && <p className="kartabl-respond__busy">{busy}</p>}
        <div className="kartabl-respond__buttons">
          <button type="submit" className="btn btn--style-primary" disabled={busy !== null}>
            {mode === 'done' ? text.respond.submitDone : text.respond.submitReturn}
          </button>
          <button type="button" className="btn btn--style-secondary" onClick={cancel} disabled={busy !== null}>
            {text.actions.cancel}
          </button>
        </div>
      </form>
    </dialog>
  )
}
