/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { mockBackend } from './mocks/vite-plugin.ts';
import { contentSecurityPolicy, headersFile, inlineStyleHashes, securityHeaders } from './src/security-policy.ts';

/**
 * Inlines the stylesheet into index.html, so the first paint waits for no other request, and
 * writes the deployment's headers (`_headers`, with the style's hash in the CSP) beside it.
 */
function inlineStylesheetPlugin(apiBase: string): Plugin {
  return {
    name: 'permiso:inline-stylesheet',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return;
      let html = String(page.source);
      for (const [fileName, asset] of Object.entries(bundle)) {
        if (asset.type !== 'asset' || !fileName.endsWith('.css')) continue;
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${fileName}"[^>]*>`);
        if (!link.test(html)) continue;
        html = html.replace(link, () => `<style>${String(asset.source)}</style>`);
        // One stylesheet, not split per chunk (build.cssCodeSplit: false), so no lazy chunk
        // lists it among its preloads: once inlined, the file is not needed at all.
        delete bundle[fileName];
      }
      page.source = html;
      const csp = contentSecurityPolicy(apiBase, await inlineStyleHashes(html));
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(csp) });
    },
  };
}

/** Sends the deployment's security headers (README "Deploying") from the preview server too. */
function securityHeadersPlugin(apiBase: string): Plugin {
  return {
    name: 'permiso:security-headers',
    async configurePreviewServer(server) {
      const html = readFileSync(resolve(server.config.root, server.config.build.outDir, 'index.html'), 'utf8');
      const csp = contentSecurityPolicy(apiBase, await inlineStyleHashes(html));
      const headers = { ...securityHeaders, 'Content-Security-Policy': csp };
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * Plays a new deployment for one browser: with the cookie `permiso-deployment=<n>` the
 * preview server serves a byte-different `/sw.js`, so the update prompt can be tested end to
 * end without rebuilding (mocks/README.md, "Simulating a new version").
 */
function simulatedDeploymentPlugin(): Plugin {
  return {
    name: 'permiso:simulated-deployment',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const deployment = /(?:^|;\s*)permiso-deployment=(\d+)/.exec(req.headers.cookie ?? '')?.[1];
        if (!deployment || req.url !== '/sw.js') return next();
        const file = resolve(server.config.root, server.config.build.outDir, 'sw.js');
        res.setHeader('Content-Type', 'text/javascript');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(`${readFileSync(file, 'utf8')}\n// deployment ${deployment}\n`);
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const apiBase = env.VITE_API_BASE ?? '';
  return {
    plugins: [
      solid(),
      inlineStylesheetPlugin(apiBase),
      securityHeadersPlugin(apiBase),
      simulatedDeploymentPlugin(),
      // The mock backend answers /api/ and /__mock/ in dev and preview; it is never bundled.
      mockBackend(),
      VitePWA({
        strategies: 'injectManifest',
        srcDir: 'src/sw',
        filename: 'sw.ts',
        injectRegister: false,
        registerType: 'prompt',
        manifest: {
          id: '/',
          name: 'Permiso — who may message you',
          short_name: 'Permiso',
          description: 'Decide which businesses may contact you and about what; follow orders and payments.',
          lang: 'en',
          start_url: '/',
          scope: '/',
          display: 'standalone',
          orientation: 'portrait',
          theme_color: '#0b6e4f',
          background_color: '#ffffff',
          categories: ['productivity', 'shopping', 'utilities'],
          icons: [
            { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
            { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
          shortcuts: [
            {
              name: 'Orders',
              short_name: 'Orders',
              url: '/orders',
              icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }],
            },
            {
              name: 'Payments',
              short_name: 'Payments',
              url: '/payments',
              icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }],
            },
            {
              name: 'Businesses',
              short_name: 'Businesses',
              url: '/businesses',
              icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }],
            },
          ],
        },
        injectManifest: {
          globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,woff2}'],
          maximumFileSizeToCacheInBytes: 512 * 1024,
        },
        devOptions: { enabled: false },
      }),
    ],
    define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
    build: { target: 'es2022', sourcemap: false, cssCodeSplit: false },
    preview: { port: 4173, strictPort: false },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
      setupFiles: ['src/test-setup.ts'],
      server: { deps: { inline: [/solid-js/, /@solidjs/] } },
    },
  };
});
