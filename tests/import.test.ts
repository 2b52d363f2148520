import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../lib/content/parse-article';
import { escapeParagraph, serializeArticleFile, type ArticleFileFields } from '../lib/content/serialize-article';
import { partialDateOf, readSavedPage } from '../lib/content/import/read-saved-page';
import { importArticle } from '../lib/content/import/import-article';
import { decodeInput } from '../lib/content/import/decode-input';
import { createRandom } from '../scripts/bench/fuzz';

const SEED_TEXT = 'tests/fixtures/seed/000_59b1de32102e14a5.txt';
const GMW_PAGE = 'tests/fixtures/import/gmw-source.html';
const FIELDS: ArticleFileFields = { title: '測試', published: '2024-01', language: 'zh-Hant', source: { outlet: '測試報' } };

/** The non-blank lines of a text file, as written (the plain-text form's reading, done here by hand). */
function nonBlankLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** Writes paragraphs as a content file and parses it back, as the archive reads it. */
function roundTrip(paragraphs: string[], fields: ArticleFileFields = FIELDS): string[] {
  const result = parseArticle('round-trip.md', serializeArticleFile(fields, paragraphs));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return result.article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text));
}


// Markdown-looking pieces, and text around them (with the source quirks the archive keeps: stray
// quote marks, odd spaces, zero-width characters).
const MARKDOWN_PIECES = [
  '1. ', '2) ', '- ', '+ ', '* ', '> ', '# ', '## ', '### ', '---', '===', '***', '___', '`', '``', '```', '~~', '~~~', '|', '| a | b |',
  '[', ']', '[連結](http://x.y)', '![圖](a.png)', '<', '>', '<div>', '</p>', '<!-- c -->', '<http://a.b>', '&', '&amp;', '&#32;', '&nbsp;',
  '\\', '\\*', '\\\\', '*強調*', '**粗**', '_斜_', '__底__', '{#id}', '[^1]', '[a]: http://x', '!', '#', '=', '-', '+', '\t', '.', ')', '(',
  '2024.', '3)', ':', '$', '%', '^', '@', '"', "'",
];
const TEXT_PIECES = ['資料', '財經報導', '市場與銀行', '，', '。', '、', '：', '（', '）', '\u3000', '\u00a0', '２０２４', 'AI', '300萬元', ' ', '  ', '；', '…', '“', '”', '「', '」」', '『', '\u200b'];

/** A paragraph full of markdown-looking text, spaces and tabs at its ends included. */
function randomParagraph(random: () => number): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let text = '';
  const pieces = 1 + Math.floor(random() * 12);
  for (let i = 0; i < pieces; i++) text += random() < 0.55 ? pick(MARKDOWN_PIECES) : pick(TEXT_PIECES);
  // Some Traditional words in every paragraph, so the text reads as the declared script.
  text = random() < 0.5 ? `${text}財經報導` : `財經報導${text}`;
  return text;
}

