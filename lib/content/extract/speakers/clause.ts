import { isUnnamedSource } from './anonymous';
import { findNameAtHead, findRoleAndNameAtHead, isBodyName, isNameShaped, NAME_DOT, NAMING_MANNER, isPersonalName, isSpelledForeignName, splitSpeakerRole, ENDS_WITH_TITLE, SURNAME_AND_HONORIFIC, PSEUDONYM_GLOSS, SURNAMES, TRANSLITERATING, type NamedSpeaker } from './name-shape';
import { isBareSurname } from './name-forms';
import { isKnownBody } from './known-bodies';
import { VERB_SOURCE } from './speech-verbs';
import { measureLength, unquoteTradeWords } from './text-scan';

/**
 * The speaker's noun phrase within its clause: what stands before the speech verb, trimmed of the
 * connectives, times, settings, addressees and manner words around it, or refused when what is left
 * is a fragment of a clause rather than a name.
 */

/** 有 of "there is", never the first character of a name that opens with it (有關, 有讚, 有道, 有利, 有線 of 有線電視 and its staff). */
const THERE_IS_SOURCE = '有(?![關关讚赞道利線线])';

/**
 * Connectives and time words that open a clause but are not part of who spoke (但, 據, 此外, 近日),
 * and the outlet that quotes the speaker (路透引述知情人士, 彭博援引消息人士: the words are the source's).
 */
export const LEADING_NOISE = new RegExp(
  // Maybe (或許有人認為, 也許有人會說): how sure the writer is, not who speaks.
  '^(?:(?:或許|或许|也許|也许|或者|恐怕|大概)(?=[\\u4e00-\\u9fff]{2})|的(?!士)|(?:比如|例如|譬如|如(?![今果何此同若]))(?=[^，,。]{2})|' +
    // It was X who (卻是小羽說, 反而是店員說): X speaks.
    '(?:卻|却|竟然|竟|反而|反倒|倒)是(?=[\\u4e00-\\u9fffA-Za-z]{2})|' +
    // Even X, as what it came to (搞到連Guesthouse老闆都忍不住問, 甚至連店員都說): X speaks; 連 alone may be a surname (連戰).
    '(?:搞到|弄到|搞得|弄得|甚至|導致|导致|以致|以至於|以至于|以至)[連连](?=[^，,。]{2})|' +
    // A day before the pronoun (昨他透露, 今她表示): when, not who.
    '[昨今](?=[他她](?![們们])$)|' +
    // A region before an unnamed source's trade (一位华东营销总, 华南基金经理): where they work, not who they are; 西南证券 is a name.
    '(?:華東|华东|華南|华南|華北|华北|華中|华中|西南|西北|東北|东北)(?:地區|地区)?(?=[^，,。證证]{0,6}(?:總|总|經理|经理|人士|分析師|分析师|負責人|负责人|高管|從業者|从业者)$)|' +
    '(?:現年|现年)?(?:\\d{1,3}|[一二三四五六七八九十]{1,3})[歲岁](?=[^的，,。]{2})|以及|甚至|不僅|不仅|不只|不但|乃至|特別是|特别是|尤其是|以至於|以至于|以致|就連|就连|以此|藉此|借此|但是|但|惟(?:獨|独|有)?(?=[\\u4e00-\\u9fff]{2}|[他她](?![們们]))|而且|而|不過|不过|然而|(?:雖然|虽然|儘管|尽管|故)(?=[他她](?![們们]))|另外|此外|同時|同时|對此|对此|其中|因此|所以|並且|并且|並|并|也|還|还|更(?!多)|亦|' +
    // A cause opening the clause (由于该文件明确提出…, 因為他表示…): why, not who.
    '由於|由于|因為|因为|因(?![此而素])(?=[\\u4e00-\\u9fffA-Za-z]{2})|' +
    // The agent of a report (由摩根香港證實, 由公司發言人回應): who confirmed it.
    '由(?=[\\u4e00-\\u9fffA-Za-z]{2,14}$)|' +
    // Surprise at what follows (没想到姜冉馨说, 誰知他說): the narrator's, not part of who speaks.
    // So is no wonder (難怪彭啤說).
    '沒想到|没想到|想不到|不料|誰知|谁知|孰料|豈料|岂料|難怪|难怪|怪不得|' +
    '則|则|正如|就像|如同|根據|根据|據|据|近日|近期|' +
    // A horizon opening the clause with no one after it (短期相信股價會有支持): over what time, not who; 長遠煙草政策關注組 is a name.
    '(?:短期(?:內|内)?|中長期|中长期|長期|长期|長遠|长远|短線|短线|中線|中线|長線|长线)(?=$|[，,、\\s他她])|最近|近來|近来|日前|此前|早前|前不久|不久前|稍早|早些時候|早些时候|昨日|昨天|今日|今天|目前|當時|当时|彼時|彼时|其時|其时|那時|那时|屆時|届时|此時|此时|這時|这时|隨後|随后|後來|后来|之後|之后|其後|其后|此後|此后|' +
    // A meeting's or match's aftermath or floor opening the clause (會後邱于芸也強調, 会上王强表示): when and where, not who.
    '會後|会后|會上|会上|席間|席间|事後|事后|賽後|赛后|' +
    // What the narrator saw or heard someone do (只見邦邦舉手說): the one seen speaks.
    '只見|只见|但見|但见|只聽見|只听见|只聽|只听|' +
    // The next day of a story told: 第二天大领导问我.
    '第二天|第二日|次日|翌日|隔天|隔日|當晚|当晚|當天|当天|當日|当日|同日|' +
    // Looking across what a crowd said (縱觀網民討論，…): the crowd speaks, the survey is the writer's.
    '(?:縱觀|纵观|綜觀|综观)(?=[\\u4e00-\\u9fff]{2})|' +
    // Where in a piece of writing (文末他感性寫道, 文中指出): where the words stand, not who wrote them.
    '(?:文末|文中|信末|信中|文章最後|文章最后)(?=[\\u4e00-\\u9fff]{1,})|' +
    // What a clip or a photo shows (片段中收費員表示): where the words were heard, not who said them.
    '(?:片段|影片|視頻|视频|畫面|画面|錄音|录音|錄像|录像|短片|照片|圖片|图片)(?:中|裡|里|內|内)(?=[\\u4e00-\\u9fff]{2})|' +
    // Where the account stands in its telling (最后王健林直截了当地说, 接着她补充): a connective, not who speaks; 最后一位 counts,
    // as one of several the text goes through (一個政府…，最後一個政府則說: 政府).
    '(?:最後|最后|最終|最终|首先|接著|接着)(?![一兩两幾几的是個个位名])(?=[\\u4e00-\\u9fffA-Za-z]{2})|(?:最後|最后)(?=一[個个位名家間间])|' +
    // A month, quarter or year counted from now opening the clause (去年公司领导开会的时候, 上个月该行): when, not who.
    '(?:[去今前]年|上[個个]?月|本月|上[周週]|本[周週])(?:[初中底末])?(?=[\\u4e00-\\u9fff]{2})|' +
    // What drew the talk (文章引來網友熱議): the ones drawn speak, not what drew them.
    '[^，,。：:「」“”]{0,12}?(?:引來|引来|引發|引发|引起)(?=[\\u4e00-\\u9fffA-Za-z]{2})|' +
    '另(?=有|據|据)|(?:仍然|仍|依然|就|又|當中|当中)(?=有)|' +
    // Whom something made feel a way (讓不少股東相當憤怒：): they are the ones who then speak.
    '(?:讓|让)(?=[\\u4e00-\\u9fff]{2})|' +
    // Some, most, a few of them, or more (有些業內人士, 大部分網友, 個別居民, 更多網友): how many, not who.
    '(?:有些|有的|個別|个别|大部分|大部份|部分|部份|絕大多數|绝大多数|絕大部分|绝大部分|大多數|大多数|多數|多数|少數|少数|更多|另一些|另外一些|其餘|其余)(?=[^，,。]{2})|' +
    // A head count, exact or rough (至少兩名網友, 超過10名員工, 逾百名居民, 數以百計的市民): how many, not who.
    '(?:至少|最少|超過|超过|逾|近|約|约|大約|大约|多達|多达|高達|高达|上)?(?:\\d+|[一二兩两三四五六七八九十百千萬万數数幾几]+)多?[名位](?=[^，,。]{2})|' +
    '(?:數以|数以)[百千萬万](?:計|计)的|成千上(?:萬|万)的?|' +
    // An address on the street before those who work there (同一街道一百六十一號的大型家具零售商發言人): where, not who.
    '(?:同一(?:街道|條街|条街|商場|商场|大廈|大厦))?[0-9０-９一二三四五六七八九十百千零〇]+[號号](?:舖|铺)?的(?=[\\u4e00-\\u9fff]{2})|' +
    // Under a post (底下網友, 留言區網友): where the replies are, not who wrote them.
    '(?:底下|下方|文下|帖下|留言區|留言区|評論區|评论区)(?=網友|网友|網民|网民|讀者|读者)|' +
    // Online or on the spot, before a crowd counted (網上有網友, 現場不少股民): where they were, not who they are.
    '(?:網上|网上|網絡上|网络上|網路上|現場|现场|在場|在场|在座)(?=有|不少|許多|许多|很多|多名|多位|部分|部份|大批|眾多|众多|一些|一名|一位)|' +
    // There are some who were interviewed (有受訪的民眾): the 有 before 受訪的, which goes next.
    '有(?=受訪的|受访的|接受採訪的|接受采访的)|' +
    // There are many (仍有許多網友, 也有不少業主): the count goes after, then the crowd.
    '有(?=(?:許多|许多|不少|很多|大批|大量|眾多|众多|一些|部分|部份)[\\u4e00-\\u9fff]{2})|' +
    // 有 as "there is" before a source (有網友, 有分析人士, 有媒體): not the 有 of a name (有讚, 有道, 有利).
    '有(?=散戶|散户|房仲|網友|网友|網民|网民|百姓|民眾|民众|群眾|群众|[\\u4e00-\\u9fff]{1,4}百姓|分析|業內|业内|業界|业界|市場|市场|投資|投资|股民|消息|知情|媒體|媒体|外媒|專家|专家|學者|学者|機構|机构|從業|从业|券商|基金|銀行|银行|律師|律师|消費者|消费者|用戶|用户|員工|员工|居民|市民|家長|家长|讀者|读者|評論|评论|研究|報導|报道|傳聞|传闻|說法|说法|觀點|观点|聲音|声音|人(?![士民])|[一多數数幾几兩两]|不少|部分|部份|許多|许多|大量)(?=.{2})|' + THERE_IS_SOURCE + '(?=[^，,。]{1,14}(?:人士|者|商|家|人|[員员師师]|經理|经理|代理|經紀|经纪|高管|房仲|顧問|顾问|主管|街坊|業主|业主|租客|住戶|住户|店主|司機|司机|乘客|市民|居民)$)|' +
    // …and before those named by their post, calling or part (有資深警官, 有同學, 有選委, 有房产自媒体, 有專科醫生).
    THERE_IS_SOURCE + '(?=[^，,。]{0,12}(?:警官|醫生|医生|同學|同学|學生|学生|選委|选委|官員|官员|教授|學者|学者|委員|委员|代表|自媒體|自媒体|博主|球迷|粉絲|粉丝|車主|车主|家屬|家属|專家|专家|律師|律师)$)|' +
    // 有 before an unnamed firm or body described by its trade (有清潔公司, 有物管公司), not a name opening with 有 (有讚公司).
    THERE_IS_SOURCE + '(?=[^，,。]{1,8}(?:公司|企業|企业|機構|机构|團體|团体|組織|组织)$)|' +
    // 有 before those who are not named but described by their part in a story (有家屬, 有乘客, 有司機).
    '有(?=(?:家屬|家属|乘客|司機|司机|旅客|遊客|游客|學生|学生|家長|家长|村民|街坊|店主|商戶|商户|病人|患者|住客|業主|业主|租客|租户|工友)$)|' +
    // So is 有 before travellers and customers of any kind, perhaps passing by (有背包客, 有路過外國遊客): 背包客, 外國遊客.
    '有(?:路過|路过|在場|在场)?(?=[\\u4e00-\\u9fff]{0,4}(?:客|旅人)$)|' +
    // Another of the same (另一位有讚員工): the count is not who they are.
    '另(?:外)?(?=[一兩两][位名家個个])|\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?|\\d{1,2}月\\d{1,2}日|' +
    '[^，,。]{0,12}?(?:引述|援引)(?!數據|数据|資料|资料|報告|报告|調查|调查|研究|統計|统计)|(?:《[^《》，,。]{1,16}》)?(?:記者|记者|本報|本报|本刊|本台|本網|本网|媒體|媒体)(?:[^，,。從从「」“”]{1,6}?)?(?:從|从)|' +
    // Then, before the reporter (後記者稱): when, not who.
    '(?:[後后]|其後|其后|之後|之后)(?=記者|记者)|' +
    // Others of a kind (有其他管理层, 其他分析師): 其他 is not who they are.
    '有?其他(?=[^，,。]{2})|' +
    // One unnamed source is named by what they are: 一位業內人士 is 業內人士, 一家公司從業者 公司從業者 (LABELS.md).
    // A dateline or byline opening the paragraph: （中央社記者王嘉語台北3日電）, 【記者王小明／台北報導】.
    '[（(【〔\\[][^）)】〕\\]]{2,40}[）)】〕\\]]|' +
    // The tail of a bracketed update line split at its time's colon: 【20:31更新】.
    '[^，,。【】（）()]{1,12}】|' +
    // A wire's dateline: 路透北京9月21日 - .
    '[^，,。]{0,12}?\\d{1,2}月\\d{1,2}日\\s*[-－—–]+|' +
    '(?:一位|一名|一家(?![長长屬属人庭])|一間|一间|一個|一个|有位)(?=[^，,。]{2})|' +
    // Once, on one occasion (有次更指…): when, not who.
    '(?:有一次|有次|某次)(?=[^，,。]{0,6}$)|' +
    // Being the one interviewed (受访的沪上银行人士): how the report met them, not who they are.
    '(?:受訪|受访|接受採訪|接受采访)的(?=[^，,。]{2})|' +
    // So are many: 多位業內人士 and 不少網友 are 業內人士 and 網友.
    // Many places are no place one names (多地官员, 各地业主): the people of them.
    '(?:若干|多位|多名|數位|数位|數名|数名|幾位|几位|兩位|两位|多家|部分|部份|不少|許多|许多|一些|有些|有的|眾多|众多|大批|很多|大量|多地(?![區区方])|各地(?![區区方]))(?=[^，,。]{2}))\\s*',
);

/** Meeting someone, 會見, but never 會 closing a body's name before 見 (證監會見記者時 is 證監會, not 證監 meeting). */
const MEETING = '(?<![監监委協协商工議议教學学總总公])(?:會見|会见)';

