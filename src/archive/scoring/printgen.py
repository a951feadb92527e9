"""Dev-corpus articles in → newspaper page texts as e-paper/PDF extraction gives them, one family per print habit.

A printed page is not a web page: no 本报讯 lead opens its stories, a page header (版次, 栏目, the date, an
编辑 … 校对 … line) stands above the first headline, a signature line closes a story ((通讯员 何静), (晓晨)),
photo captions stand between stories, a story carries sub-heads, a ■ column label and a 相关链接 box, its head
stacks a 引题 over the 主题 and a 副题 under it, the page ends on 本版编辑 / 本版邮箱 lines, and the text is cut
at the column width; a 简讯 column gives short items each under its own head, a story jumps to or from another
page (下转第3版 / 上接第1版), a 评论 stands under its column label with its writer's line under the head. Each
family puts one habit on pages built from dev-corpus articles (``print`` puts the first six together); what a reader takes out is recorded with the page: the headlines in order, each story's
first words, and the furniture that belongs to no story. Built at run time from a seed, never stored.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from archive.scoring.textgen import GIVEN, SECTION_HEADS, SURNAMES, CorpusArticle, fill_column
from archive.text.script import to_traditional

FAMILIES = ("header", "signature", "caption", "column", "stacked_head", "footer", "print", "briefs", "jump", "commentary",
            "head_byline", "digest", "colophon", "cut_caption", "narrow", "page_name", "series", "sidebar", "masthead", "signoff",
            "county_paper", "body_chrome", "marked_byline", "quoted_subhead", "caption_label", "data_box", "clause_head",
            "tabloid_subtitle", "photo_story", "pdftotext", "run_in_briefs", "traditional", "foot_ads")
COLUMNS = ("要闻", "工会新闻", "职工天地", "基层动态", "综合新闻", "维权之窗", "劳动者")
PAPERS = ("某某工人报", "某某日报", "某某晚报")
WEEKDAYS = "一二三四五六日"
# 引题 as papers print them: plain lines without brackets or colons, a theme over the title.
LEAD_INS = (
    "情系一线职工 温暖送到身边", "全力以赴保障职工权益", "把工会服务送到职工心坎上", "聚焦产业工人队伍建设改革",
    "践行为职工服务宗旨", "稳就业促发展", "新春佳节送祝福", "用心用情办好职工实事",
)
# Photo captions: what the picture shows, sometimes with its credit.
CAPTION_SCENES = (
    "工会干部为一线职工送上慰问品", "职工在服务站内休息", "活动现场", "志愿者为职工义诊", "参赛选手在比赛中",
    "职工们在新落成的职工书屋阅读", "困难职工家属接过慰问金", "技能比武现场", "工会工作人员向职工宣讲政策",
)
# What a long caption adds after its scene, so that it runs over two column lines.
CAPTION_TAILS = ("现场气氛热烈", "职工们纷纷点赞", "为一线职工送去清凉", "活动吸引了众多职工参与", "受到职工欢迎")
COLUMN_LABELS = ("记者手记", "记者观察", "短评", "背景", "延伸")
LINK_LABELS = ("相关链接", "链接", "新闻链接")
SIGNATURE_ORGS = ("区总工会", "市总工会", "县总工会", "工会宣")
# A 简讯 column: its label, then short items each under its own head.
BRIEF_LABELS = ("简讯", "工会简讯", "■简讯", "短讯", "【工会简讯】", "基层动态", "□短讯")
# A 评论: its column label over the head, and the writer's line under it.
COMMENT_LABELS = ("评论", "短评", "工会时评", "■ 评论", "【短评】", "今日谈")
MAX_BRIEF_SENTENCES = 2
# A 导读 box over the lead story: its label, then one-line teasers of stories on other pages, each with its page.
DIGEST_LABELS = ("导读", "本期导读", "今日导读", "【导读】", "要闻导读", "■本期导读")
TEASERS = (
    "法援律师说：加班费怎么算", "新就业形态劳动者入会有了新渠道", "一线职工的“幸福清单”", "技能大师工作室里的传承故事",
    "职工疗休养基地再添新点位", "寒冬里的一碗热汤", "困难职工帮扶有了新标准", "女职工专项体检覆盖全市",
    "工会驿站“上新”了", "劳模谈：匠心从哪里来", "快递小哥的暖心驿站", "职工书屋进车间",
)
CITIES = ("杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "台州")
ROADS = ("体育场", "解放", "中山", "人民", "建设", "文化")
STAFF_ROLES = ("责任编辑", "美编", "校对", "责任校对", "版式", "美术编辑", "编辑", "版面设计", "视觉设计", "主编")
# Session 10's habits, from the third blind page set's failure kinds (the kinds only, examples of our own).
# A page's name (版名) in its header, as long as a short title: two words parted by a dot, or a name of five or more.
PAGE_NAMES = ("工会·动态", "城乡·民生", "职工生活周刊", "法治·维权", "劳动者之家", "基层工会动态", "工运·视点", "文化·副刊",
              "民生·服务", "职工天地·书香")
# A series' label over a story, and the 编者按 that opens the series: neither is a story.
SERIES_LABELS = ("【一线故事】", "【匠心·筑梦】", "工会新风采·", "◆追梦人", "【新时代·新工匠】", "走基层·看变化", "【劳动者之歌】")
EDITOR_NOTES = (
    "编者按：一线岗位是青年成长的舞台。本报今起推出系列报道，讲述职工在平凡岗位上奋斗的故事。",
    "编者按：他们是城市的建设者，也是幸福生活的创造者。即日起，本版开设专栏，记录劳动者的奋斗足迹。",
    "【编者按】工会工作做得好不好，职工最有发言权。本报记者走进基层，听职工讲述身边的变化。",
    "编者的话：匠心来自日复一日的坚持。本期起，我们将陆续刊发一线工匠的故事，敬请关注。",
)
# A sidebar after a feature: its label, its own head and a paragraph or two of the reporter's view.
SIDEBAR_LABELS = ("记者手记", "编后", "短评", "■记者手记", "【记者手记】", "编后语", "记者观察")
SIDEBAR_HEADS = ("平凡岗位也能出彩", "把好事办到职工心坎上", "实干才能出实绩", "温暖来自每一个细节", "服务还要再贴近一些",
                 "让每一份付出都被看见")
SIDEBAR_TEXTS = (
    "采访中，记者感受最深的是一线职工对工作的执着。在他们看来，把每一件小事做好，就是最大的本事。",
    "职工的需求在哪里，工会的服务就应该跟到哪里。只有真正走进车间、走近职工，才能把实事办实、好事办好。",
    "好的服务不在口号里，而在一件件具体的小事中。希望更多的暖心举措能够常态化、长效化。",
)
# A front page's masthead block: the paper's name, its serial numbers, the date in two calendars, the issue, the weather.
LUNAR_DAYS = ("初四", "初九", "十二", "廿一", "廿八")
WEATHER = ("晴转多云", "多云", "小雨转阴", "阴", "晴")
# A signature as a letters column or a piece by an expert signs it: the writer's body and role, then the name.
EXPERT_ROLES = ("法律援助中心律师", "劳动争议仲裁院仲裁员", "职工服务中心心理咨询师", "法律顾问")
# Session 11's habits, from the fourth blind page set's failure kinds (the kinds only, examples of our own).
# A county or company paper, printed under a permit number instead of a CN number, says so in its masthead block.
COUNTY_PAPERS = ("青禾报", "青禾县报", "某某集团报", "某某电力报", "青禾矿工报")
PERMIT_LINES = ("准印证号：（浙）{n}", "准印证号 浙内准字第{n}号", "浙内准字第{n}号", "内部资料准印证号：{n}", "（浙）准印证号{n}")
INTERNAL_LINES = ("内部资料 免费交流", "内部资料·免费交流", "内部资料 注意保存", "免费交流", "内部资料")
WEATHER_WIND = ("东南风3级", "北风2～3级", "微风", "西北风4级")
# Chrome a small paper prints among its stories: the notes after an essay, the page's credits, its call for contributions.
WORKPLACES = ("青禾重工集团", "青禾市第一中学", "某某电力公司检修分公司", "青禾县人民医院", "某某港务集团")
# Sub-heads a story sets as a quoted phrase or a short line closed by a colon, between its paragraphs.
QUOTED_SUBHEADS = ("“暖心账”", "“民生账”", "“发展账”", "“小切口”做出“大文章”", "“最后一公里”", "“娘家人”", "“家门口”的服务",
                   "“一站式”解难题", "“零距离”倾听")
# A column's name over a story, as a company paper sets it, plain or marked: the story's kicker, never a story of its own.
STORY_COLUMNS = ("职工说事", "一线来信", "工友心声", "身边榜样", "基层传真", "车间故事", "班组风采")
# A data box (数说) under a story: its label, then figures each with what it counts.
DATA_BOX_LABELS = ("数说", "■数说", "【数说】", "数读", "数字看点", "一组数据", "▲数说")
DATA_BOX_ITEMS = (("1200余名", "职工参加技能培训"), ("3.6万元", "发放慰问金"), ("28个", "户外劳动者驿站建成"), ("96%", "职工满意度"),
                  ("5000余份", "清凉物资送到一线"), ("15场", "法律宣讲进企业"), ("320户", "困难职工家庭得到帮扶"), ("60余家", "企业签订集体合同"))
# A head's first line as an adverbial clause, the sentence completed by the line under it (the story's own title).
CLAUSE_LINES = ("只要职工有需要", "当高温来袭时", "在项目工地上", "随着夏季用电高峰来临", "面对突如其来的寒潮", "每当夜幕降临",
                "在寒冬里", "一旦权益受到侵害", "在技能比武中", "当春节临近时")
COLON_SUBHEADS = ("算好暖心账：", "念好服务经：", "一本民生账：", "关键词一：", "变化之一：", "第一招：")
# Session 12's habits, from the fifth blind page set's failure kinds (the kinds only, examples of our own).
# A tabloid's heads: a 主题 that ends on a count after what it counts (驿站120个), and a 副题 under it, dashed or not.
COUNTED_TITLES = ("全市新建户外劳动者驿站120个", "春风行动送出就业岗位3600个", "今年已为职工追回欠薪580万元", "职工书屋再添新书5000册",
                  "暑期托管班开到园区32个", "技能大赛决出“金牌工匠”15名", "困难职工家庭获帮扶资金96万元")
SUBTITLES = ("环卫工人快递小哥有了歇脚点", "一线职工在家门口找到新工作", "法律援助律师全程代理", "车间里也能读好书",
             "双职工家庭孩子暑假有人管", "获奖者将获评市级技术能手", "慰问金春节前全部发放到户", "首批服务点本月投用",
             "职工可凭工会会员卡免费使用", "三年内覆盖所有规上企业")
# A photo story between stories: its label (now and then), its own head, one caption paragraph closed by the credit.
PHOTO_LABELS = ("图片新闻", "图说", "【图片新闻】", "■图片新闻", "看图", "图片报道")
PHOTO_HEADS = ("寒风中的坚守", "驿站里的暖意", "钢花映初心", "夜色中的检修工", "田间地头送技术", "匠心传承有新人",
               "高温下的“移动课堂”", "快递小哥的新“家”", "油菜花开采收忙", "喜迎开工第一天")
PHOTO_SCENES = ("市总工会志愿者走进建筑工地，为坚守岗位的工人送上热腾腾的饺子", "供电公司检修班组连夜抢修线路，保障居民用电",
                "职业技术学院的老师在车间里为青年职工讲解数控机床操作要领", "社区工会驿站里，几名外卖骑手正在休息、给手机充电",
                "农技专家来到合作社的大棚里，手把手教农民职工嫁接技术", "纺织厂的女工们在新装修的职工之家里学习插花")
PHOTO_TAILS = ("当天，活动共服务职工200余人次。", "据了解，此类活动今年已开展30余场。", "工人们纷纷表示很暖心。", "")
# pdftotext's raw output of a page: blocks parted by a blank line, a head broken over two lines where its box ends, the text
# cut at the column with no blank line between paragraphs, a form feed closing the page.
# A column of briefs run in: each item's head after a mark (or in 【】) and its text on the same line.
RUN_IN_MARKS = ("■", "□", "◆", "●", "★")
# A Hong Kong or Macau paper in traditional script: its leads open 【本報消息】, 本報訊, （本報訊）; its credits 記者, 攝.
TRADITIONAL_LEADS = ("【本報消息】", "【本報訊】", "本報訊 ", "（本報訊）", "本報消息：", "【澳門日報消息】")
# What a page's foot holds under its last story: an ad box, classifieds, the paper's hotline, a weather box.
AD_PRODUCTS = ("秋季车展团购会", "品牌家电以旧换新", "老字号年货节", "驾校暑期特惠班", "口腔诊所开业优惠")
AD_OFFERS = ("会员日全场八五折", "满3000元减500元", "报名即送体检套餐", "凭本报到店领取礼品一份", "限时特惠 名额有限")
CLASSIFIEDS = ("{name}遗失身份证一张，证号{digits}，声明作废。", "{city}某某贸易有限公司遗失公章一枚，声明作废。",
               "{name}遗失{city}市总工会会员证，编号{digits}，特此声明。", "招聘：厨师2名，服务员5名，包食宿。电话：{phone}",
               "出租：{road}路临街商铺120平方米。电话：{phone}", "{city}某某物业公司诚聘保安、保洁若干名，联系电话{phone}")
HOTLINES = ("新闻热线：{phone}", "读者热线 {phone}", "本报服务热线：{phone}", "报料电话：{phone}", "广告热线：{phone}", "职工维权热线12351")
WEATHER_BOX = ("今日天气", "天气预报", "本市天气")


@dataclass
class PrintPage:
    """One printed page: its text, its stories' headlines and first words, and the lines that belong to no story."""

    family: str
    text: str
    titles: list[str] = field(default_factory=list)
    first_words: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)  # header and footer lines: in no story's title or body
    not_titles: list[str] = field(default_factory=list)  # signatures, captions, sub-heads, labels: never a headline
    captions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Habits:
    """Which print habits a page shows."""

    header: bool = False
    signature: bool = False
    caption: bool = False
    column: bool = False
    stacked_head: bool = False
    footer: bool = False
    briefs: bool = False  # a 简讯 column of short items, each under its own head
    jump: bool = False  # a story goes on on another page (下转第X版) or comes from one (上接第X版)
    commentary: bool = False  # a 评论 under its column label, signed under the head (□ 本报评论员 王伟)
    head_byline: bool = False  # a writer's line under a head: 本报通讯员 程亮, 本报记者 王 磊 李 娜 (a two-character name spaced)
    digest: bool = False  # a 导读 box of teasers with their pages (▶2版, 第3版) over the lead story and its 引题
    colophon: bool = False  # the paper's colophon closing the page: 本报地址…邮编…, 广告热线…, 印刷…, a staff line with spaced names
    cut_caption: bool = False  # a page cut at ~17 columns whose photo captions run over two lines (图为… / …。（摄影 林平）)
    narrow: bool = False  # every line cut at 18–22 columns, heads without blank lines, leads of every kind, signed stories
    page_name: bool = False  # the page's name (城乡·民生) on a line of its own in the header, right above the first head
    series: bool = False  # a series label and its 编者按 above a story's head
    sidebar: bool = False  # a 记者手记/编后 sidebar with its own head after a feature
    masthead: bool = False  # a front page: the masthead block (CN, 邮发代号, 农历, 总第X期, 今日X版, weather) over the lead story
    signoff: bool = False  # stories signed off every way: (通讯员 X Y), (本报记者 X), (X), a credit line, an expert's line
    county_paper: bool = False  # a county or company paper's header: 准印证号, 内部资料 免费交流, 今日天气; or a padded 版 line
    body_chrome: bool = False  # chrome set among a story's lines: 图为… （X 摄） between paragraphs, （作者单位：…）, 本期责任编辑…
    marked_byline: bool = False  # a page cut at 18 columns whose heads carry a □ byline line (□ 通讯员 X), no blank lines
    quoted_subhead: bool = False  # a story's sub-heads set as a quoted phrase (“三本账”) or a short line ending in ：
    caption_label: bool = False  # between two stories a picture's caption, then the next story's column label (职工说事)
    data_box: bool = False  # a 数说 box under a story: its label and lines of figures, each with what it counts
    clause_head: bool = False  # a head over two lines, the first an adverbial clause (只要职工有需要), the second completing it
    tabloid_subtitle: bool = False  # cut at 12–16 columns, no blank lines at all, heads with a 副题 (dashed or not), counted 主题
    photo_story: bool = False  # a photo story between stories: a label now and then, its head, a caption paragraph and credit
    pdftotext: bool = False  # as pdftotext prints a page: blocks parted by blank lines, heads broken over two lines, a form feed
    run_in_briefs: bool = False  # a column of briefs, each head run in before its text on one line (■head text…, 【head】text…)
    traditional: bool = False  # a page in traditional script, stories opening 【本報消息】/本報訊, credits 記者/攝
    foot_ads: bool = False  # an ad box, classifieds, the hotline and a weather box at the page's foot


