import { letterActions } from './letters'
import type { DocumentActionsConfig } from './types'

/**
 * Document actions by collection slug. A record type gets actions on its page by adding an
 * entry here (its own actions and the desk's, ./desk.ts, by name) and `admin.components.edit.beforeDocumentControls:
 * ['/src/components/DocumentActions/DocumentActions#DocumentActions']` to its collection.
 */
export const documentActions: Record<string, DocumentActionsConfig> = {
  letters: letterActions,
}
