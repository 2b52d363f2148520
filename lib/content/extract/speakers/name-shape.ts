import { isSpeechVerb } from './speech-verbs';
import { isKnownBody } from './known-bodies';

/**
 * The shape of a name: a person (surname and given name, a transliterated or Latin name), a body
 * (…公司, …銀行, …局), a place speaking as its government, or a description (…人士, 分析師); and a
 * role split from the name it comes before (毕马威特殊资产组合伙人 胡雪梅). Precision first: a phrase
 * shaped like none of these is no speaker.
 */

export interface NamedSpeaker {
  /** The person or body as named, without the role. */
  speaker: string;
  /** The description the text gives around the name; null when it gives none. */
  role: string | null;
}

/** Common single-character surnames, Simplified and Traditional. */
export const SURNAMES = '習习王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢竺劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利呼居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭赖賴洪萧蕭傅凃張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蔣葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯歐關蘭寧紀畢單駱藍鮑華饒陽時農繆簡車項連蘆麥婁竇黨宮費衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂儲勞諶藺樓滿聞厲闞權強帥樸蓋練豐國計晉門雲來闕烏況鮮諸戰銀賓堯' +
  // Rarer surnames news names people by (闪辉, 禤惠儀, 甯漢豪, 閻學通, 鄂志寰, 粘振裕, 鈕承澤, 濮存昕), none of them a word's common first character.
  '闪閃禤甯閻鄂蒯宦粘钮鈕糜濮庾殳厍厙訾宓郇邴璩郦酈郗逄羿隗汲';
/** Two-character surnames. */
const COMPOUND_SURNAMES = '欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|独孤|端木|轩辕|钟离|申屠|澹台|万俟|闻人|濮阳|呼延|歐陽|司馬|諸葛|東方|尉遲|公孫|長孫|獨孤|軒轅|鍾離|澹臺|聞人|濮陽';

/**
 * Titles and occupations that end a role right before a name (主任张建平, 研究員周茂華, 市长何雄). Long
 * forms first so 副總經理 is not read as 副總 + 經理.
 */
const TITLES = [
  // A desk's chief analyst, named by the desk (固收首席张继强, 宏观首席): the chief alone is the title.
  '首席',
  '首席執行官', '首席执行官', '首席經濟學家', '首席经济学家', '首席分析師', '首席分析师', '首席策略師', '首席策略师', '首席投資官', '首席投资官',
  '副董事長', '副董事长', '董事長', '董事长', '董事總經理', '董事总经理', '副總經理', '副总经理', '總經理', '总经理', '副總裁', '副总裁', '總裁', '总裁',
  '行政總裁', '行政总裁', '執行董事', '执行董事', '執董', '执董', '獨立董事', '独立董事', '董事', '監事長', '监事长', '秘書長', '秘书长', '副秘書長', '副秘书长',
  '副主任', '主任', '副主席', '主席', '副院長', '副院长', '院長', '院长', '副所長', '副所长', '所長', '所长', '副部長', '副部长', '部長', '部长',
  '副司長', '副司长', '司長', '司长', '副局長', '副局长', '局長', '局长', '處長', '处长', '副市長', '副市长', '市長', '市长', '省長', '省长',
  '副行長', '副行长', '行長', '行长', '副總監', '副总监', '總監', '总监', '合夥人', '合伙人', '創始人', '创始人', '聯合創始人', '联合创始人',
  '負責人', '负责人', '負責同志', '负责同志', '發言人', '发言人', '新聞發言人', '新闻发言人', '副教授', '教授', '研究員', '研究员', '分析師', '分析师', '諮詢師', '咨询师', '策略師', '策略师',
  '經濟學家', '经济学家', '經濟師', '经济师', '評論員', '评论员', '觀察員', '观察员', '評論家', '评论家', '作家', '研究主管', '專家', '专家', '統計師', '统计师', '會長', '会长', '理事長', '理事长', '總理', '总理', '主管', '經理', '经理',
  '總編輯', '总编辑', '社長', '社长', '委員', '委员', '書記', '书记', '律師', '律师', '博士', '學者', '学者', '基金經理', '基金经理', '股東', '股东',
  // Who someone is when the text quotes people in the street: 市民李玉兒, 股民王先生.
  '教師', '教师', '老師', '老师', '市民', '居民', '股民', '投資者', '投资者', '散戶', '散户', '業主', '业主', '學生', '学生', '店主',
  '幕僚長', '幕僚长', '高層', '高层',
  '租戶', '租户', '租客', '住戶', '住户', '房客', '房東', '房东', '村民', '家長', '家长', '網紅', '网红', '博主', '部落客', '漁民', '渔民', '農民', '农民',
  '老闆', '老板', '員工', '员工', '職員', '职员', '醫生', '医生', '護士', '护士', '會計師', '会计师', '工程師', '工程师', '經紀', '经纪', '網友', '网友',
  '總統', '总统', '副總統', '副总统', '首相', '國務卿', '国务卿', '外長', '外长', '財長', '财长', '議員', '议员', '參議員', '参议员', '眾議員', '众议员',
  '州長', '州长', '特首', '行政長官', '行政长官', '主委', '大使', '總書記', '总书记', '總督', '总督', '議長', '议长', '國王', '国王', 'CEO',
  // A country's or party's leader, as foreign desks name them (中國領導人習近平, 工黨領袖施紀賢).
  '領導人', '领导人', '領袖', '领袖',
  // Taiwan's and the mainland's offices and trades, so the name after them stands alone (立委林芳, 次長陳立, 基金經理人王強).
  '立委', '次長', '次长', '政委', '主計長', '主计长', '經理人', '经理人', '官員', '官员', '科長', '科长', '股長', '股长', '組長', '组长', '課長', '课长', '室長', '室长',
  '縣長', '县长', '鎮長', '镇长', '區長', '区长', '里長', '村長', '村长', '校長', '校长', '隊長', '队长', '醫師', '医师', '總教練', '总教练', '教練', '教练',
  '主帥', '主帅', '總教頭', '总教头', '公關', '公关',
  // Callings a feature quotes people by (街坊朱太, 校董李卓人, 製片人李明, 紮鐵師傅羅先生). Not the many of a kind (遊客, 工人, 果農), after whom a
  // predicate comes as often as a name (外國遊客來港…, 环卫工人明显…, 蒜农和蒜商).
  '街坊', '店東', '店东', '師傅', '师傅', '中介', '仲介', '校董', '編劇', '编剧', '總編', '总编', '製片人', '制片人', '樂手', '乐手', '畫家', '画家', '護士長', '护士长',
  // The parties of a court report (被告伍志強, 原告李明, 上訴人陳大文).
  '被告', '被告人', '原告', '上訴人', '上诉人', '答辯人', '答辩人', '申請人', '申请人', '辯護人', '辩护人', '嫌犯', '疑犯', '嫌疑人', '犯罪嫌疑人', '死者家屬', '死者家属',
  '策略長', '策略长', '技術長', '技术长', '投資長', '投资长', '協理', '协理', '副理', '襄理', '副總', '副总', '總領事', '总领事', '常委', '委員長', '委员长',
  '主持人', '監察員', '监察员', '督察', '檢察官', '检察官', '法官', '鑒定官', '鉴定官', '警官', '外交官', '指揮官', '指挥官', '司令官', '書記官', '书记官', '主播', '導演', '导演', '演員', '演员', '顧問', '顾问', '召集人', '發起人', '发起人', '院士', '專員', '专员',
  // Taiwan's legislature: a caucus's whip and secretary-general (國民黨團總召曾銘宗, 民進黨團幹事長鍾佳濱).
  '總召', '总召', '幹事長', '干事长', '書記長', '书记长', '黨鞭', '党鞭', '召委',
  '董秘', '董事會秘書', '董事会秘书', '證券事務代表', '证券事务代表', '理事', '監事', '监事', '店長', '店长', '老闆娘', '老板娘', '廠長', '厂长',
  '主理人', '講師', '讲师', '代言人', '高管', 'CFO', 'COO', 'CTO', 'CIO', '總經濟師', '总经济师', '總會計師', '总会计师',
  '首席財務官', '首席财务官', '首席運營官', '首席运营官', '首席技術官', '首席技术官', '首席風險官', '首席风险官', '首席科學家', '首席科学家',
  '首席戰略官', '首席战略官', '首席市場官', '首席市场官', '首席信息官', '首席營運官', '首席研究員', '首席研究员', '首席顧問', '首席顾问',
  '巡視員', '巡视员', '調研員', '调研员', '總管', '总管', '編輯', '编辑', '詩人', '诗人',
  // A secretary, and a source's description before the name it goes on to give (支聯會秘書蔡耀昌, 旅美政经分析人士秦鹏).
  '秘書', '秘书', '人士', '助理', '助手', '特助',
  // Callings named by 家 and 師 (印尼森林倡議家伊克巴爾, 企業家王石, 精算師陳明).
  '企業家', '企业家', '銀行家', '银行家', '投資家', '投资家', '金融家', '實業家', '实业家', '科學家', '科学家', '藝術家', '艺术家',
  '活動家', '活动家', '倡議家', '倡议家', '政治家', '歷史學家', '历史学家', '社會學家', '社会学家', '法學家', '法学家',
  '設計師', '设计师', '建築師', '建筑师', '精算師', '精算师', '規劃師', '规划师', '理財師', '理财师', '營養師', '营养师', '藥劑師', '药剂师',
  // Social and community work (社工督導曾雅倫, 里幹事, 志工林小姐).
  '督導', '督导', '幹事', '干事', '社工', '社工員', '社工员', '社工師', '社工师', '志工', '義工', '义工', '護理師', '护理师', '看護', '看护',
  // Commands and crews (美国中央司令部司令肯尼斯·麦肯齐, 国足主帅李铁, 负责此次火灾的消防员丹·尼格罗).
  // The European Commission's members as wire copy names them (欧盟贸易执委玛姆斯托姆).
  '執委', '执委',
  '司令', '司令員', '司令员', '主帥', '主帅', '指揮官', '指挥官', '消防員', '消防员', '發言官', '发言官',
  '交易員', '交易员', '分析員', '分析员', '理專', '營業員', '主筆', '主笔', '議員', '參事', '参事', '研究總監', '研究总监',
  // A party's leader, as Hong Kong copy styles him (公民黨黨魁楊岳橋).
  '黨魁', '党魁',
  // A bankruptcy's or an estate's appointed manager (太子奶破产重整管理人陈建宏).
  '破產管理人', '破产管理人', '重整管理人', '清算人',
  // A member of a board or a committee (Dropbox董事会成员布莱恩·施莱尔): the body and 成員 are the role, the name comes after.
  '董事會成員', '董事会成员', '委員會成員', '委员会成员', '理事會成員', '理事会成员',
  '代表', '受害人', '當事人', '当事人', '事主', '創辦人', '创办人', '執行長', '执行长', '財務長', '财务长', '營運長', '营运长', '董座', '總座', '總幹事', '总干事', '署長', '署长', '廳長', '厅长',
  // Taiwan's chief officers named with 長 (法務長沃克, 行銷長, 資訊長).
  // Who owns or runs a business (子公司的共同所有者玛丽斯·姆博纽穆图瓦, 經營者, 海峰伟业的法定代表人岳城琪).
  '所有者', '擁有者', '拥有者', '所有人',
  // Staff named with their post (服务中心工作人员李本赛).
  '工作人員', '工作人员', '經營者', '经营者', '法定代表人', '法人代表', '實際控制人', '实际控制人', '控股股東', '控股股东', '大股東', '大股东',
  '法務長', '法务长', '行銷長', '行销长', '資訊長', '资讯长', '人資長', '人资长', '研發長', '研发长', '品牌長', '品牌长', '永續長', '永续长',
  // People at work named by their trade before their name, as features give them (司机张军, 歌手李克勤, 摊贩王强): without these
  // the trade was read into the name. Not the words for crowds (乘客, 遊客, 車主, 球迷): 多数车主 alone would then be read as
  // the one 车主 the article named, and 遊客來港 as a name.
  '司機', '司机', '導遊', '导游', '保安', '清潔工', '清洁工', '商人', '供應商', '供应商',
  '攤販', '摊贩', '小販', '小贩', '歌手', '藝人', '艺人', '作者', '選手', '选手',
  // …and by the goods they sell (豬肉攤商, 菜販阿郎, 魚販老陳), as television street reports label them.
  '攤商', '摊商', '攤主', '摊主', '菜販', '菜贩', '肉販', '肉贩', '魚販', '鱼贩', '果販', '果贩',
  // Hong Kong's and Taiwan's trades with 員 (夜更保安員陳先生, 文員陳小姐): 保安 alone took 員 into the name.
  '保安員', '保安员', '保全', '管理員', '管理员', '文員', '文员', '店員', '店员', '售貨員', '售货员', '收銀員', '收银员', '技術員', '技术员',
  '廚師', '厨师', '外賣員', '外卖员', '快遞員', '快递员', '騎手', '骑手', '主婦', '主妇', '常客', '熟客',
  // Ministers as Japan and Britain style them (財政大臣扎哈维, 防衛大臣岸信夫, 外相林芳正).
  '大臣', '外相', '防相', '財相', '财相', '藏相',
  // Offices of law, state, the forces and the faiths, and posts at work, that news gives before a name (檢察長, 參謀長, 主編, 領事,
  // 庭長, 住持, 機長, 民警): without them the name after went unread.
  '檢察總長', '检察总长', '總檢察長', '总检察长', '檢察長', '检察长', '總參謀長', '总参谋长', '參謀長', '参谋长', '上將', '上将', '中將', '中将', '少將', '少将',
  '主編', '主编', '副主編', '副主编', '領事', '领事', '參贊', '参赞', '公使', '特使', '庭長', '庭长', '審判長', '审判长', '法醫', '法医',
  '神父', '牧師', '牧师', '主教', '樞機', '枢机', '住持', '方丈', '鄉長', '乡长', '村支書', '村支书', '支書', '支书', '村支部書記', '村支部书记',
  '站長', '站长', '台長', '台长', '館長', '馆长', '園長', '园长', '團長', '团长', '關長', '关长', '東主', '东主', '少東', '掌櫃', '掌柜', '主人',
  // Who steers a family firm or a house (福臨門第二代掌舵人徐維均, 掌門人, 話事人): without them 均 after the name was read as "all".
  '掌舵人', '掌門人', '掌门人', '話事人', '话事人', '接班人', '當家', '当家',
  '助教', '博士生', '碩士生', '硕士生', '研究生', '獸醫', '兽医', '主廚', '主厨', '機長', '机长', '船長', '船长', '獄警', '狱警', '民警', '輔警', '辅警', '交警', '警察', '冠軍', '冠军',
  // A prize's winner (諾貝爾經濟學獎得主克魯明): the prize is the role, the name comes after.
  '得主', '得獎者', '得奖者', '獲獎者', '获奖者',
  // Standing and callings news gives before a name (新任財爺陳茂波, 房仲賴啟文, 金曲歌后張惠妹, 原央视名嘴方宏进, 第二代传人叶红, 搭檔Nadia,
  // 擬參選人蔡宜珊, 同班同学王敖): without them the whole phrase was read as one name, and no one was shown. Not 運營, as often a verb
  // or a body's word (負責運營, 運營商) as a calling (互联网运营陆阳): as a title it turned one right speaker of held copy wrong.
  '財爺', '财爷', '房仲', '歌后', '歌王', '影后', '影帝', '天后', '名嘴', '傳人', '传人', '搭檔', '搭档', '參選人', '参选人', '擬參選人', '拟参选人',
  '候選人', '候选人', '同學', '同学', '首富', '導師', '导师',
  // Hong Kong's police ranks (重案組總督察郭美森, 警長陳大文): 總督 alone would take 察 into the name.
  '總督察', '总督察', '高級督察', '高级督察', '督察', '總警司', '总警司', '高級警司', '高级警司', '警司', '警長', '警长', '警員', '警员', '探員', '探员',
];

