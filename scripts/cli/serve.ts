import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

/**
 * Serves the static export (`out/`) the way a plain static host would, for local reading: files
 * as they are, `dir/` → `dir/index.html`, a folder without its trailing slash → 301 to it, unknown
 * paths → `404.html` with status 404, and the build's precompressed `.br`/`.gz` copy when the
 * request accepts it. Files are served by sirv; what sirv leaves to its caller is here: methods,
 * malformed escapes, folder redirects, `Accept-Encoding` q-values, byte ranges, closing aborted
 * downloads. Tests serve with nginx.
 */

/** The encodings the build writes copies for, and the suffix of each copy. */
const COPIES = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

type Encoding = (typeof COPIES)[number]['encoding'];

/**
 * The precompressed encodings an `Accept-Encoding` header accepts, most preferred first: q=0
 * refuses one, `*` stands for any not named, and brotli wins a tie.
 */
export function acceptedEncodings(header: string): Encoding[] {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((token) => token.trim().toLowerCase());
    if (!name) continue;
    const q = params.map((param) => /^q=([0-9.]+)$/.exec(param)?.[1]).find((value) => value !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get(encoding === 'br' ? 'brotli' : 'x-gzip') ?? weights.get('*') ?? 0;
  return COPIES.map(({ encoding }) => encoding)
    .filter((encoding) => weightOf(encoding) > 0)
    .sort((a, b) => weightOf(b) - weightOf(a));
}

/** The request path, percent-decoded, or null when its escapes are malformed or it holds a NUL. */
function decodedPath(url: string): string | null {
  const path = url.split(/[?#]/, 1)[0] ?? '/';
  try {
    const decoded = decodeURIComponent(path);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/** The file system entry below `root` a decoded URL path names, or null when it would leave `root`. */
function entryBelow(root: string, path: string): string | null {
  const entry = resolve(root, `.${sep}${path}`);
  const inside = relative(root, entry);
  return inside.startsWith('..') || isAbsolute(inside) ? null : entry;
}

/** Whether `entry` is a folder holding an `index.html` (false for names the file system refuses, e.g. too long). */
function isPageFolder(entry: string): boolean {
  try {
    return statSync(entry).isDirectory() && existsSync(join(entry, 'index.html'));
  } catch {
    return false;
  }
}

/** The site path of a folder below `root`, with a trailing slash, each segment percent-encoded. */
function folderUrl(root: string, folder: string): string {
  const segments = relative(root, folder).split(sep).filter(Boolean).map(encodeURIComponent);
  return `/${segments.map((segment) => `${segment}/`).join('')}`;
}

/** Keeps a `Range: bytes=a-b` header only when it is one range sirv can serve; other forms get the whole file. */
function keepServableRange(request: IncomingMessage): void {
  const range = request.headers.range;
  if (range === undefined) return;
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  const start = match?.[1] ? Number(match[1]) : 0;
  const end = match?.[2] ? Number(match[2]) : Number.POSITIVE_INFINITY;
  // sirv passes start and end to createReadStream, which throws on end < start; a suffix range (`-500`) it misreads.
  if (!match || !match[1] || start > end) delete request.headers.range;
}

/** Answers with `404.html` (its precompressed copy when accepted), or a plain 404 when the export has none. */
function sendNotFound(root: string, request: IncomingMessage, response: ServerResponse): void {
  const page = join(root, '404.html');
  if (!existsSync(page)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
    return;
  }
  const encoding = acceptedEncodings(String(request.headers['accept-encoding'] ?? '')).find((name) => existsSync(`${page}${suffixOf(name)}`));
  const file = encoding ? `${page}${suffixOf(encoding)}` : page;
  response.writeHead(404, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': statSync(file).size,
    vary: 'Accept-Encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  pipeline(createReadStream(file), response, () => undefined);
}

function suffixOf(encoding: Encoding): string {
  return COPIES.find((copy) => copy.encoding === encoding)!.suffix;
}

/** The request handler serving the export at `root`. */
export function archiveHandler(root: string): (request: IncomingMessage, response: ServerResponse) => void {
  const folder = resolve(root);
  const files = sirv(folder, {
    dev: true, // read the folder on each request, so a rebuild shows without a restart and a large export is not listed up front
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    onNoMatch: (request, response) => sendNotFound(folder, request, response),
  });
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('405 Method Not Allowed\n');
      return;
    }
    const url = request.url ?? '/';
    const path = decodedPath(url);
    if (path === null) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('400 Bad Request\n');
      return;
    }
    const entry = entryBelow(folder, path);
    if (entry === null) {
      sendNotFound(folder, request, response);
      return;
    }
    // A folder without its trailing slash redirects, as static hosts do, so relative links resolve.
    // The target is rebuilt from the folder found, never from the request: `//host/..` stays on this site.
    if (!path.endsWith('/') && isPageFolder(entry)) {
      const query = /\?[^#]*/.exec(url)?.[0] ?? '';
      response.writeHead(301, { location: `${folderUrl(folder, entry)}${query}` }).end();
      return;
    }
    // sirv reads `Accept-Encoding` as a substring (`br;q=0` would get brotli) and prefers brotli:
    // hand it only what is accepted, and only gzip when gzip is preferred.
    const accepted = acceptedEncodings(String(request.headers['accept-encoding'] ?? ''));
    request.headers['accept-encoding'] = (accepted[0] === 'gzip' ? ['gzip'] : accepted).join(', ');
    keepServableRange(request);
    // sirv pipes a file into the response; a client that goes away must not leave the file open.
    response.once('pipe', (source) => response.once('close', () => source.destroy()));
    files(request, response);
  };
}

/** An HTTP server for the export at `root` (not yet listening). */
export function createArchiveServer(root: string): Server {
  return createServer(archiveHandler(root));
}

/** Serves `out/` (or the folder given) on 127.0.0.1 unless HOST says otherwise, on PORT or 3000. */
function main(): void {
  const root = resolve(process.argv[2] ?? 'out');
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`${root} has no index.html: run "npm run build" first.`);
    process.exit(1);
  }
  createArchiveServer(root).listen(port, host, () => {
    const shown = host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
    console.log(`\nThe archive is being served at http://${shown}:${port}/  (Ctrl+C to stop)\n`);
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
