import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  assignRandomly,
  placeNewcomer,
  assignSectorBalanced,
  DEFAULT_SECTORS,
  type Assignable,
} from '../src/index.js'

const SECTORS = DEFAULT_SECTORS.map((sector) => sector.id)

function population(counts: Record<string, number>): Assignable[] {
  return Object.entries(counts).flatMap(([sector, count]) =>
    Array.from({ length: count }, (_, i) => ({ id: `${sector}-${i}`, sector })),
  )
}

function sectorsIn(room: readonly string[], people: readonly Assignable[]): Map<string, number> {
  const byId = new Map(people.map((p) => [p.id, p.sector ?? 'none']))
  const counts = new Map<string, number>()
  for (const id of room) counts.set(byId.get(id)!, (counts.get(byId.get(id)!) ?? 0) + 1)
  return counts
}

/** How many rooms a sector can reach at most: one per member, or per pair for paired sectors. */
function reach(count: number, paired: boolean, rooms: number): number {
  const units = paired && count >= 2 ? Math.floor(count / 2) : count
  return Math.min(units, rooms)
}

const populationArb = fc
  .record({
    counts: fc.array(fc.nat(30), { minLength: SECTORS.length, maxLength: SECTORS.length }),
    anonymous: fc.nat(5),
    rooms: fc.integer({ min: 1, max: 16 }),
  })
  .filter(({ counts, anonymous }) => counts.reduce((a, b) => a + b, 0) + anonymous > 0)

describe('sector-balanced breakout rooms', () => {
  it('keeps sizes within one, places everyone once, and spreads each sector as far as it can reach', () => {
    fc.assert(
      fc.property(populationArb, ({ counts, anonymous, rooms }) => {
        const people = [
          ...population(Object.fromEntries(SECTORS.map((s, i) => [s, counts[i] ?? 0]))),
          ...Array.from({ length: anonymous }, (_, i) => ({ id: `anon-${i}`, sector: null })),
        ]
        const plan = assignSectorBalanced(people, rooms)
        const sizes = plan.map((room) => room.length)
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
        expect(plan.flat().sort()).toEqual(people.map((p) => p.id).sort())
        const perRoom = plan.map((room) => sectorsIn(room, people))
        SECTORS.forEach((sector, i) => {
          const count = counts[i] ?? 0
          const roomsWith = perRoom.filter((room) => room.has(sector)).length
          // Capacity can cap a sector's reach only when rooms are smaller than the sector mix.
          const cap =
            Math.min(...sizes) >= SECTORS.length + 1
              ? reach(count, sector === 'families', rooms)
              : 0
          expect(roomsWith).toBeGreaterThanOrEqual(cap)
          // Parents and caregivers never sit alone when there are two or more of them.
          if (sector === 'families' && count >= 2) {
            for (const room of perRoom) expect(room.get('families') ?? 0).not.toBe(1)
          }
        })
        const distinct = perRoom.map((room) => [...room.keys()].filter((k) => k !== 'none').length)
        expect(Math.max(...distinct) - Math.min(...distinct)).toBeLessThanOrEqual(
          Math.min(...sizes) >= SECTORS.length + 1 ? 1 : Math.max(...distinct),
        )
      }),
      { seed: 4242, numRuns: 300 },
    )
  })

  it('seats the summit: 121 providers across 7 sectors in 12 rooms', () => {
    const people = population({
      health: 24,
      education: 20,
      'child-care': 18,
      'social-services': 17,
      government: 14,
      community: 18,
      families: 10,
    })
    const plan = assignSectorBalanced(people, 12)
    expect(plan.map((room) => room.length).sort()).toEqual([...Array(11).fill(10), 11].sort())
    const perRoom = plan.map((room) => sectorsIn(room, people))
    // Every room has all six professional sectors (each has at least 12 people)...
    for (const room of perRoom) {
      for (const sector of SECTORS.filter((s) => s !== 'families'))
        expect(room.has(sector)).toBe(true)
    }
    // ...and parents and caregivers sit in pairs in five rooms.
    const families = perRoom.map((room) => room.get('families') ?? 0).filter((n) => n > 0)
    expect(families).toEqual([2, 2, 2, 2, 2])
  })

  it('shuffles randomly but reproducibly, sizes within one', () => {
    const people = population({ health: 7, education: 6 })
    const once = assignRandomly(people, 4, 7)
    expect(assignRandomly(people, 4, 7)).toEqual(once)
    expect(assignRandomly(people, 4, 8)).not.toEqual(once)
    const sizes = once.map((room) => room.length)
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
  })
})

