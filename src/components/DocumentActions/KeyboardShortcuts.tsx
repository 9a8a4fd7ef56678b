'use client'
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect } from 'react'

import { shortcutOf } from './shortcuts'

/** Listens for the admin-wide shortcuts (./shortcuts.ts) on every admin page. */
export function KeyboardShortcuts({ children }: { children?: React.ReactNode }) {
  const router = useRouter()
  const { config } = useConfig()
  const admin = config.routes.admin
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event)
      if (!shortcut) return
      event.preventDefault()
      router.push(`${admin}${shortcut.path}`)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [router, admin])
  return <>{children}</>
}