describe('serializeArticleFile: the written file parses back to the same paragraphs', () => {
  it('keeps every line of the seed text exactly', () => {
    const lines = nonBlankLines(readFileSync(SEED_TEXT, 'utf8')).slice(1);
    expect(roundTrip(lines)).toEqual(lines);
  });

  it('keeps every paragraph of the saved page (full-width indents, ASCII quirks like 巴兹?奥尔德林) exactly', () => {
    const { paragraphs } = readSavedPage(readFileSync(GMW_PAGE, 'utf8'));
    expect(paragraphs.length).toBeGreaterThan(30);
    expect(roundTrip(paragraphs, { ...FIELDS, language: 'zh-Hans' })).toEqual(paragraphs);
  });

  it('writes back the paragraphs of every content fixture (quirks, hostile characters, both scripts) and the archive\'s own articles', () => {
    const files = [
      ...['tests/fixtures/quirks', 'tests/fixtures/hostile', 'tests/fixtures/zh-hans'].flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => join(dir, name))),
      ...readdirSync('content/articles').filter((name) => name.endsWith('.md')).map((name) => join('content/articles', name)),
    ];
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const original = parseArticle(file, readFileSync(file));
      if (!original.ok) throw new Error(`${file} does not parse`);
      const paragraphs = original.article.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
      expect(roundTrip(paragraphs, { ...FIELDS, language: original.article.language }), file).toEqual(paragraphs);
    }
  });

  it('imports every real article of the test corpus (tests/corpus, both scripts) with exactly its source lines', () => {
    const names = readdirSync('tests/corpus/articles').filter((name) => name.endsWith('.txt'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const text = readFileSync(join('tests/corpus/articles', name), 'utf8');
      const imported = importArticle('text', text, { outlet: '測試', published: '2024-01', url: 'https://example.com/a' });
      if (!imported.ok) throw new Error(`${name}: ${imported.errors.join('; ')}`);
      const [title, ...body] = nonBlankLines(text.replace(/\r\n?/g, '\n'));
      const parsed = parseArticle(`${name}.md`, serializeArticleFile(imported.article.fields, imported.article.paragraphs));
      expect(parsed.ok && [parsed.article.title, ...parsed.article.sections.flatMap((s) => s.paragraphs.map((p) => p.text))], name).toEqual([title?.trim(), ...body]);
    }
  });

  it('keeps 1,000 random paragraphs full of markdown-looking text exactly', () => {
    const random = createRandom(20261203);
    const paragraphs = Array.from({ length: 1000 }, () => randomParagraph(random));
    // Fifty to a file keeps the run short; each file is checked on its own.
    for (let start = 0; start < paragraphs.length; start += 50) {
      const batch = paragraphs.slice(start, start + 50);
      expect(roundTrip(batch)).toEqual(batch);
    }
  });

  it('keeps lines that look like every markdown block', () => {
    const lines = ['1. 第一', '2) 第二', '- 項目', '+ 項目', '* 項目', '> 引文', '# 標題', '## 小標題 {#id}', '---', '- - -', '===', '    縮排四格', '\t跳格', '<div>原文</div>', '[原文](http://a.b)', '2024. 年', '&amp; 與 &#32;', '行末反斜線\\', '```', '|表|格|'];
    expect(roundTrip(lines)).toEqual(lines);
  });

  it('keeps U+3000 and NBSP at either end of a line', () => {
    const lines = ['\u3000\u3000全形縮排', '行末全形空格\u3000', '\u00a0不換行空格\u00a0'];
    expect(roundTrip(lines)).toEqual(lines);
  });

  it('keeps ASCII spaces and tabs at either end of a line', () => {
    const lines = ['  兩格縮排', '行末兩格  ', '\t跳格開頭', '    四格縮排'];
    expect(roundTrip(lines)).toEqual(lines);
  });

  it('writes fields YAML would otherwise read as something else back as the same strings', () => {
    for (const title of ['2024', 'null', 'yes', '~', '- 清單', '#話題# 標題', '「甲」: 乙', "it's", '"引號"', '`x`', '*x', '&a', '!x', '%x', '? x', '| x', '> x', '[x]', '{x}', '@x', '標題 # 註']) {
      const result = parseArticle('t.md', serializeArticleFile({ ...FIELDS, title, author: title, source: { outlet: title, via: title } }, ['正文。']));
      expect(result.ok && [result.article.title, result.article.author, result.article.source.outlet, result.article.source.via]).toEqual([title, title, title, title]);
    }
  });

  it('escapes what markdown reads as syntax and leaves other text alone', () => {
    expect(escapeParagraph('近日,海右財經獲悉。')).toBe('近日,海右財經獲悉。');
    expect(escapeParagraph('1. 第一')).toBe('1\\. 第一');
    expect(escapeParagraph('<b>*x*</b>')).toBe('\\<b\\>\\*x\\*\\</b\\>');
  });
});

