import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The W3C Nu HTML Checker over every page `next build` and the post-build step wrote: one Java
 * process for all files (starting the JVM is most of the cost).
 */

const OUT = resolve('out');
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Every `.html` file below a folder, sorted. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Runs the checker once over all files; its JSON report comes on stderr, with exit code 1 when it found errors. */
function runVnu(files: readonly string[]): Promise<{ messages: VnuMessage[]; stderr: string }> {
  return new Promise((done, fail) => {
    execFile('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        fail(new Error('java is not installed, so the Nu HTML Checker cannot run: run "npm run test:setup" (installs default-jre-headless)'));
        return;
      }
      try {
        done({ messages: (JSON.parse(stderr) as { messages: VnuMessage[] }).messages, stderr });
      } catch {
        fail(new Error(`the Nu HTML Checker did not print a JSON report (exit ${error?.code ?? 0}):\n${stderr}`));
      }
    });
  });
}

/** `out/page.html:12:5: message` lines, with the checker's extract of the source. */
function formatMessages(messages: readonly VnuMessage[]): string {
  return messages
    .map((message) => {
      const file = message.url ? relative(process.cwd(), fileURLToPath(message.url)) : '(no file)';
      const extract = message.extract ? `\n    ${message.extract.replace(/\n/g, '⏎')}` : '';
      return `${file}:${message.lastLine ?? message.firstLine ?? '?'}:${message.firstColumn ?? '?'}: ${message.type}${message.subType ? `/${message.subType}` : ''}: ${message.message}${extract}`;
    })
    .join('\n');
}

describe('W3C Nu HTML Checker', () => {
  it('finds no errors in any .html file of out/', { timeout: 120_000 }, async () => {
    const files = htmlFiles(OUT);
    expect(files.length, `.html files in ${OUT}`).toBeGreaterThan(0);
    const { messages } = await runVnu(files);
    // Everything but info and warnings is a failure: errors and problems reading a file alike.
    const errors = messages.filter((message) => message.type !== 'info');
    expect(errors.length, `Nu HTML Checker errors in ${files.length} files:\n${formatMessages(errors)}`).toBe(0);
  });
});
