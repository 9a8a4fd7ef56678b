/** Persian messages of accounts: who may change an account, logging in, passwords. One place for the wording. */
import { toPersianDigits } from '../persian'

const fa = (n: number): string => toPersianDigits(String(n))

export const accountMessages = {
  // who changes an account (src/lib/accounts/authority.ts)
  selfAuthority: 'هیچ‌کس نقش‌ها، سطح دسترسی، سمت یا وضعیت فعال‌بودن حساب خودش را تغییر نمی‌دهد.',
  clearanceDirectorOnly: 'سطح دسترسی بالاتر از «محرمانه» را فقط مدیر کل می‌دهد یا تغییر می‌دهد.',
  roleDirectorOnly: 'نقش‌های مدیر کل، دبیرخانه و حسابرس را فقط مدیر کل می‌دهد یا پس می‌گیرد.',
  privilegedCredentials:
    'گذرواژه و نشانی ایمیل حسابی با سطح دسترسی بالاتر از «محرمانه» یا نقش ویژه را فقط دارندهٔ آن تغییر می‌دهد (یا با پیوند بازنشانی که به ایمیل خودش می‌رود).',
  privilegedStanding: 'فعال یا غیرفعال‌کردن حسابی با سطح دسترسی بالاتر از «محرمانه» یا نقش ویژه با مدیر کل است.',
  directorOthersFields: 'مدیر کل در حساب دیگران فقط سطح دسترسی، نقش‌ها و فعال‌بودن را تغییر می‌دهد؛ بقیه با مدیر سامانه است.',

  // logging in (src/hooks/throttleLogin.ts, src/hooks/oneLoginFailure.ts)
  loginFailed: 'ورود ناموفق بود: ایمیل یا گذرواژه درست نیست، یا این حساب اکنون اجازهٔ ورود ندارد.',
  loginThrottled: (seconds: number) =>
    `تلاش‌های ورود بیش از حد مجاز بوده است؛ ${fa(Math.max(1, Math.ceil(seconds / 60)))} دقیقهٔ دیگر دوباره تلاش کنید.`,

  // the audit trail's record of a password change (never the password or its hash)
  passwordChanged: 'تغییر کرد',
  passwordResetByMail: 'گذرواژه با پیوند بازنشانی ایمیل‌شده تغییر کرد',
} as const
