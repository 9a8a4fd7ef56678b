/**
 * Persian wording of Payload's own admin where @payloadcms/translations' `fa` is in English,
 * mixes Latin words («تنظیمات Payload», «کلید API», «"true"»), or says «آپلود» for what the
 * office calls «بارگذاری فایل». Merged over the stock `fa` by `i18n.translations` in
 * payload.config.ts: only the keys listed here change.
 *
 * «پرونده» is a dossier of the filing plan here (collection `dossiers`); an uploaded thing is a
 * «فایل», everywhere.
 */
export const faOverrides = {
  authentication: {
    apiKey: 'کلید دسترسی برنامه',
    enableAPIKey: 'فعال‌سازی کلید دسترسی برنامه',
    generateNewAPIKey: 'ساختن کلید دسترسی تازه',
    generatingNewAPIKeyWillInvalidate: 'با ساختن کلید تازه، کلید کنونی <1>باطل</1> می‌شود. ادامه می‌دهید؟',
    newAPIKeyGenerated: 'کلید دسترسی تازه ساخته شد.',
    checkYourEmailForPasswordReset: 'نامه‌ای با پیوند بازنشانی گذرواژه برایتان فرستاده شد. پوشهٔ هرزنامه را هم ببینید.',
  },
  error: {
    // The stock text says «صفحهی با شناسه {{id}}…»: a typo, and the id in Latin digits (the
    // translation cannot change digits); a reader needs neither the id nor the word «صفحه».
    documentNotFound: 'سندی با این شناسه پیدا نشد؛ شاید حذف شده باشد یا اجازهٔ دیدن آن را نداشته باشید.',
    incorrectCollection: 'مجموعهٔ نادرست.',
    loadingDocument: 'بارگذاری این سند با مشکل روبه‌رو شد.',
  },
  fields: {
    chooseBetweenCustomTextOrDocument: 'نشانی دلخواه بنویسید یا به سندی دیگر پیوند دهید.',
    customURL: 'نشانی دلخواه',
    enterURL: 'نشانی را بنویسید',
  },
  general: {
    globals: 'تنظیمات سراسری',
    payloadSettings: 'تنظیمات نمایش',
    uploading: 'در حال بارگذاری…',
    uploadingBulk: 'در حال بارگذاری {{current}} از {{total}}',
  },
  upload: {
    bulkUpload: 'بارگذاری چند فایل',
    filesToUpload: 'فایل‌های بارگذاری',
    fileToUpload: 'فایل بارگذاری',
    pasteURL: 'چسباندن نشانی',
  },
  validation: {
    trueOrFalse: 'مقدار این فیلد فقط «بله» یا «خیر» است.',
  },
} as const
