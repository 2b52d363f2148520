import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, createArchiveServer } from '../scripts/cli/serve';

/**
 * The local server against a small export in a temp folder, driven with raw HTTP requests (so
 * paths reach it exactly as written, malformed or not).
 */

const PAGE = '<!doctype html><title>典藏</title><p>小米消金與天星數科</p>';
const NOT_FOUND = '<!doctype html><title>找不到</title>';
const BIG_BYTES = 8 * 1024 * 1024;

/** `out/` with a page, its compressed copies, a folder page, a 404 page and a large file; `out-x/` beside it holds a secret. */
function exportFolder(withNotFound = true): string {
  const parent = mkdtempSync(join(tmpdir(), 'serve-'));
  const out = join(parent, 'out');
  mkdirSync(join(out, 'zh-hant', 'articles', '小米'), { recursive: true });
  mkdirSync(join(parent, 'out-x'));
  writeFileSync(join(parent, 'out-x', 'secret.txt'), 'secret');
  for (const file of [join(out, 'index.html'), join(out, 'zh-hant', 'index.html'), join(out, 'zh-hant', 'articles', '小米', 'index.html')]) {
    writeFileSync(file, PAGE);
    writeFileSync(`${file}.gz`, gzipSync(PAGE));
    writeFileSync(`${file}.br`, brotliCompressSync(PAGE));
  }
  if (withNotFound) writeFileSync(join(out, '404.html'), NOT_FOUND);
  writeFileSync(join(out, 'big.bin'), Buffer.alloc(BIG_BYTES, 1));
  return out;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends `head` as written (request line and headers) on a fresh connection and reads the whole answer. */
function rawRequest(port: number, requestLine: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const lines = raw.subarray(0, split).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(lines[0] ?? '')?.[1]);
      const parsed = Object.fromEntries(lines.slice(1).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status, headers: parsed, body: raw.subarray(split + 4) });
    });
    const fields = Object.entries({ Host: 'localhost', Connection: 'close', ...headers }).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(`${requestLine}\r\n${fields.join('')}\r\n`);
  });
}

/** Starts a server on a free port of 127.0.0.1. */
async function listen(root: string): Promise<{ server: Server; port: number }> {
  const server = createArchiveServer(root);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port };
}

const openFiles = () => readdirSync('/proc/self/fd').length;

let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  root = exportFolder();
  ({ server, port } = await listen(root));
});
afterAll(() => {
  server?.close();
  rmSync(join(root, '..'), { recursive: true, force: true });
});

describe('serving files', () => {
  it('serves a folder page, and redirects a folder without its trailing slash to it (query kept)', async () => {
    const page = await rawRequest(port, 'GET /zh-hant/ HTTP/1.1');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toBe(PAGE);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const bare = await rawRequest(port, 'GET /zh-hant?q=1 HTTP/1.1');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/zh-hant/?q=1');
    const encoded = await rawRequest(port, `GET /zh-hant/articles/${encodeURIComponent('小米')} HTTP/1.1`);
    expect(encoded.headers.location).toBe(`/zh-hant/articles/${encodeURIComponent('小米')}/`);
  });

  it('sends the precompressed copy the request accepts, honouring q-values', async () => {
    const get = (acceptEncoding: string) => rawRequest(port, 'GET /zh-hant/ HTTP/1.1', { 'Accept-Encoding': acceptEncoding });
    expect((await get('gzip, deflate, br')).headers['content-encoding']).toBe('br');
    expect((await get('gzip, br;q=0')).headers['content-encoding']).toBe('gzip');
    expect((await get('br;q=0, gzip;q=0')).headers['content-encoding']).toBeUndefined();
    expect((await get('br;q=0.5, gzip')).headers['content-encoding']).toBe('gzip');
    const identity = await get('identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(PAGE);
  });

  it('reads Accept-Encoding weights and wildcards', () => {
    expect(acceptedEncodings('br;q=0')).toEqual([]);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0.1, gzip')).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('GZIP;Q=0.8, br;q=0.9')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('')).toEqual([]);
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await rawRequest(port, 'HEAD /zh-hant/ HTTP/1.1');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(PAGE)));
    expect(head.body.length).toBe(0);
  });

  it('refuses other methods with 405 and names the allowed ones', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await rawRequest(port, `${method} /zh-hant/ HTTP/1.1`, { 'Content-Length': '0' });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
  });
});

