import { describe, expect, it } from 'vitest';
import { trimSpeakerPhrase } from '../lib/content/extract/speakers/clause';
import { splitSpeakerRole } from '../lib/content/extract/speakers/name-shape';
import { speechShown } from './speakers-shown';

/**
 * Edges of a speaker's phrase found on spent holdouts 43 and 44: a headline in square brackets opening the paragraph, a full
 * name with an honorific after its title, a place left unnamed before a source, a four-character manner adverb that ends in
 * 當/当, where someone works told with 在 before their name, and a trader named by trade; and, from spent holdouts 32 and 33, a
 * feeling or a sigh glued before the verb (興奮說, 歎說) and a headline run into the sentence. Sentences invented for these tests.
 */

function speakers(...texts: string[]): (string | null)[] {
  return speechShown(...texts).map((quote) => quote.speaker);
}

describe('a headline in square brackets opening the paragraph', () => {
  it('is no part of the speaker’s name (【万斯称“…”！…】)', () => {
    expect(speakers('【卢比奥称“美方愿意与各方继续谈判”！股市应声反弹】#股市反弹# 10月12日晚间，美方释放了缓和信号。')).toEqual(['卢比奥']);
  });
});

describe('a full name after a title, then an honorific', () => {
  it('is the name, the honorific dropped and the title kept as the role', () => {
    const [quote] = speechShown('杭州云雾茶叶有限公司创始人林海峰先生受访时说：“每天的支出都是巨大的。”');
    expect(quote?.speaker).toBe('林海峰');
    expect(quote?.role).toBe('杭州云雾茶叶有限公司创始人');
  });

  it('reads a two-character name so too', () => {
    expect(splitSpeakerRole('公司创始人张伟先生')).toEqual({ speaker: '张伟', role: '公司创始人' });
  });

  it('leaves a surname with an honorific as it is (小区保安袁先生, 董事欧阳女士)', () => {
    expect(splitSpeakerRole('小区保安袁先生')).toEqual({ speaker: '袁先生', role: '小区保安' });
    expect(splitSpeakerRole('该公司人事主管周女士')).toEqual({ speaker: '周女士', role: '该公司人事主管' });
    expect(splitSpeakerRole('董事欧阳女士').speaker).toBe('欧阳女士');
  });
});

describe('a place left unnamed before a source (某地)', () => {
  it('is a setting, dropped like a named place', () => {
    expect(speakers('“温州只是补办一个手续而已，”某地发改系统官员透露，“其他城市还没有上报。”')).toEqual(['发改系统官员', '发改系统官员']);
  });

  it('stays in the role before a name', () => {
    const [quote] = speechShown('某地妇幼医院医生王芳说：“门诊量比平时多了一倍。”');
    expect(quote?.speaker).toBe('王芳');
    expect(quote?.role).toBe('某地妇幼医院医生');
  });
});

describe('a four-character manner adverb ending in 当 (直截了当地)', () => {
  it('is manner, not part of the name', () => {
    expect(speakers('最后张建国直截了当地说：“我也没打算付出太多代价！”')).toEqual(['张建国']);
    expect(trimSpeakerPhrase('张建国直截了當地')).toBe('张建国');
  });

  it('leaves a place ending in 当地 a place', () => {
    expect(trimSpeakerPhrase('新加坡当地')).not.toBe('新加坡');
  });
});

describe('where someone works, told with 在 before their name', () => {
  it('is who they are, not a setting (在…上班的张雪)', () => {
    expect(speakers('“这是第一次遇到这种情况。”在杭州一家外贸公司上班的刘敏告诉记者，前几天客户要订货。')).toEqual(['刘敏']);
    expect(splitSpeakerRole('在杭州一家外贸公司上班的刘敏')).toEqual({ speaker: '刘敏', role: '在杭州一家外贸公司上班' });
  });

  it('leaves a moment told with 在 a moment (在我问的时候的…)', () => {
    expect(splitSpeakerRole('在我问的时候的刘敏').role).toBeNull();
  });
});

