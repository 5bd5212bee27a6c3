/** Bundles the harness's in-page bridge: `vite build --config harness/vite.bridge.config.ts`. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;
const root = resolve(here, '..');

export default defineConfig({
  root,
  publicDir: false,
  envDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: resolve(root, 'out/harness'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    target: 'es2022',
    copyPublicDir: false,
    lib: {
      entry: resolve(here, 'web-bridge.ts'),
      formats: ['iife'],
      name: 'bitrixIdHarnessBridge',
      fileName: () => 'bridge.js',
    },
  },
});
