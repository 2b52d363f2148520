import { describe, expect, it } from 'vitest';
import { shown, speechShown } from './speakers-shown';

/**
 * Where a speaker's name ends: before an adverb (王晟便指出, 李嘉誠只是跟記者說), a place before a count (南方一家…企业负责人),
 * an English gloss and a calling after the name (方维城（Will Fung）律师). Sentences invented for these tests.
 */

function speakers(...texts: string[]): [string | null, string | null][] {
  return speechShown(...texts).map((quote) => [quote.speaker, quote.role]);
}

describe('the end of a name', () => {
  it('comes before 便 or 即', () => {
    expect(speakers('某证券公司投行业务负责人王晟便指出，“注册制为中小企业融资提供了更好的制度配套。”')).toEqual([['王晟', '某证券公司投行业务负责人']]);
  });

  it('comes before 只是 and whom they tell (跟記者)', () => {
    expect(speakers('李嘉誠只是跟記者說：「乜嘢都唔會講住。」')).toEqual([['李嘉誠', null]]);
  });

  it('leaves 跟 between two people to mean "to" or "with": no one shown', () => {
    expect(speakers('李明跟王強說：「好。」')).toEqual([[null, null]]);
  });

  it('comes before an English gloss and a calling', () => {
    expect(speakers('中国马来西亚商会主席方维城（Will Fung）律师在接受采访时表示：“马来西亚仍在努力吸引外国投资者。”')).toEqual([['方维城', '中国马来西亚商会主席']]);
  });
});

describe('the start of a descriptor', () => {
  it('drops a region and count before it', () => {
    expect(speakers('南方一家拟在创业板上市的企业负责人告诉记者，“公司正在积极准备三季报。”')).toEqual([['拟在创业板上市的企业负责人', null]]);
  });

  it('drops a place joined by 的, with or without a count after it (LABELS.md: a place is a setting)', () => {
    expect(speakers('另一地区的一位家长表示，自己带孩子去了社区医院就诊，社区医院也没有药，「最后只得再次前往另一家三甲医院。」')).toEqual([['家长', null]]);
    expect(speakers('湖南的医务工作者告诉记者：“这是我在儿科上班十余年来最忙的一年。”')).toEqual([['医务工作者', null]]);
    expect(speakers('深圳市的一名业主表示：“交房时间一再推迟。”')).toEqual([['业主', null]]);
  });

  it('keeps a company before 的 (阿里巴巴的员工 works there)', () => {
    expect(speakers('阿里巴巴的一位员工表示：“内部还没有通知。”')).toEqual([['阿里巴巴的员工', null]]);
    expect(speakers('阿里巴巴一位员工表示：“内部还没有通知。”')).toEqual([['阿里巴巴员工', null]]);
  });
});

describe('information as the subject', () => {
  it('speaks for no one shown', () => {
    expect(speakers('记者从拟上市公司方面获知的信息也表明，“好事多磨，要等三季报”。')).toEqual([[null, null]]);
  });
});

describe('a name without a Chinese surname', () => {
  it('after a title is the name (经济分析师新家义贵)', () => {
    expect(speakers('“消费不一定强劲，”第一生命经济研究所经济分析师新家义贵说。')).toEqual([['新家义贵', '第一生命经济研究所经济分析师']]);
  });

  it('before a date is the name (川普9月5日在白宫告诉记者)', () => {
    expect(speakers('川普对谈判进展表示满意。', '川普9月5日在白宫告诉记者，“我们在谈判中表现得非常好。”', '“我们将继续与中方谈判。”他说。').map(([speaker]) => speaker)).toEqual(['川普', '川普']);
  });

  it('is not a clause after a title (董事长也在会上)', () => {
    expect(speakers('“我们会继续努力，”公司董事长也在会上说。').map(([speaker]) => speaker)).not.toContain('也在会上');
  });
});

describe('a Latin name with an apostrophe', () => {
  it('is a name, and its surname alone is the person named before in full', () => {
    expect(
      speakers(
        "安本标准投资管理的首席经济学家Lucy O'Carroll称，她的公司降低了经济预测。",
        '不过有官员表示，这个最后期限可能推迟到11月。',
        "安本标准投资管理的O'Carroll指出，10月似乎是个关键月份。",
        '“没有太多让人喘息的机会了，”她说。',
      ).map(([speaker]) => speaker),
    ).toEqual(["Lucy O'Carroll"]);
  });
});

