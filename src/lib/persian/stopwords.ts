// Persian stop words: the function words a search query or a summary should not count.
// Written here as people type them (ZWNJ, آ, Persian letters) and normalised once with
// normalizeForSearch, so the set holds search keys. A ZWNJ word («می‌باشد») is stored as its
// joined form («میباشد»); its pieces («می», «باشد») are listed on their own when each piece
// is itself a function word, so text written with ZWNJ, a space or nothing meets the set.
//
// Office-letter formulas (احتراماً، خواهشمند، مقتضی، دستور، فرمایید …) are NOT stop words:
// staff search for them. They are in LETTER_FORMULAS, which only the summariser uses to tell
// a salutation or closing sentence from the content of a letter.
import { normalizeForSearch } from './normalize'

const STOP_WORDS_RAW = [
  // Prepositions and the postposition را
  'و', 'یا', 'به', 'از', 'در', 'با', 'بر', 'برای', 'تا', 'را', 'بی', 'بدون', 'جز', 'بجز', 'به‌جز',
  'مگر', 'الا', 'غیر', 'درباره', 'دربارهٔ', 'بین', 'میان', 'نزد', 'پیش', 'پس', 'روی', 'زیر',
  'بالای', 'پشت', 'کنار', 'سوی', 'سمت', 'طی', 'توسط', 'جهت', 'مثل', 'مانند', 'همچون', 'همانند',
  'علیه', 'ضد', 'طبق', 'وفق', 'حسب', 'بنابر', 'بنا', 'نسبت', 'ضمن', 'الی', 'فی',
  'علی', 'لا', 'هنگام',
  // Heads of compound prepositions (در خصوص، به منظور، در راستای، از طریق، در مورد …)
  'خصوص', 'درخصوص', 'مورد', 'درمورد', 'منظور', 'به‌منظور', 'راستای', 'درراستای', 'طریق',
  'ازطریق', 'لحاظ', 'به‌عنوان', 'به‌طور', 'طور', 'به‌ویژه', 'بویژه', 'بخصوص', 'به‌خصوص',
  'واسطه', 'به‌واسطه', 'دنبال', 'درپی', 'پیرامون',
  // Conjunctions and discourse words
  'که', 'چه', 'هم', 'نیز', 'اما', 'ولی', 'لیکن', 'ولیکن', 'بلکه', 'اگر', 'اگرچه', 'گرچه', 'هرچند',
  'چنانچه', 'چنانکه', 'زیرا', 'چون', 'چونکه', 'چرا', 'لذا', 'بنابراین', 'سپس', 'آنگاه', 'همچنین',
  'همچنان', 'ضمنا', 'ضمناً', 'وگرنه', 'ولو', 'یعنی', 'اینکه', 'این‌که', 'آنکه', 'آن‌که',
  'درحالیکه', 'درحالی‌که', 'وقتی', 'هنگامی', 'زمانی', 'طوری',
  // Pronouns and pronoun suffixes written apart
  'من', 'تو', 'او', 'ما', 'شما', 'ایشان', 'آنها', 'آن‌ها', 'اینها', 'این‌ها', 'وی', 'آنان', 'اینان',
  'خود', 'خودش', 'خودم', 'خودشان', 'خودمان', 'خویش', 'خویشتن', 'یکدیگر', 'همدیگر', 'اینجانب',
  'اینجانبان', 'اینجا', 'آنجا', 'مان', 'تان', 'شان',
  // Determiners and quantifiers
  'این', 'آن', 'همین', 'همان', 'چنین', 'چنان', 'اینگونه', 'آنگونه', 'هر',
  'همه', 'همهٔ', 'هیچ', 'برخی', 'بعضی', 'چند', 'چندین', 'تمام', 'تمامی', 'کلیه', 'سایر', 'دیگر',
  'دیگری', 'دیگران', 'غیره', 'یک', 'یکی', 'کدام', 'چیزی', 'کسی', 'آنچه', 'هرچه',
  'هرکس', 'همگی', 'بسیاری', 'اکثر', 'مذکور', 'مزبور', 'فوق', 'الذکر', 'فوق‌الذکر',
  'مربوط', 'مربوطه', 'ذیل', 'ذیربط', 'ذی‌ربط',
  // Adverbs
  'فقط', 'تنها', 'حتی', 'هنوز', 'اکنون', 'اینک', 'حالا', 'الان', 'کجا', 'کی', 'چگونه', 'چطور',
  'آیا', 'بسیار', 'خیلی', 'کاملا', 'کاملاً', 'نسبتا', 'نسبتاً', 'تقریبا', 'تقریباً', 'حدود',
  'حدودا', 'حدوداً', 'بیش', 'بیشتر', 'کم', 'کمتر', 'زیاد', 'زیادی', 'بیشترین', 'کمترین', 'همواره',
  'همیشه', 'هرگز', 'گاهی', 'معمولا', 'معمولاً', 'البته', 'شاید', 'قطعا', 'قطعاً', 'واقعا',
  'صرفا', 'صرفاً', 'ابتدا', 'بعد', 'بعدا', 'بعداً', 'قبل', 'قبلا', 'قبلاً', 'اخیرا', 'اخیراً',
  'فعلا', 'فعلاً', 'دوباره', 'مجددا', 'مجدداً', 'هم‌اکنون', 'هماکنون', 'باری', 'بله',
  'نه', 'خیر', 'آری', 'چندان', 'بیشتری', 'کمی', 'اصلا', 'اصلاً',
  // Copula and auxiliaries
  'است', 'هست', 'هستند', 'هستیم', 'هستید', 'هستم', 'نیست', 'نیستند', 'بود', 'نبود', 'بودند',
  'بوده', 'بودن', 'بودم', 'بودیم', 'باشد', 'باشند', 'باشیم', 'باشید', 'باشم', 'نباشد', 'نباشند',
  'می‌باشد', 'می‌باشند', 'نمی‌باشد', 'بوده‌است', 'بوده‌اند', 'خواهد', 'خواهند', 'خواهیم',
  'خواهید', 'خواهم', 'باید', 'نباید', 'بایست', 'بایستی', 'می‌بایست', 'توان', 'تواند',
  'توانند', 'می‌توان', 'می‌تواند', 'می‌توانند', 'نمی‌توان', 'نمی‌تواند',
  // Verb prefixes and personal endings written apart (ZWNJ or space)
  'می', 'نمی', 'ام', 'ای', 'ایم', 'اید', 'اند', 'ها', 'های', 'هایی', 'ی', 'تر', 'ترین',
  // Light verbs: شدن، گردیدن، کردن، نمودن، دادن، داشتن، گرفتن، آمدن، ساختن
  'شد', 'شدند', 'شده', 'شدن', 'شود', 'شوند', 'شویم', 'نشد', 'نشده', 'نشود', 'شده‌است',
  'شده‌اند', 'می‌شود', 'می‌شوند', 'نمی‌شود', 'نمی‌شوند', 'گردد', 'گردند', 'گردید', 'گردیدند',
  'گردیده', 'گردیده‌است', 'گردیده‌اند', 'می‌گردد', 'می‌گردند', 'گشت', 'گشته',
  'نماید', 'نمایند', 'نمایید', 'نمود', 'نمودند', 'نموده', 'نمودن', 'نموده‌اند',
  'می‌نماید', 'می‌نمایند', 'کرد', 'کردند', 'کرده', 'کردن', 'کند', 'کنند', 'کنیم', 'کنید', 'کنم',
  'نکرد', 'نکند', 'نکنند', 'کرده‌اند', 'کرده‌است', 'می‌کند', 'می‌کنند', 'نمی‌کند', 'نمی‌کنند',
  'داد', 'دادند', 'داده', 'دادن', 'دهد', 'دهند', 'دهیم', 'داده‌اند', 'داده‌است',
  'می‌دهد', 'می‌دهند', 'دارد', 'دارند', 'داریم', 'دارید', 'دارم', 'داشت', 'داشتند', 'داشته',
  'داشتن', 'ندارد', 'ندارند', 'می‌دارد', 'گیرد', 'گیرند', 'گرفت', 'گرفتند', 'گرفته',
  'گرفتن', 'می‌گیرد', 'می‌گیرند', 'آید', 'آیند', 'آمد', 'آمده', 'آمدند', 'می‌آید', 'سازد',
  'سازند', 'ساخت', 'ساخته', 'رسد', 'رسید', 'رسیده',
] as const

