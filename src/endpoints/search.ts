import { APIError, type Endpoint } from 'payload'

import { parseSearchParams, searchMessages } from '../lib/search'
import { search, searchableTypes } from '../server/search/search'
import { unauthorised } from './unauthorised'

/**
 * GET /api/search?q=&types=&from=&to=&kind=&classification=&dossier=&division=&sender=&page=&limit=
 * One ranked lookup across every record type that declared `custom.search`; only what the
 * user may see, counted and snippeted by the same rule.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    if (!req.user || req.user.active === false) return unauthorised(searchMessages.notLoggedIn)
    const specs = searchableTypes(req)
    const parsed = parseSearchParams((name) => req.searchParams.get(name), {
      types: [...specs.keys()],
      kinds: [...specs.values()].flatMap((s) => (s.kinds ?? []).map((k) => k.value)),
    })
    if (!parsed.ok) throw new APIError(parsed.error, 400, null, true)
    return Response.json(await search(req, parsed.value))
  },
}
