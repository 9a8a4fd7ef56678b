/** Largest attachment accepted, in bytes (DABIR_UPLOAD_MAX_BYTES; default 25 MB). */
export const uploadMaxBytes = (): number => {
  const configured = Number(process.env.DABIR_UPLOAD_MAX_BYTES)
  return Number.isFinite(configured) && configured > 0 ? configured : 25 * 1024 * 1024
}

/** Largest image accepted, in pixels: checked from the header before sharp decodes anything. */
export const UPLOAD_PIXEL_LIMIT = 100_000_000
