import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { baselineOutDir, baselineSourceDir } from './paths.ts';

/**
 * Builds the bare React page with vite's JS API, without any config file, so nothing of the
 * app's build setup (aliases, plugins, CSP) leaks into the yardstick. Minified production build
 * with a relative base, like the app's renderer.
 */
export async function buildBaseline(): Promise<string> {
  await build({
    configFile: false,
    envDir: false,
    root: baselineSourceDir,
    base: './',
    mode: 'production',
    publicDir: false,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: baselineOutDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
    },
  });
  return baselineOutDir;
}
