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

FAMILIES = ("header", "signature", "caption", "column", "stacked_head", "footer", "print", "briefs", "jump", "commentary",
            "head_byline", "digest", "colophon", "cut_caption", "narrow", "page_name", "series", "sidebar", "masthead", "signoff",
            "county_paper", "body_chrome", "marked_byline", "quoted_subhead", "caption_label", "data_box", "clause_head")
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


def make_print_pages(articles: list[CorpusArticle], family: str, count: int, seed: int) -> list[PrintPage]:
    """Usable articles, a family, a page count and a seed in → that many pages of 3–6 stories."""
    rng = random.Random(f"{family}:{seed}")
    return [make_print_page(rng.sample(articles, min(len(articles), rng.randint(3, 6))), family, rng) for _ in range(count)]
