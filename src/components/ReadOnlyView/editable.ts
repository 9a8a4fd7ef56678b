import { mayChangeStoredLetter } from '../../lib/letters/choices'

type Someone = { roles?: unknown } | null | undefined

/**
 * Per record type (collection slug): may this user change anything of the stored record?
 * A record type not listed is judged by Payload's document access alone. Pure predicates
 * from src/lib, the same the server's hooks hold to.
 */
export const editableBy: Record<string, (user: Someone, data: Record<string, unknown> | null | undefined) => boolean> = {
  letters: mayChangeStoredLetter,
}