describe('a surname with 阿婆 or 奶奶', () => {
  it('is the person of that surname named before', () => {
    expect(speakers('股民周鸿宝表示：“我只买最熟悉的股。”', '周奶奶还对记者说过：“我坚持自己操盘炒股。”').map(([speaker]) => speaker)).toEqual(['周鸿宝', '周鸿宝']);
  });
});

describe('a count inside a business’s people (宝马一家经销商工作人员)', () => {
  it('is dropped from the descriptor, as LABELS.md drops a count', async () => {
    const { trimSpeakerPhrase } = await import('../lib/content/extract/quotes');
    expect(trimSpeakerPhrase('宝马一家经销商工作人员')).toBe('宝马经销商工作人员');
    expect(trimSpeakerPhrase('阿里巴巴一位員工')).toBe('阿里巴巴員工');
  });

  it('stays before a business itself, which is what it counts (京东一家供应商)', async () => {
    const { trimSpeakerPhrase } = await import('../lib/content/extract/quotes');
    expect(trimSpeakerPhrase('京东一家供应商')).toBe('京东一家供应商');
  });
});

describe('a letter standing in for a withheld name (B小姐, A先生)', () => {
  it('is the speaker, as Hong Kong copy names victims (眾新聞)', () => {
    expect(shown('B小姐哽咽指，自己今天鼓足勇氣出來，形容自己當時「好蠢」，呼籲大家多加留意。')).toEqual(['B小姐']);
    expect(shown('A先生說：「我沒有收到任何通知。」')).toEqual(['A先生']);
  });
});

describe('a familiar form before a manner in 地', () => {
  it('keeps the form whole and drops four characters of manner, idiom or misspelt idiom', () => {
    expect(speakers('「好的攝影記者，更要勤力。」 橋叔語重深長地說。')).toEqual([['橋叔', null]]);
    expect(speakers('阿明若有所思地說：「這行不好做。」')).toEqual([['阿明', null]]);
  });

  it('still reads a three-character name before a manner as the name', () => {
    expect(speakers('王小明若有所思地說：「這行不好做。」')).toEqual([['王小明', null]]);
  });
});

describe('one person named with others like them (严跃进等业内人士)', () => {
  it('is the person named, title kept as the role', () => {
    expect(speakers('在严跃进等业内人士看来，房企质量问题频发。“目前有很多开发商都有质量问题。”')).toEqual([['严跃进', null]]);
    expect(speakers('易居研究院研究总监严跃进等多位专家表示：“目前有很多开发商都有质量问题。”')).toEqual([['严跃进', '易居研究院研究总监']]);
  });

  it('is no one when several are named before 等', () => {
    expect(speakers('李明、王强等专家表示：“不好说。”')).toEqual([[null, null]]);
  });
});

describe('a titled name ending in 均', () => {
  it('keeps 均: one titled person is not "all" (明末清初诗人屈大均曾夸赞)', () => {
    expect(speakers('明末清初诗人屈大均曾夸赞挂绿：“爽脆如梨，浆液不见。”')).toEqual([['屈大均', '明末清初诗人']]);
    expect(speakers('董事長王志均曾表示：「不好說。」')).toEqual([['王志均', '董事長']]);
  });

  it('leaves 均 as "all" after several people', () => {
    expect(speakers('两位董事王强、李明均曾表示：“不好说。”')).toEqual([[null, null]]);
  });
});

describe('a body, then a post', () => {
  it('does not read a name across the body’s own word (信托公|司项目|经理)', () => {
    expect(speakers('上海一家信托公司项目经理接受《每日经济新闻》记者采访时表示，“中小房地产企业的压力要大得多。”')).toEqual([['信托公司项目经理', null]]);
  });
});

describe('其 before a descriptor, pointing at someone named before', () => {
  it('shows no one rather than 其相关负责人', () => {
    expect(speakers('对于京东挑起的速度竞争，易迅网反应却比较平淡。', '其相关负责人在接受记者采访时表示，“电商的物流不仅要快速，更关键的还在于稳定。”')).toEqual([[null, null]]);
  });
});

