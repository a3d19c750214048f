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
  },
})