HABITS = {
    "header": Habits(header=True), "signature": Habits(signature=True), "caption": Habits(caption=True),
    "column": Habits(column=True), "stacked_head": Habits(stacked_head=True), "footer": Habits(footer=True),
    "print": Habits(True, True, True, True, True, True),
    # habits added in session 8, measured before the splitter knew them (kept out of "print" so its figures stay comparable)
    "briefs": Habits(briefs=True), "jump": Habits(jump=True), "commentary": Habits(commentary=True),
    # habits added in session 9 from the second blind page set's failure kinds (the kinds only: its pages stay unread)
    "head_byline": Habits(head_byline=True), "digest": Habits(digest=True), "colophon": Habits(colophon=True),
    "cut_caption": Habits(cut_caption=True),
    # habits added in session 10 from the third blind page set's failure kinds (the kinds only: its pages stay unread)
    "narrow": Habits(narrow=True), "page_name": Habits(page_name=True), "series": Habits(series=True),
    "sidebar": Habits(sidebar=True), "masthead": Habits(masthead=True), "signoff": Habits(signoff=True),
    # habits added in session 11 from the fourth blind page set's failure kinds (the kinds only: its pages stay unread)
    "county_paper": Habits(county_paper=True), "body_chrome": Habits(body_chrome=True),
    "marked_byline": Habits(marked_byline=True), "quoted_subhead": Habits(quoted_subhead=True),
    "caption_label": Habits(caption_label=True), "data_box": Habits(data_box=True),
    "clause_head": Habits(clause_head=True),
    # habits added in session 12 from the fifth blind page set's failure kinds (the kinds only: its pages stay unread)
    "tabloid_subtitle": Habits(tabloid_subtitle=True), "photo_story": Habits(photo_story=True), "pdftotext": Habits(pdftotext=True),
    "run_in_briefs": Habits(run_in_briefs=True), "traditional": Habits(traditional=True), "foot_ads": Habits(foot_ads=True),
}


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _pen_name(rng: random.Random) -> str:
    return "".join(rng.sample(GIVEN, 2))


