// The registration stamp (برچسب ثبت): a small label stuck on the paper original of a registered
// record, as the registry used to stamp it by hand: registry number, Jalali date and time of
// registration (Tehran), the registry book, and a QR code of the number so a scanner finds
// the record again. Pure: the caller reads the record; this draws it.
import { closePath, fill, moveTo, lineTo, popGraphicsState, pushGraphicsState, setFillingColor, type PDFPage } from 'pdf-lib'
import QRCode from 'qrcode'

import { formatJalaliDate, tehranParts, type Timestamp } from '../jalali'
import { toPersianDigits } from '../persian'
import type { Inline } from './model'
import { BLACK, drawText, GREY, newDocument } from './parts'

/** Points per millimetre. */
const MM = 72 / 25.4
/** 80 × 40 mm, a common label size for registry printers. */
export const STAMP_PAGE: [number, number] = [80 * MM, 40 * MM]
/** Modules of white around the code (ISO/IEC 18004 asks for 4). */
export const QR_QUIET = 4

/** A QR code's modules, row by row from the top, `true` for dark. */
export interface QrMatrix {
  size: number
  dark: readonly boolean[]
}

export interface StampInput {
  /** The number as stored (the book's format, e.g. `1405/ص/128`). */
  registryNumber: string
  registeredAt: Timestamp
  /** The registry book's name. */
  book: string
  /** The organisation of the letterhead, printed small on top; optional. */
  organisation?: string | null
}

export interface StampModel {
  organisation: string | null
  book: string
  /** As the registry book prints it: Persian digits. */
  number: string
  /** `۱۴۰۵/۰۹/۰۱`, Tehran. */
  date: string
  /** `۱۰:۳۰`, Tehran. */
  time: string
  /** What the QR code holds: the number as stored, so scanning gives what search takes. */
  qrText: string
  qr: QrMatrix
}

/**
 * The QR code of `text` (byte mode, UTF-8; error correction M survives a worn label).
 * Errors: throws when the text is too long for any QR version (a registry number never is).
 */
export function qrMatrix(text: string): QrMatrix {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const { size, data } = code.modules
  return Object.freeze({ size, dark: Object.freeze(Array.from(data, (bit) => bit === 1)) })
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** What the stamp shows, from the record's registry fields. */
export function stampModel(input: StampInput): StampModel {
  const at = tehranParts(input.registeredAt)
  const number = input.registryNumber.trim()
  return {
    organisation: input.organisation?.trim() || null,
    book: input.book.trim(),
    number: toPersianDigits(number),
    date: formatJalaliDate(input.registeredAt, { digits: 'persian' }),
    time: toPersianDigits(`${pad2(at.hour)}:${pad2(at.minute)}`),
    qrText: number,
    qr: qrMatrix(number),
  }
}

/**
 * Dark modules as rectangles of the page (one per horizontal run of dark modules, so no
 * hairline shows between neighbours), for a code whose quiet zone starts at (x, y) top-left
 * with `module` points a module. Units: PDF points, y up.
 */
export function qrRects(qr: QrMatrix, x: number, top: number, module: number): Array<{ x: number; y: number; width: number; height: number }> {
  const rects: Array<{ x: number; y: number; width: number; height: number }> = []
  for (let row = 0; row < qr.size; row++) {
    let col = 0
    while (col < qr.size) {
      if (!qr.dark[row * qr.size + col]) {
        col++
        continue
      }
      const start = col
      while (col < qr.size && qr.dark[row * qr.size + col]) col++
      rects.push({ x: x + (QR_QUIET + start) * module, y: top - (QR_QUIET + row + 1) * module, width: (col - start) * module, height: module })
    }
  }
  return rects
}

/** One filled path of the rectangles (a `re` per run would do; a path keeps it one fill). */
function drawQr(page: PDFPage, qr: QrMatrix, x: number, top: number, module: number): void {
  const ops = [pushGraphicsState(), setFillingColor(BLACK)]
  for (const r of qrRects(qr, x, top, module)) {
    ops.push(moveTo(r.x, r.y), lineTo(r.x + r.width, r.y), lineTo(r.x + r.width, r.y + r.height), lineTo(r.x, r.y + r.height), closePath())
  }
  ops.push(fill(), popGraphicsState())
  page.pushOperators(...ops)
}

/** The stamp's own words (it prints nothing else but data). */
export const STAMP_LABELS = { title: 'برچسب ثبت', number: 'شمارهٔ ثبت', date: 'تاریخ:', time: 'ساعت', book: 'دفتر:' } as const

/**
 * The stamp as a one-page PDF of STAMP_PAGE: the QR code on the left (in its quiet zone, as
 * large as the label's height allows), the text right-aligned on the right; a line too long
 * for its box (a long book name) is set smaller rather than cut.
 */
export async function renderStampPdf(model: StampModel): Promise<Uint8Array> {
  const L = STAMP_LABELS
  const { pdf, text } = await newDocument(`${L.title} ${model.number}`)
  const [width, height] = STAMP_PAGE
  const page = pdf.addPage(STAMP_PAGE)
  const margin = 2.5 * MM
  // The code fills the label's height, quiet zone included.
  const side = height - 2 * margin
  const module = side / (model.qr.size + 2 * QR_QUIET)
  drawQr(page, model.qr, margin, height - margin, module)
  page.drawRectangle({ x: 1 * MM, y: 1 * MM, width: width - 2 * MM, height: height - 2 * MM, borderColor: GREY, borderWidth: 0.6 })

  const box = { x: margin + side, width: width - side - 2 * margin }
  const line = (runs: Inline[], y: number, size: number, color = BLACK) => {
    const fitted = Math.min(size, (size * box.width) / Math.max(1, text.width(runs, size)))
    drawText(text, page, runs, { ...box, y, size: fitted, color })
  }
  let y = height - margin - 7
  if (model.organisation) {
    line([{ text: model.organisation, bold: true }], y, 6.5, GREY)
    y -= 12
  }
  line([{ text: L.number }], y, 7, GREY)
  y -= 17
  line([{ text: model.number, bold: true }], y, 14)
  y -= 16
  line([{ text: `${L.date} `, bold: true }, { text: model.date }, { text: `  ${L.time} `, bold: true }, { text: model.time }], y, 8.5)
  y -= 13
  line([{ text: `${L.book} `, bold: true }, { text: model.book }], y, 8)
  return pdf.save()
}
