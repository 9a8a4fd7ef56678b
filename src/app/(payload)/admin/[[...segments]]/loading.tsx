import React from 'react'

import { Logo } from '../../../../components/Logo'
import { messages } from '../../../../messages'

/**
 * What the admin shows at once while the server makes the page (the first request after a
 * start initialises Payload, which takes seconds): Next streams this before the page itself.
 */
export default function AdminLoading() {
  return (
    <div
      className="dabir-loading"
      dir="rtl"
      lang="fa"
      role="status"
      aria-live="polite"
      style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: '1rem', fontFamily: 'Vazirmatn, sans-serif' }}
    >
      <Logo />
      <p style={{ margin: 0 }}>{messages.adminLoading}</p>
    </div>
  )
}