describe('settings and manners around a speaker, from unseen copy', () => {
  it('reads 信中 (in the letter) as a setting, not a speaker', () => {
    expect(speakers('《蘋果日報》發表致讀者信。信中又形容，新聞自由的保障「岌岌可危」。')).not.toContainEqual(['信中', null]);
  });

  it('drops drawing an analogy before the verb (程晓农打比方说)', () => {
    expect(speakers('程晓农打比方说：“中国经济转冷，现在是要在恤衫外加件衬衫。”')).toEqual([['程晓农', null]]);
  });

  it('reads a body opening a long clause of when (司法機構…檢討投訴法官投訴程序 時均強調)', () => {
    expect(speakers('司法機構2013年回覆立法會及 2016年檢討投訴法官投訴程序 時均強調，「即調查應由法官進行，亦僅限由法官進行」。')).toEqual([['司法機構', null]]);
  });

  it('reads 渔民 as a calling before a name', () => {
    expect(speakers('渔民皮特·斯皮彻说：“它一直被认为是雄伟的蓝鳍金枪鱼。”')).toEqual([['皮特·斯皮彻', '渔民']]);
  });
});

describe('speakers an unseen audit set showed missing', () => {
  it('reads past surprise opening the clause (没想到姜冉馨说)', () => {
    expect(speakers('没想到姜冉馨说：“没有。因为在奥运村和吉祥物合影要收费。”')).toEqual([['姜冉馨', null]]);
  });

  it('reads a host by name (主持人张斌直接说)', () => {
    expect(speakers('主持人张斌直接说：“那看你今天回答问题回答的好不好。”')).toEqual([['张斌', '主持人']]);
  });

  it('reads a transliterated name after a long description (…保护部的格兰特里·加兰德说)', () => {
    expect(speakers('皮尤慈善信托基金会全球金枪鱼保护部的格兰特里·加兰德说：“科学家们无法确定。”')).toEqual([['格兰特里·加兰德', '皮尤慈善信托基金会全球金枪鱼保护部']]);
  });

  it('reads a group before 就 (有网友就表示) and commoners as a group (有朝鮮百姓說)', () => {
    expect(speakers('对此有网友就表示，“不是所有案件都能最终被侦破。”')).toEqual([['网友', null]]);
    expect(speakers('有朝鮮百姓說:「已經哭的沒有眼淚了。」')).toEqual([['朝鮮百姓', null]]);
  });
});

describe('a long transliterated name with no dot after a title', () => {
  it('is the name, the title its role (美国马里兰大学专家苏布拉马尼安)', () => {
    expect(speakers('美国马里兰大学专家苏布拉马尼安指出，犯罪集团与恐怖组织有的经由非法在线论坛、有的透过违法掮客牵线买到攻击程序，这类交易形同“卖枪给罪犯”。')).toEqual([['苏布拉马尼安', '美国马里兰大学专家']]);
  });
});

describe('kin, then a name', () => {
  it('reads a wife or a son named after the kin word, a two-character or familiar name too', () => {
    expect(speakers('潘金治的55歲太太鄭焦說：「他住院我也不敢請假去顧他。」')).toEqual([['鄭焦', '潘金治的55歲太太']]);
    expect(speakers('讀國一的小兒子小華說：「我想幫家裡一點忙。」')).toEqual([['小華', '讀國一的小兒子']]);
  });
});

describe('a name in Latin letters, then a calling', () => {
  it('is the name; the description and calling are the role (…中心的Leah Larkin博士)', () => {
    expect(speakers('来自The DNAGeek的DNA分析服务中心的Leah Larkin博士认为：“该技术违反了第四修正案。”')).toEqual([['Leah Larkin', '来自The DNAGeek的DNA分析服务中心的博士']]);
  });
});

describe('a body named with 方面, then its people', () => {
  it('drops 方面 (广州万科物业方面相关负责人 → 广州万科物业相关负责人)', () => {
    expect(speakers('广州万科物业方面相关负责人表示：“目前确定有200多辆车被泡。”')).toEqual([['广州万科物业相关负责人', null]]);
  });
});

describe('a titled name before a clause of when that opens on a visit', () => {
  it('ends before the verb of visiting (美國總統特朗普訪華時表示)', () => {
    expect(speakers('美國總統特朗普訪華時表示：「我們會達成協議。」')).toEqual([['特朗普', '美國總統']]);
    expect(speakers('美国总统拜登访问日本时表示：“我们会达成协议。”')).toEqual([['拜登', '美国总统']]);
    expect(speakers('事主陳女士報案時表示：「我很害怕。」')).toEqual([['陳女士', '事主']]);
  });
});

describe('a full name ending in 讓 right before its verb (用益信托研究员帅国让表示)', () => {
  it('is the name, no causative with no one after it to make speak', () => {
    expect(shown('用益信托研究员帅国让表示：“该试点通知立足上海。”')).toEqual(['帅国让']);
    expect(shown('这让他表示：“没问题。”', '公司让员工表示：“没问题。”')).toEqual([null, null]);
  });
});
