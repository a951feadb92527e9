"""Writes blind PDF page set 2: six newspaper pages of different kinds of paper, laid out by hand, and expected.json.

A generator of its own (neither archive.scoring.pdf_make nor tests/data/pdf/blind/make_pages.py): a make-up editor's
sheet on which every block (masthead, head stack, column of text, picture, caption, box, rule, label) is placed by
coordinates. Text is set line by line, justified to its column with character spacing as typesetting systems do,
with the first line of each paragraph indented two characters and closing punctuation allowed to hang.

Pages: a provincial workers' daily front page (broadsheet, 6 columns), a city daily's union page (A3, 5 columns), a
county paper's front page (A3, 4 unequal columns), an industry paper's safety page (7 narrow columns), a weekly
supplement's literary page (tabloid, 3 columns) and a city daily's page of news above notices and ads. Font:
reportlab's CID font STSong-Light (the only Chinese face reportlab carries); heads are made heavier with
fill-and-stroke rendering and set larger.

Run from the repo: .venv/bin/python tests/data/pdf/blind2/make_pages.py (writes the PDFs and expected.json beside
this file). The committed PDFs are what the gate reads; this script shows how they were made.
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
CLOSERS = set("，。、；：？！”’）》」…")


@dataclass
class Story:
    """One article: what is printed and what a reader takes for its parts."""

    title: str
    paras: list[str]
    kicker: str = ""
    subtitle: str = ""
    lead: str = ""  # printed at the head of the first paragraph (本报讯…)
    sign: str = ""  # printed after the last words (inline) or on a line of its own
    sign_own_line: bool = False

    def body(self) -> list[str]:
        """Paragraphs as printed: the lead run into the first, the signature after the last."""
        paras = list(self.paras)
        paras[0] = self.lead + paras[0]
        if self.sign and self.sign_own_line:
            paras.append(">" + self.sign)
        elif self.sign:
            paras[-1] = paras[-1] + self.sign
        return paras

    def expected(self) -> dict:
        plain = [p.lstrip("=") for p in self.paras if not p.startswith("#")]
        out = {"title": self.title, "body_start": plain[0][:14], "body_end": plain[-1][-12:]}
        for key in ("kicker", "subtitle", "lead", "sign"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out


@dataclass
class Sheet:
    """A page being made up: place blocks by coordinates measured from the page's top-left corner."""

    name: str
    size: tuple[float, float]
    layout: str
    stories: list[Story] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    c: canvas.Canvas = field(init=False)

    def __post_init__(self) -> None:
        self.c = canvas.Canvas(str(HERE / self.name), pagesize=self.size, pageCompression=1, invariant=1)
        self.c.setTitle(self.name)

    def y(self, top: float) -> float:
        return self.size[1] - top

    # ---- drawing ----------------------------------------------------------------------------------

    def text(self, s: str, x: float, top: float, size: float, bold: bool = False, space: float = 0.0,
             grey: float = 0.0) -> None:
        """One line whose baseline is at top."""
        t = self.c.beginText()
        t.setFont(FONT, size)
        t.setFillGray(grey)
        t.setTextRenderMode(2 if bold else 0)
        if bold:
            self.c.setLineWidth(size * 0.04)
            self.c.setStrokeGray(grey)
        t.setCharSpace(space)
        t.setTextOrigin(x, self.y(top))
        t.textOut(s)
        self.c.drawText(t)

    def head(self, lines: list[str], x: float, w: float, top: float, size: float, align: str = "center",
             bold: bool = True, space: float = 0.0, gap: float = 1.25, grey: float = 0.0) -> float:
        """A head of one or more lines in a block of width w; returns the top below it."""
        for line in lines:
            width = width_of(line, size, space)
            left = x if align == "left" else x + w - width if align == "right" else x + (w - width) / 2
            top += size
            self.text(line, left, top, size, bold, space, grey)
            top += size * (gap - 1)
        return top + size * 0.35

    def vertical(self, s: str, x: float, top: float, size: float, bold: bool = True) -> float:
        """A head set top to bottom (竖排), one character under another; returns its bottom."""
        for ch in s:
            top += size * 1.08
            self.text(ch, x, top, size, bold)
        return top

    def rule(self, x1: float, t1: float, x2: float, t2: float, width: float = 0.5, grey: float = 0.0) -> None:
        self.c.setLineWidth(width)
        self.c.setStrokeGray(grey)
        self.c.line(x1, self.y(t1), x2, self.y(t2))

    def box(self, x: float, top: float, w: float, h: float, fill: float | None = None, stroke: float | None = 0.0,
            width: float = 0.6) -> None:
        self.c.setLineWidth(width)
        if fill is not None:
            self.c.setFillGray(fill)
        if stroke is not None:
            self.c.setStrokeGray(stroke)
        self.c.rect(x, self.y(top + h), w, h, stroke=int(stroke is not None), fill=int(fill is not None))
        self.c.setFillGray(0)

    def picture(self, x: float, top: float, w: float, h: float) -> None:
        """A photograph: a grey plate with some shapes in it (no text)."""
        self.box(x, top, w, h, fill=0.72, stroke=None)
        self.c.setFillGray(0.45)
        self.c.circle(x + w * 0.3, self.y(top + h * 0.4), min(w, h) * 0.18, stroke=0, fill=1)
        self.c.rect(x + w * 0.5, self.y(top + h * 0.9), w * 0.35, h * 0.55, stroke=0, fill=1)
        self.c.setFillGray(0)

    def qr(self, x: float, top: float, side: float) -> None:
        cell = side / 9
        for i in range(9):
            for j in range(9):
                if (i * 7 + j * 3 + i * j) % 3 == 0 or i in (0, 8) or j in (0, 8):
                    self.box(x + i * cell, top + j * cell, cell, cell, fill=0, stroke=None)

    def flow(self, paras: list[str], frames: list[tuple[float, float, float, float]], size: float,
             leading: float) -> float:
        """Paragraphs set into frames (x, top, width, bottom) one after another, each line broken to the width of
        the frame it falls in; returns the lowest bottom used.

        A paragraph starting '#' is a sub-head (bold, centred), '>' is set right (a signature), '=' is set
        flush left without indent or justification (a line of verse)."""
        k, top, lowest = 0, frames[0][1], frames[0][1]
        for para in paras:
            kind, rest, first = (para[0], para[1:], True) if para[:1] in "#>=" else ("", para, True)
            while rest:
                step = leading * (1.5 if kind == "#" else 1.0)
                while top + step > frames[k][3] + 0.01:
                    k += 1
                    if k == len(frames):
                        raise ValueError(f"{self.name}: text left over at {rest[:20]!r}")
                    top = frames[k][1]
                x, _, w, _ = frames[k]
                if kind == "#":
                    line, rest = rest, ""
                    self.text(line, x + (w - width_of(line, size)) / 2, top + (step + size) / 2 - size * 0.12, size,
                              bold=True)
                elif kind == ">":
                    line, rest = rest, ""
                    self.text(line, x + w - width_of(line, size), top + size, size)
                elif kind == "=":
                    line, rest = rest, ""
                    self.text(line, x, top + size, size)
                else:
                    indent = size * 2 if first else 0.0
                    line = take_line(rest, w - indent, size)
                    rest = rest[len(line):]
                    natural = width_of(line, size)
                    space = 0.0 if not rest or len(line) < 2 else (w - indent - natural) / (len(line) - 1)
                    self.text(line, x + indent, top + size, size, space=max(min(space, size * 0.6), -size * 0.1))
                first = False
                top += step
                lowest = max(lowest, top)
        return lowest

    def fits(self, paras: list[str], frames: list[tuple[float, float, float, float]], size: float,
             leading: float) -> bool:
        """Whether the paragraphs fit the frames (set on a scratch canvas)."""
        keep, self.c = self.c, canvas.Canvas("/dev/null")
        try:
            self.flow(paras, frames, size, leading)
            return True
        except ValueError:
            return False
        finally:
            self.c = keep

    def balanced(self, paras: list[str], cols: list[tuple[float, float]], top: float, size: float,
                 leading: float) -> float:
        """Paragraphs set into side-by-side columns of one top, balanced to end level; returns the bottom."""
        return self.settle(paras, lambda bottom: [(x, top, w, bottom) for x, w in cols], top, size, leading)

    def settle(self, paras: list[str], frames_for, start: float, size: float, leading: float) -> float:
        """Paragraphs set into the frames frames_for(bottom) gives, with the least bottom they fit; returns it."""
        bottom = start + leading
        while not self.fits(paras, frames_for(bottom), size, leading):
            bottom += leading / 2
            if bottom > self.size[1]:
                raise ValueError(f"{self.name}: {paras[0][:20]!r} does not fit")
        self.flow(paras, frames_for(bottom), size, leading)
        return bottom

    def label(self, s: str, x: float, top: float, size: float, pad: float = 3.0) -> float:
        """A reversed column label: white type in a black box; returns its bottom."""
        w = width_of(s, size) + pad * 2
        self.box(x, top, w, size + pad * 2, fill=0, stroke=None)
        self.text(s, x + pad, top + pad + size * 0.88, size, bold=True, grey=1.0)
        return top + size + pad * 2

    def expect(self, story: Story) -> Story:
        self.stories.append(story)
        return story

    def save(self) -> dict:
        for story in self.stories:  # an 'absent' phrase must be one no article prints
            printed = "".join(story.body()).replace(" ", "")
            clash = [a for a in self.absent if a.replace(" ", "") in printed]
            assert not clash, f"{self.name}: {story.title} prints {clash}"
        self.c.showPage()
        self.c.save()
        return {"file": self.name, "page_size_pt": list(self.size), "layout": self.layout,
                "articles": [s.expected() for s in self.stories], "absent": self.absent}


