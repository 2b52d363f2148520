import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';

/**
 * Shapes read from holdouts 151, 155 and 163 (mainland copy), 152 (overseas desks) and 161 (Hong Kong) after their first score, and the scene before an
 * unnamed crowd, written from LABELS.md before any batch of stop 46 came in. Sentences invented for these tests.
 */
describe('a quote right after another that closed its own sentence inside its marks', () => {
  it('opens a sentence, so the asker named after it is its speaker (“…。”“…?”崔女士问记者。)', () => {
    expect(shown('郭田勇认为,“银行也是企业。”“会不会再次推高房价?”崔女士问记者。')).toEqual(['郭田勇', '崔女士']);
  });
});

describe('a crowd in the narration before a quote', () => {
  it('does not withhold the one the clause right after the quote hands it to (“…”一位证券经理告诉记者，…)', () => {
    expect(shown('现在许多股民已经不看股票了。“很多人亏损率在60%以上,不想再参与股市了。”一位证券经理告诉记者,他手上的客户已经流失了七成。')).toEqual(['证券经理']);
  });

  it('still withholds the last speaker when the one after the quote only does something (“…”谢女士和家人总共消费了…)', () => {
    expect(shown('谢女士说：“肉比较新鲜。”', '许多顾客都能清晰背出菜价。“羊肉串10元3串。”谢女士和家人总共消费了175元。')).toEqual(['谢女士', null]);
  });
});

describe('leaders and double-barrelled surnames, as foreign desks write them', () => {
  it('reads 領導人 as a title before the name (中國領導人習近平則反擊稱)', () => {
    expect(shown('中國領導人習近平則反擊稱，中國經濟「韌性強、潛力大、活力足」。')).toEqual(['習近平']);
  });

  it('takes a hyphened surname alone for the full name given before (加西亞-埃雷羅 after 艾麗西亞·加西亞-埃雷羅)', () => {
    expect(
      shown('「房地產就是你的儲蓄。」亞洲首席經濟學家艾麗西亞·加西亞-埃雷羅（Alicia Garcia Herrero）說道。', '「有一種觀點認為，中國人會瘋狂消費，」加西亞-埃雷羅說。'),
    ).toEqual(['艾麗西亞·加西亞-埃雷羅', '艾麗西亞·加西亞-埃雷羅']);
  });
});

describe('calling a thing by words of one’s own, the thing put first with 將 or 把', () => {
  it('gives the words to the one calling it (拜登將這個經濟體描述為「…」)', () => {
    expect(shown('美國總統拜登（Joe Biden）將這個世界第二大經濟體描述為「一顆滴答作響的定時炸彈」，並預言不滿情緒將與日俱增。')).toEqual(['拜登']);
  });

  it('leaves a market’s name for a kind of share a term (市場將這類股票稱為「妖股」)', () => {
    expect(shown('市場將這類股票稱為「妖股」。')).toEqual([]);
  });
});

describe('a body speaking through the paper it issued', () => {
  it('is the body, the paper’s quoted number and the day of the event before it set aside (降息当天央行…下发“…”文件重申)', () => {
    expect(shown('特别是降息当天央行向各商业银行下发“银发〔2012〕142号”文件重申,“贷款利率下限由基准利率的0.9倍扩大至0.8倍。”')).toEqual(['央行']);
  });

  it('is the body when the paper is named with 的 (央行下发的文件指出)', () => {
    expect(shown('央行下发的文件指出,“贷款利率下限扩大至0.8倍。”')).toEqual(['央行']);
  });

  it('keeps a person named after the day of an event (李明當天在會上表示)', () => {
    expect(shown('李明當天在會上表示：「要加快發展。」')).toEqual(['李明']);
  });
});

describe('the scene before an unnamed crowd', () => {
  it('is dropped as LABELS.md drops a place (樓下的街坊, 場外股民, 排隊買金的市民, 現場的多名工人)', () => {
    expect(shown('樓下的街坊說：「這裡以前好熱鬧。」')).toEqual(['街坊']);
    expect(shown('場外股民表示：「這是真的很不公平。」')).toEqual(['股民']);
    expect(shown('排隊買金的市民說：「金價還會升。」')).toEqual(['市民']);
    expect(shown('现场的多名工人说：“我们已经三个月没拿到工资了。”')).toEqual(['工人']);
  });

  it('keeps a post and a person the scene comes before (現場指揮官, 路過的陳先生)', () => {
    expect(shown('現場指揮官說：「火勢已經受控。」')).toEqual(['現場指揮官']);
    expect(shown('路過的陳先生說：「這裡以前好熱鬧。」')).toEqual(['陳先生']);
  });
});

describe('a body’s official named as its 负责同志', () => {
  it('speaks as the text names them (“…”郑州市委负责同志说。)', () => {
    expect(shown('“我们不光想迎头赶上，还想‘弯道超车’。”郑州市委负责同志说。')).toEqual(['郑州市委负责同志']);
  });
});

describe('a shop’s worker telling a paper, and named again with 上述', () => {
  it('is the worker, the paper told being no document speaking, the bare 一 dropped as a count (一工作人员告诉《第一财经日报》)', () => {
    expect(shown('沃尔玛北京国贸店一工作人员告诉《第一财经日报》，“6月20日左右起雅培产品基本都已提价。”')).toEqual(['沃尔玛北京国贸店工作人员']);
  });

  it('keeps a document that speaks for itself (根据《证券法》，“…”)', () => {
    expect(shown('根据《证券法》，“上市公司应当及时披露。”')).toEqual(['证券法']);
  });

  it('points back at the worker from a briefer description, the pointer before or inside it (上述沃尔玛工作人员, 沃尔玛上述工作人员)', () => {
    expect(
      shown('沃尔玛北京国贸店一工作人员告诉记者，“雅培产品基本都已提价。”', '“两款配方是一样的。”沃尔玛上述工作人员称。', '“其他品牌也会跟涨。”上述沃尔玛工作人员表示。'),
    ).toEqual(['沃尔玛北京国贸店工作人员', '沃尔玛北京国贸店工作人员', '沃尔玛北京国贸店工作人员']);
  });
});

describe('a quote opening its paragraph, then the interview as the setting, then who said it', () => {
  it('is theirs (“…”采访中，一汽丰田公关室室长马春平告诉记者，…)', () => {
    expect(shown('“一汽丰田受地震影响比较大。”采访中，一汽丰田公关室室长马春平告诉记者，一汽丰田今年的销售目标维持不变。')).toEqual(['马春平']);
    expect(shown('“虽然复产是件好事。”采访中，一位一汽丰田4S店的销售经理告诉记者，此前店里已经取消了优惠。')).toEqual(['一汽丰田4S店的销售经理']);
    expect(shown('「今年生意差咗好多。」受訪時，茶餐廳老闆陳先生表示，租金已加了兩成。')).toEqual(['陳先生']);
  });
});

describe('師傅, the calling of a skilled worker', () => {
  it('is the role before the one named (紮鐵師傅羅先生表示 … 他指…「…」)', () => {
    expect(shown('紮鐵師傅羅先生表示，當見到外勞在地盤工作，第二日就會被要求休息。他指僱主沒有解僱工人，自己只是日薪「奈佢唔何」。')).toEqual(['羅先生']);
  });

  it('makes no name of what follows 老師傅 (威哥替一班老師傅不值：「…」 never shows 傅不值)', () => {
    expect(shown('威哥替一班老師傅不值：「人哋做咗十幾年紮鐵，咁你想請咩人？」')).not.toContain('傅不值');
  });
});
