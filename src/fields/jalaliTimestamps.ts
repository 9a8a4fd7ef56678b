import type { CollectionConfig, Field } from 'payload'

// Payload formats its own dates with date-fns in a locale picked from a fixed list, so no
// locale makes them Jalali. Instead every record type gets: `createdAt`/`updatedAt` declared
// here with Jalali cells (Payload adds its own only when a collection does not declare them;
// same name, type and index, so the schema is unchanged), Jalali dates in the document header,
// and, when it keeps versions, Jalali versions views (src/components/Versions).

const DATE_CELL = '/src/components/JalaliDate/JalaliDateCell#JalaliDateCell'
const HEADER_DATES = '/src/components/DocumentHeader/JalaliTimestamps#JalaliTimestamps'
const VERSIONS_VIEW = '/src/components/Versions/VersionsView#VersionsView'
const VERSION_VIEW = '/src/components/Versions/VersionView#VersionView'
const VERSIONS_TAB = '/src/components/Versions/VersionsTab#VersionsTab'

function timestamp(name: 'createdAt' | 'updatedAt'): Field {
  return {
    name,
    type: 'date',
    index: true,
    label: ({ t }) => t(name === 'createdAt' ? 'general:createdAt' : 'general:updatedAt'),
    admin: {
      // Set by the server; the header shows them (JalaliTimestamps), the form does not.
      hidden: true,
      disableBulkEdit: true,
      date: { pickerAppearance: 'dayAndTime' },
      components: { Cell: DATE_CELL },
    },
  }
}

/** `fields` with `updatedAt` and `createdAt` (Jalali cells) added, unless the collection has no timestamps or declares them itself. */
export function withJalaliTimestamps(collection: CollectionConfig, fields: Field[]): Field[] {
  if (collection.timestamps === false) return fields
  const declared = new Set(fields.map((f) => ('name' in f ? f.name : undefined)))
  return [...fields, ...(['updatedAt', 'createdAt'] as const).filter((n) => !declared.has(n)).map(timestamp)]
}

/**
 * The collection with its header dates in Jalali (before Payload's document controls, whose own
 * Gregorian dates the component's stylesheet hides) and, if it keeps versions, the Jalali
 * versions list, comparison and restore in place of Payload's.
 */
export function withJalaliVersionViews(collection: CollectionConfig): CollectionConfig {
  const admin = collection.admin ?? {}
  const components = admin.components ?? {}
  const edit = components.edit ?? {}
  const views = components.views ?? {}
  const withHeader = collection.timestamps === false ? edit : { ...edit, beforeDocumentControls: [HEADER_DATES, ...(edit.beforeDocumentControls ?? [])] }
  const editViews = views.edit ?? {}
  return {
    ...collection,
    admin: {
      ...admin,
      components: {
        ...components,
        edit: withHeader,
        views: collection.versions
          ? ({
              ...views,
              edit: {
                ...editViews,
                versions: { Component: VERSIONS_VIEW, tab: { Component: VERSIONS_TAB }, ...editViews.versions },
                version: { Component: VERSION_VIEW, ...editViews.version },
              },
            } as typeof views)
          : views,
      },
    },
  }
}