def width_of(s: str, size: float, space: float = 0.0) -> float:
    return pdfmetrics.stringWidth(s, FONT, size) + space * max(len(s) - 1, 0)


def take_line(text: str, w: float, size: float) -> str:
    """The first line of text that fits width w (closing punctuation may hang past the edge)."""
    n = 0
    while n < len(text) and (width_of(text[:n + 1], size) <= w or text[n] in CLOSERS or n == 0):
        n += 1
    return text[:n]


def columns(x0: float, x1: float, n: int, gutter: float) -> list[tuple[float, float]]:
    """Equal columns between x0 and x1: [(x, width)]."""
    w = (x1 - x0 - gutter * (n - 1)) / n
    return [(x0 + i * (w + gutter), w) for i in range(n)]


def span(cols: list[tuple[float, float]], first: int, last: int) -> tuple[float, float]:
    """Columns first..last (inclusive) as one block: (x, width)."""
    return cols[first][0], cols[last][0] + cols[last][1] - cols[first][0]


# ---- page 1: a provincial workers' daily, front page --------------------------------------------------


def page_1() -> dict:
    s = Sheet("b2p1_province_workers_daily_front.pdf", (1017.0, 1433.0),
              "provincial workers' daily front page, broadsheet, 6 columns: masthead (paper name, pinyin, 主办, date "
              "and 农历, 期号/今日八版, CN number, 邮发代号) with a 报眼 box (QR code, app promotion); top row: lead "
              "story with 引题/主题/副题 over 4 columns, a picture and caption in its first 2 columns, body in 4 "
              "columns round the picture; beside it a two-line head over 2 columns and a boxed 今日导读 under that "
              "story; a rule; second row: a reversed 江南时评 label, a commentary with a □ byline line over 2 "
              "columns, a vertical rule, a story over 4 columns ending in a 下转第三版 jump line; a rule; bottom "
              "row: a story with 引题 over 3 columns, a picture, caption and subscription ad over 3 columns; "
              "footer with address, licence and 责任编辑. Reading order: lead, innovation story, commentary, 返岗 "
              "story, bottom story.")
    left, right = 50.0, 967.0
    cols = columns(left, right, 6, 13.0)
    size, leading = 10.0, 15.0
    # masthead
    s.text("江南工人日报", left, 98, 60, bold=True)
    s.text("JIANGNAN WORKERS' DAILY", left + 4, 122, 11)
    s.text("江南省总工会主办", left + 230, 122, 11)
    info = ["2026年11月18日 星期三", "农历丙午年十月初九", "第14562期 今日八版", "国内统一连续出版物号 CN 43-0015",
            "邮发代号 41-12"]
    for i, line in enumerate(info):
        s.text(line, 462, 60 + i * 17, 11 if i else 13, bold=i == 0)
    s.box(740, 42, 227, 96, stroke=0.0, width=0.8)
    s.qr(750, 52, 76)
    s.head(["扫码关注", "江南工人日报客户端", "职工身边的新闻"], 834, 128, 58, 11, align="left", bold=False, gap=1.6)
    s.rule(left, 150, right, 150, 2.5)
    s.rule(left, 154, right, 154, 0.5)
    s.absent += ["江南工人日报客户端", "职工身边的新闻", "国内统一连续出版物号", "今日八版", "邮发代号", "农历丙午年"]

    # lead story over columns 0-3
    lead = s.expect(Story(
        kicker="聚焦产业工人队伍建设改革", title="全省技能人才总量突破九百万",
        subtitle="——高技能人才占比提高到百分之三十二", lead="本报讯（记者 欧阳敏 通讯员 何建平）",
        paras=[
            "11月17日，记者从全省产业工人队伍建设改革推进会上获悉，截至今年10月底，全省技能人才总量达到912万人，"
            "其中高技能人才292万人，占技能人才总量的32%，比改革启动之初提高了9个百分点。",
            "近年来，省总工会联合人社、教育、工信等部门，把技能人才培养摆在产业工人队伍建设的突出位置，推动职业技能"
            "等级认定向企业延伸，全省已有1860家企业自主开展技能等级评价，累计为41万名职工颁发等级证书。",
            "在江州汽车产业园，钳工出身的王海峰如今已是首席技师。“以前评职称跟我们一线工人没关系，现在技能等级和工资"
            "挂钩，大家钻研技术的劲头更足了。”他说，车间里考取高级工以上证书的青年职工，去年一年就多了60多人。",
            "省总工会有关负责人表示，下一步将深化劳动和技能竞赛，办好第十届全省职业技能大赛，力争到2027年底高技能人才"
            "占比达到35%，让更多产业工人凭技能走上成才之路。",
        ]))
    x, w = span(cols, 0, 3)
    top = s.head([lead.kicker], x, w, 172, 16, bold=False)
    top = s.head([lead.title], x, w, top + 2, 36)
    top = s.head([lead.subtitle], x, w, top, 15, bold=False)
    body_top = top + 6
    px, pw = span(cols, 0, 1)
    s.picture(px, body_top, pw, 120)
    cap_bottom = s.head(["11月16日，江州汽车产业园，首席技师王海峰（左）", "向青年职工传授装配技艺。  本报记者 陈思远 摄"],
                        px, pw, body_top + 124, 9, align="left", bold=False)
    s.absent += ["传授装配技艺", "陈思远摄"]
    b1 = s.settle(lead.body(), lambda b: [(cols[0][0], cap_bottom + 4, cols[0][1], b),
                                          (cols[1][0], cap_bottom + 4, cols[1][1], b),
                                          (cols[2][0], body_top, cols[2][1], b),
                                          (cols[3][0], body_top, cols[3][1], b)], cap_bottom + 4, size, leading)

    # right story over columns 4-5, 今日导读 box under it
    inno = s.expect(Story(
        title="一线职工创新成果转化收益超二十亿元", lead="本报讯（记者 谭晓雯）",
        paras=[
            "全省职工技术创新成果转化工作交流会日前在湘川市举行。会上发布的数据显示，今年以来，全省各级工会共征集职工"
            "“五小”创新成果1.3万项，其中3200余项在企业推广应用，转化收益超过20亿元。",
            "交流会上，16个职工创新工作室代表分享了经验。来自江南电缆集团的刘伟创新工作室研发的一种导体绞合工装，"
            "一年为企业节约成本800多万元。",
            "据介绍，省总工会今年安排专项资金2000万元，对优秀成果给予奖励，并搭建网上成果交易平台，帮助职工创新成果"
            "“走出车间”。",
        ]))
    x, w = span(cols, 4, 5)
    top = s.head(["一线职工创新成果", "转化收益超二十亿元"], x, w, 176, 21)
    b2 = s.balanced(inno.body(), [cols[4], cols[5]], top + 4, size, leading)
    s.box(x, b2 + 12, w, 118, fill=0.9, stroke=0.0)
    s.label("今日导读", x + 8, b2 + 20, 12)
    for i, line in enumerate(["■ 冬季用工高峰来了 这些岗位等你来  2版", "■ 劳动争议调解驶入“快车道”  3版",
                              "■ 寻访江南大工匠之十二  5版", "■ 职工书屋里的读书会  7版"]):
        s.text(line, x + 10, b2 + 62 + i * 19, 10.5)
    s.absent += ["今日导读", "这些岗位等你来", "劳动争议调解驶入", "寻访江南大工匠之十二", "职工书屋里的读书会"]
    row = max(b1, b2 + 130) + 10
    s.rule(left, row, right, row, 1.0)

    # second row: commentary (cols 0-1) and a story with a jump line (cols 2-5)
    com = s.expect(Story(
        title="让技能人才“香”起来", lead="□ 本报评论员 苏 明",
        paras=[
            "技能人才总量突破九百万，这是一个令人振奋的数字。数字背后，是一个个在车间、工地、田间默默钻研的劳动者，"
            "是一项项让技能“值钱”的制度安排。",
            "让技能人才“香”起来，首先要让他们的收入涨起来。一些企业建立了技能等级与薪酬挂钩的机制，但也有企业评价归"
            "评价、工资归工资，证书成了“摆设”。各级工会要推动企业把技能要素纳入工资集体协商，让多学一门手艺真正变成"
            "多拿一份收入。",
            "让技能人才“香”起来，还要让他们的上升通道宽起来。打破学历、资历的“天花板”，让一线工人也能当首席技师、"
            "进管理层，产业工人的获得感才会更实在。",
            "技能是立身之本。当尊重技能成为全社会的风气，技能强省的根基才能更牢。",
        ]))
    x, w = span(cols, 0, 1)
    top = s.label("江南时评", x, row + 12, 13)
    s.absent += ["江南时评"]
    top = s.head([com.title], x, w, top + 6, 22)
    top = s.head([com.lead], x, w, top + 2, 11, bold=False)
    b3 = s.balanced(com.paras, [cols[0], cols[1]], top + 4, size, leading)
    back = s.expect(Story(
        title="冬季返岗“点对点”专车本月下旬开行", lead="本报讯（记者 廖 静 通讯员 石 川）",
        paras=[
            "记者从省总工会获悉，今年冬季农民工“点对点”返岗专车将于11月下旬开行，首批安排专车120辆，从湘西、湘南等"
            "劳务输出大县出发，把务工人员直接送到省内各产业园区的用工企业。",
            "今年的专车服务有了新变化：职工通过江南工会手机客户端即可报名，系统根据出发地和目的地自动匹配车次；企业与"
            "工会共同承担车费，乘车职工全程免费。专车上还配备了工会志愿者，为职工讲解劳动合同签订、工资支付保障等法律"
            "知识。",
            "据了解，去年冬春两季，全省工会共开行返岗专车860余辆次，服务务工人员3.2万人次。省总工会相关负责人表示，"
            "今年将进一步扩大覆盖面，推动专车服务向县域延伸，让务工人员“出家门、上车门、进厂门”。",
        ]))
    x, w = span(cols, 2, 5)
    s.rule(cols[2][0] - 6.5, row + 10, cols[2][0] - 6.5, b3 + 4, 0.5)
    top = s.head([back.title], x, w, row + 16, 26)
    b4 = s.balanced(back.body(), cols[2:6], top + 6, size, leading)
    s.text("（下转第三版）", right - width_of("（下转第三版）", 9), b4 + 11, 9, bold=True)
    s.absent += ["下转第三版"]
    row = max(b3, b4 + 14) + 10
    s.rule(left, row, right, row, 1.0)

    # bottom row: story with kicker (cols 0-2); picture, caption and ad (cols 3-5)
    snow = s.expect(Story(
        kicker="寒潮来袭 坚守一线", title="八百名电力职工顶风冒雪保供电", lead="本报讯（通讯员 龙 飞 记者 胡 婷）",
        paras=[
            "11月16日起，受强冷空气影响，我省大部分地区出现雨雪冰冻天气。国网江南省电力公司启动应急响应，800余名职工"
            "组成135支抢修队伍，分赴湘西北等重冰区巡线除冰。",
            "在海拔1200米的雪峰山区，抢修队员踩着没过脚踝的积雪，对110千伏线路逐基杆塔开展特巡。队长邓小军说，线路一旦"
            "覆冰超过10毫米就可能断线，“多巡一遍，群众家里就多一分保障”。",
            "省电力公司工会为一线职工送去了棉大衣、防滑鞋和姜茶，并在各抢修驻点设立暖心补给站，确保职工吃上热饭、"
            "住得安心。",
        ]))
    x, w = span(cols, 0, 2)
    top = s.head([snow.kicker], x, w, row + 12, 14, bold=False)
    top = s.head(["八百名电力职工", "顶风冒雪保供电"], x, w, top, 24)
    b5 = s.balanced(snow.body(), cols[0:3], top + 6, size, leading)
    x, w = span(cols, 3, 5)
    s.picture(x, row + 14, w, 170)
    cap = s.head(["11月17日，湘川市总工会“工会驿站”里，环卫工人在休息时喝上了热姜茶。", "本报记者 李 想 摄"],
                 x, w, row + 188, 9.5, align="left", bold=False)
    s.box(x, cap + 8, w, 52, stroke=0.0, width=1.2)
    s.head(["订阅2027年度《江南工人日报》", "邮发代号41-12  全年定价360元  全省各邮政网点均可订阅"], x, w, cap + 14, 11)
    s.absent += ["环卫工人在休息时喝上了热姜茶", "李想摄", "全年定价", "各邮政网点均可订阅"]
    foot = max(b5, cap + 60) + 14
    s.rule(left, foot, right, foot, 0.8)
    s.text("本报地址：湘川市芙蓉中路三段188号  邮政编码：410011  总编室：0731-84410000  发行热线：0731-84410088  "
           "广告经营许可证：4300004000123  印刷：江南日报印务中心", left, foot + 14, 8.5)
    s.text("责任编辑 杨 帆  版式设计 何 静", right - width_of("责任编辑 杨 帆  版式设计 何 静", 8.5), foot + 28, 8.5)
    s.absent += ["本报地址", "广告经营许可证", "江南日报印务中心", "责任编辑", "版式设计"]
    return s.save()


