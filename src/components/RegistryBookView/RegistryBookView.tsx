// «دفتر اندیکاتور» at /admin/registry-book: pick a book and a Jalali period, get its PDF
// (GET /api/registry-book.pdf, which decides what each row shows for this reader).
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { mayPrintRegistryBook } from '../../access/policies'
import { DeskPage } from './DeskPage'
import { REGISTRY_BOOK_LABEL } from './paths'
import { RegistryBookForm } from './RegistryBookForm'

export function RegistryBookView(props: AdminViewServerProps) {
  return (
    <DeskPage
      props={props}
      viewType="registryBook"
      title={REGISTRY_BOOK_LABEL}
      allowed={mayPrintRegistryBook}
      refusal="چاپ دفتر اندیکاتور در اختیار دبیرخانه، امضاکنندگان و حسابرس است."
    >
      <RegistryBookForm />
    </DeskPage>
  )
}