def _spaced_name(rng: random.Random) -> str:
    """A seeded generator in → a name as a byline sets it: a two-character name padded to three columns (王 磊)."""
    name = _name(rng)
    return name[0] + rng.choice((" ", "\u3000")) + name[1] if len(name) == 2 else name


def head_byline(rng: random.Random) -> str:
    """A seeded generator in → a byline line under a head, as print pages set it (本报通讯员 程亮, □ 本报评论员 林 平)."""
    return rng.choice((
        f"本报通讯员 {_name(rng)}", f"本报记者 {_spaced_name(rng)} {_spaced_name(rng)}", f"□ 本报评论员 {_spaced_name(rng)}",
        f"■ {_name(rng)}", f"□ {_spaced_name(rng)}", f"本报记者 {_spaced_name(rng)} 通讯员 {_spaced_name(rng)}",
        f"本报特约记者 {_name(rng)}", f"◎ 本报记者 {_name(rng)}",
    ))


def digest_lines(rng: random.Random) -> list[str]:
    """A seeded generator in → a 导读 box: its label and 3–5 teasers, each with the page it points to."""
    form = rng.choice(("{mark}{text} {page}版", "{mark}{text} ▶{page}版", "{mark}{text}（第{page}版）", "{mark}{text} 第{page}版",
                       "{mark}{text}  详见第{page}版", "{mark}{text}\n▶{page}版", "{mark}{text}\n第{page}版"))
    mark = rng.choice(("●", "▶", "·", "■", ""))
    teasers = [form.format(mark=mark, text=text, page=rng.randint(2, 8)) for text in rng.sample(TEASERS, rng.randint(3, 5))]
    return [rng.choice(DIGEST_LABELS)] + [line for teaser in teasers for line in teaser.split("\n")]  # (a page on a line of its own)


def colophon_lines(rng: random.Random) -> list[str]:
    """A seeded generator in → the colophon a paper closes a page on (本报地址…邮编…, 广告热线…, 印刷…, 本版责任编辑 …)."""
    city, road = rng.choice(CITIES), rng.choice(ROADS)
    area = f"0{rng.randint(570, 579)}"

    def phone() -> str:
        return f"{area}-{rng.randint(80000000, 89999999)}"

    address = f"本报地址：{city}市{road}路{rng.randint(1, 300)}号 邮编：{rng.randint(310000, 325000)}"
    lines = rng.sample((
        address, f"广告热线：{phone()} 发行热线：{phone()}", f"印刷：{city}日报报业集团印务有限公司",
        f"订阅：全国各地邮局 邮发代号：{rng.randint(31, 32)}-{rng.randint(1, 99)}", f"本报地址 {city}市{road}路{rng.randint(1, 300)}号",
        f"零售价：{rng.choice(('1.00', '1.50', '2.00'))}元",
    ), rng.randint(1, 3))
    roles = rng.sample(STAFF_ROLES, rng.randint(2, 3))
    staff = rng.choice((" ", "  ", " | ")).join(f"{role}{rng.choice((' ', '：', '/'))}{_spaced_name(rng)}" for role in roles)
    staff = rng.choice(("{}", "{}", "（{}）")).format(rng.choice(("本版", "")) + staff)
    return rng.sample(lines + [staff], len(lines) + 1)


