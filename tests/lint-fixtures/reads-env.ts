// Linted as server/src/rooms/fixture.ts: a module reading the environment instead of its Config.
export const port = process.env.PORT