/** Verbs naming the act of speech, glued before 說 (他斥責說, 王明抱怨說, 車商調侃說): how they spoke, not who they are. */
export const SPEECH_ACT_MANNER = [
  '斥責', '斥责', '指責', '指责', '譴責', '谴责', '怒斥', '痛斥', '抨擊', '抨击', '批評', '批评', '嘲諷', '嘲讽', '諷刺', '讽刺', '稱讚', '称赞',
  '讚揚', '赞扬', '埋怨', '抱怨', '安慰', '鼓勵', '鼓励', '勸告', '劝告', '調侃', '调侃', '打趣', '揶揄', '挖苦', '取笑',
  // Changing one's tune (受訪時否認跳票，改口稱是「…」): the one who said otherwise before.
  '改口', '反口',
  // Apologising as they speak (上海地铁官方微博道歉称, 董事长鞠躬致歉): the act, not who apologises.
  '道歉', '致歉', '鞠躬致歉', '致謝', '致谢',
].join('|');

/**
 * Feelings a feature writes straight after the one who speaks (阿芳心疼說, 老陳感慨表示, 她無奈道): the class of
 * words for grief, pity, resignation, emotion and joy, two characters each.
 */
export const FEELING = [
  '心疼', '心痛', '痛心', '心酸', '辛酸', '感慨', '感嘆', '感叹', '慨嘆', '慨叹', '哽咽', '嗚咽', '呜咽', '無奈', '无奈', '激動', '激动', '苦笑', '難過', '难过',
  '傷心', '伤心', '不捨', '不舍', '欣慰', '高興', '高兴', '開心', '开心', '氣憤', '气愤', '憤怒', '愤怒', '憤慨', '愤慨', '擔憂', '担忧', '擔心', '担心',
  '感性', '哭訴', '哭诉', '含淚', '含泪', '流淚', '流泪', '落淚', '落泪', '嘆氣', '叹气', '感動', '感动', '自豪', '驕傲', '骄傲', '委屈', '沮喪', '沮丧', '懊悔', '後悔', '后悔',
  // Excitement, surprise, disappointment and worry (運輸迷曾凱雯興奮說).
  '興奮', '兴奋', '欣喜', '慶幸', '庆幸', '驚訝', '惊讶', '失望', '遺憾', '遗憾', '惋惜', '緊張', '紧张', '焦急', '著急', '着急', '無助', '无助',
  // Worry, discontent and composure (民眾張小姐則憂心說, 她淡然說).
  '憂心', '忧心', '憂慮', '忧虑', '焦慮', '焦虑', '不滿', '不满', '感傷', '感伤', '惆悵', '惆怅', '淡然', '坦然', '欣然', '黯然',
  // Venting as they speak (但發晦氣說), and care taken (阿華細心介紹): how, not who.
  '發晦氣', '发晦气', '發牢騷', '发牢骚', '憤言', '愤言', '細心', '细心', '耐心', '仔細', '仔细',
  // How much noise they made of it (黃寶泉高調在微信朋友圈發貼稱, 陈某低调说).
  '高調', '高调', '低調', '低调',
].join('|');

/** A gesture made as one speaks, perhaps of one's own accord (邦邦主動舉手說, 他搖頭說): what they did, not who they are. */
const GESTURE = '(?:主動|主动)?(?:搖搖頭|摇摇头|點點頭|点点头|擺擺手|摆摆手|揮揮手|挥挥手|攤攤手|摊摊手|聳聳肩|耸耸肩|舉手|举手|點頭|点头|搖頭|摇头|擺手|摆手|揮手|挥手|攤手|摊手|聳肩|耸肩|皺眉|皱眉|低頭|低头|抬頭|抬头|回頭|回头|轉身|转身|鞠躬)';

