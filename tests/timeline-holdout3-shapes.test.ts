import { describe, expect, it } from 'vitest';
import type { LocatedParagraph, TimelineEvent } from '../lib/content/model';
import { extractTimeline } from '../lib/content/extract/timeline';

/**
 * Shapes of news writing read wrongly on the spent holdout 3 (tests/fixtures/fresh-holdout-3), each written here as a
 * general shape with invented sentences: one the rule must change and, where the rule could reach too far, one it must leave.
 */

function paragraphsOf(texts: readonly string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 1}`, text }));
}

/** Events of some paragraphs in text order, as `dateText → date`. */
function datesIn(texts: string | readonly string[], published: string): string[] {
  const events: TimelineEvent[] = extractTimeline(paragraphsOf(typeof texts === 'string' ? [texts] : texts), published);
  const order = (event: TimelineEvent) => event.id.split(/-t|p/).filter(Boolean).map(Number);
  return [...events]
    .sort((a, b) => (order(a)[0] ?? 0) - (order(b)[0] ?? 0) || (order(a)[1] ?? 0) - (order(b)[1] ?? 0))
    .map((event) => `${event.dateText} → ${event.date}`);
}

describe('a year in the title of a work (《1962年贸易扩张法》)', () => {
  it('lends no year to the bare dates after it', () => {
    expect(datesIn('依据《1962年贸易扩张法》第232条加征关税，新税在3月23日生效。', '2018-08-31')).toEqual(['3月23日 → 2018-03-23']);
  });

  it('leaves a written year outside a title to lend its year', () => {
    expect(datesIn('1998年公司在上海设厂，3月23日投产。', '2018-08-31')).toEqual(['1998年 → 1998', '3月23日 → 1998-03-23']);
  });
});
