import { accessStrings, announceStrings, hintStrings } from './strings-access'
import { listStrings } from './strings-list'
import { breakoutStrings, roomStrings } from './strings-rooms'
import { leaveStrings, offlineStrings } from './strings-offline'
/**
 * Every sentence the app shows, in English: the complete catalogue every translation follows
 * (see i18n.ts). Keep the language plain: many people using Weave are not tech-savvy.
 */
export const english = {
  appName: 'Weave',
  tagline: 'A shared whiteboard where every sector has a seat at the table.',
  landing: {
    heading: 'Weave a workshop together',
    intro:
      'Start a board for your workshop. Everyone you invite can add sticky notes and draw threads between ideas, live.',
    titleLabel: 'Workshop title',
    titlePlaceholder: 'e.g. Early years wellness summit',
    nameLabel: 'Your name (optional)',
    namePlaceholder: 'e.g. Sam',
    submit: 'Create workshop',
    submitting: 'Creating…',
    titleRequired: 'Please give your workshop a title.',
    themesHeading: 'What Weave is for',
    themes: [
      'Services are a patchwork: see every piece side by side.',
      'All sectors are needed at the table: one lane for each.',
      'Compassion is the thread: connect ideas across sectors.',
    ],
  },
  join: {
    heading: 'Join the workshop',
    observerHeading: 'Watch the workshop',
    intro: 'Tell the group who you are, or join without your name.',
    observerIntro:
      'You can watch the board as it changes. You will not be able to add or change notes.',
    codeLabel: 'Invitation code',
    codeHint: 'You can find it at the end of the link you were sent.',
    nameLabel: 'Your name',
    namePlaceholder: 'e.g. Alex',
    observerNameLabel: 'Your name (optional)',
    sectorLabel: 'Your sector',
    sectorPlaceholder: 'Choose your sector…',
    anonymousLabel: 'Join anonymously (your name is not shown)',
    anonymousSectorLabel: 'Your sector (optional)',
    anonymousSectorNone: 'Prefer not to say',
    submit: 'Join the board',
    observerSubmit: 'Watch the board',
    submitting: 'Joining…',
    nameRequired: 'Please enter your name, or choose to join anonymously.',
    sectorRequired: 'Please choose your sector.',
    codeRequired: 'Please enter the invitation code.',
  },
  board: {
    loading: 'Opening the board…',
    viewOnly: 'View only',
    viewOnlyHint: 'You are watching. You can look around but not change the board.',
    untitled: 'Untitled workshop',
    emptyHint: 'Double-click inside a lane, or use “Add note”, to write your first sticky note.',
    canvasLabel: 'Workshop board: sticky notes in sector lanes, connected by threads',
    anonymous: 'Anonymous',
    editingBy: (name: string) => `${name} is editing`,
    notFound: 'We could not find this workshop. Please check the link you were sent.',
    loadFailed: 'We could not open the board. Please check your connection and try again.',
    retry: 'Try again',
    goHome: 'Go to the start page',
  },
  fatal: {
    expired: 'Your invitation has expired. Please join again.',
    forbidden: 'This invitation does not open this board. Please join again with the right link.',
    unknown: 'This board no longer exists. It may have been closed.',
    removed: 'A facilitator removed you from this workshop.',
    deleted: 'A facilitator deleted this workshop. Nothing of it is kept any more.',
    forgetAndGoHome: 'Clear it from this device and go to the start page',
    joinAgain: 'Join again',
  },
  toolbar: {
    label: 'Board tools',
    addNote: 'Add note',
    undo: 'Undo',
    redo: 'Redo',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit',
    fitLabel: 'Fit the whole board on screen',
    deleteSelected: 'Delete',
    shortcutsHint:
      'Tip: drag the round handle on a note to another note to weave a thread. Press ? for keyboard shortcuts.',
    touchHint:
      'Tip: long-press empty space in a lane to write a note; long-press a note, then tap another, to connect them.',
  },
  connection: {
    online: 'Online',
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting…',
    offline: 'Offline – edits kept on this device',
    closed: 'Disconnected',
    label: 'Connection',
  },
  people: {
    heading: 'Who’s here',
    you: 'you',
    anonymous: 'Anonymous',
    observer: 'Observer',
    alone: 'Only you so far. Share the invitation link to bring others in.',
    roles: { facilitator: 'Facilitator', participant: 'Participant', observer: 'Observer' },
    count: (n: number) => (n === 1 ? '1 person' : `${n} people`),
  },
  share: {
    heading: 'Invite people',
    participantLabel: 'Participant link',
    participantHint: 'People who open this link can add notes and threads.',
    observerLabel: 'Observer link (view only)',
    observerHint: 'People who open this link can watch but not change anything.',
    facilitatorLabel: 'Your facilitator link (keep it private)',
    facilitatorHint: 'Use it to come back to this board as the facilitator.',
    copy: 'Copy',
    copied: 'Copied!',
    copyFailed: 'Select the link and copy it',
  },
  panel: {
    show: 'People & invitations',
    hide: 'Hide panel',
    facilitateTab: 'Facilitate',
    peopleTab: 'People & links',
    tabsLabel: 'Side panel',
  },
  /** The analysis page's first words (its own come with its code: strings-later.ts). */
  analysisPage: {
    loading: 'Opening the analysis…',
    openFailed: 'We could not open the analysis. Please check your connection and try again.',
  },
  note: {
    editorLabel: 'Note text',
    placeholder: 'Write your idea…',
    doneHint: 'Tap or click outside the note when you are done (or press Escape).',
  },
  thread: {
    heading: 'Thread',
    labelLabel: 'Label',
    labelPlaceholder: 'What connects these ideas?',
    kindLabel: 'Kind',
    kinds: {
      connection: 'Connection',
      'shared-goal': 'Shared goal',
      'referral-path': 'Referral path',
      gap: 'Gap',
      partnership: 'Partnership',
    },
    delete: 'Delete thread',
    close: 'Close',
  },
  notice: {
    refused: (reason: string) => `Not possible: ${reason}.`,
    refusedUpdate: (reason: string) =>
      `That change wasn't saved: ${reason}. The board was refreshed.`,
    refusedGeneric: "That change wasn't allowed; the board was refreshed.",
    dismiss: 'Dismiss',
  },
  privateNote: {
    tag: 'Only you can see this',
    hint: 'Only you can see this until the facilitator reveals',
  },
  lanes: {
    unsorted: 'Unsorted',
  },
  phase: {
    label: 'Workshop phase',
    names: { preparation: 'Preparation', live: 'Live', closed: 'Closed' },
    explanations: {
      preparation: 'Pre-work before the live day: participants can add notes at their own pace.',
      live: 'The workshop day: rounds, votes and everything else.',
      closed: 'The archive: everyone can look, nobody can change anything.',
    },
    closedBadge: 'This workshop is closed (read-only)',
    boardLocked: 'Board locked by the facilitator',
  },
  round: {
    label: 'Reflection round',
    open: 'Open: everyone sees notes as they are written',
    private: 'Private: only you see your notes until the facilitator reveals them',
    privateFacilitator: 'Private: each participant sees only their own notes until you reveal them',
    paused: 'Paused',
    timesUp: 'Time’s up',
    revealed: 'Revealed',
    countdownLabel: 'Time left',
    hide: 'Hide the round banner',
  },
  vote: {
    banner: (dots: number) => `Vote: place your ${dots} ${dots === 1 ? 'dot' : 'dots'}`,
    dotsLeft: 'left',
    hint: 'Click + on a note to give it a dot (or press V); click one of your dots to take it back.',
    hintTouch: 'Tap + on a note to give it a dot; tap one of your dots to take it back.',
    hintList: 'Choose “Give a dot” under a note; “Take a dot back” changes your mind.',
    resultsHeading: 'Vote results',
    votes: (n: number) => (n === 1 ? '1 dot' : `${n} dots`),
    noResults: 'No notes got dots.',
    emptyNote: '(empty note)',
    hideResults: 'Hide results',
  },
  follow: {
    following: (name: string) => `Following ${name}`,
    stop: 'Stop following',
    leading: (name: string) => `${name} is leading the view`,
    again: 'Follow again',
    you: 'Everyone is following your view',
  },
  filter: {
    label: 'Show',
    all: 'All notes',
    current: 'This round',
    round: (title: string) => `Round: ${title}`,
  },
  anonymous: {
    label: 'Post anonymously',
    hint: 'New notes will not show your name',
    /** The author line of one's own anonymous note, shown only to its author. */
    you: 'Anonymous (you)',
    offline:
      'Anonymous notes are saved through the server, and the connection is down. Please try again when it is back.',
    textKept:
      'Your text could not be sent yet. It stays in the note and is sent when the connection is back.',
    notSaved: (reason: string) => `Not saved. ${reason}`,
    textRefused: (reason: string) =>
      `Not saved. ${reason} Your text is still in the note: close it again to let it go.`,
    deleted: 'Note deleted. Undo does not bring back anonymous notes.',
  },
  rooms: roomStrings,
  breakouts: breakoutStrings,
  access: accessStrings,
  announce: announceStrings,
  list: listStrings,
  hint: hintStrings,
  offline: offlineStrings,
  leave: leaveStrings,
  errors: {
    network: 'We could not reach the Weave server. Please check your connection and try again.',
    unexpected: 'Something went wrong. Please try again.',
  },
  notFoundPage: {
    heading: 'Page not found',
    body: 'This page does not exist.',
  },
} as const

/** The key of a connection status in the catalogue. */
export type ConnectionLabelKey = keyof Omit<typeof english.connection, 'label'>
