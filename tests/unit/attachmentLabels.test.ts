import { describe, expect, it } from 'vitest'

import { attachmentTitle, fileSizeLabel, fileTypeLabel, MAX_DISPLAY_NAME_CHARS, sanitizeDisplayName } from '../../src/lib/files'

describe('an attachment’s name for showing', () => {
  it('keeps the name as sent, with its ZWNJ, trimmed', () => {
    expect(sanitizeDisplayName('  گزارش\u200Cهای فرمانداری.pdf ')).toBe('گزارش\u200Cهای فرمانداری.pdf')
  })

  it('drops path parts, Windows or POSIX', () => {
    expect(sanitizeDisplayName('C:\\Users\\office\\Desktop\\نامه.pdf')).toBe('نامه.pdf')
    expect(sanitizeDisplayName('../../etc/passwd.pdf')).toBe('passwd.pdf')
    expect(sanitizeDisplayName('scans/')).toBeNull()
  })

  it('drops control and bidi-override characters so no name disguises its extension', () => {
    expect(sanitizeDisplayName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe')
    expect(sanitizeDisplayName('a\u2066b\u2069.pdf')).toBe('ab.pdf')
    expect(sanitizeDisplayName('line\nbreak\u0000.pdf')).toBe('line break .pdf')
    expect(sanitizeDisplayName('bad\uD800.pdf')).toBe('bad.pdf')
  })

  it('collapses white space, normalises to NFC and gives null for nothing', () => {
    expect(sanitizeDisplayName('a   b\t c.pdf')).toBe('a b c.pdf')
    expect(sanitizeDisplayName('re\u0301sume\u0301.pdf')).toBe('r\u00E9sum\u00E9.pdf')
    expect(sanitizeDisplayName('   ')).toBeNull()
    expect(sanitizeDisplayName('\u202E')).toBeNull()
    expect(sanitizeDisplayName(null)).toBeNull()
  })

  it('caps a long name and keeps its extension', () => {
    const shown = sanitizeDisplayName(`${'ب'.repeat(400)}.docx`)!
    expect(Array.from(shown).length).toBe(MAX_DISPLAY_NAME_CHARS)
    expect(shown.endsWith('….docx')).toBe(true)
    const noExt = sanitizeDisplayName('x'.repeat(300))!
    expect(Array.from(noExt).length).toBeLessThanOrEqual(MAX_DISPLAY_NAME_CHARS)
    expect(noExt.endsWith('…')).toBe(true)
  })
})

describe('size and type labels', () => {
  it('says sizes in Persian digits with binary units', () => {
    expect(fileSizeLabel(0)).toBe('۰ بایت')
    expect(fileSizeLabel(512)).toBe('۵۱۲ بایت')
    expect(fileSizeLabel(340 * 1024)).toBe('۳۴۰ کیلوبایت')
    expect(fileSizeLabel(1.2 * 1024 * 1024)).toBe('۱٫۲ مگابایت')
    expect(fileSizeLabel(2 * 1024 * 1024)).toBe('۲ مگابایت')
    expect(fileSizeLabel(1024 * 1024 - 1)).toBe('۱ مگابایت')
    expect(fileSizeLabel(25 * 1024 * 1024)).toBe('۲۵ مگابایت')
    expect(fileSizeLabel(null)).toBeNull()
    expect(fileSizeLabel(-1)).toBeNull()
  })

  it('names each accepted type in Persian', () => {
    expect(fileTypeLabel('pdf')).toBe('PDF')
    expect(fileTypeLabel('jpeg')).toBe('تصویر JPEG')
    expect(fileTypeLabel('png')).toBe('تصویر PNG')
    expect(fileTypeLabel('tiff')).toBe('تصویر TIFF')
    expect(fileTypeLabel('webp')).toBe('تصویر WebP')
    expect(fileTypeLabel('docx')).toBe('سند Word')
    expect(fileTypeLabel(null)).toBe('فایل')
    expect(fileTypeLabel('exe')).toBe('فایل')
  })

  it('titles an attachment by its name, type and size, and an old unnamed row by its id', () => {
    expect(attachmentTitle({ originalName: 'گزارش.pdf', filesize: 1.2 * 1024 * 1024, detectedType: 'pdf' })).toBe('گزارش.pdf (PDF، ۱٫۲ مگابایت)')
    expect(attachmentTitle({ id: 12, originalName: null, filesize: 340 * 1024, detectedType: 'jpeg' })).toBe('پیوست ۱۲ (تصویر JPEG، ۳۴۰ کیلوبایت)')
    expect(attachmentTitle({ id: 7, originalName: '', filesize: null, detectedType: null })).toBe('پیوست ۷ (فایل)')
  })
})
