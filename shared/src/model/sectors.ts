/** A sector a participant belongs to; lanes default to one per sector. */
export interface Sector {
  readonly id: string
  readonly name: string
  /** Note fill for authors of this sector; dark text (#1f2937) on it passes WCAG AA. */
  readonly noteColor: string
  /** Stronger accent for lane headers and cursors; white text on it passes WCAG AA. */
  readonly accentColor: string
}

/** The default sectors from the product brief, in their default lane order. */
export const DEFAULT_SECTORS: readonly Sector[] = [
  { id: 'health', name: 'Health', noteColor: '#bfdbfe', accentColor: '#1d4ed8' },
  { id: 'education', name: 'Education', noteColor: '#fde68a', accentColor: '#a16207' },
  { id: 'child-care', name: 'Child care', noteColor: '#fbcfe8', accentColor: '#be185d' },
  { id: 'social-services', name: 'Social services', noteColor: '#bbf7d0', accentColor: '#15803d' },
  { id: 'government', name: 'Government', noteColor: '#ddd6fe', accentColor: '#6d28d9' },
  {
    id: 'community',
    name: 'Community & non-profit',
    noteColor: '#fed7aa',
    accentColor: '#c2410c',
  },
  {
    id: 'families',
    name: 'Families & caregivers',
    noteColor: '#a5f3fc',
    accentColor: '#0e7490',
  },
]

/** Colours for notes and cursors of people with no sector (anonymous, facilitators). */
export const NEUTRAL_SECTOR_COLORS = { noteColor: '#e5e7eb', accentColor: '#374151' } as const

/** The ids of the default sectors, for validating what a participant says about themselves. */
export const SECTOR_IDS: readonly string[] = DEFAULT_SECTORS.map((sector) => sector.id)

/** Looks up a default sector by id; undefined for unknown ids. */
export function findSector(sectorId: string | null | undefined): Sector | undefined {
  return DEFAULT_SECTORS.find((sector) => sector.id === sectorId)
}

/** The note fill for an author of the given sector (neutral grey when unknown or anonymous). */
export function noteColorForSector(sectorId: string | null | undefined): string {
  return findSector(sectorId)?.noteColor ?? NEUTRAL_SECTOR_COLORS.noteColor
}

/** The accent colour for the given sector (neutral dark grey when unknown). */
export function accentColorForSector(sectorId: string | null | undefined): string {
  return findSector(sectorId)?.accentColor ?? NEUTRAL_SECTOR_COLORS.accentColor
}