const PAIRED = 'families'

type Room = Assignable[]

const countOf = (room: readonly Assignable[], sector: string | null) =>
  room.filter((p) => p.sector === sector).length
const mixOf = (room: readonly Assignable[]) => new Set(room.flatMap((p) => p.sector ?? [])).size
const spreadOf = (rooms: readonly Room[]) =>
  Math.max(...rooms.map((r) => r.length)) - Math.min(...rooms.map((r) => r.length))
const lonesOf = (rooms: readonly Room[]) => rooms.filter((r) => countOf(r, PAIRED) === 1).length
const reachOf = (rooms: readonly Room[], sector: string) =>
  rooms.filter((r) => countOf(r, sector) > 0).length

/** Keeps the rooms with the lowest `key`. */
function lowest(rooms: readonly number[], key: (index: number) => number): number[] {
  const min = Math.min(...rooms.map(key))
  return rooms.filter((index) => key(index) === min)
}

/** FAC-B3's late-placement rule restated as filters, in priority order: the room it must pick. */
function expectedRoom(rooms: readonly Room[], sector: string | null): number {
  const all = rooms.map((_, index) => index)
  let candidates = lowest(all, (i) => rooms[i]!.length)
  const has = (i: number) => countOf(rooms[i]!, sector)
  if (sector === PAIRED) {
    const lone = candidates.filter((i) => has(i) === 1)
    const company = candidates.filter((i) => has(i) > 1)
    if (lone.length > 0) candidates = lone
    else if (company.length > 0) candidates = company
  } else if (sector !== null) {
    const without = candidates.filter((i) => has(i) === 0)
    if (without.length > 0) candidates = without
  }
  if (sector !== null && has(candidates[0]!) === 0)
    candidates = lowest(candidates, (i) => mixOf(rooms[i]!))
  return lowest(candidates, has)[0]!
}

const lateArb = fc.record({
  counts: fc.array(fc.nat(12), { minLength: SECTORS.length, maxLength: SECTORS.length }),
  anonymous: fc.nat(3),
  rooms: fc.integer({ min: 1, max: 8 }),
  // Facilitators' hand edits before anyone arrives late, so the start is not always balanced.
  edits: fc.array(fc.record({ remove: fc.boolean(), pick: fc.nat(), to: fc.nat() }), {
    maxLength: 10,
  }),
  // An index into SECTORS, or SECTORS.length for someone without a sector.
  arrivals: fc.array(fc.nat(SECTORS.length), { minLength: 1, maxLength: 25 }),
})

