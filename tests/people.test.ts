import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '../lib/content/model';
import { isUnnamedSource } from '../lib/content/extract/speaker-name';
import { QUOTES_PER_PERSON_PAGE, collectPeople, personKeyOf, personPageCount, quotesOnPersonPage } from '../lib/site/people';
import { listPeoplePages, pagePath, personDataPath, personPath } from '../lib/site/routes';

function quote(id: string, speaker: string | null, extra: Partial<Quote> = {}): Quote {
  return { id, kind: 'speech', text: '話', speaker, role: null, sectionId: 's', paragraphId: 's-1', start: 0, end: 3, continues: null, checked: false, ...extra };
}

function article(slug: string, published: string, language: Article['language'], quotes: Quote[]): Article {
  return {
    slug, title: slug, dek: null, category: null, published, language, region: language === 'zh-Hans' ? 'CN' : 'TW', regionSource: 'language', source: { outlet: '報', via: null, url: null }, author: null,
    tags: [], notice: [], aliases: [], formerSlugs: [], provenance: { captured: null, sha256: '0'.repeat(64) }, corrections: [], sections: [{ id: 's', heading: null, paragraphs: [{ id: 's-1', text: '話' }] }], quotes, timeline: [],
  };
}

describe('people across the archive', () => {
  const articles = [
    article('newer', '2024-05', 'zh-Hans', [quote('s-1-q1', '张建平', { role: '商务部研究院区域经济合作中心主任' }), quote('s-1-q2', '某业务人士')]),
    article('older', '2023-01', 'zh-Hant', [quote('s-1-q1', '張建平'), quote('s-1-q2', '知情人士'), quote('s-1-q3', null), quote('s-1-q4', '吳清', { kind: 'term' })]),
  ];
  const people = collectPeople(articles);

  it('gives one person one key in both scripts, with every quote oldest first and the role each article gives', () => {
    expect(people.map((person) => person.key)).toEqual(['张建平']);
    expect(people[0]?.names).toEqual({ 'zh-Hant': '張建平', 'zh-Hans': '张建平' });
    expect(people[0]?.quotes.map((entry) => [entry.slug, entry.role])).toEqual([['older', null], ['newer', '商务部研究院区域经济合作中心主任']]);
    expect(people[0]?.slugs).toEqual(['older', 'newer']);
  });

  it('leaves unnamed sources, unattributed speech and terms out', () => {
    expect(personKeyOf(quote('q', '某业务人士'), 'zh-Hans')).toBeNull();
    for (const descriptor of ['某業務人士', '知情人士', '消息人士', '網友', '業內人士', '一位基金經理', '有關負責人', '董事長', '記者']) expect(isUnnamedSource(descriptor)).toBe(true);
    for (const name of ['張建平', '舍得酒業', 'Gary Gensler', '國家統計局']) expect(isUnnamedSource(name)).toBe(false);
  });

  it('pages a person past a hundred quotes, and lists every page', () => {
    const many = article('many', '2024-01', 'zh-Hant', Array.from({ length: QUOTES_PER_PERSON_PAGE + 1 }, (_, index) => quote(`s-1-q${index + 1}`, '易綱')));
    const [person] = collectPeople([many]);
    expect(person && personPageCount(person)).toBe(2);
    expect(person && quotesOnPersonPage(person, 2).map((entry) => entry.quoteId)).toEqual([`s-1-q${QUOTES_PER_PERSON_PAGE + 1}`]);
    expect(listPeoplePages([many]).map((page) => pagePath('zh-hant', page))).toEqual([
      '/zh-hant/people/',
      `/zh-hant/people/${encodeURIComponent('易纲')}/`,
      `/zh-hant/people/${encodeURIComponent('易纲')}/page/2/`,
    ]);
  });

  it('spells the paths of people pages and their open data', () => {
    expect(personPath('zh-hans', '张建平')).toBe(`/zh-hans/people/${encodeURIComponent('张建平')}/`);
    expect(personDataPath('张建平')).toBe(`/data/people/${encodeURIComponent('张建平')}.json`);
  });
});
