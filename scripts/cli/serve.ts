import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * Serves the static export (`out/`) the way a plain static host would: files as they are,
 * `dir/` → `dir/index.html`, unknown paths → `404.html` with status 404, and the build's
 * precompressed `.br`/`.gz` copy when the browser accepts it. For local reading only; tests use
 * nginx.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

const root = resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

/** The precompressed copy of `file` the request accepts (brotli first), if the build wrote one. */
function encodedCopy(file: string, acceptEncoding: string): { path: string; encoding: string } | null {
  const accepted = new Set(acceptEncoding.split(',').map((token) => token.split(';')[0]?.trim().toLowerCase()));
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
    if (accepted.has(encoding) && existsSync(`${file}${suffix}`)) return { path: `${file}${suffix}`, encoding };
  }
  return null;
}

/** Maps a URL path to a file under the export root, or null when there is none. */
function fileFor(urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root} has no index.html: run "npm run build" first.`);
  process.exit(1);
}

createServer((request, response) => {
  const path = request.url ?? '/';
  // A folder without its trailing slash redirects, as static hosts do, so relative links resolve.
  const file = fileFor(path);
  if (file && file.endsWith('index.html') && !path.split('?')[0]?.endsWith('/') && !path.endsWith('.html')) {
    response.writeHead(301, { location: `${path}/` }).end();
    return;
  }
  const served = file ?? join(root, '404.html');
  const encoded = encodedCopy(served, String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(file ? 200 : 404, {
    'content-type': CONTENT_TYPES[extname(served)] ?? 'application/octet-stream',
    vary: 'accept-encoding',
    ...(encoded ? { 'content-encoding': encoded.encoding } : {}),
  });
  createReadStream(encoded?.path ?? served).pipe(response);
}).listen(port, host, () => {
  console.log(`\nThe archive is being served at http://localhost:${port}/  (Ctrl+C to stop)\n`);
});
