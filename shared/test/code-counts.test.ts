import { describe, expect, it } from 'vitest'
import {
  codeCounts,
  NO_ROUND_COLUMN,
  notesForKeys,
  UNGROUPED_THEME,
  UNSORTED_LANE,
  type CodeCountTable,
} from '../src/index.js'
import { hostileExport } from './fixtures/hostile-export.js'
import { sampleExport, SAMPLE_ROOMS } from './fixtures/sample-export.js'

/** The table as counts: one line per row, "label: total | count per column". */
function counts(table: CodeCountTable): string[] {
  return table.rows.map((row) => {
    const cells = table.columns.map((column) => row.cells[column.id]?.length ?? 0)
    return `${row.kind} ${row.label}: ${row.total.length} | ${cells.join(' ')}`
  })
}

describe('code counts', () => {
  it('counts themes and codes per lane, a theme counting distinct notes', () => {
    const table = codeCounts(sampleExport, 'lane')
    expect(table.columns.map((column) => column.label)).toEqual([
      'Health',
      'Education',
      'Community & non-profit',
      'Housing',
      'Unsorted',
    ])
    expect(counts(table)).toEqual([
      'theme Access barriers: 4 | 1 0 2 0 1',
      'code Waiting times: 2 | 1 0 1 0 0',
      'code Transport: 3 | 0 0 2 0 1',
      'theme Information sharing: 6 | 2 3 1 0 0',
      'code Referral gaps: 5 | 1 3 1 0 0',
      'code Consent & privacy: 2 | 1 1 0 0 0',
      'theme Ungrouped: 2 | 0 1 1 0 0',
      'code Workforce: 2 | 0 1 1 0 0',
    ])
  })

  it('names each row’s theme', () => {
    const rows = codeCounts(sampleExport, 'lane').rows
    expect(rows.map((row) => [row.kind, row.id, row.themeId])).toEqual([
      ['theme', 'themeaccess1', 'themeaccess1'],
      ['code', 'codewaiting1', 'themeaccess1'],
      ['code', 'codetranspt1', 'themeaccess1'],
      ['theme', 'themeinfo001', 'themeinfo001'],
      ['code', 'codereferal1', 'themeinfo001'],
      ['code', 'codeconsent1', 'themeinfo001'],
      ['theme', UNGROUPED_THEME.id, null],
      ['code', 'codeworkfrc1', null],
    ])
  })

  it('counts per room and per round, with "No round" only when needed', () => {
    const byRoom = codeCounts(sampleExport, 'room')
    expect(byRoom.columns.map((column) => column.id)).toEqual([
      SAMPLE_ROOMS.main,
      SAMPLE_ROOMS.breakout,
    ])
    expect(counts(byRoom)[0]).toBe('theme Access barriers: 4 | 3 1')
    const byRound = codeCounts(sampleExport, 'round')
    expect(byRound.columns.map((column) => column.label)).toEqual([
      'What do you see?',
      'Where are the gaps?',
      'No round',
    ])
    expect(counts(byRound)[2]).toBe('code Transport: 3 | 1 1 1')
    const exp = structuredClone(sampleExport)
    for (const note of exp.rooms.flatMap((room) => room.notes)) note.roundId ??= 'round0000see'
    const columns = codeCounts(exp, 'round').columns.map((column) => column.id)
    expect(columns).not.toContain(NO_ROUND_COLUMN.id)
  })

  it('leaves out "Ungrouped" and "Unsorted" when nothing falls in them', () => {
    const exp = structuredClone(sampleExport)
    exp.codebook.codes = exp.codebook.codes.filter((code) => code.themeId !== null)
    for (const note of exp.rooms.flatMap((room) => room.notes)) {
      note.codes = note.codes.filter(
        (id) => id !== 'codetranspt1' || note.laneId !== 'laneremoved1',
      )
    }
    const table = codeCounts(exp, 'lane')
    expect(table.rows.map((row) => row.id)).not.toContain(UNGROUPED_THEME.id)
    expect(table.columns.map((column) => column.id)).not.toContain(UNSORTED_LANE.id)
  })

  it('keeps ids like "__proto__" as ordinary keys', () => {
    const table = codeCounts(hostileExport, 'lane')
    const row = table.rows.find((candidate) => candidate.id === '__proto__')
    expect(row?.kind).toBe('code')
    expect(Object.getPrototypeOf(row?.cells)).toBe(Object.prototype)
    expect(row?.cells['__proto__']).toEqual([`${SAMPLE_ROOMS.main}/notehostile1`])
    // The code names a theme that does not exist, so it counts as ungrouped.
    expect(row?.themeId).toBeNull()
  })

  it('finds the notes behind the keys of a cell', () => {
    const table = codeCounts(sampleExport, 'lane')
    const keys = table.rows.find((row) => row.id === 'codeconsent1')?.total ?? []
    const found = notesForKeys(sampleExport, [...keys, 'nowhere/nothing'])
    expect(found.map(({ room, note }) => [room.name, note.text])).toEqual([
      ['Main room', 'Parents repeat their story to every service'],
      ['Breakout A', 'Shared case notes need clear consent rules'],
    ])
  })
})
