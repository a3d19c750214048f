// Linted as server/src/store/fixture.ts: the store reaching up into rooms and auth.
import { createRoomManager } from '../rooms/room-manager.js'
import { createTokens } from '../auth/tokens.js'

export const above = [createRoomManager, createTokens]
