import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A real static server for tests and benchmarks: nginx serving `out/` on 127.0.0.1, with gzip
 * (the build's precompressed `.gz` copies when present) and the 404 page, as a plain static host
 * or CDN would.
 */

export interface StaticServer {
  url: string;
  stop: () => Promise<void>;
}

/** Asks the OS for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Writes an nginx config that serves one folder like a static host. */
function nginxConfig(root: string, port: number, work: string): string {
  return `
daemon off;
worker_processes 1;
user root;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  types { application/manifest+json webmanifest; }
  charset utf-8;
  charset_types text/html text/css application/javascript application/json application/xml text/plain image/svg+xml application/rss+xml application/atom+xml;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  sendfile on;
  gzip on;
  gzip_static on;
  gzip_min_length 256;
  gzip_types text/css application/javascript text/javascript application/json application/xml image/svg+xml text/plain application/rss+xml application/atom+xml;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    index index.html;
    error_page 404 /404.html;
    location / { try_files $uri $uri/ =404; }
  }
}
`;
}

/** Starts nginx on a free port serving `root` (default `out/`), resolved once it answers. */
export async function startStaticServer(root = 'out'): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  if (!existsSync(join(absoluteRoot, 'index.html'))) throw new Error(`${absoluteRoot}/index.html is missing: build the site first`);
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
  if (!nginx) throw new Error('nginx is not installed: run "npm run test:setup"');
  const port = await freePort();
  const work = mkdtempSync(join(tmpdir(), 'archive-nginx-'));
  const config = join(work, 'nginx.conf');
  writeFileSync(config, nginxConfig(absoluteRoot, port, work));
  const child: ChildProcess = spawn(nginx, ['-c', config, '-p', work], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGQUIT');
      }),
  };
}
