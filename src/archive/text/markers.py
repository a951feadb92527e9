"""Data, not logic: the line patterns and words the splitter and cleaner look for.

Kept apart so a new site's chrome is a one-line addition here, not a code change.
"""

from __future__ import annotations

import re

from archive.datafile import load_table
from archive.sentences import SENTENCE_END as SENTENCE_END  # the package's one set (enrichment splits by it too)
from archive.vocabulary.tables import PeopleTables

CLOSING_QUOTES = "”’」』\"'"
# A line ending in one of these continues on the next line.
CONTINUATION_END = ",，、:：—-(（《“"
# Marks that only close or go on: a line opening with one was cut from the line above ("。（记者 王伟 摄）").
NEVER_OPENS_LINE = ",，、;；:：!！?？。”’」』》）)"

# A signature: names (and role words) only, in one pair of brackets.
SIGNATURE = re.compile(r"^[(（][\u4e00-\u9fff·\s、/]{2,30}[)）]$")
# ...or closing a story's last paragraph after its last sentence ("…不少于12小时。（通讯员 钱晓蕾）").
CLOSING_SIGNATURE = re.compile(r"[。！？!?”][(（][\u4e00-\u9fff·\s、/]{2,30}[)）]$")
# Role words in bylines → which list the names go to.
REPORTER_ROLES = ("本报记者", "本報記者", "特约记者", "特約記者", "见习记者", "見習記者", "实习记者", "實習記者",
                  "实习生", "實習生", "记者", "記者")
CORRESPONDENT_ROLES = ("特约通讯员", "特約通訊員", "通讯员", "通訊員")
ROLE_WORD = "|".join(sorted(REPORTER_ROLES + CORRESPONDENT_ROLES, key=len, reverse=True))

# "本报讯", "苏报讯", "中工网讯", "本報訊"; "中图社浙江2月5日电"; "央广网宁波6月17日消息".
# ...and the paper's own with the date inside its mark (本报5月6日讯), a dateline spaced from its date (本报杭州 5月6日电) or
# without a date (本报杭州电（记者 王伟）, before its bracket or a space).
# ...and, as Hong Kong and Macau papers set it, in brackets or as 消息: 【本報消息】, 【本報訊】, （本报讯）, 【澳門日報消息】,
# 本報消息：… (before a colon, a comma or a space: 本报消息称 is a sentence).
AGENCY = re.compile(
    r"^(?![另又]?[据據])(?:(?:本报|本報|[\u4e00-\u9fffA-Za-z]{1,10}?)(?:讯|訊)(?![员員])"
    r"|[\u4e00-\u9fffA-Za-z]{2,12}?\s?\d{1,2}月\d{1,2}日(?:电|電|消息)"
    r"|(?:本报|本報)\d{1,2}月\d{1,2}日(?:讯|訊)|(?:本报|本報)[\u4e00-\u9fff]{2,6}?(?:电|電)(?=\s|[(（])"
    r"|[【〔\[（(]\s*(?:本报|本報|[\u4e00-\u9fffA-Za-z]{2,10}?)(?:讯|訊|消息)\s*[】〕\]）)]|(?:本报|本報)消息(?=\s|[:：,，]))"
)
# An agency's own reporters named in brackets after its dateline without a role word ("人民网柳州5月6日电 （陈思远）",
# "新华社北京5月6日电（王明 李华）"): names only, the first opening with a common surname (COMMON_SURNAMES, below).
NAMES_IN_BRACKETS_FORM = r"\s*[(（](?P<names>[{surnames}][\u4e00-\u9fff·]{{1,3}}(?:[\s、，,/]+[\u4e00-\u9fff·]{{2,4}}){{0,4}})[)）]"
CREDIT_IN_BRACKETS = re.compile(rf"\s*[(（](?P<credit>[^()（）]{{0,30}}(?:{ROLE_WORD})[^()（）]{{0,80}})[)）]")
CREDIT_PLAIN = re.compile(rf"\s*(?P<credit>(?:{ROLE_WORD})[^。,，!！?？]{{1,100}}?(?:报道|報道))\s*[:：]?")
# The one-character surnames are the vocabulary's own (people.yaml, the list enrichment reads names with).
COMMON_SURNAMES = load_table(PeopleTables, "archive.vocabulary", "people.yaml").surnames
NAMES_IN_BRACKETS = re.compile(NAMES_IN_BRACKETS_FORM.format(surnames=COMMON_SURNAMES))
# A line that is nothing but a credit: "潮新闻客户端 通讯员 张海娟 吴倩 记者 方力", "记者/丁铭华".
# A paper's own staff go with 本报 and may be marked ("本报通讯员 程亮", "◎ 本报记者 李明"); a small paper marks its staff without
# 本报 ("□ 通讯员 邹婷", "□记者 李明 通讯员 王芳"): after a mark and a role word a name opening with a surname (■记者手记 is a
# column's label; parse_credit_line also leaves the sidebar labels out).
CREDIT_LINE = re.compile(
    rf"^(?:(?:[□■◎●◆]\s*)?(?:本报|本報)|[\u4e00-\u9fff]{{2,8}}(?:客户端|客戶端|新闻|新聞|网|網|报|報)\s*)?(?:{ROLE_WORD})[\s/:：]*[\u4e00-\u9fff]"
    rf"|^[□■◎●◆]\s*(?:{ROLE_WORD})[\s/:：]*[{COMMON_SURNAMES}]"
)
# A two-character name padded to three columns, as bylines set it ("本报记者 王 磊 李 娜", "□ 陶 然"): one name, not two.
PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
# A writer's line under a head, as a 评论 or a signed piece prints it: "文/李明", "□ 本报评论员 王伟", or a mark and a
# name alone ("■ 徐伟霞", "◎李明": only with a common surname first, so a column's label such as ■案说工会 is none).
WRITER_MARKS = "□■◎●◆"
WRITER_LINE = re.compile(
    rf"^(?:[{WRITER_MARKS}]\s*)?(?:文\s*[/／]\s*|(?:本报|本報|特约|特約)?(?:评论员|評論員)\s*)(?P<name>[\u4e00-\u9fff·]{{2,4}})$"
    rf"|^[{WRITER_MARKS}]\s*(?P<bare>[{COMMON_SURNAMES}][\u4e00-\u9fff]{{1,2}})$"
)
NAME_SUFFIXES = re.compile(r"(?:报道|報道|/文|/图|/圖|/摄|/攝|/摄影|摄影|攝影)$")
PERSON_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
NOT_NAMES = {"报道", "報道", "摄影", "等"}

