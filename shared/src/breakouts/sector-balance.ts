/** Someone to place in a breakout room. */
export interface Assignable {
  readonly id: string
  /** null for people who gave no sector (anonymous): they form a group of their own. */
  readonly sector: string | null
}

/** Options for sector-balanced assignment. */
export interface BalanceOptions {
  /**
   * Sectors whose members are placed at least two to a room (so nobody sits alone among
   * professionals): by default parents and caregivers.
   */
  readonly pairedSectors?: readonly string[]
}

/** The sectors placed in pairs by default. */
export const DEFAULT_PAIRED_SECTORS: readonly string[] = ['families']

const NO_SECTOR = '\u0000none'

interface RoomPlan {
  readonly capacity: number
  readonly members: string[]
  readonly sectors: Map<string, number>
}

/** How many people each of `roomCount` rooms gets: sizes differ by at most one. */
export function roomSizes(people: number, roomCount: number): number[] {
  const base = Math.floor(people / roomCount)
  const extra = people % roomCount
  return Array.from({ length: roomCount }, (_, index) => base + (index < extra ? 1 : 0))
}

/** Splits a sector's members into the units placed together (pairs for paired sectors). */
function unitsOf(members: readonly string[], paired: boolean): string[][] {
  if (!paired || members.length < 2) return members.map((id) => [id])
  const units: string[][] = []
  for (let i = 0; i + 1 < members.length; i += 2) units.push([members[i]!, members[i + 1]!])
  // An odd one out joins the last pair rather than sitting alone.
  if (members.length % 2 === 1) units[units.length - 1]!.push(members[members.length - 1]!)
  return units
}

/**
 * Sector-balanced breakout rooms: room sizes differ by at most one, each sector is spread over as
 * many rooms as it can reach, and the number of sectors per room differs by at most one between
 * rooms (when rooms have seats for it), so every room gets the widest mix. Members of paired
 * sectors sit at least two to a room. Deterministic: the same input gives the same rooms.
 * Returns the ids per room, in room order.
 *
 * How: first each sector claims a seat (a pair for paired sectors) in as many rooms as it has
 * units, always in the rooms with the fewest sectors so far (which keeps those counts within one
 * of each other); then everyone left joins a room their sector is already in, with the most seats
 * free.
 */
export function assignSectorBalanced(
  people: readonly Assignable[],
  roomCount: number,
  options: BalanceOptions = {},
): string[][] {
  if (!Number.isInteger(roomCount) || roomCount < 1)
    throw new RangeError('roomCount must be a positive integer')
  const paired = new Set(options.pairedSectors ?? DEFAULT_PAIRED_SECTORS)
  const rooms: RoomPlan[] = roomSizes(people.length, roomCount).map((capacity) => ({
    capacity,
    members: [],
    sectors: new Map(),
  }))
  const bySector = new Map<string, string[]>()
  for (const person of people) {
    const key = person.sector ?? NO_SECTOR
    bySector.set(key, [...(bySector.get(key) ?? []), person.id])
  }
  // Paired sectors first (they need two seats), then the rarest sectors.
  const sectors = [...bySector.entries()].sort(
    ([a, x], [b, y]) =>
      Number(paired.has(b)) - Number(paired.has(a)) || x.length - y.length || (a < b ? -1 : 1),
  )
  const leftovers: Array<{ sector: string; ids: string[] }> = []
  for (const [sector, members] of sectors) {
    // People without a sector add no mix: they only fill free seats, last.
    if (sector === NO_SECTOR) {
      leftovers.push({ sector, ids: members })
      continue
    }
    const units = unitsOf(members, paired.has(sector))
    const claimed = new Set<RoomPlan>()
    for (const unit of units) {
      const room = leastMixed(rooms, claimed, unit.length)
      if (!room) {
        leftovers.push({ sector, ids: unit })
        continue
      }
      claimed.add(room)
      seat(room, sector, unit)
    }
  }
  leftovers.sort((a, b) => Number(a.sector === NO_SECTOR) - Number(b.sector === NO_SECTOR))
  for (const { sector, ids } of leftovers) {
    for (const id of ids) seat(roomyWith(rooms, sector), sector, [id])
  }
  return rooms.map((room) => room.members)
}

