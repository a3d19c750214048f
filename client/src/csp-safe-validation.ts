/**
 * Makes zod (used by @weave/shared to validate what arrives from the network) validate without
 * generating code via `new Function`: the server's Content-Security-Policy forbids eval, and
 * zod's probe for it shows up as a CSP violation in the console. zod reads its configuration
 * from this global when its schemas are built, so this module must be imported before anything
 * that imports @weave/shared (it is the first import of main.tsx).
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> }
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true }
