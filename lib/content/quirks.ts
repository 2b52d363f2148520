import type { DiagnosticSink } from './diagnostics';

/**
 * The source's own quirks: what a paragraph line holds that an editor might want to know about,
 * but that is the source's text and so is kept exactly as written. Each is a warning at its
 * position, never an error: an archive that refuses a source's typo is no longer verbatim.
 * (Quote marks that do not match are reported with the quote-mark scan, parse-article.ts.)
 * Every check is one regular-expression pass over the line, so they stay linear.
 */

interface LineQuirk {
  ruleId: string;
  /** The first offending position in the raw line, or -1. */
  find: (raw: string) => number;
  message: (raw: string, at: number) => string;
}

/** `U+3000`, as editors search for a character. */
function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const KEPT = 'kept as written';

/**
 * Lines a markdown reader would turn into something else. Escaped forms (`1\. `, `\<`) are the
 * file saying "this is text" and are not matched. The order matters: a thematic break (`---`)
 * before a list item (`- `).
 */
const MARKDOWN_LIKE: readonly { pattern: RegExp; what: string; escape: string | null }[] = [
  { pattern: /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/, what: 'a thematic break', escape: 'the first mark (\\-)' },
  { pattern: /^ {0,3}\d{1,9}[.)](?=[ \t]|$)/, what: 'an ordered list item ("1. ")', escape: 'the "." or ")" (1\\. )' },
  { pattern: /^ {0,3}[-+*](?=[ \t]|$)/, what: 'a list item ("- ")', escape: 'the mark (\\- )' },
  { pattern: /^ {0,3}>/, what: 'a block quote ("> ")', escape: 'the ">" (\\>)' },
  { pattern: /^ {0,3}#/, what: 'a heading (the archive\'s headings are "## " lines)', escape: 'the "#" (\\#)' },
  { pattern: /^(?: {4}|\t)/, what: 'indented code (4 spaces or a tab)', escape: null },
  { pattern: /^ {0,3}(?:```|~~~)/, what: 'a code fence', escape: 'the first mark (\\`)' },
  { pattern: /^ {0,3}=+[ \t]*$/, what: 'a heading underline', escape: 'the first "=" (\\=)' },
  { pattern: /^ {0,3}\|.*\|[ \t]*$/, what: 'a table row', escape: 'the first "|" (\\|)' },
  { pattern: /(?<!\\)<[A-Za-z!?/]/, what: 'HTML (the pages show it as text)', escape: 'the "<" (\\<)' },
  { pattern: /(?<!\\)!?\[[^[\]]*\]\(/, what: 'a link or image ("[…](…)")', escape: 'the "[" (\\[)' },
  { pattern: /(?<!\\)(?:\*\*|__)/, what: 'bold ("**")', escape: 'each mark (\\*)' },
  { pattern: /(?<!\\)`/, what: 'code ("`")', escape: 'the "`" (\\`)' },
  { pattern: /(?<![\\*])\*(?=[^\s*])|(?<![\\\p{L}\p{N}_])_(?=[^\s_])/u, what: 'emphasis ("*" or "_")', escape: 'the mark (\\* or \\_)' },
];

const markdownLike: LineQuirk = {
  ruleId: 'markdown-like-line',
  find: (raw) => {
    for (const { pattern } of MARKDOWN_LIKE) {
      const match = pattern.exec(raw);
      if (match) return match.index;
    }
    return -1;
  },
  message: (raw) => {
    const { what, escape } = MARKDOWN_LIKE.find(({ pattern }) => pattern.test(raw)) ?? { what: 'markdown', escape: null };
    const advice = escape === null ? '' : ` (to say it is text and silence this, escape ${escape} with "\\")`;
    return `line looks like markdown, ${what}; the body is text, so it is ${KEPT}${advice}`;
  },
};

/** The first Unicode space after the line's ideographic-space indentation, or -1 (one pass: no look-behind). */
function oddSpaceAfterIndent(raw: string): number {
  ODD_SPACE.lastIndex = IDEOGRAPHIC_INDENT.exec(raw)?.[0].length ?? 0;
  return ODD_SPACE.exec(raw)?.index ?? -1;
}

/** The first match of a pattern, or -1. */
const firstIndex = (pattern: RegExp) => (raw: string) => pattern.exec(raw)?.index ?? -1;

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
/** Unicode spaces; the ideographic spaces that indent a paragraph are counted per file instead (`oddSpaceAfterIndent`). */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LEADING_SPACE = /^[ \t]+(?=\S)/;
/** Chinese typesetting indents a paragraph with ideographic spaces (`　　近日，…`). */
const IDEOGRAPHIC_INDENT = /^\u3000+/;
const TRAILING_SPACE = /(?<=\S)[ \t]+$/;
const FULL_WIDTH_DIGIT = /[０-９]/;
const ASCII_QUOTE = /"/;
const REPEATED = /([。，、；：,;:])\1/;

/**
 * Half-width marks used in Chinese text (next to a Han character) in a line that also writes the
 * full-width form: `,` and `，` in one paragraph. Commas in digit groups (1,000), clock times
 * (10:30) and Latin words (Energy Agency, IAEA) are not Chinese punctuation and do not count.
 */
const MIXED_PAIRS: readonly { half: RegExp; full: string }[] = [
  { half: /(?<=\p{Script=Han})[,]|[,](?=\p{Script=Han})/u, full: '，' },
  { half: /(?<=\p{Script=Han})[:]|[:](?=\p{Script=Han})/u, full: '：' },
  { half: /(?<=\p{Script=Han})[;]|[;](?=\p{Script=Han})/u, full: '；' },
  { half: /(?<=\p{Script=Han})[?]|[?](?=\p{Script=Han})/u, full: '？' },
  { half: /(?<=\p{Script=Han})[!]|[!](?=\p{Script=Han})/u, full: '！' },
];

const QUIRKS: readonly LineQuirk[] = [
  markdownLike,
  {
    ruleId: 'zero-width-character',
    find: firstIndex(ZERO_WIDTH),
    message: (raw, at) => `invisible character ${codePoint(raw.charAt(at))} (zero-width) is ${KEPT}; check that the source has it`,
  },
  {
    ruleId: 'odd-space',
    find: (raw) => {
      const odd = oddSpaceAfterIndent(raw);
      // Four spaces or a tab are reported as markdown-like (indented code) already.
      const leading = /^(?: {4}|\t)/.test(raw) ? -1 : (LEADING_SPACE.exec(raw)?.index ?? -1);
      return odd === -1 ? leading : leading === -1 ? odd : Math.min(odd, leading);
    },
    message: (raw, at) => {
      const character = raw.charAt(at);
      return character === ' ' || character === '\t'
        ? `space at the start of the line is ${KEPT}`
        : `space ${codePoint(character)} (${character === '\u3000' ? 'ideographic space' : character === '\u00A0' ? 'no-break space' : 'a Unicode space'}) is ${KEPT}`;
    },
  },
  {
    ruleId: 'full-width-digit',
    find: firstIndex(FULL_WIDTH_DIGIT),
    message: (raw, at) => `full-width digit ${raw.charAt(at)} is ${KEPT} (dates written with it are still read)`,
  },
  {
    ruleId: 'ascii-quote',
    find: firstIndex(ASCII_QUOTE),
    message: (raw) => `ASCII quote mark " is ${KEPT}; ${(raw.split('"').length - 1) % 2 === 0 ? 'the straight quotes of this line pair up and are read as quote marks' : 'an odd one out, so no straight quote of this line is read as a quote mark'}`,
  },
  {
    ruleId: 'repeated-punctuation',
    find: firstIndex(REPEATED),
    message: (raw, at) => `punctuation ${raw.charAt(at)} repeated is ${KEPT}`,
  },
  {
    ruleId: 'punctuation-mix',
    find: (raw) => {
      for (const { half, full } of MIXED_PAIRS) {
        const fullAt = raw.indexOf(full);
        const halfAt = fullAt === -1 ? -1 : (half.exec(raw)?.index ?? -1);
        if (halfAt !== -1) return Math.max(halfAt, fullAt);
      }
      return -1;
    },
    message: (raw, at) => `the line mixes half- and full-width forms of one mark (${raw.charAt(at)} here); ${KEPT}`,
  },
];

/**
 * Layout a whole copy shares (every paragraph indented with ideographic spaces, every line ending
 * in a space) is one warning per file, at its first line, with how many lines have it; a warning
 * on each line would bury the rest.
 */
const LAYOUT: readonly { ruleId: string; pattern: RegExp; message: (lines: number) => string }[] = [
  { ruleId: 'odd-space', pattern: IDEOGRAPHIC_INDENT, message: (lines) => `${lines} line(s) open with ideographic spaces (U+3000, Chinese paragraph indentation), the first here; ${KEPT}` },
  { ruleId: 'odd-space', pattern: TRAILING_SPACE, message: (lines) => `${lines} line(s) end in spaces, the first here; ${KEPT}` },
];

/** Reads the quirks of one file's body lines: `read` each line, then `finish` for the per-file counts. */
export function createQuirkReader(sink: DiagnosticSink): { read: (raw: string, line: number) => void; finish: () => void } {
  const layout = LAYOUT.map(() => ({ lines: 0, first: { line: 0, column: 0 } }));
  return {
    read(raw, line) {
      for (const quirk of QUIRKS) {
        const at = quirk.find(raw);
        if (at !== -1) sink.warn({ line, column: at + 1 }, quirk.ruleId, quirk.message(raw, at));
      }
      LAYOUT.forEach(({ pattern }, index) => {
        const match = pattern.exec(raw);
        const tally = layout[index];
        if (match === null || tally === undefined) return;
        if (tally.lines === 0) tally.first = { line, column: match.index + 1 };
        tally.lines += 1;
      });
    },
    finish() {
      LAYOUT.forEach(({ ruleId, message }, index) => {
        const tally = layout[index];
        if (tally !== undefined && tally.lines > 0) sink.warn(tally.first, ruleId, message(tally.lines));
      });
    },
  };
}
