// Where the desk's report pages live in the admin, and what their links say.
export const REGISTRY_BOOK_PATH = '/registry-book'
export const REGISTRY_BOOK_LABEL = 'دفتر اندیکاتور'
export const DIGEST_PATH = '/digest'
export const DIGEST_LABEL = 'گزارش روزانهٔ مدیرکل'
