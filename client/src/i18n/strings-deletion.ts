/** The English strings of deleting a workshop (part of `strings`). */
export const deletionStrings = {
  heading: 'Delete this workshop',
  warning:
    'This removes the whole workshop for everyone, for good: every board and room, every note and thread, snapshots, votes, the codebook and the list of who took part. People still on a board are disconnected. Export anything you want to keep first. It cannot be undone.',
  open: 'Delete this workshop…',
  confirmLabel: (title: string) => `To confirm, type the workshop title: ${title}`,
  mismatch: 'The title does not match yet.',
  confirm: 'Delete everything',
  deleting: 'Deleting…',
  cancel: 'Cancel',
  done: (title: string) => `The workshop “${title}” and all of its data were deleted.`,
} as const
