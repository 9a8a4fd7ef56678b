import React from 'react'

/** The small mark in the admin's top bar. */
export function Icon() {
  return (
    <span className="dabir-icon" aria-label="دبیر">
      د
    </span>
  )
}
