// Persian text printed by the PDF renderers, in one place.
import { toPersianDigits } from '../persian'

export const pdfMessages = {
  creator: 'دبیر',
  bismillah: 'بسمه تعالی',
  number: 'شماره:',
  date: 'تاریخ:',
  attachments: 'پیوست:',
  subject: 'موضوع:',
  copies: 'رونوشت:',
  draft: 'پیش‌نویس',
  cancelled: 'باطل',
  hiddenSubject: 'محرمانه — بدون دسترسی',
  generatedAt: 'تاریخ تهیه:',
  registryColumns: {
    row: 'ردیف',
    number: 'شماره',
    date: 'تاریخ',
    kind: 'نوع',
    party: 'فرستنده/گیرنده',
    subject: 'موضوع',
    classification: 'طبقه‌بندی',
  },
  page: (n: number, total: number) => toPersianDigits(`صفحهٔ ${n} از ${total}`),
} as const
