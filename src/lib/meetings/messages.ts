import { formatJalaliDateTime } from '../jalali'
import { toPersianDigits } from '../persian'
import { MEETING_STATUS_LABELS, MAX_MEETING_HOURS, type MeetingStatus } from './options'

const label = (status: string) => MEETING_STATUS_LABELS[status as MeetingStatus] ?? status

/** Persian messages of commissions and meetings. */
export const meetingMessages = {
  startRequired: 'زمان آغاز جلسه را تعیین کنید.',
  endRequired: 'زمان پایان جلسه را تعیین کنید.',
  badTime: 'زمان آغاز یا پایان جلسه نامعتبر است.',
  endBeforeStart: 'زمان پایان جلسه باید پس از زمان آغاز آن باشد.',
  tooLong: `جلسه نمی‌تواند بیش از ${toPersianDigits(String(MAX_MEETING_HOURS))} ساعت باشد.`,
  badInvitee: 'هر مدعو باید کاربر، سمت، واحد یا طرف مکاتبه باشد.',
  badMember: 'هر عضو ثابت باید کاربر، سمت یا طرف مکاتبه باشد.',
  inviteeMissing: 'یکی از مدعوان در سامانه یافت نشد.',
  memberMissing: 'یکی از اعضای ثابت در سامانه یافت نشد.',
  placeOrOutside: 'جلسه یا در یکی از اتاق‌ها برگزار می‌شود یا در مکانی بیرونی؛ هر دو را با هم نمی‌توان تعیین کرد.',
  createPlanned: 'جلسهٔ تازه با وضعیت «برنامه‌ریزی‌شده» ثبت می‌شود.',
  reasonRequired: (status: string) => `برای «${label(status)}» کردن جلسه، علت آن را بنویسید.`,
  illegalMove: (from: string, to: string) => `جلسهٔ «${label(from)}» را نمی‌توان «${label(to)}» کرد.`,
  heldNotMoved: 'جلسهٔ برگزارشده را نمی‌توان جابه‌جا کرد (زمان و مکان آن ثبت شده است).',
  closedNotChanged: (status: string) => `جلسهٔ «${label(status)}» دیگر تغییر نمی‌کند.`,
  answerNotLoggedIn: 'برای پاسخ به دعوت جلسه وارد سامانه شوید.',
  answerMeetingMissing: 'چنین جلسه‌ای نیست.',
  answerNotInvitee: 'شما به این جلسه دعوت نشده‌اید و نمی‌توانید به دعوت آن پاسخ دهید.',
  answerBad: 'پاسخ باید یکی از «می‌پذیرم»، «نمی‌پذیرم» یا «جانشین می‌فرستم» باشد.',
  answerSubstituteRequired: 'نام جانشینی را که به جلسه می‌فرستید بنویسید.',
  answerClosed: (status: string) => `جلسهٔ «${label(status)}» دیگر پاسخ نمی‌پذیرد.`,
  /** The refusal of a double booking, naming the meeting already holding the slot. */
  conflict: (what: 'place' | 'person', title: string, start: string | Date, end: string | Date) =>
    `${what === 'place' ? 'این مکان' : 'یکی از مدعوان'} در این زمان در جلسهٔ «${title}» (${formatJalaliDateTime(start, { digits: 'persian' })} تا ${formatJalaliDateTime(end, { digits: 'persian' }).split(' ')[1]}) است.`,
} as const
