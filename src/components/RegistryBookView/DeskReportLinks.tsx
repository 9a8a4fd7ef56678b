// Links to the desk's report pages — «دفتر اندیکاتور» and «گزارش روزانهٔ مدیر» — in the nav and
// on the dashboard, each only for those its endpoint serves (the same predicates the endpoints
// check: src/access/policies.ts). Server components: the user comes with Payload's server props.
// The endpoints still refuse anyone else; this only keeps dead links away.
import type { ServerProps } from 'payload'
import React from 'react'

import { mayPrintRegistryBook, mayReadDigest } from '../../access/policies'
import { DeskNavLink } from './DeskNavLink'
import { DIGEST_LABEL, DIGEST_PATH, REGISTRY_BOOK_LABEL, REGISTRY_BOOK_PATH } from './paths'
import './DeskReports.scss'

type Props = Pick<ServerProps, 'user' | 'payload'>

/** The pages this user may use, with their admin URLs. */
function pagesFor(props: Props): Array<{ key: string; href: string; label: string; description: string }> {
  const admin = props.payload?.config.routes.admin ?? '/admin'
  const user = props.user
  if (!user || (user as { active?: boolean }).active === false) return []
  return [
    mayPrintRegistryBook(user) && {
      key: 'registry-book',
      href: `${admin}${REGISTRY_BOOK_PATH}`,
      label: REGISTRY_BOOK_LABEL,
      description: 'چاپ شماره‌های یک دفتر در یک بازهٔ زمانی',
    },
    mayReadDigest(user) && {
      key: 'digest',
      href: `${admin}${DIGEST_PATH}`,
      label: DIGEST_LABEL,
      description: 'رسیده‌ها، ارجاع‌ها و مهلت‌های یک روز',
    },
  ].filter((p): p is { key: string; href: string; label: string; description: string } => Boolean(p))
}

export function DeskReportNavLinks(props: Props) {
  const pages = pagesFor(props)
  if (!pages.length) return null
  return (
    <div className="desk-reports-nav">
      {pages.map((p) => (
        <DeskNavLink key={p.key} href={p.href} label={p.label} id={`nav-${p.key}`} />
      ))}
    </div>
  )
}

export function DeskReportsDashboard(props: Props) {
  const pages = pagesFor(props)
  if (!pages.length) return null
  return (
    <section className="desk-reports" aria-labelledby="desk-reports-title">
      <h2 id="desk-reports-title" className="desk-reports__title">
        گزارش‌ها
      </h2>
      <ul className="desk-reports__list">
        {pages.map((p) => (
          <li key={p.key}>
            <a className="desk-reports__card" href={p.href} data-report={p.key}>
              <span className="desk-reports__label">{p.label}</span>
              <span className="desk-reports__description">{p.description}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