export const TITLE_SOURCE = [...new Set(TITLES)].sort((a, b) => b.length - a.length).join('|');
const HAN_NAME = `(?:${COMPOUND_SURNAMES}|[${SURNAMES}])\\p{Script=Han}{1,2}`;
/** The marks that part a transliterated name (杰罗姆·鲍威尔, 道格．杜西), and the hyphen some portals print instead (斯科特-温格). */
export const NAME_DOT = /[·・•‧．\-－]/u;
/** A transliterated foreign name (杰罗姆·鲍威尔) or one in Latin letters (Tim Cook); its last part ends where the predicate starts (丹·尼格罗|表示). */
const FOREIGN_NAME = `\\p{Script=Han}{1,8}(?:${NAME_DOT.source}\\p{Script=Han}{2,10}?)+|` + '[A-Z][A-Za-z.\\u0027\\u2019\\-]*(?:[ \\u3000][A-Z][A-Za-z.\\u0027\\u2019\\-]*)*';
/** At the end of the phrase a transliterated name's last part may be one character (特雷莎·梅): nothing follows it to be cut off. */
const FOREIGN_NAME_TO_END = FOREIGN_NAME.replace('{2,10}?', '{1,10}?');
/** A role ending in a title, then the name: nothing after the name; the last title ends the role (司令部司令肯尼斯·麦肯齐). */
const ROLE_THEN_NAME = new RegExp(`^(.*(?:${TITLE_SOURCE}))\\s*(${FOREIGN_NAME_TO_END}|${HAN_NAME})$`, 'u');
/** A role ending in a title, then a transliterated foreign name (總理拉布卡). */
const ROLE_THEN_TRANSLITERATED_NAME = new RegExp(`^(.*?(?:${TITLE_SOURCE}))(\\p{Script=Han}{2,5})$`, 'u');
/**
 * An office mostly held abroad, then a transliterated name (美國總統拜登, 日本首相岸田文雄, 美聯儲主席鮑威爾,
 * 法國央行行長德加洛; a Chinese bank's 行長 has a surname, which the plain rule reads first):
 * the name needs no Chinese surname.
 */
const FOREIGN_OFFICE_THEN_NAME = /^(.*?(?:行長|行长|總統|总统|首相|大臣|外相|國務卿|国务卿|外長|外长|財長|财长|議員|议员|州長|州长|國王|国王|總督|总督|大使|聯儲主席|联储主席|總理|总理|主席|部長|部长|發言人|发言人|秘書長|秘书长|總裁|总裁|執行長|执行长|CEO))(\p{Script=Han}{2,5})$/u;
/**
 * Characters that spell foreign names and rarely make up Chinese words (史蒂文森, 麥克斯韋, 奧爾布賴特): a name of four
 * or five of them after a title is transliterated, too long for a Chinese surname and given name.
 */
const SPELLING = '斯森蒂爾尔特克拉納纳姆夫娃亞亚伊羅罗維维卡塔諾诺莫普布格蘭兰恩奧奥艾馬马巴彼喬乔麥麦戴湯汤威柯科基吉西希蒙托索傑杰凱凯菲費费帕哈赫迪雷瑞賴赖萊莱洛魯鲁盧卢倫伦琳娜妮麗丽莉絲丝茨澤泽佐祖史文德里利安爾丹尼';
const ROLE_THEN_SPELLED_NAME = new RegExp(`^(.*(?:${TITLE_SOURCE}))([${SPELLING}]{4,5})$`, 'u');

/**
 * A role ending in a title, then a familiar name (出版社的编辑小江, 店員阿明, 經理老王, 紮鐵師傅威哥): not a word they open (小組, 老闆,
 * 阿姨). One character and 哥 or 姐 is how workmates call each other; after a title it is no surname and given name (傅|威哥).
 */
const ROLE_THEN_FAMILIAR_NAME = new RegExp(`^(.*(?:${TITLE_SOURCE}))([小老阿](?![組组區区時时學学店師师闆板姨伯婆公])\\p{Script=Han}|(?![大二三老小])\\p{Script=Han}(?:哥|姐))$`, 'u');

/** Whether a name is spelled out of transliterating characters alone, four or five of them (史蒂文森). */
export function isSpelledForeignName(name: string): boolean {
  return new RegExp(`^[${SPELLING}]{4,5}$`, 'u').test(name);
}

/** A phrase that is a title and nothing more (董事長, 該行行長 after the demonstrative is gone). */
export const BARE_TITLE = new RegExp(`^(?:${TITLE_SOURCE})$`, 'u');
/** What follows a surname in place of a given name when copy names a person politely (李女士, 周阿婆, 周奶奶). */
export const HONORIFICS = ['先生', '女士', '小姐', '太太', '阿婆', '婆婆', '奶奶', '爺爺', '爷爷', '阿伯', '伯伯', '阿姨'] as const;
/** A surname with an honorific or title in place of the name (李女士, 王總, 陳博士, 周阿婆). */
export const SURNAME_AND_HONORIFIC = new RegExp(`^(${COMPOUND_SURNAMES}|[${SURNAMES}])(?:${HONORIFICS.join('|')}|老師|老师|總|总|董|博士|教授|律師|律师|醫生|医生|${TITLE_SOURCE})$`, 'u');
/**
 * How a source asked to be named, before the descriptor (不愿透露姓名的, 不願具名的, 要求匿名的): part of how the text names them
 * (LABELS.md). One pattern for every reader of it: the trimming, the demonstratives and the unnamed-source shapes.
 */
export const NAMING_MANNER = '(?:(?:不願意|不愿意|不願|不愿|不肯|不想|拒絕|拒绝|要求不|要求)?(?:具名|署名|透露(?:姓名|名字|全名|身份|身分)|公開(?:姓名|身份|身分)|公开(?:姓名|身份)|匿名))的';

/** Demonstratives that point back at someone by what they are (該人士, 这位专家, 上述负责人, 上述接近江苏地区银行系统监管人士). */
// The two-character demonstratives first: 該名醫生 points back at a 醫生, not a 名醫生.
// How the source asked to be named may come between (該名不願具名的護士).
export const DEMONSTRATIVE = new RegExp(`^(?:上面這位|上面这位|上面那位|前面這位|前面这位|該名|该名|這位|这位|這名|这名|上述|前述|該|该)((?:${NAMING_MANNER})?(?:.{1,6}|.{1,20}(?:人士|人員|人员|負責人|负责人|分析師|分析师|律師|律师|專家|专家|員工|员工|職員|职员|中層|中层|總監|总监|經理|经理|主管|高管|業者|业者|從業者|从业者|代表|老闆|老板|顧問|顾问)))$`, 'u');

/** A description, then one capital letter (or two) that stands for a withheld name: 专车司机A, 員工B; not a 大V (an influencer), nor a clause with 的. */
const LETTERED_SOURCE = /^(?![^]*[的之])\p{Script=Han}{2,10}(?<!大)[A-Z]{1,2}$/u;

/**
 * A description told apart by a surname alone (陳姓男子, 林姓股民, 王姓業者), as Taiwan and Hong Kong copy name a source who
 * gave no full name: unnamed, as LABELS.md writes it.
 */
const SURNAMED_SOURCE = new RegExp(`^(?:${COMPOUND_SURNAMES}|[${SURNAMES}])姓\\p{Script=Han}{1,5}$`, 'u');

/** Whether a speaker is a source told apart by a letter (专车司机A) or a surname alone (陳姓男子): unnamed, however it is marked. */
export function isLetteredSource(speaker: string): boolean {
  return LETTERED_SOURCE.test(speaker) || SURNAMED_SOURCE.test(speaker);
}

/** Splits a speaker phrase into the name and the role before it; a phrase with no title before a name is all name. */
export function splitSpeakerRole(writtenWithHandle: string): NamedSpeaker {
  // A source the copy tells apart by a letter (专车司机A, 受訪者B): the letter is no name, the whole is how the text names them.
  if (LETTERED_SOURCE.test(writtenWithHandle)) return { speaker: writtenWithHandle, role: null };
  const split = splitAsWritten(withoutHonorificAfterTitledName(writtenWithHandle));
  // 其, 上述 or 前述 opening the role (其助理Danny, 上述想买入…股票卫先生) points back at what was named before: out of its
  // sentence it says nothing, the rest of the role does.
  // A clause and a copula before the role (做足準備…是谷歌工程師簡嘉良): what follows 是 describes them, what stands before does not.
  // Asking them, before the role (記者詢問阿妹經紀人陳鎮川): the reporter's act, no part of who they are; nor is a verb of bearing
  // out done before it (印证了小米创始人雷军…); a role's own verb stays (干了八年码头工的老陈).
  return split.role === null ? split : { ...split, role: split.role.replace(/^.*(?<![於于只還还就總总但可也亦])是(?=\p{Script=Han}{2})/u, '').replace(/^.*(?:詢問|询问)(?=\p{Script=Han}{2})/u, '').replace(/^.*(?:印證|印证|證明|证明|顯示|显示|體現|体现|反映|表明|驗證|验证)了(?=\p{Script=Han}{2})/u, '').replace(/^(?:其(?![他它餘余中實实次])|上述|前述)(?=\p{Script=Han}{2})/u, '') };
}

/**
 * A full name after a title, then an honorific (创始人丛海燕女士, 公司创始人张伟先生): the honorific is courtesy and the name
 * is who speaks. Left on, it would be read as the name (燕女士, as a surname and an honorific), leaving 丛海 in the role.
 */
const TITLED_NAME_THEN_HONORIFIC = new RegExp(`^(.*(?:${TITLE_SOURCE})\\s*(?:${HAN_NAME}))(?:先生|女士|小姐)$`, 'u');

/** A surname and its honorific right after a title (人事主管周女士, 董事欧阳女士): how the text names them, with no full name there. */
const SURNAME_HONOURED_AFTER_TITLE = new RegExp(`(?:${TITLE_SOURCE})(?:${COMPOUND_SURNAMES}|\\p{Script=Han})(?:先生|女士|小姐)$`, 'u');

function withoutHonorificAfterTitledName(written: string): string {
  // The titles' long alternation is tried only on a phrase that ends in an honorific.
  if (!/(?:先生|女士|小姐)$/u.test(written)) return written;
  const titledName = TITLED_NAME_THEN_HONORIFIC.exec(written)?.[1];
  return titledName === undefined || SURNAME_HONOURED_AFTER_TITLE.test(written) ? written : titledName;
}