describe('a trader named by trade before a name', () => {
  it('is the role, the name the speaker (医疗器械经销商张军)', () => {
    expect(splitSpeakerRole('建材经销商王强')).toEqual({ speaker: '王强', role: '建材经销商' });
    expect(speakers('“订单实在排不过来。”建材经销商王强告诉记者。')).toEqual(['王强']);
  });

  it('leaves staff of a dealer one unnamed source (宝马经销商工作人员)', () => {
    expect(splitSpeakerRole('宝马经销商工作人员')).toEqual({ speaker: '宝马经销商工作人员', role: null });
  });
});

describe('a feeling or a sigh glued before the verb of saying', () => {
  it('is how they spoke, not part of the name (興奮說, 失望地, 歎說)', () => {
    expect(speakers('球迷工會會長林志強興奮說：「終於等到這一天了！」')).toEqual(['林志強']);
    expect(speakers('議員陳美玲歎說，預算一再刪減，「基層根本做不下去」。')).toEqual(['陳美玲']);
    expect(trimSpeakerPhrase('老股民张建国失望')).toBe('老股民张建国');
  });

  it('leaves a three-character name ending in such a word whole (王欣喜)', () => {
    expect(trimSpeakerPhrase('王欣喜')).toBe('王欣喜');
  });
});

describe('a headline run into the sentence before the verb', () => {
  it('shows no speaker: a colon or a gap between words is inside no name (環署︰… 環保署強調)', () => {
    expect(speakers('港署︰不准別區代收 卻拒收餘渣環保署強調：「我的垃圾要求別人代收，這不公平。」')).toEqual([null]);
  });

  it('still shows a name heading the sentence after the headline (…。環保署強調)', () => {
    expect(speakers('港署︰不准別區代收。環保署強調：「我的垃圾要求別人代收，這不公平。」')).toEqual(['環保署']);
  });
});

describe('edges found on the spent stop 47–48 holdouts', () => {
  it('reads no name in an everyday word that opens with a surname (公開面對媒體表示)', () => {
    expect(speakers('林大明昨首度親上火線，公開面對媒體表示，「已很難維持這段婚姻」。')).not.toContain('公開面');
  });

  it('takes an agent’s trade as the role before the name (房地产中介曹大泉（音）说), and a mother before hers (其母黃太則指)', () => {
    expect(speakers('“现在买房基本是纯刚需，”上海房地产中介曹大泉（音）说。')).toEqual(['曹大泉']);
    expect(speakers('問及買家黃小姐用多少錢入市，她表示：「500萬」，其母黃太則指：「我哋屋企大時大節都會買樓。」')).toEqual(['黃小姐', '黃太']);
  });
});

describe('a name spelled by sound after a long described post', () => {
  it('takes the title and the name after the last 的 however long the institution (位于华盛顿的智库…中心副主任尼古拉泽（…）告诉)', () => {
    expect(speakers('"用人民币交易很方便，" 位于华盛顿的智库大西洋理事会地缘经济学中心副主任尼古拉泽（Maia Nikoladze）告诉记者，"中国则从中受益。"')).toEqual(['尼古拉泽', '尼古拉泽']);
  });
});

describe('edges found on the spent fresh holdouts 198–200', () => {
  it('reads 所 and 不 after a two-character name as what follows a name (邓虹所在的工厂), never as the rest of a longer name', () => {
    expect(speakers('两个月前，家具厂的外贸经理邓虹最头疼的是订单。如今，邓虹所在的工厂停工，邓虹不希望裁员。', '后来邓虹所在的工厂复工。“货物堆积在仓库，尾款收不回。”邓虹告诉记者。')).toEqual(['邓虹']);
  });

  it('reads an addressee glossed with its web address as the addressee (对澎湃新闻（www.thepaper.cn）记者表示)', () => {
    expect(speakers('一位供应商何国庆（化名）则对澎湃新闻（www.thepaper.cn）记者表示，“如果只输掉十几个亿，不至于公司垮掉。”')).toEqual(['何国庆']);
  });

  it('takes a manner of speaking (从技术上讲, 總的來說) for no one speaking, so the sentence’s speaker keeps the words', () => {
    expect(speakers('熊大军更看重人形的地位。他认为，虽然从技术上讲，载体可以多种多样，但“人形机器人是最佳载体”。')).toEqual(['熊大军']);
  });

  it('drops a time of day after the name (陳大文傍晚在電視論壇上表示)', () => {
    expect(speakers('陳大文傍晚在電視論壇上表示，這個水平「未免簡單化少少」。')).toEqual(['陳大文']);
  });
});