# ---- page 2: a city daily's union page ----------------------------------------------------------------


def page_2() -> dict:
    s = Sheet("b2p2_city_daily_union_page_A3.pdf", (842.0, 1191.0),
              "city daily's union page (06 工会·职工), A3, 5 columns: a page header band (page number reversed, section "
              "name, paper, date, 责任编辑/美术编辑/校对) over a thick rule; top: a one-line head set flush left over "
              "4 columns with a 副题 and a ■ byline line, body in 4 columns; in the 5th column a reversed 律师说法 label "
              "and a Q&A under a two-line head, full height of the row; middle: a head of 2 lines standing in the "
              "first column above a picture, its body in columns 2-3; a 职工心声 reader's letter in columns 4-5 with "
              "its signature on a line of its own; bottom: a story continued from page 1 (上接第一版) with a one-line "
              "head over 5 columns. Reading order: 骑手议事会, Q&A, 技能大赛, letter, continued story.")
    left, right = 36.0, 806.0
    cols = columns(left, right, 5, 12.0)
    size, leading = 9.5, 14.5
    s.box(left, 26, 46, 40, fill=0, stroke=None)
    s.text("06", left + 7, 56, 26, bold=True, grey=1.0)
    s.text("工会·职工", left + 58, 56, 24, bold=True)
    s.text("江州日报", right - width_of("江州日报", 13), 42, 13, bold=True)
    line = "2026年11月18日 星期三  责任编辑：赵 敏  美术编辑：孙 磊  校对：钱 立"
    s.text(line, right - width_of(line, 9), 62, 9)
    s.rule(left, 74, right, 74, 2.0)
    s.absent += ["工会·职工", "责任编辑", "美术编辑", "校对：钱"]

    riders = s.expect(Story(
        title="骑手议事会上，外卖小哥说了算", subtitle="——江州市新就业形态劳动者协商协调机制见闻",
        lead="■本报记者 吴倩倩",
        paras=[
            "“平台把配送时限又压缩了5分钟，雨雪天还照常考核，我们根本跑不过来。”11月12日晚，在江州市总工会职工服务"
            "中心的会议室里，外卖骑手张磊第一个发言。",
            "这是江州市第三次骑手议事会。围坐在长桌旁的，有12名骑手代表、3家平台企业的区域负责人，还有市总工会、市"
            "人社局的工作人员。张磊提出的问题，很快得到了回应：一家平台当场表示，恶劣天气下将自动延长配送时限，并暂停"
            "超时扣款。",
            "2024年以来，江州市总工会推动建立新就业形态劳动者协商协调机制，每季度召开一次议事会，骑手、货车司机、网约"
            "车司机都可以报名参加。截至目前，议事会共收集意见建议217条，推动解决问题164个。",
            "“以前有意见只能在群里发牢骚，现在有地方说、有人听、有人管。”入会两年的骑手刘红梅说，她打算明年也报名当"
            "代表。",
        ]))
    x, w = span(cols, 0, 3)
    top = s.head([riders.title], x, w, 92, 27, align="left")
    top = s.head([riders.subtitle], x + 30, w, top, 13, align="left", bold=False)
    top = s.head([riders.lead], x, w, top + 2, 10, align="left", bold=False)
    b1 = s.balanced(riders.paras, cols[0:4], top + 4, size, leading)

    law = s.expect(Story(
        title="加班费基数能按最低工资算吗？",
        paras=[
            "读者李先生问：我在一家物流公司上班，劳动合同约定月工资6000元，但公司计算加班费时一直按本市最低工资标准"
            "作为基数。这样做合法吗？",
            "江州市总工会法律援助律师刘静答：不合法。加班费的计算基数应当是劳动者正常工作时间的工资。劳动合同对工资有"
            "约定的，应按约定的工资标准确定，不能随意以最低工资标准代替。",
            "如果公司少算了加班费，职工可以先与公司协商，也可以向劳动保障监察机构投诉，或者申请劳动争议仲裁。需要注意"
            "的是，仲裁时效一般为一年，职工应注意保存工资条、考勤记录等证据。",
        ]))
    x, w = cols[4]
    s.rule(x - 6, 84, x - 6, b1 + 30, 0.5)
    top = s.label("律师说法", x, 90, 12)
    s.absent += ["律师说法"]
    top = s.head(["加班费基数", "能按最低工资算吗？"], x, w, top + 6, 14)
    b2 = s.settle(law.paras, lambda b: [(x, top + 4, w, b)], top + 4, size, leading)
    row = max(b1, b2) + 12
    s.rule(left, row, right, row, 0.8)

    contest = s.expect(Story(
        title="车间里赛出“金牌工人”", lead="本报讯（记者 汤 洁）",
        paras=[
            "11月15日，江州市第十五届职工职业技能大赛在市职业技术学院闭幕。经过为期5天的角逐，焊工、电工、数控车工等"
            "12个工种的36名选手获得“金牌工人”称号。",
            "本届大赛共有2300余名职工报名，比上届增加四成。今年首次增设了无人机驾驶员、养老护理员两个新工种，吸引了"
            "不少年轻人参加。24岁的养老护理员陈思琪获得了该工种第一名，“比赛考的都是日常照护中的真功夫，能拿第一，"
            "说明我们这份工作也有技术含量。”",
            "按照规定，获得第一名的选手将被授予江州市五一劳动奖章，符合条件的可晋升技师职业资格。",
        ]))
    x, w = cols[0]
    top = s.head(["车间里赛出", "“金牌工人”"], x, w, row + 14, 20)
    s.picture(x, top + 8, w, 120)
    cap = s.head(["焊工组比赛现场。", "本报记者 汤 洁 摄"], x, w, top + 132, 8.5, align="left", bold=False)
    s.absent += ["焊工组比赛现场", "汤洁摄"]
    b3 = s.balanced(contest.body(), cols[1:3], row + 14, size, leading)
    b3 = max(b3, cap)

    letter = s.expect(Story(
        title="食堂晚上开门了", sign="江州高新区电子厂职工 周 敏", sign_own_line=True,
        paras=[
            "我在高新区一家电子厂上夜班，以前每天晚上十点下班，厂区附近的小饭馆都关了门，同事们只能泡方便面。",
            "上个月，厂工会在职工代表大会上收集到大家的意见后，和公司反复协商，决定把职工食堂的营业时间延长到晚上十一点，"
            "还专门为夜班职工增加了热汤和面点。第一天晚上，食堂里坐满了人，大家端着热乎乎的饭菜，说这才像个家。",
            "一件小事，暖了几百名夜班职工的心。在这里，我想对厂工会说一声：谢谢你们！",
        ]))
    x, w = span(cols, 3, 4)
    s.box(x - 4, row + 8, w + 8, 12, fill=0.85, stroke=None)
    s.text("职工心声", x, row + 18, 9, bold=True)
    s.absent += ["职工心声"]
    top = s.head([letter.title], x, w, row + 26, 19)
    b4 = s.balanced(letter.body(), cols[3:5], top + 4, size, leading)
    row = max(b3, b4) + 12
    s.rule(left, row, right, row, 0.8)

    cont = s.expect(Story(
        title="职工服务阵地“十五分钟”可达",
        paras=[
            "在城区，市总工会把职工服务站建到了商圈、楼宇和产业园区。位于万达商圈的楼宇工会服务站，每天接待外卖骑手、"
            "快递员和写字楼白领200多人次，提供饮水、充电、休息和法律咨询等服务。",
            "在乡镇，工会服务站与党群服务中心、新时代文明实践站共建共用。鹿山镇服务站站长黄丽说，农忙时节，站里还为返乡"
            "务工人员提供技能培训报名、就业信息推送等服务。",
            "市总工会负责人表示，到2026年底，全市将建成职工服务站点500个，实现城区“十五分钟”、乡镇“半小时”服务圈全"
            "覆盖，让职工走到哪里，工会服务就跟到哪里。",
        ]))
    x, w = span(cols, 0, 4)
    top = s.head([cont.title], x, w, row + 12, 20)
    s.text("（上接第一版）", left, top + 12, 9, bold=True)
    s.absent += ["上接第一版"]
    s.balanced(cont.paras, cols, top + 18, size, leading)
    return s.save()