function splitAsWritten(writtenWithHandle: string): NamedSpeaker {
  // A gloss in brackets inside a title (懲教署助理教育主任（中文科）黃建華, 二級校長（教育組）蕭佩芬), as Hong Kong
  // copy writes a post's section: the name is read past it, and the role keeps it as written.
  const inner = /[（(][^（()）]{1,12}[）)](?=\p{Script=Han})/u.exec(writtenWithHandle);
  if (inner !== null) {
    const split = splitAsWritten(writtenWithHandle.slice(0, inner.index) + writtenWithHandle.slice(inner.index + inner[0].length));
    const at = writtenWithHandle.lastIndexOf(split.speaker);
    if (split.role !== null && at > inner.index) return { speaker: split.speaker, role: writtenWithHandle.slice(0, at) };
  }
  // A social-media handle after the name (张华平@ICTCLAS张华平博士, 陶琳@Grace陶琳-Tesla) is how the post was signed, not the name.
  const written = /^(.*\p{Script=Han})@[^\s@]+$/u.exec(writtenWithHandle)?.[1] ?? writtenWithHandle;
  // A gloss in brackets after the name (布朗（Mark Brown）, 國際原子能總署（IAEA）) is not part of it.
  const gloss = /\s*[（(]([^（()）]*)[）)]$/u.exec(written);
  const phrase = gloss === null ? written : written.slice(0, gloss.index) || written;
  // A name glossed in Latin letters (拉布卡（Sitiveni Rabuka）) is transliterated: any surname goes.
  const glossedInLatin = gloss !== null && /^[A-Za-z][A-Za-z .,'’-]*$/.test(gloss[1] ?? '');
  const foreign = glossedInLatin ? ROLE_THEN_TRANSLITERATED_NAME.exec(phrase) : FOREIGN_OFFICE_THEN_NAME.exec(phrase);
  // What follows an office is no name when it names a place of office (總統府只有) or ends a clause (…只有, …都是).
  const foreignName = foreign?.[2];
  const oneOf = splitOneOfThenName(phrase);
  if (oneOf !== null) return oneOf;
  const match = ROLE_THEN_NAME.exec(phrase) ?? roleByTitleEndingThenName(phrase) ?? ROLE_THEN_SPELLED_NAME.exec(phrase) ?? ROLE_THEN_FAMILIAR_NAME.exec(phrase) ?? ROLE_THEN_LONG_TRANSLITERATION.exec(phrase) ?? (foreignName !== undefined && !/^[府部院局處处署會会辦办廳厅司室]|[有是在的了也都就還还只]$/u.test(foreignName) ? foreign : null) ?? nameOfNoSurnameAfterTitle(phrase);
  const cut = match !== null && match !== undefined && (cutsThroughTitle(match[1] ?? '', match[2] ?? '') || COMMON_WORDS.has(match[2] ?? '') || WORDS_AFTER_A_TITLE.has(match[2] ?? '') || JOINS_ANOTHER_CALLING.test(match[2] ?? '') || cutsThroughSide(match[1] ?? '', match[2] ?? '') || cutsThroughMission(match[1] ?? '', match[2] ?? '')) ? null : match;
  const role = cut?.[1]?.replace(/[\s、，,]+$/u, '');
  const name = cut?.[2];
  // 的 inside a name read after a title (议员彼得．布朗的遗孀玛丽．布朗) joins two people: the described one is read below.
  // A term of office after the title (總統任期內) is a time, though 任 is a surname.
  // A preposition read as a surname (綠議員|對柯說): whom the words are for; the role alone is who speaks.
  // Not 向, a surname as often (国务院研究室副主任向东).
  if (role !== undefined && role !== '' && name !== undefined && /^[對对跟給给替]/u.test(name) && !/[的之]$/u.test(role)) return { speaker: role, role: null };
  if (role === undefined || name === undefined || role === '' || name.includes('的') || /期[內内間间中]$/u.test(name)) return splitDashedName(phrase) ?? splitPartyThenName(phrase) ?? splitLatinNameThenCalling(phrase) ?? splitNameThenTitle(phrase) ?? splitDescribedName(phrase) ?? splitDescribedCompany(phrase) ?? splitAgedFamiliarName(phrase) ?? splitDescribedFamiliarName(phrase) ?? splitBodyInApposition(phrase) ?? splitBodyThenPerson(phrase) ?? splitSurnamedDescription(phrase) ?? splitDescribedHonorific(phrase) ?? splitKinThenName(phrase) ?? { speaker: phrase, role: null };
  return { speaker: name, role: withoutPersonJoinedBefore(role) };
}

const TITLE_SET: ReadonlySet<string> = new Set(TITLES);

/** Parties named as a side with 方 (股东方, 投资方, 主办方, 买方): 方 is the side, though it is a surname too. */
const SIDE_BEFORE_FANG = /(?:股東|股东|投資|投资|合作|主辦|主办|承辦|承办|發行|发行|收購|收购|債權|债权|債務|债务|出租|承租|甲|乙|買|买|賣|卖|資|资|校|院|警|官|對|对|雙|双|各|廠|厂|店|商)$/u;

/**
 * Whether a split ends the role on a title that opens a mission's name (中國駐加拿大使|館發言人 of 大使館, 總領事|館): what is left
 * is the mission's spokesperson or officer, no personal name.
 */
function cutsThroughMission(role: string, name: string): boolean {
  return /(?:使|領事|领事)$/u.test(role) && /^[館馆]/u.test(name);
}

/** Whether a split reads a side's 方 as a surname (有股东|方支持 of 有股东方支持): no name follows. */
function cutsThroughSide(role: string, name: string): boolean {
  return name.startsWith('方') && SIDE_BEFORE_FANG.test(role);
}

/**
 * Words a title is followed by as often as a name, read as one only there (公關公司 was the title 公關 and the name 公司): a body
 * may still speak as 公司 elsewhere. No personal name opens with one (公開面對媒體表示 gave 公開面).
 */
const WORDS_AFTER_A_TITLE: ReadonlySet<string> = new Set(['公司', '公眾', '公众', '公共', '公開', '公开', '公告', '公布', '公佈', '公益', '公會', '公会']);

/**
 * Whether a split parts a title between the role and the name (主教|练瑞卡 of 主教练瑞卡, where 教练 is the title): the name
 * then opens with the title's end, a surname only by chance.
 */
function cutsThroughTitle(role: string, name: string): boolean {
  for (let kept = 1; kept <= 3; kept += 1) {
    for (let taken = 1; taken <= 2; taken += 1) {
      if (TITLE_SET.has(role.slice(-kept) + name.slice(0, taken))) return true;
    }
  }
  return false;
}

/** A trader named by what they trade in (医疗器械经销商张军, 建材供应商李明): a trade, not a body, before a person's name. */
const TRADER = '(?:經銷|经销|分銷|分销|代理|批發|批发|零售|供應|供应|承包|貿易|贸易|銷售|销售|渠道|進口|进口|出口)商';

/**
 * A trader named by where they come from or what they do, a calling whole in itself before a name (参展台商程宇杰, 港商李明,
 * 建商王某, 廠商陳先生): the wire's and Taiwan's word, with or without more before it.
 */
const TRADER_BY_ORIGIN = '(?:台|臺|港|陸|陆|澳|外|僑|侨|參展|参展|廠|厂|開發|开发|發展|发展|建|車|车)商';

/**
 * A calling named by 人 (媒體人高瑜, 出版人, 經紀人, 監護人), from a list: not the people of a place or a kind (香港人, 男人), nor
 * 人士, 人員, 人們.
 */
const CALLING_IN_REN = '(?:投資|投资|股評|股评|媒體|媒体|出版|製作|制作|經紀|经纪|監護|监护|代理|保證|保证|擔保|担保|持有|繼承|继承|當事|当事|候選|候选|召集|主持|創辦|创办|收藏|評論|评论|時評|时评|節目|节目|音樂|音乐|文化|傳媒|传媒|戲劇|戏剧|工|達|达)人';

/**
 * One of many of a kind, named by the character that ends the word for them (背包客林仁正, 车主李明, 茶农林文华, 村民王大爷,
 * 电工张强, 病友刘芳, 农户陈新, 商家王祎, 消费者李涛, 球迷王军), before a full name: a feature quotes people in the street so, and the list cannot hold every
 * kind. Alone they are the many (外國遊客來港, 蒜农和蒜商), so only a personal name after them makes one person. Not the
 * first character of a word the ending makes with what follows (客|户, 主|任, 农|场, 民|生, 民|黨, 工|程, 友|好, 户|口), and 主 only
 * as one who owns (车主, 业主, 店主), never 民主 or 自主.
 */
const ONE_OF_A_KIND = '(?:客(?![戶户服運运車车廳厅機机棧栈家源])|(?<=[車车店業业房貨货雇僱攤摊船屋債债買买賣卖物失場场礦矿廠厂樓楼園园宅])主(?![任管席持要動动導导編编辦办角題题流體体力])|[農农](?![民村場场業业戶户藥药行科])|民(?![生主族營营意間间政警宿航眾众俗歌用黨党])|工(?![作業业程廠厂人資资具會会商地期序藝艺])|友(?![人誼谊好邦善])|(?<![賬账帳])[戶户](?![口籍外型主])|(?<=[商賣卖買买店東东玩藏炒])家|(?<![或再前後后兩两二三])者|迷(?![你失思惑信茫宮宫路])|球迷)';

/**
 * A title the list does not hold, known by the character that ends most offices and trades (事务官, 稽查员, 调酒师), then a
 * personal name (全澳学生会国际学生事务官Indrajeet Chauhan, 药店营业员王芳): the list cannot name every post a report gives.
 * Only before a name proper (工作人员王刚, 学员李明), and not on the first character of a word the ending makes with what follows
 * (官|方账号, 員|工, 師|傅, 師|生).
 */
const ROLE_BY_TITLE_ENDING_THEN_NAME = new RegExp(`^(.*\\p{Script=Han}(?:官(?![方員员司府])|[員员](?![工])|[師师](?![傅範范生資资])|${TRADER}|${ONE_OF_A_KIND})|.*${CALLING_IN_REN}|.*${TRADER_BY_ORIGIN})\\s*(${FOREIGN_NAME}|${HAN_NAME})$`, 'u');

function roleByTitleEndingThenName(phrase: string): RegExpExecArray | null {
  const match = ROLE_BY_TITLE_ENDING_THEN_NAME.exec(phrase);
  const name = match?.[2] ?? '';
  // A name ending as a place or time word does (全员|公告中, 人员|陈述时) is more likely the clause's setting.
  return match !== null && isPersonalName(name) && !/[的了在是和与與及]|[中里裡上下内內外时時后後前]$/u.test(name) ? match : null;
}

/** A surname, then a character no surname is (王建…, not the 王楊 of a married name). */
const SURNAME_THEN_GIVEN_CHARACTER = new RegExp(`^[${SURNAMES}][^${SURNAMES}]`, 'u');
const COMPOUND_SURNAME_OPENING = new RegExp(`^(?:${COMPOUND_SURNAMES})`, 'u');

/**
 * A title, then three or four characters that open with no Chinese surname (经济分析师新家义贵, a Japanese name), or two a
 * transliteration spells (資深顧問帕克): a name all the same when they hold no word of a clause, no title and no ending of a body or a
 * description.
 */
function nameOfNoSurnameAfterTitle(phrase: string): RegExpExecArray | null {
  // The shortest role first; then the longest, when a title's last character opened the name (高級研究|員塔米米 for 研究員 塔米米).
  return noSurnameNameOf(ROLE_THEN_TRANSLITERATED_NAME.exec(phrase)) ?? noSurnameNameOf(ROLE_THEN_TRANSLITERATED_NAME_LONGEST_ROLE.exec(phrase));
}

/** A role ending in a title, the longest that leaves a name of two to five characters after it. */
const ROLE_THEN_TRANSLITERATED_NAME_LONGEST_ROLE = new RegExp(`^(.*(?:${TITLE_SOURCE}))(\\p{Script=Han}{2,5})$`, 'u');

/** A transliterated name doubling its last sound (塔米米, 娜娜), not a doubled manner word (大喇喇): every character one a transliteration uses. */
function isDoubledTransliteration(name: string): boolean {
  return /^(.)(.)\2$/u.test(name) && TRANSLITERATED_NAME.test(name);
}

function noSurnameNameOf(match: RegExpExecArray | null): RegExpExecArray | null {
  const name = match?.[2] ?? '';
  // A negation or a modal opening it (護士|無責任問…) starts a predicate, not a name.
  // Nor one opening with the end of a longer title and holding a name after it (護士|長王建國, 農民|工王建國).
  // Nor four characters that open with a surname and a given name's character (王建國|堅, a verb's first character glued on): a
  // Chinese name of four has two surnames (王楊彩霞) or a compound one.
  const glued = [...name].length === 4 && SURNAME_THEN_GIVEN_CHARACTER.test(name) && !COMPOUND_SURNAME_OPENING.test(name);
  if (glued || match === null || !(/^\p{Script=Han}{3,4}$/u.test(name) || (/^\p{Script=Han}{2}$/u.test(name) && TRANSLITERATED_NAME.test(name) && !/[洲國国州省市區区島岛]$/u.test(name))) || /^[無无不未沒没非並并也都已將将要會会能可應应該该須须需被把讓让隨随即立再又亦就便則则卻却仍只更還还曾]/u.test(name) || /^[長长員员師师官家者人士工農农戶户民]/u.test(name) || (SHORT_CLAUSE.test(name) && !isDoubledTransliteration(name)) || ENDS_WITH_TITLE.test(name) || new RegExp(`(?:${TITLE_SOURCE})`, 'u').test(name)) return null;
  return BODY_ENDING.test(name) || DESCRIPTION_ENDING.test(name) || PLACE_AS_SPEAKER.test(name) || /[府部院局處处署會会辦办廳厅司室組组]/u.test(name) ? null : match;
}

/**
 * Kin named before their full name (一旁的妻子張瓊萍, 那義屏的二姊那蘭英, 越籍妻子裴氏美仙) or their familiar one (小興的阿嬤牡丹婆): the
 * kin word ends the role. Only a surname and two characters that no predicate or time word holds, a four-character name with 氏,
 * 阿 and one character, or one or two characters and an elder's address (婆, 伯, 姨): a kin word before a
 * verb (妻子商量, 母親連日來) is no name.
 */
const KIN_THEN_NAME = new RegExp(
  `^(.{0,14}?(?:妻子|太太|老婆|老公|夫人|丈夫|母親|母亲|父親|父亲|兒子|儿子|女兒|女儿|[大二三四]?[姊姐]|姊姊|姐姐|妹妹|哥哥|弟弟|[長长次么]子|[長长次么]女|媳婦|媳妇|女婿|外婆|奶奶|爺爺|爷爷|阿嬤|弟媳|[大二]?嫂|兒媳|儿媳|姪子|侄子|外甥|孫子|孙子|孫女|孙女|姊夫|姐夫|妹夫))` +
    `([${SURNAMES}]{2}\\p{Script=Han}{2}(?<![日來来天年月時时後后前都也又還还再已將将會会說说表的了着著過过在是對对向和與与及])|(?:${COMPOUND_SURNAMES}|[${SURNAMES}])(?:[^日來来天年月時时後后前都也又還还再已將将會会說说表的了着著過过在是對对向和與与及，,。]{1,2}|氏\\p{Script=Han}{2})|[阿小][^日來来天年月時时後后前都也又還还再已將将會会說说表的了着著過过在是對对向和與与及，,。]|[^日來来天年月時时後后前都也又還还再已將将會会說说表的了着著過过在是對对向和與与及，,。]{1,2}(?:婆|嬤|嬷|伯|叔|姨|嬸|婶))$`,
  'u',
);

function splitKinThenName(phrase: string): NamedSpeaker | null {
  const [, role, name] = KIN_THEN_NAME.exec(phrase) ?? [];
  return role === undefined || name === undefined ? null : { speaker: name, role };
}

/**
 * A body's description in apposition before its name, as wire copy writes it (聯合國核監督機構國際原子能總署,
 * 中國官媒環球時報): the name is the last proper noun, the description its role. The description ends in
 * a noun of kind (機構, 組織, 官媒, 智庫), and what follows is named like a body.
 */
const BODY_IN_APPOSITION = /^(\p{Script=Han}{2,12}?(?:監督機構|监督机构|監管機構|监管机构|機構|机构|組織|组织|官媒|媒體|媒体|智庫|智库)|\p{Script=Han}{0,10}?(?:官媒|黨媒|党媒|陸媒|陆媒|港媒|台媒|臺媒|外媒|美媒|日媒|韓媒|韩媒|英媒|俄媒|喉舌))(\p{Script=Han}{3,16})$/u;

/** Endings of a firm or an institution someone works at (律师事务所, 中信证券, 交银国际, 北京大学): regex source. */
export const FIRM_ENDING = '事務所|事务所|研究院|研究所|研究中心|公司|集團|集团|銀行|银行|證券|证券|基金|國際|国际|資本|资本|控股|期貨|期货|保險|保险|資管|资管|投資|投资|信託|信托|大學|大学|學院|学院|醫院|医院';

/**
 * A firm, then the full name of someone in it with no title between (浙江裕丰律师事务所厉健, 中信证券李迅雷): the name speaks,
 * the firm is the role.
 */
const BODY_THEN_PERSON = new RegExp(`^(\\p{Script=Han}{2,16}?(?:${FIRM_ENDING}))((?:${COMPOUND_SURNAMES}|[${SURNAMES}])\\p{Script=Han}{1,2})$`, 'u');

function splitBodyThenPerson(phrase: string): NamedSpeaker | null {
  const [, body, name] = BODY_THEN_PERSON.exec(phrase) ?? [];
  // A weekday reads as a surname and a given name (美光公司周三): a time, not a person.
  if (body === undefined || name === undefined || !isPersonalName(name) || BODY_ENDING.test(name) || /^[周週][一二三四五六日天末]|[日天年月]$/u.test(name)) return null;
  return { speaker: name, role: body };
}

function splitBodyInApposition(phrase: string): NamedSpeaker | null {
  const [, description, name] = BODY_IN_APPOSITION.exec(phrase) ?? [];
  // A conjunction opening what follows (外媒|和自媒体) joins two speakers: no name in apposition.
  if (description === undefined || name === undefined || !BODY_ENDING.test(name) || /^[和與与及跟、]/u.test(name)) return null;
  return { speaker: name, role: description };
}

/**
 * Someone named by surname and what they are (陳姓社工員, 王姓男子, 李姓业主), after the unit they work in
 * (社會局社福中心陳姓社工員): the surnamed description is who speaks, the unit before it the role.
 */
const SURNAMED_DESCRIPTION = new RegExp(`^(.{2,20}?)((?:${COMPOUND_SURNAMES}|[${SURNAMES}])姓\\p{Script=Han}{1,6})$`, 'u');

function splitSurnamedDescription(phrase: string): NamedSpeaker | null {
  const [, unit, described] = SURNAMED_DESCRIPTION.exec(phrase) ?? [];
  if (unit === undefined || described === undefined || /[之和與与及跟向對对]$/u.test(unit)) return null;
  // A description before 的 (67歲的陳姓居民) is the role without it.
  return { speaker: described, role: unit.replace(/的$/u, '') };
}

/** A description, then a surname with an honorific (愛心人士雷先生, 退休教師陳太太): the honorific is how the text names them. */
const DESCRIPTION_THEN_HONORIFIC = new RegExp(`^(\\p{Script=Han}{2,16}?)((?:${COMPOUND_SURNAMES}|[${SURNAMES}])(?:先生|女士|小姐|太太))$`, 'u');

function splitDescribedHonorific(phrase: string): NamedSpeaker | null {
  const [, description, named] = DESCRIPTION_THEN_HONORIFIC.exec(phrase) ?? [];
  if (description === undefined || named === undefined || /[的之和與与及跟向對对]$/u.test(description)) return null;
  return { speaker: named, role: description };
}

/** Someone named by their tie to another, between 的 and the name (同住的友人阿蘭, 多年的好友王強). */
const RELATION_WORDS = '友人|朋友|好友|老友|摯友|挚友|鄰居|邻居|同事|同學|同学|室友|女友|男友|伴侶|伴侣|親戚|亲戚|戰友|战友|學生|学生|老師|老师';

/**
 * Characters that spell foreign names (Xinhua's table, both scripts): a short name made only of them (布朗, 弗理兰,
 * 玛姆斯托姆) is transliterated, though no Chinese surname opens it.
 */
export const TRANSLITERATING = '阿埃艾安昂奥奧澳巴拜班邦保贝貝本比彼毕畢宾賓波伯博布查達达戴丹道德迪蒂丁東东杜多厄恩尔爾法凡范菲费費芬丰豐弗福富盖蓋甘冈岡戈格根古哈海汉漢豪赫亨洪霍基吉加贾賈简簡杰傑金卡凯凱坎康柯科克肯库庫夸奎昆拉莱萊赖賴兰蘭朗劳勞勒雷里理利莉琳隆卢盧鲁魯伦倫罗羅洛马馬玛瑪迈邁麦麥曼梅门門蒙米密莫墨默穆姆纳納娜奈南内內尼妮宁寧努诺諾欧歐帕潘庞龐佩彭皮珀普奇齐齊恰乔喬切琼瓊丘萨薩塞桑瑟森沙尚舍施什史斯松苏蘇索塔泰坦汤湯唐特提图圖托瓦万萬旺威韦韋维維温溫沃乌烏伍西希锡錫夏辛休雅亚亞扬揚耶伊因尤约約泽澤扎詹兹茲佐' +
  // Endings and vowels of Slavic, Turkic and women's names (卡夫索格魯, 伊万诺夫, 莫拉莱斯-茨, 娜塔莎, 索菲娅).
  '夫茨莎娅婭丝絲蕾芙薇黛琪';

/**
 * A personal name after a description that ends in 的 (41歲的雷軍, 剛入職不久的宋曉慧, 安本标准投资管理的O'Carroll, 30岁的马尼拉古哈):
 * the name, the description as the role.
 */
const DESCRIBED_NAME = new RegExp(`^(.+(?:的(?:${RELATION_WORDS})|(?=的)))的?(${HAN_NAME}|[${TRANSLITERATING}]{3,7}|\\p{Script=Han}{1,8}(?:${NAME_DOT.source}\\p{Script=Han}{1,10})+|[A-Z][A-Za-z.\\u0027\\u2019\\-]*(?:[ \\u3000][A-Z][A-Za-z.\\u0027\\u2019\\-]*)*)$`, 'u');

/**
 * A name after one of a group (顧問之一特魯格, 創辦人之一林柏宏): the group, with 之一, is the role, as LABELS.md keeps it; read as a
 * title and a name, 之一 would open the name (之一张明).
 */
const ONE_OF_THEN_NAME = new RegExp(`^(.+之一)(${HAN_NAME}|[${TRANSLITERATING}]{2,7}|\\p{Script=Han}{1,8}(?:${NAME_DOT.source}\\p{Script=Han}{1,10})+)$`, 'u');

function splitOneOfThenName(phrase: string): NamedSpeaker | null {
  const [, group, name] = ONE_OF_THEN_NAME.exec(phrase) ?? [];
  if (group === undefined || name === undefined || COMMON_WORDS.has(name)) return null;
  return isPersonalName(name) || FOREIGN_PERSON.test(name) || TRANSLITERATED_NAME.test(name) ? { speaker: name, role: group } : null;
}

/** A company after a description ending in 的 (首批获批企业之一的北京华科泰公司): the company as named, the description its role. */
const DESCRIBED_COMPANY = /^([^，,。：:；;「」“”『』□]{2,20})的([^的，,。：:；;「」“”『』□]{2,16}(?:有限公司|股份公司|公司|集團|集团|銀行|银行|證券|证券))$/u;

function splitDescribedCompany(phrase: string): NamedSpeaker | null {
  const [, description, company] = DESCRIBED_COMPANY.exec(phrase) ?? [];
  // A company's own kind (一家公司, 某公司) or a word of clause (旗下的公司) names none.
  if (description === undefined || company === undefined || /^(?:一家|一間|一间|某|該|该|這家|这家|其|旗下|下屬|下属|子|母)/u.test(company) || /^(?:公司|集團|集团|銀行|银行)$/u.test(company)) return null;
  return { speaker: company, role: description };
}

/** Where someone works or studies, as a description opening with 在 (在一家医疗器械公司上班, 在深圳读书): who they are, not a setting. */
export const WORKS_THERE = /^在[^，,。；;：:「」“”『』□]{1,24}?(?:上班|工作|任職|任职|就職|就职|就讀|就读|讀書|读书|念書|念书|打工|務工|务工|開店|开店|經營|经营|做生意)$/u;

function splitDescribedName(phrase: string): NamedSpeaker | null {
  const match = DESCRIBED_NAME.exec(phrase);
  const [, description, name] = match ?? [];
  // An everyday word that opens with a surname (…对金锁匙的方案) is what the description is about, no one it names.
  // Nor a title that opens with a surname's character (…宣传部的官员): the description and the title are one unnamed source.
  if (description === undefined || name === undefined || (!isPersonalName(name) && !FOREIGN_PERSON.test(name) && !TRANSLITERATED_NAME.test(name)) || COMMON_WORDS.has(name)) return null;
  // A clause before 的 (在我問「…」的時候) describes a moment, not a person.
  // Where someone lives or works (住在柴灣的陳伯) describes a person; any other 在 a moment.
  // So does where they work or study, 在 first (在南京一家医疗器械公司上班的张雪).
  const where = /(?:住|生活|工作|居住|長大|长大|出生)在/u.test(description) || WORKS_THERE.test(description);
  if (/[我你“”「」『』□]|時候|时候/u.test(description) || (!where && /在/u.test(description)) || /^(?:時|时)/u.test(name)) return null;
  // A word of kinship read into a transliterated name's first part (…的遗孀辛迪．麦凯恩): the kin is named after it.
  const kin = new RegExp(`^(${KIN_WORDS})(.+)$`, 'u').exec(name);
  if (kin?.[2] !== undefined && (PERSONAL_NAME.test(kin[2]) || FOREIGN_PERSON.test(kin[2]))) return { speaker: kin[2], role: `${description}的${kin[1] ?? ''}` };
  // What the sentence does to them (让本就话题度不低的王石, 使…的李明) is no description of who they are: the name alone.
  if (/[让讓]|^(?:令|使|被|把|将|將|成为|成為)/u.test(description)) return { speaker: name, role: null };
  return { speaker: name, role: description };
}

/**
 * A familiar name after an age (5歲的小峻, 30岁的小李, 70歲的老陳): features give a child's or a neighbour's age before the
 * 小/老 they are called by. Only after an age, and never a word for a kind of person (5歲的小孩, 80歲的老人).
 */
const AGED_FAMILIAR_NAME = /^(.*?[0-9０-９一二三四五六七八九十]\s*[歲岁])的([小老]\p{Script=Han})$/u;
const PERSON_WORD_AFTER_FAMILIAR = /^(?:小[孩童女男子兒儿伙夥姐妹弟哥學学生偷販贩丑鬼將将區区店組组編编]|老[人翁婦妇伯太爺爷奶婆公漢汉兵農农師师者闆板友伴媽妈爸鄉乡家外總总大])$/u;

/**
 * A familiar name by surname (小刘, 老王, 阿明) after a description of who they are that ends in 的 (曾做过保安的小刘, 在工地
 * 干了十年的老王): the name, the description as the role. Not someone's own kin or pet (他的小儿子), a moment (…的时候), nor
 * a description holding the narrator or a quote.
 */
const DESCRIBED_FAMILIAR_NAME = new RegExp(`^(\\p{Script=Han}[^，,。；;：:“”「」『』□]{1,18}?)的([小老][${SURNAMES}]|阿(?![姨婆伯公嬤嬷叔爸媽妈哥姐妹弟])\\p{Script=Han})$`, 'u');

function splitDescribedFamiliarName(phrase: string): NamedSpeaker | null {
  const [, description, name] = DESCRIBED_FAMILIAR_NAME.exec(phrase) ?? [];
  if (description === undefined || name === undefined || PERSON_WORD_AFTER_FAMILIAR.test(name)) return null;
  if (/[我你他她它]$|[我你]|時候|时候|[让讓使令被把]/u.test(description)) return null;
  // As for a full name: where someone lives or works describes them; any other 在 is a moment.
  if (/在/u.test(description) && !/(?:住|生活|工作|居住|長大|长大|出生)在/u.test(description)) return null;
  return { speaker: name, role: description };
}

function splitAgedFamiliarName(phrase: string): NamedSpeaker | null {
  const [, age, name] = AGED_FAMILIAR_NAME.exec(phrase) ?? [];
  if (age === undefined || name === undefined || PERSON_WORD_AFTER_FAMILIAR.test(name)) return null;
  return { speaker: name, role: age };
}

/**
 * A full name with the title after it, as Taiwan and Hong Kong copy writes it (蔡英文總統,
 * 經濟部龔明鑫部長, 李玉兒女士): the name, and the title (with any body before the name) as the role.
 * Only a three-character name that does not end like a body (國發會主委 is a body and its chair).
 */
const TITLES_AFTER_NAMES = '院士|修女|神父|牧師|牧师|總書記|总书记|國家主席|国家主席|總理|总理|總統|总统|副總統|副总统|院長|院长|部長|部长|主委|市長|市长|縣長|县长|立委|議員|议员|局長|局长|署長|署长|司長|司长|處長|处长|教授|博士|律師|律师|醫師|医师|醫生|医生|先生|女士|小姐';
/** Only offices and callings: a company's title after a short name (國泰金董事長) is the company's, not a person's. */
const NAME_THEN_TITLE = new RegExp(`^(.*?)((?:${COMPOUND_SURNAMES})\\p{Script=Han}{1,2}|[${SURNAMES}]\\p{Script=Han}{2}|[${TRANSLITERATING}]{3,5})(${TITLES_AFTER_NAMES})$`, 'u');

/**
 * A two-character name with a calling only a person holds after it (张军教授, 陈明博士): a body never ends
 * so, so the short name is safe to read, where 國泰金董事長 would not be.
 */
const SHORT_NAME_THEN_CALLING = new RegExp(`^((?:${COMPOUND_SURNAMES}|[${SURNAMES}])\\p{Script=Han})(教授|博士|院士|律師|律师|醫生|医生|醫師|医师)$`, 'u');

/**
 * A company, a full name and a post in it, as Taiwan business copy writes them (宇康醫電康博銓副總經理, 台積電張忠謀董事長):
 * the name is the speaker, company and post the role. Only with the company before it: 國泰金董事長 alone is a body's post.
 */
const BODY_NAME_THEN_POST = new RegExp(`^(\\p{Script=Han}{2,8}?)([${SURNAMES}]\\p{Script=Han}{2})(董事長|董事长|副董事長|副董事长|總經理|总经理|副總經理|副总经理|執行長|执行长|總裁|总裁|副總裁|副总裁|理事長|理事长|秘書長|秘书长|發言人|发言人|協理|协理|經理|经理)$`, 'u');

/** A name in Latin letters, then a calling, perhaps after a description ending in 的 (DNA分析服务中心的Leah Larkin博士). */
const LATIN_NAME_THEN_CALLING = /^(?:(.*)的)?([A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*)+)\s*(博士|教授|先生|女士|小姐|律師|律师|醫生|医生|醫師|医师)$/u;

/**
 * A party, perhaps after a post, then a member's name (東區區議會主席、公民黨黎志強, 民主黨胡志偉), as Hong Kong and Taiwan copy
 * name politicians: the name speaks, the post and party are the role.
 */
const PARTY_THEN_NAME = new RegExp(`^(.*\\p{Script=Han}[黨党])(${HAN_NAME})$`, 'u');

function splitPartyThenName(phrase: string): NamedSpeaker | null {
  const match = PARTY_THEN_NAME.exec(phrase);
  return match?.[1] === undefined || match[2] === undefined || !isPersonalName(match[2]) ? null : { speaker: match[2], role: match[1] };
}

/**
 * A post or trade, a dash, then the name (生產線其中一位裁縫師--秀惠, 店員——阿明), as features set a voice apart: the name, however
 * short, is who speaks; a given name alone is how the feature calls them.
 */
const DASHED_NAME = /^(.*\p{Script=Han})\s*(?:-{2}|—{1,2}|－{1,2}|──)\s*(\p{Script=Han}{2,4})$/u;

function splitDashedName(phrase: string): NamedSpeaker | null {
  const match = DASHED_NAME.exec(phrase);
  const role = match?.[1]?.replace(/^(?:.*?)(?:其中)(?=\p{Script=Han}{2})/u, (lead) => lead.slice(0, -2));
  return match?.[2] === undefined || role === undefined || !ENDS_WITH_A_CALLING.test(role) ? null : { speaker: match[2], role };
}

/** A role that ends in a title of the list or a calling's last character (裁縫師, 店員, 事務官). */
const ENDS_WITH_A_CALLING = new RegExp(`(?:(?:${TITLE_SOURCE})|[師师員员官工匠])$`, 'u');

function splitLatinNameThenCalling(phrase: string): NamedSpeaker | null {
  const [, description, name, calling] = LATIN_NAME_THEN_CALLING.exec(phrase) ?? [];
  if (name === undefined || calling === undefined) return null;
  const role = /^(?:先生|女士|小姐)$/u.test(calling) ? (description ?? null) : `${description === undefined ? '' : `${description}的`}${calling}`;
  return { speaker: name, role };
}

/** The first character of a longer post (副總裁, 總經理, 首席, 執行, 常務, 代理): no given name ends with one before the rest. */
const POST_PREFIX_END = /[副總总首執执常代]$/u;

/**
 * One of a crowd, then a surname and an honorific (车主朱先生, 乘客陳小姐, 网友李女士): the crowd's word is the role, though its
 * first character is a surname too (车, 网 read as 车主朱 + 先生).
 */
const CROWD_THEN_HONORIFIC = new RegExp(
  `^(.*?(?:車主|车主|乘客|旅客|遊客|游客|顧客|顾客|買家|买家|賣家|卖家|球迷|病人|患者|家屬|家属|工人|網友|网友|網民|网民|粉絲|粉丝|路人|司機|司机|用戶|用户|會員|会员|讀者|读者|觀眾|观众|學員|学员|考生|住客|食客))((?:${COMPOUND_SURNAMES}|[${SURNAMES}])(?:先生|女士|小姐|太太))$`,
  'u',
);

/** The last character of a body's unit or a place (國務院, 董事會, 管理層, 關係科, 高管團隊), which no given name ends with. */
const UNIT_ENDING = /[部局署委廳厅院處处辦办會会社報报網网行所黨党軍军司府廠厂店門门組组科室隊队心面業业界市省縣县區区層层團团]$/u;

function splitNameThenTitle(phrase: string): NamedSpeaker | null {
  const crowd = CROWD_THEN_HONORIFIC.exec(phrase);
  if (crowd?.[1] !== undefined && crowd[2] !== undefined) return { speaker: crowd[2], role: crowd[1] };
  const posted = BODY_NAME_THEN_POST.exec(phrase);
  // Nor a name ending as a body's unit does (美國|國務院|發言人, 中國銀行|董事會|發言人, 公司|管理層|發言人): the unit speaks.
  // Not a name whose first character ends the body's word (信托公|司项目|经理: 公司 is the company, no 司 surname), nor
  // one whose last character opens the post (奥维|云网副|总裁: 副总裁 is the post, no 云网副).
  if (posted?.[1] !== undefined && posted[2] !== undefined && posted[3] !== undefined && isPersonalName(posted[2]) && !POST_PREFIX_END.test(posted[2]) && !UNIT_ENDING.test(posted[2]) && !/[的是在和與与及跟]$/u.test(posted[1]) && !BODY_ENDING.test(`${posted[1]}${posted[2].charAt(0)}`)) {
    return { speaker: posted[2], role: `${posted[1]}${posted[3]}` };
  }
  const short = SHORT_NAME_THEN_CALLING.exec(phrase);
  if (short?.[1] !== undefined && short[2] !== undefined) return { speaker: short[1], role: short[2] };
  const match = NAME_THEN_TITLE.exec(phrase);
  const [, body = '', name, title] = match ?? [];
  if (name === undefined || title === undefined || POST_PREFIX_END.test(name) || UNIT_ENDING.test(name) || COMMON_WORDS.has(name) || /[有的是和及與与跟]$/u.test(body)) return null;
  if (body !== '' && !BODY_ENDING.test(body) && !/^\p{Script=Han}{2,6}$/u.test(body)) return null;
  return { speaker: name, role: /^(?:先生|女士|小姐)$/.test(title) ? (body === '' ? null : body) : `${body}${title}` };
}


/** A phrase ending in a title (国防部长, 白宫幕僚长): a role, when no name follows it. */
export const ENDS_WITH_TITLE = new RegExp(`(?:${TITLE_SOURCE})$`, 'u');

/** Whether a phrase is a title alone (董事長), which names no one unless someone named before holds it. */
export function isBareTitle(phrase: string): boolean {
  return BARE_TITLE.test(phrase);
}


/**
 * Words that make a phrase a piece of a clause, not a name: a preposition or verb of placing
 * (在, 從, 把, 被, 將), a negation or modal (沒有, 不是 as in 絕不是官員形容的「微調」, 應該, 可以), an aspect word (已經, 正在), 進行; and a
 * locative ending (社論中, 會上) on three or more characters; a verb that takes the next person as its
 * object (要求公司解釋: 公司 is asked, no one speaks), or a verb of objecting before its object (不滿政府…: the one
 * objecting is the clause's subject, named before).
 */
const CLAUSE_FRAGMENT = /^(?:直到|直至|等到|及至)|^(?:不滿|不满|不認同|不认同|不同意|反對|反对|質疑|质疑|批評|批评|擔心|担心|憂慮|忧虑)|^(?:要求|責令|责令|督促|敦促|允許|允许|鼓勵|鼓励|幫助|帮助|協助|协助|請|请|令|使|叫)|在(?![線线職职校華华港台])|[把被]|(?<![運运])[將将]|[讓让](?![·・•‧．])|從(?!業)|从(?!业)|沒有|没有|不是|並非|并非|應該|应该|應當|应当|可以|已經|已经|正在|進行|进行|^.{2,}[中裡里內内]$/u;

/**
 * Whether a phrase can be who speaks: never a fragment of a clause (社論中, 應該從…進行), and past four
 * characters only a personal or foreign name, a body, a place speaking as its government, or a
 * description of a person or group. A speaker that fails is not shown: precision comes first.
 */
/** A couple named by one of them (梁璟釗夫婦): who speaks, as the text names them. */
const NAMED_COUPLE = new RegExp(`^(?:${HAN_NAME})(?:夫婦|夫妇|夫妻|伉儷|伉俪)$`, 'u');

export function isPlausibleSpeaker(speaker: string): boolean {
  // A conjunction before a name (和屈直、WEIWEI平級的) joins people in a clause; it opens no speaker's name.
  if (CONJOINED_NAME.test(speaker)) return false;
  // Who someone is by what they do or undergo (反對者, 支持者, 被告): a noun, though it opens like a clause (反對…, 被…).
  if (AGENT_NOUN.test(speaker)) return true;
  // A description with a clause of its own before 的 (一名正在睇樓的市民) is still a description.
  if (/的/.test(speaker) && DESCRIPTION_ENDING.test(speaker)) return true;
  // A full name ending like a place (陳時中, 林國中) is a name, not 會議中.
  if (PERSONAL_NAME.test(speaker) && speaker.length === 3 && /[中裡里內内]$/u.test(speaker) && !/[在把被將将讓让從从]/u.test(speaker)) return true;
  // A full name ending in 讓 (帅国让, 陳國讓) right before its verb: a causative would have someone after it to make speak.
  if (PERSONAL_NAME.test(speaker) && speaker.length === 3 && /[讓让]$/u.test(speaker) && !/[在把被將将從从]/u.test(speaker.slice(0, 2))) return true;
  if (CLAUSE_FRAGMENT.test(speaker)) return false;
  // A short name is taken as it is (比亞迪, 宏達電, 小紅書); a longer phrase must end like a name, a body or a description.
  // People of the place (當地人, 本地人, 外地人): 地 here ends a word, not a manner (無奈地).
  const short = /^\p{Script=Han}{2,4}$/u.test(speaker) && (!SHORT_CLAUSE.test(speaker) || /^(?:當地|当地|本地|外地|內地|内地)人$/u.test(speaker));
  return short || STOCK_SHORT_NAME.test(speaker) || isKnownBody(speaker) || NAMED_COUPLE.test(speaker) || REGIONAL_ARM.test(speaker) || OFFICIAL_ACCOUNT.test(speaker) || PERSONAL_NAME.test(speaker) || LETTER_NAME.test(speaker) || LETTERED_SOURCE.test(speaker) || FOREIGN_PERSON.test(speaker) || TRANSLITERATED_NAME.test(speaker) || BODY_ENDING.test(speaker) || PLACE_AS_SPEAKER.test(speaker) || DESCRIPTION_ENDING.test(speaker) || LAW_ENDING.test(speaker) || isOwnedProgramme(speaker) || ACCOUNT_HANDLE.test(speaker);
}

/** An account's handle, words then a number (深房理装修队003, user2021): a name an account goes by. */
const ACCOUNT_HANDLE = /^[\p{Script=Han}A-Za-z_]{2,12}\d{1,6}$/u;

/** Agent nouns made of a verb and 者, and the parties named with 被 (被告, 被害人): people, not fragments of a clause. */
const AGENT_NOUN = /^(?:反對|反对|支持|質疑|质疑|批評|批评|受訪|受访|參與|参与|申請|申请|購買|购买|持有|經營|经营|抗議|抗议|示威|請願|请愿|投訴|投诉|舉報|举报)者$|^被(?:告|告人|害人|訪者|访者|保險人|保险人|執行人|执行人|上訴人|上诉人)$/u;

/** A company's arm in a region, named by the brand and the region (亚马逊中国, 微軟香港, Apple台灣): a body that speaks. */
/** A phrase holding no word of a clause (的, 在, 和, 向, 說…): a name, not words around one. */
const NO_CLAUSE_WORD = '(?![^]*[的在和與与及向對对指說说稱称表])';
const REGIONAL_ARM = new RegExp(`^${NO_CLAUSE_WORD}[\\p{Script=Han}A-Za-z]{2,6}(?:中國|中国|香港|台灣|台湾)$`, 'u');

/** A body's own account posting its words (大众点评官方微博, 小米官方微博, 萬科官方臉書): as LABELS.md's corpus names it. */
const OFFICIAL_ACCOUNT = new RegExp(`^${NO_CLAUSE_WORD}[\\p{Script=Han}A-Za-z0-9]{2,10}官方(?:微博|微信|公眾號|公众号|臉書|脸书|帳號|账号|網站|网站|推特)$`, 'u');

/** A letter standing in for a name the copy withholds, with an honorific (B小姐, A先生), as Hong Kong copy names victims and witnesses. */
const LETTER_NAME = /^[A-Z](?:先生|小姐|女士|太太)$/;

/** A body's programme (民主黨政綱, 國務院白皮書): the document speaks, named with whose it is. */
function isOwnedProgramme(speaker: string): boolean {
  const owner = /^(\p{Script=Han}{2,10}?)(?:政綱|政纲|綱領|纲领|白皮書|白皮书)$/u.exec(speaker)?.[1];
  return owner !== undefined && BODY_ENDING.test(owner);
}

/** Laws and rules, whose wording a text quotes as theirs (預防及控制疾病條例, 醫院管理局附例, 公司法): not 說法 or 辦法 of a clause. */
const LAW_ENDING = /(?:條例|条例|附例|規例|规例|法案|守則|守则|章程|(?<![方想看說说做辦办手語语句])法)$/u;

/** 和, 與, 跟 or 同 right before a surname and given name (和屈直): the clause's conjunction, not a name. */
const CONJOINED_NAME = new RegExp(`^[和与與跟同](?:${COMPOUND_SURNAMES}|[${SURNAMES}])\\p{Script=Han}{1,2}$`, 'u');

/**
 * What makes a short phrase a piece of a clause rather than a name like 比亞迪 or 小紅書: a person
 * speaking of themselves or their listener (一點我), a demonstrative or question word, an adverb, negation, modal,
 * aspect or particle (一定要拿, 老闆一直, 按理, 暫未有), a doubled manner word (大喇喇), or a verb that takes
 * another (忘記介紹, 連忙補充).
 */
const SHORT_CLAUSE =
  /[我你您咱這这哪麼么甚什怎很都也就才又還还再把被讓让給给得著着了過过地嗎吗呢吧啊呀嘛要該该曾將将按照當当若雖虽但並并且卻却竟未沒没暫暂]|那(?=[些個个麼么裡里邊边樣样時时種种位名家就是天年次段件條条份麽]|$)|一[定直起]|^(.)(.)\2$|^(?:忘記|忘记|開始|开始|繼續|继续|準備|准备|決定|决定|打算|希望|拒絕|拒绝|負責|负责|記得|记得|喜歡|喜欢|習慣|习惯|學會|学会|需要|想要|願意|愿意|試圖|试图|嘗試|尝试|懶得|懒得|趕緊|赶紧|連忙|连忙|急忙|順便|顺便|特意|故意|專門|专门|親自|亲自|主動|主动|負責|忙於|忙于)/u;

/** Whether a phrase is shaped like a name, a body or a description, whatever its length (not a short clause such as 標題寫著). */
export function isNameShaped(speaker: string): boolean {
  return (PERSONAL_NAME.test(speaker) && !WORDS_AFTER_A_TITLE.has(speaker.slice(0, 2))) || FOREIGN_PERSON.test(speaker) || BODY_ENDING.test(speaker) || PLACE_AS_SPEAKER.test(speaker) || DESCRIPTION_ENDING.test(speaker) || NAMED_COUPLE.test(speaker);
}

/** A familiar form of a name (小芳, 老王, 阿明): shaped like no surname and given name, yet a person's. */
const FAMILIAR_NAME = /^[小老阿]\p{Script=Han}{1,2}$/u;
/** A familiar form of address after a given name (秀英嫂, 阿明伯, 文叔): how neighbours name a person in features. */
const FAMILIAR_ADDRESS = /^\p{Script=Han}{1,3}(?:嫂|伯|叔|姨|婆|公|哥|姐|姊|仔|妹)$/u;
/** A person named by a calling or a place in a family (一名家長, 司機), the descriptor the text gives for one unnamed source. */
const CALLING = /(?:家長|家长|老師|老师|醫生|医生|護士|护士|律師|律师|司機|司机|店主|老闆|老板|經理|经理|學生|学生|工人|職員|职员|教授|專家|专家)$/u;
const TRANSLITERATED_NAME = new RegExp(`^[${TRANSLITERATING}]{2,6}$`, 'u');
/** A title, then a long name written with no dot, every character one transliteration uses (专家苏布拉马尼安). */
const ROLE_THEN_LONG_TRANSLITERATION = new RegExp(`^(.*?(?:${TITLE_SOURCE}))([${TRANSLITERATING}]{5,7})$`, 'u');
/** A Hong Kong married name (林鄭月娥, 葉劉淑儀): her husband's surname, her own, two given characters. */
const MARRIED_NAME = new RegExp(`^[${SURNAMES}]{2}\\p{Script=Han}{2}$`, 'u');
/** A body named by the building it sits in (五角大樓, 白宮 is a body ending already). */
const SEAT_BUILDING = /(?:大樓|大楼|大廈|大厦)$/u;
/** A meeting, which speaks through its communiqué (高层会议指出, 會議強調). */
const MEETING = /(?:會議|会议|峰會|峰会|論壇|论坛)$/u;

/**
 * Whether a phrase has any shape a speaker has: a name (personal, foreign, familiar), a body, a place as its
 * government, a description, a law or a programme. A short phrase of none of these (內部信, 方法, 神情凝重) is
 * only taken when the article gives it again or with a role.
 */
export function hasSpeakerShape(speaker: string): boolean {
  return isNameShaped(speaker) || STOCK_SHORT_NAME.test(speaker) || isKnownBody(speaker) || AGENT_NOUN.test(speaker) || REGIONAL_ARM.test(speaker) || OFFICIAL_ACCOUNT.test(speaker) || LETTER_NAME.test(speaker) || FAMILIAR_NAME.test(speaker) || MARRIED_NAME.test(speaker) || FAMILIAR_ADDRESS.test(speaker) || CALLING.test(speaker) || TRANSLITERATED_NAME.test(speaker) || SEAT_BUILDING.test(speaker) || MEETING.test(speaker) || LAW_ENDING.test(speaker) || isOwnedProgramme(speaker);
}

/**
 * The name a pseudonym gloss follows (90后的李然（化名）, 在深圳工作的小雅（化名））: the longest ending of
 * the words before it shaped like a personal name or a familiar one (小雅, 老王, 阿明); null otherwise.
 */
export function nameBeforePseudonym(before: string): string | null {
  for (const length of [3, 2]) {
    const tail = before.slice(-length);
    if (tail.length === length && (PERSONAL_NAME.test(tail) || /^[小老阿]\p{Script=Han}{1,2}$/u.test(tail))) return tail;
  }
  return null;
}

/**
 * A pseudonym's gloss after a name (（化名）), or a transliteration's (宗新（音）), which marks a person's name as surely. The
 * speaker rules, the confidence gate and the given-name forms read the same gloss.
 */
export const PSEUDONYM_GLOSS = '[（(](?:化名|假名|音)';

/** A Chinese personal name: a surname and one or two characters. */
const PERSONAL_NAME = new RegExp(`^(?:${COMPOUND_SURNAMES}|[${SURNAMES}])\\p{Script=Han}{1,2}$`, 'u');
/** A foreign name: transliterated with a middle dot, or in Latin letters. */
const FOREIGN_PERSON = new RegExp(`^(?:\\p{Script=Han}{1,8}(?:${NAME_DOT.source}\\p{Script=Han}{1,10})+|[A-Z][A-Za-z.'’\\-]*(?:[ \\u3000][A-Z][A-Za-z.'’\\-]*)*)$`, 'u');
/** Endings of bodies that speak: companies, regulators, ministries, papers, parties. */
const BODY_ENDING = new RegExp(
  '(?:公司|集團|集团|控股|股份|銀行|银行|證券|证券|基金|期貨|期货|保險|保险|資本|资本|投資|投资|科技|數科|数科|電子|电子|汽車|汽车|能源|地產|地产|' +
    '[業业]|教育|平台|平臺|機構|机构|組織|组织|辦公室|办公室|團體|团体|' +
    // A company by the trade its name ends in (东宝生物, 新昇工程, 中银航空租赁, 中信信托), as listed companies are named.
    '(?<=[\\u4e00-\\u9fff]{2})(?:生物|醫藥|医药|製藥|制药|藥業|药业|工程|租賃|租赁|信託|信托|航空|電力|电力|電信|电信|通信|物流|食品|置業|置业|材料|化工|鋼鐵|钢铁|紡織|纺织|醫療|医疗|軟件|软件|資訊|资讯|半導體|半导体|光電|光电)|工會|工会|關注組|关注组|政府|部門|部门|委員會|委员会|協會|协会|商會|商会|聯會|联会|中心|方面|官方|媒體|媒体|交易所|研究所|研究院|' +
    '大學|大学|學院|学院|機關|机关|[部局署委廳厅院處处辦办會会社報报網网刊台行所黨党軍军廷宮宫方府])$',
);
/** Countries and places that speak as their governments (日本表示, 美國稱). */
const PLACE_AS_SPEAKER = /^(?:中國|中国|美國|美国|日本|韓國|韩国|南韓|南韩|朝鮮|朝鲜|英國|英国|德國|德国|法國|法国|俄羅斯|俄罗斯|歐盟|欧盟|印度|越南|新加坡|澳洲|澳大利亞|澳大利亚|加拿大|台灣|台湾|臺灣|香港|澳門|澳门|北京|華府|华府)$/;
/** Descriptions that stand for a person or group (某業務人士, 一位分析師, 消費金融從業者, 網友). */
const DESCRIPTION_ENDING = new RegExp(
  // A person named by relation to another (上访当事人的妻子, 楊金龍姊夫) is labelled as written.
  // Service and site staff (官方客服, 小区物业管家, 保安) describe who speaks as much as a title.
  // A trader named by the trade or the goods (汽车经销商, 茅台专卖店经销商, 地产开发商, 钱币商), an owner of a car, a backer of a firm,
  // Hong Kong's estate agent (地產代理).
  `(?:(?:經銷|经销|代理|供應|供应|開發|开发|零售|批發|批发|承包|分銷|分销|參展|参展|發展|发展|製造|制造|運營|运营|服務|服务|出口|進口|进口|貿易|贸易|渠道|錢幣|钱币|地產|地产|[車车酒茶菜果藥药])商|[車车]主|中介|(?:地產|地产|物業|物业)代理|代理人|投資人|投资人|[發发]布人|[發发]帖人|當事人|当事人|投訴人|投诉人|舉報人|举报人|委託人|委托人|持有人|[發发]起人|申請人|申请人|借款人|出借人|經紀人|经纪人|合夥人|合伙人|` +
  `人士|者|[員员]|客服|管家|保安|獵頭|猎头|職工|职工|工人|師傅|师傅|網友|网友|網民|网民|百姓|民眾|民众|群眾|群众|高管|中[層层]|高[層层]|法人|代表|團隊|团队|帳號|账号|官微|報告|报告|聲明|声明|公告|通知|文件|妻子|丈夫|太太|父親|父亲|母親|母亲|兒子|儿子|女兒|女儿|家屬|家属|姊夫|姐夫|妹夫|女婿|親屬|亲属|` +
  // A passer-by or a party described by sex or age, as Hong Kong and Taiwan copy name them (涉案男子, 粉色外套女子, 一名婦人).
  `男子|女子|婦人|妇人|老翁|老婦|老妇|長者|长者|` +
  // Those passing through or served (外地遊客, 乘客), and Taiwan's taxi driver (小黃運將).
  `遊客|游客|旅客|乘客|觀光客|观光客|顧客|顾客|食客|路人|運將|运将|` +
  // A body's contact for the press (雅培在华联系人).
  `聯繫人|联系人|聯絡人|联络人|` +
  // A couple or kin named together (來自四川的張氏夫婦, 陳氏兄弟): labelled as written.
  `夫婦|夫妇|夫妻|兄弟|姊妹|姐妹|父子|母女|母子|父女|${TITLE_SOURCE})$`,
  'u',
);

/**
 * Characters that open a predicate right after a name (在, 也, 則, 將, 對, 向, 表示, 說 …): where a name
 * at the head of a clause ends. A given name rarely ends with one of the one-character words.
 */
const PREDICATE_START_CHARS = '以是在也則则又還还將将對对向與与和及等的曾已於于均都亦並并就再更仍便即今昨不卻却續续';
/**
 * A time word after a name (今日, 明年, 上周, 當時, 隨後, 稍早): its first character alone opens no predicate, or 王小明預期 would read
 * as 王小 and 明…. Only 今 and 昨 stand alone, as Taiwan and Hong Kong copy writes them (葉凌棋昨針對…, 柯文哲今表示).
 */
const TIME_WORD_AFTER_NAME =
  '(?:[今昨去明本上下前近早](?:年|月|日|天|周|週|星期|禮拜|礼拜|午|晚|早|晨|來|来|前|些|季|次|回|屆|届|半)|[近早前上本下]期|前[後后]|日前|日內|日内|[週周](?:[一二三四五六日末]|內|内)|[當当](?:時|时|天|日|晚|年|局|地|場|场|眾|众)|[隨随](?:即|後|后|同)|[後后](?:續|续)|稍(?:早|後|后)|近(?:期|日|來|来)|' +
  // …and the words of acts and manner that open with such a character (彭金隆上任, 王小明本人, 李強明確表示, 當選, 早已).
  // An age given after the name (林亮現年94歲): the clause's subject is the name before it.
  '現年|现年|上任|上台|上臺|下台|下臺|前往|[當当]選|[當当]选|[當当]面|[當当]即|本人|本身|明確|明确|明言|早已|早就|早在|' +
  // …and the acts a report opens a person's sentence with (董事長王建國決定返台創業, 行長李明出任…, 王強帶領團隊…): verbs whose first
  // character no given name ends with.
  '決定|决定|出任|擔任|担任|' +
  // …and what the person is now, or why (院長余廣亮目前也是董事, 屏基院長余廣亮因長期…), or how they feel or mean to act (陈唐有些激动,
  // 李明有意收購).
  '目前|現時|现时|現在|现在|正在|因|同樣|同样|有些|有點|有点|有所|有意|有望|有感|辭去|辞去|辭任|辞任|帶領|带领|率領|率领|創立|创立|創辦|创办|加入|離開|离开|入股|收購|收购|打算|準備|准备|宣佈|坦承|否認|否认|承認|承认|' +
  // …and what a feature has its person do before a colon hands over to their words (董事长王斌算了一笔账：, 司机罗锰每天往返…：,
  // 鄭老闆聽見就動氣：): a routine, a reckoning, what they heard or saw.
  '住在|住於|住于|算了|每天|每日|每年|每月|每週|每周|每逢|每次|聽見|听见|聽到|听到|聽聞|听闻|看到|見到|见到|回憶|回忆|感慨|感嘆|感叹)';
/**
 * A pause or a gesture, doubled, right after a name (王建國頓了頓, 王建國搖搖頭), being busy at something (岑蘊華忙著…), or the
 * voice or look the clause goes on to describe (辛鸣声音中满是无奈, 陳太神情落寞): the predicate has begun. Not any verb with 了 or
 * 著: a verb of two characters would lend its first to the name (陈奕|利用了, 李明|緊握著).
 */
const ASPECT_AFTER_NAME = '(?:忙著|忙着|忙於|忙于|聲音|声音|語氣|语气|語調|语调|神情|表情|臉上|脸上|想了想|頓了頓|顿了顿|笑了笑|看了看|愣了愣|停了停|點了點|点了点|搖了搖|摇了摇|搖搖|摇摇|擺擺|摆摆|點點|点点|拍拍|揮揮|挥挥|聳聳|耸耸|攤攤|摊摊)';
/**
 * Where a name at the head of a clause ends: punctuation, a day in figures (發言人安峰山28日), a character or word that opens a predicate,
 * or a verb of saying, view or wish (黃生感謝…, 卓榮泰要求…).
 */
const PREDICATE_START = `(?:[，,。：:；;！？!?、（(\\s]|[0-9０-９]{1,4}(?:日|月|年|號|号)|[${PREDICATE_START_CHARS}]|自己|本人|本身|繼而|继而|道出|說出|说出|給出|给出|作出|做出|提出|手持|手舉|手举|舉起|举起|拿出|${TIME_WORD_AFTER_NAME}|${ASPECT_AFTER_NAME}|被(?:問|问|追問|追问|詢|询)|成為|成为|表示|指出|稱|称|說|说|認為|认为|透露|強調|强调|坦言|直言|回應|回应|告訴|告诉|提到|介紹|介绍|分析|宣布|發表|发表|出席|接受|受訪|受访|炮轟|炮轰|分別|分别|各自|先後|先后|共同|一起|一同|一度|一再|一直|一語|一语|一句|一番|一席|再度|再次|多次|屢次|屡次|率先|率領|率领|只是|只有|只說|只说|到場|到场|現身|现身|出面|親自|亲自|主動|主动|致辭|致辞|發言|发言|抵達|抵达|來到|来到|親臨|亲临|不願|不愿|不肯|不予|不便|沒有|没有|未有|未能|並未|并未|拒絕|拒绝|婉拒|否認|否认|證實|证实|承認|承认|感謝|感谢|希望|要求|呼籲|呼吁|批評|批评|質疑|质疑|建議|建议|擔心|担心|相信|預計|预计|預期|预期|估計|估计|指控|提醒|警告|坦承|$)`;
/** Function words and modals a given name does not end with: 王強在 is 王強 and 在, 乔希要在 is 乔希. */
const NOT_A_NAME_END = '是在也則则又還还將将對对向與与和及等的曾已於于均都亦並并就再更仍便即說说稱称表指卻却續续要住';
const GIVEN_NAME = `\\p{Script=Han}{1,2}(?<![${NOT_A_NAME_END}])`;
const SURNAME = `(?:${COMPOUND_SURNAMES}|[${SURNAMES}])`;
/** A role ending in a title, then a name, at the head of a clause: 恒大集團董事長許家印在會上…, 市民李玉兒去年…. */
const ROLE_AND_NAME_AT_HEAD = new RegExp(`^([^，,。：:；;！？!?「」“”『』□]{0,20}?(?:${TITLE_SOURCE}))\\s*(${SURNAME}${GIVEN_NAME}|${FOREIGN_NAME})(?=${PREDICATE_START})`, 'u');
/** A personal name alone at the head of a clause, followed by its predicate: 張德申也予以否認. */
const NAME_AT_HEAD = new RegExp(`^(${SURNAME}${GIVEN_NAME}|\\p{Script=Han}{1,8}(?:${NAME_DOT.source}\\p{Script=Han}{2,10}?)+)(?=${PREDICATE_START})`, 'u');

/**
 * The person a clause opens with when the text names them with a title (恒大集團董事長許家印在會上發言):
 * who a later 他, 李女士 or 董事長 can point back at. Null when the clause opens otherwise.
 */
export function findRoleAndNameAtHead(clause: string): NamedSpeaker | null {
  const match = ROLE_AND_NAME_AT_HEAD.exec(clause) ?? foreignOfficeHolderAtHead(clause);
  // A name ending in a time postposition with 的 after it (参议员席位后的首次投票) is a clause of time modifying a noun.
  if (match !== null && endsWithTimePostposition(match[2] ?? '') && clause.charAt(match.index + match[0].length) === '的') return null;
  // The role is what follows a verb of meeting in it (界面新聞專訪了蔚來汽車創始人李斌 → 蔚來汽車創始人).
  // So is what follows a copula (這是自殺警員馬震邦, 做足準備…是谷歌工程師簡嘉良): the clause before it is no part of the role.
  const met = match?.[1]?.trim().replace(/^.*(?:了|專訪|专访|採訪|采访|訪問|访问|詢問|询问|會見|会见|邀請|邀请|對話|对话|聯繫到|联系到|聯絡到|联络到|找到|(?<![於于只還还就總总])是)/u, '');
  const role = met === undefined ? undefined : withoutPersonJoinedBefore(met);
  const name = match?.[2];
  // 市民向本台表示: 向 opens whom they tell, though 向 is a surname too.
  if (role === undefined || name === undefined || role === '' || /[的是有]$/.test(role) || /^[向對对跟與与給给替]/.test(name) || isSpeechVerb(name) || WORDS_AFTER_A_TITLE.has(name) || COMMON_WORDS.has(name)) return null;
  // Someone's kin or aide named right after them (参议员约翰．麦凯恩的遗孀辛迪．麦凯恩在…): the clause is about the kin.
  const kin = KIN_AFTER_NAME.exec(clause.slice((match?.index ?? 0) + (match?.[0].length ?? 0)));
  if (kin !== null) return kin[2] === undefined ? null : { speaker: kin[2], role: `${role}${name}的${kin[1] ?? ''}` };
  return { speaker: withoutTimeWordStart(name, clause.slice((match?.index ?? 0) + (match?.[0].length ?? 0))), role };
}

/** A two- to four-character name, a conjunction, then the rest of a role. */
const PERSON_JOINED_BEFORE_ROLE = /^(\p{Script=Han}{2,4})(?:与|與|和|同|跟|及)(\p{Script=Han}.+)$/u;

/** A person named first and joined to the one titled (文迪波与太子奶创始人李途纯交恶): the role is the second's alone. */
function withoutPersonJoinedBefore(role: string): string {
  const joined = PERSON_JOINED_BEFORE_ROLE.exec(role);
  return joined?.[1] !== undefined && joined[2] !== undefined && isPersonalName(joined[1]) ? joined[2] : role;
}

/**
 * A time word's first character (上 of 上周, 今 of 今日): copy writes a time right after a name, never a name ending so. Hong Kong
 * copy writes yesterday as 昨 alone (馬雲昨再被問及, 馬雲昨表示).
 */
const TIME_WORD_START = /^(?:[上下本今昨前明去](?:周|週|月|年|日|天|午|晚|早|星期|禮拜|礼拜)|至今|昨(?=\p{Script=Han})|[後后](?:續|续))/u;

/** A two-character name with the first character of a time word read on to it (柯恩|上周出访 read as 柯恩上): the name without it. */
function withoutTimeWordStart(name: string, after: string): string {
  return /^\p{Script=Han}{3}$/u.test(name) && TIME_WORD_START.test(`${name.slice(-1)}${after}`) ? name.slice(0, 2) : name;
}

/** Words of kinship or service by which a text names someone after another (的遗孀, 的妻子, 的助手). */
const KIN_WORDS = '遺孀|遗孀|妻子|太太|夫人|丈夫|先生|兒子|儿子|女兒|女儿|父親|父亲|母親|母亲|哥哥|姐姐|弟弟|妹妹|家人|家屬|家属|助手|助理|秘書|秘书|律師|律师|發言人|发言人|女婿|媳婦|媳妇';

/**
 * 的 and a word of kinship or service after a name, then perhaps that person's own name (的遗孀辛迪．麦凯恩, 的妻子王小紅,
 * 的助手): whoever heads the clause is the kin, named or not.
 */
const KIN_AFTER_NAME = new RegExp(
  `^的(${KIN_WORDS})` +
    `(?:(${FOREIGN_NAME}|${HAN_NAME})(?=${PREDICATE_START}))?`,
  'u',
);

/**
 * An office mostly held abroad, then a transliterated name with no surname or dot, at the head of a clause and
 * before its predicate (總統川普在周三…, 英國首相約翰遜也…, 国务卿蓬佩奥（Mike Pompeo）表示): who a later 他 or
 * 總統 points back at. The name is two to four characters, none of them a verb of saying, and no office's seat (總統府).
 */
const FOREIGN_OFFICE_AT_HEAD = new RegExp(
  `^([^，,。：:；;！？!?「」“”『』□\\d是在了把被對对向與与和會会問问參参她他我你的]{0,8}?(?:總統|总统|副總統|副总统|首相|國務卿|国务卿|外長|外长|財長|财长|州長|州长|國王|国王|總理|总理|大使|參議員|参议员|眾議員|众议员))` +
    `(\\p{Script=Han}{2,4}?)(?=[在也則则又還还曾已於于，,（(]|周[一二三四五六日]|週[一二三四五六日]|星期|表示|指出|稱|称|說|说|強調|强调|宣布|發表|发表)`,
  'u',
);

function foreignOfficeHolderAtHead(clause: string): RegExpExecArray | null {
  const match = FOREIGN_OFFICE_AT_HEAD.exec(clause);
  const name = match?.[2] ?? '';
  // An office's election or term (總統大選期間, 總統選舉) is an event, not its holder.
  if (match === null || /^[府部院局處处署會会辦办廳厅司室的是在也和與与及]|[說说稱称表指示選选舉举任期間间]/u.test(name) || isSpeechVerb(name) || endsWithTimePostposition(name)) return null;
  return match;
}

/** The personal name a clause opens with, before its predicate (張德申也予以否認 → 張德申); null otherwise. */
export function findNameAtHead(clause: string): string | null {
  const match = NAME_AT_HEAD.exec(clause);
  const name = match?.[1] ?? null;
  if (name !== null && (OPENS_WITH_COMMON_WORD.test(name) || COMMON_WORDS.has(name))) return null;
  return name === null || (endsWithTimePostposition(name) && clause.charAt(name.length) === '的') ? null : withoutTimeWordStart(name, clause.slice(name.length));
}

/**
 * Words that open a clause and begin with a surname's character (相比之下, 原因在於, 關於, 包括): the shape of a
 * name and its predicate, but a connective or a noun of the argument, never a person.
 */
const OPENS_WITH_COMMON_WORD = new RegExp(
  '^(?:相比|相對|相对|相反|原因|原來|原来|原本|同時|同时|同樣|同样|關於|关于|包括|當時|当时|當前|当前|隨後|随后|隨著|随着|曾經|曾经|何況|何况|萬一|万一|於是|于是|時至|时至|從此|从此|高度|江湖|' +
    // Nouns of a market report opening with a surname's character (紀念鈔昨早9時起派發, 房價今年…, 金價昨日…, 牛市仍…): what the
    // clause is about, never who speaks.
    '紀念|纪念|房價|房价|房市|金價|金价|牛市|熊市|龍頭|龙头|藍籌|蓝筹|項目|项目|費用|费用|景氣|景气|車價|车价|車市|车市|電價|电价|水價|水价|' +
    // Kin named as a pair (母子倆便遷至桃園, 祖孫二人): who they are to each other, never a name.
    '母子|母女|父子|父女|祖孫|祖孙)',
  'u',
);

/**
 * A temporal postposition closing the words (席位后, 上任後, 退休前, 開會時): the shape of a clause of time, though
 * the first character may be a surname (席, 上, 任). A few names end so too (宗庆后), so callers ask for more: 的 after
 * it, or an article that writes it only once. A queen (王后, 皇后) is a title.
 */
const TIME_POSTPOSITION_END = /(?<![皇太王])[后後前時时]$/u;

export function endsWithTimePostposition(phrase: string): boolean {
  return [...phrase].length >= 2 && TIME_POSTPOSITION_END.test(phrase);
}

/**
 * Leaders and executives the financial press names by a short transliteration that no surname opens (拜登, 特朗普, 川普, 馬克宏): their
 * names, in both scripts and the mainland's and Taiwan's and Hong Kong's spellings. A name of such a shape is otherwise read only when the
 * text gives it a title or writes it often.
 */
const WELL_KNOWN_TRANSLITERATIONS = new Set([
  '拜登', '特朗普', '川普', '马克龙', '馬克龍', '馬克宏', '默克尔', '默克爾', '梅克爾', '朔尔茨', '朔爾茨', '蕭茲', '萧兹', '苏纳克', '蘇納克',
  '泽连斯基', '澤連斯基', '澤倫斯基', '埃尔多安', '埃爾多安', '艾爾段', '布林肯', '耶伦', '耶倫', '葉倫', '叶伦', '鲍威尔', '鮑威爾', '蓬佩奥', '蓬佩奧',
  '马斯克', '馬斯克', '库克', '庫克', '扎克伯格', '祖克柏', '贝索斯', '貝索斯', '貝佐斯', '巴菲特', '拉加德', '哈里斯', '賀錦麗', '贺锦丽', '万斯', '萬斯',
  '卢比奥', '盧比奧', '盧比歐', '奥巴马', '奧巴馬', '歐巴馬', '欧巴马', '莫迪', '普京', '普丁', '安倍', '岸田', '石破茂', '戴琪', '雷蒙多', '贝森特', '貝森特',
  '纳瓦罗', '納瓦羅', '库德洛', '庫德洛', '姆努钦', '姆努欽', '莱特希泽', '萊特希澤', '格奥尔基耶娃', '格奧爾基耶娃', '阿特曼', '奥特曼', '奧特曼',
]);

/** Whether a speaker is a person's own name (張德申, 鮑威爾, Tim Cook), not a body or a description. */
export function isPersonalName(speaker: string): boolean {
  if (WELL_KNOWN_TRANSLITERATIONS.has(speaker)) return true;
  // A word in capitals only (FITURE, OPEC, IDG) is a brand or an acronym, not someone's name.
  // A title that opens with a surname (高管, 董事, 常委) is who someone is, not their name.
  // Nor a surname before a verb of saying (社民|連表示, 王|說): a clause's subject and its verb.
  // Nor a surname before a verb of will or stance (周|堅持, 黃|希望, 陳|同意): Hong Kong copy's later mention, then what they do.
  return (PERSONAL_NAME.test(speaker) && !COMMON_WORDS.has(speaker) && !isSpeechVerb(speaker.slice(1)) && !STANCE_VERB.test(speaker.slice(1)) && !BARE_TITLE.test(speaker) && !NOT_A_GIVEN_NAME_END.test(speaker) && !WORDS_AFTER_A_TITLE.has(speaker.slice(0, 2)) && !JOINS_ANOTHER_CALLING.test(speaker)) || (FOREIGN_PERSON.test(speaker) && !/^[A-Z0-9.\-]+$/.test(speaker));
}

/** A second calling joined to a first (業主和租客): 和, 與 or 同 opening it are the conjunction, not a surname (和租客 is no one). */
const JOINS_ANOTHER_CALLING = new RegExp(`^[和與与同](?:${TITLE_SOURCE})$`, 'u');

/** Verbs of will or stance that follow a surname alone and are no given name (堅持, 希望, 同意, 反對, 擔心). */
const STANCE_VERB = /^(?:堅持|坚持|希望|要求|認同|认同|同意|反對|反对|擔心|担心|憂慮|忧虑|不滿|不满|不同意|不認同|不认同|坦承|承諾|承诺|強烈|强烈|直斥|慨嘆|慨叹|決定|决定|拒絕|拒绝|否認|否认)$/u;

/**
 * Last characters of words that open with a surname's character but name a body, a place, a law or a thing (商务部, 江苏省,
 * 國民黨, 國安法, 蓝筹股, 修正案, 区块链, 萬大線, 兰溪谷, 洪水橋, 普惠制, 欧元兑), a union or league by its short name (巴職聯,
 * 工聯, 歐盟), or a pair of kin (母子倆): no given name ends so.
 */
const NOT_A_GIVEN_NAME_END = /^\p{Script=Han}{2}[部署省縣县黨党局股案鏈链線线谷橋桥戀恋兌兑制倆俩聯联盟]$/u;

/**
 * Everyday words that open with a surname and read as a surname and a given name (关注 in 引发网友关注, 方法 in
 * …表達訴求的方法：): never a person's name in copy, so a title before them (网友) makes no one.
 */
const COMMON_WORDS = new Set([
  '相當', '相当', '關注', '关注', '關心', '关心', '關於', '关于', '關係', '关系', '關鍵', '关键', '關閉', '关闭', '方法', '方面', '方式', '方向', '方案', '方便',
  '高度', '高層', '高层', '安全', '安排', '時間', '时间', '時候', '时候', '時期', '时期', '金融', '金額', '金额', '黃金', '黄金', '任何', '任務', '任务',
  '周期', '周年', '周末', '程度', '包括', '成本', '成為', '成为', '成功', '成立', '成交', '成長', '成长', '和平', '計劃', '计划',
  '嚴重', '严重', '嚴格', '严格', '許多', '许多', '應該', '应该', '應對', '应对', '石油', '常常', '連續', '连续', '華人', '华人', '馬上', '马上',
  '司法', '解決', '解决', '文化', '文件', '文章', '萬元', '万元',
  // 信 is a surname too (對台股的信心喊話 was shown as 信心).
  '信心', '信用', '信息', '信任', '信號', '信号', '信貸', '信贷',
  // Places whose first character is a surname (高雄在地業者 was shown as 高雄): a setting, never who speaks.
  '高雄', '花蓮', '花莲', '金門', '金门', '馬祖', '马祖', '宜蘭', '宜兰', '嘉義', '嘉义', '桃園', '桃园', '屏東', '屏东', '雲林', '云林',
  '鄭州', '郑州', '溫州', '温州', '常州', '柳州', '岳陽', '岳阳', '武漢', '武汉', '成都', '吉林', '江蘇', '江苏', '江西', '安徽', '沈陽', '沈阳',
  '許昌', '许昌', '石家莊', '石家庄', '邢台', '洛陽', '洛阳', '蘭州', '兰州', '黃石', '黄石', '廖內', '秦皇島', '秦皇岛', '孟加拉', '朝鮮', '朝鲜',
  // Countries and cities abroad whose first character is a surname (该厂的总经理帕特尔…。卢旺达最古老的制衣厂…: 他 was read as 卢旺达).
  '盧旺達', '卢旺达', '馬拉威', '马拉维', '馬里', '马里', '巴拿馬', '巴拿马', '黎巴嫩', '巴西', '古巴', '蒙古', '韓國', '韩国', '葉門', '叶门',
  '汶萊', '文莱', '杜拜', '迪拜', '孟買', '孟买', '安哥拉', '羅馬', '罗马', '米蘭', '米兰', '柏林', '巴黎', '溫哥華', '温哥华', '華盛頓', '华盛顿',
  '華沙', '华沙', '洛杉磯', '洛杉矶', '曼谷', '金邊', '金边', '秘魯', '秘鲁', '盧森堡', '卢森堡', '雅加達', '雅加达', '馬尼拉', '马尼拉',
  // …and countries spelled only with the characters of transliteration, which a title after them would make a person's name
  // (乌克兰总统 is no one named 乌克兰).
  '烏克蘭', '乌克兰', '伊拉克', '卡塔爾', '卡塔尔', '科威特', '利比亞', '利比亚', '索馬里', '索马里', '坦桑尼亞', '坦桑尼亚', '莫桑比克',
  '塞內加爾', '塞内加尔', '多米尼加', '羅馬尼亞', '罗马尼亚', '保加利亞', '保加利亚', '塞爾維亞', '塞尔维亚', '阿爾巴尼亞', '阿尔巴尼亚',
  // A parent company (阿里巴巴母公司發言人 was shown as 母公司): 母 is a surname, but 母公司 is no one's name.
  '母公司', '母集團', '母集团', '母行',
  // The central bank (中國人民銀行, 人民銀行 was shown as 銀行 after the role 人民) and the army (中国人民解放军): 銀 and 解 are surnames,
  // but no one is named 銀行 or 解放軍.
  '銀行', '银行', '解放軍', '解放军',
  // A weekday after a title (分析师周二表示, 發言人週五稱): when they spoke, as wire copy dates it; 周 is a surname.
  '周一', '周二', '周三', '周四', '周五', '周六', '周日', '周天', '週一', '週二', '週三', '週四', '週五', '週六', '週日', '週天',
]);

/** Whether a speaker is named as a body by its ending (…公司, …銀行, …局, …報). */
/**
 * Whether a name is a married woman's (林鄭月娥, 林陳壽美): her husband's surname, her own, two given characters; not a body
 * (中華電信), nor a foreign name spelled with characters that are surnames too (马哈蒂尔).
 */
export function isMarriedName(speaker: string): boolean {
  return MARRIED_NAME.test(speaker) && !COMPOUND_SURNAME_OPENING.test(speaker) && !TRANSLITERATED_NAME.test(speaker) && !isBodyName(speaker) && !COMMON_WORDS.has(speaker.slice(0, 2));
}

export function isBodyName(speaker: string): boolean {
  return BODY_ENDING.test(speaker) || PLACE_AS_SPEAKER.test(speaker) || STOCK_SHORT_NAME.test(speaker) || isKnownBody(speaker);
}

/** A listed company by its stock's short name under special treatment (ST起步, *ST信威, S*ST前锋): a body, as mainland copy names it. */
export const STOCK_SHORT_NAME = /^S?\*?ST\s?\p{Script=Han}{2,4}$/u;

/**
 * Someone brought in by a description and a surname with an honorific, heading a clause (香港浸會大學中醫藥
 * 學院畢業生周小姐於2017年…): the person, with the description as the role. The honorific is how the text
 * names them, as LABELS.md has it; what follows must open a predicate, not go on with the name.
 */
/** The honorifics a surname takes when copy brings someone in by it (陳小姐, 李先生, Hong Kong's 陳太). */
const HONOURED_AT_HEAD = '先生|小姐|女士|太太|太';
/**
 * After 先生, 小姐, 女士 or 太太 the name has ended, whatever follows (店長鄒先生去貨心切, 陳小姐很心急); not after 太 (陳太|太貴), nor
 * where a place is named after someone (周先生路, 李小姐妹).
 */
const HONORIFIC_ENDS_NAME = '(?<=先生|小姐|女士|太太)(?![們们姐妹路街道巷里村號号橋桥廈厦樓楼店館馆廟庙屋園园])(?=\\p{Script=Han})';
const DESCRIBED_HONORIFIC = new RegExp(`^([^，,。：:；;「」“”□]{2,24}?)((?:${COMPOUND_SURNAMES})(?:先生|小姐|女士|太太)|[${SURNAMES}](?:${HONOURED_AT_HEAD}))(?=[是有於于在從从曾已也則则亦還还都自就常每向對对跟，,]|一家|夫婦|夫妇|母女|母子|父子|父女|一行|\\p{Script=Han}(?:中|到|了|過|过|著|着)(?!\\p{Script=Han}*[的之])|${HONORIFIC_ENDS_NAME})`, 'u');

export function findDescribedHonorificAtHead(clause: string): NamedSpeaker | null {
  const match = DESCRIBED_HONORIFIC.exec(clause);
  return match?.[1] === undefined || match[2] === undefined ? null : { speaker: match[2], role: match[1] };
}

/**
 * A description ending in 的, then a full name, heading a clause whose predicate an adverb, a copula or a preposition opens
 * (同样是在科隆大学学习经济的王增磊就没有这样乐观了, 如今在国内下海从商的蔺松对贸易战…): that person, whom a later 他 means.
 */
const DESCRIBED_FULL_NAME_AT_HEAD = new RegExp(`^([^，,。：:；;！？!?「」“”『』□]{2,40}?)的((?:${COMPOUND_SURNAMES}|[${SURNAMES}])\\p{Script=Han}{1,2})`, 'u');
/** What opens a predicate right after a subject's name (就, 也, 對, 沒有): a given name never ends on one. */
const PREDICATE_AFTER_SUBJECT = /^(?:[是有於于在從从曾已也則则亦還还都就向對对跟不並并卻却仍更便才將将會会]|沒有|没有|一直|如今|目前|今年|去年|，|,)/u;

/** The full name a clause opens on after a description of them (…的王增磊就…), or null. */
export function findDescribedNameAtHead(clause: string): string | null {
  const match = DESCRIBED_FULL_NAME_AT_HEAD.exec(clause);
  const [whole, description, written] = match ?? [];
  if (whole === undefined || description === undefined || written === undefined) return null;
  // The description must be of a person, not a moment or the writer's own (在我問…的時候, 我的同學).
  if (/[我你]|時候|时候|之後|之后|以後|以后|之前|以前/u.test(description)) return null;
  // Nor a topic or an object the clause opens on (對於剛當上主席的蔡思聰是否有壓力, 让…的王石, 宣布…的石恬華): the subject is someone else.
  if (/^(?:對於|对于|關於|关于|針對|针对|至於|至于|就|對|对|向|跟|和|與|与|為|为|讓|让|令|使|被|把|將|将|給|给|宣布|宣佈|公布|公佈|任命|委任|聘請|聘请|邀請|邀请)/u.test(description)) return null;
  // A time alone (彼时的阙宏镖, 當時的李明) says when, not who: the clause may well be about someone else's past.
  if (/^(?:彼時|彼时|當時|当时|那時|那时|此時|此时|其時|其时|如今|現在|现在|目前|今天|今日|昨天|昨日|早年|後來|后来|之前|以前)$/u.test(description)) return null;
  // The longest name whose last character opens no predicate, the predicate opening right after it (王磊就没有: 王磊, not 王磊就).
  const rest = clause.slice(whole.length - written.length);
  const name = [3, 2].map((length) => rest.slice(0, length)).find((candidate) => candidate.length >= 2 && !PREDICATE_AFTER_SUBJECT.test(candidate.slice(-1)) && PREDICATE_AFTER_SUBJECT.test(rest.slice(candidate.length)) && isPersonalName(candidate) && !COMMON_WORDS.has(candidate));
  return name ?? null;
}

/** A surname and an honorific alone heading a clause, an adverb opening its predicate (…。李小姐則不認同。她表示：). */
const BARE_HONORIFIC_AT_HEAD = new RegExp(`^((?:${COMPOUND_SURNAMES}|[${SURNAMES}])(?:${HONOURED_AT_HEAD}))(?=[是有於于在從从曾已也則则亦還还都就向對对跟不並并卻却，,]|${HONORIFIC_ENDS_NAME})`, 'u');

/** The one a clause opens on by surname and honorific alone (李小姐則不認同): whom a later 她 in the paragraph means. */
export function findBareHonorificAtHead(clause: string): string | null {
  return BARE_HONORIFIC_AT_HEAD.exec(clause)?.[1] ?? null;
}
