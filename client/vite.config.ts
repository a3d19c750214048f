import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// In development the Weave server runs separately; proxy its HTTP API and sync socket.
const serverUrl = process.env.WEAVE_SERVER_URL ?? 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [react()],
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
