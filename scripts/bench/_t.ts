import { parseArticle } from '../../lib/content/parse-article';
import { formatDiagnostic } from '../../lib/content/diagnostics';
const fm = (extra: string) => `---\ntitle: 測試\npublished: 2024-01\nlanguage: zh-Hant\nsource:\n  outlet: 測試社\n${extra}---\n\n甲乙丙丁戊己庚辛。\n`;
let deep = 'x:\n'; for (let i = 1; i < 2000; i++) deep += ' '.repeat(i) + 'k:\n';
let bomb = 'a: &a ["lol","lol"]\nb: &b [*a,*a,*a]\nc: [*b,*b,*b]\n';
const cases: Record<string, string> = {
  alias: fm('category: *快訊*\n'),
  missingAnchor: fm('dek: *nope\n'),
  bomb: fm(bomb),
  deep: fm(deep),
  flow: fm('tags: ' + '['.repeat(3000) + ']'.repeat(3000) + '\n'),
  tilde: fm('').replace('title: 測試', 'title: ~'),
  nulldek: fm('dek: null\nauthor:\n'),
  unknown: fm(Array.from({ length: 20000 }, (_, i) => `k${i}: v`).join('\n') + '\n'),
  unknown3k: fm(Array.from({ length: 3000 }, (_, i) => `k${i}: v`).join('\n') + '\n'),
  nul: fm('') + '甲\u0000乙\u0007丙\uFFFF\n',
  zw: fm('') + '\u200B\n\u3000\u3000\n',
  longid: fm('') + `## 標題 {#${'a'.repeat(100000)}}\n\n甲。\n`,
  reserved: fm('aliases:\n  main: section-1-1\n') + `## 標題 {#main}\n\n甲。\n## 乙 {#wallet-entry-heading}\n\n乙。\n## 丙 {#rivalry-2-q1}\n\n丙。\n`,
  md: fm('') + '1. 第一\n- 項\n> 引\n# 大\n<script>alert(1)</script>\n[點我](javascript:alert(1))\n    縮排\n---\n| a | b |\n**粗**\n',
  quotes: fm('') + '他說：“這是可靠的平台。“\n他說：「好」」\n「甲”乙\n',
};
for (const [name, text] of Object.entries(cases)) {
  const t = performance.now();
  const r = parseArticle(`content/articles/${name}.md`, new TextEncoder().encode(text));
  const d = r.diagnostics.map(formatDiagnostic);
  console.log(`== ${name} ok=${r.ok} ${(performance.now() - t).toFixed(0)}ms ${d.length} msgs`);
  for (const line of d.slice(0, 6)) console.log('  ' + line.slice(0, 230));
}
