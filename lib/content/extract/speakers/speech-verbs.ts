/**
 * The verbs of speech that tie a quote to who said it (表示, 指出, 稱, 坦言 …), in Traditional and
 * Simplified, as one guarded pattern: data, not rules, so a new verb is one entry.
 */


/** Each speech verb in its Traditional and Simplified form (one entry when both are written alike). */
const SPEECH_VERBS: readonly (readonly string[])[] = [
  ['表示'], ['透露'], ['直言'], ['明言'], ['指出'], ['坦言'], ['提到'], ['提及'], ['坦承'], ['直指'], ['感慨'],
  ['吐槽'], ['提醒'], ['警告'], ['宣布'], ['爆料'], ['直呼'], ['答'], ['回答'], ['分析道'], ['笑道'],
  ['稱', '称'], ['聲稱', '声称'], ['宣稱', '宣称'], ['笑稱', '笑称'], ['謙稱', '谦称'], ['自稱', '自称'], ['分析稱', '分析称'], ['判稱', '判称'],
  // 勸說 is persuading, not saying (guarded below). 説 is the variant of 說 Hong Kong copy often types (高比説：「…」).
  // 再說 is "moreover" (guarded below), but 一再說 and 一再表示 are saying it again and again (林鄭月娥一再說…).
  ['一再說', '一再说'], ['說', '说', '説'], ['問', '问'], ['反問', '反问'], ['追問', '追问'], ['認為', '认为'], ['總結', '总结'],
  ['強調', '强调'], ['回應', '回应'], ['告訴', '告诉'], ['承認', '承认'], ['寫道', '写道'], ['留言'],
  ['介紹', '介绍'], ['介紹稱', '介绍称'], ['闡述', '阐述'], ['解釋', '解释'], ['補充', '补充'], ['談到', '谈到'], ['談及', '谈及'],
  ['感嘆', '感叹', '感歎'], ['慨嘆', '慨叹', '慨歎'], ['哀嘆', '哀叹'], ['嘆道', '叹道'], ['大嘆', '大叹', '大歎'], ['歎說', '嘆說', '叹说'], ['坦陳', '坦陈'], ['呼籲', '呼吁'], ['證實', '证实'],
  ['否認', '否认'], ['表態', '表态'], ['報道', '报道'], ['報導', '报导'],
  ['指'], ['分析'], ['笑言'],
  // Hong Kong copy's one-word rebuke (陳家洛斥教育局「Hea做」, 網民直斥「…」, 警員喝斥): the critic's words follow.
  ['斥'], ['直斥'], ['喝斥'], ['呵斥'], ['訓斥', '训斥'], ['重申'], ['形容'], ['相信'], ['發問', '发问'], ['預計', '预计'], ['預料', '预料'],
  // Apologising, as the words quoted beside it do (“…”王传福在一场发布会上向比亚迪用户道歉。).
  ['道歉'],
  ['估計', '估计'], ['抱怨'], ['解讀', '解读'], ['質疑', '质疑'], ['反駁', '反驳'], ['留言'], ['回覆', '回复'],
  ['預估', '预估'], ['指示'], ['轉述', '转述'], ['回憶', '回忆'],
  // Commenting, said as one verb (有网友…，因而评论说“…”): 評論 alone is as often the noun of a post or an article.
  ['評論說', '评论说'], ['評論稱', '评论称'], ['評論道', '评论道'], ['評論指', '评论指'],
  // Guessing aloud is saying (有散户猜测“肯定是问这纸上没有的东西！”).
  ['猜測', '猜测'], ['推測', '推测'], ['推斷', '推断'],
  // Recalling, telling one's woes, warning, pleading and explaining, as Hong Kong and mainland copy quote them (憶述, 自言, 訴說,
  // 告誡, 辯解, 自嘲, 解說, 聲言). Not 預期 nor 投訴: as often nouns of the sentence (预期目标, 接獲投訴) as verbs. Not 質問: one
  // asking before another answers (村民质问…，李银…辩解着：「…」) took the answer.
  ['憶述', '忆述'], ['自言'], ['訴說', '诉说'], ['告誡', '告诫'], ['辯解', '辩解'], ['自嘲'], ['解說', '解说'],
  ['聲言', '声言'],
  // Not hiding it (鄭老闆不諱言，「…」): saying it plainly, as 直言 does.
  ['不諱言', '不讳言'], ['毫不諱言', '毫不讳言'],
  // Expressing a view or resolve is saying it (该公司董秘畅文智…同样表达了达标的决心。“…”, 范小冲公开表达…的危机); not the means
  // of expressing (表達訴求的方法), which the reading guards.
  ['表達', '表达'],
  // 爲 for 為, as some Taiwan copy writes it (他認爲真正原因是「…」).
  ['認爲'],
  // Answering a charge or a rumour: 她澄清，…, 公司駁斥…, 辯稱, 指稱.
  // How someone laughs as they speak: 赵灵苦笑道 is 赵灵 speaking.
  ['苦笑道'], ['冷笑道'], ['大笑道'], ['微笑道'], ['苦笑稱', '苦笑称'], ['苦笑說', '苦笑说'], ['笑說', '笑说'],
  // Declaring and threatening: 紫光集團放話要「…」, 揚言, 誓言.
  ['放話', '放话'], ['放言'], ['揚言', '扬言'], ['誓言'],
  ['澄清'], ['駁斥', '驳斥'], ['辯稱', '辩称'], ['指稱', '指称'], ['表明'], ['喊出'],
  // Shouting: 米粉们…高喊：“雷军！金凡！”, 示威者高呼「…」 (LABELS.md: shouted words are the shouters' speech).
  ['高喊'], ['高呼'], ['呼喊'], ['叫喊'], ['大喊'], ['大呼'], ['喊道'], ['驚呼', '惊呼'], ['大叫'], ['高叫'], ['齊喊', '齐喊'], ['齊呼', '齐呼'],
  // Speaking to oneself is still speaking: 45歲的羅其清自言自語.
  ['自言自語', '自言自语'], ['喃喃自語', '喃喃自语'],
  // Telling someone to mind something: 并叮嘱我，“…”.
  ['叮囑', '叮嘱'], ['囑咐', '嘱咐'], ['叮嚀', '叮咛'],
  // Learning from a source names it: 記者從多位知情人士處獲悉.
  ['處獲悉', '处获悉'], ['處了解到', '处了解到'], ['處得知', '处得知'],
];