# The roles a page's staff line names (责任编辑 王磊 美编 李娜 校对 张三).
STAFF_ROLE = (
    "责任编辑|責任編輯|责编|責編|美术编辑|美術編輯|编辑|編輯|责任美编|責任美編|美编|美編|责任校对|責任校對|校对|校對|"
    "审核|審核|版式设计|版式設計|版面设计|版面設計|美术设计|美術設計|视觉设计|視覺設計|版式|版面|排版|组版|組版|终审|終審|一审|二审|三审|"
    "主编|主編|执行主编|執行主編|策划|策劃|统筹|統籌|制作|製作|照排|制图|製圖|图片编辑|圖片編輯|摄影|攝影|审校|審校|值班编辑|值班編輯"
)
# Whole lines that are page furniture, not article text.
CHROME_LINES = [re.compile(p) for p in (
    r"^\d{3,5}版[:：]",  # e-paper "00002版:工会"
    r"^第\s*[A-Z]?\d{1,3}\s*版[:：]",  # "第02版:二版", "第C02版:要闻"
    r"(当前位置|您的位置|您当前的位置|當前位置|您當前的位置)\s*[:：]",
    r"^[•·]?\s*首[页頁]\s*(>|›|»|\s|$)",
    r"^[•·]\s*\S{1,6}$",  # navigation bullets
    r"浏览次数|瀏覽次數|阅读次数|点击数|点击量|阅读量|阅读[:：]\s*\d|閱讀[:：]\s*\d",
    r"^(分享到|分享至|手机阅读和分享|打印本页|关闭窗口|收藏本文|字号[:：])",
    r"^(上一篇|下一篇|上一條|下一條)[:：]?",
    r"^(责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|校对|校對|一审|二审|三审|终审|监制|值班编辑)\s*[:：]",
    r"^[(（]?\s*(来源|來源|稿源|作者)\s*[:：]",
    r"^(新闻提要|核心摘要|正文|相关新闻|相關新聞|相关内容|热门资讯|相关阅读|延伸阅读|推荐阅读|新闻推荐|热点推荐|更多)$",
    r"数字报纸|數字報紙|电子版$|数字报$",
    r"^(论文部分内容阅读|请输入验证码|查看原图|“?转载请注明出处”?)",
    r"今天是|今日是",
    r"版权所有|版權所有|ICP备|ICP證|公网安备|Copyright|©",
    r"^\[\s*(保存|打印|关闭|全文浏览|返回首页)",
    r"\.(jpg|jpeg|png|gif|webp)$",
    r"^\S{1,12}\s*(供图|供圖)$",
    r"content_\d+\.html?|enpproperty|</?[a-z]+[^>]*>",
    r"^\d{1,7}$",
    r"^(新闻|首页|导航|返回|登录|注册)$",
    r"^(打印|關閉|关闭|分享|收藏|评论|評論|转发|轉發|点赞|點讚|复制链接|返回顶部|返回列表)$",  # share-bar words, one a line
    r"^[【\[]?(字[体體号號][:：]?\s*)?大\s*中\s*小[】\]]?$",  # the font-size switch
    r"报料热线|新闻热线|新聞熱線|联系电话|联系我们",
    r"^(?:本版|投稿|来稿|來稿|读者|讀者)?(?:邮箱|郵箱|信箱|电子邮箱|電子郵箱|E-?mail)\s*[:：]|^\S{0,12}?[A-Za-z0-9._-]+@[A-Za-z0-9-]+\.[A-Za-z.]+$",  # 本版邮箱：…@163.com
    r"^【专题】|^【專題】",
    r"^《[^》]{2,20}》\s*[(（][^()（）]{0,30}[)）]$",  # e-paper stamp "《安徽工人日報》(2023年2月9日頭版)"
    r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(星期.|\d{1,2}:\d{2}(:\d{2})?)?\s*$",
    r"^\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}",
    r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*月?$",  # a bare month stamp "2014-01"
    r"^[\[【(（]\s*(责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]",
    # a page's staff line, names set off by spaces or colons: "编辑 王晓 校对 李明", "本版编辑 杨刚 美编 胡桂"
    # (a two-character name may be padded to three columns: "本版责任编辑 王 磊 美编 李 娜 校对 张 三")
    # (or in brackets, or with its roles set apart by bars: "（本版责任编辑：王磊 版面设计：李娜）", "编辑 王磊 | 校对 李娜")
    r"^[(（\[【]?\s*(?:(?:本[版期])?(?:" + STAFF_ROLE + r")(?:\s*[:：/／]\s*|\s+)(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff])"
    r"(?:[\s、，,/]+(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff])(?=\s|$|[、，,/)）\]】]))*[\s|｜/]*)+[)）\]】]?$",
    # ...or opened by 本版 (a small paper's 本期) and a role, however its names and roles are set: "本版责任编辑王磊 美编李娜 校对张三",
    # "本版责任编辑：王磊 电话：85310000", "本期责任编辑：王磊 版式：李娜 校对：张三" (not 本版编辑的话, a column's name)
    # (whatever follows on the line: its phone, mail or date; a sentence ends in a full stop)
    r"^[(（\[【]?\s*本[版期](?:" + STAFF_ROLE + r")(?![的之说手部室])(?!.*[。！？])",
    # the page's illustrator or photographer credited under its last story: "本版插图：李明", "本版图片 王磊"
    r"^本[版期](?:插图|插圖|图片|圖片|题图|題圖|摄影|攝影)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}(?:[\s、，,][\u4e00-\u9fff·]{2,4})*$",
    # a small paper's call for contributions under its last story: "欢迎投稿 投稿邮箱：…", "欢迎广大职工踊跃投稿，投稿邮箱：…"
    # (a line, not a sentence: no full stop in it)
    r"^欢迎[^。！？]{0,10}?(?:投稿|来稿|來稿|赐稿|賜稿)(?!.*[。！？])",
    # a county or company paper's masthead, printed under a permit (准印证号：（浙）0123, 浙内准字第123号, 内部资料 免费交流),
    # its issue alone (第236期) and its weather (今日天气：多云 18℃～26℃, 天气预报 小雨 东南风3级); never a sentence
    r"^(?:内部资料|內部資料|免费交流|免費交流)(?!.*[。！？])|^第\s*\d{1,5}\s*期$"
    r"|^(?:(?:今日|今天|明日|明天)天气|(?:今日|今天|明日|明天)?天气预报|(?:今日|今天|明日|明天)天氣|天氣預報)(?!.*[。！？])",
    r"(?:准印证号|準印證號|内准字|內準字)(?!.*[。！？])",
    # (after another masthead item on its line: the weather word, the line closed by a temperature or a wind, "第485期 天气预报
    # 晴 3-12℃"; never a sentence. A pattern of its own opening with one literal, so the page-wide search skips to 天: joined
    # to the permit's pattern above the search cost three times as much)
    r"天[气氣][^。！？，,]{0,12}?(?:-?\d{1,2}\s*(?:℃|°C)|[东南西北]{1,2}风\s*\d{1,2}(?:\s*[～~\-－]\s*\d{1,2})?\s*级|微风)\s*$",
    # a note of the writer's workplace under an essay: "（作者单位：青禾重工集团）", "（作者系青禾一中教师）"
    r"^[(（](?:作者单位|作者單位|作者系|作者为|作者為|作者是)[:：]?[^()（）。]{2,40}[)）]$",
    # the paper's colophon closing a page: its address, post code, ad and subscription lines, printer, price, serial numbers
    r"^(?:本报|本報|报社|報社)(?:地址|社址)|^(?:社址|印刷|承印|印刷厂|印刷廠)\s*[:：]",
    r"(?:(?:邮编|郵編|邮政编码|郵政編碼)\s*[:：]?\s*\d{6}|(?:广告|廣告|发行|發行|订报|訂報|订阅|訂閱)(?:热线|熱線|电话|電話|许可证|許可證)"
    r"|邮发代号|郵發代號|统一连续出版物号|統一連續出版物號|国内统一刊号|國內統一刊號|(?:零售价|零售價|定价|定價)\s*[:：]?\s*\d)"
    r"(?!.*[。！？])",  # (a story's sentence that gives a hotline stays text)
    r"^\S{0,20}\d{3,4}\s*[*×xX]\s*\d{3,4}\S{0,10}$",  # "建议分辨率1024*768"
    r"^页\s*[:：]\s*\[\d+\]",  # forum pager
    r"^[\u4e00-\u9fff]{2,8}(新闻|新聞|日报|日報|晚报|晚報|网|網|门户网站)$",  # masthead line
    # a front page's masthead block, its items alone or several to a line: the lunar date (农历乙巳年四月初九), the issue
    # (总第4521期), the pages of the day (今日8版), the CN number, the weather (晴转多云 18℃～26℃); never a sentence
    # (each branch opens with a literal: the anchored ones join CHROME_AT_START, whose engine skips on its first characters)
    r"^(?:(?:农历|農曆)[\u4e00-\u9fff]{2}年|今日\s*\d{1,2}\s*版)",
    r"(?:(?:总|總)第\s*\d{2,6}\s*期|CN\s*\d{2}\s*[-－]\s*\d{4})(?!.*[。！？])|\d\s*(?:℃|°C)\s*[～~至\-－—/]\s*-?\d{1,2}\s*(?:℃|°C)\s*$",
)]
# The same patterns as two checks: the anchored ones as one pattern matched at the line's start
# (one pass instead of 23), the rest searched one by one (each keeps the engine's literal fast path).
CHROME_AT_START = re.compile("|".join(f"(?:{p.pattern})" for p in CHROME_LINES if p.pattern.startswith("^")))
CHROME_ANYWHERE = tuple(p for p in CHROME_LINES if not p.pattern.startswith("^"))
# Lines after which the rest of the article is other stories or footer.
TAIL_MARKERS = re.compile(
    r"^(相关新闻|相關新聞|相关内容|相關內容|热门资讯|相关阅读|延伸阅读|推荐阅读|新闻推荐|热点推荐|上一篇|下一篇|【相关|【相關|网友评论|我要评论)"
)
# Lines that cut off everything above them when near the top of a page (breadcrumbs).
BREADCRUMB = re.compile(r"(当前位置|您的位置|您当前的位置|當前位置)\s*[:：]|^[•·]?\s*首[页頁]\s*(>|›|»|\s)|^[^。,，]{2,30}(>>|»)\s*[^。,，]{2,30}$")
# BREADCRUMB's one unanchored branch: a line holds a breadcrumb when BREADCRUMB matches at its start or this
# anywhere (split.is_breadcrumb), which skips between its first characters instead of trying three branches at each.
BREADCRUMB_LABEL = re.compile(r"(当前位置|您的位置|您当前的位置|當前位置)\s*[:：]")
# A page's label in its header: its number (第3版, A3, 03) with or without the column's name (要闻), either order,
# or the paper's name alone. Read only above the page's first story (split.separate_chrome).
PAPER_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:报|報)$")  # the paper's name alone, its masthead (青禾工人报)
# A page's name in its header, two words parted by a dot (城乡·民生, 工会·动态): read only above the page's first story.
DOTTED_PAGE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}\s*[·・•]\s*[\u4e00-\u9fff]{2,4}$")
# A byline of a role alone on a line of its own under a head, its name printed nowhere or below (本报评论员, □本报特约评论员).
BARE_ROLE_LINE = re.compile(
    r"^(?:[□■◎●◆]\s*)?(?:(?:本报|本報)(?:特约|特約)?(?:评论员|評論員|记者|記者|通讯员|通訊員)|(?:特约|特約)?(?:评论员|評論員))$"
)
# (a small paper prints its name before the page, padded with spaces: "青禾报    第2版    综合新闻")
PAGE_LABEL = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,10}(?:报|報)\s+)?(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2}|\d{1,2})(?:\s*[·|｜丨:：/\s]\s*[\u4e00-\u9fff]{2,8})*\s*$"
    r"|^[\u4e00-\u9fff]{2,8}\s*[·|｜丨/\s]\s*(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2})\s*$"
    r"|" + PAPER_NAME.pattern
)
ORIGINAL_TITLE = re.compile(r"^原标题[:：]\s*(?P<title>.+)$|^原標題[:：]\s*(?P<title_t>.+)$")
COLUMN_PREFIX = re.compile(r"^[^丨｜|]{2,8}[丨｜|]\s*")
BULLET_PREFIX = re.compile(r"^[•·\-*]\s*")
CAPTION_END = re.compile(r"(摄|攝|供图|供圖|图片来源.*)$")
# A photographer's credit closing a line ("…启动。记者周金友 摄", "（李明摄）", "通讯员 王军 供图"): the line is a caption.
# ...or with the photographer named after the word ("（摄影 林平）", "(图/王磊)").
PHOTO_CREDIT = re.compile(
    r"(?:(?:记者|記者|通讯员|通訊員|摄影|攝影)\s*[\u4e00-\u9fff]{2,4}\s*|[（(][^()（）]{1,16}|\s)(?:摄|攝|供图|供圖)[)）]?$"
    r"|[（(](?:摄影|攝影|图|圖)\s*[/／:：]?\s*[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4})*[)）]$"
)
# A photographer's credit alone on a line ("本报记者 黄洋敏 摄", "林敏洋 摄"): the end of the caption above it, cut at the column.
CREDIT_ONLY = re.compile(
    r"^(?:本报|本報)?(?:记者|記者|通讯员|通訊員|摄影|攝影)?\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*\s*(?:摄|攝|供图|供圖)$"
)
EPAPER_PAGE = re.compile(r"^(?:(?P<num>\d{3,5})版|第\s*(?P<num2>[A-Z]?\d{1,3})\s*版)[:：]\s*(?P<name>\S*)")
# A paper's name at the head of a page: before 数字报纸/电子版, or before the date (鞍山日报
# 2024年2月6日 星期二 A02 要闻, the print edition's header).
# (a portal's name over its date is one too: 长城网 2024-09-20 10:18 转载 — enrichment reads its place)
MASTHEAD = re.compile(r"^(?P<paper>\S{2,12}?(?:日报|日報|晚报|晚報|工人报|工人報|报|報|网|網))\s*(?:数字报纸|數字報紙|电子版|数字报|(?=\d{4}\s*年\s*\d{1,2}\s*月|\d{4}[-./]\d{1,2}[-./]\d{1,2}))|^《(?P<paper2>[^》]{2,20})》")

# Enumerators at the start of a paragraph: style name → pattern capturing the number.
ENUMERATORS = {
    "paren_cn": re.compile(r"^[(（]([一二三四五六七八九十]{1,3})[)）]"),
    "comma_cn": re.compile(r"^([一二三四五六七八九十]{1,3})、"),
    "paren_num": re.compile(r"^[(（](\d{1,2})[)）]"),
    "dot_num": re.compile(r"^(\d{1,2})(?:、|\.(?!\d)|．)"),
    "circled": re.compile(r"^([①②③④⑤⑥⑦⑧⑨⑩])"),
}
CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
