export { itemCount, type Digest, type DigestGroup, type DigestItem, type DigestSectionResult } from './model'
export { digestDocument, digestMail, digestMessages } from './render'
export { DIGEST_TIME, digestWindow, previousWorkingDay } from './window'
