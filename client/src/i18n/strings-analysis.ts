import { exportStrings } from './strings-exports'

/** "1 note", "3 notes". */
function notes(n: number): string {
  return n === 1 ? '1 note' : `${n} notes`
}

/** "1 thread", "3 threads". */
function threads(n: number): string {
  return n === 1 ? '1 thread' : `${n} threads`
}

/** "1 code", "3 codes". */
function codes(n: number): string {
  return n === 1 ? '1 code' : `${n} codes`
}

/** The English strings of snapshots, exports and the analysis page (part of `strings`). */
export const analysisStrings = {
  eyebrow: 'Analysis',
  loadingData: 'Gathering the notes…',
  noToken:
    'The analysis is for the workshop’s facilitators. Please open it from your facilitator link.',
  notFacilitator: 'Only the workshop’s facilitators can open the analysis.',
  backToBoard: 'Back to the board',
  retry: 'Try again',
  errors: {
    snapshots: 'We could not load the snapshots.',
    codebook: 'We could not load the codebook.',
    export: 'We could not load the notes for this view.',
    download: 'The download did not work. Please try again.',
  },
  reasons: {
    manual: 'by hand',
    'round-end': 'end of round',
    closed: 'workshop closed',
  },
  snapshots: {
    heading: 'Snapshots & analysis',
    nameLabel: (room: string) => `Take a snapshot of ${room || 'this room'}`,
    defaultName: (time: string) => `Snapshot ${time}`,
    take: 'Take snapshot',
    taken: (name: string) => `Snapshot “${name}” taken.`,
    listHeading: 'Snapshots',
    refresh: 'Refresh',
    none: 'No snapshots yet. One is also taken at the end of each round.',
    open: 'Open',
    openLabel: (name: string) => `Open ${name}`,
    restore: 'Restore as a new room',
    restoreLabel: (name: string) => `Restore ${name} as a new room`,
    confirmRestore: (name: string) =>
      `Make a new room with the board as it was in “${name}”? The current rooms stay as they are.`,
    restored: (room: string) => `Restored as a new room: ${room}.`,
    showAll: (n: number) => `Show all ${n}`,
    showFewer: 'Show fewer',
    openAnalysis: 'Open analysis',
  },
  deidentify: {
    label: 'De-identify names',
    hint: 'Pseudonyms instead of names, here and in downloads.',
  },
  scope: {
    label: 'Looking at',
    workshop: 'Whole workshop',
    live: (room: string) => `${room}: live board`,
    snapshot: (name: string, when: string, reason: string) => `${name} · ${when} · ${reason}`,
    closedRoom: 'Closed room',
    unknown: 'A snapshot that is not listed',
  },
  banner: {
    snapshot: (name: string, when: string) => `Snapshot: ${name} · taken ${when} · read-only`,
    snapshotDetail: (room: string, reason: 'manual' | 'round-end' | 'closed', by: string | null) =>
      `${room} · ${
        reason === 'manual'
          ? `taken by ${by ?? 'a facilitator'}`
          : reason === 'round-end'
            ? 'taken automatically at the end of a round'
            : 'taken automatically when the workshop closed'
      } · the board may have changed since.`,
    room: (room: string) => `${room}: the live board as it is now.`,
    workshop: (rooms: number) =>
      rooms === 1 ? 'The whole workshop (one room).' : `The whole workshop: all ${rooms} rooms.`,
    missing:
      'We could not find this snapshot. It may have been removed. Choose another view above.',
  },
  tabs: {
    label: 'Analysis views',
    board: 'Board',
    compare: 'Compare',
    coding: 'Coding',
    counts: 'Counts',
    matrix: 'Weave matrix',
    export: 'Export',
  },
  board: {
    summary: (noteCount: number, threadCount: number) =>
      `${notes(noteCount)} · ${threads(threadCount)}`,
    room: 'Room',
    showCodes: 'Show codes on the notes',
    noRooms: 'There is no board to show.',
    zoomLabel: 'Zoom',
    fit: 'Fit width',
    actualSize: '100%',
    frameLabel: 'Board picture (drag or scroll to move around)',
    imageLabel: (room: string, noteCount: number) =>
      `The board of ${room}: ${notes(noteCount)} in sector lanes. The notes are listed in the Coding tab.`,
  },
  threads: {
    to: 'to',
    missingNote: '(a note that is no longer there)',
  },
  compare: {
    heading: 'Compare two moments',
    intro: 'See what was added, removed, changed, moved and connected between two snapshots.',
    noSnapshots:
      'There are no snapshots yet. Take one from the facilitator console, then come back to compare.',
    room: 'Room',
    before: 'Before',
    after: 'After',
    swap: 'Swap',
    now: 'Now (live board)',
    moment: (name: string, when: string) => `${name} · ${when}`,
    same: 'Choose two different moments to compare.',
    summaryLabel: 'Changes in numbers',
    counts: {
      added: 'added',
      removed: 'removed',
      edited: 'edited',
      moved: 'moved lanes',
      threadsAdded: 'threads added',
      threadsRemoved: 'threads removed',
      unchanged: 'unchanged',
    },
    nothing: 'Nothing changed between these two moments.',
    sections: {
      added: 'Added',
      removed: 'Removed',
      edited: 'Edited',
      moved: 'Moved between lanes',
      threadsAdded: 'Threads added',
      threadsRemoved: 'Threads removed',
    },
    became: 'became',
    movedFromTo: (from: string, to: string) => `Moved from ${from} to ${to}`,
  },
  coding: {
    notesHeading: 'Notes',
    notesIntro: 'Tick notes, tick codes in the codebook, then apply them.',
    noNotes: 'No notes match. Try another search or filter.',
    codesOfNote: 'Codes',
    lane: (lane: string) => `Lane: ${lane}`,
    sector: (sector: string) => `Sector: ${sector}`,
    round: (round: string) => `Round: ${round}`,
    filters: {
      label: 'Find notes',
      text: 'Search',
      textPlaceholder: 'Words in the note or the author',
      lane: 'Lane',
      allLanes: 'All lanes',
      room: 'Room',
      allRooms: 'All rooms',
      code: 'Code',
      anyCode: 'Any code or none',
      uncoded: 'Not coded yet',
      coded: 'Coded',
      counts: (shown: number, total: number, selected: number) =>
        `${shown} of ${notes(total)} shown · ${selected} selected`,
      selectShown: (n: number) => `Select all shown (${n})`,
      clear: 'Clear selection',
    },
    codebookHeading: 'Codebook',
    themesLabel: 'Themes and codes',
    emptyCodebook: 'No codes yet. Add a theme below, then codes to it (or codes without a theme).',
    actionHint: (codeCount: number, noteCount: number) =>
      codeCount === 0 || noteCount === 0
        ? `Choose codes here and notes on the left (${codes(codeCount)}, ${notes(noteCount)} so far).`
        : `${codes(codeCount)} for ${notes(noteCount)}.`,
    apply: 'Apply codes',
    remove: 'Remove codes',
    applied: (codeCount: number, noteCount: number) =>
      `Applied ${codes(codeCount)} to ${notes(noteCount)}.`,
    removed: (codeCount: number, noteCount: number) =>
      `Removed ${codes(codeCount)} from ${notes(noteCount)}.`,
    ungrouped: 'Codes without a theme',
    ungroupedHint: 'Codes that belong to no theme yet.',
    codesOf: (theme: string) => `Codes in ${theme}`,
    uses: (n: number) => notes(n),
    editTheme: (name: string) => `Edit theme ${name}`,
    deleteTheme: (name: string) => `Delete theme ${name}`,
    confirmDeleteTheme: (name: string) =>
      `Delete the theme “${name}”? Its codes stay, without a theme.`,
    editCode: (name: string) => `Edit code ${name}`,
    deleteCode: (name: string) => `Delete code ${name}`,
    confirmDeleteCode: (name: string, uses: number) =>
      uses > 0
        ? `Delete the code “${name}”? It comes off every note it was applied to (${notes(uses)} here).`
        : `Delete the code “${name}”?`,
    themeName: 'Theme name',
    themePlaceholder: 'e.g. Access to services',
    codeName: 'Code name',
    description: 'Description',
    descriptionOptional: 'Description (optional)',
    colour: 'Colour',
    theme: 'Theme',
    noTheme: 'No theme',
    save: 'Save',
    cancel: 'Cancel',
    newTheme: 'New theme',
    addTheme: 'Add theme',
    addCode: 'Add code',
    addCodeTo: (theme: string) => `Add code to ${theme}`,
    newCodeIn: (theme: string) => `New code in ${theme}`,
    newCodePlaceholder: 'New code…',
    themeAdded: (name: string) => `Theme “${name.trim()}” added.`,
    themeSaved: (name: string) => `Theme “${name.trim()}” saved.`,
    themeDeleted: (name: string) => `Theme “${name}” deleted.`,
    codeAdded: (name: string) => `Code “${name.trim()}” added.`,
    codeSaved: (name: string) => `Code “${name.trim()}” saved.`,
    codeDeleted: (name: string) => `Code “${name}” deleted.`,
  },
  notesBehind: {
    heading: (title: string, n: number) => `${title}: ${notes(n)}`,
    close: 'Close',
  },
  counts: {
    heading: 'Codes and themes counted',
    intro: 'Each number counts notes. Choose a number to see the notes behind it.',
    noCodes: 'Nothing to count yet: codes appear here once notes are coded.',
    goCoding: 'Go to Coding',
    by: 'Count by',
    dimensions: { lane: 'Lane', room: 'Room', round: 'Round' },
    caption: (dimension: string) => `Notes per theme and code, by ${dimension.toLowerCase()}`,
    codeColumn: 'Theme / code',
    total: 'Total',
    inTotal: (label: string) => `${label} in total`,
    inColumn: (label: string, column: string) => `${label} in ${column}`,
    countLabel: (n: number, label: string) => `${notes(n)}: ${label}`,
    barsHeading: 'Notes per theme',
  },
  matrix: {
    heading: 'Weave matrix',
    intro:
      'Threads between every pair of sector lanes. Darker cells have more threads; empty cells show where silos remain. Choose a number to see its threads.',
    rooms: 'Rooms',
    allRooms: 'All rooms',
    caption: 'Threads between sector lanes',
    total: (n: number) =>
      n === 0 ? 'No threads yet: nothing is connected across lanes.' : `${threads(n)} in total.`,
    isolated: (lanes: readonly string[]) =>
      `${lanes.length === 1 ? 'This lane has' : 'These lanes have'} no threads to any other lane: ${lanes.join(', ')}.`,
    isolatedTag: 'No threads to other lanes',
    legendFewer: 'Fewer threads',
    legendMore: (max: number) => `More threads (up to ${max})`,
    legendDiagonal: 'Dashed: threads within one lane',
    within: (lane: string) => `within ${lane}`,
    between: (a: string, b: string) => `between ${a} and ${b}`,
    cellLabel: (n: number, label: string) => `${threads(n)} ${label}`,
    threadsHeading: (title: string, n: number) => `${threads(n)} ${title}`,
  },
  exports: exportStrings,
} as const
