/**
 * Bodies financial copy quotes by a bare name that carries no ending of a body (公司, 銀行, 局…): central banks, banks and
 * brokers, rating agencies, international bodies and the large listed companies the archive's outlets report on. Read by their
 * shape alone they pass for a person (高盛, 汇丰: a surname and a given name), for a clause (拼多多) or for nothing at all
 * (摩根士丹利), so a quote they make goes unattributed or is pointed back at by a later 他. Listed in both scripts, as printed.
 */
const KNOWN_BODIES: ReadonlySet<string> = new Set([
  // The Federal Reserve by its short name (央行, 證監會, 港交所 are read by their endings: 行, 會, 所).
  '美聯儲', '美联储',
  // International bodies.
  '世貿', '世贸', '歐盟', '欧盟', '東盟', '东盟',
  // Investment banks, brokers, asset managers and rating agencies, mostly transliterated.
  '高盛', '摩根士丹利', '大摩', '摩根大通', '小摩', '花旗', '美銀', '美银', '美林', '瑞銀', '瑞银', '瑞信', '德銀', '德银', '巴克萊', '巴克莱', '匯豐', '汇丰', '渣打', '野村',
  '麥格理', '麦格理', '法巴', '法興', '法兴', '瑞穗', '貝萊德', '贝莱德', '橋水', '桥水', '黑石', '富達', '富达', '先鋒領航', '先锋领航', '凱投宏觀', '凯投宏观',
  '穆迪', '標普', '标普', '惠譽', '惠誉', '晨星', '中金', '中信建投', '國泰君安', '国泰君安', '海通', '華泰', '华泰', '元大', '凱基', '凯基', '富邦', '國泰', '国泰',
  // Large companies the outlets quote by their brand.
  '阿里巴巴', '騰訊', '腾讯', '京東', '京东', '百度', '美團', '美团', '拼多多', '字節跳動', '字节跳动', '網易', '网易', '快手', '小米', '華為', '华为', '比亞迪', '比亚迪', '寧德時代', '宁德时代',
  '蔚來', '蔚来', '小鵬', '小鹏', '吉利', '特斯拉', '蘋果', '苹果', '微軟', '微软', '谷歌', '亞馬遜', '亚马逊', '輝達', '英偉達', '英伟达', '英特爾', '英特尔', '高通', '三星',
  '台積電', '台积电', '鴻海', '鸿海', '聯發科', '联发科', '中華電信', '中华电信', '台塑', '長榮', '长荣', '萬科', '万科', '碧桂園', '碧桂园', '恒大', '融創', '融创', '五糧液', '五粮液', '中石油', '中石化', '中海油',
  '港鐵', '港铁', '長實', '长实', '長和', '长和', '新鴻基', '新鸿基', '新地', '恒基', '領展', '领展', '九倉', '九仓', '國泰航空', '国泰航空', '電訊盈科', '电讯盈科', '滙豐', '恒生', '中電', '中电', '港燈', '港灯',
  // Hong Kong's property agencies without a body's ending, quoted on the market every week (中原地產 and 美聯物業 have one).
  '利嘉閣', '利嘉阁', '世邦魏理仕', '第一太平戴維斯', '第一太平戴维斯', '萊坊', '莱坊',
  // Taiwan's listed companies and financial holdings known by their short names.
  '聯電', '联电', '日月光', '廣達', '广达', '緯創', '纬创', '仁寶', '仁宝', '華碩', '华硕', '宏碁', '大立光', '台達電', '台达电', '國巨', '国巨', '南亞科', '力積電',
  '遠傳', '远传', '全聯', '全联', '華航', '华航', '台泥', '中鋼', '中钢', '富邦金', '國泰金', '国泰金', '中信金', '玉山金', '兆豐金', '兆丰金', '開發金', '开发金',
  // The postal savings bank by its short name (工行 and 招行 end in 行), and mainland platforms, makers and developers.
  '郵儲', '邮储', '東方財富', '东方财富', '同花順', '同花顺', '萬得', '万得', '克而瑞', '貝殼', '贝壳', '鏈家', '链家', '富途',
  '格力', '海爾', '海尔', '聯想', '联想', '中興', '中兴', '攜程', '携程', '滴滴', '支付寶', '支付宝', '海康威視', '海康威视', '大疆', '藥明康德', '药明康德', '上汽', '廣汽', '广汽', '一汽', '北汽', '奇瑞',
  // Broadcasters and papers quoted by their short names (央視報道, 美國之音引述, 無綫新聞): read alone, 央視 or 東芝 passed for no one.
  '央視', '央视', '美國之音', '美国之音', '無綫', '无綫', '無綫電視', '無线电视', '香港電視', '香港电视', '鳳凰衛視', '凤凰卫视',
  // Utilities, carriers and makers known by two characters (台電, 新航, 東芝) and Hong Kong's League of Social Democrats.
  '台電', '台电', '新航', '東芝', '东芝', '社民連', '社民连',
  // Education groups and makers whose names end in a word a clause ends with (好未来: 来; 佳能: 能), read alone as no one.
  '好未來', '好未来', '新東方', '新东方', '佳能', '索尼', '豐田', '丰田', '本田', '日產', '日产', '松下', '任天堂',
  '龍湖', '龙湖', '世茂', '旭輝', '旭辉', '萬達', '万达', '雅居樂', '雅居乐', '富力', '陽光城', '阳光城', '泰禾', '正榮', '正荣', '中梁', '保利',
  // Companies Chinese copy names in Latin letters, one word like a Western given name (Netflix上月表示): a later 他 never means them.
  'Netflix', 'Google', 'Apple', 'Amazon', 'Facebook', 'Meta', 'Microsoft', 'Tesla', 'Uber', 'Airbnb', 'Twitter', 'YouTube', 'TikTok', 'Nvidia', 'NVIDIA',
  'Intel', 'Samsung', 'Sony', 'IBM', 'HSBC', 'Citi', 'Citigroup', 'BlackRock', 'Moody\'s', 'Fitch', 'Bloomberg', 'Reuters', 'OpenAI', 'Spotify', 'Zoom',
]);

/** Whether a speaker is one of the bodies financial copy names without a body's ending (高盛, 腾讯, 港鐵). */
export function isKnownBody(speaker: string): boolean {
  return KNOWN_BODIES.has(speaker);
}
