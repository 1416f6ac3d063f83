import { defineConfig } from 'vite';

/**
 * The web app (src/web) is built into dist/web and served by the Fastify server.
 * JSX goes through Vite's built-in oxc transform (automatic runtime); no React plugin is needed.
 * In development (`npx vite`), API calls are proxied to the server on port 3000.
 */
export default defineConfig({
  root: 'src/web',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // Mantine marks its modules "use client" for React Server Components; meaningless in a SPA bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') {
          return;
        }
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
