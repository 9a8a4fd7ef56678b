'use client'
// «پاسخ» and «پیرو» on a registered letter's page: reads the letter as the user, creates the
// linked draft (src/lib/letters/linkedDraft.ts says what it holds) and opens it.
import React, { useState } from 'react'
import { Button, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import { linkedDraft, type LinkKind, type SourceLetter } from '../../../lib/letters/linkedDraft'
import { worksPapers } from '../../../lib/referrals/recipients'
import { deskActionText } from '../refer/messages'
import { requestJson } from '../request'

export function LinkedDraftAction({ link = 'reply', collection = 'letters' }: { link?: LinkKind; collection?: string }) {
  const { id, data } = useDocumentInfo()
  // The logged-in user as /api/users/me gives it (roles, clearance and post are saved to it).
  const user = useAuth().user as { id: number; roles?: unknown; clearance?: unknown; post?: unknown } | null | undefined
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  if (!id || data?.status !== 'registered' || !user || !worksPapers(user)) return null
  const text = deskActionText[link]

  const create = async () => {
    setBusy(true)
    setProblem(null)
    // The letter as the API gives it to this user now (not the form's possibly edited copy).
    const letter = await requestJson<SourceLetter>('GET', `/api/${collection}/${id}?depth=0`)
    const created = letter.ok ? await requestJson<{ doc: { id: number } }>('POST', `/api/${collection}`, linkedDraft(letter.data, link, user)) : letter
    setBusy(false)
    if (!created.ok) return setProblem(created.message)
    router.push(`${config.routes.admin}/collections/${collection}/${created.data.doc.id}`)
  }

  return (
    <>
      <Button buttonStyle="secondary" size="medium" className={`doc-action doc-action--${link}`} disabled={busy} onClick={() => void create()}>
        {busy ? text.working : text.button}
      </Button>
      {problem && (
        <span className="doc-action__error" role="alert">
          {problem}
        </span>
      )}
    </>
  )
}

/** «پیرو»: the same action, linked as a follow-up. */
export function FollowAction(props: { collection?: string }) {
  return <LinkedDraftAction {...props} link="follow" />
}
