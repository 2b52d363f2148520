import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTextConverter, type TextConverter } from '../../lib/content/convert';
import { formatDiagnostic } from '../../lib/content/diagnostics';
import { manifestPathFor } from '../../lib/content/load-articles';
import { updateManifest } from '../../lib/content/published-ids';
import { scanQuoteMarks } from '../../lib/content/extract/quotes';
import type { Language } from '../../lib/content/model';
import { parseArticle } from '../../lib/content/parse-article';

/**
 * Synthetic articles for scale benchmarks: N markdown files recombined from the seed article's
 * paragraphs and sentences, with varied titles, dates, sections, quotes, tags, outlets and
 * scripts (about a quarter are Simplified originals, converted with lib/convert). Deterministic:
 * the same count, seed and source give the same files. Every file is checked with the parser.
 * Generated content is for temporary folders only; it is never committed.
 */

/** The seed article every synthetic article is recombined from. */
export const SEED_ARTICLE_PATH = fileURLToPath(new URL('../../content/articles/xiaomi-tianxing-traffic-partners.md', import.meta.url));

export interface SyntheticArticle {
  slug: string;
  /** File name in the articles folder: `<slug>.md`. */
  fileName: string;
  language: Language;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published: string;
  tags: string[];
  markdown: string;
}

export interface SyntheticOptions {
  /** PRNG seed: the same seed gives the same articles. */
  seed?: number;
  /** The seed article's markdown (default: the file at `SEED_ARTICLE_PATH`). */
  source?: string;
  /** Parse every generated file and throw on any problem (default true). */
  validate?: boolean;
}

/** Reads the seed article from the repository. */
export function readSeedArticle(): string {
  return readFileSync(SEED_ARTICLE_PATH, 'utf8');
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same sequence on every platform. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)]!;
  };
  const chance = (p: number): boolean => next() < p;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, chance, sample };
}

export interface Random {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
  sample: <T>(items: readonly T[], count: number) => T[];
}

// Pools, in Traditional script: Simplified articles convert them with lib/convert.

/** Fictional groups that stand in for the seed's companies in most articles (brand, fintech arm, licensed lender). */
const ENTITIES = [
  { brand: '小米', fintech: '天星數科', lender: '小米消金', lenderFull: '小米消費金融' },
  { brand: '星河', fintech: '星河數科', lender: '星河消金', lenderFull: '星河消費金融' },
  { brand: '遠航', fintech: '遠航金科', lender: '遠航消金', lenderFull: '遠航消費金融' },
  { brand: '藍海', fintech: '藍海數科', lender: '藍海消金', lenderFull: '藍海消費金融' },
  { brand: '青禾', fintech: '青禾科技', lender: '青禾消金', lenderFull: '青禾消費金融' },
  { brand: '華岳', fintech: '華岳數科', lender: '華岳消金', lenderFull: '華岳消費金融' },
  { brand: '雲帆', fintech: '雲帆金融科技', lender: '雲帆消金', lenderFull: '雲帆消費金融' },
  { brand: '北辰', fintech: '北辰數科', lender: '北辰消金', lenderFull: '北辰消費金融' },
] as const;
type Entity = (typeof ENTITIES)[number];

/** ASCII slug words for each entity, then topics. */
const ENTITY_SLUGS: Record<Entity['brand'], string> = {
  小米: 'xiaomi',
  星河: 'xinghe',
  遠航: 'yuanhang',
  藍海: 'lanhai',
  青禾: 'qinghe',
  華岳: 'huayue',
  雲帆: 'yunfan',
  北辰: 'beichen',
};
const SLUG_TOPICS = [
  'traffic-partners', 'consumer-credit', 'loan-facilitation', 'licence-exit', 'compliance-review',
  'wallet-entry', 'fintech-spinoff', 'credit-risk', 'funding-costs', 'user-growth', 'payments-licence',
  'insurance-exit', 'wealth-products', 'group-rivalry', 'market-share', 'regulation', 'rebrand',
];

