/** The English strings of the analysis page's downloads (part of `strings.analysis`). */
export const exportStrings = {
  heading: 'Download',
  scope: (what: string) => `These files cover ${what}.`,
  scopeWorkshop: 'the whole workshop (every room, as it is now)',
  scopeRoom: (room: string) => `${room}, as it is now`,
  scopeSnapshot: (name: string, room: string) => `the snapshot “${name}” of ${room}`,
  deidentifiedOn: 'Names are replaced by pseudonyms in these files (sectors stay).',
  deidentifiedOff:
    'These files include people’s names. Tick “De-identify names” to leave them out.',
  download: 'Download',
  downloading: 'Preparing…',
  downloadLabel: (name: string) => `Download ${name}`,
  saved: (file: string) => `Downloaded ${file}.`,
  groups: {
    data: 'Notes and threads',
    analysis: 'Analysis',
    board: 'Pictures of the board',
    everything: 'Everything at once',
  },
  unavailable: {
    board: 'Choose a room or a snapshot above to download a picture of its board.',
    everything: 'The all-in-one file covers the whole workshop: choose “Whole workshop” above.',
  },
  formats: {
    json: {
      name: 'Full export (JSON)',
      description: 'Everything, in Weave’s documented format. It can be imported again later.',
    },
    'notes.csv': {
      name: 'Notes (CSV)',
      description:
        'One row per note: room, lane, round, text, sector, author, votes and codes. Opens in a spreadsheet.',
    },
    'threads.csv': {
      name: 'Threads (CSV)',
      description: 'One row per thread: the two notes it joins, its label and kind.',
    },
    'themes.csv': {
      name: 'Themes and codes (CSV)',
      description: 'The codebook, with how many notes each theme and code has, per lane.',
    },
    'matrix.csv': {
      name: 'Weave matrix (CSV)',
      description: 'The number of threads between every pair of lanes.',
    },
    'matrix.svg': {
      name: 'Weave matrix picture (SVG)',
      description: 'The heatmap as a sharp picture for reports and slides.',
    },
    'matrix.png': {
      name: 'Weave matrix picture (PNG)',
      description: 'The heatmap as an image you can paste anywhere.',
    },
    svg: {
      name: 'Board picture (SVG)',
      description: 'The board as a sharp picture that stays crisp at any size.',
    },
    png: {
      name: 'Board picture (PNG)',
      description: 'The board as an image you can paste anywhere.',
    },
    zip: {
      name: 'Everything (ZIP)',
      description:
        'The full export, every CSV, the weave matrix and a picture of every room’s board (SVG), in one file.',
    },
  },
} as const