/**
 * Verbs read as speech only right before punctuation: 他又稱： is 稱 said again, where 又稱 with a
 * name after it means "also called" (花唄又稱「…」).
 */
const VERBS_BEFORE_PUNCTUATION: readonly (readonly string[])[] = [
  ['又稱', '又称'],
  // Speech acts named by what they do: 喊話, 痛批, 交代 (她交代貸款的過程：「…」 reaches the colon through its object).
  ['喊話', '喊话'], ['痛批'], ['怒批'], ['狠批'], ['猛批'], ['批評', '批评'], ['回嗆', '回呛'], ['交代'],
  // Setting the tone, as business copy reports a chairman (董事長魏哲家定調，…「…」).
  ['定調', '定调'],
  // Expecting aloud, handing over at punctuation (易方投資總監王華預期，…「…」, 店主Lo哥預期，iPhone 7「…」); before anything else 預期
  // is the forecast itself (符合預期, 預期目標).
  ['預期', '预期'],
  // …and forecasting aloud (馬雲大膽預測，…：「…」); before anything else 預測 is the forecast (市場預測, 預測值).
  ['預測', '预测'],
  // What a rule or document lays down, as its wording (新政明确规定，网约车平台“应当…”): the document speaks. Only with the adverb that
  // makes it a verb: a bare 規定 is as often the rule itself (有嚴格規定，, 的相關規定，).
  ['明確規定', '明确规定'], ['亦規定', '亦规定'], ['也規定', '也规定'], ['還規定', '还规定'], ['另規定', '另规定'], ['特別規定', '特别规定'],
  // Nouns as well as verbs (提出申請, 一項建議, 發表聲明): speech only when they hand over at punctuation.
  // Cantonese 話 and 講 (佢話：, 薛威廉話：) are 說.
  ['話'], ['講', '讲'],
  // Classical 謂, as Hong Kong copy reports a later mention (鄭謂：「…」); 所謂, 何謂 and 稱謂 are other words (guarded below).
  ['謂', '谓'],
  // Judging to someone, as the clause before a quote: 上述人士向记者评价，“…”.
  ['評價', '评价'],
  ['提出'], ['建議', '建议'], ['聲明', '声明'], ['覺得', '觉得'], ['恐嚇', '恐吓'], ['嗆聲', '呛声'], ['說明', '说明'],
  // Wondering aloud, as the words say (工人们在纳闷：“…”): thoughts put in quotes are speech (LABELS.md).
  ['納悶', '纳闷'], ['嘀咕'],
  // A line dropped into a conversation: 小领导突然来了一句，“…”.
  ['來了一句', '来了一句'], ['回了一句'], ['丟下一句', '丢下一句'], ['甩下一句'],
  // Joking or teasing as the words are given (左晖…在朋友圈中调侃，“…”): the teaser speaks.
  ['調侃', '调侃'], ['揶揄'], ['打趣'],
  // Heated talk among the ones named, right before their words (文章引來網友熱議，「…」、「…」): theirs.
  ['熱議', '热议'],
  // Stating in writing (我還特意寫明：「…」): the writer's or the document's words; 寫明的 is what a text says.
  ['寫明', '写明'],
  // A sigh handing over its words (王鴻薇歎：「…」, 李明叹，“…”): before punctuation only, where 嘆 is no part of 嘆氣.
  ['嘆', '叹', '歎'],
  // Cutting in, echoing, answering, muttering and marvelling, before their words (董事長王建國插話：「…」 was shown as 王建國插).
  ['插話', '插话'], ['插嘴'], ['附和'], ['應道', '应道'], ['回道'], ['嘟囔'], ['驚嘆', '惊叹'], ['讚嘆', '赞叹'],
  // Attacking and praising in words, as Taiwan and Hong Kong copy reports them (砲轟, 反擊, 大讚), and foretelling or asserting.
  ['砲轟', '炮轰'], ['怒轟', '怒轰'], ['反擊', '反击'], ['回擊', '回击'], ['大讚', '大赞'], ['斷言', '断言'], ['吐露'], ['訴苦', '诉苦'],
  // Insisting, recalling and testifying with a verb of saying in them, right before their words (董事長王建國堅稱：「…」 was shown
  // as 王建國堅). Nouns that are also acts of saying (承諾, 保證, 作供, 道歉) are left out: tried, they took clauses for speakers.
  ['堅稱', '坚称'], ['憶說', '忆说'], ['憶道', '忆道'], ['細說', '细说'], ['供稱', '供称'], ['吼道'], ['罵道', '骂道'],
];