def header_lines(rng: random.Random) -> list[str]:
    """A seeded generator in → the page header lines a paper prints above its first headline."""
    year, month, day = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
    date, weekday, page, column = f"{year}年{month}月{day}日", f"星期{rng.choice(WEEKDAYS)}", rng.randint(2, 8), rng.choice(COLUMNS)
    editor, checker, designer = _name(rng), _name(rng), _name(rng)
    banner = rng.choice((
        f"{date} {weekday} 第{page}版", f"第{page:02d}版：{column}", f"{rng.choice(PAPERS)} {date} {weekday}",
        f"A{page} {column} {date}", f"{page} {column}",
    ))
    credits = rng.choice((
        f"编辑 {editor} 校对 {checker}", f"责任编辑：{editor} 美编：{designer} 校对：{checker}",
        f"本版编辑 {editor} 美编 {designer}", f"编辑：{editor}　校对：{checker}",
    ))
    lines = [banner]
    if rng.random() < 0.5:
        lines.append(column)
    if rng.random() < 0.7:
        lines.append(credits)
    rng.shuffle(lines)
    return ([rng.choice(PAPERS)] if rng.random() < 0.3 else []) + lines  # the masthead alone, above the rest


def footer_lines(rng: random.Random) -> list[str]:
    """A seeded generator in → the lines a page ends on (本版编辑, 本版邮箱)."""
    mail = "".join(rng.choice("abcdefghkmnpqrstwxyz") for _ in range(rng.randint(4, 8)))
    return rng.sample((
        f"本版编辑：{_name(rng)}", f"本版邮箱：{mail}@163.com", f"本版编辑 {_name(rng)} 美编 {_name(rng)}",
        f"投稿邮箱：{mail}@126.com", f"版式设计：{_name(rng)}",
    ), rng.choice((1, 2)))


def signature_line(rng: random.Random) -> str:
    """A seeded generator in → a signature closing a story: its writer in brackets."""
    open_, close = rng.choice((("(", ")"), ("（", "）")))
    inside = rng.choice((
        f"通讯员 {_name(rng)}", _pen_name(rng), f"记者 {_name(rng)} 通讯员 {_name(rng)}", f"{rng.choice(SIGNATURE_ORGS)} {_name(rng)}",
        f"通讯员 {_name(rng)} {_name(rng)}", _name(rng),
    ))
    return open_ + inside + close


def cut_caption_lines(rng: random.Random, width: int) -> list[str]:
    """A seeded generator and a column width in → a photo caption over two lines or more, cut at the width
    (图为工会志愿者在建筑工地为工人送上 / 清凉饮品。（摄影 林平）)."""
    scene = rng.choice(CAPTION_SCENES)
    credit = rng.choice((f"（摄影 {_name(rng)}）", f"（{_name(rng)} 摄）", f" 本报记者 {_name(rng)} 摄", f"（通讯员 {_name(rng)} 摄）"))
    text = rng.choice(("图为", "图为", "▲", "")) + scene + rng.choice(("，", "。")) + rng.choice(CAPTION_TAILS) + "。" + credit
    return fill_column(text, width)


def masthead_lines(rng: random.Random) -> list[str]:
    """A seeded generator in → a front page's masthead block: the paper's name, CN and 邮发代号 numbers, the date, 农历,
    the issue number, 今日X版 and the weather, some sharing a line."""
    year, month, day = rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28)
    items = [
        f"国内统一连续出版物号 CN{rng.randint(11, 65)}-{rng.randint(1, 99):04d}", f"邮发代号 {rng.randint(1, 81)}-{rng.randint(1, 99)}",
        f"{year}年{month}月{day}日 星期{rng.choice(WEEKDAYS)}", f"农历{rng.choice(('癸卯', '甲辰', '乙巳'))}年{rng.choice('正二三四五六七八九十')}月"
        f"{rng.choice(LUNAR_DAYS)}", f"总第{rng.randint(1000, 9999)}期", f"今日{rng.choice((4, 8, 12))}版",
        f"{rng.choice(WEATHER)} {rng.randint(-5, 15)}℃～{rng.randint(16, 35)}℃",
    ]
    chosen = rng.sample(items, rng.randint(4, len(items)))
    lines: list[str] = []
    for item in chosen:  # two items on one line now and then, as a masthead's corners print them
        if lines and rng.random() < 0.3:
            lines[-1] += rng.choice((" ", "  ")) + item
        else:
            lines.append(item)
    return [rng.choice(PAPERS)] + lines


def page_name_header(rng: random.Random) -> list[str]:
    """A seeded generator in → a page header whose page name (城乡·民生) stands on a line of its own, most often last,
    right above the first head."""
    year, month, day = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
    lines = [rng.choice((f"第{rng.randint(2, 8)}版", f"{year}年{month}月{day}日 星期{rng.choice(WEEKDAYS)} 第{rng.randint(2, 8)}版",
                         f"A{rng.randint(2, 8)}", f"{rng.choice(PAPERS)} {year}年{month}月{day}日"))]
    if rng.random() < 0.5:
        lines.append(rng.choice((f"编辑 {_name(rng)} 校对 {_name(rng)}", f"责任编辑：{_name(rng)} 美编：{_name(rng)}")))
    name = rng.choice(PAGE_NAMES)
    return lines + [name] if rng.random() < 0.7 else [lines[0], name] + lines[1:]


def county_header(rng: random.Random) -> list[str]:
    """A seeded generator in → a county or company paper's header: on its front page the masthead block (the paper, its
    准印证号, 内部资料 免费交流, the date, the issue, 今日天气…, some sharing a line), on an inner page one line padded with
    spaces between the paper, the page and its name (青禾报      第2版      综合新闻)."""
    year, month, day = rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28)
    paper, date = rng.choice(COUNTY_PAPERS), f"{year}年{month}月{day}日"
    if rng.random() < 0.5:
        pad = rng.choice((" " * rng.randint(2, 8), "\u3000" * rng.randint(1, 4)))
        parts = [paper, f"第{rng.randint(2, 8)}版", rng.choice(COLUMNS)]
        if rng.random() < 0.4:
            parts.insert(rng.randint(1, 3), date)
        return [pad.join(parts)]
    low = rng.randint(-5, 24)
    weather = rng.choice((
        f"今日天气：{rng.choice(WEATHER)} {low}℃～{low + rng.randint(4, 10)}℃", f"今日天气 {rng.choice(WEATHER)} {rng.choice(WEATHER_WIND)}",
        f"今日天气：{rng.choice(WEATHER)}，{rng.choice(WEATHER_WIND)}，气温{low}～{low + rng.randint(4, 10)}℃",
        f"天气预报 {rng.choice(WEATHER)} {low}-{low + rng.randint(4, 10)}℃",
    ))
    items = [rng.choice(PERMIT_LINES).format(n=rng.randint(10, 999)), rng.choice(INTERNAL_LINES),
             f"{date} 星期{rng.choice(WEEKDAYS)}", f"第{rng.randint(100, 999)}期", weather]
    chosen = rng.sample(items, rng.randint(3, len(items)))
    lines: list[str] = []
    for item in chosen:  # two items on one line now and then
        if lines and rng.random() < 0.3:
            lines[-1] += rng.choice(("  ", "\u3000")) + item
        else:
            lines.append(item)
    return [paper] + lines


def in_text_caption(rng: random.Random) -> str:
    """A seeded generator in → a photo caption set between a story's paragraphs, closed by its credit (图为…。（李明 摄）)."""
    scene = rng.choice(CAPTION_SCENES)
    return rng.choice((f"图为{scene}。（{_name(rng)} 摄）", f"{scene}。（{_name(rng)} 摄）", f"▲{scene}。（通讯员 {_name(rng)} 摄）",
                       f"图为{scene}。 {_name(rng)} 摄"))


