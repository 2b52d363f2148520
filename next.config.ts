import type { NextConfig } from 'next';

const config: NextConfig = {
  output: 'export',
  // Where the export goes: `out/`, unless the build orchestrator (scripts/build/build.ts) renders
  // an incremental build's pages into a folder of their own (with `output: 'export'`, a distDir
  // other than `.next` names the export folder; compiled files stay in `.next`).
  ...(process.env.ARCHIVE_EXPORT_DIR ? { distDir: process.env.ARCHIVE_EXPORT_DIR } : {}),
  // Every page is a folder with index.html: plain static hosts serve /zh-hant/ without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // The build checks what it ships (app/, lib/); `npm run typecheck` covers tests and scripts too.
  typescript: { tsconfigPath: 'tsconfig.app.json' },
  reactStrictMode: true,
  // Native binaries, used at build time only: the site icon is rendered from public/icon.svg, the
  // browser code in app/_client is compiled by esbuild.
  serverExternalPackages: ['@resvg/resvg-js', 'esbuild'],
  experimental: {
    // Static generation workers. Next's default is cores − 1: one worker on a 2-core machine,
    // while the main process idles. Measured on 2 cores (README, "Full builds"): see the figures
    // there. NEXT_BUILD_CPUS overrides it for measuring.
    cpus: Number(process.env.NEXT_BUILD_CPUS ?? 2),
    // The stylesheet is small; inlining it saves a render-blocking request on reading pages.
    inlineCss: true,
    // Our script segment is the root layout, so the 404 page is its own document.
    globalNotFound: true,
  },
};

export default config;
