import React from 'react'

/** The login-screen mark: the product name in Persian with what it is for. */
export function Logo() {
  return (
    <div className="dabir-logo" dir="rtl">
      <span className="dabir-logo__name">دبیر</span>
      <span className="dabir-logo__tagline">سامانهٔ دبیرخانه و مکاتبات</span>
    </div>
  )
}
