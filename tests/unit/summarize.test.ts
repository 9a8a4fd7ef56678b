import { readFileSync } from 'fs'
import { fileURLToPath } from 'url'

import { describe, expect, it } from 'vitest'

import {
  isStopWord,
  normalizeForSearch,
  PERSIAN_STOP_WORDS,
} from '../../src/lib/persian'
import {
  briefingToText,
  condenseReports,
  splitSentences,
  summarize,
  type ReportInput,
} from '../../src/lib/summarize'

const seed = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/seeds/${name}`, import.meta.url)), 'utf8')
const SEED_DUTIES = seed('000_d88c5ec46e2e4dc6.txt')
const SEED_BYLAW = seed('004_8e74dc02d0c14a9d.txt')

const ZWNJ = '\u200C'

// A county governorate's report of a workers' gathering, as such letters are written: heading,
// address, salutation, the facts, a closing formula and the signature.
const GATHERING = `بسمه تعالی
مدیرکل محترم سیاسی، انتخابات و تقسیمات کشوری استانداری
با سلام و احترام
احتراماً به استحضار می‌رساند، ساعت ۹ صبح روز سه‌شنبه ۱۴۰۵/۰۹/۱۱ حدود ۱۵۰ نفر از کارگران کارخانه قند مرودشت در اعتراض به چهار ماه حقوق معوقه مقابل ساختمان فرمانداری تجمع کردند.
تجمع‌کنندگان خواستار دیدار با فرماندار و پرداخت فوری مطالبات خود بودند.
با حضور معاون سیاسی، امنیتی و اجتماعی فرمانداری و نماینده اداره تعاون، کار و رفاه اجتماعی، نمایندگان کارگران در جلسه‌ای شرکت کردند و مقرر شد کارفرما تا پایان هفته یک ماه از حقوق معوقه کارگران را پرداخت کند.
تجمع در ساعت ۱۱:۳۰ بدون درگیری و با آرامش پایان یافت.
موضوع در جلسه آتی کمیسیون کارگری شورای تأمین شهرستان مطرح خواهد شد.
مراتب جهت استحضار و صدور دستور مقتضی ایفاد می‌گردد.
فرماندار شهرستان مرودشت`

const ELECTION = `موضوع: گزارش آمادگی برگزاری انتخابات شوراهای اسلامی شهر و روستا
با سلام
پیرو بخشنامه شماره ۱۴۰۵/ص/۲۳۴ مورخ ۱۴۰۵/۰۸/۱۵ ستاد انتخابات کشور، گزارش آمادگی شهرستان کازرون به شرح زیر اعلام می‌گردد:
۱- هیئت اجرایی انتخابات شهرستان با ۹ عضو تشکیل و نخستین جلسه آن در تاریخ ۱۴۰۵/۰۹/۰۵ برگزار شد.
۲- تعداد ۸۵ شعبه اخذ رأی در شهر و روستاهای شهرستان پیش‌بینی شده که ۱۲ شعبه آن سیار است.
۳- آموزش ۴۲۰ نفر از عوامل اجرایی شعب اخذ رأی تا ۱۴۰۵/۱۰/۲۰ به پایان می‌رسد.
۴- کمبود ۱۵ دستگاه رایانه و تجهیزات احراز هویت برای شعب روستایی، مهم‌ترین مشکل ستاد انتخابات شهرستان است و تأمین آن درخواست می‌شود.
خواهشمند است دستور فرمایید نسبت به تأمین تجهیزات مورد نیاز اقدام لازم به عمل آید.`

const COMPLAINT = `بسمه‌تعالی
ریاست محترم دفتر سیاسی، انتخابات و تقسیمات کشوری استانداری فارس
با سلام و احترام
اینجانب علی‌رضا کریمی، ساکن روستای دهکده از توابع بخش مرکزی شهرستان فسا، به استحضار می‌رساند که در تقسیمات کشوری اخیر، روستای ما بدون نظرخواهی از اهالی از دهستان شیبکوه منتزع و به دهستان دیگری الحاق شده است.
این تغییر موجب شده اهالی برای دریافت خدمات اداری ناچار شوند مسیری بیش از ۴۰ کیلومتر را طی کنند.
بیش از ۳۰۰ نفر از اهالی روستا طوماری در اعتراض به این تصمیم امضا کرده‌اند که به پیوست تقدیم می‌گردد.
خواهشمند است دستور فرمایید موضوع در کمیسیون تقسیمات کشوری استان بررسی و نسبت به بازگشت روستا به دهستان شیبکوه اقدام مقتضی به عمل آید.
پیشاپیش از حسن توجه حضرتعالی سپاسگزارم.
علی‌رضا کریمی`

const LARESTAN = `با سلام و احترام
ستاد انتخابات شهرستان لارستان در هفته گذشته دو جلسه با حضور اعضای هیئت اجرایی برگزار کرد.
ثبت‌نام داوطلبان انتخابات شوراهای اسلامی روستا در ۴۸ روستا انجام شد و ۱۳۲ داوطلب ثبت‌نام کردند.
کمبود نیروی انسانی آموزش‌دیده برای شعب اخذ رأی در بخش‌های دوردست از مشکلات ستاد انتخابات است.
با تشکر`

const ETHNIC_COMMISSION = `جلسه کمیسیون اقوام و مذاهب شهرستان فیروزآباد با حضور نمایندگان دستگاه‌های عضو برگزار شد.
در این جلسه گزارش وضعیت عشایر کوچ‌رو و مسائل مرتعی بین دو طایفه بررسی شد.
مقرر شد اداره منابع طبیعی ظرف دو هفته نقشه محدوده مراتع را تهیه و به کمیسیون ارائه کند.`

const REPORTS: ReportInput[] = [
  { title: 'گزارش آمادگی انتخابات شوراها در کازرون', text: ELECTION, source: 'فرمانداری شهرستان کازرون', date: '۱۴۰۵/۰۹/۰۸' },
  { title: 'گزارش عملکرد ستاد انتخابات شهرستان لارستان', text: LARESTAN, source: 'فرمانداری شهرستان لارستان', date: '1405/09/10' },
  { title: 'تجمع فوری کارگران کارخانه قند مرودشت', text: GATHERING, source: 'فرمانداری شهرستان مرودشت', date: '۱۴۰۵/۰۹/۱۱' },
  { title: 'شکایت اهالی روستای دهکده از انتزاع روستا', text: COMPLAINT, source: 'علی‌رضا کریمی', date: '۱۴۰۵/۰۹/۰۹' },
  { title: 'گزارش جلسه کمیسیون اقوام و مذاهب', text: ETHNIC_COMMISSION, source: 'فرمانداری شهرستان فیروزآباد', date: '۱۴۰۵/۰۹/۰۶' },
]

/** The text as typed on an Arabic keyboard: ي for ی, ك for ک. */
const arabicKeyboard = (s: string) => s.replace(/ی/g, '\u064A').replace(/ک/g, '\u0643')
const persianKeyboard = (s: string) => s.replace(/\u064A/g, 'ی').replace(/\u0643/g, 'ک')

function expectWithinLimits(summary: string, maxChars = 300, maxSentences = 3) {
  expect(summary.length).toBeGreaterThan(0)
  expect(summary.length).toBeLessThanOrEqual(maxChars)
  const sentences = splitSentences(summary)
  expect(sentences.length).toBeGreaterThanOrEqual(1)
  expect(sentences.length).toBeLessThanOrEqual(maxSentences)
}

describe('splitting Persian text into sentences', () => {
  it('splits at full stops, exclamation and question marks but not inside dates or decimals', () => {
    expect(
      splitSentences('جلسه در تاریخ 1405/09/01 برگزار شد. نرخ مشارکت 12.5 درصد بود! آیا گزارش فرمانداری رسید؟ بله رسیده است.'),
    ).toEqual(['جلسه در تاریخ 1405/09/01 برگزار شد.', 'نرخ مشارکت 12.5 درصد بود!', 'آیا گزارش فرمانداری رسید؟', 'بله رسیده است.'])
  })

  it('keeps Persian-digit dates, registry numbers and dotted abbreviations whole', () => {
    expect(
      splitSentences(
        'نامه شماره ۱۴۰۵/و/۱۲ مورخ ۱۴۰۵/۰۹/۰۱ واصل شد. موضوع به نیروی انتظامی ج.ا.ا ارسال گردید. طبق ماده ۱۰ ق.م اقدام شد. ساعت 10.30 جلسه پایان یافت.',
      ),
    ).toEqual([
      'نامه شماره ۱۴۰۵/و/۱۲ مورخ ۱۴۰۵/۰۹/۰۱ واصل شد.',
      'موضوع به نیروی انتظامی ج.ا.ا ارسال گردید.',
      'طبق ماده ۱۰ ق.م اقدام شد.',
      'ساعت 10.30 جلسه پایان یافت.',
    ])
  })

  it('does not split after a dotted initial', () => {
    expect(splitSentences('م. رضایی گزارش داد که وضعیت آرام است. جلسه بعدی هفته آینده است.')).toEqual([
      'م. رضایی گزارش داد که وضعیت آرام است.',
      'جلسه بعدی هفته آینده است.',
    ])
  })

  it('ends a sentence at the Persian question mark, but not one quoted inside a sentence', () => {
    expect(splitSentences('آیا مجوز راهپیمایی صادر شده است؟ پاسخ فرمانداری هنوز نرسیده است.')).toEqual([
      'آیا مجوز راهپیمایی صادر شده است؟',
      'پاسخ فرمانداری هنوز نرسیده است.',
    ])
    expect(splitSentences('معترضان پرسیدند «چرا حقوق ما پرداخت نمی‌شود؟» و سپس پراکنده شدند.')).toEqual([
      'معترضان پرسیدند «چرا حقوق ما پرداخت نمی‌شود؟» و سپس پراکنده شدند.',
    ])
  })

  it('makes each list item a sentence and drops its bullet, number or letter label', () => {
    const text = [
      'موارد زیر گزارش شد:',
      '- تجمع ۵۰ نفر از کارگران مقابل فرمانداری',
      '• اعتراض به حقوق معوقه کارگران',
      '1. پیگیری از طریق اداره کار',
      '۱- تشکیل جلسه کمیسیون کارگری',
      'الف) بررسی درخواست مجوز راهپیمایی',
    ].join('\n')
    expect(splitSentences(text)).toEqual([
      'موارد زیر گزارش شد:',
      'تجمع ۵۰ نفر از کارگران مقابل فرمانداری',
      'اعتراض به حقوق معوقه کارگران',
      'پیگیری از طریق اداره کار',
      'تشکیل جلسه کمیسیون کارگری',
      'بررسی درخواست مجوز راهپیمایی',
    ])
  })

  it('breaks at «؛» only between two long pieces', () => {
    expect(splitSentences('جلسه برگزار شد؛ نتیجه اعلام شد.')).toEqual(['جلسه برگزار شد؛ نتیجه اعلام شد.'])
    const long =
      'در این جلسه که با حضور فرماندار و معاونان و نمایندگان دستگاه‌های اجرایی شهرستان برگزار شد مسائل انتخابات بررسی شد؛ ' +
      'مقرر گردید ستاد انتخابات شهرستان تا پایان هفته آینده تشکیل و گزارش آن ارسال شود.'
    expect(splitSentences(long)).toHaveLength(2)
  })

  it('drops empty and one-word fragments and joins a line broken after a list number', () => {
    expect(splitSentences('گزارش.\n\n.\nتجمع کارگران ادامه دارد.')).toEqual(['تجمع کارگران ادامه دارد.'])
    expect(splitSentences('2.نظارت\nو مراقبت مستمر نحوه فعالیت احزاب.')).toEqual(['نظارت و مراقبت مستمر نحوه فعالیت احزاب.'])
    expect(splitSentences('   \n  ')).toEqual([])
  })

  it('returns the characters as written: Arabic ي/ك, ZWNJ and digits are not normalised', () => {
    const text = 'گزارش‌هاي واصله از فرمانداري كازرون بررسي شد. نتيجه به ۳ دستگاه ابلاغ گرديد.'
    expect(splitSentences(text)).toEqual(['گزارش‌هاي واصله از فرمانداري كازرون بررسي شد.', 'نتيجه به ۳ دستگاه ابلاغ گرديد.'])
  })
})

describe('summarising one letter or report', () => {
  it('gives an empty summary for empty text and the text itself for one short sentence', () => {
    expect(summarize('')).toBe('')
    expect(summarize('  \n\t ')).toBe('')
    expect(summarize('  گزارش تجمع کارگران کارخانه قند واصل شد.  ')).toBe('گزارش تجمع کارگران کارخانه قند واصل شد.')
  })

  it('summarises a gathering report by its facts, not its salutation, closing or signature', () => {
    const summary = summarize(GATHERING)
    expectWithinLimits(summary)
    // The opening formula «احتراماً به استحضار می‌رساند،» is dropped from the key sentence.
    expect(summary.startsWith('ساعت ۹ صبح روز سه‌شنبه ۱۴۰۵/۰۹/۱۱ حدود ۱۵۰ نفر از کارگران کارخانه قند مرودشت')).toBe(true)
    expect(summary).toContain('تجمع کردند.')
    for (const formula of ['بسمه', 'با سلام', 'احتراماً', 'مدیرکل محترم', 'مراتب جهت استحضار', 'فرماندار شهرستان مرودشت']) {
      expect(summary).not.toContain(formula)
    }
    expect(summary).toContain(`سه${ZWNJ}شنبه`)
  })

  it('summarises an election-readiness report by its list, not its subject line or request', () => {
    const summary = summarize(ELECTION, { title: 'گزارش آمادگی انتخابات شوراها در کازرون' })
    expectWithinLimits(summary)
    expect(summary).toContain('کمبود ۱۵ دستگاه رایانه و تجهیزات احراز هویت')
    expect(summary).toContain('هیئت اجرایی انتخابات شهرستان با ۹ عضو تشکیل')
    expect(summary).not.toContain('موضوع:')
    expect(summary).not.toContain('با سلام')
    expect(summary).not.toContain('خواهشمند')
    expect(summary).not.toContain('به شرح زیر')
  })

  it('summarises a complaint letter by its grievance and what it asks, the request labelled as such', () => {
    const summary = summarize(COMPLAINT)
    expectWithinLimits(summary)
    expect(summary).toContain('روستای ما بدون نظرخواهی از اهالی از دهستان شیبکوه منتزع')
    expect(summary).toContain('درخواست: موضوع در کمیسیون تقسیمات کشوری استان بررسی و نسبت به بازگشت روستا به دهستان شیبکوه')
    for (const formula of ['بسمه', 'با سلام و احترام', 'ریاست محترم', 'خواهشمند', 'پیشاپیش']) {
      expect(summary).not.toContain(formula)
    }
    expect(summary).toContain(`علی${ZWNJ}رضا`)
  })

  it('weighs the words of the subject more', () => {
    const text = [
      'نشست شورای اداری شهرستان با حضور فرماندار برگزار شد و مدیران دستگاه‌های اجرایی گزارش عملکرد خود را ارائه کردند.',
      'در حاشیه نشست، نمایندگان تشکل‌های دانشجویی درباره برگزاری مراسم روز دانشجو در دانشگاه آزاد گفت‌وگو کردند.',
      'همچنین کمبود آب شرب در روستاهای بخش مرکزی و لزوم تأمین تانکر سیار مطرح شد.',
    ].join('\n')
    expect(summarize(text, { maxSentences: 1, title: 'کمبود آب شرب روستاها' })).toBe(
      'همچنین کمبود آب شرب در روستاهای بخش مرکزی و لزوم تأمین تانکر سیار مطرح شد.',
    )
    expect(summarize(text, { maxSentences: 1, title: 'مراسم روز دانشجو' })).toContain('مراسم روز دانشجو')
  })

  it('honours maxSentences and cuts an over-long best sentence at a word boundary with «…»', () => {
    expect(splitSentences(summarize(GATHERING, { maxSentences: 1 }))).toHaveLength(1)
    // With room for one sentence only, what is asked is kept: the workers' demand.
    expect(summarize(GATHERING, { maxSentences: 1 })).toBe('تجمع‌کنندگان خواستار دیدار با فرماندار و پرداخت فوری مطالبات خود بودند.')
    // A report that asks nothing is cut in its best sentence.
    const cut = summarize(GATHERING.split('\n').filter((line) => !/خواستار|مقرر شد/.test(line)).join('\n'), { maxChars: 80 })
    expect(cut.length).toBeLessThanOrEqual(80)
    expect(cut.endsWith('…')).toBe(true)
    const kept = cut.slice(0, -1)
    const full = 'ساعت ۹ صبح روز سه‌شنبه ۱۴۰۵/۰۹/۱۱ حدود ۱۵۰ نفر از کارگران کارخانه قند مرودشت در اعتراض به چهار ماه حقوق معوقه'
    expect(full.startsWith(kept)).toBe(true)
    expect(full[kept.length]).toBe(' ')
  })

  it('scores text typed with Arabic ي/ك exactly as with Persian ی/ک, and keeps its letters', () => {
    for (const text of [GATHERING, ELECTION, COMPLAINT]) {
      const persian = summarize(text)
      const arabic = summarize(arabicKeyboard(text))
      expect(arabic).toContain('\u064A')
      expect(persianKeyboard(arabic)).toBe(persian)
    }
  })

  it('is deterministic', () => {
    expect(summarize(COMPLAINT)).toBe(summarize(COMPLAINT))
    expect(summarize(SEED_DUTIES)).toBe(summarize(SEED_DUTIES))
  })

  it('summarises the seed documents within the limits', () => {
    const duties = summarize(SEED_DUTIES)
    expectWithinLimits(duties)
    expect(duties).toContain('نظارت بر امور مربوط به تاسیس حزب')

    const bylaw = summarize(SEED_BYLAW)
    expectWithinLimits(bylaw)
    expect(bylaw).not.toContain('#')
    expect(bylaw).not.toContain('بسمه')
    expect(normalizeForSearch(bylaw)).toContain('سازمان استانها')

    for (const seedText of [SEED_DUTIES, SEED_BYLAW]) {
      const short = summarize(seedText, { maxChars: 120, maxSentences: 2 })
      expectWithinLimits(short, 120, 2)
    }
  })
})

describe('condensing incoming reports into a briefing', () => {
  const briefing = condenseReports(REPORTS)

  it('has the heading, an overview naming the count, senders, period and themes', () => {
    expect(briefing.heading).toBe('خلاصه گزارش‌های واصله')
    expect(briefing.overview).toContain('۵ گزارش')
    expect(briefing.overview).toContain('فرمانداری شهرستان کازرون')
    expect(briefing.overview).toContain('۲ مرجع دیگر')
    expect(briefing.overview).toContain('۱۴۰۵/۰۹/۰۶ تا ۱۴۰۵/۰۹/۱۱')
    expect(briefing.overview).toContain(briefing.themes[0]!)
  })

  it('names the terms the reports share, as written', () => {
    expect(briefing.themes.length).toBeGreaterThanOrEqual(3)
    expect(briefing.themes.length).toBeLessThanOrEqual(6)
    expect(briefing.themes).toContain('انتخابات')
    expect(briefing.themes).toContain('جلسه')
    // Words of address lines («مدیرکل محترم سیاسی، انتخابات و …») and generic office words are no theme.
    expect(briefing.themes).not.toContain('گزارش')
    expect(briefing.themes).not.toContain('شهرستان')
  })

  it('lists what needs action first: the protest with its demand, then the reports that ask something, the one that asks nothing last', () => {
    expect(briefing.items).toHaveLength(5)
    expect(briefing.items[0]).toMatchObject({
      title: 'تجمع فوری کارگران کارخانه قند مرودشت',
      source: 'فرمانداری شهرستان مرودشت',
      date: '۱۴۰۵/۰۹/۱۱',
    })
    expect(briefing.items[0]!.summary).toContain('۱۵۰ نفر از کارگران کارخانه قند مرودشت')
    // The protest's summary keeps what the workers demand, not only the event.
    expect(briefing.items[0]!.summary).toContain('خواستار دیدار با فرماندار و پرداخت فوری مطالبات خود بودند.')
    // Requests (equipment with a schedule; the villagers' complaint), then a decision with a
    // two-week deadline, then the activity report that asks nothing.
    expect(briefing.items.map((i) => i.title)).toEqual([
      'تجمع فوری کارگران کارخانه قند مرودشت',
      'گزارش آمادگی انتخابات شوراها در کازرون',
      'شکایت اهالی روستای دهکده از انتزاع روستا',
      'گزارش جلسه کمیسیون اقوام و مذاهب',
      'گزارش عملکرد ستاد انتخابات شهرستان لارستان',
    ])
    for (const item of briefing.items) {
      expect(item.summary.length).toBeGreaterThan(0)
      expect(item.summary.length).toBeLessThanOrEqual(200)
      expect(item.summary).not.toContain('با سلام')
    }
  })

  it('keeps the given order between reports of equal importance', () => {
    const plain = condenseReports([
      { title: 'الف', text: 'کتابخانه عمومی شهر تعطیل شد.' },
      { title: 'ب', text: 'باران شدید در جاده کوهستانی آمد.' },
      { title: 'ج', text: 'نمایشگاه صنایع دستی گشایش یافت.' },
    ])
    expect(plain.items.map((i) => i.title)).toEqual(['الف', 'ب', 'ج'])
    expect(plain.overview).toContain('۳ گزارش')
  })

  it('lists at most maxItems but counts every report, and handles no reports', () => {
    const two = condenseReports(REPORTS, { maxItems: 2, maxChars: 120 })
    expect(two.items.map((i) => i.title)).toEqual(briefing.items.slice(0, 2).map((i) => i.title))
    expect(two.overview).toContain('۵ گزارش')
    for (const item of two.items) expect(item.summary.length).toBeLessThanOrEqual(120)

    const none = condenseReports([])
    expect(none).toEqual({ heading: 'خلاصه گزارش‌های واصله', overview: 'گزارشی واصل نشده است.', items: [], themes: [] })
  })

  it('renders as plain text with numbered items', () => {
    const text = briefingToText(briefing)
    expect(text.startsWith('خلاصه گزارش‌های واصله\n\n')).toBe(true)
    expect(text).toContain(briefing.overview)
    expect(text).toContain('۱. تجمع فوری کارگران کارخانه قند مرودشت (فرمانداری شهرستان مرودشت، ۱۴۰۵/۰۹/۱۱)')
    expect(text).toContain(`\n${briefing.items[0]!.summary}\n`)
    expect(text).toContain('۵. گزارش عملکرد ستاد انتخابات شهرستان لارستان')
  })
})

describe('Persian stop words', () => {
  it('knows function words in any spelling', () => {
    expect(isStopWord('از')).toBe(true)
    expect(isStopWord('که')).toBe(true)
    expect(isStopWord('مي')).toBe(true) // Arabic yeh
    expect(isStopWord('می')).toBe(true)
    expect(isStopWord(`می${ZWNJ}باشد`)).toBe(true)
    expect(isStopWord('مي باشد')).toBe(true)
    expect(isStopWord('میباشد')).toBe(true)
    expect(isStopWord('نمايند')).toBe(true)
  })

  it('does not take content words or letter formulas for stop words', () => {
    for (const word of ['تجمع', 'انتخابات', 'فرمانداری', 'کارگران', 'دستور', 'احتراماً', 'خواهشمند', 'مقتضی', 'فرمایید', '']) {
      expect(isStopWord(word)).toBe(false)
    }
  })

  it('holds a few hundred normalised one-word keys', () => {
    expect(PERSIAN_STOP_WORDS.size).toBeGreaterThanOrEqual(250)
    expect(PERSIAN_STOP_WORDS.size).toBeLessThanOrEqual(400)
    for (const key of PERSIAN_STOP_WORDS) {
      expect(normalizeForSearch(key)).toBe(key)
      expect(key).not.toContain(' ')
    }
    for (const key of ['است', 'بود', 'شد', 'می', 'های', 'را', 'و', 'به', 'در', 'با', 'این', 'آن', 'برای', 'تا', 'یا', 'هم', 'نیز', 'اما', 'ولی', 'باید', 'شود', 'گردد', 'نماید', 'میباشد']) {
      expect(PERSIAN_STOP_WORDS.has(key)).toBe(true)
    }
  })
})
