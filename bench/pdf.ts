/**
 * npm run bench:pdf — how long the PDFs take.
 *
 * - One official letter (~300 words, bold runs, a list): GET /api/letters/:id/pdf in-process
 *   with the office chief's JWT, warm (fonts loaded), and the renderer alone.
 * - The registry book of 1,000 numbers: GET /api/registry-book.pdf, and the renderer alone.
 * Baseline in the same run: raw pdf-lib drawing the same text with plain `drawText` (no bidi,
 * no shaping of runs, no line breaking of ours: what the library does by itself, wrongly for
 * Persian, see ../shared/docs/pdf-persian.md). Targets: letter ≤ 40 ms warm, book ≤ 1.5 s.
 */
import '../src/server/loadEnv'

import fontkit from '@pdf-lib/fontkit'
import { handleEndpoints } from 'payload'
import { PDFDocument, PageSizes } from 'pdf-lib'

import { formatJalaliDate } from '../src/lib/jalali'
import { plainToRichText } from '../src/lib/letters/text'
import { fontBytes, lexicalToBlocks, renderLetterPdf, renderRegistryBookPdf, type LetterPdfModel, type RegistryBookRow } from '../src/lib/pdf'
import { BENCH_PASSWORD, openBenchDatabase, percentile, runBench } from './benchDatabase'

const RUNS = Number(process.env.BENCH_RUNS || 50)
const BOOK_ROWS = 1000

const PARAGRAPH =
  'بازگشت به نامهٔ شمارهٔ ۱۴۰۵/ص/۳۴۵ در خصوص برگزاری انتخابات شوراهای اسلامی شهر و روستا، به استحضار می‌رساند که کلیهٔ اقدامات لازم برای تعیین حوزه‌های انتخابیه انجام شده است و گزارش آن به پیوست تقدیم می‌شود.'
const BODY = Array.from({ length: 8 }, () => PARAGRAPH).join('\n')

async function time(fn: () => Promise<unknown>, runs: number) {
  for (let i = 0; i < 3; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    await fn()
    times.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) }
}

/** pdf-lib by itself: the font embedded (subset), every line drawn with drawText, no layout of ours. */
async function rawLetter(lines: string[]) {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const { regular } = await fontBytes()
  const font = await pdf.embedFont(regular, { subset: true })
  let page = pdf.addPage(PageSizes.A4)
  let y = 780
  for (const line of lines) {
    if (y < 60) ((page = pdf.addPage(PageSizes.A4)), (y = 780))
    page.drawText(line, { x: 50, y, size: 11, font })
    y -= 18
  }
  return pdf.save()
}

