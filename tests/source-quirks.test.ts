import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../lib/content/parse-article';
import { formatDiagnostic } from '../lib/content/diagnostics';
import type { Article } from '../lib/content/model';
import { MINIMAL_FRONTMATTER } from './fixtures/minimal-frontmatter';

/**
 * Issue 10, part 1: the source's quirks never block archiving. Each is kept byte for byte, the
 * article builds, and `check` lists a warning at its position with a rule name.
 */

const FRONTMATTER = `${MINIMAL_FRONTMATTER}\n`;

/** Parses a body (first body line is file line 9), expecting an article; returns it with its messages. */
function archive(body: string, path = 'content/articles/test-article.md'): { article: Article; messages: string[] } {
  const result = parseArticle(path, `${FRONTMATTER}${body}`);
  const messages = result.diagnostics.map(formatDiagnostic);
  if (!result.ok) throw new Error(messages.join('\n'));
  expect(result.diagnostics.every((diagnostic) => !diagnostic.fatal)).toBe(true);
  return { article: result.article, messages };
}

const textsOf = (article: Article) => article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text));

describe('quote marks that do not match are warnings, and no quote is read across them', () => {
  it('keeps a quote closed with an opening mark (“…“), as the issue’s source printed it', () => {
    const line = '他表示，這是一個“值得信賴、可靠的平台。“';
    const { article, messages } = archive(`${line}\n`);
    expect(textsOf(article)).toEqual([line]);
    expect(article.quotes).toEqual([]);
    expect(messages).toEqual([
      expect.stringMatching(/:9:9: warning: quote mark “ is not closed within its paragraph .*\[quote-mark-unmatched\]$/),
      expect.stringMatching(/:9:21: warning: quote mark “ does not close the “ at column 9 \(the source may have closed it with the wrong mark\).*\[quote-mark-mismatched\]$/),
    ]);
  });

  it('reads the quote of 「…」」 and warns about the extra closing mark', () => {
    const { article, messages } = archive('行長說：「今年政策保持靈活。」」\n');
    expect(article.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([['今年政策保持靈活。', '行長']]);
    expect(messages).toEqual([expect.stringMatching(/:9:16: warning: quote mark 」 closes a quote that was not opened in its paragraph; kept as written \[quote-mark-unmatched\]$/)]);
  });

  it('keeps a quote that never closes, and one that closes without opening', () => {
    const { article, messages } = archive('他說：「我們不會降價。\n公司表示」沒有計劃。\n');
    expect(article.quotes).toEqual([]);
    expect(messages).toEqual([
      expect.stringMatching(/:9:4: warning: quote mark 「 is not closed within its paragraph \(nor continued by the next paragraph opening with 「\)/),
      expect.stringMatching(/:10:5: warning: quote mark 」 closes a quote that was not opened/),
    ]);
  });

  it('reads a quote whose closing mark was lost to its paragraph\'s end, when the words run to a sentence\'s end, and still warns', () => {
    const { article, messages } = archive('叶檀分析认为，冲击肯定非常大。“从该产品设计来看，说明阿里已经解决了小贷资金来源的问题。\n');
    expect(article.quotes.map((quote) => [quote.text, quote.kind, quote.speaker])).toEqual([['从该产品设计来看，说明阿里已经解决了小贷资金来源的问题。', 'speech', '叶檀']]);
    expect(messages).toEqual([expect.stringMatching(/:9:16: warning: quote mark “ is not closed within its paragraph; kept as written, and its words are read as a quote to the paragraph's end .*\[quote-mark-unmatched\]$/)]);
  });

  it('still reads the rest of a paragraph after a broken mark', () => {
    const { article } = archive('他說：“這是可靠的平台。“另一位分析師則表示：「市場仍然謹慎。」\n');
    expect(article.quotes.map((quote) => [quote.text, quote.kind, quote.speaker])).toEqual([['市場仍然謹慎。', 'speech', '分析師']]);
  });

  it('invents no quote across a mark of the wrong pair (「…”)', () => {
    const { article, messages } = archive('他說：「好的”，然後離開。\n');
    expect(article.quotes).toEqual([]);
    expect(messages.map((message) => /\[([a-z-]+)\]$/.exec(message)?.[1])).toEqual(['quote-mark-unmatched', 'quote-mark-mismatched']);
  });

  it('still continues a quote over paragraphs, reporting only the piece that never closes', () => {
    const { article, messages } = archive('行長說：「今年政策保持靈活。\n「我們還有降準空間。\n「工具箱依然豐富。\n');
    expect(article.quotes.map((quote) => quote.continues)).toEqual([null, 'section-1-1-q1']);
    expect(messages).toEqual([expect.stringMatching(/:11:1: warning: quote mark 「 is not closed/)]);
  });
});

describe('other quirks of the source’s text are kept byte for byte, each with a warning at its place', () => {
  const cases: { name: string; line: string; rule: string; column: number }[] = [
    { name: 'a half-width comma in a line of full-width ones', line: '近日，海右財經獲悉,天星數科正在拓展。', rule: 'punctuation-mix', column: 10 },
    { name: 'a no-break space', line: '小米\u00A0集團公布業績。', rule: 'odd-space', column: 3 },
    { name: 'an ideographic space inside a line', line: '小米集團\u3000公布業績。', rule: 'odd-space', column: 5 },
    { name: 'a zero-width space', line: '小米\u200B集團公布業績。', rule: 'zero-width-character', column: 3 },
    { name: 'full-width digits', line: '營收增長２０２４億元。', rule: 'full-width-digit', column: 5 },
    { name: 'stray ASCII quotes', line: '請注明"來源:TMT觀察網"。', rule: 'ascii-quote', column: 4 },
    { name: 'repeated punctuation', line: '公司回應稱，，不予置評。', rule: 'repeated-punctuation', column: 6 },
    { name: 'an ordered list marker', line: '1. 第一項措施', rule: 'markdown-like-line', column: 1 },
    { name: 'a bullet', line: '- 第二項措施', rule: 'markdown-like-line', column: 1 },
    { name: 'a block quote', line: '> 引述自公告', rule: 'markdown-like-line', column: 1 },
    { name: 'a hash', line: '#小米# 話題', rule: 'markdown-like-line', column: 1 },
    { name: 'a level-3 heading', line: '### 小標題', rule: 'markdown-like-line', column: 1 },
    { name: 'raw HTML', line: '甲<script>alert(1)</script>乙', rule: 'markdown-like-line', column: 2 },
    { name: 'a link', line: '詳見[公告](javascript:alert(1))', rule: 'markdown-like-line', column: 3 },
    { name: 'an image', line: '![圖](x.png)', rule: 'markdown-like-line', column: 1 },
    { name: 'emphasis with *', line: '這是*重點*內容', rule: 'markdown-like-line', column: 3 },
    { name: 'emphasis with _', line: '這是 _重點_ 內容', rule: 'markdown-like-line', column: 4 },
    { name: 'a table row', line: '| 年份 | 營收 |', rule: 'markdown-like-line', column: 1 },
    { name: 'a thematic break', line: '---', rule: 'markdown-like-line', column: 1 },
  ];
  for (const { name, line, rule, column } of cases) {
    it(`keeps ${name}`, () => {
      const { article, messages } = archive(`${line}\n`);
      expect(textsOf(article)).toEqual([line]);
      expect(messages).toContainEqual(expect.stringMatching(new RegExp(`:9:${column}: warning: .*\\[${rule}\\]$`)));
    });
  }

  it('says nothing about escaped markdown, and decodes only \\ before ASCII punctuation', () => {
    const { article, messages } = archive('1\\. 第一項\n\\- 第二項\n成本 \\<10% 且 1\\*2\\*3。\nC:\\Users 與 \\中文\n');
    expect(textsOf(article)).toEqual(['1. 第一項', '- 第二項', '成本 <10% 且 1*2*3。', 'C:\\Users 與 \\中文']);
    expect(messages).toEqual([]);
  });

  it('points at the right column after an escape', () => {
    const { messages } = archive('\\*\\*甲\u200B乙\n');
    expect(messages).toEqual([expect.stringMatching(/:9:6: warning: invisible character U\+200B/)]);
  });

  it('counts Chinese paragraph indentation and trailing spaces once per file', () => {
    const { article, messages } = archive('\u3000\u3000甲段。\n\u3000\u3000乙段。 \n丙段。 \n');
    expect(textsOf(article)).toEqual(['\u3000\u3000甲段。', '\u3000\u3000乙段。 ', '丙段。 ']);
    expect(messages).toEqual([
      expect.stringMatching(/:9:1: warning: 2 line\(s\) open with ideographic spaces \(U\+3000, Chinese paragraph indentation\), the first here; kept as written \[odd-space\]$/),
      expect.stringMatching(/:10:6: warning: 2 line\(s\) end in spaces, the first here; kept as written \[odd-space\]$/),
    ]);
  });

  it('lists at most 100 warnings of one rule in a file, then counts the rest', () => {
    const { messages } = archive(`${Array.from({ length: 130 }, (_, index) => `- 第${index}項`).join('\n')}\n`);
    expect(messages).toHaveLength(101);
    expect(messages[100]).toMatch(/:138:1: warning: and 30 more warning\(s\) of this rule in this file, up to here \(the first 100 are listed\) \[markdown-like-line\]$/);
  });
});

describe('real copy (lines of the test corpus, tests/fixtures/quirks/README.md)', () => {
  const fixture = (name: string) => {
    const path = `tests/fixtures/quirks/${name}`;
    const text = readFileSync(path, 'utf8');
    return { path, body: text.split('\n---\n')[1]?.split('\n').filter((line) => line !== '') ?? [] };
  };

  it('archives 21世紀, 界面 and 鰲頭 lines verbatim: indentation, a quote closed with ", trailing spaces', () => {
    const { path, body } = fixture('hans-quirks.md');
    const result = parseArticle(path, readFileSync(path));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(textsOf(result.article)).toEqual(body);
    const messages = result.diagnostics.map(formatDiagnostic);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/hans-quirks\.md:9:1: warning: 1 line\(s\) open with ideographic spaces/),
        expect.stringMatching(/hans-quirks\.md:10:27: warning: quote mark “ is not closed/),
        expect.stringMatching(/hans-quirks\.md:10:35: warning: ASCII quote mark " is kept as written/),
        expect.stringMatching(/hans-quirks\.md:10:\d+: warning: 3 line\(s\) end in spaces/),
      ]),
    );
    // “朵唯12promax" breaks, but the well-formed “12pro” after it is still read.
    expect(result.article.quotes.map((quote) => quote.text)).toEqual(['12pro']);
  });

  it('archives 經濟通, 香港商報 and 中央社 lines verbatim: *…* subheads and four-space indentation warn, commas in a Latin name do not', () => {
    const { path, body } = fixture('hant-quirks.md');
    const result = parseArticle(path, readFileSync(path));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(textsOf(result.article)).toEqual(body);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/hant-quirks\.md:9:1: warning: line looks like markdown, emphasis/),
      expect.stringMatching(/hant-quirks\.md:10:1: warning: line looks like markdown, indented code/),
    ]);
  });
});