/**
 * 說明 is an explanation (說明書, 補充說明，) and 評論 a comment (網友評論) unless they hand straight over
 * to the quote: 總經理說明：「…」, 马斯克在推特上对该消息进行评论：“…”.
 */
// 說明 hands over at a comma too (他晚間在臉書說明，「…」); before anything else it is a noun (法案說明).
// 抗議 before a comma is the protest itself (工會抗議，警司施放催淚彈); before a colon, its words (部長在推特抗議:「…」).
// Taiwan copy's one-word jibes before a colon (王建國嗆：, 酸：, 批：, 轟：); anywhere else they are other words (批准, 酸雨, 轟動).
// Owning up frankly before a colon (吴子枫非常坦白：“…”); elsewhere 坦白 is how they spoke (王建國坦白說).
const VERBS_BEFORE_COLON: readonly (readonly string[])[] = [['評論', '评论'], ['抗議', '抗议'], ['嗆', '呛'], ['酸'], ['批'], ['轟', '轰'], ['坦白']];

/** Characters that, around a short verb, make it part of another word (名稱, 說明, 問題, 答案, 指數, 分析師). */
const VERB_GUARDS: ReadonlyMap<string, readonly [before: string, after: string]> = new Map([
  // 電話, 對話, 講話, 笑話, 普通話, 話題 are nouns; 講座, 講究, 演講 are not someone saying.
  ['話', ['電电對对講讲說说談谈通笑神童白廢閒俗佳情好壞實真假大空官套普句段番', '題语語說说劇剧筒費费術术']],
  // 不願透露姓名的…人士, 不愿透露身份的: how a source asked to be named, not a saying (the verb comes after the source).
  ['透露', ['', '姓身']],
  // 充斥 and 排斥 fill and shut out, 斥資 spends; 怒斥, 痛斥, 駁斥 and 斥責 are read whole.
  ['斥', ['充排怒痛駁驳直喝呵訓训', '資资責责']],
  // 感嘆, 讚嘆, 慨嘆 are verbs of their own (read whole), 嘆氣 and 嘆息 a sigh with no words.
  ['嘆', ['感讚赞慨驚惊哀悲長长詠咏', '氣气息']],
  ['叹', ['感讚赞慨驚惊哀悲長长詠咏', '氣气息']],
  // 大嘆 is a loud sigh of words (消費者大嘆「沒有便宜的車可買」); 大嘆一口氣 is a sigh alone.
  ['大嘆', ['', '一氣气息']],
  ['大叹', ['', '一氣气息']],
  ['歎', ['感讚赞慨驚惊哀悲長长詠咏', '氣气息']],
  // 開玩笑說 is joking, then saying: 笑說 there ends 開玩笑, and 說 alone is the verb, after the manner.
  ['笑說', ['玩', '']],
  ['笑说', ['玩', '']],
  ['笑道', ['玩', '']],
  ['笑言', ['玩', '']],
  // 講講話 is chatting, a verb doubled, not reporting words.
  ['講', ['演宣開开聽听主講', '座堂師师解話话究義义台稿學学者課课講']],
  ['讲', ['演宣开听主讲', '座堂师解话究义台稿学者课讲']],
  ['稱', ['名簡號堪對俗又統著聲宣笑自尊職之', '為作之讚號霸職呼謂心']],
  ['称', ['名简号堪对俗又统著声宣笑自尊职之', '为作之赞号霸职呼谓心']],
  ['說', ['小據傳學遊解演聽訴雖再勸', '明服法話書客辭']],
  // A message left is written words (在連儂牆留言「…」); 的留言 and 留言板 are the thing.
  ['留言', ['的之則则條条篇', '板版區区簿本數数量']],
  ['謂', ['所何可稱称無无之意', '之語语詞词']],
  ['谓', ['所何可称无之意', '之语词']],
  ['説', ['小據傳學遊解演聽訴雖再勸', '明服法話書客辭']],
  ['说', ['小据传学游解演听诉虽再劝', '明服法话书客辞']],
  ['問', ['訪顧疑詢學提質審拷發慰過請反追', '題卷責世候號診津']],
  ['问', ['访顾疑询学提质审拷发慰过请反追', '题卷责世候号诊津']],
  ['答', ['回問问報报解應应作對对', '案卷題题應应覆复辯辩謝谢']],
  // 指的是 says what a word refers to (“上头”指的是公司区域经理), not who speaks.
  ['指', ['手食拇中無无所意遙遥戒首直專专特泛確确屈', '出數数標标引定導导揮挥控責责令南針针紋纹甲望明向稱称示派點点認认正的']],
  // 分析的 qualifies a noun (穆迪分析的资深分析师, 他分析的結果), it hands over no words.
  ['分析', ['據据經经數数與与和及的步初再行', '師师員员家人報报告的']],
  ['形容', ['難难以被', '為为詞词']],
  // 符合預估, 低於預估, 預估值 and 成長率預估下修 are the forecast, not someone forecasting.
  ['預估', ['合於出過', '值數下上']],
  // 轉介紹 is a referral and 自我介紹 an introduction of oneself, 介紹信 and 介紹費 are things.
  // 這個介紹視頻 and 介紹影片 are a video introducing something.
  ['介紹', ['轉自個个的', '信人費所頁視影片']],
  ['介绍', ['转自个個的', '信人费所页视影片']],
  // 指示燈, 指示牌 and 按指示 are things, not someone instructing.
  ['指示', ['按依照', '燈灯牌劑剂標标']],
  // 符合預期, 低於預期, 遠勝預期, 好過預期, 預期目標 and 預期之中 are the forecast, not someone expecting.
  ['預期', ['符合低於于高超不如的與与和及達达勝胜過过差逾', '目標标值之中內内的收']],
  ['预期', ['符合低於于高超不如的與与和及達达勝胜過过差逾', '目標标值之中內内的收']],
  ['预估', ['合于出过', '值数下上']],
  // 補充預算, 補充資本 are nouns; 補充說明 is still speech.
  // 說明 after another verb of saying is part of it (補充說明, 解釋說明, 進行說明), and before 書 or 會 a thing (說明書, 說明會).
  ['說明', ['充釋行出細以案', '書會']],
  ['说明', ['充释行出细以案', '书会']],
  ['補充', ['', '預資協公流醫貨']],
  ['补充', ['', '预资协公流医货']],
  // 大吼大叫 and 大喊大叫 are a tantrum, not words shouted.
  ['大叫', ['吼喊嚷哭', '']],
  ['大喊', ['', '大']],
  // 澄清公告, 澄清聲明: the notice that clears something up, a noun (长和发布澄清公告表示“强烈否认”: 表示 is the verb).
  ['澄清', ['', '公聲声啟启稿函']],
  // 回應「…」 with nothing between names what is answered (美团回应“反垄断罚款”), not the answer.
  ['回應', ['', '“「『']],
  ['回应', ['', '“「『']],
  // 相關報導「…」, 該報道中: the report is a noun, not an outlet reporting. 21世纪经济报道记者: the outlet's name, whose
  // reporter someone speaks to, not the outlet reporting.
  ['報導', ['關該此篇份', '中內裡記']],
  ['報道', ['關該此篇份', '中內裡記']],
  ['报道', ['关该此篇份', '中内里记']],
  ['报导', ['关该此篇份', '中内里记']],
]);

