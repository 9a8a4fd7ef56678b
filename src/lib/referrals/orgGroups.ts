// The referral drawer's list: people grouped by the unit of the post they hold, units in the
// org chart's order (a unit, then its sub-units), heads first within a unit; people holding
// no post last. Pure: fed with what the REST API returned to the user.

export type Person = { id: number; fullName: string; roles?: unknown; clearance?: unknown; active?: unknown; post?: unknown }
export type PostRow = { id: number; title: string; unit?: unknown; holder?: unknown; isUnitHead?: boolean | null }
export type UnitRow = { id: number; name: string; parent?: unknown }

export type GroupedPerson = Person & { postTitle: string | null }
/** `name` '' is the group of people holding no post. */
export type OrgGroup = { key: string; name: string; people: GroupedPerson[] }

const idOf = (value: unknown): number | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : null
}

/** Units depth first from the roots, siblings in the order given. */
function unitOrder(units: readonly UnitRow[]): UnitRow[] {
  const known = new Set(units.map((u) => u.id))
  const children = new Map<number | null, UnitRow[]>()
  for (const unit of units) {
    const parent = idOf(unit.parent)
    const key = parent !== null && known.has(parent) ? parent : null
    children.set(key, [...(children.get(key) ?? []), unit])
  }
  const out: UnitRow[] = []
  const seen = new Set<number>()
  const walk = (parent: number | null) => {
    for (const unit of children.get(parent) ?? []) {
      if (seen.has(unit.id)) continue
      seen.add(unit.id)
      out.push(unit)
      walk(unit.id)
    }
  }
  walk(null)
  return out
}

export function orgGroups(people: readonly Person[], posts: readonly PostRow[], units: readonly UnitRow[]): OrgGroup[] {
  const byId = new Map(people.map((p) => [p.id, p]))
  const placed = new Set<number>()
  const groups: OrgGroup[] = []
  for (const unit of unitOrder(units)) {
    const held = posts
      .filter((post) => idOf(post.unit) === unit.id && idOf(post.holder) !== null && byId.has(idOf(post.holder)!))
      .sort((a, b) => Number(Boolean(b.isUnitHead)) - Number(Boolean(a.isUnitHead)))
    const members: GroupedPerson[] = []
    for (const post of held) {
      const person = byId.get(idOf(post.holder)!)!
      if (placed.has(person.id)) continue
      placed.add(person.id)
      members.push({ ...person, postTitle: post.title })
    }
    if (members.length) groups.push({ key: `unit-${unit.id}`, name: unit.name, people: members })
  }
  const rest = people.filter((p) => !placed.has(p.id)).map((p) => ({ ...p, postTitle: null }))
  if (rest.length) groups.push({ key: 'others', name: '', people: rest })
  return groups
}
