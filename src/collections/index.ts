import type { CollectionConfig } from 'payload'

import { auditChanges, auditDeletes, letterActions, userActions, type ActionsOf } from '../hooks/audit/auditChanges'
import { markOperation } from '../hooks/audit/markOperation'
import { confineQueries } from '../hooks/confineContentQueries'
import { refuseDeepQueries } from '../hooks/refuseDeepQueries'
import { softLockOnRequest } from '../server/rowLock'
import { refuseMalformedIds } from '../hooks/refuseMalformedIds'
import { refuseWrongTypes } from '../hooks/refuseWrongTypes'
import { withRowLimits } from '../fields/withRowLimits'
import { withPersianAdmin } from '../i18n/persianAdmin'
import { withJalaliTimestamps, withJalaliVersionViews } from '../fields/jalaliTimestamps'
import { recordPdfEndpoint } from '../endpoints/recordPdf'
import { isRegisteredRecordType, stampEndpoint } from '../endpoints/stamp'
import { pdfSpecOf } from '../server/pdf/types'
import { indexForSearch, unindexForSearch } from '../server/search/indexer'
import { searchSpecOf } from '../server/search/types'
import { Attachments } from './Attachments'
import { AuditLog } from './AuditLog'
import { Correspondents } from './Correspondents'
import { Divisions } from './Divisions'
import { Holidays } from './Holidays'
import { Dossiers } from './Dossiers'
import { Letters } from './Letters'
import { Meetings } from './Meetings'
import { Commissions } from './Commissions'
import { Places } from './Places'
import { Notifications } from './Notifications'
import { RegistryBooks } from './RegistryBooks'
import { RegistryCounters } from './RegistryCounters'
import { Posts } from './Posts'
import { Referrals } from './Referrals'
import { ReferralInbox } from './Referrals/ReferralInbox'
import { RoutingRules } from './RoutingRules'
import { Units } from './Units'
import { Users } from './Users'

/** Collections whose saves are described in their own words in the trail. */
const ACTIONS: Record<string, ActionsOf> = { letters: letterActions, users: userActions }

/** Not audited as records: the trail itself, and the counters only numbering writes. */
const UNAUDITED = new Set(['audit-log', 'registry-counters', 'referral-inbox', 'notifications'])

/**
 * Hooks every record type shares, added in one place so a new collection cannot forget them:
 * `depth` beyond the maximum, a malformed id and a value of the wrong type are refused (Persian
 * 400); filters and sorts obey the record type's whitelist (src/hooks/confineContentQueries.ts);
 * lists a person fills in hold at most HAS_MANY_MAX_ROWS values; every create, update and
 * delete lands in the audit trail;
 * a record type that declares `custom.search` is kept in the search index, and one that
 * declares `custom.pdf` answers GET /api/<slug>/:id/pdf; one numbered in a registry book
 * (registryNumber, registryBook, registeredAt, status) answers GET /api/<slug>/:id/stamp.
 * Every date Payload itself shows is Jalali in Tehran time (src/fields/jalaliTimestamps.ts):
 * the created/updated columns, the document header and, for a versioned record type, its
 * versions views.
 */
function withSharedHooks(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const audited = !UNAUDITED.has(collection.slug)
  const searchable = Boolean(searchSpecOf(collection))
  return {
    ...withJalaliVersionViews(collection),
    fields: withJalaliTimestamps(collection, withRowLimits(collection.fields)),
    endpoints: [
      ...(collection.endpoints || []),
      ...(pdfSpecOf(collection) ? [recordPdfEndpoint] : []),
      ...(isRegisteredRecordType(collection) ? [stampEndpoint] : []),
    ],
    hooks: {
      ...hooks,
      beforeOperation: [markOperation, refuseDeepQueries, refuseMalformedIds, softLockOnRequest, refuseWrongTypes, confineQueries, ...(hooks.beforeOperation ?? [])],
      afterChange: [...(hooks.afterChange ?? []), ...(searchable ? [indexForSearch] : []), ...(audited ? [auditChanges(ACTIONS[collection.slug])] : [])],
      afterDelete: [...(hooks.afterDelete ?? []), ...(searchable ? [unindexForSearch] : []), ...(audited ? [auditDeletes] : [])],
    },
  }
}

export const collections = [Letters, Referrals, RoutingRules, Dossiers, Meetings, Commissions, Places, Attachments, Correspondents, RegistryBooks, RegistryCounters, ReferralInbox, Users, Units, Posts, Divisions, Holidays, Notifications, AuditLog].map(
  // Persian admin (API tab, list filters, digits): src/i18n/persianAdmin.ts.
  (collection) => withPersianAdmin(withSharedHooks(collection)),
)
