import { customType, index, integer, pgTable, serial } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { postgresAdapter } from '@payloadcms/db-postgres'

type PostgresSchemaHook = NonNullable<Parameters<typeof postgresAdapter>[0]['beforeSchemaInit']>[number]

const tstzrange = customType<{ data: string }>({ dataType: () => 'tstzrange' })

/**
 * What each planned or held meeting holds over its time: one row for its room, one for each
 * person (an invited user, an invited post's holder). Written by the meeting's own hooks in its
 * transaction (src/collections/Meetings/hooks/bookMeeting.ts). The guarantee is the migration's:
 * exclusion constraints (btree_gist) refuse two rows of one room, or of one person, whose times
 * overlap, of two different meetings; drizzle cannot declare them, so they live in SQL only.
 */
export const meetingBookings = pgTable(
  'meeting_bookings',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull(),
    placeId: integer('place_id'),
    userId: integer('user_id'),
    during: tstzrange('during').notNull(),
  },
  (t) => [index('meeting_bookings_meeting_idx').on(t.meetingId)],
)

export const addMeetingBookingsTable: PostgresSchemaHook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, meeting_bookings: meetingBookings },
})