describe('counts and frames found on the spent holdouts of stops 47–48 and 198–200', () => {
  it('drops a place and a count of one before a trader or a boss (奇瑞一家老经销商, 东莞一个小型的…企业老板)', () => {
    expect(trimSpeakerPhrase('奇瑞一家老经销商')).toBe('奇瑞老经销商');
    expect(trimSpeakerPhrase('东莞一个小型的手表加工企业老板')).toBe('小型的手表加工企业老板');
  });

  it('keeps words framed for someone (對蘋果公司而言，「…」) with the one just said to speak them', () => {
    expect(speakers('首席分析師班大林認為：「中國市場渴求AI功能。」他預期，對蘋果公司而言，「會非常難立刻把它引進中國」。')).toEqual(['班大林', '班大林']);
  });
});

describe('a title in 《》 before the verb', () => {
  it('is one noun: a 說 and a comma inside it (撰文《我很痛心地說,香港已玩完》指出) neither speak nor end the clause', () => {
    expect(speakers('羅大奇近日在英媒撰文《我很痛心地說,香港已玩完》(It pains me to say Hong Kong is over)指出,經濟活力比股市更重要,「我很痛苦地承認」。')).toEqual(['羅大奇']);
  });
});

describe('an apology, and words a bare 說 hands over', () => {
  it('reads 道歉 and 致歉 before the verb as the act (上海地铁官方微博道歉称, 董事长俞大耀鞠躬致歉)', () => {
    expect(speakers('上海地铁官方微博道歉称，“今天是上海地铁最黯淡的一天。”董事长俞大耀也鞠躬致歉，“我们一定要把问题调查清楚。”')).toEqual(['上海地铁官方微博', '俞大耀']);
  });

  it('takes words right after 說 as said, though the sentence goes on with them (劉大煒說「睇少啲戲、去少啲日本」其實還未夠)', () => {
    expect(speakers('「富二代」劉大煒說「睇少啲戲、去少啲日本」其實還未夠。')).toEqual(['劉大煒']);
  });
});

describe('a union by its short name, and a communiqué', () => {
  it('never takes a league’s short name for a person a later 他 is (林大標昨日表示，巴職聯今日召開執委會。他指出，「…」)', () => {
    expect(speakers('巴士業職工會聯盟（巴職聯）表明，若政府堅拒全面封關，最快一周後表決發動罷工。巴職聯副主席林大標批評特首「較飛」。', '林大標昨日表示，巴職聯今日召開執委會，屆時會表態決定是否罷工。他指出，前線司機感到憂慮，「最新嗰批口罩被人扣關」。')).toEqual(['林大標', '林大標']);
  });

  it('reads a body’s communiqué as the body speaking (华兴资本已公报称，…“…”)', () => {
    expect(speakers('今年2月，华兴资本已公报称，包凡因“健康原因及希望将更多时间用于处理家庭事务”，已辞任董事会主席。')).toEqual(['华兴资本']);
  });
});

describe('a body positioned by its head', () => {
  it('gives the positioning to the one who positions (董事局主席杨大强将集团重新定位为“…”)', () => {
    expect(speakers('2019年，碧桂园董事局主席杨大强将集团重新定位为“全世界创造美好生活的高科技综合性企业”，并明确三大业务。')).toEqual(['杨大强']);
  });
});

describe('two callings joined by 和', () => {
  it('never splits into a title and a name opening with the conjunction (業主和租客均表示 is not 和租客)', () => {
    expect(splitSpeakerRole('業主和租客')).toEqual({ speaker: '業主和租客', role: null });
    expect(speakers('市建局昨日未事先知會業主便刊憲開展計劃，業主和租客均表示「很突然」，憂慮難於同區另覓地點搬遷。')).not.toContain('和租客');
  });
});

describe('an everyday word opening with the surname 信', () => {
  it('is no name (對台股的信心喊話 gives no speaker 信心)', () => {
    expect(speakers('這番話雖被解讀為對台積電與台股的信心喊話，但一出爐立刻掀起網友集體暴動，留言區瞬間被「完了」洗版，笑稱「老謝又開金口、反指預言成真」。')).not.toContain('信心');
  });
});

