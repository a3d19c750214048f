import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Plugin } from 'vite'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

/** Files smaller than this are sent as they are: compressing them saves less than a packet. */
const MIN_SIZE_BYTES = 1024
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/
/** Brotli 10 is within 1-2% of the maximum (11) at a fraction of the build time. */
const BROTLI_QUALITY = 10

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

// In development the Weave server runs separately; proxy its HTTP API and sync socket.
const serverUrl = process.env.WEAVE_SERVER_URL ?? 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [react(), precompress()],
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
      },
    },
  },
})
