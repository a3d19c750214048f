// Linted as a file of client/src/commands/, hooks/ and session/: each reaching up into components.
import { strings } from '../ui/strings'
import { BoardStage } from '../canvas/BoardStage'

export const above = [strings, BoardStage]
