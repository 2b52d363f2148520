import { execSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type StaticServer } from './static-server';

let server: StaticServer | undefined;

/** Builds the site once (unless SKIP_BUILD=1) and serves `out/` with nginx for every browser test. */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.SKIP_BUILD !== '1') {
    execSync('npm run --silent build', { stdio: 'inherit' });
  }
  server = await startStaticServer('out');
  project.provide('baseUrl', server.url);
}

/** Stops nginx. */
export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