def page_credit_lines(rng: random.Random) -> list[str]:
    """A seeded generator in → what a small paper prints under its page's last story: the issue's staff (本期责任编辑…),
    the illustrator (本版插图：X) and its call for contributions (欢迎投稿…内部资料 注意保存)."""
    mail = "".join(rng.choice("abcdefghkmnpqrstwxyz") for _ in range(rng.randint(4, 8)))
    staff = rng.choice(("本期责任编辑：{} 版式：{} 校对：{}", "本期编辑 {} 美编 {} 校对 {}", "本期责编：{}  版式设计：{}  校对：{}"))
    lines = [staff.format(_name(rng), _name(rng), _name(rng)), rng.choice(("本版插图：{}", "本版图片：{}", "本版插图 {}")).format(_name(rng)),
             rng.choice((f"欢迎投稿 投稿邮箱：{mail}@163.com 内部资料 注意保存", f"欢迎广大职工踊跃投稿，投稿邮箱：{mail}@126.com",
                         "内部资料 免费交流 注意保存", f"欢迎投稿 {mail}@qq.com"))]
    return rng.sample(lines, rng.randint(1, 3))


def picture_and_label(rng: random.Random) -> tuple[list[str], str | None]:
    """A seeded generator in → what stands between two stories of a company paper: a picture's caption (short, credited,
    or long enough to say more) and, most often, the next story's column label (职工说事, ■一线来信, 【工友心声】)."""
    scene = rng.choice(CAPTION_SCENES)
    caption = rng.choice((f"图为{scene}。", f"图为{scene}。（{_name(rng)} 摄）", f"▲{scene}", f"图为{scene}，{rng.choice(CAPTION_TAILS)}。 {_name(rng)} 摄",
                          f"{scene}。 {_name(rng)} 摄"))
    label = rng.choice(("{}", "■{}", "【{}】", "□{}")).format(rng.choice(STORY_COLUMNS)) if rng.random() < 0.7 else None
    return [caption] + ([label] if label else []), label


def data_box_lines(rng: random.Random) -> list[str]:
    """A seeded generator in → a 数说 box: its label, then three or four figures, each over what it counts, beside it or
    after it (1200余名 / 职工参加技能培训, 3.6万元 发放慰问金, 职工满意度96%)."""
    form = rng.choice(("{n}\n{what}", "{n} {what}", "{n}　{what}", "{what}{n}", "{what}：{n}"))
    items = rng.sample(DATA_BOX_ITEMS, rng.randint(3, 4))
    return [rng.choice(DATA_BOX_LABELS)] + [line for n, what in items for line in form.format(n=n, what=what).split("\n")]


def marked_byline(rng: random.Random) -> str:
    """A seeded generator in → a byline line marked □ under a head, without 本报 (□ 通讯员 邹婷, □ 记者 李明 通讯员 王芳)."""
    return rng.choice((f"□ 通讯员 {_name(rng)}", f"□通讯员 {_name(rng)} {_name(rng)}", f"□ 记者 {_name(rng)} 通讯员 {_name(rng)}",
                       f"□ 特约通讯员 {_name(rng)}", f"■ 通讯员 {_spaced_name(rng)}", f"◎ 记者 {_name(rng)}"))


def signoff_line(rng: random.Random) -> str:
    """A seeded generator in → how a story is signed off below its last paragraph: its writers in brackets, a pen name,
    a photographer's credit, or an expert's body, role and name."""
    return rng.choice((
        f"（通讯员 {_name(rng)} {_name(rng)}）", f"(本报记者 {_name(rng)})", f"（{_pen_name(rng)}）", f"（{_name(rng)} 摄）",
        f"{rng.choice(CITIES)}市总工会{rng.choice(EXPERT_ROLES)} {_name(rng)}", f"（记者 {_name(rng)} 通讯员 {_name(rng)}）",
        f"（本报记者 {_name(rng)} 摄）",
    ))


def narrow_lead(rng: random.Random) -> tuple[str, str | None]:
    """A seeded generator in → how a story on a narrow page opens: (words before its first paragraph, a byline line of its
    own under the head or None)."""
    city, month, day = rng.choice(CITIES), rng.randint(1, 12), rng.randint(1, 28)
    kind = rng.choice(("agency", "agency_credit", "dateline", "byline_line", "none", "dated_agency", "spaced_dateline", "undated"))
    if kind == "dated_agency":  # the date inside the agency's mark (本报5月6日讯)
        return f"本报{month}月{day}日讯 ", None
    if kind == "spaced_dateline":
        return f"本报{city} {month}月{day}日电 ", None
    if kind == "undated":  # a dateline without its date (本报杭州电)
        return f"本报{city}电（记者 {_name(rng)}）", None
    if kind == "agency":
        return "本报讯 ", None
    if kind == "agency_credit":
        return f"本报讯（记者 {_name(rng)} 通讯员 {_name(rng)}）", None
    if kind == "dateline":
        return f"本报{city}{month}月{day}日电（记者 {_name(rng)}）", None
    if kind == "byline_line":
        return "", rng.choice((f"本报记者 {_name(rng)}", f"本报记者 {_name(rng)} 通讯员 {_name(rng)}", f"□本报通讯员 {_name(rng)}"))
    return "", None


def caption_line(rng: random.Random) -> str:
    """A seeded generator in → a photo caption (what it shows, sometimes its credit)."""
    scene = rng.choice(CAPTION_SCENES)
    return rng.choice((
        f"{scene}。", f"图为{scene}。", f"▲{scene}。 {_name(rng)} 摄", f"{scene}。（通讯员 {_name(rng)} 摄）",
        f"{scene} 记者 {_name(rng)} 摄", f"图为{scene}。本报记者 {_name(rng)} 摄",
    ))


def brief_body(article: CorpusArticle) -> str:
    """An article in → its first sentences, as a 简讯 item gives them (at most two)."""
    sentences = [part + "。" for part in article.paragraphs[0].split("。") if part][:MAX_BRIEF_SENTENCES]
    return "".join(sentences)


def comment_writer(rng: random.Random) -> str:
    """A seeded generator in → the writer's line a 评论 prints under its head."""
    return rng.choice((f"□ 本报评论员 {_name(rng)}", f"■ {_name(rng)}", f"文/{_name(rng)}", f"本报评论员 {_name(rng)}", f"◎{_name(rng)}"))


def jump_line(rng: random.Random, onward: bool) -> str:
    """A seeded generator and a direction in → a jump line (（下转第3版）, 上接第1版)."""
    page = rng.randint(2, 8)
    text = f"{'下转' if onward else '上接'}第{page}版"
    return rng.choice((f"（{text}）", f"({text})", text))


def cut_chars(text: str, width: int) -> list[str]:
    """A paragraph in → lines of ``width`` characters each, digits and Latin letters counted whole (as a page cut by
    characters, not by display width, sets them)."""
    return [text[at:at + width] for at in range(0, len(text), width)]