const ACTIONS = [
  '大力擴張流量合作方', '加速接入外部平臺', '收縮自營貸款業務', '再遇合規整改', '牌照版圖生變',
  '押注助貸業務', '流量變現承壓', '下架理財產品', '注銷小貸牌照', '調整導流策略', '重組金融板塊',
];
const EFFECTS = [
  '扯下了{lender}的“遮羞布”', '集團內部博弈加劇', '持牌機構壓力陡增', '助貸市場再起波瀾',
  '消費金融行業格局生變', '{lender}自營能力受考驗', '流量與牌照誰更值錢', '手機廠商金融夢難圓',
];
const DEKS = [
  '“離開你,我將活得更好”', '流量與牌照,誰更值錢?', '一邊是流量,一邊是牌照', '兜兜轉轉,還是賣流量更香',
  '合規大趨勢下的整改與縮身', '手機廠商的金融生意經', '分家之後,各自算賬',
];
const HEADINGS = [
  '擴張合作方', '流量入口的偏向', '自營與分家', '集團內的博弈', '手機流量的價值', '金融業務的起落', '合規整改',
  '牌照之爭', '資金成本', '風險與通過率', '監管動向', '行業格局', '用戶增長', '前景展望',
];
const SECTION_IDS = [
  'expansion', 'wallet-entry', 'split', 'rivalry', 'handset-traffic', 'history', 'compliance',
  'licences', 'funding', 'risk', 'regulation', 'landscape', 'growth', 'outlook', 'background', 'partners',
];
const SPEAKERS = [
  '某券商分析師', '一位接近監管的人士', '知情人士', '某銀行信貸部門負責人', '某助貸平臺高管',
  '有消費金融從業者', '某流量負責人', '業內人士', '一位接近{fintech}的從業者',
];
const SPEECH_VERBS = ['表示', '指出', '坦言', '告訴記者', '分析稱', '直言'];
const TAGS = [
  '小米', '天星數科', '小米消金', '消費金融', '助貸', '金融科技', '流量變現', '監管', '牌照',
  '網絡小貸', '信用卡', '支付', '理財', '保險', '手機廠商', '合規', '風控', '數字化轉型',
];
const CATEGORIES = ['快訊', '深度', '觀察', '評論', '專題'];
const OUTLETS = ['海右財經', '財經觀察', '第一財經', '21世紀經濟報道', '證券時報', '經濟觀察報', '藍鯨財經', '界面新聞'];
const VIAS = ['TMT觀察網', '網易財經', '新浪財經', '鳳凰網財經'];
const AUTHORS = ['李明', '王芳', '張偉', '陳靜', '劉洋', '趙磊'];

/** The seed body: its paragraphs as written (markdown escapes kept) and its notice lines. */
interface SeedParts {
  paragraphs: string[];
  /** Sentences with balanced quote marks, each ending with its terminator. */
  sentences: string[];
  notice: string[];
}

/** Splits the seed into paragraphs and balanced sentences; headings and frontmatter are left out. */
export function splitSeed(source: string): SeedParts {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('seed article has no frontmatter');
  const [, yaml = '', body = ''] = match;
  const notice = [...yaml.matchAll(/^ {2}- '(.*)'$/gm)].map((m) => m[1]!.replace(/''/g, "'"));
  const paragraphs = body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !block.startsWith('#'));
  const sentences = paragraphs.flatMap(splitSentences).filter((sentence) => scanQuoteMarks(sentence).unbalanced.length === 0);
  return { paragraphs, sentences, notice };
}

