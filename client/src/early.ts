// The first script of every page, and a tiny one (index.html loads it before the app): on a board
// page it starts the board's first requests while the app's code is still downloading, which on
// a slow rural connection is most of the wait. See session/early-requests.ts.
import { preloadCanvas } from './app/load-canvas'
import { startEarlyRequests } from './session/early-requests'

// On a desktop-sized screen the board is drawn on a canvas, whose code is the largest chunk.
if (startEarlyRequests(location.pathname)) preloadCanvas()