// Words of salutations, addresses and closings («با سلام و احترام»، «احتراماً»، «بسمه تعالی»،
// «خواهشمند است دستور فرمایید اقدام مقتضی …»، «با تشکر»). A sentence made mostly of these
// is a formula, not content. Not stop words: search keeps them.
const LETTER_FORMULAS_RAW = [
  'بسمه', 'باسمه', 'بسمه‌تعالی', 'باسمه‌تعالی', 'تعالی', 'بسم', 'الله', 'الرحمن', 'الرحیم',
  'سلام', 'علیکم', 'احترام', 'احتراماً', 'تحیات', 'درود', 'ادب', 'مراتب', 'بدینوسیله',
  'بدین‌وسیله', 'بدین', 'استحضار', 'استحضاراً', 'مستحضر', 'محضر', 'حضرتعالی',
  'جنابعالی', 'محترم', 'محترمه', 'جناب', 'سرکار', 'آقای', 'خانم', 'خواهشمند',
  'خواهشمنداست', 'مستدعی', 'مستدعیست', 'دستور', 'فرمایید', 'فرمائید', 'فرمایند', 'مقرر',
  'مقررفرمایید', 'مقتضی', 'امعان', 'عنایت', 'عنایات', 'الطاف', 'تشکر', 'سپاس', 'سپاسگزاری',
  'قدردانی', 'امتنان', 'مزید', 'پیشاپیش', 'ایفاد', 'تقدیم', 'رونوشت', 'پیوست', 'رساند',
  'می‌رساند', 'برساند', 'اطلاع', 'ملاحظه', 'امضا', 'امضاء', 'والسلام', 'حضور',
] as const