describe('one party urging another, taken whole before the words', () => {
  it('is no one speaker (中国政府要求统计部门在…时要"正确引导社会预期")', () => {
    expect(speakers('中国政府要求统计部门在发布统计数据解读时要"正确引导社会预期"。此乃政治局会议后出现的新词汇。')).not.toContain('中国政府要求统计部门');
  });
});

describe('a glossed name, then what the person was doing', () => {
  it('ends the speaker at the gloss (墙纸经销商于新军（音）闲坐在空荡荡的店铺里说)', () => {
    expect(trimSpeakerPhrase('淄博市的墙纸经销商于新军（音）闲坐在空荡荡的店铺里')).toBe('墙纸经销商于新军（音）');
  });
});

describe('a name glossed in Latin letters, then how or where the person spoke', () => {
  it('ends the speaker at the gloss (约克（Erica York）以书面形式回复本台采访时表示)', () => {
    expect(speakers('美国一家智库的高级经济学家约克（Erica York）以书面形式回复本台采访时表示，“目前进口的钢材并不多。”')).toEqual(['约克']);
    expect(speakers('英國智庫研究員韋伯（Anna Webb）在國會聽證會上表示，「這項政策代價很高。」')).toEqual(['韋伯']);
  });

  it('keeps a body’s gloss out of it: the people after the body are who speak', () => {
    expect(speakers('美国外交政策协会（American Foreign Policy Council）研究员索博利克（Michael Sobolik）在国会表示，“接触反而会适得其反。”')).toEqual(['索博利克']);
  });
});

describe('a hedge fund’s long name before a post and a name, after the quote', () => {
  it('reads 对冲 as part of the name, not a clause’s 对 (…对冲基金投资管理有限公司高级副总裁赵利君说)', () => {
    expect(speakers('“我们的合作方大多是境外的优秀团队。”浙江玉皇山南对冲基金投资管理有限公司高级副总裁赵利君说。')).toEqual(['赵利君']);
  });

  it('reads 代表 in a post as the post, not a clause’s 表示 (…有限公司驻华首席代表赵利君说)', () => {
    expect(speakers('“我们的合作方大多是境外的优秀团队。”英国玉皇山南资产投资管理有限公司驻华首席代表赵利君说。')).toEqual(['赵利君']);
  });
});

describe('a mission’s spokesperson', () => {
  it('is never split at 大使 into a role and a “name” 館發言人', () => {
    expect(speakers('中國駐加拿大使館發言人回應，「此舉是典型的貿易保護主義。」')).toEqual(['中國駐加拿大使館發言人']);
    expect(speakers('美国驻广州总领事馆发言人表示，“我们正在关注此事。”')).toEqual(['美国驻广州总领事馆发言人']);
  });

  it('still reads the ambassador’s own name after 大使', () => {
    expect(speakers('中國駐加拿大大使叢培武表示，「加方應糾正錯誤。」')).toEqual(['叢培武']);
  });
});

describe('a chamber of commerce written later after a description', () => {
  it('keeps its 會: 商會 is the body’s name, not a modal after 歐盟商 (北京的欧盟商会公布)', () => {
    expect(speakers('但欧盟商会表示:“各区的防疫规定不一。”', '位于北京的欧盟商会公布的调查显示，多数会员下调了预测。')).toEqual(['欧盟商会']);
  });
});

describe('an investor named by the calling 投资人', () => {
  it('is the calling before the name (曾与…合作投资中国的美国投资人于丹说)', () => {
    expect(speakers('“今天，公司选择在哪个市场上市，还受到其他因素的影响，”曾与日本科技巨头软银集团以及华平投资合作投资中国的美国投资人于丹说。')).toEqual(['于丹']);
    expect(speakers('天使投資人王明表示，「估值已經太高。」')).toEqual(['王明']);
  });
});

describe('a source whose description holds Latin letters, then whom they told', () => {
  it('drops the addressee after a unit named in Latin letters (一位腾讯 CSIG 中层对 36 氪表示)', () => {
    expect(speakers('“裁员还在进行中。”一位腾讯 CSIG 中层对 36 氪表示。')).toEqual(['腾讯 CSIG 中层']);
    expect(speakers('“裁员还在进行中。”一位腾讯CSIG员工对记者说。')).toEqual(['腾讯CSIG员工']);
  });

  it('points 上述 back at it, though the copy spaced the letters only the first time', () => {
    expect(speakers('“裁员还在进行中。”一位腾讯 CSIG 中层对 36 氪表示。', '“老板们没有那么多耐心了。”上述腾讯CSIG中层对 36 氪说。')).toEqual(['腾讯 CSIG 中层', '腾讯 CSIG 中层']);
  });
});

