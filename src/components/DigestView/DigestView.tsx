// «گزارش روزانهٔ مدیر» at /admin/digest: the director's daily digest of a chosen Jalali day as a
// page (GET /api/digest, built as the reader: their clearance decides what it names).
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { mayReadDigest } from '../../access/policies'
import { DeskPage } from '../RegistryBookView/DeskPage'
import { DIGEST_LABEL } from '../RegistryBookView/paths'
import { DigestPage } from './DigestPage'

export function DigestView(props: AdminViewServerProps) {
  return (
    <DeskPage
      props={props}
      viewType="digest"
      title={DIGEST_LABEL}
      allowed={mayReadDigest}
      refusal="گزارش روزانه برای مدیرکل، معاونان و رییس دفتر است."
    >
      <DigestPage />
    </DeskPage>
  )
}