# ---- page 3: a county paper's front page --------------------------------------------------------------


def page_3() -> dict:
    s = Sheet("b2p3_county_paper_front_4col.pdf", (842.0, 1191.0),
              "county paper front page (临溪报), A3, 4 unequal columns: masthead (name, pinyin, 县委机关报, date, 农历, "
              "期号/本期四版, 内部资料 准印证号, 出版 line); lead story with 引题 and a two-part head over 3 columns, "
              "signature (记者/通讯员) at its end in brackets, a picture with caption in its first columns; in the 4th "
              "column a story with a two-line head and a bracketed signature; under it a story over columns 3-4; "
              "bottom: a boxed 县内简讯 with 3 items side by side, each a small bold head and a bracketed signature; "
              "footer. Reading order: lead, 温暖包 story, 水利 story, the three briefs.")
    left, right = 40.0, 802.0
    widths, gutter = [208.0, 170.0, 170.0, 172.0], 14.0
    cols, x = [], left
    for w in widths:
        cols.append((x, w))
        x += w + gutter
    size, leading = 10.0, 15.5
    s.text("临溪报", left, 100, 72, bold=True)
    s.text("LINXI BAO", left + 6, 122, 12)
    s.text("中共临溪县委机关报", left + 120, 122, 12)
    for i, line in enumerate(["2026年11月18日  星期三", "农历丙午年十月初九", "第2186期  本期四版",
                              "内部资料  准印证号：（湘）0096", "临溪县融媒体中心出版"]):
        s.text(line, 560, 50 + i * 17, 11, bold=i == 0)
    s.rule(left, 140, right, 140, 3.0)
    s.absent += ["中共临溪县委机关报", "本期四版", "准印证号", "临溪县融媒体中心出版"]

    tea = s.expect(Story(
        kicker="“百企联百村”结出产业果", title="临溪黑茶年销售额首破十亿元", sign="（记者 陈 宇 通讯员 李小兰）",
        paras=[
            "今年1至10月，全县黑茶产业实现综合销售额10.6亿元，同比增长18%，年销售额首次突破10亿元大关。这是记者从11月"
            "15日召开的全县茶产业发展推进会上了解到的。",
            "近年来，县里通过“百企联百村”行动，引导56家茶企与87个村结成帮扶对子，推行“企业+合作社+农户”模式，茶企统一"
            "收购鲜叶、统一加工标准、统一品牌销售。目前全县茶园面积达到15.8万亩，带动2.3万户茶农户均增收4200元。",
            "在高桥镇白沙村，村民刘桂香家种了12亩茶叶，今年鲜叶卖了6万多元。“茶企上门收，价格还比往年高，种茶越种越有"
            "奔头。”",
            "县茶产业发展中心负责人介绍，明年全县将新建标准化茶园1万亩，并在县城建设黑茶文化街区，推动茶旅融合发展。",
        ]))
    x, w = span(cols, 0, 2)
    top = s.head([tea.kicker], x, w, 160, 15, bold=False)
    top = s.head(["临溪黑茶", "年销售额首破十亿元"], x, w, top, 30)
    s.picture(cols[0][0], top + 6, cols[0][1], 130)
    cap = s.head(["县第二中学学生在县非遗馆", "学习黑茶制作技艺。（彭 程 摄）"], cols[0][0], cols[0][1], top + 138, 9,
                 align="left", bold=False)
    s.absent += ["学习黑茶制作技艺", "彭程摄"]
    b1 = s.settle(tea.body(), lambda b: [(cols[0][0], cap + 4, cols[0][1], b), (cols[1][0], top + 6, cols[1][1], b),
                                         (cols[2][0], top + 6, cols[2][1], b)], cap + 4, size, leading)

    warm = s.expect(Story(
        title="县总工会为环卫工人送上冬季“温暖包”", sign="（通讯员 黄 静）",
        paras=[
            "11月14日，县总工会组织志愿者走进城区各环卫作业站，为420名环卫工人送上了冬季“温暖包”，每个“温暖包”里有棉"
            "手套、护膝、保温杯和一袋红枣。",
            "县总工会还与城区12家商户合作，设立爱心驿站，环卫工人可以随时进站喝热水、热饭菜、歇歇脚。",
        ]))
    x, w = cols[3]
    top = s.head(["县总工会为环卫工人", "送上冬季“温暖包”"], x, w, 160, 15)
    b2 = s.settle(warm.body(), lambda b: [(x, top + 4, w, b)], top + 4, size, leading)
    s.rule(x, b2 + 6, right, b2 + 6, 0.5)
    water = s.expect(Story(
        title="全县冬季农田水利建设全面铺开", lead="本报讯（记者 王志刚）",
        paras=[
            "连日来，全县各乡镇抢抓冬季晴好天气，掀起农田水利建设热潮。今冬明春，全县计划实施山塘清淤整治320口、渠道"
            "硬化85公里、新建高标准农田2.1万亩，总投资1.7亿元。",
            "在麻溪乡，挖掘机轰鸣，运输车往来穿梭，3公里长的灌溉渠道硬化工程正加紧施工。乡党委负责人说，工程完工后，"
            "沿线1800亩农田将告别“望天收”。",
        ]))
    top = max(b1, b2) + 14
    s.rule(left, top - 6, cols[2][0] - 7, top - 6, 0.5)
    x, w = span(cols, 2, 3)
    top = s.head([water.title], x, w, top, 17)
    b3 = s.balanced(water.body(), cols[2:4], top + 4, size, leading)
    # a photo over columns 1-2 beside the 水利 story
    x, w = span(cols, 0, 1)
    s.picture(x, max(b1, b2) + 14, w, b3 - max(b1, b2) - 40)
    s.head(["初冬时节，高桥镇茶园里茶农忙着修剪茶树。（通讯员 罗 斌 摄）"], x, w, b3 - 22, 9, align="left", bold=False)
    s.absent += ["茶农忙着修剪茶树", "罗斌摄"]

    top = b3 + 16
    s.box(left, top, right - left, 190, stroke=0.0, width=1.0)
    s.label("县内简讯", left + 8, top + 8, 13)
    s.absent += ["县内简讯"]
    briefs = [
        Story(title="县人民医院开通“一站式”医保结算", sign="（刘 洋）", paras=[
            "11月起，县人民医院在门诊大厅设立“一站式”医保结算窗口，参保群众出院时只需在一个窗口即可完成基本医保、大病"
            "保险和医疗救助的同步结算，平均办理时间由过去的40分钟缩短到10分钟。"]),
        Story(title="石门乡200名农民工拿到技能证书", sign="（通讯员 唐 敏）", paras=[
            "近日，县就业服务中心在石门乡举办的电工、挖掘机操作培训班结业，200名农民工通过考核，拿到了职业技能等级证书。"
            "这批学员将优先推荐到县工业园区企业就业。"]),
        Story(title="县图书馆“流动书车”开进偏远村组", sign="（彭 丽）", paras=[
            "11月以来，县图书馆的“流动书车”已先后开进12个偏远村组，为村民送去图书3000余册，并现场办理借阅证260张。"]),
    ]
    inner = columns(left + 10, right - 10, 3, 18.0)
    for (x, w), brief in zip(inner, briefs):
        s.expect(brief)
        t = s.head([brief.title], x, w, top + 38, 11.5, align="left")
        s.settle(brief.body(), lambda b, x=x, w=w, t=t: [(x, t + 2, w, b)], t + 2, 9.5, 14.5)
    foot = top + 204
    s.rule(left, foot, right, foot, 0.6)
    s.text("地址：临溪县城关镇新华路16号  邮编：419600  电话：0745-6621234  本版编辑：向 阳  校对：田 甜", left, foot + 14, 9)
    s.absent += ["城关镇新华路16号", "本版编辑"]
    return s.save()