describe('where netizens post from', () => {
  it('is a setting, dropped like a place before a count (中國網友 → 網友, 內地網民 → 網民)', () => {
    expect(speakers('方案公布後，不少中國網友在社交媒體上批評，「70年產權叫我們給養老？」')).toEqual(['網友']);
    expect(speakers('有中国网民留言说：“找工作嫌我老，等退休嫌我小。”')).toEqual(['网民']);
  });
});

describe('Hong Kong’s 執董 (executive director) before a name', () => {
  it('is a title, so the name is found and a later 他 is that person, not the last paragraph’s speaker', () => {
    expect(speakers('估值部主管張聖典直言，每呎樓面地價已相當「大膽」。', '公司執董張炳強表示，與兩夥伴屬首次合作，他形容中標屬「幸運」，直言「利潤都好可觀」。')).toEqual(['張聖典', '張炳強', '張炳強']);
  });
});

describe('a frame of analysis before the speaker (从三年来的趋势分析，X称)', () => {
  it('is what the view is taken from, not a second voice: a quote closing a later sentence stays the speaker’s', () => {
    expect(speakers('从三年来的趋势分析，熊建中称，前年增速为15%，去年是12.6%。在经济危机影响没有减缓条件下，增速会减缓，当然，"10%的增长还是较快的速度。"')).toEqual(['熊建中']);
  });
});

describe('an audience before the verb (公開面對媒體表示)', () => {
  it('is where the words were said, so the subject of the clause before speaks', () => {
    expect(speakers('華南王子林知延和新光公主吳欣盈的聯姻觸礁，雙方相互指控。', '林知延昨首度親上火線，公開面對媒體表示，「吳欣盈不斷攻擊我，已很難維持這段婚姻。」')).toEqual(['林知延']);
  });
});

describe('a quote opening the paragraph, then a time and its sayer', () => {
  it('takes a month with its year word (今年4月，X表示，…) as it takes a day', () => {
    expect(speakers('“融资成本较低的企业主要集中在国企、央企之中。”今年4月，易居企业集团CEO丁祖昱表示，随着融资难度的增加，部分企业将承压。')).toEqual(['丁祖昱']);
  });

  it('reads past an event named in quote marks before the verb (…在“…峰会”上表示)', () => {
    expect(speakers('“初步统计，上海金融市场交易总额2511万亿元。”1月15日，上海市委常委、常务副市长吴清在“全球财富管理论坛”上表示，经过多年发展，上海已经成为全球金融要素最齐全的城市之一。')[0]).toBe('吴清');
  });
});

describe('a saying of several clauses opening its sentence, then a name handing on to more', () => {
  it('is the name’s, though no stop closes the quote (「…，…」林永山分析，…)', () => {
    expect(speakers('「太美的東西，就不是周春芽的作品」林永山分析，剛開始畫瓶花周春芽必須要用墨綠色黑粗框來破壞結構。')).toEqual(['林永山']);
  });
});

describe('a body’s name in quote marks inside the speaker’s description (組織「畫下嘢」創辦人彭啤說)', () => {
  it('is part of the description and a name, not the speaker’s words', () => {
    expect(speakers('「有個長髮哥仔幫忙招呼，好熟手，原來是街坊『戥腳』。」城市寫生組織「畫下嘢」創辦人彭啤說。')).toEqual(['彭啤']);
  });
});

describe('a feature’s person doing something before a colon hands over to their words', () => {
  it('ends the name at a reckoning, a routine or what they heard (王斌算了一笔账：, 罗锰每天往返…：, 鄭老闆聽見就動氣：)', () => {
    expect(speakers('公司董事长王斌算了一笔账：“传统高压气态储运500公里成本约23.3元。”')).toEqual(['王斌']);
    expect(speakers('货车司机罗锰每天往返中越两国口岸两三趟：“这趟出口电脑、手机和耳机等电子产品，货值超1亿元。”')).toEqual(['罗锰']);
    expect(speakers('鄭老闆聽見就動氣：「無嚟問有無嘢要幫手，議員真係廢！」')).toEqual(['鄭老闆']);
  });
});