def _story(article: CorpusArticle, habits: Habits, rng: random.Random,
           width: int | None, lead_in: bool = False, paragraph_gap: int = 0, by_chars: bool = False, page_indent: str | None = None,
           clause: str | None = None) -> tuple[list[str], list[str], list[str], list[str]]:
    """An article in → (its lines as printed, its expected first words, the lines in it that are no headline, the jump
    notes in it and its sign-off where that is furniture: in no story's text).

    ``paragraph_gap``: blank lines between paragraphs (a narrow page's habit); ``by_chars``: lines cut by characters;
    ``page_indent``: the indent every paragraph of the page opens with (else each its own); ``clause``: an adverbial clause
    set as the head's first line, the title completing it (只要职工有需要 / …).
    """
    fill = cut_chars if by_chars else fill_column
    head: list[str] = []
    if (habits.stacked_head and rng.random() < 0.6) or lead_in:
        head.append(rng.choice(LEAD_INS))
    head += [clause, article.title] if clause else [article.title]  # (a clause the title completes: one title over two lines)
    if article.subtitle and (habits.stacked_head or rng.random() < 0.3):
        head.append(rng.choice(("——", "")) + article.subtitle)
    paragraphs = list(article.paragraphs)
    not_titles: list[str] = []
    captions_in_text: list[str] = []  # (furniture: in no story's text)
    inserts: list[tuple[int, list[str]]] = []
    if habits.column and len(paragraphs) >= 3 and rng.random() < 0.6:  # sub-heads inside the story
        for spot, heading in zip(sorted(rng.sample(range(1, len(paragraphs)), 2)), rng.sample(SECTION_HEADS, 2)):
            inserts.append((spot, [heading]))
            not_titles.append(heading)
    if habits.quoted_subhead and len(paragraphs) >= 2:  # sub-heads set as a quoted phrase or closed by a colon
        spots = sorted(rng.sample(range(1, len(paragraphs)), min(2, len(paragraphs) - 1)))
        for spot in spots:
            heading = rng.choice(QUOTED_SUBHEADS + COLON_SUBHEADS)
            inserts.append((spot, [""] * rng.choice((0, 1)) + [heading]))  # (set off by a blank line above, now and then)
            not_titles.append(heading)
    if habits.body_chrome and len(paragraphs) >= 2 and rng.random() < 0.5:  # a picture between paragraphs, its credit closing it
        picture = in_text_caption(rng)
        inserts.append((rng.randrange(1, len(paragraphs)), [picture]))
        captions_in_text.append(picture)
    if habits.column and len(paragraphs) >= 2 and rng.random() < 0.4:  # a ■ column label or a 相关链接 box
        label = rng.choice(("■" + rng.choice(COLUMN_LABELS), rng.choice(("■", "")) + rng.choice(LINK_LABELS)))
        inserts.append((len(paragraphs) - 1, [label]))
        not_titles.append(label.lstrip("■"))
    lines = list(head)
    if habits.commentary and rng.random() < 0.5:  # a 评论: its label over the head, its writer under it
        writer = comment_writer(rng)
        lines = [rng.choice(COMMENT_LABELS)] + head + [writer]
        not_titles.append(writer)
    if habits.marked_byline:  # a □ byline line under the head (cut at the column with it)
        writer = marked_byline(rng)
        lines.append(writer)
        not_titles.append(writer)
    if habits.head_byline and rng.random() < 0.7:  # the writer's line under the head, not part of the title
        writer = head_byline(rng)
        lines.append(writer)
        not_titles.append(writer)
    jumps: list[str] = []  # (and captions and sign-offs: furniture, in no story's text)
    if habits.narrow:
        opening, byline_line = narrow_lead(rng)
        paragraphs[0] = opening + paragraphs[0]
        if byline_line:
            lines.append(byline_line)
            not_titles.append(byline_line)
        if rng.random() < 0.3:  # the story's picture between its head and its lead, the caption cut at the column
            caption = cut_caption_lines(rng, width or 20)
            lines += caption
            jumps.append("".join(caption))
    if habits.signoff and rng.random() < 0.3:  # a byline of a role alone under the head (本报评论员), its name nowhere
        lines.append(rng.choice(("本报评论员", "本报特约评论员", "□本报评论员")))
        jumps.append(lines[-1])
    if habits.jump and rng.random() < 0.3:  # the story comes from another page
        jumps.append(jump_line(rng, onward=False))
        lines.append(jumps[-1])
    for n, paragraph in enumerate(paragraphs):
        for _, extra in (x for x in inserts if x[0] == n):
            lines += extra
        indent = "\u3000\u3000" if rng.random() < 0.5 and not habits.narrow else ""
        indent = page_indent if page_indent is not None else indent
        filled = fill(indent + paragraph, width) if width else [indent + paragraph]
        lines += [""] * (paragraph_gap if n else 0) + filled
    if habits.jump and rng.random() < 0.4:  # the story goes on on another page: its jump line closes what is printed here
        jumps.append(jump_line(rng, onward=True))
        if rng.random() < 0.5:
            lines.append(jumps[-1])
        else:
            lines[-1] += jumps[-1]
    if habits.signature and rng.random() < 0.7:
        signature = signature_line(rng)
        lines.append(signature)
        not_titles.append(signature)
    if (habits.signoff or habits.narrow) and rng.random() < 0.7:  # signed off below the last paragraph: out of the body
        signature = signoff_line(rng)
        if habits.narrow and width and signature[:1] in "(（" and rng.random() < 0.5:  # run on after the last sentence, cut with it
            lines[-len(filled):] = fill("".join(lines[-len(filled):]) + signature, width)
        else:
            lines.append(signature)  # (set flush right on a line of its own: never cut at the column)
        jumps.append(signature)
    if habits.body_chrome and rng.random() < 0.4:  # an essay's writer's workplace under it
        note = rng.choice(("（作者单位：{}）", "(作者单位：{})", "（作者系{}职工）")).format(rng.choice(WORKPLACES))
        lines.append(note)
        jumps.append(note)
    jumps += captions_in_text
    return lines, [article.paragraphs[0][:10]], not_titles + jumps, jumps