# ---- page 4: an industry paper's safety page ----------------------------------------------------------


def page_4() -> dict:
    s = Sheet("b2p4_industry_paper_safety_7col.pdf", (900.0, 1280.0),
              "industry paper (西部能源报) page 3 安全生产, 900×1280 pt, 7 narrow columns: page header (page number, "
              "section, paper, date, 本版编辑, 电话, 投稿邮箱) over a double rule; top: a story with 引题/主题/副题 over 5 "
              "columns, its body in 5 columns with two centred bold 小标题, a boxed table (隐患整改情况) at the top of "
              "columns 4-5 and a pull quote between two rules in the middle of column 3; beside it in columns 6-7 a "
              "head set with wide character spacing, a 副题 and a body ending in a bracketed signature; bottom: a "
              "story over 4 columns and a reversed 安全警示 label over a story in 3 columns, a vertical rule between "
              "them. Reading order: inspection story, 老班长 profile, wind-farm drill, accident lesson.")
    left, right = 40.0, 860.0
    cols = columns(left, right, 7, 10.0)
    size, leading = 9.0, 14.0
    s.text("3", left, 58, 34, bold=True)
    s.text("安全生产", left + 30, 56, 22, bold=True)
    s.text("西部能源报", 400, 52, 18, bold=True)
    for i, line in enumerate(["2026年11月18日  星期三", "本版编辑：马 骁  电话：029-88012345",
                              "投稿邮箱：aqsc@xbnyb.cn"]):
        s.text(line, right - width_of(line, 9), 36 + i * 13, 9)
    s.rule(left, 72, right, 72, 1.8)
    s.rule(left, 75.5, right, 75.5, 0.5)
    s.absent += ["本版编辑", "投稿邮箱", "029-88012345"]

    check = s.expect(Story(
        kicker="把安全隐患消除在萌芽状态", title="集团开展冬季安全生产大检查", subtitle="——共排查整改隐患412项，问责11人",
        lead="本报讯（记者 白 雪）",
        paras=[
            "10月下旬以来，西部能源集团组织12个检查组，对所属45家单位开展冬季安全生产大检查。截至11月15日，共排查各类"
            "隐患412项，已整改387项，对11名责任人进行了问责。",
            "#重点盯紧“三个环节”",
            "此次检查聚焦冬季生产特点，重点盯紧设备防冻、动火作业和交通运输三个环节。在宁川电厂，检查组发现一处循环水"
            "管道保温层破损，要求当天完成修复；在北山煤矿，检查组对井下动火作业票逐张核对，查出2张审批手续不全的作业票，"
            "当即叫停相关作业。",
            "检查组组长、集团安全总监韩立军说，冬季气温低、昼夜温差大，设备故障和人员误操作都容易增多，“越是生产任务重"
            "的时候，越要把安全这根弦绷紧”。",
            "#“回头看”防止隐患反弹",
            "针对往年检查中“查了改、改了又犯”的问题，集团今年推行隐患整改“销号+回头看”制度：每一项隐患都要明确整改"
            "责任人和完成时限，整改完成后由检查组现场验收销号，一个月后再组织复查。",
            "集团工会同步开展“安康杯”职工查隐患活动，发动一线职工随手拍、随时报。活动开展以来，职工共上报隐患线索1300"
            "余条，其中236条被采纳，提供线索的职工获得了奖励。",
        ]))
    x, w = span(cols, 0, 4)
    top = s.head([check.kicker], x, w, 92, 14, bold=False)
    top = s.head([check.title], x, w, top, 28)
    top = s.head([check.subtitle], x, w, top, 13, bold=False)
    body = top + 6
    tx, tw = span(cols, 3, 4)
    rows = [("类别", "排查", "已整改"), ("设备设施", "186", "179"), ("动火作业", "74", "70"), ("交通运输", "92", "83"),
            ("其他", "60", "55")]
    s.box(tx, body, tw, 22 + 16 * len(rows), stroke=0.0, fill=0.93, width=0.8)
    s.head(["隐患整改情况（截至11月15日）"], tx, tw, body + 3, 9.5)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            s.text(cell, tx + 10 + c * (tw - 20) / 3, body + 34 + r * 16, 9, bold=r == 0)
    table_bottom = body + 30 + 16 * len(rows)
    s.absent += ["隐患整改情况", "设备设施", "动火作业74"]
    qx, qw = cols[2]
    q1 = body + 13 * leading
    s.rule(qx, q1 + 4, qx + qw, q1 + 4, 1.5)
    s.head(["隐患就是事故，", "事故就要追责"], qx, qw, q1 + 10, 13, gap=1.4)
    q2 = q1 + 58
    s.rule(qx, q2, qx + qw, q2, 1.5)
    s.absent += ["隐患就是事故"]
    b1 = s.settle(check.body(), lambda b: [(cols[0][0], body, cols[0][1], b), (cols[1][0], body, cols[1][1], b),
                                           (qx, body, qw, q1), (qx, q2 + 6, qw, b),
                                           (cols[3][0], table_bottom + 8, cols[3][1], b),
                                           (cols[4][0], table_bottom + 8, cols[4][1], b)], q2 + 6, size, leading)

    veteran = s.expect(Story(
        title="安全帽下的“老班长”", subtitle="——记北山煤矿综采一队班长马国强", sign="（赵 磊）",
        paras=[
            "在北山煤矿综采一队，班长马国强有个外号叫“马唠叨”。每天班前会，他都要把当天作业中可能遇到的危险一条条讲清楚，"
            "讲完还要抽人复述。",
            "“井下的事，差一点就是差很多。”今年52岁的马国强在井下干了30年，带过的徒弟有40多人。他带的班组连续18年没有"
            "发生过一起轻伤以上事故，今年被评为集团安全标杆班组。",
            "马国强有一个小本子，上面记满了他这些年遇到过的险情和处置办法。他把这些经验整理成一套安全口诀，在全矿推广。"
            "“口诀好记，大家在井下遇到情况，脑子里就能蹦出来。”",
            "再过几年，马国强就要退休了。他说，最大的心愿是把这些“土办法”都传给年轻人。",
        ]))
    x, w = span(cols, 5, 6)
    s.rule(x - 5, 84, x - 5, b1, 0.5)
    top = s.head([veteran.title], x, w, 96, 19, space=5.0)
    top = s.head([veteran.subtitle], x, w, top + 2, 10, bold=False)
    b2 = s.balanced(veteran.body(), cols[5:7], top + 6, size, leading)
    row = max(b1, b2) + 10
    s.rule(left, row, right, row, 1.0)

    drill = s.expect(Story(
        title="高原风电场开展防冰冻应急演练", lead="本报讯（通讯员 杨 帆）",
        paras=[
            "11月13日，集团所属青川风电场开展冬季防冰冻应急演练。演练模拟风机叶片覆冰、集电线路跳闸等险情，检验运维人员"
            "的应急处置能力。",
            "演练中，值班人员发现3号风机叶片覆冰报警后，立即启动应急预案，远程停机并设置警戒区域，抢修人员佩戴防护装备"
            "赶赴现场，对线路开展巡查。整个处置过程用时26分钟，比预案要求提前了14分钟。",
            "风电场场长表示，风电场地处海拔2800米的高原，冬季最低气温可达零下30摄氏度，将通过常态化演练，确保机组安全"
            "度冬。",
        ]))
    x, w = span(cols, 0, 3)
    top = s.head([drill.title], x, w, row + 12, 19)
    b3 = s.balanced(drill.body(), cols[0:4], top + 4, size, leading)
    lesson = s.expect(Story(
        title="一起受限空间作业事故的教训",
        paras=[
            "某化工企业两名员工在清理废水池时，未按规定进行气体检测和通风，也未佩戴呼吸防护用品，进入池内不久即晕倒。"
            "另一名员工在未采取任何防护措施的情况下下池施救，也晕倒在池中，最终造成3人死亡。",
            "这起事故暴露出企业安全培训不到位、作业审批流于形式、盲目施救等问题。受限空间作业必须坚持先通风、再检测、"
            "后作业，严禁在未采取防护措施的情况下盲目施救。",
        ]))
    x, w = span(cols, 4, 6)
    s.rule(x - 5, row + 8, x - 5, b3 + 40, 0.5)
    top = s.label("安全警示", x, row + 12, 12)
    s.absent += ["安全警示"]
    top = s.head([lesson.title], x, w, top + 6, 16)
    b4 = s.balanced(lesson.paras, cols[4:7], top + 4, size, leading)
    foot = max(b3, b4) + 14
    s.rule(left, foot, right, foot, 0.6)
    s.text("西部能源报社出版  社址：西安市雁塔区科技路99号  订阅：全国各地邮局  零售价：1.50元", left, foot + 13, 8.5)
    s.absent += ["西部能源报社出版", "零售价"]
    return s.save()