/** Splits a paragraph after each 。！？ that is outside quote marks. */
function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < paragraph.length; i += 1) {
    const c = paragraph.charAt(i);
    if ('“「『'.includes(c)) depth += 1;
    else if ('”」』'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '。！？'.includes(c)) {
      sentences.push(paragraph.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < paragraph.length) sentences.push(paragraph.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}

/** Replaces the seed's companies with the article's entity (longest names first). */
function substituteEntity(text: string, entity: Entity): string {
  return text
    .replaceAll('小米消費金融', `\u0000L`)
    .replaceAll('小米消金', '\u0000l')
    .replaceAll('天星數科', '\u0000f')
    .replaceAll('小米', entity.brand)
    .replaceAll('\u0000L', entity.lenderFull)
    .replaceAll('\u0000l', entity.lender)
    .replaceAll('\u0000f', entity.fintech);
}

/** Fills `{lender}`-style slots of a pool string. */
function fill(template: string, entity: Entity): string {
  return template.replaceAll('{lender}', entity.lender).replaceAll('{fintech}', entity.fintech).replaceAll('{brand}', entity.brand);
}

/** Moves four-digit years (`2023年`) by `delta` and scales amounts before 萬/億/% so texts and timelines vary. */
function varyNumbers(text: string, delta: number, random: Random): string {
  return text
    .replace(/(?<![0-9])(20[0-2][0-9])(?=年)/g, (year) => String(Number(year) + delta))
    .replace(/(?<![0-9.])([0-9]+(?:\.[0-9]+)?)(?=萬|億|%)/g, (amount) => {
      const value = Number(amount) * (0.5 + random.next());
      return amount.includes('.') ? value.toFixed(1) : String(Math.max(1, Math.round(value)));
    });
}

/** A YAML single-quoted scalar. */
function yamlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A published date in 2015-2025, as precise as a source might be: a day, a month or a year. */
function randomPublished(random: Random): { published: string; year: number } {
  const year = random.int(2015, 2025);
  const month = random.int(1, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  const roll = random.next();
  if (roll < 0.15) return { published: String(year), year };
  if (roll < 0.5) return { published: `${year}-${mm}`, year };
  return { published: `${year}-${mm}-${String(random.int(1, days)).padStart(2, '0')}`, year };
}

/** A slug for the article, unique among `taken`. */
function uniqueSlug(entity: Entity, random: Random, year: number, taken: Set<string>): string {
  const base = `${ENTITY_SLUGS[entity.brand]}-${random.pick(SLUG_TOPICS)}`;
  let slug = taken.has(base) ? `${base}-${year}` : base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${year}-${n}`;
  taken.add(slug);
  return slug;
}

/** Draws items without repeats until all are used, then starts over: an article never repeats a paragraph. */
function createDeck<T>(items: readonly T[], random: Random): () => T {
  let deck: T[] = [];
  return () => {
    if (deck.length === 0) deck = random.sample(items, items.length);
    return deck.pop()!;
  };
}

/** One paragraph: a seed paragraph, two or three seed sentences, or an attributed quote. */
function randomParagraph(draw: { paragraph: () => string; sentence: () => string; plain: () => string }, entity: Entity, random: Random): string {
  const roll = random.next();
  if (roll < 0.5) return draw.paragraph();
  if (roll < 0.85) return Array.from({ length: random.int(2, 3) }, draw.sentence).join('');
  const words = Array.from({ length: random.int(1, 2) }, () => draw.plain().slice(0, -1)).join(',');
  return `${fill(random.pick(SPEAKERS), entity)}${random.pick(SPEECH_VERBS)},“${words}。”`;
}

/** The frontmatter and body of one article, in Traditional script before any conversion. */
function composeArticle(seed: SeedParts, random: Random, slugs: Set<string>): { slug: string; language: Language; published: string; tags: string[]; build: (convert: TextConverter) => string } {
  // The seed's own companies in one article of four, fictional ones otherwise.
  const entity = random.chance(0.25) ? ENTITIES[0] : random.pick(ENTITIES.slice(1));
  const { published, year } = randomPublished(random);
  const language: Language = random.chance(0.25) ? 'zh-Hans' : 'zh-Hant';
  const slug = uniqueSlug(entity, random, year, slugs);
  const delta = year - 2024;
  const text = (raw: string) => varyNumbers(substituteEntity(raw, entity), delta, random);

  const title = random.chance(0.2)
    ? `“${fill(random.pick(DEKS).replace(/[“”]/g, ''), entity)}”:${entity.fintech}${random.pick(ACTIONS)}`
    : `${entity.fintech}${random.pick(ACTIONS)},${fill(random.pick(EFFECTS), entity)}`;
  const dek = random.chance(0.6) ? fill(random.pick(DEKS), entity) : null;
  const category = random.chance(0.7) ? random.pick(CATEGORIES) : null;
  const author = random.chance(0.3) ? random.pick(AUTHORS) : null;
  const outlet = random.pick(OUTLETS);
  const via = random.chance(0.5) ? random.pick(VIAS) : null;
  const url = random.chance(0.3) ? `https://news.example.com/${year}/${slug}.html` : null;
  const tags = random.sample(TAGS, random.int(0, 6)).map((tag) => substituteEntity(tag, entity));
  const notice = via === 'TMT觀察網' ? seed.notice : [];

  // Sections: one article in twenty has no heading; a fifth of the headings have no {#id}.
  const sectionCount = random.chance(0.05) ? 0 : random.int(2, 7);
  const headings = random.sample(HEADINGS, sectionCount);
  const ids = random.sample(SECTION_IDS, sectionCount);
  const withId = headings.map(() => random.chance(0.8));
  const draw = {
    paragraph: createDeck(seed.paragraphs, random),
    sentence: createDeck(seed.sentences, random),
    plain: createDeck(seed.sentences.filter((s) => scanQuoteMarks(s).spans.length === 0 && s.endsWith('。')), random),
  };
  const bodies = (sectionCount === 0 ? [null] : headings).map(() =>
    Array.from({ length: random.int(3, sectionCount === 0 ? 14 : 10) }, () => text(randomParagraph(draw, entity, random))),
  );
  // A few articles renamed an id or moved from an old slug, as real archives do.
  const firstExplicit = withId.indexOf(true);
  const alias = firstExplicit >= 0 && random.chance(0.05) ? { from: `old-${ids[firstExplicit]!}`, to: ids[firstExplicit]! } : null;
  const formerSlug = random.chance(0.02) ? `${slug}-draft` : null;
  if (formerSlug) slugs.add(formerSlug);
  // Drawn now so the PRNG sequence does not depend on the script.
  const articleTags = tags;

  const build = (convert: TextConverter): string => {
    const lines = ['---', `title: ${yamlString(convert(title))}`];
    if (dek) lines.push(`dek: ${yamlString(convert(dek))}`);
    if (category) lines.push(`category: ${convert(category)}`);
    lines.push(`published: ${published}`, `language: ${language}`);
    if (author) lines.push(`author: ${convert(author)}`);
    lines.push('source:', `  outlet: ${yamlString(convert(outlet))}`);
    if (via) lines.push(`  via: ${yamlString(convert(via))}`);
    if (url) lines.push(`  url: ${url}`);
    if (articleTags.length > 0) lines.push('tags:', ...articleTags.map((tag) => `  - ${yamlString(convert(tag))}`));
    if (notice.length > 0) lines.push('notice:', ...notice.map((line) => `  - ${yamlString(convert(line))}`));
    if (alias) lines.push('aliases:', `  ${alias.from}: ${alias.to}`);
    if (formerSlug) lines.push('formerSlugs:', `  - ${formerSlug}`);
    lines.push('---', '');
    bodies.forEach((paragraphs, index) => {
      if (sectionCount > 0) {
        const heading = convert(headings[index]!);
        lines.push(withId[index] ? `## ${heading} {#${ids[index]!}}` : `## ${heading}`, '');
      }
      // Whole paragraphs: opencc converts phrases, so runs of text are converted together.
      for (const paragraph of paragraphs) lines.push(convert(paragraph), '');
    });
    return lines.join('\n');
  };
  return { slug, language, published, tags: articleTags, build };
}

/** Generates `count` synthetic articles; throws if any would not parse (with every diagnostic). */
export function generateSyntheticArticles(count: number, options: SyntheticOptions = {}): SyntheticArticle[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`article count must be a whole number ≥ 0, got ${count}`);
  const seed = splitSeed(options.source ?? readSeedArticle());
  const random = createRandom(options.seed ?? 1);
  const slugs = new Set<string>();
  const toSimplified = createTextConverter('zh-Hant', 'zh-Hans');
  const keep: TextConverter = (text) => text;
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i += 1) {
    const draft = composeArticle(seed, random, slugs);
    const markdown = draft.build(draft.language === 'zh-Hans' ? toSimplified : keep);
    const tags = draft.language === 'zh-Hans' ? draft.tags.map(toSimplified) : draft.tags;
    articles.push({ slug: draft.slug, fileName: `${draft.slug}.md`, language: draft.language, published: draft.published, tags, markdown });
  }
  if (options.validate ?? true) checkSyntheticArticles(articles);
  return articles;
}

/** Parses every article and throws one error listing every problem, if there is any. */
export function checkSyntheticArticles(articles: readonly SyntheticArticle[]): void {
  const problems = articles.flatMap((article) => {
    const result = parseArticle(article.fileName, article.markdown);
    return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
  });
  if (problems.length > 0) throw new Error(`generated articles do not parse:\n${problems.join('\n')}`);
}

/**
 * Writes the articles into `dir` (created if missing) and their published-ids manifest beside it
 * (a content folder without one fails the check); returns the article file paths.
 */
export function writeSyntheticArticles(dir: string, articles: readonly SyntheticArticle[]): string[] {
  mkdirSync(dir, { recursive: true });
  const paths = articles.map((article) => {
    const path = join(dir, article.fileName);
    writeFileSync(path, article.markdown);
    return path;
  });
  const parsed = articles.flatMap((article) => {
    const result = parseArticle(article.fileName, article.markdown);
    return result.ok ? [result.article] : [];
  });
  writeFileSync(manifestPathFor(dir), updateManifest('', parsed).text);
  return paths;
}