async function main() {
  const db = await openBenchDatabase()
  const { payload, raw } = db
  const office = (await payload.find({ collection: 'users', where: { email: { equals: 'office@demo.dabir.ir' } }, depth: 0 })).docs[0]!
  const sender = await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری نمونه', kind: 'county-governorate' } })
  const letter = await payload.create({
    collection: 'letters',
    data: { kind: 'incoming', status: 'registered', classification: 'normal', urgency: 'urgent', subject: 'گزارش آمادگی حوزه‌های انتخابیه', body: plainToRichText(BODY), sender: { relationTo: 'correspondents', value: sender.id }, senderNumber: 'BP-1', senderDateJalali: '۱۴۰۵/۰۸/۰۱' } as never,
    user: office,
    overrideAccess: false,
  })
  const book = Number(letter.registryBook && typeof letter.registryBook === 'object' ? letter.registryBook.id : letter.registryBook)
  // The rest of the book's 1,000 numbers, bulk-inserted (the registry book reads them with SQL).
  await raw.query(
    `INSERT INTO letters (kind, status, classification, urgency, subject, registry_book_id, registry_number, registry_number_key, registry_year, registry_seq,
                          registered_at, registered_by_id, created_by_id, archived, updated_at, created_at)
     SELECT 'incoming', (CASE WHEN g % 50 = 0 THEN 'cancelled' ELSE 'registered' END)::enum_letters_status,
            (CASE WHEN g % 7 = 0 THEN 'secret' ELSE 'normal' END)::enum_letters_classification, 'normal',
            'درخواست بررسی وضعیت تقسیمات کشوری دهستان شمارهٔ ' || g, $1, $2 || g, $2 || g, $3, g, now(), $4, $4, false, now(), now()
     FROM generate_series($5::int + 1, $5::int + $6::int - 1) AS g`,
    [book, `${letter.registryYear}/و/`, letter.registryYear, office.id, letter.registrySeq, BOOK_ROWS],
  )
  const login = await payload.login({ collection: 'users', data: { email: office.email, password: BENCH_PASSWORD } })
  const get = async (path: string) => {
    const response = await handleEndpoints({ config: payload.config, request: new Request(`http://localhost:3000${path}`, { headers: { Authorization: `JWT ${login.token}` } }) })
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return new Uint8Array(await response.arrayBuffer())
  }
  const today = encodeURIComponent(formatJalaliDate(new Date()))
  const bookPath = `/api/registry-book.pdf?book=${book}&from=${today}&to=${today}`

  const model: LetterPdfModel = {
    letterhead: { organisation: 'استانداری', unit: 'دفتر سیاسی، انتخابات و تقسیمات کشوری' },
    number: letter.registryNumber,
    date: formatJalaliDate(letter.registeredAt!),
    attachments: 'ندارد',
    urgency: 'فوری',
    addressee: ['مدیرکل محترم سیاسی، انتخابات و تقسیمات کشوری'],
    subject: letter.subject,
    body: lexicalToBlocks(plainToRichText(BODY)),
    copies: [],
    draft: false,
  }
  const rows: RegistryBookRow[] = Array.from({ length: BOOK_ROWS }, (_, i) => ({
    number: `1405/و/${i + 1}`,
    date: '1405/09/02',
    kind: 'وارده',
    party: 'فرمانداری نمونه',
    subject: i % 7 === 0 ? null : `درخواست بررسی وضعیت تقسیمات کشوری دهستان شمارهٔ ${i + 1}`,
    classification: i % 7 === 0 ? 'سری' : 'عادی',
    cancelled: i % 50 === 0,
  }))
  const bookModel = { letterhead: model.letterhead, title: 'دفتر اندیکاتور', period: '۱۴۰۵/۰۹/۰۲', rows, generatedAt: '۱۴۰۵/۰۹/۰۲' }

  const letterLines = BODY.split('\n').flatMap((p) => p.match(/.{1,90}(\s|$)/g) ?? [])
  const bookLines = rows.map((r) => `${r.number}  ${r.date}  ${r.kind}  ${r.party}  ${r.subject ?? ''}  ${r.classification}`)
  const results = [
    ['letter: raw pdf-lib drawText', await time(() => rawLetter(letterLines), RUNS)],
    ['letter: renderLetterPdf', await time(() => renderLetterPdf(model), RUNS)],
    ['letter: GET /api/letters/:id/pdf', await time(() => get(`/api/letters/${letter.id}/pdf`), RUNS)],
    ['book: raw pdf-lib drawText', await time(() => rawLetter(bookLines), 5)],
    ['book: renderRegistryBookPdf', await time(() => renderRegistryBookPdf(bookModel), 5)],
    ['book: GET /api/registry-book.pdf', await time(() => get(bookPath), 5)],
  ] as const
  console.log(`\nPDFs (${db.label}); letter of ~300 words, registry book of ${BOOK_ROWS} numbers`)
  console.log('what                               |  p50 ms |  p95 ms')
  for (const [what, r] of results) console.log(`${what.padEnd(34)} | ${r.p50.toFixed(1).padStart(7)} | ${r.p95.toFixed(1).padStart(7)}`)
  const letterP50 = results[2][1].p50
  const bookP50 = results[5][1].p50
  console.log(`targets: letter warm ≤ 40 ms: ${letterP50 <= 40 ? 'met' : 'NOT met'} (${letterP50.toFixed(1)} ms); registry book of ${BOOK_ROWS} ≤ 1.5 s: ${bookP50 <= 1500 ? 'met' : 'NOT met'} (${(bookP50 / 1000).toFixed(2)} s)`)
  await db.close()
}

runBench(main)