/** One regex source matching any speech verb, longest forms first, optionally followed by 道. */
function buildVerbSource(): string {
  const forms = [...new Set(SPEECH_VERBS.flat())].sort((a, b) => b.length - a.length);
  const alternatives = forms.map((verb) => {
    const [before, after] = VERB_GUARDS.get(verb) ?? ['', ''];
    return `${before === '' ? '' : `(?<![${before}])`}${verb}${after === '' ? '' : `(?![${after}])`}`;
  });
  const beforePunctuation = VERBS_BEFORE_PUNCTUATION.flat().map((verb) => {
    const [before, after] = VERB_GUARDS.get(verb) ?? ['', ''];
    return `${before === '' ? '' : `(?<![${before}])`}${verb}${after === '' ? '' : `(?![${after}])`}(?=[^，,。：:]{0,8}[：:，,])`;
  });
  beforePunctuation.push(...VERBS_BEFORE_COLON.flat().map((verb) => `(?<![補补])${verb}(?=\\s*[：:])`));
  // 提出 right before the quote puts forward its words (何雄提出“一楼一策…”, 高层会议提出“…”), as LABELS.md has it, and 喊話
  // calls them out (張建一當場喊話“不要道德綁架央行”).
  beforePunctuation.push('(?:提出|喊話|喊话)(?=\\s*[“「『])');
  // Promising in the words quoted right after (郁亮承諾「不會減價」, 公司保证“按时交付”); before anything else 承諾 and 保證 are as
  // often the promise itself (履行承諾, 的保證).
  beforePunctuation.push('(?<![的之])(?:承諾|承诺|保證|保证)(?=\\s*[“「『])');
  // Maintaining, right before the words (金阿波羅主張自身「始終遵循相關法規…」): their claim; before anything else 主張 is the position itself.
  beforePunctuation.push('(?<![的之])(?:主張|主张)(?=[^，,。：:；;“”「」『』□]{0,4}\\s*[“「『])');
  // Criticising or advising someone in words quoted right after them (他撰文批评部分高校“过度收集…”, 他建议投资者“…不要碰”).
  beforePunctuation.push('(?<![的之])(?:批評|批评|建議|建议)(?=[^，,。：:；;“”「」『』□]{1,8}\\s*[“「『])');
  // …and someone named with a title, whose name runs longer (陳茂波批評萬科董事會主席郁亮「不負責任」).
  beforePunctuation.push('(?<![的之])(?:批評|批评)(?=[^，,。：:；;“”「」『』□的]{9,20}\\s*[“「『])');
  // An answer given in a manner, right before its words (魏哲家以肯定回應「你說得對」, 以一句话回答“…”): the answer, not what is answered.
  beforePunctuation.push('(?<=以[^，,。：:；;“”「」『』□]{1,6})(?:回應|回应|回答|答覆|答复)(?=\\s*[“「『])');
  // A reply long enough to be a sentence, right after 回应 (舒肤佳官方回应“添加剂量合规合法，正常使用不影响健康”): the answer; what
  // is answered is named in a few words (美团回应“反垄断罚款”). Quotes are blanked here, so their length is all there is to read.
  beforePunctuation.push('(?:回應|回应)(?=\\s*[“「『]□{15,}[”」』])');
  // Sharing words, right before them (康副總分享，「…」); 分享了一張照片 shares a thing.
  beforePunctuation.push('分享(?=\\s*[：:，,]\\s*[“「『])');
  // Classical 謂 right before its words, as Hong Kong copy writes it (又謂「市場並不悲觀」); 所謂 and 稱謂 are other words.
  beforePunctuation.push('(?<![所何可稱称無无之意])[謂谓](?=\\s*[“「『])');
  // Telling something, named as the verb's object, right before a colon and the words (尼尔森…详细描述了发车当日的情景：“…”,
  // 富力物业在招股书中如是表述其和富力地产的关系，“…”): the words are the telling.
  beforePunctuation.push('(?:描述|描繪|描绘|講述|讲述|敘述|叙述|回顧|回顾|談起|谈起|說起|说起|聊起)了?(?=[^，,。：:；;“”「」『』□]{1,16}\\s*[：:]\\s*[“「『])');
  beforePunctuation.push('(?:分享)了?(?=[^，,。：:；;“”「」『』□]{1,24}(?:經歷|经历|故事|感受|心得|體會|体会|看法)\\s*[：:]\\s*[“「『])');
  beforePunctuation.push('(?:表述)(?=[^，,。：:；;“”「」『』□]{0,16}\\s*[：:，,]\\s*[“「『])');
  // Passing on what one sees, as staff and residents do (工作人员反映，…), only right before the punctuation: with an object
  // between, a figure reflects something (今次調整反映勞工團體多年訴求，).
  beforePunctuation.push('反映(?=\\s*[：:，,])');
  // A feeling right before a colon and the words (居民對此亦感到十分無奈：「…」): how they felt as they said them.
  beforePunctuation.push('(?:感到|覺得|觉得)[\\u4e00-\\u9fff]{1,6}(?=\\s*[：:]\\s*[“「『])');
  // A reaction given in its words (市民王小姐看到新闻后第一反应是“房贷也扣除？…”): what they said or thought, theirs (LABELS.md).
  beforePunctuation.push('(?:的)?(?:第一)?(?:反應|反应)(?:就|都|便)?是(?=\\s*[：:]?\\s*[“「『])');
  // Taking a side, right before a comma or colon and the words (但李小華不同意，「…」, 他則不以為然：「…」): the words are theirs.
  beforePunctuation.push('(?:不同意|同意|反對|反对|不認同|不认同|認同|认同|贊同|赞同|不以為然|不以为然)(?=\\s*[，,：:]\\s*[“「『])');
  // Criticising in the words quoted right after (魏建新更狠批「某些保薦人的行為…」), joking in them (雷軍曾戲言「…」), and agreeing with a
  // saying of a sentence's length (黃明偉同意「有賊就應該去捉，…」): the words are theirs. Agreeing with a few words names a policy, and one
  // who must agree (克里姆林宮必須同意「…」) is asked to, not saying it.
  beforePunctuation.push('(?:痛批|怒批|狠批|猛批)(?=\\s*[“「『])', '(?<![的句])(?:戲言|戏言)(?=\\s*[“「『，,：:])', '(?<![須须要應应得能會会])(?:同意|認同|认同|贊同|赞同)(?=\\s*[“「『]□{10,})');
  // Agreeing with someone's view, then the words it holds (帕克同意羅奇的觀點，即「…」): the words are the one agreeing's.
  beforePunctuation.push('(?<![須须要應应得能會会])(?:同意|認同|认同|贊同|赞同|呼應|呼应)[^，,。：:；;“”「」『』□]{1,16}?的(?:觀點|观点|看法|說法|说法|判斷|判断|意見|意见|分析)(?:\\s*[，,]\\s*即)?(?=\\s*[，,：:]?\\s*[“「『])');
  // A tone between the speaker and the colon is how they said it: 語帶威脅：「…」.
  beforePunctuation.push('(?:語帶|语带)[\\u4e00-\\u9fff]{1,4}(?=\\s*[：:])');
  // A verb before 前 dates a clause (直到宣布前的两周): no one speaks in it.
  return `(?:${[...alternatives, ...beforePunctuation].join('|')})道?(?!(?:之|以)?前(?:的|[，,]|夕))`;
}

