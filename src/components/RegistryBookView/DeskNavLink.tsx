'use client'
// A page of the desk in the admin nav, styled as Payload's own nav links (with the active marker).
import { Link } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import React from 'react'

export function DeskNavLink({ href, label, id }: { href: string; label: string; id: string }) {
  const active = usePathname() === href
  const inner = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{label}</span>
    </>
  )
  return active ? (
    <div className="nav__link" id={id}>
      {inner}
    </div>
  ) : (
    <Link className="nav__link" href={href} id={id} prefetch={false}>
      {inner}
    </Link>
  )
}