# ---- page 5: a weekly supplement's literary page ------------------------------------------------------


def page_5() -> dict:
    s = Sheet("b2p5_weekend_supplement_literary.pdf", (700.0, 1000.0),
              "weekly supplement (江州晚报 周末) literary page B4 江畔, 700×1000 pt, 3 columns: page header with a large "
              "decorative supplement name (江畔) and a 文学副刊 tag, date and 责任编辑; top: an essay over columns 1-2 "
              "(head, □ byline line, body, author's unit on a line of its own at the end); a poem in column 3 (head, "
              "□ byline, short lines set flush left), an illustration with its credit under the poem; middle: a "
              "reversed 书香周末 label, a book cover with its bibliographic note in column 1 and a review over columns "
              "2-3 (head, □ byline); bottom: a serial (连载) with a head, a 副题 'part 7' line, body in 3 columns and "
              "a 未完待续 line. Reading order: essay, poem, review, serial.")
    left, right = 36.0, 664.0
    cols = columns(left, right, 3, 16.0)
    size, leading = 10.0, 16.0
    s.text("江畔", left, 70, 44, bold=True, grey=0.25)
    s.text("文学副刊", left + 100, 66, 12)
    for i, line in enumerate(["江州晚报·周末  B4", "2026年11月21日  星期六", "责任编辑：林 然"]):
        s.text(line, right - width_of(line, 9.5), 40 + i * 14, 9.5)
    s.rule(left, 84, right, 84, 0.8)
    s.rule(left, 87, right, 87, 0.8)
    s.absent += ["文学副刊", "江州晚报·周末", "责任编辑"]

    essay = s.expect(Story(
        title="父亲的工具箱", lead="□ 沈 岚", sign="（作者单位：江州市第一中学）", sign_own_line=True,
        paras=[
            "父亲退休那年，从厂里带回来一只旧工具箱。墨绿色的铁皮已经斑驳，提手上缠着一圈又一圈的黑胶布，打开来，扳手、"
            "锉刀、游标卡尺挨个躺着，每一件都擦得锃亮。",
            "父亲是车工，在机床旁站了三十多年。小时候，我最喜欢去车间等他下班。车床转起来的时候，铁屑像一条条金色的"
            "小蛇，从刀尖下卷出来，落进铁盘里叮当作响。父亲眯着眼睛看刻度，那神情，像是在读一封很要紧的信。",
            "后来我读了大学，在城里安了家，很少再想起那间车间。直到去年冬天，父亲住院，我在他枕头下发现一本发黄的笔记本，"
            "上面密密麻麻记着各种零件的尺寸和加工要领，最后一页写着：“干活要对得起手里的活儿。”",
            "如今，那只工具箱放在我的书房里。每当写东西写不下去的时候，我就打开它看一看，仿佛又听见了车间里那熟悉的"
            "机器声。",
        ]))
    x, w = span(cols, 0, 1)
    top = s.head([essay.title], x, w, 104, 24)
    top = s.head([essay.lead], x, w, top, 11, bold=False)
    b1 = s.balanced(essay.paras + [">" + essay.sign], cols[0:2], top + 6, size, leading)

    poem = s.expect(Story(
        title="夜班", lead="□ 韩 冬",
        paras=["=凌晨两点的厂房", "=灯光比星星更亮", "=我们把困意", "=拧进一颗颗螺丝", "=流水线不说话",
               "=它知道每一双手的温度", "=当第一缕晨光", "=落在窗台上", "=我们交出的", "=是一整夜的坚持"]))
    x, w = cols[2]
    s.rule(x - 8, 96, x - 8, b1, 0.5)
    top = s.head([poem.title], x, w, 104, 20)
    top = s.head([poem.lead], x, w, top, 10.5, bold=False)
    b2 = s.flow(poem.paras, [(x + 24, top + 6, w - 24, 900)], size, leading * 1.1)
    s.picture(x + 10, b2 + 10, w - 20, 80)
    s.head(["插图：陈 晨"], x, w - 10, b2 + 94, 8.5, align="right", bold=False)
    s.absent += ["插图"]
    row = max(b1, b2 + 112) + 10
    s.rule(left, row, right, row, 0.8)

    review = s.expect(Story(
        title="在平凡的岗位上读懂中国", lead="□ 郭 平",
        paras=[
            "《大地上的劳动者》是一部非虚构作品。作者用三年时间，走访了十多个省份的建筑工地、港口码头、快递网点和乡村"
            "工厂，记录下四十多位普通劳动者的工作与生活。",
            "书中没有宏大的叙事，有的是一个个具体的人：在高楼外墙上作业的“蜘蛛人”，每天要在吊绳上悬挂八个小时；在港口"
            "开了二十年桥吊的女司机，能把集装箱稳稳放进几厘米的误差之内。作者不回避他们的辛苦和困惑，也写出了他们的尊严"
            "与骄傲。",
            "合上书，我想起鲁迅的一句话：“无穷的远方，无数的人们，都和我有关。”读懂这些劳动者，也就读懂了我们身边正在"
            "发生的中国故事。",
        ]))
    x, w = cols[0]
    top = s.label("书香周末", x, row + 12, 12)
    s.absent += ["书香周末"]
    s.picture(x + 30, top + 10, w - 60, 150)
    s.head(["《大地上的劳动者》", "王 力 著", "江南人民出版社", "2026年9月出版"], x, w, top + 166, 9.5, bold=False)
    s.absent += ["江南人民出版社", "2026年9月出版"]
    x, w = span(cols, 1, 2)
    top = s.head([review.title], x, w, row + 14, 20)
    top = s.head([review.lead], x, w, top, 10.5, bold=False)
    b3 = s.balanced(review.paras, cols[1:3], top + 6, size, leading)
    row = max(b3, row + 260) + 10
    s.rule(left, row, right, row, 0.8)

    serial = s.expect(Story(
        title="百年船厂", subtitle="连载之七",
        paras=[
            "一九五八年的春天，江州船厂接到了一项特殊的任务：建造一艘三千吨级的货轮。这在当时的江州，是从来没有人干过的事。",
            "没有大型吊车，工人们就用滚木和绞盘一点点挪动钢板；没有图纸上要求的焊接设备，老师傅们就带着徒弟们反复试验，"
            "一条焊缝要焊上好几遍。为了赶工期，很多人干脆把铺盖卷搬到了船台边上。",
            "老焊工周长福后来回忆说，那段日子，船台上的灯火整夜不熄，“江风吹得人脸生疼，可谁也不喊累，大家心里都憋着一股"
            "劲”。",
            "八个月后，货轮终于下水了。那天，江边站满了前来看热闹的市民，汽笛声响起的时候，不少工人流下了眼泪。",
        ]))
    top = s.head([serial.title], left, right - left, row + 12, 22, space=8.0)
    top = s.head(["—— " + serial.subtitle + " ——"], left, right - left, top, 10.5, bold=False)
    b4 = s.balanced(serial.paras, cols, top + 6, size, leading)
    s.text("（未完待续）", right - width_of("（未完待续）", 9.5), b4 + 12, 9.5)
    s.absent += ["未完待续"]
    return s.save()


