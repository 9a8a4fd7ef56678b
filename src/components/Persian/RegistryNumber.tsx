import React from 'react'

import { toPersianDigits } from '../../lib/persian/digits'

/**
 * A registry number as the book prints it: Persian digits, laid out right to left in a bidi
 * isolate, so «1405/و/1» reads «۱۴۰۵/و/۱» (year first, from the right) wherever it stands, as
 * in the PDFs (base direction rtl, docs/pdf-persian.md). An LTR box around it (`direction: ltr`)
 * would reorder it to «و/۱/۱۴۰۵». Neither a hook nor a client API: usable in server and client
 * components alike.
 */
export function RegistryNumber({ value, className }: { value: string; className?: string }) {
  return (
    <bdi dir="rtl" className={className ? `registry-number ${className}` : 'registry-number'} data-registry-number>
      {toPersianDigits(value)}
    </bdi>
  )
}
