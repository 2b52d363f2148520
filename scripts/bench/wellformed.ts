import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';

/**
 * Checks that every XML file of an export (feeds, sitemap) is well-formed XML 1.0 with its
 * namespaces declared, and that every JSON file parses. saxes is a conformant parser: it refuses
 * what browsers' and xmldom's lenient parsers let through (a control character, a bare `&`,
 * `]]>` in text, U+FFFE).
 */

/** Every well-formedness error of an XML document, as `line:column: message`; none when it is well-formed. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root = false;
  parser.on('error', (error) => problems.push(error.message));
  parser.on('opentag', () => {
    root = true;
  });
  parser.write(xml).close();
  if (!root && problems.length === 0) problems.push('no root element');
  return problems;
}

/** Why a JSON text does not parse, or null when it does. */
export function jsonProblem(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Every `.xml` and `.json` file below `dir` that is not well-formed, as `path: problem` lines. */
export async function findMalformedFiles(dir: string): Promise<{ checked: number; problems: string[] }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.(xml|json)$/.test(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const problems: string[] = [];
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    if (file.endsWith('.xml')) problems.push(...xmlProblems(text).map((problem) => `${file}:${problem}`));
    else {
      const problem = jsonProblem(text);
      if (problem) problems.push(`${file}: ${problem}`);
    }
  }
  return { checked: files.length, problems };
}

/** Checks `out/` or the folder given; exit 1 when a file is malformed. */
async function main(): Promise<void> {
  const dir = process.argv[2] ?? 'out';
  const { checked, problems } = await findMalformedFiles(dir);
  for (const problem of problems) console.error(problem);
  console.log(`wellformed: ${checked} XML and JSON files in ${dir}/, ${problems.length} problem(s)`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