# ---- page 6: news above notices and ads ---------------------------------------------------------------


def page_6() -> dict:
    s = Sheet("b2p6_city_daily_notices_ads.pdf", (842.0, 1191.0),
              "city daily page 15 综合·公告, A3, 6 columns: page header; top half: a one-line head over 4 columns with "
              "its story, a two-line head over 2 columns with its story; a row of two stories over 3 columns each; "
              "a band 公告·广告 with the classified-ads phone; bottom half: boxed notices each with a bold title "
              "(遗失声明 ×3, 减资公告, 注销公告), a boxed 招聘启事, a boxed health-check ad with a big price. Reading "
              "order: heating, metro, 银发课堂, fire-safety month. Notices and ads are no articles.")
    left, right = 36.0, 806.0
    cols = columns(left, right, 6, 10.0)
    size, leading = 9.5, 14.5
    s.text("15", left, 54, 28, bold=True)
    s.text("综合·公告", left + 44, 52, 20, bold=True)
    line = "江州日报  2026年11月18日 星期三  责任编辑：宋 涛  版式：罗 婷"
    s.text(line, right - width_of(line, 9), 50, 9)
    s.rule(left, 64, right, 64, 1.5)
    s.absent += ["综合·公告", "责任编辑", "版式：罗"]

    heat = s.expect(Story(
        title="全市冬季供暖今日启动", lead="本报讯（记者 冯 雪）",
        paras=[
            "11月18日零时，全市集中供暖正式启动，比往年提前了两天。市城管局表示，今年全市集中供暖面积达到5800万平方米，"
            "新增供暖用户2.6万户。",
            "为确保供暖平稳，市内各热力企业提前完成了管网检修和试运行，共更换老旧管网46公里。供暖期间，各热力公司将实行"
            "24小时值班制度，市民如遇室温不达标等问题，可拨打12345热线反映。",
            "据了解，供暖初期管网需要排气、调试，部分用户室温可能上升较慢，相关企业将加强巡查，确保在3天内全部达到设计"
            "温度。",
        ]))
    x, w = span(cols, 0, 3)
    top = s.head([heat.title], x, w, 80, 24)
    b1 = s.balanced(heat.body(), cols[0:4], top + 4, size, leading)
    metro = s.expect(Story(
        title="地铁5号线一期将试运营", lead="本报讯（记者 韩 冰）",
        paras=[
            "记者从市轨道交通集团获悉，地铁5号线一期工程已完成全部验收工作，计划于12月下旬开通试运营。",
            "5号线一期全长22.4公里，设车站17座，连接高铁江州南站和江北新城，建成后将与1号线、3号线实现换乘，江北新城到"
            "高铁站的通行时间将由1小时缩短至35分钟。",
        ]))
    x, w = span(cols, 4, 5)
    s.rule(x - 5, 74, x - 5, b1, 0.5)
    top = s.head(["地铁5号线一期", "将试运营"], x, w, 80, 18)
    b2 = s.balanced(metro.body(), cols[4:6], top + 4, size, leading)
    row = max(b1, b2) + 10
    s.rule(left, row, right, row, 0.6)
    elder = s.expect(Story(
        title="“银发课堂”开进社区", lead="本报讯（记者 万 磊 通讯员 夏 雨）",
        paras=[
            "近日，由市老年大学与社区共同举办的“银发课堂”在东湖街道开课，智能手机使用、防范电信诈骗、健康养生等课程受到"
            "社区老年人欢迎。",
            "今年以来，“银发课堂”已在全市28个社区开设，累计授课600余节，参与老年人1.2万人次。",
        ]))
    x, w = span(cols, 0, 2)
    top = s.head([elder.title], x, w, row + 10, 17)
    b3 = s.balanced(elder.body(), cols[0:3], top + 4, size, leading)
    fire = s.expect(Story(
        title="冬季消防安全宣传月活动启动", sign="（消 宣）",
        paras=[
            "11月是全国消防宣传月。连日来，市消防救援支队组织消防员走进社区、学校、商场，开展消防安全宣传活动，提醒市民"
            "冬季用火用电注意安全。",
            "消防部门提醒，冬季使用取暖器、电热毯等设备时，要远离可燃物，人离开时要及时断电；电动自行车不得在楼道、"
            "楼梯间停放和充电。",
        ]))
    x, w = span(cols, 3, 5)
    s.rule(x - 5, row + 6, x - 5, b3, 0.5)
    top = s.head([fire.title], x, w, row + 10, 17)
    b4 = s.balanced(fire.body(), cols[3:6], top + 4, size, leading)
    row = max(b3, b4) + 12

    # the notices and ads half
    s.box(left, row, right - left, 26, fill=0.15, stroke=None)
    s.text("公告·广告", left + 10, row + 19, 16, bold=True, grey=1.0)
    phone = "分类广告热线：0799-86666888  刊登地址：江州日报社一楼大厅"
    s.text(phone, right - 10 - width_of(phone, 10), row + 17, 10, grey=1.0)
    s.absent += ["分类广告热线", "刊登地址"]
    top = row + 36
    notices = [
        ("遗失声明", ["江州市晨光贸易有限公司遗失营业执照副本，统一社会信用代码：91360100MA3X8K2L6P，声明作废。",
                     "刘建国遗失江州市不动产权证书，证号：赣（2021）江州市不动产权第0012345号，声明作废。",
                     "江州市红星幼儿园遗失银行开户许可证，核准号：J4210002345601，声明作废。"]),
        ("减资公告", ["江州市鼎盛建材有限公司经股东会决议，注册资本由1000万元减少至200万元。请债权人自本公告发布之日起"
                     "四十五日内向本公司申报债权。特此公告。", "联系人：王先生  电话：13907990001"]),
        ("注销公告", ["江州市悦来餐饮管理有限公司经股东决定，拟向公司登记机关申请注销登记，请债权人自公告之日起四十五日内"
                     "向清算组申报债权。特此公告。", "江州市悦来餐饮管理有限公司清算组  2026年11月18日"]),
    ]
    x, w = span(cols, 0, 2)
    for title, paras in notices:
        t = s.head([title], x, w, top + 6, 14)
        bottom = s.settle(paras, lambda b, t=t: [(x + 8, t, w - 16, b)], t, 9, 13.5)
        s.box(x, top, w, bottom - top + 8, stroke=0.0, width=0.6)
        top = bottom + 16
    s.absent += ["遗失声明", "声明作废", "减资公告", "注销公告", "特此公告", "申报债权"]
    x, w = span(cols, 3, 5)
    top2 = row + 36
    s.box(x, top2, w, 150, stroke=0.0, width=1.5)
    t = s.head(["招聘启事"], x, w, top2 + 8, 20)
    t = s.head(["江州市公交集团招聘公交驾驶员50名"], x, w, t + 2, 12)
    for i, line in enumerate(["要求：持A1或A3驾驶证，年龄50周岁以下", "待遇：月薪6000元至9000元，缴纳五险一金",
                              "报名地点：江州市公交集团人力资源部", "报名电话：0799-86222333"]):
        s.text(line, x + 14, t + 14 + i * 16, 10)
    s.absent += ["招聘启事", "公交驾驶员50名", "报名电话", "五险一金"]
    top2 += 164
    s.box(x, top2, w, 130, fill=0.88, stroke=0.0, width=1.0)
    t = s.head(["冬季职工健康体检"], x, w, top2 + 10, 22)
    t = s.head(["团体套餐  398元/人"], x, w, t + 2, 26)
    s.head(["江州仁和医院体检中心  预约电话：0799-86777999"], x, w, t + 4, 10, bold=False)
    s.absent += ["健康体检", "398元", "仁和医院体检中心", "预约电话"]
    return s.save()


PAGES = [page_1, page_2, page_3, page_4, page_5, page_6]


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pages = [page() for page in PAGES]
    about = ("Blind PDF pages 2, written by hand before any run (session 10). Same format as ../blind/expected.json: per "
             "page, articles in reading order with the headline a reader sees (lines of a head joined; compare without "
             "whitespace, NFKC), 引题 as kicker, 副题 as subtitle, body_start (first words after the lead: a 本报讯 "
             "line or a byline printed under the head, which a body may open with), body_end (last words; a printed "
             "signature 'sign' may follow them), and 'absent': phrases (captions, page headers and footers, labels, "
             "导读 items, jump lines, pull quotes, tables, notices, ads) that belong to no article body. Not articles: "
             "导读 items, notices and statements, ads, column labels, captions, tables, pull quotes.")
    (HERE / "expected.json").write_text(json.dumps({"_about": about, "pages": pages}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")


if __name__ == "__main__":
    main()
