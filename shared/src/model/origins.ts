/** Every change the model functions make, by name; used as the transaction origin's `command`. */
export type CommandName =
  | 'note.create'
  | 'note.move'
  | 'note.resize'
  | 'note.edit'
  | 'note.recolour'
  | 'note.delete'
  | 'note.restore'
  | 'note.seal'
  | 'notes.move'
  | 'notes.recolour'
  | 'notes.delete'
  | 'notes.duplicate'
  | 'notes.tidy'
  | 'notes.cluster'
  | 'cluster.create'
  | 'cluster.rename'
  | 'cluster.recolour'
  | 'cluster.collapse'
  | 'cluster.dissolve'
  | 'cluster.move'
  | 'thread.create'
  | 'thread.relabel'
  | 'thread.delete'
  | 'thread.restore'
  | 'workshop.seed'
  | 'workshop.phase'
  | 'lane.add'
  | 'lane.rename'
  | 'lane.recolour'
  | 'lane.reorder'
  | 'lane.remove'
  | 'lane.lock'
  | 'round.change'
  | 'round.restore'
  | 'vote.change'
  | 'plan.change'
  | 'attention.change'
  | 'draft.reveal'
  | 'breakout.change'
  | 'sorting.change'
  | 'harvest'

/**
 * The origin of a transaction made by a local command. A class, so that a Y.UndoManager can track
 * every command with `trackedOrigins: new Set([CommandOrigin])` and remote changes stay untouched.
 */
export class CommandOrigin {
  constructor(readonly command: CommandName) {}
}