describe('verbs of criticising, joking and agreeing right before the words', () => {
  it('gives the words to the critic (執董魏建新（Thomas Atkinson）更狠批「…」) and the joker (雷軍曾戲言「…」)', () => {
    expect(speakers('證監會法規執行部執董魏建新（Thomas Atkinson）更狠批「某些保薦人的行為和專業操守與理想水平相距甚遠」。')).toEqual(['魏建新']);
    expect(speakers('雷軍曾戲言「小米總不至於連550億美元都不值吧？」以收市價計，小米市值僅3,760億元。')).toEqual(['雷軍']);
  });

  it('gives a saying of a sentence’s length to the one agreeing with it, not to one who must agree', () => {
    expect(speakers('上市公司商會總幹事黃明偉同意「有賊就應該去捉，執法後讓其他公司亦有警惕作用」，勝於即時堵塞門路。')).toEqual(['黃明偉']);
    expect(speakers('特拉斯並表示，英國可以鬆綁對俄國的多項制裁，但克里姆林宮必須同意「全面停戰、撤軍，並承諾不再進一步侵略」。')).toEqual(['特拉斯']);
  });
});

describe('words right after a name and named a saying of theirs', () => {
  it('are theirs (與李克強「…」等誓言截然相反), but a verb of shouting before them names no one (沿途高叫「…」等口號)', () => {
    expect(speakers('新華社竟使用「救市無效」四字，與李克強「有信心、有能力應對各種風險挑戰」等誓言截然相反。')).toEqual([null, '李克強']);
    expect(speakers('她頭頂及腳縛苦瓜，沿途高叫「食人一碗粥，做到腰酸背又曲」等口號。')).toEqual([null]);
  });
});

describe('a quote named as someone’s puzzlement or feeling right after it', () => {
  it('is theirs (“…”这是尹晓的困惑。)', () => {
    expect(speakers('尹晓目前暂赴上海工作。“知道有这样一笔‘储蓄’，但不知道能用在什么地方。”这是尹晓的困惑。')).toEqual(['尹晓']);
  });
});

describe('a desk’s chief before a name (固收首席张继强)', () => {
  it('is a title, so the name is found after a long role, though the verb stands far after the quote', () => {
    expect(splitSpeakerRole('华泰证券研究所所长、固收首席张继强')).toEqual({ speaker: '张继强', role: '华泰证券研究所所长、固收首席' });
    expect(speakers('公积金制度不断扩面。“公积金本质是资金池模式，提取条件放宽后可能面临更大流动性压力。”华泰证券研究所所长、固收首席张继强在研究报告中指出，将灵活就业人员纳入制度后，也有“稳定性”风险。')).toEqual(['张继强']);
  });
});

describe('the street an unnamed source is on (天河北路上的中介经纪)', () => {
  it('is a setting, dropped as a place before a count is; what they do on a road stays (清扫道路的老者)', () => {
    expect(speakers('昨日记者以客人身份咨询，天河北路上的中介经纪表示，如楼盘合适，中介费“可以商量，不会太贵。”')).toEqual(['中介经纪']);
    expect(speakers('一位清扫道路的老者告诉记者：“这里的工作人员比常住业主多得多。”')).toEqual(['清扫道路的老者']);
  });
});

describe('forecasting aloud before a colon hands over (馬雲大膽預測，…：「…」)', () => {
  it('gives the words to the forecaster, the daring dropped', () => {
    expect(speakers('馬雲大膽預測，幾年後「光棍節」交易額將增至1,000億元：「這不是做不到的事。」')).toEqual(['馬雲']);
  });
});

describe('sources there are, after the clause’s topic and an adverb (万科股价异动还是有投资者认为…)', () => {
  it('are the sources, the topic no part of them', () => {
    expect(speakers('但万科股价异动还是有投资者认为，“这是王石的言论带动的，不是市场本身。”')).toEqual(['投资者']);
  });
});

