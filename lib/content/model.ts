import { z } from 'zod';

/**
 * The typed `Article`: the one model every page, feed and JSON file derives from.
 * Defined once as a schema so the public JSON contract can be checked against it;
 * the TypeScript types are derived from the schema, never written beside it.
 */

/** Ids are fragment- and path-safe: lowercase ASCII words joined by `-`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: only as precise as the source states. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A day, `YYYY-MM-DD`: what a capture or a correction is dated to. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Timeline dates also allow quarters and halves (`2023-Q4`, `2023-H2`). */
export const EVENT_DATE_PATTERN = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]))?$/;

export const LANGUAGES = ['zh-Hant', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Where the archived text's wording comes from, which picks its conversion table: Hong Kong
 * Traditional (`hk→cn`), Taiwan Traditional (`tw→cn`) or mainland Simplified (`cn→tw`).
 */
export const REGIONS = ['HK', 'TW', 'CN'] as const;
export type Region = (typeof REGIONS)[number];

/** What told the region: the declared `language` tag (or the script), the outlet (or its URL's host), or the text's own usage. */
export const REGION_SOURCES = ['language', 'outlet', 'text'] as const;
export type RegionSource = (typeof REGION_SOURCES)[number];

const idSchema = z.string().regex(ID_PATTERN);

export const paragraphSchema = z.object({
  id: idSchema,
  /** The paragraph's plain text, character for character as in the source. */
  text: z.string().min(1),
});

export const sectionSchema = z.object({
  id: idSchema,
  /** The archive's own heading (null for an article without headings). */
  heading: z.string().nullable(),
  paragraphs: z.array(paragraphSchema).min(1),
});

export const QUOTE_KINDS = ['speech', 'term'] as const;

export const quoteSchema = z.object({
  id: idSchema,
  kind: z.enum(QUOTE_KINDS),
  /** The words inside the quote marks, without the marks. */
  text: z.string(),
  /** Who said it, as the text names them; null when the text names no one (and always for terms). */
  speaker: z.string().nullable(),
  /** The description the text gives around the speaker (毕马威特殊资产组合伙人 for 胡雪梅); null when none, and for terms. */
  role: z.string().nullable(),
  sectionId: idSchema,
  paragraphId: idSchema,
  /** Offset of the opening mark in the paragraph text (UTF-16 code units). */
  start: z.number().int().nonnegative(),
  /** Offset just after the closing mark (UTF-16 code units); the paragraph's length for a piece that runs on to the next paragraph. */
  end: z.number().int().nonnegative(),
  /**
   * On a piece of a quote continued over paragraphs (reopened at the start of each, closed at the
   * end of the last): the id of the piece in the paragraph before; null for every other quote.
   */
  continues: idSchema.nullable(),
  /** An editor has checked (and perhaps corrected) kind, speaker and role in the frontmatter's `quotes:`; false for the machine's reading. */
  checked: z.boolean(),
});

export const timelineEventSchema = z.object({
  id: idSchema,
  /** Sortable normalized date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn. */
  date: z.string().regex(EVENT_DATE_PATTERN),
  /** The date expression as written in the text (e.g. 同年5月11日). */
  dateText: z.string(),
  /** The clause that states the event, verbatim from the paragraph. */
  text: z.string(),
  sectionId: idSchema,
  paragraphId: idSchema,
  /** An editor has checked (and perhaps corrected) the date in the frontmatter's `timeline:`; false for the machine's reading. */
  checked: z.boolean(),
});

export const sourceSchema = z.object({
  /** Who reported the story. */
  outlet: z.string(),
  /** Who published the copy that is archived (e.g. a reprinting site). */
  via: z.string().nullable(),
  url: z.string().nullable(),
});

/** What makes "the text is unchanged since capture" checkable: when the copy was taken, and the body's fixity hash. */
export const provenanceSchema = z.object({
  /** The day the archived copy was taken, when the editor recorded it. */
  captured: z.string().regex(DAY_PATTERN).nullable(),
  /** SHA-256 (lowercase hex) of the body as archived: the paragraph texts joined with U+000A, UTF-8. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** A change to a published body, declared by the archive (the page shows them as a dated log). */
export const correctionSchema = z.object({
  date: z.string().regex(DAY_PATTERN),
  note: z.string(),
});

export const articleSchema = z.object({
  slug: z.string().regex(ID_PATTERN),
  title: z.string(),
  dek: z.string().nullable(),
  category: z.string().nullable(),
  published: z.string().regex(PARTIAL_DATE_PATTERN),
  language: z.enum(LANGUAGES),
  /** The original's regional standard: HK or TW for Traditional, CN for Simplified (lib/content/article-region.ts). */
  region: z.enum(REGIONS),
  regionSource: z.enum(REGION_SOURCES),
  source: sourceSchema,
  author: z.string().nullable(),
  tags: z.array(z.string()),
  notice: z.array(z.string()),
  /** Renamed ids that keep working: a link to `from` lands on `to`. */
  aliases: z.array(z.object({ from: idSchema, to: idSchema })),
  /** Slugs the article was published under before; they redirect here. */
  formerSlugs: z.array(z.string().regex(ID_PATTERN)),
  provenance: provenanceSchema,
  /** Declared changes to the body since it was first published, oldest first. */
  corrections: z.array(correctionSchema),
  sections: z.array(sectionSchema).min(1),
  quotes: z.array(quoteSchema),
  timeline: z.array(timelineEventSchema),
});

export type Article = z.output<typeof articleSchema>;
export type Section = z.output<typeof sectionSchema>;
export type Paragraph = z.output<typeof paragraphSchema>;
export type Quote = z.output<typeof quoteSchema>;
export type QuoteKind = Quote['kind'];
export type TimelineEvent = z.output<typeof timelineEventSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Provenance = z.output<typeof provenanceSchema>;
export type Correction = z.output<typeof correctionSchema>;

/** A paragraph together with where it sits: the unit the extractors read. */
export interface LocatedParagraph {
  sectionId: string;
  paragraphId: string;
  text: string;
}
