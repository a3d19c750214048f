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

describe('late joiners', () => {
  it('go to a smallest room, preferring one without their sector or one with a lone parent', () => {
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
    const withParent = [[{ id: 'p', sector: 'families' }], [{ id: 'q', sector: 'health' }]]
    expect(placeNewcomer(withParent, { id: 'z', sector: 'families' })).toBe(0)
  })
})