describe('hostile requests', () => {
  it('never serves a file from a sibling folder', async () => {
    for (const path of ['/%2e%2e/out-x/secret.txt', '/../out-x/secret.txt', '/zh-hant/%2e%2e/%2e%2e/out-x/secret.txt', '/%2e%2e%2fout-x%2fsecret.txt']) {
      const response = await rawRequest(port, `GET ${path} HTTP/1.1`);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).not.toContain('secret');
    }
  });

  it('survives malformed escapes and a NUL byte', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/zh-hant/%zz', '/%00']) {
      const response = await rawRequest(port, `GET ${path} HTTP/1.1`);
      expect(response.status, path).toBe(400);
    }
    expect((await rawRequest(port, 'GET / HTTP/1.1')).status).toBe(200);
  });

  it('never redirects to another host', async () => {
    for (const path of ['//evil.example/%2e%2e/zh-hant', '//evil.example/../zh-hant', '/\\evil.example/%2e%2e/zh-hant']) {
      const response = await rawRequest(port, `GET ${path} HTTP/1.1`);
      if (response.status === 301) expect(response.headers.location, path).toBe('/zh-hant/');
      expect(response.headers.location ?? '', path).not.toMatch(/^(\/\/|\/\\|[a-z]+:)/i);
    }
  });

  it('answers very long URLs without falling over', async () => {
    const long = await rawRequest(port, `GET /${'a'.repeat(4_000)}/ HTTP/1.1`);
    expect(long.status).toBe(404);
    const huge = await rawRequest(port, `GET /${'a'.repeat(100_000)} HTTP/1.1`);
    expect(huge.status).toBe(431);
    expect((await rawRequest(port, 'GET / HTTP/1.1')).status).toBe(200);
  });

  it('ignores a byte range it cannot serve instead of crashing', async () => {
    for (const range of ['bytes=5-2', 'bytes=-5', 'bytes=abc', 'bytes=0-1,4-5']) {
      const response = await rawRequest(port, 'GET /zh-hant/ HTTP/1.1', { Range: range });
      expect(response.status, range).toBe(200);
    }
    const part = await rawRequest(port, 'GET /zh-hant/ HTTP/1.1', { Range: 'bytes=0-4' });
    expect(part.status).toBe(206);
    expect(part.body.toString()).toBe(PAGE.slice(0, 5));
  });

  // Open files are counted in /proc (Linux, as on the test machines).
  it.skipIf(!existsSync('/proc/self/fd'))('closes the file of every download the client abandons', async () => {
    const before = openFiles();
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await new Promise<void>((done) => {
        const socket = connect(port, '127.0.0.1');
        socket.once('data', () => {
          socket.destroy();
          done();
        });
        socket.write('GET /big.bin HTTP/1.1\r\nHost: localhost\r\n\r\n');
      });
    }
    await expect.poll(openFiles, { timeout: 3_000 }).toBeLessThan(before + 5);
  });
});

describe('missing pages', () => {
  it('answer 404 with 404.html', async () => {
    const response = await rawRequest(port, 'GET /no-such-page/ HTTP/1.1');
    expect(response.status).toBe(404);
    expect(response.body.toString()).toBe(NOT_FOUND);
  });

  it('answer a plain 404 when the export has no 404.html', async () => {
    const bare = exportFolder(false);
    const other = await listen(bare);
    try {
      const response = await rawRequest(other.port, 'GET /no-such-page/ HTTP/1.1');
      expect(response.status).toBe(404);
      expect((await rawRequest(other.port, 'GET / HTTP/1.1')).status).toBe(200);
    } finally {
      other.server.close();
      rmSync(join(bare, '..'), { recursive: true, force: true });
    }
  });
});