function keysOf(words: readonly string[]): Set<string> {
  const keys = new Set<string>()
  for (const word of words) {
    const key = normalizeForSearch(word)
    if (!key) continue
    // Only one-word keys: a ZWNJ word is kept joined; its pieces are listed on their own.
    keys.add(key.replace(/ /g, ''))
  }
  return keys
}

/** Persian function words as search keys (normalizeForSearch, no spaces). */
export const PERSIAN_STOP_WORDS: ReadonlySet<string> = keysOf(STOP_WORDS_RAW)

/** Salutation and closing formula words as search keys; for the summariser, not for search. */
export const LETTER_FORMULAS: ReadonlySet<string> = keysOf(LETTER_FORMULAS_RAW)

function inSet(set: ReadonlySet<string>, word: string): boolean {
  const key = normalizeForSearch(word)
  if (!key) return false
  if (set.has(key)) return true
  if (!key.includes(' ')) return false
  // «می‌باشد» or «می باشد»: the joined form, or every piece a member.
  if (set.has(key.replace(/ /g, ''))) return true
  return key.split(' ').every((piece) => set.has(piece))
}

/** True for a Persian function word, whatever its spelling (ي/ی، ك/ک، ZWNJ, marks). */
export function isStopWord(word: string): boolean {
  return inSet(PERSIAN_STOP_WORDS, word)
}

/** True for a word of a salutation or closing formula (see LETTER_FORMULAS). */
export function isLetterFormulaWord(word: string): boolean {
  return inSet(LETTER_FORMULAS, word)
}
