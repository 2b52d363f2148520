import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';

/**
 * Market copy quotes several unnamed sources in turn and points back at each with 上述人士 or 其: the pointer is the
 * source last brought in, not the last whose description ends the same way. Sentences invented for these tests.
 */

const first = '外资机构人士预计，后续海外资本仍会有增量资金排队入场。';

describe('上述人士', () => {
  it('is the source last brought in, whatever its description ends with', () => {
    expect(shown(first, '某外资银行金融市场部负责人对记者表示，预计利差收窄或抑制一部分套利行为。', '“人民币国债投资可做出成本收益锁定。”上述人士进一步表示。').at(-1)).toBe('某外资银行金融市场部负责人');
  });
});

describe('a paragraph opening on one source', () => {
  it('is what its 其 points at', () => {
    expect(shown(first, '某资管公司相关人士亦看好中国政府债券。其称，全球政府债券短暂地发挥了分散风险的作用。“因此，我们尤其看好中国政府债券。”').at(-1)).toBe('某资管公司相关人士');
  });

});

describe('a quote named as someone’s view right after it', () => {
  it('is theirs (“…”行业人士的分析，与…一致)', () => {
    expect(shown('宝丰能源表示，项目已经投产。', '“这一单价是建立在大规模制氢基础之上的，如果规模较小，则单价更高。”行业人士的分析，与工程院报告的结论一致。').at(-1)).toBe('行业人士');
  });

  it('is no one when no name or description holds it (“…”的分析)', () => {
    expect(shown('“这一单价是建立在大规模制氢基础之上的，如果规模较小，则单价更高。”这样的分析，与报告一致。')).toEqual([null]);
  });
});

describe('a group heading a long clause that ends in a verb of saying', () => {
  it('is the unnamed source that says it (有网友晒出微信群的截图称“…”)', () => {
    expect(shown('郑州市不仅中原区政府做了部署。有网友晒出微信群的截图称“荥阳市也买了”，并推测“应该郑州都买了”。')).toEqual(['网友', '网友']);
  });

  it('but not when the group is only what the clause is about (网友的留言显示…)', () => {
    expect(shown('网友的留言显示“荥阳市也买了”。')).not.toContain('网友');
  });
});

describe('a document named in 《》 handing its wording to the quote', () => {
  it('speaks as its title names it, whatever the title’s shape (好奇心日报, invented)', () => {
    expect(shown('该局下属一家事业单位的《2011年工作目标管理考核总结》中写道：“为更好的管理聘用人员，我所与派遣公司签订协议。”')).toEqual(['2011年工作目标管理考核总结']);
    expect(shown('网站一份名为《上海市长宁区绿化和市容管理局 2016 年度工作计划》的文件提及：“对进城务工环卫人员用工性质由派遣式服务向劳务外包转变。”')).toEqual(['上海市长宁区绿化和市容管理局 2016 年度工作计划']);
    expect(shown('《指导意见》规定：“企业不得违规。”')).toEqual(['指导意见']);
  });
});

describe('someone’s words passed on by another (留言引述…趙君朔在 facebook的說話，「…」)', () => {
  it('are the one cited (眾新聞)', () => {
    expect(shown('有網民留言引述台灣時事評論作家趙君朔在 facebook的說話，「一個死太監大言不慚的對全場人說話，怎麼會不好笑。」')).toEqual(['趙君朔']);
  });
});