/** Adverbs, settings and manner words between the speaker and the verb (分析認為, 在發布會上說, 對記者表示). */
export const TRAILING_NOISE = new RegExp(
  '(?<=[\\u4e00-\\u9fff]{2})(?:卻|却)|(?<=[\\u4e00-\\u9fff])(?:並|并)(?=[也亦又再還还]?$)|(?:分析|也|還|还|則|则|亦|更|曾|曾經|曾经|仍然|仍|依然|一再|一直|一度|屢次|屡次|始終|始终|總是|总是|經常|经常|常常|時常|时常|不斷|不断|反覆|反复|屢屢|屡屡|已經|已经|(?<=[\\u4e00-\\u9fff]{2})已|(?:(?<=[\\u4e00-\\u9fff]{2})|(?<=^[他她佢])|(?<=[A-Za-z]\\s?))[今昨]|均|皆|都|普遍|一致|進一步|进一步|公開|公开|同樣|同样|再次|多次|直接|' +
    '明確|明确|私下|近日|日前|此前|早前|數次|数次|幾次|几次|數度|数度|幾度|几度|多番|隨後|随后|稍後|稍后|其後|其后|隨即|随即|當時|当时|昨日|昨天|今日|今天|特別|特别|特意|專門|专门|尤其|事前|事先|' +
    // Over the phone, and thus (在电话中如是告诉记者): how the words came, not who said them.
    '(?<=[\\u4e00-\\u9fff]{2})在?(?:電話|电话)(?:中|裡|里|上)|(?<=[\\u4e00-\\u9fff]{2})如是|' +
    // The matter taken up (业内人士针对此事表示, 王建國針對房價問題指出): what they spoke on, not who they are.
    '(?<=[\\u4e00-\\u9fff]{2})(?:針對|针对)[^，,。：:；;針针「」“”]{1,12}|' +
    '早已|早就|就此|對此|对此|繼而|继而|這樣|这样|這麼|这么|如此|繼續|继续|持續|持续|(?<=[\\u4e00-\\u9fff])先|(?<=^[他她])直|(?<=[\\u4e00-\\u9fff]{3})(?:直|坦)|甚至|笑|苦笑|又|(?<=[\\u4e00-\\u9fff]{2})再|續|续|同時|同时|正?在|只有|僅有|仅有|突然|忽然|立刻|立即|立馬|立马|馬上|马上|公然|當眾|当众|(?:更|也|則|则|還|还)是|最後|最后|最終|最终|首先|其次|接著|接着|然後|然后|竟然|竟|居然|果然|' +
    // Insisting as they ask or say (周堅持發問, 她坚持表示): how, not who; after a surname alone too.
    '(?<=[\\u4e00-\\u9fff])(?:堅持|坚持)$|' +
    // Helping out by explaining (一名店員幫忙解釋了): how they came to speak, not who they are.
    '(?<=[\\u4e00-\\u9fff]{2})(?:幫忙|帮忙)$|' +
    // Judging or recalling before the verb of saying (史晋川评价说, 他回忆说): the act, not part of who speaks.
    '(?<=[\\u4e00-\\u9fff]{2})(?:評價|评价|評論|评论|回憶|回忆|感慨|感嘆|感叹)$|' +
    // Doing one thing while saying another (刘超一边说着，一边展示…): 一边 is how, not who.
    '(?<=[\\u4e00-\\u9fff]{2})(?:一邊|一边)$|' +
    // …and doing one thing while saying, both named (一邊執貨一邊話): how, not who.
    '(?<=[\\u4e00-\\u9fff]{2})(?:一邊|一边)[^，,。一]{1,8}(?:一邊|一边)$|' +
    // Cantonese manner with 咁 for 地 (陳生無奈咁講, 李太好激動咁話): how, not who.
    '(?<=[\\u4e00-\\u9fff]{2})(?![他她佢])(?:好|幾|几|非常|有啲)?[\\u4e00-\\u9fff]{2}咁$|' +
    // Somewhat, before a verb of feeling said aloud (“…”陈唐有些感慨。): how much, not who.
    '(?<=[\\u4e00-\\u9fff]{2})(?:有些|有點|有点)$|' +
    // How a crowd or a source said it, as an adverb with 地 or Taiwan's 的 (不少網友半嘲諷的表示): how, not who.
    '(?<=網友|网友|網民|网民|人士|民眾|民众|市民|居民|股民|業者|业者)[\\u4e00-\\u9fff]{1,3}[地的]$|' +
    // 反 or 反而 as "instead", right before the verb (街坊反指, 鄭躬洪反而認為): how the words answer, not who says them.
    '(?<=[\\u4e00-\\u9fff]{2})(?:反而|反倒|反)$|' +
    // A programme or paper the speaker appeared in (在港台《千禧年代》, 在《人民日报》上): where, not who.
    '(?<=[\\u4e00-\\u9fff]{2})在[^，,。在《》對对向跟和與与]{0,8}?《[^《》]{1,30}》(?:上|中|裡|里|內|内)?|' +
    // A light verb before a noun of saying (作出明确回应, 给出了解释): the act is the verb, its subject the speaker.
    '(?<=[\\u4e00-\\u9fff]{2})(?:作出|做出|給出|给出)了?|' +
    // Someone's account speaking for them: 一位賣酒商人的說法則坦言.
    // Or their words, relayed (媒体援引雅诗兰黛内部人士的话表示): theirs.
    '的(?:說法|说法|看法|觀點|观点|回應|回应|解釋|解释)|(?<=[\\u4e00-\\u9fff]{2})的(?:話|话)(?=$)|' +
    // Attending an event named in quotes, right before the verb: 出席「2026台灣經濟論壇」指出.
    '(?:出席|參加|参加|參與|参与)[^，,。]{0,12}?[「“『][^」”』]*[」”』]|' +
    // Times and limits: 近期剛剛宣布, 會前表示, 華為僅稱, 特朗普當場表示; not 剛 right after a surname, where it is the given name (張剛表示).
    '近期|最近|近來|近来|前一[日天]|翌日|次日|隔日|隔天|當日|当日|同日|當場|当场|週末|周末|剛剛|刚刚|' + `(?<![${SURNAMES}])(?:剛|刚)|` + '僅|仅|只是|只|(?<=[\\u4e00-\\u9fff]{2})(?:便|即|獨家|独家)|(?<=人士|經理|经理|分析師|分析师|專家|专家|官員|官员|負責人|负责人|發言人|发言人|主席|總裁|总裁|行長|行长|網友|网友|網民|网民|市民|居民|業主|业主|股民|用戶|用户|讀者|读者)就|' +
    // 就 as "then" or "as it happens" after a name or a pronoun (比利時總理德克魯就表示, 他就說): when, not who; 就 as a given name is rare.
    // Not after a time (丈夫酒後就大聲辱罵) or 自己 (佢自己就相信): a clause of when, or an emphatic self, heads no speaker phrase.
    '(?<=[\\u4e00-\\u9fff]{2}|^[他她])(?<![後后時时前己])就|會前|会前|會中|会中|賽後|赛后|' +
    // An aspect or restraint before the verb: 笑著說, 接着说, 忍不住感嘆.
    // Not from the last character of a name when a one-character verb takes the 著 (劉揚偉接著說 is 劉揚偉, not 劉揚).
    '(?<=[\\u4e00-\\u9fff]{2})(?![\\u4e00-\\u9fff]{1,2}(?:接|笑|看|指|拿|帶|带|跟|隨|随|忍|陪|望|搖|摇|等|說|说)[著着]\\s*$)[\\u4e00-\\u9fff]{1,3}[著着]|忍不住|不禁|不由得|' +
    // Joking as they speak (開玩笑說, 半開玩笑地說, 打趣說): the whole joke is how, not who; 笑 alone would leave 開玩 on the name.
    '(?:半)?(?:開玩笑|开玩笑)(?:地|的)?|(?<=[\\u4e00-\\u9fff]{2})打趣(?:地|的)?|' +
    // A feeling the speaker could not hide (難掩激動地說, 难掩兴奋): how they spoke, not who they are.
    '(?:難掩|难掩|掩不住|藏不住)[\\u4e00-\\u9fff]{2}(?:地|的)?|' +
    // Figures the speaker cites (引述數據指): what they cite, not who they are.
    '(?:引述|援引|引用)(?:數據|数据|資料|资料|報告|报告|調查|调查|研究|統計|统计)[^，,。]{0,8}|(?:苦|微|冷|大|陪|傻)笑[著着]|' +
    // Manner written with 的 for 地, as features often do, right before the verb (劳动局工作人员诧异的问我):
    // two characters of manner after a name of two or more.
    '(?<=[\\u4e00-\\u9fff]{2})(?:詫異|诧异|驚訝|惊讶|好奇|疑惑|無奈|无奈|認真|认真|淡定|平靜|平静|激動|激动|生氣|生气|得意|委屈|小聲|小声|大聲|大声|輕聲|轻声|冷冷|笑眯眯|笑嘻嘻|笑呵呵)的|' +
    // Manner: 語重心長地, 無奈地, 紛紛 (股民紛紛表示); not 內地, 當地, 各地, which are places.
    // Two characters of manner, or a four-character idiom: a longer run would cut into a name (宋師傅無奈地說 is 宋師傅).
    // Three or four characters only after three or more (此時的李澤鉅從容不迫地回應, 李澤鉅從容不迫地).
    // Three only as a doubled manner word (笑嘻嘻地, 慢吞吞地): any other three would take the name's last character (48歲的阿月|煩惱地).
    // 當地 and 当地 are places, but not the end of 直截了當 (王健林直截了当地说).
    // Not a run that opens with a familiar name (四年级学生小仁|神秘地): 小, 阿 and 老 open names, not manner; nor with an
    // honorific (老闆黃先生|平靜地), which ends the name before it.
    '(?<=[\\u4e00-\\u9fff]{3})(?![他她小阿老]|先生|小姐|女士|太太|(?<=先)生|(?<=小)姐|(?<=女)士|(?<=太)太|[\\u4e00-\\u9fff](?:開玩笑|开玩笑)地)(?:[\\u4e00-\\u9fff]{4}|[\\u4e00-\\u9fff]([\\u4e00-\\u9fff])\\1)(?<![內内本各兩两外基產产陸陆大土])(?<!(?<!了)[當当])地的?|' +
    // Four characters of manner after a two-character familiar form (橋叔語重深長地說, 阿明若有所思地): the form is the whole
    // name, so the run cannot take a character of it, idiom or not (real copy misspells them).
    '(?<=^(?:阿|老|小)[\\u4e00-\\u9fff]|^[\\u4e00-\\u9fff](?:叔|伯|姐|嫂|哥|姨|婆|嬸|婶|嬤|嬷))[\\u4e00-\\u9fff]{4}(?<![內内當当本各兩两外基產产陸陆大土])地的?|' +
    // A doubled manner word right after a two-character name (马云乐呵呵地回答): 乐呵呵, not 马云乐.
    '(?<=^[\\u4e00-\\u9fff]{2})[\\u4e00-\\u9fff]([\\u4e00-\\u9fff])\\2地的?|' +
    '(?<=[\\u4e00-\\u9fff]{2})(?![他她])(?:很|非常|十分|頗|颇|有些|有點|有点|略顯|略显|略|極為|极为|相當|相当)?(?:[\\u4e00-\\u9fff]{2}|語重心長|语重心长|意味深長|意味深长|斬釘截鐵|斩钉截铁|不假思索|毫不諱言|毫不讳言|一針見血|一针见血|開門見山|开门见山|輕描淡寫|轻描淡写|若有所思|不無感慨|不无感慨|半開玩笑|半开玩笑|開玩笑|开玩笑|聲淚俱下|声泪俱下|理直氣壯|理直气壮|振振有詞|振振有词|憤憤不平|愤愤不平|忿忿不平|無可奈何|无可奈何|心有餘悸|心有余悸|痛心疾首|泣不成聲|泣不成声)(?<![內内當当本各兩两外基產产陸陆大土])地的?|紛紛|纷纷|' +
    // Where the speaker was, with how they held themselves there (阿明伯蹲在田邊說, 她坐在病床上說): a posture
    // verb and its place, never part of who they are. Only after two characters, so a one-character name survives.
    '(?<=[\\u4e00-\\u9fff]{2})(?:蹲|坐|站|躺|跪|趴|倚|靠)在[^，,。在]{1,10}|' +
    // A feeling glued after the name, no 地 between (阿芳心疼說, 老陳感慨道, 王伯哽咽表示): how they felt, not who they are.
    // Only after two characters or more, so a given name that is such a word (李開心) stays whole.
    // So is its degree (不少股東相當憤怒：): 相當 is how much, not the end of who.
    `(?:(?<=[\\u4e00-\\u9fff]{2})|(?<=^[他她]))(?:很|非常|十分|相當|相当|頗為|颇为|頗|颇|極為|极为|極其|极其|有些|有點|有点|更加|更是|格外)?(?:${FEELING})|` +
    `(?<=[\\u4e00-\\u9fff]{2})${GESTURE}|` +
    // Daring, right before a forecast (馬雲大膽預測): how, not who.
    '(?<=[\\u4e00-\\u9fff]{2})(?:大膽|大胆)|' +
    // …and after a surname alone, as Hong Kong copy names someone again (黃搖頭稱): 黃, then how.
    `(?<=^[${SURNAMES}])${GESTURE}|` +
    // Learning something just before speaking (市民王小姐看到新闻后, 他得知消息時): when, not who.
    '(?<=[\\u4e00-\\u9fff]{2})(?:看到|看見|看见|見到|见到|聽到|听到|聽說|听说|聽聞|听闻|得知|獲悉|获悉|讀到|读到|看完|聽完|听完|算完)[^，,。：:]{0,10}?(?:之後|之后|後|后|時|时)$|' +
    // How the words sounded, as a phrase of its own (語帶不忍, 語帶保留, 语气坚定, 語調平靜): a speech manner, LABELS.md's 語帶威脅.
    '(?:語帶|语带|語氣|语气|語調|语调|口吻)[\\u4e00-\\u9fff]{1,4}?|' +
    // How they looked as they spoke (神情凝重, 面帶微笑, 一臉無奈, 眼泛淚光): the face, like the voice, is no one's name.
    '(?:神情|神色|表情|面色|臉色|脸色|面容|面帶|面带|面露|滿臉|满脸|一臉|一脸|眼泛|眼含|眼眶)[\\u4e00-\\u9fff]{1,4}?|' +
    // How quickly or how loud, with no 地, and the contrast of 倒是 (秋秋倒是迅速回复, 他低聲說, 老闆隨口答): how they
    // spoke, not who they are. Only after two characters, so a given name such as 陳大聲 stays whole.
    // Degree, haste, presence, one's own accord, a first time (吴子枫非常坦白, 长城资产有关负责人紧急回应, 他當即表示, 市長親自說明,
    // 她首度坦承): how they spoke, glued before the verb like the rest.
    '(?<=[\\u4e00-\\u9fff]{2})(?:非常|十分|緊急|紧急|當即|当即|首次|首度|親自|亲自|主動|主动|出面|坦白|淡定|冷靜|冷静|平靜|平静|冷冷|先前|之前)|' +
    '(?<=[\\u4e00-\\u9fff]{2})(?:倒是|低調|低调|迅速|很快|隨口|随口|淡淡|輕輕|轻轻|默默|緩緩|缓缓|慢慢|低聲|低声|小聲|小声|大聲|大声|輕聲|轻声|高聲|高声|連聲|连声)|' +
    // A verb naming the speech act, glued before 說 (他斥責說, 她批評说, 王明抱怨說): how they spoke, not who they are.
    `(?<=[\\u4e00-\\u9fff])(?:${SPEECH_ACT_MANNER})|` +
    // Drawing an analogy or giving an example as they speak (程晓农打比方说, 他舉例說): how they spoke, not who they are.
    '(?<=[\\u4e00-\\u9fff])(?:打了?(?:一?個|一?个)?比方|打了?(?:一?個|一?个)?比喻|作比喻|舉例|举例|舉了?(?:一?個|一?个)例子|举了?(?:一?个)例子)|' +
    // Looking at or holding someone while speaking (葉秀妹看著王盛政說, 李明緊握著記者的手說): whom they face, not who speaks.
    '(?<=[\\u4e00-\\u9fff]{2})(?:緊|紧|輕|轻|默默|靜靜|静静|呆呆|直直|深情)?(?:看|望|抱|拉|摸|牽|牵|握|盯|指)[著着][^，,。著着]{1,8}|' +
    // Kindly or on purpose, before the verb: 同事还好心提醒, 他特意叮嘱, 主管连忙补充.
    '(?<=[\\u4e00-\\u9fff]{2})(?:好心|特意|特地|專門|专门|連忙|连忙|趕緊|赶紧|急忙)|' +
    // Reacting to what they saw before speaking: 許多日本網友看完紛紛留言.
    '(?<=[\\u4e00-\\u9fff]{2})(?:看完|看到|看過|看过|讀完|读完|聽完|听完)|' +
    // Through whom or what: 透過發言人, 通过微博; the statement a body issues (發表聲明, 在聲明中).
    '(?:透過|透过|通過|通过|藉由|借助)[^，,。]{1,16}|(?:發表|发表|發布|发布|發佈|發出|发出|發(?!言人)|发(?!言人))了?\\s*(?:(?:一份|一篇|一則|一则)?[^，,。\\s]{0,10}?)\\s*(?:聲明|声明|公告|通告|文章|社論|社论|報告|报告|新聞稿|新闻稿|研報|研报|文告)|' +
    // The document the speaker said it in, named by its kind: 在聲明說, 在法案說明稱, 在公開信寫道.
    '在(?:其|該|该|這份|这份|一份|一封)?[^，,。在]{0,4}?(?:聲明|声明|說明|说明|公開信|公开信|新聞稿|新闻稿|文告|網誌|网志|帖文)(?:中|裡|里|內|内)?|' +
    '(?:致詞|致词|致辭|致辞|演講|演讲|發言|发言|開幕|开幕|閉幕|闭幕)[時时]?|' +
    // The matter taken up before a formal speech act (也就股票归属问题提出质疑, 就此事發表看法): what they spoke on, not who.
    '(?<=[\\u4e00-\\u9fff]{2})(?:也|亦|還|还|再|又)?就[^，,。；;：:“”「」□]{1,15}?(?:提出|發表|发表|作出|做出)|' +
    '(?:就[^，,。]{1,15}?)?(?:答記者問|答记者问|答問|答问|回答記者提問|回答记者提问)[時时]?|' +
    // The matter spoken on, up to the verb (趙立堅6月曾就美方宣布中國媒體是外國使團表示): a topic, which may hold verbs of its own.
    // Only after a time or 曾 (6月曾就, 昨日就): a bare 就 is as often "then" (他就馬上說).
    '(?<=[\\u4e00-\\u9fff])(?:曾|昨日|昨天|今日|今天|日前|早前|近日|[0-9０-９]{1,2}(?:月|日))就[^，,。；;：:「」“”『』□]{2,24}$|' +
    '在(?:PTT|Dcard|IG|Instagram|Threads|X|臉書|脸书|Facebook)?[^，,。在]{0,10}?(?:社團|社团|群組|群组|粉專|粉专|粉絲專頁|粉丝专页|貼文|贴文|PTT|Dcard|IG|Instagram|Threads)|' +
    '(?:面對|面对)[^，,。]{0,10}?(?:提問|提问|詢問|询问|追問|追问|質疑|质疑)|' +
    // Before whom (公開面對媒體表示, 面对镜头说): an audience, not who speaks.
    '(?:公開|公开)?(?:面對|面对)(?:媒體|媒体|記者|记者|傳媒|传媒|鏡頭|镜头)|' +
    // Where and on what someone comments before the verb (马斯克在推特上对该消息进行评论): a setting and a topic, not the speaker.
    '(?<=[\\u4e00-\\u9fffA-Za-z]{2})(?:對|对)[^，,。對对]{1,10}?(?:進行|进行)|(?<=[\\u4e00-\\u9fffA-Za-z]{2})在[^，,。在]{1,10}?上|' +
    // A body speaking through its side: 阿里巴巴方面 is 阿里巴巴.
    '(?<=[\\u4e00-\\u9fff]{2})方面|' +
    '會後|会后|會上|会上|事後|事后|(?:受訪|受访)[時时]?|' +
    // Posting is how an account speaks: 官方微博發文稱, 在微博撰文指, and wherever it posts (在豆瓣发文表示).
    '(?:在[^，,。在]{1,8}?)?(?:又|也|再|亦)?(?:發文|发文|撰文|發帖|发帖|發貼|发贴|貼文|贴文|發推文|发推文|發推特|发推特|發推|发推|推文)|' +
    '(?:論壇|论坛|峰會|峰会|股東大會|股东大会|研討會|研讨会|會議|会议|年會|年会)上|' +
    // What the words are about (广州万科物业方面就此事回应) and a message posted first (链家方面发布消息称): not who.
    '(?<=[\\u4e00-\\u9fff]{2})(?:就此事(?:件)?|就此|就事件|就有關事件|就有关事件|就相關事宜|就相关事宜)|' +
    '(?<=[\\u4e00-\\u9fff]{2})(?:發布|发布|發佈|發出|发出|發表|发表)了?(?:一份|一則|一则|一條|一条)?(?:消息|聲明|声明|公告|通告|貼文|贴文)|' +
    // Attending or hosting an event first (陳仁勇出席新書發表會表示): where, not who.
    '(?<=[\\u4e00-\\u9fff]{2})(?:出席|參加|参加|主持)[^，,。；;：:「」“”]{1,12}?(?:會|会|活動|活动|典禮|典礼|儀式|仪式)(?:時|时|上|後|后)?|' +
    // The first words out (工行經理劈頭第一句就說, 他一開口就說): when, not who.
    '(?<=[\\u4e00-\\u9fff]{2})(?:劈頭|一開口|一开口|開口|开口)?(?:第一句(?:話|话)?)|(?<=[\\u4e00-\\u9fff]{2})(?:劈頭|一開口|一开口)|' +
    // A body announcing (好未来公告称, 宁德时代8月12日晚间公告称, 碧桂园服务（06098.HK）公告称): 公告 is the verb's act, the body speaks.
    '(?<=[\\u4e00-\\u9fffA-Za-z）)]{2})(?<![的之])(?:公告|公佈|公布)|' +
    // A briefing named without 上 (楊金龍會後記者會表示, 魏哲家法說會表示); a bare 會議 can be a speaker (中央經濟工作會議指出).
    '(?:記者會|记者会|記者招待會|记者招待会|發布會|发布会|發佈會|法說會|法说会|說明會|说明会|業績會|业绩会)上?|' +
    // A day counted from today after a name (库德洛前天对CNBC表示): when.
    '(?<=[\\u4e00-\\u9fff]{2}|[A-Za-z]\\s?)[於于]?(?:前天|前日|昨天|昨日|今天|今日)(?:上午|下午|早上|晚上|晚間|晚间|中午)?|' +
    // A date perhaps after 於 (校委會於8月4日傍晚發聲明, 她4月時坦承): when, with its preposition.
    '(?:[於于])?(?:(?:\\d{4}年)?\\d{1,2}月(?:[初中底末]|\\d{1,2}日)?|\\d{1,2}日)(?:上午|下午|早上|晚上|晚間|晚间|中午|凌晨|傍晚)?(?:\\d{1,2}[點点時时](?:\\d{1,2}分)?(?:多|半|許|许|左右)?(?:鐘|钟)?)?[時时]?|[於于]?[上本下]?(?:周|週|星期)[一二三四五六日天](?:[（(]\\d{1,2}日?[）)])?(?:早上|上午|中午|下午|晚上|晚間|晚间|[早晚])?|(?<=[\\u4e00-\\u9fff]{2}|[A-Za-z]\\s?)[於于]?[上本](?:周|週|星期|月)|' +
    // A preposition left bare once its time or place is gone (易纲也于|近日): after three characters, as a two-character name may end in 于.
    // A topic's preposition whose topic is gone (季风对于|政府出让的土地…): 對於 goes whole, never leaving 對 on the name.
    '(?<=[\\u4e00-\\u9fff]{2})(?:對於|对于|關於|关于)|' +
    '(?<=[\\u4e00-\\u9fff]{3})[於于]|' +
    // A day in Chinese numerals, as Taiwan's and Hong Kong's papers write it (陸慷廿八日表示, 二十八日上午): when. Only after two characters.
    '(?<=[\\u4e00-\\u9fff]{2})(?:[於于])?(?:[二三]?十|廿|卅)[一二三四五六七八九]?日(?:上午|下午|早上|晚上|晚間|晚间|中午|凌晨|傍晚)?|' +
    // A month, quarter or year counted from now, perhaps with its part (上个月, 上個月初, 去年底, 今年初, 前年), and the
    // looser "earlier" words (稍早, 早些時候, 較早前): when they spoke, never who they are. Only after two characters.
    '(?<=[\\u4e00-\\u9fffA-Za-z·・]{2}|[A-Za-z]\\s)[於于]?(?:(?:[上本下這这][個个](?:月|季度?)|[去今前]年(?:[上下]半年)?|[上下]半年)(?:[初中底末]|\\d{1,2}月(?:[初中底末]|\\d{1,2}日)?)?|年[初中底末]|稍早(?:前|時候|时候)?|早些(?:時候|时候)|較早前|较早前|當天|当天|後來|后来)[時时]?|' +
    // Taiwan papers date the day in brackets: 今（5）日, 昨(4)日, 昨（5日）.
    '[今昨明前][（(]\\d{1,2}(?:[）)][日天]|日[）)])|' +
    // Hong Kong papers repeat the day in brackets after the word: 今日(27日), 昨日（26日）.
    '(?:今日|昨日|明日|今天|昨天|明天|今早|今晚|昨晚)[（(]\\d{1,2}日?[）)]|' +
    '(?:今天|今日|昨天|昨日|明天|當天|当天)?(?:上午|下午|早上|晚上|晚間|晚间|中午|凌晨|傍晚|清晨|深夜)|[今昨][早晚晨午]|' +
    // A clock time: 晚上8時18分發新聞稿指.
    '\\d{1,2}[時时點点](?:\\d{1,2}分|半)?|' +
    // Up to forty characters: a forum's full name in quotes (在中国发展研究基金会“人民币汇率制度改革影响评估”课题成果发布会上).
    // The same setting after 於, as Hong Kong and Taiwan copy writes it (分析人士於立法會會議上表示, 萬科於記者會上表示); not the 於 of a
    // word (對於, 由於, 至於). 基 and 關 end names (王維基, 檢察機關) more often than they open 基於 or 關於 before a setting.
    // 于 is as often a name's (研究员于康, 郭于玮): only before a meeting it is at.
    '(?<=[\\u4e00-\\u9fffA-Za-z）)]{2})(?<![對对由至位屬属等鑒鉴])(?:於[^，,。在於于]{1,30}?(?:的?(?:時候|时候)|[上中時时裡里內内後后])|于[^，,。在於于]{0,20}?(?:會|会|論壇|论坛|峰會|峰会|典禮|典礼|活動|活动)[上中])|' +
    // Not 在 opening a word of what they are (在校大学生, 在線教育公司人士, 在職員工).
    // Not a body's people in a country or city (雅培在华联系人, 蘋果在港員工): who they are, not where they spoke.
    '在(?![線线職职校])(?!(?:華|华|港|台|滬|沪|京|穗|深|美|日|韓|韩|歐|欧)(?:聯繫人|联系人|員工|员工|代表|負責人|负责人|發言人|发言人|高管|人士|團隊|团队))[^，,。在]{1,40}?(?:的?(?:時候|时候)|[上中時时裡里內内後后前])|' +
    // Seizing the moment, at once, or as whose voice, before the verb (旋即, 趁機, 順勢, 不諱言, 開宗明義, 於會中, 經由律師,
    // 代表公司): how and for whom they spoke. 代表 only before a body, or 工會代表李明 would lose its name.
    '(?<=[\\u4e00-\\u9fff]{2})(?:旋即|藉機|借机|趁機|趁机|順勢|顺势|不諱言|不讳言|開宗明義|开宗明义|於會[中上後后]|于会[中上后]|(?:經由|经由)[^，,。]{1,8}|' +
    '代表(?:[^，,。代]{0,6}(?:公司|集團|集团|政府|黨|党|會|会|局|部|署|方|團隊|团队)))|' +
    // Being taken or held as they spoke (黃之鋒由四名員警抬走時不斷大叫): what was done to them, when. Not 後: 被宋晓慧等同事事后认为 names
    // who thinks it.
    '(?<=[\\u4e00-\\u9fff]{2})(?:被|由|遭)[^，,。被由遭]{1,14}?(?:的?(?:時候|时候)|[時时])|' +
    // The question the speaker answers: 就減持問題表示, 对于风格轮动的问题这样说道.
    '(?:就|對於|对于|關於|关于|針對|针对)[^，,。]{1,20}?(?:問題|问题|事宜|一事|議題|议题)|' +
    // Any place the speaker was in, right before the verb, after a name of two or more (拜登周三在白宮表示), or after a day in
    // figures, as wire copy dates it (叶明水11日在南宁说).
    // Not 在 opening a word of what they are (在線教育公司人士, 在職員工, 在華外企, 美國在台協會處長), though 在台灣, 在台北 and
    // 在華盛頓 are places.
    '(?<=[\\u4e00-\\u9fffA-Za-z]{2}|[）)][日天]|\\d[日號号]|[A-Za-z][）)])在(?![線线職职校]|[華华](?![盛府])|台(?:[協协]|灣[協协])|地(?![區区方鐵铁下上圖图])|港(?!交所|股))[^，,。在的]{1,10}|' +
    // A building the speaker was in: 謝長廷14日在立法院受訪表示.
    '在[^，,。在]{1,10}?(?:立法院|國會|国会|議會|议会|總統府|总统府|法院|大樓|大楼|機場|机场|會館|会馆)|' +
    // A work the speaker wrote, named in title marks: 在總結會議的新聞《…》稱, 在《…》一文中.
    '在[^，,。在《]{0,20}?(?:新聞|新闻|文章|報道|报道|報導|报导|社論|社论|評論|评论|專欄|专栏|報告|报告|節目|节目|著作|新書|新书)《[^《》]{1,120}》[中裡里內内]?|' +
    '在《[^《》]{1,120}》(?:一文|一書|一书)?[中裡里內内]|' +
    // A meeting named without 上: 在中期業績發布會表示, 在電台節目表示.
    '在[^，,。在]{1,30}?(?:發布會|发布会|發佈會|記者會|记者会|說明會|说明会|業績會|业绩会|論壇|论坛|峰會|峰会|大會|大会|年會|年会|會議|会议|節目|节目|典禮|典礼|儀式|仪式)|' +
    '[在於于][^，,。在]{0,20}?(?:微博|微信|朋友圈|臉書|脸书|專欄|专栏|社交媒體|社交媒体|社交平台|節目|节目|直播間|直播间|' +
    '評論區|评论区|留言區|留言区|留言板|留言簿|連儂牆|连侬墙|紀念冊|纪念册|簽名冊|签名册|公眾號|公众号|帳號|账号|抖音|小紅書|小红书|推特|' +
    '網誌|网志|博客|部落格|Facebook|facebook|FB|fb|Instagram|instagram|IG|ig|Twitter|twitter|Threads|LinkedIn|YouTube|PTT|Dcard)(?:粉絲專頁|粉丝专页|專頁|专页|主頁|主页|頁面|页面)?(?:上|中|裡|里)?(?:發文|发文|貼文|贴文|撰文|發帖|发帖|留言)?|' +
    // Speaking to a reporter, the interview itself left unsaid (接受21世纪经济报道记者表示).
    '接受[^，,。]{0,15}?(?:採訪|采访|專訪|专访|訪問|访问|聯訪|联访|訪談|访谈|提問|提问|詢問|询问|查詢|查询|記者|记者)(?:[時时][候]?)?|' +
    // Meeting the press: 港府發言人見記者時表示, 見傳媒時說.
    `(?:${MEETING}|見|见)(?:記者|记者|傳媒|传媒|媒體|媒体)[時时後后]?|` +
    // Being questioned by someone when speaking: 受立法會議員書面質詢時曾指出.
    '受[^，,。]{0,12}?(?:質詢|质询|詢問|询问|訪問|访问|採訪|采访|邀請|邀请)[時时]?|' +
    `(?:出席|參加|参加|回應|回应|回答|答覆|答复|回覆|回复|談到|谈到|談及|谈及|提到|提及|面對|面对|${MEETING}|介紹|介绍|被問到|被问到|被問及|被问及|` +
    // Guessing at or explaining something as they spoke (Hit-Point相关负责人猜测游戏成功的原因时说道); not 分析師, the trade.
    `猜測|猜测|解釋|解释|總結|总结|回顧|回顾|談起|谈起|說起|说起|講到|讲到|論及|论及|分析(?![師师員员人])|評價|评价)(?:[^，,。]{0,15}?|[^，,。]{0,30}?的(?:批評|批评|質疑|质疑|提問|提问|問題|问题|指控|說法|说法|言論|言论|觀點|观点|評論|评论|要求|建議|建议))[時时後后前]|` +
    // Replying to a query, with no 時 (食環署回覆查詢指, 警方回覆本報查詢稱).
    '(?:回覆|回复|答覆|答复)(?:本報|本报|本台|記者|记者|傳媒|传媒|媒體|媒体)?(?:查詢|查询|詢問|询问|提問|提问)|' +
    // Answering someone's question at length, as Hong Kong copy names them (回應法律界立法會議員、公民黨郭榮鏗的 質詢 時).
    '(?:回應|回应|回答|答覆|答复)[^，,。]{0,30}?(?:質詢|质询|提問|提问|查詢|查询|詢問|询问)\\s*[時时]|' +
    // Whom the speaker tells: a reporter, an outlet or a wire (對記者, 對本報, 對路透, 向彭博社).
    // An outlet named in title marks: 對《財經十一人》, 向《每日經濟新聞》記者.
    '(?:對|对|向)《[^》]{1,15}》(?:記者|记者)?|' +
    // Answering something before the verb that reports it: 會長彭韻僖…，回應事件指, 公司回應傳聞稱.
    '(?:回應|回应)[^，,。回應应]{1,10}|' +
    // Talking to an outlet by line: 一位有赞内部员工连线Insight坦言, 連線本報表示.
    // Not an outlet named 連線 spoken to (向连线Insight表示), which the addressees below step over.
    '(?<![向對对])(?:連線|连线)[A-Za-z\\u4e00-\\u9fff]{1,12}|' +
    // An outlet named by its Latin letters: 他向BBC表示, 對CNN說.
    '(?:對|对|向)[A-Z]{2,6}(?:中文網|中文网|記者|记者)?|' +
    // A place glossed in English: 拜登在德拉瓦州雷荷勃斯灘（Rehoboth Beach）表示.
    '在[^，,。在]{1,14}?[（(][A-Za-z][A-Za-z .\'’-]{1,40}[）)]|' +
    '(?:對|对|向)(?:記者|记者|媒體|媒体|傳媒|传媒|本報|本报|本刊|本台|外界|路透社?|彭博社?|法新社|美聯社|美联社|共同社|新華社|新华社|中新社|' +
    '[^，,。對对向]{0,6}?(?:財經|财经|記者|记者|日報|日报|新聞|新闻|時報|时报|網|网|電視|电视|電台|电台)|' +
    // An outlet with a longer name, then its reporter (对21世纪经济报道记者, 對香港經濟日報記者).
    '[^，,。對对向的]{7,12}?(?:記者|记者))|' +
    `${VERB_SOURCE})\\s*$`,
);

