"""Writes the blind PDF page set: six union-newspaper pages laid out by hand, and their expected.json.

A generator of its own (not archive.scoring.pdf_make): every block is placed on the page by coordinates, as a
make-up editor places it, so the layouts are ones the repo's generator does not make: heads centred over 2–4
columns, 引题/主题/副题 stacks, picture boxes with captions, boxed 简讯 columns, a vertical (竖排) head, heads in
shaded boxes, L-shaped stories wrapping another, unequal column widths, a narrow sidebar, jump lines, commentaries
with bylines, page headers and footers, notices and ads. Font: reportlab's built-in CID font STSong-Light (no TTF
with Chinese glyphs is on the machine); heads are made heavier with fill-and-stroke rendering.

Run from the repo: .venv/bin/python tests/data/pdf/blind/make_pages.py (writes the PDFs and expected.json beside
this file). The committed PDFs are what the gate reads; this script is kept to show how they were made.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
FONT = "STSong-Light"
A3 = (842.0, 1191.0)
BROADSHEET = (1017.0, 1433.0)
SUBHEAD = "#"  # a paragraph starting so is a 小标题 (sub-head) set centred in bold
HANGING = set("，。、；：？！”’）》」』…—")


@dataclass
class Expected:
    """One article as a reader finds it on the page."""

    title: str
    body_start: str
    body_end: str
    kicker: str | None = None
    subtitle: str | None = None
    lead: str | None = None  # the 本报讯 line the body may open with before its first words
    sign: str | None = None  # a signature printed after the last sentence, e.g. （通讯员 何芳）

    def as_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class Sheet:
    """A page being made up: top-down coordinates, the canvas, and what a reader should find on it."""

    name: str
    size: tuple[float, float]
    about: str
    c: canvas.Canvas = field(init=False)
    articles: list[Expected] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.c = canvas.Canvas(str(HERE / self.name), pagesize=self.size, pageCompression=1, invariant=1)
        self.c.setTitle(self.name)
        self.c.setAuthor("blind set writer")

    @property
    def height(self) -> float:
        return self.size[1]

    def y(self, top: float) -> float:
        return self.height - top

    # ---- drawing -----------------------------------------------------------------------------------

    def string(self, text: str, x: float, top: float, size: float, bold: bool = False, space: float = 0.0,
               grey: float = 0.0) -> None:
        """One line of text whose baseline sits at top (measured down from the page top)."""
        t = self.c.beginText()
        t.setFont(FONT, size)
        t.setFillGray(grey)
        t.setTextRenderMode(2 if bold else 0)  # the mode is graphics state: it outlives the text object
        if bold:
            self.c.setLineWidth(size * 0.035)
            self.c.setStrokeGray(grey)
        if space:
            t.setCharSpace(space)
        t.setTextOrigin(x, self.y(top))
        t.textOut(text)
        self.c.drawText(t)

    def width_of(self, text: str, size: float, space: float = 0.0) -> float:
        return pdfmetrics.stringWidth(text, FONT, size) + space * max(len(text) - 1, 0)

    def head(self, lines: list[str], x: float, w: float, top: float, size: float, align: str = "center",
             bold: bool = True, space: float = 0.0, leading: float = 1.25, grey: float = 0.0) -> float:
        """A head of one or more lines in a box x..x+w from top down; returns the bottom of the last line."""
        for line in lines:
            top += size
            lw = self.width_of(line, size, space)
            lx = x + (w - lw) / 2 if align == "center" else (x + w - lw if align == "right" else x)
            self.string(line, lx, top, size, bold=bold, space=space, grey=grey)
            top += size * (leading - 1)
        return top

    def vertical_head(self, text: str, x: float, top: float, size: float, gap: float = 4.0) -> float:
        """A 竖排 head: one character under another; returns its bottom."""
        for ch in text:
            top += size
            self.string(ch, x, top, size, bold=True)
            top += gap
        return top

    def rule(self, x1: float, top1: float, x2: float, top2: float, width: float = 0.6, grey: float = 0.0) -> None:
        self.c.setLineWidth(width)
        self.c.setStrokeGray(grey)
        self.c.line(x1, self.y(top1), x2, self.y(top2))

    def box(self, x: float, top: float, w: float, h: float, fill: float | None = None, stroke: float | None = 0.0,
            width: float = 0.8) -> None:
        if fill is not None:
            self.c.setFillGray(fill)
        if stroke is not None:
            self.c.setStrokeGray(stroke)
            self.c.setLineWidth(width)
        self.c.rect(x, self.y(top + h), w, h, fill=fill is not None, stroke=stroke is not None)
        self.c.setFillGray(0)

    def picture(self, x: float, top: float, w: float, h: float) -> None:
        """A photograph's place: a grey box with shapes in it, no text."""
        self.box(x, top, w, h, fill=0.62, stroke=None)
        self.c.setFillGray(0.45)
        for i in range(5):
            cx, r = x + w * (0.15 + 0.17 * i), h * (0.10 + 0.03 * (i % 3))
            self.c.circle(cx, self.y(top + h * 0.45), r, stroke=0, fill=1)
            self.c.rect(cx - r, self.y(top + h * 0.95), 2 * r, h * 0.38, stroke=0, fill=1)
        self.c.setFillGray(0.8)
        self.c.rect(x, self.y(top + h * 0.18), w, h * 0.18, stroke=0, fill=1)
        self.c.setFillGray(0)

    def flow(self, paragraphs: list[str], frames: list[tuple[float, float, float, float]], size: float = 9.0,
             leading: float = 13.5, indent: bool = True) -> float:
        """Body paragraphs set into frames (x, top, w, bottom), justified, first lines indented two characters.

        Returns the top of the line under the last line set; raises when the frames cannot hold the text.
        """
        frame_index, line_top = 0, frames[0][1]
        queue = [(p, True) for p in paragraphs]
        while queue:
            text, first = queue.pop(0)
            x, top, w, bottom = frames[frame_index]
            if line_top == top:
                line_top = top + size
            if text.startswith(SUBHEAD):  # a 小标题: centred, bold, two lines' room
                if line_top + leading > bottom:
                    frame_index += 1
                    x, top, w, bottom = frames[frame_index]
                    line_top = top + size
                self.head([text[1:]], x, w, line_top - size + leading * 0.4, size * 1.15)
                line_top += 2 * leading
                continue
            if line_top > bottom:
                frame_index += 1
                if frame_index == len(frames):
                    raise ValueError(f"{self.name}: text overflows its frames at {text[:20]!r}")
                line_top = frames[frame_index][1] + size
                x, top, w, bottom = frames[frame_index]
            lead_in = 2 * size if first and indent else 0.0
            n = int((w - lead_in) // size)
            cut = n
            while cut < len(text) and text[cut] in HANGING and cut < n + 1:
                cut += 1
            line, rest = text[:cut], text[cut:]
            last = not rest
            space = 0.0 if last or len(line) < 2 else (w - lead_in - len(line) * size) / (len(line) - 1)
            self.string(line, x + lead_in, line_top, size, space=max(space, -0.9))
            if rest:
                queue.insert(0, (rest, False))
            line_top += leading
        return line_top - size

    def balanced(self, paragraphs: list[str], cols: list[tuple[float, float]], top: float, size: float = 9.0,
                 leading: float = 13.5, indent: bool = True) -> float:
        """Body set into columns of one width from top, balanced to even depth; returns the bottom reached."""
        rows = -(-count_lines(paragraphs, cols[0][1], size, indent) // len(cols))
        bottom = top + size + (rows - 1) * leading + 0.5
        self.flow(paragraphs, [(x, top, w, bottom) for x, w in cols], size, leading, indent)
        return bottom + leading - size

    def article(self, expected: Expected) -> None:
        self.articles.append(expected)

    def save(self) -> dict:
        self.c.showPage()
        self.c.save()
        return {"file": self.name, "page_size_pt": list(self.size), "layout": self.about,
                "articles": [a.as_json() for a in self.articles], "absent": self.absent}


def columns(x0: float, x1: float, weights: list[float], gutter: float = 12.0) -> list[tuple[float, float]]:
    """Column (x, width) pairs between x0 and x1 in the proportions given."""
    room = x1 - x0 - gutter * (len(weights) - 1)
    out, x = [], x0
    for wgt in weights:
        w = room * wgt / sum(weights)
        out.append((x, w))
        x += w + gutter
    return out


def span(cols: list[tuple[float, float]], first: int, last: int) -> tuple[float, float]:
    """x and width of columns first..last (inclusive)."""
    return cols[first][0], cols[last][0] + cols[last][1] - cols[first][0]


def count_lines(paragraphs: list[str], w: float, size: float, indent: bool = True) -> int:
    """How many lines the paragraphs take in a column w wide (same breaking as Sheet.flow)."""
    total = 0
    for text in paragraphs:
        if text.startswith(SUBHEAD):
            total += 2
            continue
        first = True
        while text:
            n = int((w - (2 * size if first and indent else 0.0)) // size)
            cut = n
            while cut < len(text) and text[cut] in HANGING and cut < n + 1:
                cut += 1
            text, first, total = text[cut:], False, total + 1
    return total


# ---- page 1: a broadsheet front page, six columns ----------------------------------------------------


def page_1() -> dict:
    s = Sheet("p1_front_broadsheet_6col.pdf", BROADSHEET,
              "front page, 6 equal columns: masthead with date/期号 block; lead story with 引题/主题/副题 over 4 columns, "
              "a picture box and caption, body in 4 columns; a head in a shaded box over 2 columns on the right, a 今日导读 "
              "box under it; second row: a two-line head over 3 columns with a 下转第4版 jump line, a 评论 under a "
              "reversed column label with a □ byline; bottom: a head standing in the first column beside its text in 5 "
              "columns; footer with address and 责任编辑. Reading order: lead, right story, skills story, commentary, "
              "bottom story.")
    left, right = 45.0, 972.0
    cols = columns(left, right, [1] * 6)
    s.head(["江城职工报"], left, 400, 40, 64, align="left")
    s.string("JIANGCHENG WORKERS' DAILY", left + 4, 140, 11, grey=0.2)
    info = ["2026年1月14日  星期三", "农历乙巳年十一月廿六", "第4127期  今日八版",
            "江城市总工会主管主办", "国内统一连续出版物号 CN 42-0098"]
    for i, line in enumerate(info):
        s.string(line, 700, 62 + i * 17, 11 if i < 3 else 9)
    s.rule(left, 160, right, 160, 2.2)
    s.rule(left, 164, right, 164, 0.5)
    s.absent += ["今日八版", "国内统一连续出版物号"]

    # lead story: 引题/主题/副题 over columns 1-4, picture, body in four columns
    x, w = span(cols, 0, 3)
    bottom = s.head(["情暖寒冬 爱满江城"], x, w, 178, 17, bold=False)
    bottom = s.head(["全市工会启动“两节”送温暖活动"], x, w, bottom + 4, 36)
    bottom = s.head(["——今年将走访慰问困难职工和一线劳动者1.2万户"], x, w, bottom + 6, 16, bold=False)
    s.picture(x, bottom + 14, w, 280)
    caption = "图为市总工会慰问组在江岸区一户困难职工家中送去慰问金和年货。  本报记者 陈卓 摄"
    s.string(caption, x, bottom + 14 + 280 + 14, 9)
    s.absent += ["慰问金和年货", "陈卓摄"]
    lead_body = [
        "本报讯（记者 周文婷 通讯员 胡晓燕）1月13日，江城市总工会在江岸区召开2026年元旦春节“两节”送温暖活动启动会。记者从会上获悉，"
        "今年全市各级工会将筹集资金5800万元，走访慰问困难职工、一线劳动者和新就业形态劳动者1.2万户，送温暖活动将持续到2月底。",
        "市总工会负责人介绍，今年的送温暖活动突出“精准”二字。各级工会依托困难职工帮扶信息系统，对在档困难职工逐户核实家庭收入和致困原因，"
        "做到应帮尽帮、不漏一户。对因病、因灾导致生活困难的职工，在发放慰问金的同时落实医疗救助和子女助学政策。",
        "在慰问对象上，今年首次把快递员、外卖送餐员、网约车司机等新就业形态劳动者整体纳入。市总工会将联合平台企业在全市设立60个“暖心年货站”，"
        "为春节期间坚守岗位的骑手发放年货大礼包。",
        "启动会后，市总工会领导分成六个慰问组，分赴江岸、汉阳、青山等区，走访慰问了环卫工人、公交司机、医护人员和困难职工家庭，送去慰问金和米、"
        "面、油等慰问品。在汉阳区一处建筑工地，慰问组还为坚守岗位的200多名建筑工人送上了热腾腾的饺子。",
        "据悉，春节前后，全市工会还将组织开展“送文化进工地”“送健康进企业”等系列活动，让广大职工过一个温暖、祥和的新春佳节。",
    ]
    lead_bottom = s.balanced(lead_body, cols[0:4], bottom + 14 + 280 + 26, 10.5, 16.0)
    s.article(Expected("全市工会启动“两节”送温暖活动", "1月13日，江城市总工会在江岸区召开", "过一个温暖、祥和的新春佳节。",
                       kicker="情暖寒冬 爱满江城", subtitle="——今年将走访慰问困难职工和一线劳动者1.2万户",
                       lead="本报讯（记者 周文婷 通讯员 胡晓燕）"))
    s.rule(cols[3][0] + cols[3][1] + 6, 178, cols[3][0] + cols[3][1] + 6, lead_bottom + 10, 0.5)

    # right: a head in a shaded box over columns 5-6, then a 今日导读 box
    x, w = span(cols, 4, 5)
    s.box(x, 178, w, 66, fill=0.86, stroke=None)
    s.head(["新就业形态劳动者", "“暖心驿站”增至326个"], x, w, 184, 20)
    right_body = [
        "本报讯（记者 李 航）记者1月12日从市总工会获悉，去年以来，全市工会联合商场、银行网点、加油站等单位新建户外劳动者“暖心驿站”58个，"
        "全市驿站总数增至326个，基本实现中心城区步行15分钟可达。",
        "这些驿站配备了饮水机、微波炉、充电设施和应急药箱，冬季还提供热水和姜茶。在武胜路一家银行网点改造的驿站里，外卖骑手刘师傅一边给电动车"
        "电池充电一边说：“跑一上午单，能进来喝口热水、歇歇脚，心里特别暖和。”",
        "市总工会有关负责人表示，今年将推动驿站向郊区和工业园区延伸，并在驿站开展入会登记、法律咨询等服务，把驿站建成新就业形态劳动者身边的"
        "“职工之家”。",
    ]
    rb = s.balanced(right_body, cols[4:6], 256, 10.5, 16.0)
    s.article(Expected("新就业形态劳动者“暖心驿站”增至326个", "记者1月12日从市总工会获悉", "身边的“职工之家”。",
                       lead="本报讯（记者 李 航）"))
    guide_top = rb + 18
    s.box(x, guide_top, w, lead_bottom - guide_top, stroke=0.0, width=1.2)
    s.box(x, guide_top, w, 24, fill=0.15, stroke=None)
    s.head(["今 日 导 读"], x, w, guide_top + 3, 14, grey=1.0)
    items = ["◆ 48名“江城工匠”出炉  4版", "◆ 工会专场招聘会周六开场  5版", "◆ 年终奖能不能说没就没  2版",
             "◆ 一封来自工地的感谢信  6版"]
    for i, item in enumerate(items):
        s.string(item, x + 10, guide_top + 50 + i * 24, 11)
    s.absent += ["今日导读", "48名“江城工匠”出炉", "工会专场招聘会周六开场", "年终奖能不能说没就没", "6版"]

    # second row: skills contest (jumps to page 4) and the commentary
    row = lead_bottom + 26
    s.rule(left, row - 10, right, row - 10, 1.0)
    x, w = span(cols, 0, 2)
    bottom = s.head(["全市职工技能大赛决赛落幕", "48名选手获评“江城工匠”"], x, w, row, 24)
    skills = [
        "本报讯（记者 王 磊）1月12日，为期三天的2026年江城市职工职业技能大赛决赛在市职业技术学院落下帷幕。来自全市186家企业的612名职工在焊工、"
        "电工、数控车工、养老护理员、网约配送员等16个工种同台竞技，48名选手获评“江城工匠”称号。",
        "本届大赛由市总工会、市人社局联合主办，首次增设了工业机器人系统运维、无人机驾驶等新职业赛项。比赛分理论考试和实际操作两部分，实际操作占"
        "总成绩的七成。在焊工赛场，选手们要在两个半小时内完成管板焊接和板对接仰焊，焊缝质量要经过X射线探伤检验。",
        "“比的是手上功夫，更比心理素质。”获得焊工项目第一名的江城重工职工孙浩说，为了这次比赛，他利用业余时间练习了三个多月，光焊条就用掉了两千多根。",
        "按照规定，获得各工种前三名且符合条件的选手，将由市总工会按程序推荐申报市五一劳动奖章，",
    ]
    sb = s.balanced(skills, cols[0:3], bottom + 10, 10.5, 16.0)
    s.string("（下转第4版）", cols[2][0] + cols[2][1] - 6 * 9.5, sb + 14, 9.5)
    s.absent += ["下转第4版"]
    s.article(Expected("全市职工技能大赛决赛落幕48名选手获评“江城工匠”", "1月12日，为期三天的2026年江城市职工职业技能大赛",
                       "按程序推荐申报市五一劳动奖章，", lead="本报讯（记者 王 磊）"))
    x, w = span(cols, 3, 5)
    s.box(x, row - 2, 62, 22, fill=0.1, stroke=None)
    s.string("江城时评", x + 6, row + 15, 12, grey=1.0)
    bottom = s.head(["让温暖直抵职工心坎"], x, w, row + 26, 24)
    s.string("□ 本报评论员  郑 凯", x + w - 130, bottom + 18, 10.5)
    comment = [
        "一年一度的送温暖活动又启动了。从一桶油、一袋米到一份年货大礼包，送温暖的“温度”从来不只在物资多少，更在于是否送到了职工最需要的地方。",
        "送温暖要送得准。困难职工的难处各不相同，有的缺钱治病，有的愁孩子上学，有的盼着找份稳定工作。工会干部多走几步路、多问几句话，把“大水漫灌”"
        "变成“精准滴灌”，温暖才能真正落地。",
        "送温暖也要送得常。节日慰问是一时，帮扶解困是长久。把节日里的关心延伸到平日里的服务，把一次性的救助变成持续的帮扶，职工才会真正把工会当成“娘家”。",
        "送温暖更要送得广。快递小哥、外卖骑手、货车司机……越来越多的新就业形态劳动者活跃在城市街头。他们同样需要关心关爱，工会的温暖理应覆盖到每一个劳动者。",
    ]
    cb = s.balanced(comment, cols[3:6], bottom + 30, 10.5, 16.0)
    s.article(Expected("让温暖直抵职工心坎", "一年一度的送温暖活动又启动了", "理应覆盖到每一个劳动者。"))
    s.absent += ["本报评论员", "江城时评"]

    # bottom: a head in the first column, its text in the five beside it
    row = max(sb + 14, cb) + 28
    s.rule(left, row - 12, right, row - 12, 1.0)
    s.head(["首批", "“返乡包车”", "下周发车"], cols[0][0], cols[0][1], row + 6, 18, leading=1.4)
    home = [
        "本报讯（通讯员 张 帆）记者从市总工会获悉，今年春节前夕，市总工会将联合市交通运输局开行“返乡包车”120趟，免费送农民工和一线职工返乡过年。"
        "首批包车将于1月20日从汉口火车站广场发车，开往恩施、黄冈、孝感等地。",
        "今年的“返乡包车”报名采取线上与线下相结合的方式，职工可通过“江城工会”微信小程序填写出发地和目的地，也可以由所在企业工会统一报名。"
        "市总工会提醒，每辆包车都配有工会志愿者随车服务，为职工提供饮用水、常用药品和暖手宝。",
    ]
    hb = s.balanced(home, cols[1:6], row, 10.5, 16.0)
    s.article(Expected("首批“返乡包车”下周发车", "记者从市总工会获悉，今年春节前夕", "常用药品和暖手宝。",
                       lead="本报讯（通讯员 张 帆）"))
    ad = hb + 24
    s.rule(left, ad - 8, right, ad - 8, 1.0)
    s.box(left, ad, right - left, 1372 - ad, fill=0.9, stroke=0.0, width=1.5)
    s.head(["江城工会 · 职工普惠"], left, right - left, ad + (1372 - ad) / 2 - 34, 30)
    s.head(["会员凭卡享景区、影院、商超优惠   详询 12351   扫码下载“江城工会”APP"], left, right - left,
           ad + (1372 - ad) / 2 + 8, 14, bold=False)
    s.absent += ["职工普惠", "扫码下载"]
    foot = 1385
    s.rule(left, foot, right, foot, 0.8)
    s.string("本报地址：江城市解放大道1208号  邮编：430015  新闻热线：027-85861234  广告经营许可证：江工商广字第018号  "
             "本报印刷：江城日报印务中心", left, foot + 14, 8.5)
    s.string("本版责任编辑：何 蔚   美编：孙晓丽   校对：周 敏", left, foot + 28, 8.5)
    s.absent += ["本报地址", "广告经营许可证", "责任编辑"]
    return s.save()


# ---- page 2: A3, four unequal columns, an L-shaped story, a narrow sidebar ---------------------------


def header(s: Sheet, left: float, right: float, number: str, name: str, date: str, staff: str,
           number_left: bool = True) -> float:
    """A 版头: page number in a dark box, the page's name, the date, the staff line; returns the rule's top."""
    if number_left:
        s.box(left, 30, 44, 40, fill=0.1, stroke=None)
        s.head([number], left, 44, 34, 26, grey=1.0)
        s.string(name, left + 56, 62, 24, bold=True)
        s.string(date, left + 56 + len(name) * 24 + 20, 62, 10.5)
        s.string(staff, right - s.width_of(staff, 9), 62, 9)
    else:
        s.string(staff, left, 62, 9)
        s.string(date, left + s.width_of(staff, 9) + 24, 62, 10.5)
        s.string(name, right - 56 - len(name) * 24, 62, 24, bold=True)
        s.box(right - 44, 30, 44, 40, fill=0.1, stroke=None)
        s.head([number], right - 44, 44, 34, 26, grey=1.0)
    s.rule(left, 78, right, 78, 1.6)
    return 90.0


def page_2() -> dict:
    s = Sheet("p2_rights_A3_L_shape_sidebar.pdf", A3,
              "A3 page 2 (维权), 4 columns of unequal width (three wide, a narrow right sidebar): page number box, "
              "name, date and staff line on top; a 引题+主题 over 3 columns whose story is L-shaped (its first column "
              "runs the full depth, its 2nd and 3rd stop where another story sits under them); that story with a head "
              "over its 2 columns; a 法律小贴士 Q&A in the narrow sidebar with a reversed label and a signature; a "
              "two-column story and a one-column story at the foot, a 遗失声明 notice and a hotline ad under the sidebar, a banner ad across the foot. Reading order: L-shaped "
              "story, the story it wraps, sidebar Q&A, foot stories left to right.")
    left, right = 36.0, 806.0
    cols = columns(left, right, [1.25, 1.25, 1.25, 0.85])
    top = header(s, left, right, "2", "维权", "2026年1月14日  星期三", "责任编辑 刘 洋 │ 版式 马 骏 │ 校对 王 敏")
    s.absent += ["版式", "校对"]
    x, w = span(cols, 0, 2)
    bottom = s.head(["工会法律援助律师三个月奔走五地"], x, w, top + 4, 15, bold=False)
    bottom = s.head(["42名农民工拿回欠薪86万元"], x, w, bottom + 4, 30)
    wage = [
        "本报讯（记者 刘 洋 通讯员 黄 敏）“钱拿到手了，能安心回家过年了！”1月10日，在江夏区职工服务中心，农民工代表老杨从工会法律援助律师手中"
        "接过最后一笔欠薪，激动地说。至此，42名农民工被拖欠的86万元工资全部追回。",
        "去年9月，老杨等42名农民工在江夏区一处厂房项目干完活后，分包老板以工程款未结清为由迟迟不发工资。多次讨要无果后，他们来到区总工会求助。"
        "区总工会当即指派职工法律援助律师何静介入。",
        "由于分包老板已离开江城，用工手续又不齐全，取证成了第一道难关。何静带着工会干部先后奔赴黄冈、咸宁等五地，找到20多名工友逐一核对考勤记录"
        "和微信转账记录，整理出完整的工资清单。",
        "在此基础上，区总工会联合人社、住建部门约谈总承包企业，依法督促其先行垫付。经过三个月努力，总承包企业分两批将欠薪全部打入农民工个人账户。",
        "据统计，去年以来，江城市各级工会法律援助机构共办理欠薪案件1367件，为职工追回工资及经济补偿4800余万元。市总工会提醒，职工遇到欠薪问题，"
        "可拨打职工维权热线12351求助。",
    ]
    body_top, size, leading = bottom + 16, 11.0, 17.0
    lines = count_lines(wage, cols[0][1], size)
    short = -(-(lines - 8) // 3)  # columns 2 and 3 stop short; column 1 goes 8 lines deeper
    long_bottom = body_top + size + (short + 8 - 1) * leading + 0.5
    short_bottom = body_top + size + (short - 1) * leading + 0.5
    frames = [(cols[0][0], body_top, cols[0][1], long_bottom)] + [(cols[i][0], body_top, cols[i][1], short_bottom)
                                                                   for i in (1, 2)]
    s.flow(wage, frames, size, leading)
    s.article(Expected("42名农民工拿回欠薪86万元", "“钱拿到手了，能安心回家过年了！”1月10日", "可拨打职工维权热线12351求助。",
                       kicker="工会法律援助律师三个月奔走五地", lead="本报讯（记者 刘 洋 通讯员 黄 敏）"))
    x, w = span(cols, 1, 2)
    wrapped_top = short_bottom + leading + 8
    s.rule(x, wrapped_top - 6, x + w, wrapped_top - 6, 0.6)
    bottom = s.head(["快递小哥工伤认定有了“绿色通道”"], x, w, wrapped_top + 2, 19)
    s.picture(x, bottom + 10, w, 150)
    s.string("▲洪山区总工会驿站里，律师为骑手讲解工伤认定流程。  通讯员 吴倩 摄", x, bottom + 10 + 150 + 13, 8.5)
    s.absent += ["讲解工伤认定流程", "吴倩摄"]
    bottom += 150 + 24
    courier = [
        "本报讯（通讯员 吴 倩）送件途中摔伤了腿，工伤认定却因为没有劳动合同卡了壳——这样的烦心事今后有望少一些。近日，洪山区总工会联合区人社局"
        "出台办法，为快递员、外卖送餐员等新就业形态劳动者开辟工伤认定“绿色通道”。",
        "按照办法，平台企业和配送站点应当为劳动者参加职业伤害保障，劳动者受伤后可通过工会驿站提交申请材料，人社部门在受理后20个工作日内作出认定"
        "结论。对于事实清楚、权利义务明确的案件，认定时限缩短到10个工作日。",
        "区总工会还组建了由8名律师组成的志愿服务团，定期走进配送站点开展“以案说法”，帮助骑手了解自身权益。",
    ]
    cb = s.balanced(courier, cols[1:3], bottom + 12, size, leading)
    s.article(Expected("快递小哥工伤认定有了“绿色通道”", "送件途中摔伤了腿", "帮助骑手了解自身权益。", lead="本报讯（通讯员 吴 倩）"))
    s.rule(cols[0][0] + cols[0][1] + 6, top + 4, cols[0][0] + cols[0][1] + 6, max(cb, long_bottom + leading), 0.4)

    # narrow sidebar: a reversed label, a two-line head set left, a Q&A and its signature
    x, w = cols[3]
    s.rule(x - 6, top + 4, x - 6, 1140, 1.2)
    s.box(x, top + 6, w, 24, fill=0.15, stroke=None)
    s.head(["法律小贴士"], x, w, top + 9, 13, grey=1.0)
    bottom = s.head(["年终奖能不能", "“说没就没”？"], x, w, top + 44, 16, align="left")
    qa = [
        "读者张女士问：我在一家公司工作了三年，劳动合同里写明每年发放年终奖。今年公司以效益不好为由，说年终奖取消了，这样做合法吗？",
        "工会律师答：年终奖是否发放、如何发放，首先要看劳动合同、集体合同和公司规章制度的约定。如果合同已明确约定了年终奖的发放条件和标准，而您又"
        "达到了条件，公司单方面取消就属于违约，您可以要求公司支付。",
        "如果公司以效益不好为由变更约定，应当与职工协商一致。协商不成的，您可以向工会或劳动争议仲裁委员会申请调解、仲裁。",
    ]
    qb = s.flow(qa, [(x, bottom + 12, w, 880)], 10.0, 15.0)
    s.string("（江城市总工会法律服务中心", x, qb + 15, 10.0)
    s.string("何 静）", x + w - 4 * 10.0, qb + 15 + 15, 10.0)
    s.article(Expected("年终奖能不能“说没就没”？", "读者张女士问", "申请调解、仲裁。", sign="（江城市总工会法律服务中心 何 静）"))
    s.absent += ["法律小贴士"]

    # foot: a two-column story, a notice and an ad
    row = max(cb, long_bottom + leading, qb + 40) + 24
    s.rule(left, row - 10, right, row - 10, 1.2)
    x, w = span(cols, 0, 1)
    bottom = s.head(["一份集体合同“谈”出职工涨薪8%"], x, w, row, 20)
    contract = [
        "本报讯（记者 刘 洋）1月9日，江城光谷一家电子企业的职工代表大会上，经过三轮协商的2026年度工资集体合同获全票通过。根据合同，一线职工平均"
        "工资将增长8%，夜班津贴由每晚30元提高到50元。",
        "“以前涨不涨工资、涨多少，职工心里没底。”企业工会主席汪红说，今年工会在协商前做了两个月的问卷调查，收集职工意见400多条，又请来区总工会的"
        "集体协商指导员帮助测算，拿着数据跟企业谈，底气足了，企业也认可。",
        "据了解，去年全市已建会企业工资集体协商覆盖率达到92%。",
    ]
    fb = s.balanced(contract, cols[0:2], bottom + 12, size, leading)
    s.article(Expected("一份集体合同“谈”出职工涨薪8%", "1月9日，江城光谷一家电子企业的职工代表大会上", "覆盖率达到92%。",
                       lead="本报讯（记者 刘 洋）"))
    x, w = cols[2]
    s.rule(x - 6, row - 4, x - 6, fb, 0.4)
    bottom = s.head(["法律援助", "走进建筑工地"], x, w, row, 17)
    site = [
        "本报讯（通讯员 黄 敏）1月11日，江夏区总工会“法援进工地”服务队来到纸坊一处安置房建设工地，为120多名建筑工人提供法律咨询。",
        "律师们现场解答了工资支付、工伤保险、劳动合同签订等问题，并发放了《农民工维权手册》。工人们还现场加入了工会，领到了会员卡。",
        "今年以来，服务队已走进工地46次，现场受理求助23件。",
    ]
    sb2 = s.flow(site, [(x, bottom + 12, w, 1140)], size, leading)
    s.article(Expected("法律援助走进建筑工地", "1月11日，江夏区总工会“法援进工地”服务队", "现场受理求助23件。",
                       lead="本报讯（通讯员 黄 敏）"))
    x, w = cols[3]
    s.box(x, row, w, 124, stroke=0.0, width=0.8)
    s.head(["遗失声明"], x, w, row + 8, 14)
    s.flow(["江城市顺达物流有限公司不慎遗失营业执照副本一份，统一社会信用代码：91420100MA4K8D2X7Q，特此声明作废。"],
           [(x + 6, row + 34, w - 12, row + 120)], 9.0, 13.0, indent=False)
    s.absent += ["遗失声明", "声明作废"]
    s.box(x, row + 136, w, 120, fill=0.12, stroke=None)
    s.head(["职工维权", "请拨12351"], x, w, row + 152, 16, grey=1.0, leading=1.6)
    s.head(["江城市总工会"], x, w, row + 226, 10, grey=1.0, bold=False)
    s.absent += ["请拨12351"]
    band = max(fb, sb2, row + 256) + 22
    s.rule(left, band - 10, right, band - 10, 1.2)
    s.box(left, band, right - left, 1140 - band, fill=0.93, stroke=0.3, width=0.8)
    s.head(["学法 · 懂法 · 用法"], left, right - left, band + (1140 - band) / 2 - 40, 28)
    s.head(["江城市总工会职工法律服务中心  周一至周五 9:00—17:00  地址：江城市民主路88号"], left, right - left,
           band + (1140 - band) / 2 + 6, 12, bold=False)
    s.absent += ["学法", "民主路88号"]
    s.rule(left, 1150, right, 1150, 0.6)
    s.string("本版邮箱：wq@jczgb.cn    维权热线：12351    江城职工报社出版", left, 1164, 8.5)
    s.absent += ["本版邮箱"]
    return s.save()


# ---- page 3: broadsheet, six columns, a boxed 简讯 column, a vertical head, an inter-character spaced head ----


def page_3() -> dict:
    s = Sheet("p3_grassroots_briefs_vertical.pdf", BROADSHEET,
              "broadsheet page 3 (基层), 6 columns: page name on the right of the 版头; a lead over 4 columns with "
              "主题+副题; under it a picture over 3 columns, then a story whose head is set vertically (竖排) at the "
              "left of its 3 columns of text; a one-column story with a 2-line head beside it; a boxed 简讯 column over "
              "the 2 right columns with a reversed label and 4 items, each a 2-line head (place, then what) and a "
              "signature; at the foot an inter-character spaced head over 4 columns. Reading order: lead, vertical-head "
              "story, one-column story, the 4 briefs top to bottom, foot story.")
    left, right = 45.0, 972.0
    cols = columns(left, right, [1] * 6)
    top = header(s, left, right, "3", "基层", "2026.1.14  星期三", "本版编辑：杨 帆  美编：李 想", number_left=False)
    size, leading = 10.5, 16.0
    s.absent += ["本版编辑", "美编"]

    x, w = span(cols, 0, 3)
    bottom = s.head(["县县建起职工服务中心"], x, w, top + 8, 34)
    bottom = s.head(["——我市县域工会“职工之家”建设提档升级"], x, w, bottom + 6, 16, bold=False)
    home = [
        "本报讯（记者 孟 洁）走进新洲区职工服务中心，法律咨询、就业推介、心理疏导、职工书屋等窗口一应俱全，前来办事的职工络绎不绝。截至去年底，"
        "我市6个远城区和28个乡镇（街道）全部建成标准化职工服务中心，县域职工“家门口”就能享受到工会服务。",
        "过去，县域工会普遍存在阵地小、服务少的问题。近年来，市总工会每年安排专项资金，按照“有场地、有设施、有人员、有服务”的标准推动县级职工"
        "服务中心建设，并通过“以奖代补”引导乡镇工会建设职工服务站。",
        "阵地建起来，更要用起来。黄陂区职工服务中心推出“订单式”服务，职工在小程序上点单，工会按需送服务上门，去年共开展技能培训、健康体检等活动"
        "230余场。蔡甸区则把服务中心与园区党群服务中心合建共用，延长开放时间到晚上9点，方便倒班职工。",
        "“下一步，我们将推动服务中心向村（社区）和园区延伸，打通服务职工的‘最后一公里’。”市总工会基层工作部负责人说。",
    ]
    lb = s.balanced(home, cols[0:4], bottom + 16, size, leading)
    s.article(Expected("县县建起职工服务中心", "走进新洲区职工服务中心", "市总工会基层工作部负责人说。",
                       subtitle="——我市县域工会“职工之家”建设提档升级", lead="本报讯（记者 孟 洁）"))

    # the vertical-head story: picture and caption over 3 columns, head down the left, text in 3 narrowed columns
    row = lb + 22
    s.rule(left, row - 10, cols[3][0] + cols[3][1], row - 10, 0.8)
    x, w = span(cols, 0, 2)
    s.picture(x, row, w, 210)
    s.string("▲职工们在青山区一家钢铁企业的职工书屋里阅读专业书籍。 通讯员 彭亮 摄", x, row + 210 + 13, 9)
    s.absent += ["阅读专业书籍。", "彭亮摄"]
    text_top = row + 210 + 30
    head_bottom = s.vertical_head("职工书屋里的充电时光", x + 7, text_top + 6, 20, gap=3) + 6
    s.box(x, text_top, 34, head_bottom - text_top, fill=0.88, stroke=None)
    s.vertical_head("职工书屋里的充电时光", x + 7, text_top + 6, 20, gap=3)
    reading = [
        "晚上七点，青山区一家钢铁企业的职工书屋里灯火通明。刚下中班的轧钢工人李卫东从书架上取下一本《电气控制技术》，找了个靠窗的位置坐下。"
        "“车间里新上了智能化生产线，不学习就跟不上了。”他说。",
        "这间职工书屋面积不到200平方米，藏书却有1.2万册，还配备了电子阅读机和20个自习座位。企业工会每季度根据职工需求更新书目，技术类图书占到"
        "一半以上。书屋24小时开放，职工刷工牌就能进门。",
        "去年以来，书屋里还办起了“工匠读书会”，由劳模和技术骨干每月领读一本专业书。两年来，先后有60多名职工在这里备考，拿到了技师、高级技师证书。",
        "目前，全市已建成各级职工书屋1100余家，其中全国职工书屋示范点46家。",
    ]
    inner = columns(x + 44, x + w, [1, 1, 1], gutter=10)
    rb = s.balanced(reading, inner, text_top, size, leading)
    s.string("（通讯员 彭 亮）", inner[2][0] + inner[2][1] - 8 * size, rb + 14, size)
    s.article(Expected("职工书屋里的充电时光", "晚上七点，青山区一家钢铁企业的职工书屋里灯火通明", "全国职工书屋示范点46家。",
                       sign="（通讯员 彭 亮）"))

    # one column beside it
    x, w = cols[3]
    s.rule(x - 6, row - 4, x - 6, max(rb + 20, text_top + 300), 0.4)
    bottom = s.head(["社区工会办起", "“暖心食堂”"], x, w, row, 17)
    canteen = [
        "本报讯（通讯员 陈 雪）“一荤两素一汤只要12元，比在外面吃实惠多了。”1月11日中午，在汉阳区四新社区工会的职工暖心食堂，快递员小周端着餐盘说。",
        "这个食堂由社区工会联合辖区企业食堂开设，面向环卫工人、快递员、外卖骑手等户外劳动者和周边中小企业职工，每天中午和傍晚供餐，工会会员凭"
        "会员卡还可再优惠2元。",
        "开业三个月来，食堂日均接待就餐职工300多人次。",
    ]
    cb = s.flow(canteen, [(x, bottom + 12, w, 1300)], size, leading)
    s.article(Expected("社区工会办起“暖心食堂”", "“一荤两素一汤只要12元", "日均接待就餐职工300多人次。",
                       lead="本报讯（通讯员 陈 雪）"))

    # the 简讯 box over the two right columns
    x, w = span(cols, 4, 5)
    briefs = [
        (["硚口区", "为困难职工子女发放助学金"],
         "近日，硚口区总工会开展“金秋助学”补充发放活动，为56名困难职工家庭子女发放助学金22.4万元，其中考入大学的新生每人补助5000元，"
         "帮助他们顺利完成学业。", "（何 芳）"),
        (["东西湖区", "开展冬季安全生产大检查"],
         "1月8日起，东西湖区总工会组织劳动保护监督检查员，深入物流园区、建筑工地等30余家企业开展冬季安全生产检查，重点查看防冻防滑、用电用火"
         "和有限空间作业，排查整改隐患47处。", "（通讯员 丁 玲）"),
        (["江汉区", "“工会课堂”走进商务楼宇"],
         "江汉区总工会近日在王家墩商务区推出“楼宇工会课堂”，每周三午休时间为白领职工开设心理健康、职场礼仪、劳动法律等课程，首期吸引120余名"
         "职工参加。", "（李 淼）"),
        (["新洲区", "首期农民工夜校结业"],
         "1月10日，新洲区首期农民工夜校结业，68名学员完成电工、砌筑、中式烹调等课程学习，其中52人取得职业技能等级证书。区总工会为每名学员发放了"
         "学习补贴。", "（通讯员 汪 洋）"),
    ]
    box_top = top + 8
    s.box(x + 70, box_top, w - 140, 28, fill=0.12, stroke=None)
    s.head(["简  讯"], x, w, box_top + 4, 18, grey=1.0)
    y = box_top + 44
    for head, text, sign in briefs:
        y = s.head(head, x + 10, w - 20, y, 14, leading=1.35)
        y = s.flow([text], [(x + 12, y + 6, w - 24, 1380)], 10.0, 15.0)
        s.string(sign, x + w - 12 - s.width_of(sign, 10.0), y + 15, 10.0)
        s.article(Expected("".join(head), text[:12], text[-12:], sign=sign))
        y += 34
        s.rule(x + 40, y - 8, x + w - 40, y - 8, 0.4, grey=0.4)
    box_bottom = max(y + 4, cb + 10, rb + 30, head_bottom + 10)
    s.box(x, box_top - 6, w, box_bottom - box_top + 6, stroke=0.0, width=1.4)

    # foot: an inter-character spaced head over 4 columns
    row = box_bottom + 30
    s.rule(left, row - 12, right, row - 12, 1.2)
    x, w = span(cols, 0, 3)
    bottom = s.head(["劳模宣讲进车间"], x, w, row, 26, space=14)
    talk = [
        "本报讯（记者 孟 洁）1月9日，“劳模工匠进企业”宣讲活动走进江城汽车零部件产业园。全国劳动模范、江城钢铁公司炼钢厂首席技师陈国平结合自己"
        "三十多年扎根一线的经历，讲述了从学徒工成长为技能大师的故事。",
        "宣讲结束后，陈国平还来到生产车间，现场为青年职工讲解设备故障排查技巧。据悉，今年全市将组织100名劳模工匠开展宣讲200场。",
    ]
    tb = s.balanced(talk, cols[0:4], bottom + 14, size, leading)
    s.article(Expected("劳模宣讲进车间", "1月9日，“劳模工匠进企业”宣讲活动", "开展宣讲200场。", lead="本报讯（记者 孟 洁）"))
    x, w = span(cols, 4, 5)
    s.box(x, row, w, tb - row, fill=0.9, stroke=None)
    s.head(["基层动态 欢迎来稿"], x, w, row + 16, 15)
    s.head(["邮箱：jc@jczgb.cn", "电话：027-85861250"], x, w, row + 46, 11, bold=False, leading=1.6)
    s.absent += ["欢迎来稿", "jc@jczgb.cn"]
    band = tb + 34
    s.rule(left, band - 12, right, band - 12, 1.2)
    s.box(left, band, right - left, 1385 - band, fill=0.2, stroke=None)
    s.head(["劳动最光荣  劳动最崇高  劳动最伟大  劳动最美丽"], left, right - left, band + (1385 - band) / 2 - 30, 30, grey=1.0)
    s.head(["江城职工报社  宣"], left, right - left, band + (1385 - band) / 2 + 18, 12, grey=1.0, bold=False)
    s.string("公益广告", right - 60, 1398, 9)
    s.absent += ["劳动最光荣", "公益广告"]
    assert band < 1240, band
    return s.save()


# ---- page 4: A3, four columns, a feature with sub-heads, a continued story, an ad ---------------------


def page_4() -> dict:
    s = Sheet("p4_craftsmen_A3_4col_feature.pdf", A3,
              "A3 page 4 (劳模工匠), 4 columns: a story continued from page 1 top left under a small head and a "
              "（上接第1版） line; beside it over 3 columns a feature with a column label, 引题, a large 主题 and a 副题 "
              "(——记…), a picture box with a caption, text in 3 columns with two bold centred sub-heads (小标题) inside; "
              "at the foot a one-column story with a 3-line head, and an ad box for a training school over 3 columns; "
              "staff line in the footer. Reading order: continued story, feature, foot story.")
    left, right = 36.0, 806.0
    cols = columns(left, right, [1] * 4, gutter=14)
    top = header(s, left, right, "4", "劳模工匠", "2026年1月14日", "江城职工报", number_left=True)
    size, leading = 10.0, 15.5

    x, w = cols[0]
    bottom = s.head(["全市职工技能大赛", "决赛落幕"], x, w, top + 10, 16, align="left")
    s.string("（上接第1版）", x, bottom + 16, size)
    s.absent += ["上接第1版"]
    cont = [
        "并晋升相应职业技能等级。对获得“江城工匠”称号的选手，所在企业将给予不低于1万元的奖励，并优先推荐参加省级技能竞赛。",
        "大赛期间，组委会还举办了技能成果展示和劳模工匠交流活动，组织200多名青年职工现场观摩学习。在养老护理员赛场，不少观摩的职工拿出手机记录"
        "选手的操作要领。",
        "市总工会有关负责人表示，今年将继续推动职工技能竞赛向中小企业和新职业延伸，让更多一线职工在比赛中练就过硬本领。",
    ]
    kb = s.flow(cont, [(x, bottom + 22, w, 1100)], size, leading, indent=False)
    s.article(Expected("全市职工技能大赛决赛落幕", "并晋升相应职业技能等级", "练就过硬本领。"))
    s.rule(x + w + 7, top + 6, x + w + 7, 1000, 0.5)

    x, w = span(cols, 1, 3)
    s.box(x, top + 8, 120, 22, stroke=0.0, width=1.0)
    s.string("走近身边的“江城工匠”", x + 6, top + 24, 11)
    s.absent += ["走近身边的“江城工匠”"]
    bottom = s.head(["二十多年攻克焊接难题30多项"], x, w, top + 38, 15, bold=False)
    bottom = s.head(["焊花里练出“金手指”"], x, w, bottom + 4, 34)
    bottom = s.head(["——记全国五一劳动奖章获得者、江城重工焊工班长杨建军"], x + 40, w - 40, bottom + 8, 14, bold=False,
                    align="right")
    s.picture(x, bottom + 14, w * 0.62, 190)
    caption_x = x + w * 0.62 + 12
    s.flow(["杨建军（右）在车间指导徒弟进行仰焊操作。", "本报记者 陈卓 摄"], [(caption_x, bottom + 150, w * 0.38 - 12, bottom + 210)], 9.0,
           13.0, indent=False)
    s.absent += ["指导徒弟进行仰焊操作", "陈卓摄"]
    feature = [
        ("在江城重工的大型结构件车间里，弧光闪烁，焊花飞溅。46岁的焊工班长杨建军戴着面罩，手中的焊枪沿着焊缝稳稳移动，一条均匀平整的焊道随之出现。"
         "“焊缝就是焊工的脸面，马虎不得。”他常这样对徒弟们说。"),
        "#二十年只做一件事",
        ("1998年，杨建军从技校毕业进厂当学徒。为了练好仰焊，他每天下班后留在车间，举着焊枪一练就是两个小时，手臂酸得抬不起来。二十多年来，他先后攻克"
         "了厚板多层焊、异种钢焊接等技术难题30多项，累计为企业节约成本1600余万元。"),
        ("2021年，企业承接一批核电设备部件，焊缝要求百分之百一次合格。杨建军带着班组连续奋战40多天，反复试验焊接参数，最终交出了全部合格的答卷。"),
        "#带出一支“尖兵班”",
        ("“一个人技术好不算好，大家都好才是真的好。”2019年，以杨建军名字命名的劳模创新工作室成立。他把自己的操作经验整理成12套教学视频，手把手带出"
         "徒弟40多名，其中8人成为高级技师。"),
        ("去年，杨建军荣获全国五一劳动奖章。谈到今后的打算，他说：“我想把更多年轻人带进焊工这个行当，让焊花一代代传下去。”"),
    ]
    body_top = bottom + 14 + 190 + 18
    bottom_y = s.balanced(feature, cols[1:4], body_top, size, leading)
    s.article(Expected("焊花里练出“金手指”", "在江城重工的大型结构件车间里", "让焊花一代代传下去。”",
                       kicker="二十多年攻克焊接难题30多项", subtitle="——记全国五一劳动奖章获得者、江城重工焊工班长杨建军"))

    row = max(bottom_y, kb) + 30
    s.rule(left, row - 12, right, row - 12, 1.2)
    x, w = cols[0]
    bottom = s.head(["劳模工作室", "“结对”", "帮带青工"], x, w, row, 18, leading=1.3)
    pair = [
        "本报讯（通讯员 郑 亚）1月8日，青山区劳模创新工作室联盟举行“师带徒”结对仪式，18家劳模工作室的带头人与56名青年职工签订帮带协议。",
        "按照协议，师傅们将在一年内帮助徒弟掌握至少一项关键技能，并共同完成一项技术革新项目。",
    ]
    s.flow(pair, [(x, bottom + 12, w, 1140)], size, leading)
    s.article(Expected("劳模工作室“结对”帮带青工", "1月8日，青山区劳模创新工作室联盟举行", "共同完成一项技术革新项目。",
                       lead="本报讯（通讯员 郑 亚）"))
    x, w = span(cols, 1, 3)
    s.box(x, row, w, 1136 - row, fill=0.93, stroke=0.0, width=2.0)
    s.picture(x + 20, row + 190, w - 40, 1136 - row - 210)
    s.head(["江城工匠学院 2026年春季班招生"], x, w, row + 18, 24)
    s.head(["电工 · 焊工 · 数控车工 · 养老护理员 · 网约配送员"], x, w, row + 64, 14, bold=False)
    s.head(["工会会员学费减半  结业颁发职业技能等级证书"], x, w, row + 96, 14, bold=False)
    s.head(["报名电话：027-85860000   地址：江城市武丰路6号"], x, w, row + 134, 12, bold=False)
    s.absent += ["春季班招生", "报名电话", "学费减半"]
    s.rule(left, 1150, right, 1150, 0.6)
    s.string("责任编辑：孙 琳   美术编辑：张 晨   校对：周 敏", left, 1164, 8.5)
    s.absent += ["美术编辑"]
    return s.save()


# ---- page 5: broadsheet, five columns, a shaded head over a picture story, a job table, an L around a box --


def page_5() -> dict:
    s = Sheet("p5_jobs_broadsheet_5col.pdf", BROADSHEET,
              "broadsheet page 5 (就业·民生), 5 equal columns with column rules: a lead with 引题 and 副题 over 3 "
              "columns; right, a picture over 2 columns, its caption, then a head in a shaded box and its text; a "
              "boxed job-vacancy table over 3 columns (not an article); a story whose text goes round the table's right "
              "and under it (L shape); a one-column story with its head set right; a bank ad across the foot; footer. Reading order: lead, picture "
              "story, L-shaped story, right story.")
    left, right = 45.0, 972.0
    cols = columns(left, right, [1] * 5, gutter=14)
    top = header(s, left, right, "5", "就业·民生", "2026年1月14日 星期三", "本版编辑：罗 琼  校对：石 磊")
    size, leading = 11.0, 17.0

    x, w = span(cols, 0, 2)
    bottom = s.head(["“春风行动”送岗位到身边"], x, w, top + 8, 17, bold=False)
    bottom = s.head(["工会专场招聘会本周六开场"], x, w, bottom + 4, 34)
    bottom = s.head(["——120家企业带来8600个岗位，现场提供免费体检"], x, w, bottom + 6, 16, bold=False)
    fair = [
        "本报讯（记者 吴 迪）记者从市总工会获悉，2026年“春风行动”暨工会就业服务专场招聘会将于1月17日在江城国际博览中心举行，120家企业将提供"
        "8600个岗位，涵盖智能制造、现代物流、养老服务等行业，其中月薪8000元以上的岗位超过1500个。",
        "本次招聘会专设农民工、高校毕业生和退役军人服务专区，提供政策咨询、职业指导和技能培训报名等服务。现场还将设置免费体检点和法律咨询台，求职者"
        "可现场办理工会会员卡。",
        "针对春节后返城务工人员，市总工会还将在汉口、武昌、汉阳三大火车站设立“就业服务驿站”，持续到3月底，为求职者提供岗位推荐和临时休息场所。",
        "市总工会提醒，求职者可提前登录“江城工会”小程序查看企业名单和岗位信息，现场投递简历需携带身份证。",
    ]
    fb = s.balanced(fair, cols[0:3], bottom + 16, size, leading)
    s.article(Expected("工会专场招聘会本周六开场", "记者从市总工会获悉，2026年“春风行动”", "现场投递简历需携带身份证。",
                       kicker="“春风行动”送岗位到身边", subtitle="——120家企业带来8600个岗位，现场提供免费体检",
                       lead="本报讯（记者 吴 迪）"))

    x, w = span(cols, 3, 4)
    s.picture(x, top + 8, w, 200)
    s.flow(["1月12日，孩子们在托管班里跟着志愿者学习剪纸。 通讯员 肖琴 摄"], [(x, top + 216, w, top + 250)], 9.0, 13.0, indent=False)
    s.absent += ["跟着志愿者学习剪纸", "肖琴摄"]
    s.box(x, top + 252, w, 40, fill=0.82, stroke=None)
    s.head(["寒假爱心托管班开班"], x, w, top + 260, 21)
    care = [
        "本报讯（通讯员 肖 琴）1月12日，江汉区总工会职工子女寒假爱心托管班开班，首批80名职工子女入班。",
        "托管班由工会联合辖区学校开办，聘请在职教师和大学生志愿者辅导作业、开展阅读和体育活动，每天早上8点至下午5点半托管，职工只需缴纳少量餐费。"
        "“寒假孩子没人带，一直是我们双职工家庭的难题。”在银行工作的王女士说，“有了托管班，上班也安心了。”",
    ]
    rb = s.balanced(care, cols[3:5], top + 306, size, leading)
    s.article(Expected("寒假爱心托管班开班", "1月12日，江汉区总工会职工子女寒假爱心托管班开班", "上班也安心了。”",
                       lead="本报讯（通讯员 肖 琴）"))

    # the job table over columns 1-3, an L-shaped story round it, a story set in column 5
    row = max(fb, rb) + 30
    s.rule(left, row - 12, right, row - 12, 1.2)
    x, w = span(cols, 0, 3)
    bottom = s.head(["户外劳动者有了“职业体检”"], x, w, row, 24)
    table_x, table_w = span(cols, 0, 2)
    table_top, table_h = bottom + 14, 190
    s.box(table_x, table_top, table_w, table_h, stroke=0.0, width=1.0)
    s.box(table_x, table_top, table_w, 26, fill=0.15, stroke=None)
    s.head(["本周岗位速递"], table_x, table_w, table_top + 4, 15, grey=1.0)
    rows_ = [("招聘单位", "岗位", "人数", "月薪（元）"), ("江城汽车零部件公司", "数控车工", "30", "7000—9000"),
             ("顺丰速运江城分公司", "快递员", "50", "6000—10000"), ("江城康养中心", "养老护理员", "20", "5000—6500"),
             ("长江智能装备公司", "电工", "15", "6500—8500"), ("江城地铁运营公司", "站务员", "40", "5500—7000")]
    widths = [0.4, 0.22, 0.12, 0.26]
    for i, r in enumerate(rows_):
        cx = table_x + 8
        for cell, share in zip(r, widths):
            s.string(cell, cx, table_top + 50 + i * 26, 11, bold=(i == 0))
            cx += (table_w - 16) * share
        s.rule(table_x + 4, table_top + 56 + i * 26, table_x + table_w - 4, table_top + 56 + i * 26, 0.3, grey=0.5)
    s.absent += ["本周岗位速递", "顺丰速运江城分公司", "7000—9000"]
    checkup = [
        "本报讯（记者 吴 迪）1月10日，市总工会联合市卫健委启动“户外劳动者健康关爱行动”，全年将为5000名外卖骑手、快递员、环卫工人等户外劳动者"
        "提供免费体检。",
        "体检项目包括血常规、心电图、腰椎和颈椎检查等，针对骑手长期骑行、久坐的特点增加了骨科项目。体检报告通过手机推送，异常结果由签约家庭医生"
        "跟踪随访。",
        "“以前总觉得年轻，身体扛得住，这次查出腰椎有点问题，医生教了我几个放松动作。”在体检现场，外卖骑手小陈说。市总工会相关负责人介绍，行动将"
        "覆盖全市13个区，职工可通过“江城工会”小程序预约。",
    ]
    under = table_top + table_h + 16
    lines_total = count_lines(checkup, cols[3][1], size)
    beside = int((under + 6 * leading - table_top) // leading)
    rest_cols = -(-(lines_total - beside) // 3)
    frames = [(cols[3][0], table_top, cols[3][1], table_top + size + (beside - 1) * leading + 0.5)]
    frames += [(cols[i][0], under, cols[i][1], under + size + (rest_cols - 1) * leading + 0.5) for i in range(3)]
    s.flow(checkup, frames, size, leading)
    lb = max(frames[0][3], frames[1][3])
    s.article(Expected("户外劳动者有了“职业体检”", "1月10日，市总工会联合市卫健委启动", "小程序预约。", lead="本报讯（记者 吴 迪）"))

    x, w = cols[4]
    s.rule(x - 7, row - 4, x - 7, lb, 0.5)
    bottom = s.head(["职工互助保障", "新年度参保启动"], x, w, row, 15, align="right")
    mutual = [
        "本报讯（通讯员 石 磊）2026年度职工互助保障活动日前启动。在职会员每人每年缴纳60元，即可获得住院医疗、重大疾病和意外伤害三项保障，"
        "最高可领取互助金3万元。",
        "去年，全市共有42万名职工参加互助保障，为1.8万人次发放互助金5600余万元。",
    ]
    mb = s.flow(mutual, [(x, bottom + 12, w, 1370)], size, leading)
    s.article(Expected("职工互助保障新年度参保启动", "2026年度职工互助保障活动日前启动", "发放互助金5600余万元。",
                       lead="本报讯（通讯员 石 磊）"))
    foot = max(lb, mb) + 30
    s.box(left, foot, right - left, 1380 - foot, fill=0.9, stroke=0.0, width=1.5)
    s.head(["江城农商银行 · 工会会员服务卡"], left, right - left, foot + 40, 30)
    s.head(["免年费   免小额账户管理费   免跨行取现手续费"], left, right - left, foot + 100, 18, bold=False)
    s.picture(left + 120, foot + 150, right - left - 240, 1380 - foot - 220)
    s.head(["办卡热线 96555    全市126个网点均可办理"], left, right - left, 1380 - 50, 16)
    s.absent += ["工会会员服务卡", "办卡热线"]
    s.rule(left, 1388, right, 1388, 0.6)
    s.string("江城职工报社出版  本版邮箱：ms@jczgb.cn", left, 1402, 8.5)
    assert foot < 1300, foot
    return s.save()


# ---- page 6: A3, six columns, commentaries with bylines, a readers' letter under a vertical head --------


def page_6() -> dict:
    s = Sheet("p6_opinion_A3_6col.pdf", A3,
              "A3 page 6 (评论·读者), 6 narrow columns: 版头 with page number right; a commentary over 3 columns under a "
              "reversed column label (工人论坛), its head and a ■ byline line; beside it a readers' letter over 3 columns "
              "with a vertical head in a shaded strip at its right edge, a salutation line and a signature; at the foot "
              "a short commentary over 4 columns with a □ byline set after the head on the same line, and a boxed "
              "征稿启事 over 2 columns; a cartoon with its credit line and a hotline ad. Reading order: commentary, letter, foot commentary.")
    left, right = 36.0, 806.0
    cols = columns(left, right, [1] * 6, gutter=10)
    top = header(s, left, right, "6", "评论·读者", "2026年1月14日 星期三", "责任编辑：许 静", number_left=False)
    s.absent += ["许 静"]
    size, leading = 10.0, 15.0

    x, w = span(cols, 0, 2)
    s.box(x, top + 10, 70, 24, fill=0.1, stroke=None)
    s.string("工人论坛", x + 8, top + 28, 13, grey=1.0)
    bottom = s.head(["别让“隐形加班”", "透支职工健康"], x, w, top + 44, 26, align="left")
    s.string("■ 王晓东", x, bottom + 20, 12)
    s.absent += ["工人论坛", "王晓东"]
    overtime = [
        "下班后还要在工作群里回消息、改方案，周末随时“在线待命”……随着即时通讯工具普及，“隐形加班”成了不少职工的烦恼。",
        "“隐形加班”看不见打卡记录，却实实在在占用了职工的休息时间。一些用人单位借着“随时沟通”的便利，把工作时间无限延长，又不支付加班费，这既"
        "损害了职工的合法权益，也不利于职工身心健康。",
        "治理“隐形加班”，用人单位要依法规范工作时间，明确下班后非紧急事务不打扰；工会要把休息休假权利写进集体合同，加强劳动法律监督；职工也要增强"
        "维权意识，注意保存工作记录等证据。",
        "近年来，已有法院在判决中认定利用微信等社交媒体布置工作属于加班，这为职工维权提供了有力参考。",
        "让下班真正成为下班，职工才能以更饱满的状态投入工作。",
    ]
    ob = s.balanced(overtime, cols[0:3], bottom + 34, size, leading)
    s.article(Expected("别让“隐形加班”透支职工健康", "下班后还要在工作群里回消息", "以更饱满的状态投入工作。"))

    x, w = span(cols, 3, 5)
    s.rule(x - 5, top + 8, x - 5, ob, 0.5)
    strip_x = x + w - 34
    head_bottom = s.vertical_head("一封来自工地的感谢信", strip_x + 7, top + 16, 20, gap=4) + 8
    s.box(strip_x, top + 8, 34, head_bottom - top - 8, fill=0.85, stroke=None)
    s.vertical_head("一封来自工地的感谢信", strip_x + 7, top + 16, 20, gap=4)
    letter = [
        "我是一名来自河南的钢筋工，在江城的工地上已经干了六年。去年10月，我在工地上不慎摔伤了腰，包工头不肯出医药费，我躺在工棚里，又急又愁。",
        "工友帮我拨打了工会维权热线。第二天，区总工会的干部和律师就来到了工地，帮我做了伤情鉴定，又和施工企业反复协商。不到一个月，企业就支付了"
        "医药费和误工费共3.6万元。",
        "住院期间，工会干部还几次到医院看望我，送来了慰问金。现在我的腰伤已经好了，又回到了工地上。我想通过贵报，向帮助过我的工会干部和律师说一声："
        "谢谢你们！",
    ]
    inner = columns(x, strip_x - 10, [1, 1, 1], gutter=10)
    s.string("编辑同志：", inner[0][0], top + 8 + size, size)
    lb = s.balanced(letter, inner, top + 8 + leading, size, leading)
    s.string("读者  马建设", inner[2][0] + inner[2][1] - 6 * size, lb + 14, size)
    s.article(Expected("一封来自工地的感谢信", "我是一名来自河南的钢筋工", "谢谢你们！", lead="编辑同志：", sign="读者马建设"))

    row = max(ob, lb + 20, head_bottom) + 30
    s.rule(left, row - 12, right, row - 12, 1.2)
    x, w = span(cols, 0, 3)
    s.string("工会工作要多往一线跑", x, row + 22, 22, bold=True)
    s.string("□ 李 然", x + s.width_of("工会工作要多往一线跑", 22) + 20, row + 22, 11)
    s.absent += ["李 然"]
    front = [
        "岁末年初，正是工会干部走基层的好时候。坐在办公室里看材料，看不到职工的真实处境；走进车间、工地和骑手驿站，才能听到职工的心里话。",
        "工会干部多往一线跑，就要把职工的急难愁盼列成清单，一件件办、一件件落实。职工的事无小事，一次上门、一次回访，都是工会和职工之间的情感纽带。",
        "多往一线跑，还要跑出实效。发现的问题要及时协调解决，解决不了的要向上反映，让职工真切感受到工会就在身边。",
    ]
    fb = s.balanced(front, cols[0:4], row + 40, size, leading)
    s.article(Expected("工会工作要多往一线跑", "岁末年初，正是工会干部走基层的好时候", "工会就在身边。"))
    x, w = span(cols, 4, 5)
    s.box(x, row, w, max(fb - row, 150), stroke=0.0, width=1.2)
    s.head(["征稿启事"], x, w, row + 10, 15)
    s.flow(["本版“工人论坛”栏目常年征稿，欢迎广大职工围绕劳动就业、权益维护、职工生活等话题来稿，言之有物，字数1000字以内，来稿请注明真实姓名"
            "和联系方式。投稿邮箱：pl@jczgb.cn"], [(x + 8, row + 40, w - 16, row + 300)], 9.0, 13.5)
    s.absent += ["征稿启事", "投稿邮箱"]
    band = max(fb, row + 150) + 26
    s.rule(left, band - 10, right, band - 10, 1.0)
    x, w = span(cols, 0, 3)
    s.box(x, band, w, 1100 - band, fill=None, stroke=0.0, width=1.0)
    s.picture(x + 10, band + 10, w - 20, 1100 - band - 20)
    s.string("漫画：下班后的“第二个工作日”   朱慧卿 作", x, 1116, 10)
    s.absent += ["漫画", "朱慧卿"]
    x, w = span(cols, 4, 5)
    s.box(x, band, w, 1130 - band, fill=0.88, stroke=None)
    s.head(["读者热线", "027-85861288"], x, w, band + 40, 22, leading=1.6)
    s.head(["您身边的新闻线索、", "维权难题，", "请告诉我们"], x, w, band + 150, 13, bold=False, leading=1.6)
    s.absent += ["读者热线", "新闻线索"]
    assert band < 1060, band
    return s.save()


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pages = [page() for page in PAGES]
    about = ("Blind PDF pages written by hand before any run (session 9). Per page: articles in reading order with the "
             "headline a reader sees (lines of a head joined; compare without whitespace, NFKC), 引题 as kicker, 副题 as "
             "subtitle, body_start (first words after the 本报讯 lead, which a body may open with), body_end (last words; "
             "a printed signature 'sign' may follow them), and 'absent': phrases (captions, page headers and footers, "
             "labels, bylines, jump lines, notices, ads) that belong to no article body. Not articles: 导读 items, notices, "
             "ads, column labels, captions.")
    (HERE / "expected.json").write_text(json.dumps({"_about": about, "pages": pages}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")


PAGES = [page_1, page_2, page_3, page_4, page_5, page_6]

if __name__ == "__main__":
    main()