describe('decodeInput: UTF-8 first, else the charset a saved page declares', () => {
  it('reads a GBK page by its meta charset, a UTF-8 page whatever it declares, and names the byte when neither fits', () => {
    const gbk = Buffer.concat([Buffer.from('<html><head><meta charset="gbk"></head><body><p>'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('</p></body></html>')]);
    const decoded = decodeInput(gbk, { isHtml: true });
    expect(decoded.ok && decoded.text).toContain('<p>中文</p>');
    expect(decoded.ok && decoded.encoding).toBe('gbk');
    const utf8 = decodeInput(Buffer.from('<meta charset="gb2312"><p>中文</p>'), { isHtml: true });
    expect(utf8.ok && utf8.encoding).toBe('utf-8');
    const text = decodeInput(Buffer.from([0x41, 0xff, 0x42]), { isHtml: false });
    expect(!text.ok && text.message).toMatch(/byte 1/);
  });
});

describe('partialDateOf: a page date only as precise as it is written', () => {
  it('keeps the day written in the timestamp\'s own offset', () => {
    expect(partialDateOf('2024-01-05T23:30:00-05:00')).toBe('2024-01-05');
    expect(partialDateOf('2024-01-06T00:30:00+08:00')).toBe('2024-01-06');
    expect(partialDateOf('2017-03-10 09:58:03')).toBe('2017-03-10');
  });

  it('keeps a month or a year as a month or a year, and reads Chinese and slashed dates', () => {
    expect(partialDateOf('2024-01')).toBe('2024-01');
    expect(partialDateOf('2024')).toBe('2024');
    expect(partialDateOf('2024年1月5日')).toBe('2024-01-05');
    expect(partialDateOf('2024/1/5')).toBe('2024-01-05');
  });

  it('refuses what is not a real date', () => {
    expect(partialDateOf('2023-02-30')).toBeNull();
    expect(partialDateOf('yesterday')).toBeNull();
  });
});

describe('reading a saved page', () => {
  // Written for this test: the metadata forms real pages use (Open Graph, JSON-LD, canonical link).
  const page = `<!doctype html><html lang="zh-Hant"><head>
    <meta property="og:site_name" content="經濟日報"><meta property="og:title" content="央行理監事會後宣布升息半碼">
    <meta property="article:published_time" content="2024-03-21T16:05:00+08:00">
    <link rel="canonical" href="https://money.example.tw/story/123">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"升息","author":[{"@type":"Person","name":"王小明"},{"@type":"Person","name":"李大華"}],"publisher":{"@type":"Organization","name":"聯合報系"}}</script>
    <title>央行理監事會後宣布升息半碼 | 經濟日報</title></head><body><nav><a href="/">首頁</a> <a href="/x">財經</a></nav>
    <article><h1>央行理監事會後宣布升息半碼</h1>
    ${Array.from({ length: 6 }, (_, i) => `<p>　　中央銀行今（21）日召開理監事會，決議調升政策利率半碼，這是第${i + 1}段的內容，說明利率、房市與匯率的走向，以及市場的反應與分析師的看法。</p>`).join('\n')}
    <p>1. 重貼現率 *2%* &lt;b&gt;</p></article><footer>版權所有</footer></body></html>`;

  it('reads outlet, title, date, authors and URL from what the page declares', () => {
    const read = readSavedPage(page);
    expect(read.outlet).toEqual({ value: '經濟日報', from: '<meta property="og:site_name">' });
    expect(read.title?.value).toBe('央行理監事會後宣布升息半碼');
    expect(read.published?.value).toBe('2024-03-21');
    expect(read.author?.value).toBe('王小明、李大華');
    expect(read.url?.value).toBe('https://money.example.tw/story/123');
    expect(read.paragraphs.at(-1)).toBe('1. 重貼現率 *2%* <b>');
    expect(read.paragraphs).not.toContain('首頁 財經');
  });

  it('reads the real saved page (光明网, from readability\'s test pages): title from <h1>, date from its publishdate meta, every article paragraph', () => {
    const html = readFileSync(GMW_PAGE, 'utf8');
    const read = readSavedPage(html);
    // Expectations from the fixture itself: the blocks of its article column, as a browser lays them out.
    const { document } = parseHTML(html);
    const expected = Array.from(document.querySelectorAll('#contentMain > p, #contentMain > div'))
      .map((block) => (block.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, ''))
      .filter((text) => text.trim() !== '');
    expect(read.paragraphs).toEqual(expected);
    expect(read.title?.value).toBe(document.querySelector('h1')?.textContent);
    expect(read.published?.value).toBe(document.querySelector('meta[name="publishdate"]')?.getAttribute('content'));
    expect(read.author?.value).toBe(document.querySelector('meta[name="author"]')?.getAttribute('content'));
    expect(read.outlet).toBeNull();
    expect(read.url).toBeNull();
  });
});

describe('importArticle: flags, file facts and what is left out', () => {
  it('lets flags win over the file and says so', () => {
    const result = importArticle('html', readFileSync(GMW_PAGE, 'utf8'), { outlet: '网易科学人', author: '春春' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.fields.author).toBe('春春');
    expect(result.article.notes).toContain('author: "春春" from --author (the file says "肖春芳" in <meta name="author">)');
    expect(result.article.notes.some((note) => note.startsWith('source.url: left out'))).toBe(true);
  });

  it('keeps a headline that opens the article block as the title only, and says where the body starts and ends', () => {
    const page = `<html><head><title>央行升息 | 經濟日報</title></head><body><article><h1>央行升息</h1><p>中央銀行今日宣布升息半碼。</p><p>市場反應平淡。</p></article></body></html>`;
    const result = importArticle('html', page, { outlet: '經濟日報', published: '2024-03-21' });
    expect(result.ok && result.article.fields.title).toBe('央行升息');
    expect(result.ok && result.article.paragraphs).toEqual(['中央銀行今日宣布升息半碼。', '市場反應平淡。']);
    expect(result.ok && result.article.notes).toContain('body: 2 paragraph(s), from "中央銀行今日宣布升息半碼。" to "市場反應平淡。"');
  });

  it('never invents a publication day: a month stays a month', () => {
    const result = importArticle('text', '標題\n正文。\n', { outlet: '海右財經', published: '2024-01' });
    expect(result.ok && result.article.fields.published).toBe('2024-01');
  });

  it('names the flag for each required field nobody gave', () => {
    const result = importArticle('text', '標題\n正文。\n', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(/--outlet NAME/);
    expect(result.errors.join('\n')).toMatch(/--published YYYY\[-MM\[-DD\]\]/);
    const empty = importArticle('html', '<html><head></head><body></body></html>', { outlet: 'x', published: '2024' });
    expect(!empty.ok && empty.errors.join('\n')).toMatch(/--title TEXT/);
  });

  it('rejects a malformed flag by name', () => {
    const result = importArticle('text', '標題\n正文。\n', { outlet: 'x', published: '2024-13', captured: '2024-01', url: 'example.com' });
    expect(!result.ok && result.errors).toEqual([
      expect.stringMatching(/^--published "2024-13"/),
      expect.stringMatching(/^--captured "2024-01"/),
      expect.stringMatching(/^--url "example.com"/),
    ]);
  });
});

// Each test spawns the CLI (about a second each, more on a busy machine).
describe('npm run import (CLI, end to end)', { timeout: 60_000 }, () => {
  /** Runs the importer with a temporary articles folder. */
  function runImport(args: string[], { dir, input }: { dir: string; input?: string }) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/import.ts', ...args], {
      encoding: 'utf8',
      input,
      env: { ...process.env, ARCHIVE_CONTENT_DIR: dir },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }
  const tempArticles = () => join(mkdtempSync(join(tmpdir(), 'archive-import-')), 'articles');

  it('imports the seed text: prints the path, keeps every body line, leaves out what it was not told', () => {
    const dir = tempArticles();
    const { status, stdout, stderr } = runImport([SEED_TEXT, '--outlet', '海右財經', '--via', 'TMT觀察網', '--published', '2024-01'], { dir });
    expect(stderr).toMatch(/source\.url: left out/);
    expect(status).toBe(0);
    const path = stdout.trim();
    expect(path.endsWith('000-59b1de32102e14a5.md')).toBe(true);
    const written = readFileSync(path);
    const parsed = parseArticle(path, written);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [title, ...body] = nonBlankLines(readFileSync(SEED_TEXT, 'utf8'));
    expect(parsed.article.title).toBe(title);
    expect(parsed.article.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(body);
    expect(parsed.article.published).toBe('2024-01');
    expect(parsed.article.source).toEqual({ outlet: '海右財經', via: 'TMT觀察網', url: null });
    expect(parsed.article.provenance.captured).toBeNull();
  });

  it('never overwrites: importing the same name again fails and names the slug', () => {
    const dir = tempArticles();
    const args = [SEED_TEXT, '--outlet', '海右財經', '--published', '2024-01'];
    expect(runImport(args, { dir }).status).toBe(0);
    const before = readFileSync(join(dir, '000-59b1de32102e14a5.md'), 'utf8');
    const again = runImport([...args, '--title', '另一個標題'], { dir });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/slug "000-59b1de32102e14a5" is already used/);
    expect(readFileSync(join(dir, '000-59b1de32102e14a5.md'), 'utf8')).toBe(before);
  });

  it('fails without writing when a required field is missing, naming the flag', () => {
    const dir = tempArticles();
    const { status, stderr } = runImport([GMW_PAGE, '--published', '2017-03-10'], { dir });
    expect(status).toBe(1);
    expect(stderr).toMatch(/no outlet.*--outlet NAME/);
    expect(existsSync(dir)).toBe(false);
  });

  it('imports the real saved page with the flags the page lacks', () => {
    const dir = tempArticles();
    const url = 'http://tech.gmw.cn/2017-03/10/content_23937776.htm';
    const { status, stdout } = runImport([GMW_PAGE, '--outlet', '网易科学人', '--via', '光明网', '--url', url, '--captured', '2017-03-10', '--slug', 'astronauts-and-alcohol'], { dir });
    expect(status).toBe(0);
    const parsed = parseArticle(stdout.trim(), readFileSync(stdout.trim()));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { document } = parseHTML(readFileSync(GMW_PAGE, 'utf8'));
    expect(parsed.article.slug).toBe('astronauts-and-alcohol');
    expect(parsed.article.title).toBe(document.querySelector('h1')?.textContent);
    expect(parsed.article.published).toBe('2017-03-10');
    expect(parsed.article.language).toBe('zh-Hans');
    expect(parsed.article.source).toEqual({ outlet: '网易科学人', via: '光明网', url });
    expect(parsed.article.provenance.captured).toBe('2017-03-10');
    expect(parsed.article.sections[0]?.paragraphs[0]?.text.startsWith('\u3000\u3000翱翔')).toBe(true);
  });

  it('reads standard input for "-", deriving the slug from the title by README\'s rule', () => {
    const dir = tempArticles();
    // A line of only a zero-width space is blank to the body, so the importer drops it too.
    const text = '央行降準\n中國人民銀行宣布下調存款準備金率0.5個百分點。\n\u200b\n- 這行看來像清單，\n> 這行看來像引文。\n';
    const { status, stdout } = runImport(['-', '--outlet', '測試報', '--published', '2024-02-05', '--language', 'zh-Hant'], { dir, input: text });
    expect(status).toBe(0);
    expect(stdout.trim()).toMatch(/articles\/article-[0-9a-f]{8}\.md$/);
    const parsed = parseArticle(stdout.trim(), readFileSync(stdout.trim()));
    expect(parsed.ok && parsed.article.sections[0]?.paragraphs.map((p) => p.text)).toEqual(nonBlankLines(text).slice(1).filter((line) => line !== '\u200b'));
  });

  it('imports a line with leading spaces and unmatched quote marks exactly (quirks are the source\'s, never a reason to refuse)', () => {
    const dir = tempArticles();
    const input = join(mkdtempSync(join(tmpdir(), 'archive-import-in-')), 'quirks.txt');
    const text = '標題\n正文第一段，可靠的平台。“\n    縮排的段落財經報導資料。  \n「未閉合的引號。\n';
    writeFileSync(input, text);
    const { status, stdout, stderr } = runImport([input, '--outlet', 'x', '--published', '2024', '--language', 'zh-Hant'], { dir });
    expect(stderr).toMatch(/warning/);
    expect(status).toBe(0);
    const parsed = parseArticle(stdout.trim(), readFileSync(stdout.trim()));
    expect(parsed.ok && parsed.article.sections[0]?.paragraphs.map((p) => p.text)).toEqual(nonBlankLines(text).slice(1));
  });
});