/** A phrase opening with a topic marker (對於那些說她…的, 至於網上) is what is spoken about, never who speaks. */
const OPENS_WITH_TOPIC = /^(?:對於|对于|至於|至于|關於|关于|針對|针对|有關(?!人士|方面|部門|負責人)|有关(?!人士|方面|部门|负责人))/;

/**
 * A phrase opening with a four-character manner in 地 and going on with a verb (苦口婆心地開解事主): how the one named before spoke,
 * never who speaks. Not a place in 地 (中國內地投資者, 基地), a firm's 地 (华润置地), nor 地 opening a word (地區, 地產).
 */
const OPENS_WITH_MANNER = /^\p{Script=Han}{4}(?<![內内本當当各外兩两基土大產产陸陆異异實实在該该此工墓草置綠绿])地(?![區区方產产鐵铁位帶带盤盘主址點点圖图標标面下上震球價价稅税段])\p{Script=Han}{2}/u;

/** A demonstrative and a thing (這個集團, 那個機構): what was named before, spoken of, not a speaker the text names here. */
const DEMONSTRATIVE_THING = /^(?:這個|这个|那個|那个)\p{Script=Han}{1,3}$/u;

/** A phrase opening with a modal is a clause (应该从…方面进行, 寧願相信), never who speaks. */
const OPENS_WITH_MODAL = /^(?:應該|应该|應當|应当|可以|需要|必須|必须|將會|将会|不妨|只有|只要|寧願|宁愿|寧可|宁可|寧肯|宁肯)/;

/**
 * Phrases that stand where a speaker would but name no one (也就是說, 坦白說, 這表示, 不會說, Q：). A
 * final 會 is a modal only after a pronoun or adverb: 證監會, 金管會 and 商會 are speakers. A personal
 * pronoun with more after it is a clause (他要求只透露姓氏), never a name. A measure (成長率, 營收,
 * 銷量, 指數) is what a figure is about (今年經濟成長率預估下修), never who speaks. News going round (国内即有消息称, 也有消息称) is no
 * one's, with 有 or without. A count or 一同 left alone (一些|分析指, 並一同高叫) counts or joins people, and names none.
 * A final 將 is a modal (也將), save in Taiwan's 運將, a taxi driver.
 * A degree left alone (十分|肯定地說) grades the manner the trimming took off, and names no one.
 * A demonstrative, its copula and why (这也是为何提出…) open a clause of cause, never a name; 這是 alone may name (這是自殺警員馬震邦).
 */
const NOT_A_SPEAKER =
  /[人者們们]比$|有(?:消息|傳言|传言|傳聞|传闻|說法|说法|言論|言论|聲音|声音|觀點|观点|意見|意见|看法|見解|见解|評論|评论|論調|论调|陰謀論|阴谋论)$|^(?:消息|傳言|传言|傳聞|传闻|說法|说法|言論|言论|陰謀論|阴谋论)$|^(?:一些|有些|一同|一起|一齊|一齐|共同|部分|部份|不少|許多|许多|很多|多數|多数)$|^(?:粗略|粗粗|初步|大致|大概|保守|樂觀|乐观|悲觀|悲观)$|^(?:十分|非常|很|相當|相当|頗為|颇为|極為|极为|極其|极其|特別|特别|格外)$|^(?:這|这|那|此)(?:也|就|正|便|都|還|还)?是(?:[^，,。]{0,8}?(?:為何|为何|為什麼|为什么)|因為|因为|由於|由于)|^(?:俗話|俗话|俗語|俗语|老話|老话|古話|古话|常言|諺語|谚语|有句話|有句话|有句老話|有句老话|網上|网上|坊間|坊间|網路上|网络上|市場上|市场上|時候|时候|之際|之际|期間|期间|(?:信|文|函|書|书|報告|报告|聲明|声明|公告|文章|帖文|貼文|贴文)中)$|的$|(?:[率額额量值價价幅]|指數|指数|規模|规模|收入|營收|营收|利潤|利润|成本|比重|數據|数据)$|^[他她它](?!(?:們|们)?$)|^(?:[QAＱＡ]|這|这|那|此|它|坦白|老實|老实|直白|簡單|简单|客觀|客观|具體|具体|一般|通常|總體|总体|整體|整体|換言|换言|[\d\s年月日]+)$|[是就來来話话得不被可以要能]$|(?<![運运])[將将]$|(?<![交易究務务律出診诊])所$|(?:^|[我你他她們们誰谁也還还都才只]|可能|一定|應該|应该)[會会]$/;


/** Someone's kin, neighbour or colleague, then their name (他的妻子王小紅, 她的鄰居黃太, 其母黃太). */
const KIN_THEN_NAME = /^(?:他|她|其)的?(?:妻子|太太|丈夫|先生|老公|老婆|兒子|儿子|女兒|女儿|父親|父亲|母親|母亲|哥哥|姐姐|弟弟|妹妹|同事|朋友|鄰居|邻居|助理|律師|律师|主管|上司|老闆|老板|(?<=其)[母父妻夫兄姊])(\p{Script=Han}{2,3})$/u;

/** Someone described as another's: 他的老板, 她父親, 其家人. */
export const POSSESSED =
  /^(?:他|她|其)(?:的\p{Script=Han}{1,6}|父親|父亲|母親|母亲|家人|妻子|丈夫|太太|兒子|儿子|女兒|女儿|老闆|老板|同事|朋友|助理|上司|下屬|下属|團隊|团队)$/u;

/** A publication speaking, its name in title marks: 《環球時報》 and 美國《華爾街日報》 are the paper. */
const PUBLICATION = /^[^《》，,。]{0,8}《([^《》]{1,20})》(?:社評|社评|社論|社论|評論員文章|评论员文章|評論員|评论员|評論|评论)?$/;

/**
 * Whom the speaker tells, between name and verb (李嘉誠向員工說, 郭台銘向蔡英文喊話, 陳立對員工表示, 王明告訴記者說, 跟記者說): the
 * speaker is the name before it. Not when 向 is part of a word (面向, 傾向) or of the name after a
 * title (副主任向東), nor when 向 ends a surname alone (王向東).
 */