describe('late joiners', () => {
  it('[FAC-B3] keep every stated guarantee after each arrival, from balanced and hand-edited rooms alike', () => {
    fc.assert(
      fc.property(lateArb, ({ counts, anonymous, rooms: roomCount, edits, arrivals }) => {
        const people = [
          ...population(Object.fromEntries(SECTORS.map((s, i) => [s, counts[i] ?? 0]))),
          ...Array.from({ length: anonymous }, (_, i) => ({ id: `anon-${i}`, sector: null })),
        ]
        const byId = new Map(people.map((p) => [p.id, p]))
        const rooms: Room[] = assignSectorBalanced(people, roomCount).map((ids) =>
          ids.map((id) => byId.get(id)!),
        )
        for (const { remove, pick, to } of edits) {
          const placed = rooms.flatMap((room, r) => room.map((_, i) => [r, i] as const))
          if (placed.length === 0) break
          const [r, i] = placed[pick % placed.length]!
          const [person] = rooms[r]!.splice(i, 1)
          if (!remove) rooms[to % roomCount]!.push(person!)
        }
        arrivals.forEach((sectorIndex, k) => {
          const sector = SECTORS[sectorIndex] ?? null
          const newcomer = { id: `late-${k}`, sector }
          const smallest = Math.min(...rooms.map((r) => r.length))
          const inSmallest = rooms.filter((r) => r.length === smallest)
          const before = {
            spread: spreadOf(rooms),
            lones: lonesOf(rooms),
            reach: sector === null ? 0 : reachOf(rooms, sector),
            lone: inSmallest.some((r) => countOf(r, PAIRED) === 1),
            company: inSmallest.some((r) => countOf(r, PAIRED) > 1),
            lacking: inSmallest.some((r) => countOf(r, sector) === 0),
          }
          const index = placeNewcomer(rooms, newcomer)
          expect(index).toBe(expectedRoom(rooms, sector))
          rooms[index]!.push(newcomer)
          // Sizes: the gap never grows, so rooms within one stay within one.
          expect(spreadOf(rooms)).toBeLessThanOrEqual(Math.max(before.spread, 1))
          if (before.spread <= 1) expect(spreadOf(rooms)).toBeLessThanOrEqual(1)
          if (sector === PAIRED) {
            // Pairs: nobody new sits alone while a smallest room has a parent; a lone one is paired.
            const lonesAfter = before.lone
              ? before.lones - 1
              : before.lones + (before.company ? 0 : 1)
            expect(lonesOf(rooms)).toBe(lonesAfter)
          } else if (sector !== null) {
            // Spread: their sector reaches one more room whenever a smallest room lacks it.
            expect(reachOf(rooms, sector)).toBe(before.reach + (before.lacking ? 1 : 0))
          }
        })
      }),
      { seed: 3303, numRuns: 400 },
    )
  })

  it('[FAC-B3] a parent arriving when several of the smallest rooms have parents joins one of them, not a room alone', () => {
    const people = population({
      health: 24,
      education: 20,
      'child-care': 18,
      'social-services': 17,
      government: 14,
      community: 18,
      families: 10,
    })
    const byId = new Map(people.map((p) => [p.id, p]))
    const rooms = assignSectorBalanced(people, 12).map((ids) => ids.map((id) => byId.get(id)!))
    const smallest = Math.min(...rooms.map((room) => room.length))
    const small = rooms.filter((room) => room.length === smallest)
    // The found case: four of the smallest rooms have parents, the others none.
    expect(small.filter((room) => countOf(room, PAIRED) > 0)).toHaveLength(4)
    expect(small.some((room) => countOf(room, PAIRED) === 0)).toBe(true)
    const index = placeNewcomer(rooms, { id: 'late-parent', sector: PAIRED })
    expect(rooms[index]!.length).toBe(smallest)
    expect(countOf(rooms[index]!, PAIRED)).toBe(2)
  })

  it('[FAC-B3] go to a smallest room, preferring one without their sector or one with a lone parent', () => {
    const rooms = [
      [
        { id: 'a', sector: 'health' },
        { id: 'b', sector: 'education' },
      ],
      [{ id: 'c', sector: 'health' }],
      [{ id: 'd', sector: 'education' }],
    ]
    expect(placeNewcomer(rooms, { id: 'x', sector: 'health' })).toBe(2)
    expect(placeNewcomer(rooms, { id: 'y', sector: 'education' })).toBe(1)
    const withParent = [
      [
        { id: 'p1', sector: 'families' },
        { id: 'p2', sector: 'families' },
      ],
      [
        { id: 'p3', sector: 'families' },
        { id: 'q', sector: 'health' },
      ],
      [
        { id: 'r', sector: 'health' },
        { id: 's', sector: 'education' },
      ],
    ]
    expect(placeNewcomer(withParent, { id: 'z', sector: 'families' })).toBe(1)
    // A newcomer whose sector is new to every smallest room joins the least mixed one.
    expect(placeNewcomer(withParent, { id: 'g', sector: 'government' })).toBe(0)
  })
})
