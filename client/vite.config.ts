import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Plugin } from 'vite'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

/** Files smaller than this are sent as they are: compressing them saves less than a packet. */
const MIN_SIZE_BYTES = 1024
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/
/** Brotli's maximum: 2% smaller than 10 on the board page's code (2.9 kB), ~1 s more build time. */
const BROTLI_QUALITY = 11

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every built text asset, compressed once
 * at build time, so the server can send them as they are (sirv's `brotli` and `gzip`
 * options, or a reverse proxy's `gzip_static`): about a quarter of the bytes on slow connections.
 */
function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'weave-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    writeBundle(_options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue
        const file = path.join(outDir, fileName)
        const content = fs.readFileSync(file)
        if (content.length < MIN_SIZE_BYTES) continue
        const brotli = zlib.brotliCompressSync(content, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        })
        fs.writeFileSync(`${file}.br`, brotli)
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }))
      }
    },
  }
}

/** A tiny entry that must run before the app's code arrives (Vite would merge it into the app's). */
const EARLY_ENTRY = 'src/early.ts'

/**
 * Builds src/early.ts as its own entry and loads it first on every page: module scripts run in
 * document order once each one's imports are in, so this one starts the board's first requests
 * while the app's code (~160 kB) is still on its way.
 */
function earlyEntry(): Plugin {
  return {
    name: 'weave-early-entry',
    apply: 'build',
    config: () => ({
      build: { rolldownOptions: { input: { index: 'index.html', early: EARLY_ENTRY } } },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (item) => item.type === 'chunk' && item.facadeModuleId?.endsWith(EARLY_ENTRY),
        )
        if (!chunk) throw new Error(`earlyEntry: no chunk for ${EARLY_ENTRY}`)
        return [
          {
            tag: 'script',
            attrs: { type: 'module', crossorigin: true, src: `/${chunk.fileName}` },
            injectTo: 'head-prepend' as const,
          },
        ]
      },
    },
  }
}

/**
 * The route whose code every page fetches at once (most visitors are on their way to a board): it
 * goes in the board page's file with the entry (boardPageChunk), so the page preloads it.
 */
const EARLY_ROUTE = 'src/app/BoardRoute.tsx'

/**
 * Puts the code a board page runs before it is usable (the app's entry and the board route, with
 * everything they import, not what they load lazily) in one chunk, apart from what the early
 * entry needs. Left to itself the bundler cut it into ~20 files; at 400 ms a round trip and six
 * connections, the small ones queued the early requests and the big ones behind each other.
 */
/**
 * What of @weave/shared the page chunk takes: the model, the board rules and the protocol pieces
 * the board page runs. Its index re-exports everything, so following it pulls in the exports,
 * analysis, API schemas (with zod's classic API): those are left to the bundler's own splitting,
 * which keeps only what is used (a module used by the page but not listed here gets a small chunk
 * of its own, which works, only slower on a slow link).
 */
const SHARED_IN_PAGE =
  /[\\/]shared[\\/]src[\\/](model[\\/]|permissions[\\/]board-policy|protocol[\\/](board-start|close-codes|doc-names|presence)\.)/
const inPageChunk = (id: string) =>
  /[\\/]shared[\\/]src[\\/]/.test(id)
    ? SHARED_IN_PAGE.test(id)
    : // zod too re-exports everything from its index (JSON Schema, all the checks...).
      !/[\\/]zod[\\/]/.test(id)

function boardPageChunk() {
  const members = new Set<string>()
  const earlyMembers = new Set<string>()
  const plugin: Plugin = {
    name: 'weave-board-page-chunk',
    apply: 'build',
    buildEnd() {
      const closure = (start: string, into: Set<string>) => {
        const stack = [start]
        while (stack.length > 0) {
          const id = stack.pop()!
          if (into.has(id)) continue
          into.add(id)
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []))
        }
      }
      const ids = [...this.getModuleIds()]
      const find = (suffix: string) => ids.find((id) => id.endsWith(suffix))
      const early = new Set<string>()
      const earlyId = find(EARLY_ENTRY)
      if (earlyId) closure(earlyId, early)
      const page = new Set<string>()
      for (const suffix of ['src/main.tsx', EARLY_ROUTE]) {
        const id = find(suffix)
        if (!id) throw new Error(`boardPageChunk: no module ${suffix}`)
        closure(id, page)
      }
      members.clear()
      earlyMembers.clear()
      for (const id of page) if (!early.has(id) && inPageChunk(id)) members.add(id)
      for (const id of early) if (!id.endsWith(EARLY_ENTRY)) earlyMembers.add(id)
    },
  }
  return {
    plugin,
    groups: [
      // What the early entry imports, in one small chunk of its own (the page imports it too).
      { name: 'early-deps', test: (id: string) => earlyMembers.has(id), priority: 1 },
      { name: 'board-page', test: (id: string) => members.has(id) },
    ].map((group) => ({ ...group, includeDependenciesRecursively: false })),
  }
}
const boardPage = boardPageChunk()

// In development the Weave server runs separately; proxy its HTTP API and sync socket.
const serverUrl = process.env.WEAVE_SERVER_URL ?? 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [react(), earlyEntry(), boardPage.plugin, precompress()],
  server: {
    proxy: {
      '/api': { target: serverUrl, changeOrigin: true },
      '/healthz': { target: serverUrl, changeOrigin: true },
      '/sync': { target: serverUrl, ws: true, changeOrigin: true },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // src/csp-safe-validation.ts must run before zod builds any schema. With two lazy routes
        // sharing @weave/shared, the shared code lands in its own chunk, which would otherwise run
        // before the entry's first import.
        strictExecutionOrder: true,
        codeSplitting: { groups: boardPage.groups },
      },
    },
  },
})