def make_print_page(articles: list[CorpusArticle], family: str, rng: random.Random) -> PrintPage:
    """Articles, a family and a seeded generator in → one printed page of the family's habits."""
    habits = HABITS[family]
    for habit, make in SESSION_12_PAGES.items():
        if getattr(habits, habit):
            return make(articles, family, rng)
    page = PrintPage(family, "")
    width = rng.randint(11, 22) if habits.column else rng.randint(15, 19) if habits.cut_caption else None
    width = rng.choice((18, 20, 22)) if habits.narrow else 18 if habits.marked_byline else width
    width = rng.choice((None, 18)) if habits.data_box else width
    paragraph_gap = rng.choice((0, 1)) if habits.narrow else 0
    by_chars = habits.narrow and rng.random() < 0.5  # (a page cut by characters: a line with digits runs wider)
    article_gap = max(paragraph_gap, rng.choice((0, 1, 1))) if habits.narrow else rng.choice((1, 1, 2))
    article_gap = rng.choice((0, 1)) if habits.marked_byline or habits.caption_label else article_gap
    page_indent = rng.choice(("\u3000\u3000", "  ", "")) if habits.caption_label else None
    out: list[str] = []
    if habits.header:
        header = header_lines(rng)
        out += header + [""] * rng.choice((0, 1, 2))
        page.furniture += header
    if habits.page_name:
        header = page_name_header(rng)
        out += header + [""] * rng.choice((0, 0, 1))
        page.furniture += header
    if habits.county_paper:
        header = county_header(rng)
        out += header + [""] * rng.choice((0, 1))
        page.furniture += header
    if habits.masthead:
        masthead = masthead_lines(rng)
        out += masthead + [""] * rng.choice((0, 1))
        page.furniture += masthead
    series_at = rng.randrange(len(articles)) if habits.series else -1
    sidebar_after = rng.randrange(len(articles) - 1) if habits.sidebar and len(articles) > 1 else -1
    if habits.digest:  # the 导读 box over the lead story, whose head may carry a 引题
        digest = digest_lines(rng)
        out += digest + [""] * rng.choice((0, 1))
        page.furniture += digest[1:]
        page.not_titles += digest
    items_from = len(articles) - min(len(articles) - 1, rng.choice((2, 3))) if habits.briefs else len(articles)
    for n, article in enumerate(articles):
        if n == items_from:  # the 简讯 column closes the page: the last stories are its items
            break
        if n:
            out += [""] * article_gap
            if habits.caption and rng.random() < 0.6:  # the picture of the story below (or above) and its caption
                captions = [caption_line(rng) for _ in range(rng.choice((1, 1, 2)))]
                out += captions + [""] * rng.choice((0, 1))
                page.captions += captions
                page.not_titles += captions
            if habits.cut_caption and width and rng.random() < 0.8:  # a picture and its caption run over two lines
                captions = cut_caption_lines(rng, width)
                out += captions + [""] * rng.choice((0, 1))
                page.captions.append("".join(captions))
                page.not_titles += captions
            if habits.caption_label and rng.random() < 0.8:  # a picture's caption, then the next story's column label
                between, label = picture_and_label(rng)
                out += between
                page.captions.append(between[0])
                page.not_titles += between
            if habits.narrow and rng.random() < 0.4:  # the picture between two stories, its caption cut at the column
                captions = cut_caption_lines(rng, width or 20)
                out += captions + [""] * article_gap
                page.captions.append("".join(captions))
                page.not_titles += captions
        if n == series_at:  # the series' label and its 编者按 above the story's head
            label, note = rng.choice(SERIES_LABELS), rng.choice(EDITOR_NOTES)
            out += [label] + (fill_column(note, width) if width else [note]) + [""] * rng.choice((0, 1))
            page.not_titles.append(label)
            page.furniture.append(note)
        lead_in = (habits.digest or habits.masthead or habits.series) and n in (0, series_at) and rng.random() < 0.5
        clause = rng.choice(CLAUSE_LINES) if habits.clause_head and rng.random() < 0.7 else None
        lines, first, not_titles, jumps = _story(article, habits, rng, width, lead_in=lead_in, paragraph_gap=paragraph_gap,
                                                 by_chars=by_chars, page_indent=page_indent, clause=clause)
        page.furniture += jumps
        out += lines
        page.titles.append((clause or "") + article.title)
        page.first_words += first
        page.not_titles += not_titles
        if habits.data_box and n < len(articles) - 1 and rng.random() < 0.7:  # the story's figures boxed under it
            box = data_box_lines(rng)
            out += [""] * rng.choice((0, 1)) + box
            page.not_titles += box
            page.furniture += box[1:]  # (its figures repeat the story's: in no story's text; the label alone may be a fragment)
        if n == sidebar_after:  # the reporter's sidebar under the feature: an article of its own under its label
            label, head = rng.choice(SIDEBAR_LABELS), rng.choice(SIDEBAR_HEADS)
            texts = rng.sample(SIDEBAR_TEXTS, rng.randint(1, 2))
            out += [""] * article_gap + [label, head] + texts
            page.titles.append(head)
            page.first_words.append(texts[0][:10])
            page.not_titles.append(label.strip("■【】"))
    if habits.briefs:
        label = rng.choice(BRIEF_LABELS)
        out += [""] * article_gap + [label]
        page.not_titles.append(label)
        for item in articles[items_from:]:
            out += [item.title] + [rng.choice(("", "\u3000\u3000")) + brief_body(item)]
            page.titles.append(item.title)
            page.first_words.append(item.paragraphs[0][:10])
    if habits.footer:
        footer = footer_lines(rng)
        out += [""] * rng.choice((0, 1)) + footer
        page.furniture += footer
    if habits.body_chrome:  # the page's credits and its call for contributions under the last story
        credits = page_credit_lines(rng)
        out += [""] * rng.choice((0, 1)) + credits
        page.furniture += credits
    if habits.colophon:  # the colophon right under the last story (sometimes without a blank line)
        colophon = colophon_lines(rng)
        out += [""] * rng.choice((0, 1)) + colophon
        page.furniture += colophon
    page.text = "\n".join(out) + "\n"
    return page


def _phone(rng: random.Random) -> str:
    return f"0{rng.randint(570, 579)}-{rng.randint(80000000, 89999999)}"


def _story_lines(article: CorpusArticle, width: int | None, lead: str = "", indent: str = "") -> list[str]:
    """An article, a column width (None: a paragraph a line) and its lead's opening words in → its paragraphs' lines."""
    lines: list[str] = []
    for n, paragraph in enumerate(article.paragraphs):
        text = indent + (lead if n == 0 else "") + paragraph
        lines += fill_column(text, width) if width else [text]
    return lines


def _expect(page: PrintPage, title: str, article: CorpusArticle) -> None:
    page.titles.append(title)
    page.first_words.append(article.paragraphs[0][:10])


def tabloid_page(articles: list[CorpusArticle], family: str, rng: random.Random) -> PrintPage:
    """An evening tabloid's page: cut at 12–16 columns, no blank line anywhere, each head a 主题 (now and then one ending on a
    count after what it counts, 驿站120个) over a 副题, dashed or not, and leads with or without 本报讯."""
    page = PrintPage(family, "")
    width, indent = rng.choice((12, 14, 16)), rng.choice(("", "\u3000\u3000"))
    counted = iter(rng.sample(COUNTED_TITLES, len(COUNTED_TITLES)))
    out: list[str] = []
    for article in articles:
        title = next(counted) if rng.random() < 0.4 else article.title
        head = [title]
        if rng.random() < 0.8:
            subtitle = rng.choice(("——", "", "")) + (article.subtitle or rng.choice(SUBTITLES))
            head.append(subtitle)
            page.not_titles.append(subtitle)
        lead = rng.choice(("", "", "本报讯 ", f"本报讯（记者 {_name(rng)}）"))
        out += head + _story_lines(article, width, lead, indent)
        _expect(page, title, article)
    page.text = "\n".join(out) + "\n"
    return page


