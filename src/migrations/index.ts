import * as migration_20261122_204109_initial from './20261122_204109_initial';
import * as migration_20261122_213100_registration from './20261122_213100_registration';
import * as migration_20261122_213528_attachments from './20261122_213528_attachments';
import * as migration_20261122_225302_access_audit from './20261122_225302_access_audit';
import * as migration_20261122_232259_referrals from './20261122_232259_referrals';
import * as migration_20261122_233027_referral_settings from './20261122_233027_referral_settings';
import * as migration_20261122_233338_dossiers from './20261122_233338_dossiers';
import * as migration_20261122_233824_routing_rules from './20261122_233824_routing_rules';
import * as migration_20261122_233957_referral_inbox from './20261122_233957_referral_inbox';
import * as migration_20261122_234400_referral_reply from './20261122_234400_referral_reply';
import * as migration_20261122_235206_notifications from './20261122_235206_notifications';
import * as migration_20261122_235547_archived from './20261122_235547_archived';
import * as migration_20261122_235809_notification_recipient_optional from './20261122_235809_notification_recipient_optional';
import * as migration_20261123_000044_referral_response_attachments from './20261123_000044_referral_response_attachments';
import * as migration_20261123_002132_propose_referrals_job from './20261123_002132_propose_referrals_job';
import * as migration_20261123_011254_search_index from './20261123_011254_search_index';
import * as migration_20261123_013944_letterhead from './20261123_013944_letterhead';
import * as migration_20261123_015218_digest_and_summaries from './20261123_015218_digest_and_summaries';
import * as migration_20261123_023200_search_statistics from './20261123_023200_search_statistics';
import * as migration_20261130_163750_audit_chain from './20261130_163750_audit_chain';
import * as migration_20261130_163809_accounts from './20261130_163809_accounts';
import * as migration_20261130_164046_persian_data from './20261130_164046_persian_data';
import * as migration_20261130_171137_record_integrity from './20261130_171137_record_integrity';
import * as migration_20261130_175505_desk_dates from './20261130_175505_desk_dates';
import * as migration_20261130_191102_desk_kartabl from './20261130_191102_desk_kartabl';
import * as migration_20261130_191133_desk_form from './20261130_191133_desk_form';
import * as migration_20261130_191920_desk_persian from './20261130_191920_desk_persian';
import * as migration_20261130_222959_referral_rich_response from './20261130_222959_referral_rich_response';
import * as migration_20261130_232950_meetings from './20261130_232950_meetings';
import * as migration_20261130_235551_meeting_invitations from './20261130_235551_meeting_invitations';

export const migrations = [
  {
    up: migration_20261122_204109_initial.up,
    down: migration_20261122_204109_initial.down,
    name: '20261122_204109_initial',
  },
  {
    up: migration_20261122_213100_registration.up,
    down: migration_20261122_213100_registration.down,
    name: '20261122_213100_registration',
  },
  {
    up: migration_20261122_213528_attachments.up,
    down: migration_20261122_213528_attachments.down,
    name: '20261122_213528_attachments',
  },
  {
    up: migration_20261122_225302_access_audit.up,
    down: migration_20261122_225302_access_audit.down,
    name: '20261122_225302_access_audit',
  },
  {
    up: migration_20261122_232259_referrals.up,
    down: migration_20261122_232259_referrals.down,
    name: '20261122_232259_referrals',
  },
  {
    up: migration_20261122_233027_referral_settings.up,
    down: migration_20261122_233027_referral_settings.down,
    name: '20261122_233027_referral_settings',
  },
  {
    up: migration_20261122_233338_dossiers.up,
    down: migration_20261122_233338_dossiers.down,
    name: '20261122_233338_dossiers',
  },
  {
    up: migration_20261122_233824_routing_rules.up,
    down: migration_20261122_233824_routing_rules.down,
    name: '20261122_233824_routing_rules',
  },
  {
    up: migration_20261122_233957_referral_inbox.up,
    down: migration_20261122_233957_referral_inbox.down,
    name: '20261122_233957_referral_inbox',
  },
  {
    up: migration_20261122_234400_referral_reply.up,
    down: migration_20261122_234400_referral_reply.down,
    name: '20261122_234400_referral_reply',
  },
  {
    up: migration_20261122_235206_notifications.up,
    down: migration_20261122_235206_notifications.down,
    name: '20261122_235206_notifications',
  },
  {
    up: migration_20261122_235547_archived.up,
    down: migration_20261122_235547_archived.down,
    name: '20261122_235547_archived',
  },
  {
    up: migration_20261122_235809_notification_recipient_optional.up,
    down: migration_20261122_235809_notification_recipient_optional.down,
    name: '20261122_235809_notification_recipient_optional',
  },
  {
    up: migration_20261123_000044_referral_response_attachments.up,
    down: migration_20261123_000044_referral_response_attachments.down,
    name: '20261123_000044_referral_response_attachments',
  },
  {
    up: migration_20261123_002132_propose_referrals_job.up,
    down: migration_20261123_002132_propose_referrals_job.down,
    name: '20261123_002132_propose_referrals_job',
  },
  {
    up: migration_20261123_011254_search_index.up,
    down: migration_20261123_011254_search_index.down,
    name: '20261123_011254_search_index',
  },
  {
    up: migration_20261123_013944_letterhead.up,
    down: migration_20261123_013944_letterhead.down,
    name: '20261123_013944_letterhead',
  },
  {
    up: migration_20261123_015218_digest_and_summaries.up,
    down: migration_20261123_015218_digest_and_summaries.down,
    name: '20261123_015218_digest_and_summaries',
  },
  {
    up: migration_20261123_023200_search_statistics.up,
    down: migration_20261123_023200_search_statistics.down,
    name: '20261123_023200_search_statistics',
  },
  {
    up: migration_20261130_163750_audit_chain.up,
    down: migration_20261130_163750_audit_chain.down,
    name: '20261130_163750_audit_chain',
  },
  {
    up: migration_20261130_163809_accounts.up,
    down: migration_20261130_163809_accounts.down,
    name: '20261130_163809_accounts',
  },
  {
    up: migration_20261130_164046_persian_data.up,
    down: migration_20261130_164046_persian_data.down,
    name: '20261130_164046_persian_data',
  },
  {
    up: migration_20261130_171137_record_integrity.up,
    down: migration_20261130_171137_record_integrity.down,
    name: '20261130_171137_record_integrity',
  },
  {
    up: migration_20261130_175505_desk_dates.up,
    down: migration_20261130_175505_desk_dates.down,
    name: '20261130_175505_desk_dates',
  },
  {
    up: migration_20261130_191102_desk_kartabl.up,
    down: migration_20261130_191102_desk_kartabl.down,
    name: '20261130_191102_desk_kartabl',
  },
  {
    up: migration_20261130_191133_desk_form.up,
    down: migration_20261130_191133_desk_form.down,
    name: '20261130_191133_desk_form',
  },
  {
    up: migration_20261130_191920_desk_persian.up,
    down: migration_20261130_191920_desk_persian.down,
    name: '20261130_191920_desk_persian',
  },
  {
    up: migration_20261130_222959_referral_rich_response.up,
    down: migration_20261130_222959_referral_rich_response.down,
    name: '20261130_222959_referral_rich_response',
  },
  {
    up: migration_20261130_232950_meetings.up,
    down: migration_20261130_232950_meetings.down,
    name: '20261130_232950_meetings',
  },
  {
    up: migration_20261130_235551_meeting_invitations.up,
    down: migration_20261130_235551_meeting_invitations.down,
    name: '20261130_235551_meeting_invitations'
  },
];
