// The entry of an Open Graph rendering thread: a worker starts as plain Node, so it loads its
// TypeScript through tsx, whatever runtime (tsx, vitest) started the pool.
import { tsImport } from 'tsx/esm/api';

await tsImport('./og-worker.ts', import.meta.url);