def photo_story_lines(rng: random.Random, width: int | None, head: str, scene: str) -> tuple[list[str], str]:
    """A seeded generator, a column width, a head and what the picture shows in → (a photo story's lines: its label now and
    then, its head, one caption paragraph closed by its credit; its text's first words)."""
    text = rng.choice(("", f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，", "近日，")) + scene + "。" + rng.choice(PHOTO_TAILS)
    text += rng.choice((f" 本报记者 {_name(rng)} 摄", f"（{_name(rng)} 摄）", f"（通讯员 {_name(rng)} 摄）", f" {_name(rng)}/摄"))
    label = [rng.choice(PHOTO_LABELS)] if rng.random() < 0.5 else []
    return label + [head] + (fill_column(text, width) if width else [text]), text[:10]


def photo_story_page(articles: list[CorpusArticle], family: str, rng: random.Random) -> PrintPage:
    """A page whose stories have photo stories between them (图片新闻: a head, a caption paragraph and its credit)."""
    page = PrintPage(family, "")
    width, gap = rng.choice((None, 16, 20)), rng.choice((0, 1, 1))
    out: list[str] = []
    heads, scenes = rng.sample(PHOTO_HEADS, len(articles)), rng.sample(PHOTO_SCENES, min(len(articles), len(PHOTO_SCENES)))
    for n, article in enumerate(articles):
        if n:
            out += [""] * gap
            if rng.random() < 0.7:
                head = heads[n]
                lines, first = photo_story_lines(rng, width, head, scenes[n % len(scenes)])
                out += lines + [""] * gap
                page.titles.append(head)
                page.first_words.append(first)
                page.not_titles += [line for line in lines[:1] if line != head]
        out += [article.title] + _story_lines(article, width)
        _expect(page, article.title, article)
    page.text = "\n".join(out) + "\n"
    return page


def broken_head(title: str, rng: random.Random) -> list[str]:
    """A title in → its lines as a head box breaks it: whole, or over two lines with a short first or last line."""
    if len(title) < 7 or rng.random() < 0.3:
        return [title]
    cut = rng.randint(2, 4) if rng.random() < 0.4 else len(title) - rng.randint(2, 4)
    return [title[:cut].strip(), title[cut:].strip()]


def pdftotext_page(articles: list[CorpusArticle], family: str, rng: random.Random) -> PrintPage:
    """A county paper's page as pdftotext prints it: blocks parted by one blank line (the header's, each head's, each story's
    text), heads broken where their box ends (a short first or last line), the text cut at its column with no blank line
    between paragraphs, leads with and without a byline, a form feed closing the page."""
    page = PrintPage(family, "")
    width = rng.choice((13, 15, 17, 19))
    header = [f"第{rng.randint(2, 8)}版", rng.choice(COLUMNS), f"{rng.randint(2021, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
    out = [line for item in rng.sample(header, rng.randint(1, 3)) for line in (item, "")]
    page.furniture += [line for line in out if line]
    for article in articles:
        out += broken_head(article.title, rng) + [""]
        lead = rng.choice(("", "", f"本报讯（通讯员 {_name(rng)}）", "本报讯 "))
        out += _story_lines(article, width, lead) + [""]
        _expect(page, article.title, article)
    page.text = "\n".join(out) + "\f"
    return page


def run_in_briefs_page(articles: list[CorpusArticle], family: str, rng: random.Random) -> PrintPage:
    """A page closed by a column of briefs run in: each item's head after a mark (■东城区工会送清凉 7月10日，…) or in
    brackets (【…】…) with its text on the same line, under a 简讯 label or none, cut at the column or not."""
    page = PrintPage(family, "")
    width = rng.choice((None, 16, 20, 24))
    lead_stories = 1 if len(articles) < 4 else 2
    out: list[str] = []
    for article in articles[:lead_stories]:
        out += [article.title] + _story_lines(article, width) + [""]
        _expect(page, article.title, article)
    if rng.random() < 0.6:
        label = rng.choice(BRIEF_LABELS)
        out.append(label)
        page.not_titles.append(label)
    form = rng.choice(("{mark}{head}{space}{text}", "{mark} {head}{space}{text}", "【{head}】{text}"))
    mark = rng.choice(RUN_IN_MARKS)
    for item in articles[lead_stories:]:
        head = item.title.replace(" ", "")
        text = rng.choice(("", "", "本报讯 ")) + brief_body(item)
        line = form.format(mark=mark, head=head, space=rng.choice((" ", "  ", "\u3000")), text=text)
        out += fill_column(line, width) if width else [line]
        page.titles.append(head)
        page.first_words.append(item.paragraphs[0][:10])
    page.text = "\n".join(out) + "\n"
    return page


def traditional_page(articles: list[CorpusArticle], family: str, rng: random.Random) -> PrintPage:
    """A Hong Kong or Macau paper's page in traditional script: stories opening 【本報消息】/本報訊/（本報訊）, a 引题 over a head
    now and then, reporters' signatures (記者 X) and photo credits (攝), blank lines between stories or none."""
    page = PrintPage(family, "")
    width, gap = rng.choice((None, None, 18)), rng.choice((0, 1))
    out: list[str] = []
    for n, article in enumerate(articles):
        if n:
            out += [""] * gap
            if rng.random() < 0.3:
                caption = caption_line(rng)
                out.append(caption)
                page.not_titles.append(caption)
        if rng.random() < 0.2:
            out.append(rng.choice(LEAD_INS))
        out.append(article.title)
        if article.subtitle and rng.random() < 0.5:
            out.append("——" + article.subtitle)
        out += _story_lines(article, width, rng.choice(TRADITIONAL_LEADS))
        if rng.random() < 0.4:
            signature = f"（記者 {_name(rng)}）"
            out[-1] += signature
            page.furniture.append(signature)
        _expect(page, to_traditional(article.title), article)
    page.text = to_traditional("\n".join(out) + "\n")
    page.first_words = [to_traditional(words) for words in page.first_words]
    page.not_titles = [to_traditional(line) for line in page.not_titles]
    page.furniture = [to_traditional(line) for line in page.furniture]
    return page


def foot_lines(rng: random.Random) -> list[str]:
    """A seeded generator in → what a page's foot holds under its last story: an ad box, classifieds, the paper's hotline
    and a weather box, two to four of them."""
    city, road = rng.choice(CITIES), rng.choice(ROADS)
    ad = [rng.choice(AD_PRODUCTS), rng.choice(AD_OFFERS), f"地址：{city}市{road}路{rng.randint(1, 300)}号",
          rng.choice(("电话：", "订购热线 ", "咨询电话：")) + _phone(rng)]
    classified = [rng.choice(("分类广告", "遗失声明", "便民信息", "分类信息"))] + [
        item.format(name=_name(rng), city=city, road=road, phone=_phone(rng), digits=rng.randint(10**9, 10**10 - 1))
        for item in rng.sample(CLASSIFIEDS, rng.randint(2, 3))]
    hotline = [rng.choice(HOTLINES).format(phone=_phone(rng))]
    low = rng.randint(-3, 25)
    weather = [rng.choice(WEATHER_BOX), f"{rng.choice(WEATHER)} {low}～{low + rng.randint(3, 9)}℃",
               rng.choice((f"明天 {rng.choice(WEATHER)} {rng.choice(WEATHER_WIND)}", f"后天 {rng.choice(WEATHER)} 气温{low}-{low + 6}度"))]
    boxes = rng.sample((ad, classified, hotline, weather), rng.randint(2, 4))
    return [line for box in boxes for line in box]


def foot_ads_page(articles: list[CorpusArticle], family: str, rng: random.Random) -> PrintPage:
    """A page whose foot, under its last story, holds an ad box, classifieds, the hotline and a weather box."""
    page = PrintPage(family, "")
    width, gap = rng.choice((None, 18, 22)), rng.choice((0, 1, 1))
    out: list[str] = []
    for n, article in enumerate(articles):
        out += [""] * (gap if n else 0) + [article.title] + _story_lines(article, width)
        _expect(page, article.title, article)
    foot = foot_lines(rng)
    out += [""] * rng.choice((0, 1)) + foot
    page.furniture += foot
    page.not_titles += foot
    page.text = "\n".join(out) + "\n"
    return page


# Session 12's families: each a page of its own, built by its function.
SESSION_12_PAGES = {
    "tabloid_subtitle": tabloid_page, "photo_story": photo_story_page, "pdftotext": pdftotext_page,
    "run_in_briefs": run_in_briefs_page, "traditional": traditional_page, "foot_ads": foot_ads_page,
}


def make_print_pages(articles: list[CorpusArticle], family: str, count: int, seed: int) -> list[PrintPage]:
    """Usable articles, a family, a page count and a seed in → that many pages of 3–6 stories."""
    rng = random.Random(f"{family}:{seed}")
    return [make_print_page(rng.sample(articles, min(len(articles), rng.randint(3, 6))), family, rng) for _ in range(count)]
