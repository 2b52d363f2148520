import { describe, expect, it } from 'vitest';
import type { LocatedParagraph, Quote } from '../lib/content/model';
import { extractQuotes } from '../lib/content/extract/quotes';
import { refuseWeakAttributions, type SpeakerAssessments } from '../lib/content/extract/speakers/confidence';

/** Paragraphs of one article, in order. */
function located(...texts: string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 'section-1', paragraphId: `section-1-${index + 1}`, text }));
}

/** The speakers the archive shows for each speech quote, after the gate, with what it judged. */
function shown(paragraphs: LocatedParagraph[]): { speakers: (string | null)[]; assessments: SpeakerAssessments } {
  const assessments: SpeakerAssessments = new Map();
  const quotes = refuseWeakAttributions(extractQuotes(paragraphs), paragraphs, assessments);
  return { speakers: quotes.filter((quote) => quote.kind === 'speech').map((quote) => quote.speaker), assessments };
}

/** A speech quote as the rules could have found it, to put a speaker shape the rules once gave before the gate. */
function speech(paragraphs: LocatedParagraph[], paragraph: number, text: string, speaker: string, role: string | null = null): Quote {
  const { paragraphId, sectionId, text: body } = paragraphs[paragraph]!;
  const start = body.indexOf(text) - 1;
  return { id: `${paragraphId}-q1`, kind: 'speech', text, speaker, role, sectionId, paragraphId, start, end: start + text.length + 2, continues: null, checked: false };
}

describe('the speaker confidence gate withholds', () => {
  it('a phrase the narration cites from a definition handed down by someone else (財經十一人)', () => {
    const paragraphs = located('前述头部在线教育人士说，教委向其所在公司传达的定义是“以提高成绩为目标组织的活动”。但是公司最终被划归为培训还是出版，还需要备案和审核。');
    const { speakers, assessments } = shown(paragraphs);
    expect(speakers).toEqual([null]);
    expect([...assessments.values()].map((item) => [item.speaker, item.refusal])).toEqual([['前述头部在线教育人士', 'embedded-phrase']]);
  });

  it('a speaker only the paragraph before named, when this paragraph turns to someone else by title and name (燃財經 via 36氪)', () => {
    const paragraphs = located(
      '资深投资人程宇对燃财经表示，吴向东之后，华夏幸福形成王文学和吴向东分别主导的两种体系。',
      '广东省住房政策研究中心首席研究员李宇嘉认为市场仍然悲观，“看未来的话，取决于楼市能不能稳定预期。”',
    );
    const gated = refuseWeakAttributions([speech(paragraphs, 1, '看未来的话，取决于楼市能不能稳定预期。', '程宇', '资深投资人')], paragraphs);
    expect(gated.map((quote) => quote.speaker)).toEqual([null]);
  });

  it('a speaker named nowhere in the quote’s paragraph or the one before (燃財經 via 36氪)', () => {
    const paragraphs = located(
      '资深投资人程宇对燃财经表示，吴向东离职，意味着华夏幸福的资产主导体系，将回归平安战略入股之前的状态。',
      '2021年2月，河北省政府牵头成立华夏幸福金融机构债权人委员会。',
      '目前看来，华夏幸福后续的债务重组仍难言乐观，“项目个数不多，但各个资金体量极大。”',
    );
    const assessments: SpeakerAssessments = new Map();
    refuseWeakAttributions([speech(paragraphs, 2, '项目个数不多，但各个资金体量极大。', '程宇')], paragraphs, assessments);
    expect([...assessments.values()].map((item) => [item.evidence, item.refusal])).toEqual([['distant', 'distant']]);
  });

  it('fragments, an addressee glued on, and the words that introduce a saying, as speakers (shapes from issue 11, in a 今周刊 sentence)', () => {
    const paragraphs = located('旅遊業者指出，燦星沒有追上這股潮流，該業者表示：「業界對他們的觀感，就是成本壓得非常低，品質也不好。」');
    const words = '業界對他們的觀感，就是成本壓得非常低，品質也不好。';
    for (const [speaker, refusal] of [['應', 'fragment'], ['何宗原仍然', 'fragment'], ['陳彥君向記者', 'addressee'], ['業界的一句話是這樣說的', 'introducer']] as const) {
      const assessments: SpeakerAssessments = new Map();
      expect(refuseWeakAttributions([speech(paragraphs, 0, words, speaker)], paragraphs, assessments)[0]?.speaker).toBeNull();
      expect(assessments.get('section-1-1-q1')?.refusal).toBe(refusal);
    }
  });
});

describe('the speaker confidence gate keeps', () => {
  it('a speaker named with a speech verb in the quote’s sentence, before or after it (燃財經 via 36氪)', () => {
    const { speakers } = shown(located(
      '“实际上，吴向东还没有将商业地产做起来，反而成为待处理的债务。”程宇分析道。',
      '一位接近华夏幸福的人士对燃财经表示，吴向东出走是必然。“此次化债重组是原班人马主导，吴向东也会继续配合。”',
    ));
    expect(speakers).toEqual(['程宇', '接近华夏幸福的人士']);
  });

  it('a phrase quoted inside the speaker’s own reported speech (中央社)', () => {
    const { speakers } = shown(located('太平洋島國論壇輪值主席布朗表示，在曾受到外部勢力進行核武器試驗所影響的太平洋地區，這是一項「複雜的議題」。'));
    expect(speakers).toEqual(['布朗']);
  });

  it('a quote opening its paragraph that goes on with the speaker of the paragraph before (財聯社)', () => {
    const { speakers } = shown(located(
      '同时，Gary Gensler承认，最近在美国对投资感兴趣的人越来越多，“每一代中都有更多的人在考虑他们的未来。”',
      '“券商的应用程序和内置的机器人顾问都会这样做。”',
    ));
    expect(speakers).toEqual(['Gary Gensler', 'Gary Gensler']);
  });

  it('a briefing that goes on in the next paragraph with no one else named (北京青年报)', () => {
    const paragraphs = located(
      '国务院研究室副主任向东介绍，“5.5%左右”目标的设定，首先是考虑了稳就业、保民生、防风险的需要。',
      '第二是考虑了近两年我国平均经济增速。“综合这些因素，我们把今年的目标设定为5.5%左右，是比较科学合理的。”',
    );
    const gated = refuseWeakAttributions([speech(paragraphs, 1, '综合这些因素，我们把今年的目标设定为5.5%左右，是比较科学合理的。', '向东', '国务院研究室副主任')], paragraphs);
    expect(gated.map((quote) => quote.speaker)).toEqual(['向东']);
  });
});