describe('a question, then someone answering it', () => {
  it('is the asker’s, not the answerer’s (羅明才質詢楊金龍「…在哪裡?」楊金龍則回應)', () => {
    expect(speakers('羅明才今日財委會質詢。首先,羅明才質詢楊金龍「馬年要到,台股要繼續有亮點,而亮點在哪裡?」楊金龍則回應,這次台股亮點在科技股。')).toEqual(['羅明才']);
  });
});

describe('a name someone is known by, opening their description (有「糧油大王」之稱的…會長李廣林)', () => {
  it('is no verb of saying (之稱) and no part of the role: the one described is brought in for the quote that follows', () => {
    expect(speakers('林偉駿表示，「生意差咗好多。」', '有「糧油大王」之稱的香港罐頭出入總商會會長李廣林，亦承認有受到碼頭罷工事件影響。「𠵱家都未知要delay幾耐，等緊排隊。」')).toEqual(['林偉駿', '李廣林']);
  });
});

describe('an outlet’s dateline written as a label (东方网7月8日消息:)', () => {
  it('names no speaker for the report’s quotes', () => {
    expect(speakers('东方网7月8日消息:盛夏时节,蒜农却高兴不起来。“不管价钱高低,该怎么种还是怎么种,这么多年了。”')).toEqual([null]);
  });
});

describe('a saying named after it as what many of them share (“…”成了许多受访者共同的感受)', () => {
  it('is speech of those who share it, as written without the count', () => {
    const [quote] = speechShown('随着各地持续调整政策，“公积金的存在感提升了”成了许多受访者共同的感受。');
    expect(quote?.speaker).toBe('受访者');
  });
});

describe('copy that spaces its figures (9 月 18 日，…崔东树对 21 世纪经济报道记者表示)', () => {
  it('reads the spaced day before the sayer as it reads an unspaced one', () => {
    expect(speakers('" 今年的金九银十应该会不太好，9 月总体产销仍然不容乐观。"9 月 18 日，全国乘联会秘书长崔东树对 21 世纪经济报道记者表示。')).toEqual(['崔东树']);
  });

  it('gives words to one apologising after them, but not to one who did not (亦沒有向公眾正式道歉)', () => {
    expect(speakers('期间没有任何优惠。" 我们正在努力解决产能问题，四季度会有很大的改善。"9 月 8 日晚间，比亚迪集团董事长兼总裁王传福在一场发布会上向比亚迪用户道歉。')).toEqual(['王传福']);
    expect(speakers('立法會議員毛孟靜批評，「所謂負責原來毫無代價」。她又質疑，港鐵亦沒有向公眾正式道歉，只是以調查時間換取觀感空間，「手段低下」。')).toEqual(['毛孟靜', '毛孟靜']);
  });
});

describe('有 that is no “there is”', () => {
  it('keeps 有線 of i-Cable in its former salesman (有線前銷售員向《蘋果》稱)', () => {
    expect(speakers('有線前銷售員向《蘋果》稱，自去年11月已開始銷售，「講到明唔可以將個plan放喺中移動門市嘅視線範圍。」')).toEqual(['有線前銷售員']);
  });

  it('drops it before a salesperson named by the trade (但也有销售称), and a conspiracy theory is no one (更有陰謀論指)', () => {
    expect(speakers('有销售人员表示，" 如果对于买车不是那么迫切的刚需，可以等等。" 但也有销售称，" 缺芯问题短期解决不了，车源紧张起码还得持续一年。"')).toEqual(['销售人员', '销售']);
    expect(speakers('更有陰謀論指，「中電根本無心推太陽能發電。」')).toEqual([null]);
  });
});

describe('a name before 后续 (subsequently)', () => {
  it('ends before it: 李黎后续从售房方了解到 is 李黎, whose words follow', () => {
    expect(speakers('购房者李黎说，" 怎么一公摊，把我一半的房子都摊出去了呢？"', '李黎后续从售房方了解到，差值主要体现在墙体的厚度上。" 将近 1 米的外墙，有一半的面积算作业主的套内建筑面积。"')).toEqual(['李黎', '李黎']);
  });
});

describe('a few words quoted for how someone said it, right before the verb (銷售員「落足嘴頭」指：)', () => {
  it('are a manner: the one before them speaks, and 後 before the reporter is when, not who', () => {
    expect(speakers('銷售員見記者觀察多時，主動上前兜售寬頻服務，後記者稱對手機轉台有興趣，銷售員「落足嘴頭」指：「呢個手機月費計劃比門市更加平」、「我哋中國移動加咗頻譜」。')).toEqual(['銷售員', '銷售員']);
  });
});

