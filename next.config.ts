import type { NextConfig } from 'next';

const config: NextConfig = {
  output: 'export',
  // Where the export goes: `out/`, or the folder the build orchestrator (scripts/build/build.ts)
  // names and then moves or merges into `out/` (with `output: 'export'`, a distDir other than
  // `.next` names the export folder; compiled files and Turbopack's cache stay in `.next`).
  ...(process.env.ARCHIVE_EXPORT_DIR ? { distDir: process.env.ARCHIVE_EXPORT_DIR } : {}),
  // Every page is a folder with index.html: plain static hosts serve /zh-hant/ without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // The build checks what it ships (app/, lib/); `npm run typecheck` covers tests and scripts too.
  // An incremental build (scripts/build/build.ts) runs only on code identical to the last full
  // build's, which type-checked it (its code hash says so), so it skips the check.
  typescript: { tsconfigPath: 'tsconfig.app.json', ignoreBuildErrors: Boolean(process.env.ARCHIVE_RENDER_ONLY) },
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