/** Every speech verb written alone, to tell a verb from a name that a surname would let it pass for (解讀, 童言). */
const WHOLE_VERBS = new Set(SPEECH_VERBS.flat());

/** Whether a word is a speech verb and nothing more (解讀 after 有專家 is the verb, not a person 解讀). */
export function isSpeechVerb(word: string): boolean {
  return WHOLE_VERBS.has(word);
}

export const VERB_SOURCE = buildVerbSource();
export const SPEECH_VERB = new RegExp(VERB_SOURCE, 'g');
/** A verb of saying anywhere in some words (before a quote, in a sentence's head); not global, so `exec` keeps no state. */
export const ANY_SPEECH_VERB = new RegExp(VERB_SOURCE, 'u');
/** A verb that hands straight over to the quote: 表示：“, 稱，「, 告訴記者：“. */
export const DIRECT_VERB = new RegExp(`${VERB_SOURCE}(?:[^，,。：:！？!?；;]{0,8}[：:，,])?\\s*$`);
export const TRAILING_VERB = new RegExp(`${VERB_SOURCE}\\s*$`);
/** A verb of saying and its comma or colon, right before a clause: what follows is the saying (蔡思聰說，過着退休生活的李福兆…). */
export const HANDS_OVER_BEFORE = new RegExp(`(?:${VERB_SOURCE})\\s*[，,：:]\\s*$`, 'u');
/** 如是 and 如此 before a closing verb (…”有房产中介经理如是说。) say "so": part of the verb, not of the speaker. */
const THUS = '如是|如此';