describe('a leader named by a short transliteration no surname opens (拜登, 特朗普, 川普)', () => {
  it('is a person’s name, shown though the article writes it once and gives no title', () => {
    expect(speakers('拜登已经批评特朗普的贸易政策，称上台后会“重新评估”。')).toEqual(['拜登']);
  });
});

describe('maintaining, right before the words (金阿波羅主張自身「…」)', () => {
  it('gives the words to the one maintaining them', () => {
    expect(speakers('金阿波羅主張自身「始終遵循相關法規，並與合作夥伴保持透明合規的合作關係」。')).toEqual(['金阿波羅']);
  });
});

describe('a province, city or district before a source, with a bare count or 另 (启东市一大型超市工作人员, 常州市钟楼区的…)', () => {
  it('is a setting, dropped with the count, as LABELS.md drops 上海 from 上海一位分析人士', () => {
    expect(speakers('启东市一大型超市工作人员告诉记者：“目前货架上米面等商品已所剩不多。”')).toEqual(['大型超市工作人员']);
    expect(speakers('常州市钟楼区的大型超市工作人员表示：“建议市民今天不要来超市。”')).toEqual(['大型超市工作人员']);
    expect(speakers('安徽省蚌埠市一大型连锁超市工作人员称：“前来购物的人群大多是中老年人。”')).toEqual(['大型连锁超市工作人员']);
    expect(speakers('天宁区另大型超市工作人员说：“中午比早上的情况稍有缓和。”')).toEqual(['大型超市工作人员']);
  });

  it('drops 另一 before any source, but keeps a body the place names and a court the numeral names', () => {
    expect(trimSpeakerPhrase('另一家券商分析师')).toBe('券商分析师');
    expect(trimSpeakerPhrase('另类投资人士')).toBe('另类投资人士');
    expect(trimSpeakerPhrase('启东市商务局工作人员')).toBe('启东市商务局工作人员');
    expect(trimSpeakerPhrase('上海市一中院法官')).toBe('上海市一中院法官');
  });
});

describe('joking as the manner before the verb (基金经理开玩笑地表示)', () => {
  it('takes 开玩笑地 alone, never the last character of who speaks', () => {
    expect(trimSpeakerPhrase('深圳另一位基金经理开玩笑地')).toBe('基金经理');
    expect(trimSpeakerPhrase('王小明开玩笑地')).toBe('王小明');
  });
});

describe('a time after a name in Latin letters, spaced as copy sets it (Victor Khosla 上周受訪時表示)', () => {
  it('is when they spoke, not part of who', () => {
    expect(trimSpeakerPhrase('創始人 Victor Khosla 上周')).toBe('創始人 Victor Khosla');
    expect(trimSpeakerPhrase('Tim Cook 去年')).toBe('Tim Cook');
    expect(speakers('信貸投資公司 Strategic Value Partners LLC 的創始人 Victor Khosla 上周受訪時表示，美國辦公室房地產存在問題。他說：「這幾乎是一場海嘯。」')).toEqual(['Victor Khosla']);
  });
});

describe('a bureau’s or centre’s staff counted by a bare 一 (启东市商务局一工作人员)', () => {
  it('is the bureau’s staff, the count dropped', () => {
    expect(trimSpeakerPhrase('启东市商务局一工作人员')).toBe('启东市商务局工作人员');
    expect(trimSpeakerPhrase('客服中心一工作人员')).toBe('客服中心工作人员');
  });
});

describe('另外 and 另一些 before a crowd', () => {
  it('go whole, the crowd kept', () => {
    expect(trimSpeakerPhrase('另外一些员工')).toBe('员工');
    expect(trimSpeakerPhrase('另一些網友')).toBe('網友');
  });
});

describe('a day after a name in Latin letters (Joe Deakin昨表示)', () => {
  it('is when they spoke, not part of who', () => {
    expect(trimSpeakerPhrase('Maritime Union of Australia的分會助理秘書Joe Deakin昨')).toBe('Maritime Union of Australia的分會助理秘書Joe Deakin');
    expect(trimSpeakerPhrase('Tim Cook今日')).toBe('Tim Cook');
  });
});
