/** Working offline, and leaving a shared device (log out). Plain language. */
export const offlineStrings = {
  startedOffline:
    'You are offline. This is the board as this device last saw it. Keep writing: your notes are kept on this device and reach the board when you are back online.',
} as const

/** The "Leave" action: log out of the workshop on this device. */
export const leaveStrings = {
  button: 'Leave',
  buttonLabel: 'Leave the workshop on this device',
  heading: 'Leave the workshop?',
  body: 'Weave will forget you on this device: the board kept here is deleted. To come back, open your invitation link again.',
  confirm: 'Leave',
  stay: 'Stay',
  unsentHeading: 'Some of your notes haven’t reached the board yet',
  unsentBody:
    'They are only on this device. Stay until you are back online and they are sent, or leave anyway and lose them.',
  wait: 'Stay and wait',
  leaveAnyway: 'Leave anyway',
  leaving: 'Leaving…',
  failed: 'Some of the board kept here could not be deleted. Please close the browser window.',
} as const
