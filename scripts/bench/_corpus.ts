import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from '../../lib/content/parse-article';
import { formatDiagnostic } from '../../lib/content/diagnostics';
const dir = 'tests/corpus/articles';
for (const name of readdirSync(dir).sort()) {
  const lines = readFileSync(`${dir}/${name}`, 'utf8').split('\n');
  const body = lines.slice(1).join('\n');
  const md = `---\ntitle: '${lines[0]!.replace(/'/g, "''")}'\npublished: 2024-01\nsource:\n  outlet: 測試\n---\n${body}`;
  const t = performance.now();
  const r = parseArticle(`corpus/${name.replace('.txt', '.md')}`, md);
  const ms = performance.now() - t;
  const d = r.diagnostics.map(formatDiagnostic);
  console.log(`== ${name} ok=${r.ok} ${ms.toFixed(0)}ms`);
  for (const l of d) console.log('  ' + l.slice(0, 200));
}
