/**
 * Keyboard, screen reader and list view sentences (part of the catalogue in strings.ts). Plain,
 * short, friendly: many people using Weave are not tech-savvy.
 */
export const accessStrings = {
  skipToBoard: 'Skip to the board',
  canvasHelp:
    'Use Tab or the arrow keys to go from note to note. Press N to write a note, Enter to edit it, M to move it, C to connect it. Press question mark for all shortcuts.',
  emptyNote: 'Empty note',
  anonymous: 'Anonymous',
  noteDescription: (parts: {
    text: string
    author: string
    lane: string
    position: number
    total: number
    threads: number
    dots: number
    isPrivate: boolean
  }) =>
    [
      `${parts.text}.`,
      `By ${parts.author}.`,
      `${parts.lane}, note ${parts.position} of ${parts.total}.`,
      parts.threads > 0
        ? `Connected to ${parts.threads} ${parts.threads === 1 ? 'note' : 'notes'}.`
        : '',
      parts.dots > 0 ? `${parts.dots} of your dots.` : '',
      parts.isPrivate ? 'Only you can see it.' : '',
    ]
      .filter(Boolean)
      .join(' '),
  noNotes: 'No notes yet. Press N to write the first one.',
  moving:
    'Moving the note. Arrow keys move it, Shift and an arrow moves it further, [ and ] change lane. Press Enter when it is in place.',
  moved: 'Note in place.',
  movedToLane: (lane: string) => `Moved to ${lane}.`,
  connecting: (text: string) =>
    `Connecting from “${text}”. Choose the other note with Tab or the arrow keys, then press Enter. Escape cancels.`,
  connectTarget: (text: string, lane: string) => `Connect to “${text}” in ${lane}?`,
  connected: (from: string, to: string) => `Thread woven from “${from}” to “${to}”.`,
  connectCancelled: 'Connecting cancelled.',
  connectNothing: 'There is no other note to connect to yet.',
  deleted: 'Note deleted. Press Control Z to undo.',
  resized: (width: number, height: number) => `Note size ${width} by ${height}.`,
  threadSelected: (text: string, lane: string) => `Thread to “${text}” in ${lane}.`,
  noThreads: 'This note has no threads yet. Press C to connect it.',
  largest: 'The note is as big as it gets.',
  smallest: 'The note is as small as it gets.',
  dotPlaced: (left: number) => `Dot placed. ${left} left.`,
  dotRemoved: (left: number) => `Dot taken back. ${left} left.`,
  noVote: 'There is no vote open right now.',
  followOn: (name: string) => `Following ${name}.`,
  followOff: 'You stopped following.',
  nobodyLeading: 'Nobody is leading the view right now.',
  shortcuts: {
    open: 'Keyboard shortcuts',
    heading: 'Keyboard shortcuts',
    intro: 'These work when the board has focus (and you are not typing in a box).',
    close: 'Close',
    keyHeader: 'Key',
    actionHeader: 'What it does',
    groups: [
      {
        heading: 'Move around',
        rows: [
          ['Tab, Shift+Tab', 'Next or previous note, lane by lane'],
          ['Arrow keys', 'The note above, below, or in the lane to the left or right'],
          ['Home, End', 'First or last note'],
          ['F', 'Follow the facilitator’s view (again: stop following)'],
          ['+, −, 0', 'Zoom in, zoom out, fit the whole board'],
        ],
      },
      {
        heading: 'Write and change notes',
        rows: [
          ['N', 'Write a new note in this lane'],
          ['Enter', 'Edit the note; Escape when you are done'],
          ['M', 'Pick the note up: arrows move it (Shift for bigger steps), Enter puts it down'],
          ['[ and ]', 'Move the note to the lane on the left or right'],
          ['< and >', 'Make the note smaller or bigger'],
          ['Delete', 'Delete the note'],
          ['Ctrl+Z, Ctrl+Shift+Z', 'Undo, redo (not for anonymous notes: the server writes them)'],
        ],
      },
      {
        heading: 'Connect and vote',
        rows: [
          ['C', 'Connect this note: choose the other note with the arrows, then Enter'],
          ['T', 'Choose one of the note’s threads (again: the next) to label, change or delete it'],
          ['V, Shift+V', 'Give this note a dot, or take one back (while a vote is open)'],
          ['?', 'Show this list'],
        ],
      },
    ],
  },
} as const

/** What the live region says about workshop events (short: screen readers read every word). */
export const announceStrings = {
  roundStarted: (what: string, minutes: number) =>
    `New round: ${what}. ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  roundPrivate: 'Only you see your notes until the facilitator reveals them.',
  oneMinuteLeft: 'One minute left in this round.',
  timesUp: 'Time’s up for this round.',
  revealed: 'The notes are revealed: everyone can see them now.',
  voteOpened: (dots: number) =>
    `Vote open: you have ${dots} ${dots === 1 ? 'dot' : 'dots'} to give.`,
  voteClosed: 'Vote closed. The results are shown.',
  movedToRoom: (room: string) => `You were moved to ${room}.`,
  backInMain: 'You are back in the main room.',
  connectionLost: 'Connection lost. Keep going: your changes are kept and sent when it is back.',
  connectionBack: 'Connection back.',
} as const

/** The first-visit hint for participants: the few things worth knowing, in plain words. */
export const hintStrings = {
  heading: 'Welcome! Here is how the board works',
  steps: [
    'Each sector has its own lane. Write your ideas on sticky notes: choose “Add note”, or double-tap inside a lane.',
    'Connect ideas across sectors: drag the round handle on a note to another note (or long-press a note on a tablet).',
    'Rather read a list? Choose “List” at the top. Press ? for keyboard shortcuts.',
  ],
  listSteps: [
    'Each sector has its own lane. Write your ideas in “Write a note” and choose a lane.',
    'Under every note are buttons to edit it, move it, connect it to another note and vote.',
    'Rather see the board? Choose “Board” at the top.',
  ],
  close: 'Got it',
} as const
