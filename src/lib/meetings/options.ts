/** Kinds of commission the directorate keeps the meetings of (seed 000). */
export const COMMISSION_KIND_LABELS = {
  'security-ethnic-religious': 'کمیسیون اقوام و مذاهب شورای تأمین',
  'security-student-cultural': 'کمیسیون دانشجویی-فرهنگی شورای تأمین',
  'security-labour': 'کمیسیون کارگری شورای تأمین',
  'country-divisions': 'کمیسیون تقسیمات کشوری',
  'election-headquarters': 'کمیتهٔ ستاد انتخابات',
  'naming-working-group': 'کارگروه نام‌گذاری',
  other: 'دیگر',
} as const
export type CommissionKind = keyof typeof COMMISSION_KIND_LABELS

export const MEETING_STATUS_LABELS = {
  planned: 'برنامه‌ریزی‌شده',
  held: 'برگزارشده',
  postponed: 'به تعویق افتاده',
  cancelled: 'لغوشده',
} as const
export type MeetingStatus = keyof typeof MEETING_STATUS_LABELS

/** An invitee's answer to an invitation. */
export const MEETING_ANSWER_LABELS = {
  accepted: 'می‌پذیرم',
  declined: 'نمی‌پذیرم',
  substitute: 'جانشین می‌فرستم',
} as const
export type MeetingAnswer = keyof typeof MEETING_ANSWER_LABELS

/** Who may be invited (a relationship's `relationTo`), and who may be a standing member. */
export const INVITEE_COLLECTIONS = ['users', 'posts', 'units', 'correspondents'] as const
export const MEMBER_COLLECTIONS = ['users', 'posts', 'correspondents'] as const

/** A meeting in one of these states holds its room and its people. */
export const BOOKING_STATUSES: readonly MeetingStatus[] = ['planned', 'held']

/** The longest meeting, in hours. */
export const MAX_MEETING_HOURS = 12