const ADDRESSEE = /^((?:[\p{Script=Han}0-9０-９·・•‧．A-Za-z]|\s(?=[A-Za-z])|(?<=[A-Za-z])\s|[（(]\p{Script=Han}{1,12}[）)]|[（(][A-Za-z][A-Za-z .'’-]{0,40}[）)]){2,}?|[他她])(?:(?<!(?<!方)面)(?<![走方導导傾倾偏轉转趨趋志針针相絕绝應应])[向對对](?![此於于])|告訴|告诉|(?:跟|同|和|給|给)(?=記者|记者|傳媒|传媒|媒體|媒体|本報|本报|本台))[^向對对]{1,10}$/u;

/** A body's document speaking for it (經濟部新聞稿, 中金公司研報, 路透報導, 华兴资本已公报): the body is the speaker. */
const BODY_DOCUMENT = /^(.{2,}?)(?:已|亦|也|又)?(?:新聞稿|新闻稿|公報|公报|研報|研报|研究報告|研究报告|報告|报告|聲明|声明|公告|報導|报导|報道|报道|評論員文章|评论员文章|評論|评论|社評|社评|社論|社论)$/u;

/** A body's programme written with 的 (民主黨的政綱): named as the text names it elsewhere, without 的 (民主黨政綱). */
function programmeAsNamed(phrase: string): string {
  const owned = /^(\p{Script=Han}{2,10})的(政綱|政纲|綱領|纲领|白皮書|白皮书)$/u.exec(phrase);
  return owned?.[1] !== undefined && isBodyName(owned[1]) ? `${owned[1]}${owned[2] ?? ''}` : phrase;
}

/**
 * A body and the paper it issued, perhaps to whom and under what number (央行向各商业银行下发“银发〔2012〕142号”文件, 央行下发的文件):
 * the body speaks through it, as through its statement.
 */
const ISSUED_PAPER = /^(.{2,16}?)(?:向[^，,。]{1,16}?)?(?:下發|下发|印發|印发|發布|发布|發佈|發出|发出|出台|公布)了?的?(?:[“「『《][^”」』》]{1,30}[”」』》])?(?:文件|通知|通告|意見|意见|規定|规定|辦法|办法|指引)$/u;

function withoutDocument(phrase: string): string {
  const body = BODY_DOCUMENT.exec(phrase)?.[1];
  if (body !== undefined && isNameShaped(body) && !isUnnamedSource(body)) return body;
  // An issuer may be the central bank or the government, unnamed (央行下发的文件): they still issued it.
  const issuer = ISSUED_PAPER.exec(phrase)?.[1];
  return issuer !== undefined && (isNameShaped(issuer) || isBodyName(issuer) || ISSUING_AUTHORITY.test(issuer)) ? issuer : phrase;
}

/** Authorities that issue papers, named by what they are (央行, 國務院): see `withoutDocument`. */
const ISSUING_AUTHORITY = /^(?:央行|人行|人民銀行|人民银行|政府|當局|当局|國務院|国务院|證監會|证监会|銀保監會|银保监会|金管會|金管会|財政部|财政部|發改委|发改委)$/u;

function withoutAddressee(phrase: string): string {
  const titledSpeaker = titledActorOnTitledPerson(phrase);
  if (titledSpeaker !== null) return titledSpeaker;
  const match = ADDRESSEE.exec(phrase);
  const speaker = match?.[1];
  if (speaker === undefined) return phrase;
  const { role } = splitSpeakerRole(phrase);
  // A pronoun speaking to someone titled (她對中油董事長戴謙指出): the pronoun speaks, whatever the addressee's title.
  if (role === null || /^[他她]$/u.test(speaker)) return speaker;
  // A transliterated name after the title (高级研究员马丁·拉塞尔对美国之音): its dot marks where the name is, so 對 after it is no
  // part of it.
  if (new RegExp(`${NAME_DOT.source}\\p{Script=Han}{2,}$`, 'u').test(speaker) && splitSpeakerRole(speaker).role !== null) return speaker;
  // A titled addressee (李紀珠在當日上午向新光金董事長吳東進表示) reads as a role and a name: when the role holds the 向 and a
  // person opens it, that person speaks, the time or place they spoke at (在當日上午) no part of them.
  const named = /[向對对]/u.test(role) ? findNameAtHead(speaker) : null;
  if (named === null || !isPersonalName(named)) return phrase;
  const rest = speaker.slice(named.length);
  return rest === '' || SETTING_AFTER_NAME.test(rest) ? named : phrase;
}

/**
 * What one titled person does to or with another right before speaking (向 or 對 them, 批評, 感謝, 邀請, 代表, 認同 them…): the
 * object, however fully titled, is no part of who speaks.
 */
const ACTS_ON_PERSON = /(?:向|對|对|認同|认同|反駁|反驳|感謝|感谢|代表|邀請|邀请|批評|批评|質疑|质疑|指責|指责|讚揚|赞扬|稱讚|称赞|支持|反對|反对|提醒|勸告|劝告|促請|促请|呼籲|呼吁|警告|祝賀|祝贺|恭喜|接受)/gu;

/** What is said of the object after it (…的看法, …的說法), or the occasion (…訪問時): trimmed before the object is read. */
const AFTER_OBJECT = /(?:的(?:看法|說法|说法|批評|批评|觀點|观点|意見|意见|建議|建议|質疑|质疑|邀請|邀请|提問|提问)|訪問|访问|專訪|专访|採訪|采访)?(?:時|时)?$/u;

/**
 * A titled person, then a verb acting on a titled person (公司创始人易小迪向同策咨询研究中心总监张宏伟, 院長馮應謙批評發言人趙立堅,
 * 专家杨承平認同创始人白鸦的看法): the first speaks. Null unless both sides are a title and a personal name.
 */
export function titledActorOnTitledPerson(phrase: string): string | null {
  for (const act of phrase.matchAll(ACTS_ON_PERSON)) {
    const before = splitSpeakerRole(phrase.slice(0, act.index));
    const after = splitSpeakerRole(phrase.slice(act.index + act[0].length).replace(AFTER_OBJECT, ''));
    if (before.role !== null && isPersonalName(before.speaker) && after.role !== null && isPersonalName(after.speaker)) return phrase.slice(0, act.index);
  }
  return null;
}

/** A clause of doing that ends by turning to whom it speaks (派員前往經產省當面向主管官員): an errand and an addressee, no speaker. */
const SPOKEN_TO_BY_NO_ONE = /^(?:派員|派员|派人|前往|親自|亲自|當面|当面|專程|专程)[^，,。；;：:「」“”『』□]{0,16}?(?:當面|当面)?(?:向|對|对)[^，,。；;：:「」“”『』□向對对]{1,10}$/u;

/** A time or place after a name and before whom they spoke to (在當日上午, 昨日, 日前在記者會上). */
const SETTING_AFTER_NAME = /^(?:在|於|于|昨|今|前|日前|近日|當日|当日|當天|当天|上午|下午|早前|稍早|隨後|随后|隨即|随即|也|亦|更|又|還|还|並|并|曾|已)[^，,。]{0,10}$/u;

/** A negation right before the verb, with at most a modal and an adverb between (未進一步, 不願, 拒絕再). */
const NEGATED_SPEECH = /(?:未|沒有|没有|沒|没|不|拒絕|拒绝|無法|无法|婉拒)(?:願|愿|便|肯|予|曾|能|想|用|必|消|妨|敢|好)?(?:進一步|进一步|再|多|公開|公开|正面|直接|對此|对此|就此)?\s*$/u;

/** Unable to say, with whom for between (沒有辦法替日本解釋): no one's words are reported. */
const UNABLE = /(?:沒有|没有|沒|没)(?:辦法|办法)|^(?:無法|无法)/u;

/**
 * A speaker followed by what they were doing when they spoke (Hit-Point相关负责人猜测游戏成功的原因时说道), or had just done
 * (民主黨主席何俊仁鞠躬向選民致歉後說): the longest opening shaped like a name or a role, when the rest is a clause ending in
 * 時 or 後.
 */
function withoutWhenClause(phrase: string): string {
  if (!/[時时後后]$/.test(phrase)) return phrase;
  // A name and its doing fit in 40 characters; looking further only costs time.
  const heads = Array.from({ length: Math.max(0, Math.min(phrase.length - 2, 40) - 1) }, (_, index) => phrase.slice(0, Math.min(phrase.length - 2, 40) - index));
  // A title and a name first (事主陳女士|報案時): a head that merely ends like a body (…陳女士報) is cut inside the doing.
  // Then a body opening the phrase (司法機構|2013年回覆立法會及…檢討投訴法官投訴程序時): the shortest head shaped as one, before a
  // longer head that only holds a title somewhere in its doing (…投訴法官|投訴程).
  // Not a name that takes the first character of the doing (特朗普訪|華時, 拜登访问日|本时): a verb of going or meeting opens it.
  const titledName = heads.find((head) => { const named = splitSpeakerRole(head); return isTitledNameWithoutDoing(named) && isPersonalNameOrHonorific(named.speaker); });
  // After a deed done (…致歉後), only a title and a name opening the phrase: a bare head shaped like a body may be cut inside the
  // deed (陳茂波離開會|場後), a role with 的 is the deed's own object (看了办案人员出示的|蓝皮丝照片後), and a name may take the deed's
  // preposition (雷霆于|中标后).
  if (/[後后]$/u.test(phrase)) {
    if (titledName === undefined) return phrase;
    const named = splitSpeakerRole(titledName);
    return !/[的了]/u.test(named.role ?? '') && !DOING_AFTER_NAME_START.test(named.speaker.slice(-1)) ? titledName : phrase;
  }
  return titledName ?? heads.findLast((head) => head.length >= 3 && isBodyName(head)) ?? heads.find((head) => isNameShaped(head) || isTitledNameWithoutDoing(splitSpeakerRole(head))) ?? phrase;
}

/** Characters that open a deed after a name, never end a given name (雷霆|于中标后, 王強|在會後). */
const DOING_AFTER_NAME_START = /^[於于在是也則则又還还將将對对向與与和及等的曾已均都亦並并就再更仍便即被把]$/u;

/** A name read with the doing's first word in it: a verb of visiting, going or meeting, perhaps with more after it. */
const DOING_OPENS_IN_NAME = /\p{Script=Han}{2}(?:訪|访|到|赴|抵|出|會見|会见|接見|接见|視察|视察|出席)\p{Script=Han}{0,3}$/u;

function isTitledNameWithoutDoing(named: NamedSpeaker): boolean {
  return named.role !== null && !DOING_OPENS_IN_NAME.test(named.speaker);
}

function isPersonalNameOrHonorific(name: string): boolean {
  return isPersonalName(name) || SURNAME_AND_HONORIFIC.test(name);
}

/** A pronoun heading its clause, a verb of its own, then 並/并 joining the speech verb (惟他迅即意識到並說). */
const PRONOUN_THEN_VERB_AND = /^(?:惟|但|而|隨即|随即)?\s*([他她])(?![們们人])[^，,。：:；;！？!?□「」“”]{1,10}[並并]$/u;

/**
 * How someone speaks, by its ending: a face, a voice, tears, a laugh or a sigh (掩面痛哭、聲音沙啞, 哽咽, 笑著), or an
 * adverb in 地. Not a verb that hands the saying to someone else (他要求只說: the one asked speaks).
 */
const MANNER = /^(?!.*(?:要求|請求|请求|希望|命令|建議|建议|叫|讓|让))[^]*(?:地|著|着|哭|泣|咽|啞|哑|笑|淚|泪|聲|声|頭|头|嘆|叹|氣|气)$/u;

/**
 * A setting ending in 時 or 後 (採訪時, 說到這裡時), 他 or 她, then a manner of two to fourteen characters with no
 * clause break but 、 (掩面痛哭、聲音沙啞): how the one 他 points at spoke. Not 他的… or 他所…, nor a person after it.
 */
const PRONOUN_THEN_MANNER = /^(?:[^，,。：:；;！？!?□「」“”他她]{1,10}?(?:時|时|後|后))?\s*([他她])(?![們们人和與与及跟同])([^，,。：:；;！？!?□「」“”『』]{2,14})$/u;

/** Whether a phrase before a verb is only a setting or time (於會前受訪時, 今日): the verb's subject is elsewhere. */
export function isSettingOnly(raw: string): boolean {
  let phrase = raw.trim();
  for (let previous = ''; previous !== phrase; ) {
    previous = phrase;
    phrase = phrase.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '').trim();
  }
  return raw.trim() !== '' && (/^[於于在並并且]?$/u.test(phrase) || ADDRESSEE_ONLY.test(phrase));
}

/** The day of an event heading the clause (降息当天央行, 開幕當日大會): when, before the one who acts; see `withoutEventDay`. */
const EVENT_DAY_AT_HEAD = /^[^，,。「」“”『』□]{1,8}?(?:當天|当天|當日|当日|當晚|当晚)(?=\p{Script=Han}{2})/u;

/** The phrase without the day of an event before it, when what is left names a person or a body. */
function withoutEventDay(phrase: string): string {
  const rest = phrase.replace(EVENT_DAY_AT_HEAD, '');
  return rest !== phrase && (isNameShaped(rest) || isBodyName(rest) || ISSUING_AUTHORITY.test(rest)) ? rest : phrase;
}

/**
 * When (當媒體問及, 每當記者追問) opening a speaker phrase: the time of the saying, not who says it. 當局, 當地 and 當事人 are
 * words of their own.
 */
const WHEN_AT_HEAD = /^(?:每當|每当|當|当)(?![局地事年時时天日月晚前代今下中場场面值選选紅红家當当初然即務务權权])(?=[\p{Script=Han}A-Za-z]{2})/u;

/** A clause of supposition: what follows is imagined. */
const SUPPOSING = /^(?:如果|假如|假若|倘若|若是|要是|假設|假设|萬一|万一|假使)/u;

/**
 * Whom the words are said to, opening the clause (…挂断了电话，对他的一个助手说：): the listener, never the speaker, who is
 * the subject of the clause before.
 */
const ADDRESSEE_ONLY = /^(?:並|并|又|還|还|也|便|就|隨即|随即|轉身|转身)?(?:[對对](?!此|於|于|外|方)|向|跟|告訴|告诉)[^，,。：:；;！？!?□「」“”『』]{1,12}$/u;

/**
 * The 有 of "there is" before how a source asked to be named (有不願具名的醫生): it goes, as a count does. What follows it stays:
 * LABELS.md writes an anonymous source as the text names it (不愿透露姓名的业内人士, 要求匿名的官員).
 */
const THERE_IS_BEFORE_NAMING_MANNER = new RegExp(`^有(?=${NAMING_MANNER})`, 'u');

/** Countries, the large cities and the provinces by name, as a pattern's alternatives. */
export const NAMED_PLACES =
  '中國|中国|美國|美国|日本|韓國|韩国|英國|英国|德國|德国|法國|法国|俄羅斯|俄罗斯|印度|新加坡|澳洲|加拿大|台灣|台湾|臺灣|香港|澳門|澳门|' +
  '北京|上海|天津|重慶|重庆|廣州|广州|深圳|杭州|南京|武漢|武汉|成都|西安|蘇州|苏州|鄭州|郑州|長沙|长沙|合肥|青島|青岛|廈門|厦门|寧波|宁波|東莞|东莞|濟南|济南|瀋陽|沈阳|大連|大连|台北|臺北|高雄|台中|臺中|台南|臺南|' +
  '廣東|广东|江蘇|江苏|浙江|山東|山东|河南|河北|湖北|湖南|四川|福建|安徽|江西|陝西|陕西|山西|遼寧|辽宁|吉林|黑龍江|黑龙江|雲南|云南|貴州|贵州|廣西|广西|海南|甘肅|甘肃|' +
  // Hong Kong's districts and neighbourhoods and Taiwan's counties, as their papers set a source (大埔一間茶餐廳負責人, 台中一名業者).
  '灣仔|湾仔|油尖旺|深水埗|九龍城|九龙城|黃大仙|黄大仙|觀塘|观塘|葵青|荃灣|荃湾|屯門|屯门|元朗|大埔|沙田|西貢|西贡|離島|离岛|旺角|尖沙咀|' +
  '銅鑼灣|铜锣湾|中環|中环|將軍澳|将军澳|天水圍|天水围|上水|粉嶺|粉岭|東涌|东涌|紅磡|红磡|土瓜灣|土瓜湾|長沙灣|长沙湾|柴灣|柴湾|北角|油麻地|佐敦|' +
  '新北|桃園|桃园|新竹|苗栗|彰化|南投|雲林|云林|嘉義|嘉义|屏東|屏东|宜蘭|宜兰|花蓮|花莲|台東|臺東|台东|澎湖|金門|金门|基隆|' +
  // Cities by their literary names (沪上某基金公司总监, 京城, 羊城, 鹏城).
  '滬上|沪上|申城|京城|羊城|鵬城|鹏城|' +
  // Districts that name a trade's home, set before its people as a city is (一位硅谷的从业者, 华尔街一位交易员).
  '硅谷|矽谷|華爾街|华尔街|中關村|中关村|陸家嘴|陆家嘴';

/**
 * Where unnamed people come from, with 的 (來自四川的張氏夫婦, 来自北京的游客): a place, dropped as LABELS.md drops one before a
 * descriptor; not a body they come from (来自合肥产投的负责人), which says who they are.
 */
const FROM_PLACE_BEFORE_PEOPLE = new RegExp(`^(?:來自|来自)(?:${NAMED_PLACES}|\\p{Script=Han}{1,4}(?:省|市|縣|县|州|區|区|鎮|镇|村))的(?=\\p{Script=Han}{2,8}$)`, 'u');

/**
 * Places that set a source in a region (华中某券商, 欧洲某知名券商, 上海一位分析人士): a setting, dropped
 * like the count after it, where a company before the count (阿里巴巴某员工) is who they work for and stays.
 * Regions, continents, countries, provinces and the large cities, or any name ending in 省/市/縣/州/區.
 */
const PLACE_BEFORE_COUNT = new RegExp(
  '^(?:(?:華|华)(?:東|东|南|北|中|西)|(?:南|北|東|东|西)(?:方|部)|中部|西南|西北|東北|东北|東南亞|东南亚|中東|中东|歐洲|欧洲|亞洲|亚洲|美洲|非洲|北美|南美|海外|境外|境內|境内|內地|内地|大陸|大陆|國內|国内|本地|當地|当地|' +
    `${NAMED_PLACES}|` +
    '(?:另一|另外|其他|其它|另)?(?:個|个)?(?:地區|地区|地方|城市|省份)|' +
    // A province, city and district in a row (安徽省蚌埠市, 常州市钟楼区) are one setting.
    '(?:\\p{Script=Han}{1,4}(?:省|市|縣|县|州|區|区)){1,3})(?:(?=某|一位|一名|一家|一間|一间|一個|一个|多位|多名|數位|数位|幾位|几位|另|一(?![中级級線线號号審审院醫医汽建局處处區区體体])\\p{Script=Han}{2})|的(?:(?:另)?(?:一位|一名))?(?=\\p{Script=Han}{2}))',
  'u',
);

/**
 * A country, region or city right before the netizens who speak (中國網友, 內地網民, 日本網友): where they post from, a setting
 * dropped like a place before a count (LABELS.md); the labellers who met it wrote 網友 or 網民 five times in six.
 */
const PLACE_BEFORE_NETIZENS = new RegExp(`^(?:內地|内地|大陸|大陆|國內|国内|本地|當地|当地|海外|境外|${NAMED_PLACES})(?=(?:網友|网友|網民|网民)$)`, 'u');

/**
 * A place left unnamed before a source (某地外经贸系统官员, 某地一位官员): a setting, dropped like a named one (LABELS.md). Before a
 * name it stays, in the description the role keeps (某地妇幼专科医院医生李陈).
 */
const SOME_PLACE = /^某地(?=\p{Script=Han}{2})/u;

function withoutSomePlace(phrase: string): string {
  const rest = phrase.replace(SOME_PLACE, '');
  return rest !== phrase && splitSpeakerRole(rest).role === null ? rest : phrase;
}

/**
 * A named place right before the trade or shop whose people speak (花蓮知名五星級飯店業者, 大埔陳漢記負責人, 深圳私募基金人士): a setting, dropped as
 * LABELS.md drops 上海 from 上海一位分析人士. Not before a body the place names (深圳市政府官员, 北京大学人士, 香港政府消息人士), whose
 * people the place is part of, nor before a company's arm in the city (广州万科物业相关负责人, as LABELS.md keeps 重庆万科), nor before
 * 市, 省 or 區 as part of the body's own name.
 */
const PLACE_BEFORE_TRADE = new RegExp(
  `^(?:${NAMED_PLACES})(?![市省縣县區区州])(?=(?:(?!大學|大学|政府|當局|当局|銀行|银行|證券|证券|醫院|医院|物業|物业|公司|集團|集团|地產|地产|相關|相关|有關|有关|警|[局署部委廳厅院所會会處处])[^，,。的]){2,14}(?:業者|业者|負責人|负责人|店主|老闆|老板|東主|东主|商家|店家|商戶|商户|人士|分析師|分析师|經理|经理|總監|总监)$)`,
  'u',
);

/**
 * The country, the spot or the place at hand, unnamed, before people described by trade or part (國內券商研究員, 現場車商與民眾):
 * a setting like a named place, dropped as LABELS.md drops it (当地村干部 → 村干部). Not before a body it names (国内银行人士, 当地司法系统知情人士).
 */
/**
 * A city by its nickname before the people of it (受访的沪上银行人士, 京城一位地产商), or a place's name before 当地 (桦南当地媒体): a
 * setting, dropped as a named place is.
 */
const CITY_BY_NICKNAME = /^(?:滬上|沪上|申城|京城|鵬城|鹏城|羊城|星城|蓉城|榕城)(?=\p{Script=Han}{2})|^(?!上述|前述|該|该|這|这|此|其|另)\p{Script=Han}{2}(?=(?:當地|当地)\p{Script=Han}{2})/u;


/** Those near the scene (附近的工人, 周邊街坊): where they were, not who they are, as LABELS.md drops a place. */
const NEARBY_BEFORE_PEOPLE = /^(?:附近|周邊|周边)的?(?=(?:工人|工友|街坊|住戶|住户|居民|市民|村民|員工|员工|店主|商戶|商户|司機|司机|攤販|摊贩)$)/u;

const SETTING_BEFORE_PEOPLE = new RegExp(
  `^(?:國內|国内|海外|境外|現場|现场|在場|在场|當地|当地|本地)(?=(?:(?!大學|大学|政府|當局|当局|銀行|银行|醫院|医院|公司|集團|集团|系統|系统|警|[局署部委廳厅院所會会處处])[^，,。的]){0,14}(?:業者|业者|負責人|负责人|店主|老闆|老板|商家|店家|商戶|商户|人士|分析師|分析师|研究員|研究员|經理|经理|總監|总监|民眾|民众|觀眾|观众|居民|市民|村民|網友|网友|網民|网民|業主|业主|幹部|干部|官員|官员|商|股東|股东|員工|员工|乘客|旅客|遊客|游客|顧客|顾客|消費者|消费者|投資者|投资者|股民|家長|家长|學生|学生)$)`,
  'u',
);

/** Where those who speak were standing, unnamed (樓下, 場外, 台下, 一旁): the scene of the story, not who they are. */
const SCENE_PLACE = '附近|周邊|周边|旁邊|旁边|一旁|身邊|身边|周圍|周围|樓下|楼下|樓上|楼上|對面|对面|隔壁|門外|门外|門口|门口|場外|场外|場內|场内|場邊|场边|台下|臺下|現場|现场|在場|在场|同場|同场|路邊|路边|街邊|街边|街頭|街头|店內|店内|店外|車上|车上|車內|车内|底下|下方';

/** Being there, perhaps doing what brought them (路過的, 排隊買金的, 前來看樓的): the scene again, not who they are. */
const BEING_THERE = '(?:正在|正|特意|專程|专程|前來|前来|趕來|赶来)?(?:路過|路过|過路|过路|經過|经过|排隊|排队|輪候|轮候|圍觀|围观|等候|候車|候车|購物|购物|逛街|參觀|参观|到場|到场|觀看|观看|觀賽|观赛|聚集|看樓|看楼|看房|買樓|买楼|買菜|买菜|購買|购买)';

/** Crowds known only by the part they play in the scene (網友, 市民, 股民, 乘客): a scene word right before them is where they were. */
const CROWD = '網友|网友|網民|网民|民眾|民众|群眾|群众|市民|居民|街坊|村民|股民|散戶|散户|投資者|投资者|顧客|顾客|消費者|消费者|客人|乘客|旅客|遊客|游客|路人|食客|家長|家长|學生|学生|工人|工友|員工|员工|店員|店员|職員|职员|保安|司機|司机|攤販|摊贩|小販|小贩|攤主|摊主|業主|业主|買家|买家|租客|觀眾|观众|球迷|住戶|住户|商戶|商户|店主|老闆|老板';

const SCENE_BEFORE_CROWD = new RegExp(`^(?:${SCENE_PLACE})的?(?=(?:[一二兩两三四五六七八九十數数幾几多]+[名位個个]|一些|不少|部分|部份|許多|许多|很多)?(?:${CROWD})[們们]?$)`, 'u');
const SCENE_CLAUSE = new RegExp(`^(?:(?:${SCENE_PLACE})的|${BEING_THERE}[^的，,。、：:「」“”『』□]{0,8}的)(?=\\p{Script=Han}{2})`, 'u');

/**
 * The scene before an unnamed source (樓下的街坊, 場外股民, 排隊買金的市民, 現場的多名工人): where they stood and what they were there
 * for, dropped as LABELS.md drops a place; kept when what follows names someone (現場指揮官 is a post, 路過的陳先生 a person).
 */
function withoutScene(phrase: string): string {
  const crowd = phrase.replace(SCENE_BEFORE_CROWD, '');
  if (crowd !== phrase) return crowd;
  const rest = phrase.replace(SCENE_CLAUSE, '');
  return rest !== phrase && isUnnamedSource(rest) && !isPersonalName(rest) ? rest : phrase;
}

/** A description without the named place that sets it (深圳私募基金人士 → 私募基金人士), as a source's later mention is matched. */
export function withoutPlaceSetting(description: string): string {
  return description.replace(PLACE_BEFORE_TRADE, '').replace(SETTING_BEFORE_PEOPLE, '').replace(NEARBY_BEFORE_PEOPLE, '').replace(FROM_PLACE_BEFORE_PEOPLE, '').replace(CITY_BY_NICKNAME, '');
}

/** A street or road before a source counted as one (尖沙嘴海防道一珠寶旗艦店職員): where the shop is; not a channel (頻道) or a conduit (渠道). */
const STREET_BEFORE_COUNT = /^\p{Script=Han}{1,6}(?<![頻频管渠軌轨通])(?:道|路|街)(?=某|一(?:位|名|家|間|间|個|个)?\p{Script=Han}{2})/u;

/**
 * The street an unnamed source works on, with 的 (天河北路上的中介经纪): a place, dropped as LABELS.md drops one before a descriptor.
 * Only on or by the street (上, 旁): 清扫道路的老者 is what they do. Only before a source: before a name it is a description the role keeps.
 */
const WHERE_THEY_ARE = /^\p{Script=Han}{1,6}(?<![頻频管渠軌轨通])(?:道|路|街|大道|大街)(?:上|旁|邊|边|一帶|一带)的(?=\p{Script=Han}{2,10}$)/u;

function withoutWhereTheyAre(phrase: string): string {
  const rest = phrase.replace(WHERE_THEY_ARE, '');
  return rest !== phrase && isUnnamedSource(rest) ? rest : phrase;
}

/** A setting in the region that opens a source counted as one (区域内一央企人士): where, not who. */
const REGION_BEFORE_COUNT = /^(?:區域|区域|片區|片区|轄區|辖区|區內|区内|境內|境内)內?内?(?=一(?:位|名|家)?\p{Script=Han}{2})/u;

/** 這個 or 那個 before the place a source works at (这个4S店的负责人): which place, not who they are. */
const DEMONSTRATIVE_BEFORE_PLACE = /^(?:這個|这个|那個|那个|這家|这家|那家)(?=[^，,。；;：:「」“”『』□的]{2,12}的[^，,。；;：:「」“”『』□的]{2,8}$)/u;

/** A count of people in figures or words opening the phrase (3位分析師, 兩名業主, 三名知情人士): not who they are. */
const COUNT_AT_HEAD = /^(?:[0-9０-９]+|[二兩两三四五六七八九十幾几數数]+)多?(?:位|名)(?=\p{Script=Han}{2})/u;

/**
 * Those a clause describes, then counted (同場出席記者會的十多位居民): the count parts the description from who they are, and both
 * go as a count does (LABELS.md: 居民).
 */
const DESCRIBED_THEN_COUNTED = /^[^，,。「」“”『』□的]{2,20}的(?=(?:[0-9０-９]+|[二兩两三四五六七八九十幾几數数]+)多?(?:位|名)\p{Script=Han}{2,6}$)/u;

/**
 * A share of a group opening the phrase (當中逾半受訪者, 過半業主, 近三成股民, 大多數網友): how many of them
 * said it, not who they are (LABELS.md drops a count); 當中 before it is the group named before.
 */
const SHARE_AT_HEAD = /^(?:當中|当中|其中)?(?:逾半|過半|过半|近半|大半|半數|半数|多數|多数|大多數|大多数|少數|少数|(?:近|逾|超過|超过|約|约)?[一二兩两三四五六七八九十\d]+成|(?:近|逾|超過|超过|約|约)?\d+(?:\.\d+)?[%％])(?:的)?(?=\p{Script=Han}{2})/u;

/**
 * Whom the reporter met, counted after 的 (记者采访的多位业主, 本報訪問的幾名市民): how many of them the reporter met and spoke to,
 * not who they are (LABELS.md drops a count with what leads to it).
 */
const MET_AND_COUNTED = /^(?:記者|记者|本報|本报|本刊|本台)[^，,。的]{1,8}的(?:多位|多名|幾位|几位|幾名|几名|數位|数位|數名|数名|兩位|两位|兩名|两名|[一二三四五六七八九十]+(?:位|名))(?=\p{Script=Han}{2})/u;

/** Trades a report counts with a bare 一 (一开发商, 中国土地投资协会一开发商, 一券商分析师): the count is no part of who they are. */
const TRADES_COUNTED_BY_ONE = '開發商|开发商|發展商|发展商|地產商|地产商|經銷商|经销商|供應商|供应商|代理商|券商|分析師|分析师|基金經理|基金经理|律師|律师|業者|业者|商家|店主|老闆|老板';

/**
 * A bare 一 counting one unnamed source, with no measure word (一国有大行人士, 一業內人士, 一接近監管層人士): LABELS.md
 * drops the count. A measure word after it (另一名…, left once 另 is gone) is dropped with it, by the count rules. Only
 * before a descriptor that ends like one (人士, 人員, 從業者); not the 一 that opens a company's
 * name (一汽人士 is FAW's, 一心堂, 一加, 一號店).
 */
/**
 * 另 or 另一 before a source (另一位有赞员工, 天宁区另大型超市工作人员 once the place goes): another of them, a count, not who they are
 * (LABELS.md drops it); only when what follows names a source on its own (not 另类, 另外 as "besides").
 */
const ANOTHER_AT_HEAD = /^(?:另外|另(?!外))(?!一?些)(?:一)?(?:位|名|家|間|间|個|个)?(?![类類眼])(?=\p{Script=Han}{2})/u;

function withoutAnotherCount(phrase: string): string {
  const rest = phrase.replace(ANOTHER_AT_HEAD, '');
  return rest !== phrase && isUnnamedSource(rest) ? rest : phrase;
}

const BARE_ONE_COUNT = new RegExp(`^一(?![汽心加嗨號号點点品線线級级流體体帶带路位名個个些]|家(?![長长]))(?=\\p{Script=Han}{2,14}(?:人士|人員|人员|從業者|从业者|知情者|職員|职员|店員|店员|員工|员工)$|(?:網友|网友|股民|市民|居民|業主|业主|讀者|读者|家長|家长|用戶|用户|消費者|消费者|投資者|投资者)$|\\p{Script=Han}{0,10}?(?:${TRADES_COUNTED_BY_ONE})$)`, 'u');

/** A body's people a bare 一 counts (新飞一高层, 新飞一人士): read by the trimming here and by the confidence gate's mention check. */
export const BODY_PEOPLE_AFTER_BARE_ONE = '高層|高层|高管|中層|中层|人士';

/**
 * One of a body's people, the count between (阿里巴巴一位員工, 業內一位人士, 宝马一家经销商工作人员, 光大银行的一个大堂经理, and a
 * bare 一 after a shop, a bank, a firm or a plant: 沃尔玛北京国贸店一工作人员): the body and what they are, as LABELS.md writes
 * 有赞员工. 一家 only before the people of the business it counts (…经销商工作人员), not in a company's name.
 */
const COUNT_INSIDE = new RegExp(`(?<=\\p{Script=Han}{2}|\\p{Script=Han}[）)])(?:(?:一位|一名)(?=\\p{Script=Han}{2})|(?:一間|一间)(?=\\p{Script=Han}{1,10}?(?:負責人|负责人|老闆|老板|東主|东主|店主|職員|职员|店員|店员)$)|(?:一個|一个)(?=\\p{Script=Han}{1,10}?(?:人員|人员|人士|員工|员工|職員|职员|負責人|负责人|經理|经理|店員|店员|專員|专员|主管|代表|律師|律师|醫生|医生|老師|老师|老闆|老板)$)|一家(?=\\p{Script=Han}{1,10}?(?:人員|人员|人士|員工|员工|職員|职员|負責人|负责人|經理|经理|店員|店员|銷售|销售|經銷商|经销商|代理商|供應商|供应商)$)|(?<![统統第唯])一(?=(?:開發商|开发商|發展商|发展商|地產商|地产商|券商|商家|${BODY_PEOPLE_AFTER_BARE_ONE})$)|(?<=[店行司廠厂局署委院所處处辦办廳厅站]|中心)一(?=(?:工作人員|工作人员|員工|员工|職員|职员|店員|店员|負責人|负责人|銷售人員|销售人员|經理|经理)$))`, 'u');

/**
 * Someone relaying what unnamed sources told them (劉凱文引述前線醫護人員指, 她援引业内人士称): the person named
 * is the one the text quotes, since the sources' own words reach the reader only through them. An outlet
 * or a body relaying (路透引述知情人士) is left to the sources, as wire copy means it; a person relaying
 * another person or a body (張三引述李四稱) is left as it was, since which of the two worded it is unclear.
 */
const RELAYED = /^(.{1,12}?)(?:引述|援引)(.+)$/u;

/** What someone received, from whom, right before the verb of its words (收到校方回复, 接到银行通知). */
const RECEIVED_FROM = /(?:收到|接到|接獲|接获)([^，,。；;：:]{2,12}?)(?:的)?$/u;

/**
 * A message sent to someone, then its words (文迪波给本报记者发来短信称, 公司向記者發出聲明指): the sender speaks; whom it went to
 * and what carried it are no part of them.
 */
const SENT_TO = /^([^，,。；;：:]{2,20}?)(?:给|給|向)[^，,。；;：:]{1,12}?(?:发来|發來|发出|發出|发送|發送|寄来|寄來|传来|傳來)了?(?:一[条條封份則则段])?(?:短信|信息|訊息|簡訊|简讯|邮件|郵件|電郵|电邮|微信|信函|書面回覆|书面回复|聲明|声明|回覆|回复)$/u;

/** Someone's words relayed as theirs (易小迪引述張宏偉的話說, 巴尼爾轉述范小沖的說法指): the one whose words they are speaks. */
const WORDS_RELAYED = /^.{1,30}?(?:引述|援引|轉述|转述)(.+?)的(?:話|话|說法|说法|講法|讲法)$/u;

function relayerOf(phrase: string): string | null {
  const owner = WORDS_RELAYED.exec(phrase)?.[1];
  const owned = owner === undefined ? null : trimSpeakerPhrase(owner);
  if (owned !== null && (isPersonalName(splitSpeakerRole(owned).speaker) || isBodyName(owned))) return owned;
  const [, relayer = '', relayed = ''] = RELAYED.exec(phrase) ?? [];
  const person = relayer.replace(LEADING_NOISE, '').trim();
  // Three characters at least: a wire's two (彭博, 路透) can read as a surname and a given name.
  const name = splitSpeakerRole(person).speaker;
  // A wire read as a surname and a name (路透社: 路 is a surname) is an outlet relaying: the sources speak.
  if (!(isPersonalName(name) && name.length >= 3 && !isBodyName(name)) && !/^[他她]$/u.test(person)) return null;
  const source = trimSpeakerPhrase(relayed);
  return source !== null && !isPersonalName(source) && !isBodyName(source) ? person : null;
}

/** Callings and ranks written after a name that an English gloss sits next to (方维城（Will Fung）律师, 理查森上将(Adm. …)). */
const CALLING_BY_GLOSS = '律師|律师|教授|博士|醫生|医生|先生|女士|議員|议员|上將|上将|中將|中将|少將|少将|將軍|将军|大使|爵士';

/** 有 as "there is" opening a clause (有离职员工, 有黃女士). */
export const THERE_IS = new RegExp(`^${THERE_IS_SOURCE}`, 'u');
const THERE_IS_SOMEONE = new RegExp(`${THERE_IS.source}(\\p{Script=Han}.+)$`, 'u');

/** 有 of "there is" after a clause's topic and an adverb (万科股价异动还是有投资者). */
const THERE_IS_AFTER_ADVERB = new RegExp(`^\\p{Script=Han}{1,12}?(?:還是|还是|仍然|依然|仍|也|亦|都|卻|却)${THERE_IS_SOURCE}(\\p{Script=Han}.+)$`, 'u');

/** A web address in brackets, as mainland papers gloss their own name ((www.thepaper.cn)). */
const WEB_ADDRESS_GLOSS = /[（(](?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\/?[）)]/u;

/** A name's gloss (（音）, （化名）) followed by a few words of doing and nothing else. */
const NAME_GLOSS_THEN_DOING = new RegExp(`^([^，,。；;：:！？!?「」“”『』□]*?${PSEUDONYM_GLOSS}[）)])\\p{Script=Han}{1,14}$`, 'u');

/**
 * A name glossed in Latin letters as a person's (约克（Erica York）), then how or where they spoke, opening with its preposition or
 * verb of setting (以书面形式回复本台采访时, 在国会听证会上): the gloss ends the name. Only a gloss of two words or more, each
 * capitalised: a body's gloss (（Tax Foundation）) is followed by its people (研究员…), never by a setting alone.
 */
const PERSON_GLOSS_THEN_SETTING = /^([^，,。；;：:！？!?「」“”『』□]*?\p{Script=Han}[（(]\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){1,3}\s*[）)])(?:以|在|於|于|接受|回覆|回复|通過|通过|透過|透过)\p{Script=Han}{1,14}$/u;

/** Trims a clause down to the speaker's noun phrase, or null when what is left names no one. */
export function trimSpeakerPhrase(quotedRaw: string): string | null {
  // Cantonese 喺 is 在 (陳生喺店內受訪時話): read as 在, shown as written.
  if (quotedRaw.includes('喺')) {
    const read = quotedRaw.replaceAll('喺', '在');
    const trimmed = trimSpeakerPhrase(read);
    const at = trimmed === null ? -1 : read.indexOf(trimmed);
    return trimmed === null || at < 0 ? trimmed : quotedRaw.slice(at, at + trimmed.length);
  }
  // A paper's web address glossed after its name (对澎湃新闻（www.thepaper.cn）记者表示): read without it, so the addressee
  // is told as one without the address would be.
  if (WEB_ADDRESS_GLOSS.test(quotedRaw)) return trimSpeakerPhrase(quotedRaw.replace(WEB_ADDRESS_GLOSS, ''));
  // A name glossed as spelled by its sound or as a pseudonym, then what the person was doing as they spoke (墙纸经销商于新军（音）闲坐在
  // 空荡荡的店铺里说): the gloss ends the name, and what follows is no part of who speaks.
  const glossedThenDoing = NAME_GLOSS_THEN_DOING.exec(quotedRaw)?.[1];
  if (glossedThenDoing !== undefined) return trimSpeakerPhrase(glossedThenDoing);
  const glossedThenSetting = PERSON_GLOSS_THEN_SETTING.exec(quotedRaw)?.[1];
  if (glossedThenSetting !== undefined) return trimSpeakerPhrase(glossedThenSetting);
  // A word of the trade in quote marks before the source's noun (一名“币圈”人士): the marks are no part of who speaks.
  const raw = unquoteTradeWords(quotedRaw);
  // A speech act denied (並未進一步回應, 不願透露, 拒絕評論) reports no words.
  if (NEGATED_SPEECH.test(raw) || UNABLE.test(raw)) return null;
  // Only whom the words are said to (对他的一个助手说): the speaker is the subject of the clause before.
  if (ADDRESSEE_ONLY.test(raw.trim())) return null;
  // A supposition (如果她是跨國投行CEO説): words imagined, said by no one.
  if (SUPPOSING.test(raw.trim())) return null;
  const relayer = relayerOf(raw.trim());
  if (relayer !== null) return relayer;
  // A reply or notice received (岳昕收到校方回复，指…): the sender speaks, not the one who got it.
  const sender = RECEIVED_FROM.exec(raw.trim())?.[1] ?? SENT_TO.exec(raw.trim())?.[1];
  if (sender !== undefined) return trimSpeakerPhrase(sender);
  // 他 doing one thing and then speaking (惟他迅即意識到並說：): the pronoun is the subject of both verbs.
  const pronounAndFirstVerb = PRONOUN_THEN_VERB_AND.exec(raw.trim());
  if (pronounAndFirstVerb?.[1] !== undefined) return pronounAndFirstVerb[1];
  // 他 after a setting, then how they spoke (採訪時他掩面痛哭、聲音沙啞說): the pronoun speaks.
  const pronounAndManner = PRONOUN_THEN_MANNER.exec(raw.trim());
  const manner = pronounAndManner?.[2] ?? '';
  if (pronounAndManner?.[1] !== undefined && MANNER.test(manner) && !/[的所]|(?:人|員|员|者|士|長|长|師|师|家)$/u.test(manner)) return pronounAndManner[1];
  // A surname run into 他 or 她 (林他憶述, a slip for 林亮 or 他): no one is named 他, so the surname alone, which the reading ties to the one full name given with it, or to no one.
  const surnameRunIntoPronoun = /^(\p{Script=Han})[他她]$/u.exec(raw.trim())?.[1];
  if (surnameRunIntoPronoun !== undefined && isBareSurname(surnameRunIntoPronoun)) return surnameRunIntoPronoun;
  // A surname alone after what the person does (本身在對沖基金工作的錢指): the surname, which the reading then ties to the one
  // full name given with it, or to no one. Read first, or the setting in it (在對沖基金) would be cut with the surname.
  const describedSurname = /的(\p{Script=Han})$/u.exec(raw.trim())?.[1];
  if (describedSurname !== undefined && isBareSurname(describedSurname) && !/[□「」“”『』]/u.test(raw)) return describedSurname;
  // A titled full name, then a manner of two characters (分析師王大明無奈地, 分析師王明無奈地): the manner alone goes. The run of four characters
  // the trimming reads after a name (語重心長地) would otherwise take the given name with it (分析師王|大明無奈地).
  const titledThenManner = /^(.+?)(?:\p{Script=Han}{2})地的?$/u.exec(raw.trim())?.[1];
  const titled = titledThenManner === undefined ? null : splitSpeakerRole(titledThenManner);
  let phrase = titledThenManner !== undefined && titled !== null && titled.role !== null && [...titled.speaker].length >= 2 && isPersonalName(titled.speaker) ? titledThenManner : raw.trim();
  for (let previous = ''; previous !== phrase; ) {
    previous = phrase;
    // Every leading word first (但隨後他又很堅定地: 但, then 隨後), so a manner run never swallows the subject.
    for (let lead = ''; lead !== phrase; ) {
      lead = phrase;
      phrase = withoutAnotherCount(withoutWhereTheyAre(withoutEventDay(withoutScene(withoutSomePlace(phrase.replace(THERE_IS_BEFORE_NAMING_MANNER, '')))))).replace(PLACE_BEFORE_COUNT, '').replace(PLACE_BEFORE_NETIZENS, '').replace(STREET_BEFORE_COUNT, '').replace(PLACE_BEFORE_TRADE, '').replace(SETTING_BEFORE_PEOPLE, '').replace(NEARBY_BEFORE_PEOPLE, '').replace(FROM_PLACE_BEFORE_PEOPLE, '').replace(CITY_BY_NICKNAME, '').replace(REGION_BEFORE_COUNT, '').replace(LEADING_NOISE, '').replace(DEMONSTRATIVE_BEFORE_PLACE, '').replace(WHEN_AT_HEAD, '').replace(DESCRIBED_THEN_COUNTED, '').replace(COUNT_AT_HEAD, '').replace(BARE_ONE_COUNT, '').replace(SHARE_AT_HEAD, '').replace(MET_AND_COUNTED, '').replace(COUNT_INSIDE, '').trim();
    }
    // Every trailing word first (潘向东日前受訪時: 受訪時, then 日前), so that 向 inside a name is never read as whom they spoke to.
    for (let trail = ''; trail !== phrase; ) {
      trail = phrase;
      phrase = phrase.replace(TRAILING_NOISE, '').trim();
    }
    phrase = withoutAddressee(phrase);
  }
  // 有 as "there is" before any source a description names (有离职员工, 有攤販老闆, 有黃女士): the patterns above know the common
  // ones by their first word; the rest are sources all the same. Not a name opening with 有 (有讚, 有道).
  // So is one after a clause's topic and an adverb (万科股价异动还是有投资者认为…): the topic is what they speak of.
  const thereIs = THERE_IS_SOMEONE.exec(phrase)?.[1] ?? THERE_IS_AFTER_ADVERB.exec(phrase)?.[1];
  // How many of them there are (有少數網友) is no more who they are than after any other opening word.
  // A salesperson named by the trade alone (但也有销售称) is one too.
  if (thereIs !== undefined && (isUnnamedSource(thereIs) || SURNAME_AND_HONORIFIC.test(thereIs) || /^(?:銷售|销售)$/u.test(thereIs))) phrase = thereIs.replace(LEADING_NOISE, '').replace(PLACE_BEFORE_NETIZENS, '').trim() || thereIs;
  // A name glossed in English and then given a calling (方维城（Will Fung）律师): the calling after the gloss is the role's
  // last word, not part of the name; the title before the name already says who they are.
  // So is a calling or rank before the gloss (理查森上将(Adm. John Richardson)).
  phrase = phrase.replace(new RegExp(`(?<=\\p{Script=Han})(?:(?:${CALLING_BY_GLOSS})?[（(][A-Za-z][A-Za-z .'\\-]*[）)](?:${CALLING_BY_GLOSS})|(?:${CALLING_BY_GLOSS})[（(][A-Za-z][A-Za-z .'\\-]*[）)])$`, 'u'), '');
  // A full name given a calling after it (东方爱婴早教中心的李季凤老师, 所长黄震教授): the calling is courtesy, the name is who speaks.
  // Not a surname alone with it (王老師, 陳醫生), which is how the text names them.
  const calledAfter = /^(.*\p{Script=Han}{2})(?:老師|老师|教授|醫生|医生|律師|律师|博士)$/u.exec(phrase)?.[1];
  if (calledAfter !== undefined && isPersonalName(splitSpeakerRole(calledAfter).speaker)) phrase = calledAfter;
  // The pointer inside, after the body (沃尔玛上述工作人员): the same pointer as before it (上述沃尔玛工作人员), which the reading resolves.
  phrase = phrase.replace(/^(\p{Script=Han}{2,10}?)(上述|前述)(?=\p{Script=Han}{2})/u, '$2$1');
  // A body named with 方面 and then its people (广州万科物业方面相关负责人): 方面 is no part of who they are (LABELS.md: 有赞方面 is 有赞).
  phrase = phrase.replace(/(?<=\p{Script=Han}{2})方面(?=\p{Script=Han}{2,})/u, '');
  // A place before the people who live or trade there (樂翠選區居民, 黃大仙區商戶): a setting, dropped like a count (LABELS.md: 上海一位分析人士 → 分析人士).
  // So is 當地 or 附近 before them (当地村民, 附近一些村民).
  phrase = phrase.replace(/^(?:\p{Script=Han}{1,8}?(?:選區|选区|區|区|市|縣|县|鎮|镇|村|邨|苑|街|省)|當地|当地|附近|周邊|周边)(?:一些|有些|不少|部分|部份)?(?=(?:居民|市民|村民|業主|业主|住戶|住户|街坊|小販|小贩|商戶|商户|租戶|租户)$)/u, '');
  // A brand's or company's 官方 (舒肤佳官方回应) is the company speaking: not a word of its name. A place's (大连官方) is its government, as written.
  phrase = phrase.replace(/(?<=\p{Script=Han}{3})(?<![市省區区縣县州國国鎮镇村])官方$/u, '');
  // A group spoken of as many (米粉們, 網友們) is the group: 們 is no part of the descriptor.
  phrase = withoutWhenClause(withoutDocument(programmeAsNamed(phrase).replace(PUBLICATION, '$1'))).replace(/(?<=\p{Script=Han}{2})[們们]$/u, '');
  // Someone named after whose they are (他的妻子王小紅, 她的鄰居黃太): the name is who speaks.
  const kinNamed = KIN_THEN_NAME.exec(phrase)?.[1];
  // A surname that is also a word of the clause (曾對他, 向他) opens no name here.
  if (kinNamed !== undefined && isPersonalName(kinNamed) && !/[對对向與与和跟他她的是在也曾已將将還还]/u.test(kinNamed.slice(1))) return kinNamed;
  // A source the text names by a pseudonym, then describes (化名赵先生的房地产人士): the pseudonym is how the text names them.
  const pseudonym = /(?:化名|假名)(?:為|为|是)?(\p{Script=Han}{2,4})的[^的，,。「」“”『』□]{2,12}$/u.exec(phrase)?.[1];
  if (pseudonym !== undefined && (SURNAME_AND_HONORIFIC.test(pseudonym) || isPersonalName(pseudonym))) return pseudonym;
  // Someone named by surname and honorific after what they were doing (昨天在超市给自家宝宝挑选新奶瓶的肖先生): that name.
  const describedHonorific = /的(\p{Script=Han}{2,4})$/u.exec(phrase)?.[1];
  if (describedHonorific !== undefined && SURNAME_AND_HONORIFIC.test(describedHonorific) && !/[□「」“”『』]/u.test(phrase)) return describedHonorific;
  // The same, with what they did before speaking still on (在瑪麗醫院外科工作的蘇醫生休放假出席): the honorific is the whole name.
  const afterDescription = /的(\p{Script=Han}{3,8})$/u.exec(phrase)?.[1] ?? '';
  const honorificThenDoing = [2, 3, 4].map((length) => [afterDescription.slice(0, length), afterDescription.slice(length)] as const).find(([name, doing]) => doing.length > 0 && SURNAME_AND_HONORIFIC.test(name) && !isPersonalName(doing) && !ENDS_WITH_TITLE.test(doing));
  if (honorificThenDoing !== undefined && !/[□「」“”『』]/u.test(phrase)) return honorificThenDoing[0];
  // One person named with the kind of people like them (严跃进等业内人士, 李明等專家): the one named is who the text quotes.
  const leading = /^([^、，,和與与及]{2,24}?)等(?:多位|多名|[一二三四五六七八九十两兩幾几数數]+位)?(?:業內|业内|行業|行业|市場|市场)?(?:人士|專家|专家|學者|学者|分析師|分析师|人)$/u.exec(phrase)?.[1];
  if (leading !== undefined && isPersonalName(splitSpeakerRole(leading).speaker)) return leading;
  // A source described by where they were doing something (在路上扫地的工人们): the setting is dropped like a place (LABELS.md), the group stays.
  const setting = /^在[^的，,。「」“”『』□]{1,12}的(\p{Script=Han}{2,6})$/u.exec(phrase)?.[1];
  if (setting !== undefined && isUnnamedSource(setting)) return setting;
  // Someone known only as another's (他的老板, 她的同事) speaks, but is no one the reader can be shown.
  if (POSSESSED.test(phrase)) return phrase;
  // Measured in words, so a name given in English as well (鮑威爾（Jerome Powell）) still fits.
  // A listed company's tickers in brackets (工商银行(601398.SS)(1398.HK)) are a gloss, not words of the phrase.
  // So is a body's short name quoted in brackets (…联合采购办公室（“联采办”）人士).
  const words = measureLength(phrase.replace(/[（(][A-Za-z0-9.\s:：-]{1,20}[）)]/gu, '').replace(/[（(][“「『][^”」』]{1,12}[”」』][）)]/gu, ''));
  // One character is never a name (應, 未): only a pronoun stands alone.
  // A surname alone (鄭謂) may stand for someone named before: the quote reader decides, against the names so far.
  if (words === 1 && /^\p{Script=Han}$/u.test(phrase) && !/^[他她其佢]$/.test(phrase) && !isBareSurname(phrase)) return null;
  // Answering someone's words (针对蓬佩奥表示“…”, 對於李明指出「…」): the topic is what that person says, and they say it.
  const topic = OPENS_WITH_TOPIC.exec(phrase);
  if (topic !== null) return saidByTopic(phrase.slice(topic[0].length));
  // Two people joined, the first titled or with an honorific (財政司司長陳茂波及…局長許正宇, 市民王先生和李小姐): both speak, and the
  // archive shows no one rather than half of the pair, or a calling that is no one (市民).
  if (isTitledPair(phrase)) return null;
  // Whom someone spoke to, with no one before the 向 to speak (並派員前往經產省當面向主管官員說明): the addressee is not the speaker.
  if (SPOKEN_TO_BY_NO_ONE.test(phrase)) return null;
  // A name ending in a character a clause also ends with (李可, 欧必得) or a body listed by name (好未来) is no clause's end; not 來
  // (相对来说 would give 相对来).
  const namedAsIs = isKnownBody(phrase) || (/[可能得]$/u.test(phrase) && isPersonalName(splitSpeakerRole(phrase).speaker));
  const plausible = words > 0 && words <= 24 && (namedAsIs || !NOT_A_SPEAKER.test(phrase)) && !OPENS_WITH_MODAL.test(phrase) && !OPENS_WITH_MANNER.test(phrase) && !DEMONSTRATIVE_THING.test(phrase);
  return plausible ? phrase : words > 24 ? titledNameAfterLongDescription(phrase) : null;
}

/**
 * Whether a phrase joins two people with 與, 和, 及 or 、, the first a titled name or a surname with an honorific and the second
 * named after it, perhaps with a title (萬科董事會主席郁亮與分析師王大明會面後): not a body whose name holds 及 (財經事務及庫務局局長許正宇).
 */
function isTitledPair(phrase: string): boolean {
  for (const joint of phrase.matchAll(/[與与和及、]/gu)) {
    const first = splitSpeakerRole(phrase.slice(0, joint.index));
    const firstIsPerson = (first.role !== null && isPersonalName(first.speaker)) || SURNAME_AND_HONORIFIC.test(first.speaker);
    const rest = phrase.slice(joint.index + 1);
    const second = rest.replace(/(?:都|均|也|亦|一起|一同|共同)$/u, '');
    const secondTitled = splitSpeakerRole(second);
    const secondIsPerson = findRoleAndNameAtHead(rest) !== null || SURNAME_AND_HONORIFIC.test(second) || isPersonalName(second) || (secondTitled.role !== null && isPersonalName(secondTitled.speaker));
    if (firstIsPerson && secondIsPerson) return true;
  }
  return false;
}

/** A name spelled by sound after a title (副主任尼古拉泽): the title tells where it starts, the characters that it is a name. */
const TRANSLITERATED_AFTER_TITLE = new RegExp(`^[${TRANSLITERATING}]{3,6}$`, 'u');

/**
 * A title and a personal name after a description too long to be a role (為特朗普政府撰寫國防戰略報告、強調美國要…
 * 競爭的國防部前副助理部長高比): the title and name after the last 的, the description dropped.
 */
function titledNameAfterLongDescription(phrase: string): string | null {
  const unglossed = phrase.replace(/[（(][A-Za-z0-9.\s:：-]{1,40}[）)]$/u, '');
  const isTitledName = (tail: string) => {
    const named = splitSpeakerRole(tail);
    return named.role !== null && (isPersonalName(named.speaker) || isSpelledForeignName(named.speaker) || TRANSLITERATED_AFTER_TITLE.test(named.speaker));
  };
  const tail = /的([^的，,。：:；;！？!?、□「」“”『』]{3,28})$/u.exec(unglossed)?.[1];
  // A body's unnamed spokesperson after what they were doing (身在美国参加…大会的苹果公司中国公关部相关负责人): the descriptor, as
  // LABELS.md writes an unnamed source, the doing dropped.
  if (tail !== undefined && isUnnamedSource(tail) && /^\p{Script=Han}{2,}?(?:公司|集團|集团|銀行|银行|部|局|署|委|會|会|所|院|中心|協會|协会)/u.test(tail)) return tail;
  // A transliterated name in full after the description (…全球金枪鱼保护部的格兰特里·加兰德): the person, the description their role.
  if (tail !== undefined && new RegExp(`^\\p{Script=Han}{2,6}${NAME_DOT.source}\\p{Script=Han}{2,6}$`, 'u').test(tail)) return phrase;
  // So is a full personal name alone after it (身兼…協會會長及立法會議員的尚海龍): the description is the role, kept with the name.
  if (tail !== undefined && [...tail].length === 3 && isPersonalName(tail) && !/[的是在和與与及]/u.test(tail)) return phrase;
  if (tail !== undefined) return isTitledName(tail) ? tail : null;
  // A full name in Latin letters after a long post of a place's institution, no 的 (德国贝尔吉施格拉德巴赫应用科学大学汽车管理中心主任
  // Stefan Bratzel): the post is the role, however long its place's name.
  const spelled = splitSpeakerRole(unglossed);
  // So is a full Chinese name after such a post (中国社科院城市发展与环境研究所土地经济与不动产研究室主任王业强): the institution's
  // long name may join two fields (与环境), but holds no 的 and no word of a clause.
  const post = spelled.role !== null && ENDS_WITH_TITLE.test(spelled.role) && !/[的是在，,、]/u.test(spelled.role) ? spelled.role : null;
  if (post !== null && /^[A-Z][a-z]+(?: [A-Z][A-Za-z'’-]+)+$/u.test(spelled.speaker) && !/[和與与及]/u.test(post)) return phrase;
  if (post !== null && [...spelled.speaker].length === 3 && isPersonalName(spelled.speaker) && !CLAUSE_IN_POST.test(post)) return phrase;
  // And a transliterated name with its dot (新美国安全中心（CNAS）科技与国家安全项目高级研究员马丁·拉塞尔).
  if (post !== null && new RegExp(`^\\p{Script=Han}{1,8}(?:${NAME_DOT.source}\\p{Script=Han}{1,10})+$`, 'u').test(spelled.speaker) && !CLAUSE_IN_POST.test(post)) return phrase;
  // Several titles listed before one name (高级时装设计师、意大利国际时装周专家评委品牌顾问柴利): all of them are the role, the first
  // perhaps described (总部位于伦敦的坚果交易商CG Hacking董事总经理、国际坚果和干果基金会主席吉尔斯·海克英).
  const listed = /^[^，,。：:；;！？!?□「」“”『』]{2,30}、([^的，,。：:；;！？!?、□「」“”『』]{3,24})$/u.exec(unglossed);
  return listed?.[1] !== undefined && isTitledName(listed[1]) ? phrase : null;
}

/**
 * Words of a clause that no institution's name or post holds (對記者, 表示, 認為, 了): a long phrase holding one is no post.
 * Not 对 in 对冲 (a hedge fund's name, 对冲基金投资管理有限公司), nor 表 in 代表 (首席代表).
 */
const CLAUSE_IN_POST = /(?![對对]沖|对冲)[對对向跟給给把被將将讓让說说稱称認认了過过著着]|(?<!代)表/u;

/** The person a topic phrase names right before the verb, when it is only a personal name, perhaps with its title. */
function saidByTopic(rest: string): string | null {
  const named = splitSpeakerRole(rest);
  return isPersonalName(named.speaker) ? rest : null;
}