/**
 * A verb ending the clause after a quote, perhaps with whom it tells (…”一位負責人告訴界面新聞記者，):
 * the addressee is no part of the speaker.
 */
/** Sending the words in a message, after them (…”…总经理徐建平给记者发来短信。): the sender's words, as a verb of saying would hand them. */
const SENT_AS_MESSAGE = '(?:給|给|向)(?:記者|记者|本報|本报|筆者|笔者)(?:發來|发来|發了|发了|傳來|传来|回覆|回复)(?:一條|一条)?(?:短信|簡訊|简讯|微信|訊息|讯息|郵件|邮件|電郵|电邮)';
export const CLOSING_VERB = new RegExp(`(?:(?:${THUS})?${VERB_SOURCE}|(?:告訴|告诉|透露給|透露给)[^，,。！？!?；;：:“”「」]{1,15}|${SENT_AS_MESSAGE})\\s*$`);


/**
 * Verbs of attacking or praising in words (网友…甚至攻击王神爱有“精神疾病”): they name who said the words
 * of the attack (LABELS.md), but do not by themselves hand a quote over as speech (議員攻擊「太平洋島國論壇」
 * attacks a body by name): the quote's kind is decided on its own. An attack suffered or a noun (受攻擊, 駭客攻擊更難辨, 攻擊方式) is no one's words.
 */
