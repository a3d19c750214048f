// Linted as server/src/rooms/fixture.ts: a room reaching up into the transport and a feature.
import { createSyncEndpoint } from '../sync/sync-endpoint.js'
import { createRouter } from '../http/router.js'
import { createWorkshopService } from '../workshops/workshop-service.js'

export const above = [createSyncEndpoint, createRouter, createWorkshopService]