function seat(room: RoomPlan, sector: string, ids: readonly string[]): void {
  room.members.push(...ids)
  if (sector !== NO_SECTOR) room.sectors.set(sector, (room.sectors.get(sector) ?? 0) + ids.length)
}

const freeSeats = (room: RoomPlan) => room.capacity - room.members.length

/** The room not yet claimed by this sector with the fewest sectors (then most free seats). */
function leastMixed(
  rooms: readonly RoomPlan[],
  claimed: ReadonlySet<RoomPlan>,
  seats: number,
): RoomPlan | null {
  let best: RoomPlan | null = null
  for (const room of rooms) {
    if (claimed.has(room) || freeSeats(room) < seats) continue
    if (
      !best ||
      room.sectors.size < best.sectors.size ||
      (room.sectors.size === best.sectors.size && freeSeats(room) > freeSeats(best))
    ) {
      best = room
    }
  }
  return best
}

/** A room with a free seat, preferring rooms that already have this sector, then the emptiest. */
function roomyWith(rooms: readonly RoomPlan[], sector: string): RoomPlan {
  let best: RoomPlan | null = null
  for (const room of rooms) {
    if (freeSeats(room) < 1) continue
    const has = room.sectors.has(sector) ? 1 : 0
    const bestHas = best?.sectors.has(sector) ? 1 : 0
    if (!best || has > bestHas || (has === bestHas && freeSeats(room) > freeSeats(best)))
      best = room
  }
  if (!best) throw new Error('no free seat left (capacities are computed from the population)')
  return best
}

/** Random rooms (sizes within one), shuffled with a seeded generator so a plan can be replayed. */
export function assignRandomly(
  people: readonly Assignable[],
  roomCount: number,
  seed: number,
): string[][] {
  const ids = people.map((person) => person.id)
  let state = seed >>> 0 || 1
  const next = () => {
    // xorshift32: small, seedable and good enough to shuffle a room list.
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4294967296
  }
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[ids[i], ids[j]] = [ids[j]!, ids[i]!]
  }
  const rooms: string[][] = Array.from({ length: roomCount }, () => [])
  ids.forEach((id, index) => rooms[index % roomCount]!.push(id))
  return rooms
}

/**
 * The room for someone who joins once rooms are assigned, without moving anyone (FAC-B3). In
 * priority order: a smallest room (so sizes never drift apart); for a paired sector, one with their
 * sector (first one where a member sits alone), since a lone parent matters more than spread; for
 * other sectors, one without theirs; when their sector is new to the room, the one with the fewest
 * sectors; then the fewest of their own sector; then room order. Returns the index of the room.
 */
export function placeNewcomer(
  rooms: ReadonlyArray<readonly Assignable[]>,
  newcomer: Assignable,
  options: BalanceOptions = {},
): number {
  if (rooms.length === 0) throw new RangeError('no rooms to place into')
  const paired = new Set(options.pairedSectors ?? DEFAULT_PAIRED_SECTORS)
  const smallest = Math.min(...rooms.map((room) => room.length))
  const rank = (room: readonly Assignable[]): number[] => {
    const same = room.filter((p) => p.sector === newcomer.sector).length
    // People without a sector add no mix: they only spread out among themselves.
    if (newcomer.sector === null) return [same]
    const mix = same === 0 ? new Set(room.flatMap((p) => p.sector ?? [])).size : 0
    return [affinity(same, paired.has(newcomer.sector)), mix, same]
  }
  let best = -1
  let bestRank: number[] = []
  rooms.forEach((room, index) => {
    if (room.length !== smallest) return
    const r = rank(room)
    if (best === -1 || before(r, bestRank)) [best, bestRank] = [index, r]
  })
  return best
}

/** 0 is best: a paired sector wants company (a lone member first), others a room without theirs. */
function affinity(same: number, paired: boolean): number {
  if (!paired) return same === 0 ? 0 : 1
  if (same === 1) return 0
  return same > 1 ? 1 : 2
}

/** Whether rank `a` sorts strictly before rank `b` (compared term by term). */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!
  return false
}