export const ATTACK_VERB = /(?<![受遭被級级的])(?:攻擊|攻击)(?![更難难的次事方手行目力者性、，,。；;])|抨擊|抨击|指責|指责|嘲諷|嘲讽|辱罵|辱骂|誇獎|夸奖|稱讚|称赞|誇讚|夸赞|(?:肯定|讚揚|赞扬|讚賞|赞赏|盛讚|盛赞|表揚|表扬)(?=\s*[：:]?\s*[「“『])/g;

/** Verbs of urging or warning someone (呼籲各方, 提醒投資人, 敦促美方): what follows whom they urge is what was said. */
export const URGING_VERBS = '呼籲|呼吁|籲請|吁请|提醒|警告|告誡|告诫|勸告|劝告|敦促|促請|促请';

/**
 * Netizens finding something out or stirred to talk (就有網友發現，其實這飲品可以自己做。「…」、「…」, 引發網友討論，「…」): how online copy
 * brings in the comments it then quotes. Only after the netizens' word: 記者發現 is the reporter's own finding.
 */
export const NETIZENS_FIND = /(?<=網友|网友|網民|网民)(?:也|更|則|则|還|还|紛紛|纷纷|一片)?(?:發現|发现|討論|讨论|熱議|热议|議論|议论|騷動|骚动)/g;

/** Whether the lead-in ends with a speech verb that hands over to the quote (表示：“, 称，“). */
export function endsWithSpeechVerb(leadIn: string): boolean {
  return DIRECT_VERB.test(leadIn);
}

/**
 * The frame of a reason or account given as someone's, right before the quote (给的唯一说法是, 给出的理由统一为, 的解釋是：):
 * LABELS.md has the quote as the giver's speech.
 */
export const ACCOUNT_FRAME = '的(?:唯一|一致)?(?:說法|说法|理由|解釋|解释|回應|回应|答覆|答复|口徑|口径|原因)(?:都|也|則|则|就|只|統一|统一|均|一律)?(?:是|為|为)[：:]?';
