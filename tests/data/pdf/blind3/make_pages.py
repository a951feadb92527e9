"""Make the six newspaper pages of blind PDF set 3 and their expected answers (expected.json).

Run from the repository root with the project's venv: `.venv/bin/python tests/data/pdf/blind3/make_pages.py`.
Every block is placed by hand on a column grid, the way a page designer lays out a page in Founder 飞腾:
body in 宋体 (reportlab's CID face STSong-Light, not embedded), heads, kickers, captions and labels in 黑体
(WenQuanYi Zen Hei from the system, embedded as a subset). The expected answers are written by hand in the
`article` and `absent` calls below, before the archive's code is run on the pages; the script only checks
that what it expects is really printed (a guard against typos), never what the archive makes of it.

The pages: a provincial workers' daily (陕西, broadsheet, 5 columns), a metro morning paper (广西, A3,
banner head over a photo), a county-level city daily (福建, 4开 tabloid, vertical head, 简讯 box, photo
news), a railway industry paper (河南/广东/甘肃, broadsheet, 6 columns, 电头, data box), an enterprise
daily (辽宁, A3, notice box) and a workers' paper's weekend people page (广东, large broadsheet, long
feature with intertitles, pull quote, 人物名片 box, a reader's letter).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SONG = "STSong-Light"
HEI = "WQYZenHei"
HEI_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

CLOSERS = set("，。、；：？！）》」』”’…—％℃,.;:?!)%")
OPENERS = set("（《「『“‘(")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@dataclass
class Frame:
    x0: float
    x1: float
    t0: float
    t1: float
    fixed: bool = False  # balanced() keeps this frame's bottom (a column cut short by a pull quote or a box)


@dataclass
class Page:
    file: str
    width: float
    height: float
    layout: str
    margin: float = 40.0
    top: float = 40.0
    bottom: float = 40.0
    cols: int = 4
    gutter: float = 12.0
    body_size: float = 9.5
    body_leading: float = 14.5
    articles: list[dict] = field(default_factory=list)
    absent_phrases: list[str] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.c = canvas.Canvas(str(HERE / self.file), pagesize=(self.width, self.height), invariant=1)
        self.c.setTitle(self.file)

    # geometry ---------------------------------------------------------------------------------
    def span(self, first: int, last: int | None = None) -> tuple[float, float]:
        last = first if last is None else last
        w = (self.width - 2 * self.margin - (self.cols - 1) * self.gutter) / self.cols
        x0 = self.margin + (first - 1) * (w + self.gutter)
        x1 = self.margin + last * w + (last - 1) * self.gutter
        return x0, x1

    def y(self, t: float) -> float:
        return self.height - t

    # drawing ----------------------------------------------------------------------------------
    def text(self, x: float, t: float, s: str, size: float, font: str = SONG, align: str = "left",
             x1: float | None = None, cs: float = 0.0, gray: float = 0.0, mode: int = 0) -> None:
        """One line with its baseline at t from the page top."""
        w = pdfmetrics.stringWidth(s, font, size) + cs * max(len(s) - 1, 0)
        if align == "center" and x1 is not None:
            x = x + (x1 - x - w) / 2
        elif align == "right" and x1 is not None:
            x = x1 - w
        o = self.c.beginText()
        o.setTextOrigin(x, self.y(t))
        o.setFont(font, size)
        o.setCharSpace(cs)
        o.setTextRenderMode(mode)
        self.c.setFillGray(gray)
        self.c.setStrokeGray(gray)
        o.textOut(s)
        o.setTextRenderMode(0)  # the mode outlives the text object in PDF: reset it for the next block
        self.c.drawText(o)
        self.c.setFillGray(0)
        self.c.setStrokeGray(0)
        self.printed.append(s)

    def head(self, lines: list[str], x0: float, x1: float, t: float, size: float, font: str = HEI,
             align: str = "center", cs: float = 0.0, gap: float = 1.2, mode: int = 0, gray: float = 0.0) -> float:
        """A head of one or more lines; t is the top of the first line. Returns the bottom of the last."""
        for line in lines:
            self.text(x0, t + size * 0.88, line, size, font, align, x1, cs, gray, mode)
            t += size * gap
        return t

    def vhead(self, text: str, x: float, t: float, size: float, font: str = HEI, gap: float = 1.08,
              mode: int = 0) -> float:
        """A vertical head: one character under the other, centred on x."""
        for ch in text:
            if ch == " ":
                t += size * 0.6
                continue
            w = pdfmetrics.stringWidth(ch, font, size)
            self.text(x - w / 2, t + size * 0.88, ch, size, font, mode=mode)
            t += size * gap
        return t

    def hrule(self, x0: float, x1: float, t: float, w: float = 0.6) -> None:
        self.c.setLineWidth(w)
        self.c.line(x0, self.y(t), x1, self.y(t))

    def vrule(self, x: float, t0: float, t1: float, w: float = 0.5) -> None:
        self.c.setLineWidth(w)
        self.c.line(x, self.y(t0), x, self.y(t1))

    def box(self, x0: float, t0: float, x1: float, t1: float, fill: float | None = None, stroke: float = 0.8,
            dash: bool = False) -> None:
        self.c.setLineWidth(stroke or 0.1)
        if dash:
            self.c.setDash(3, 2)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x0, self.y(t1), x1 - x0, t1 - t0, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)
        self.c.setDash()

    def photo(self, x0: float, t0: float, x1: float, t1: float, shade: float = 0.62) -> None:
        """A photograph: a tone block with a few shapes, no text."""
        self.box(x0, t0, x1, t1, fill=shade, stroke=0)
        self.c.setFillGray(shade - 0.18)
        self.c.circle(x0 + (x1 - x0) * 0.3, self.y(t0 + (t1 - t0) * 0.4), (t1 - t0) * 0.16, stroke=0, fill=1)
        self.c.rect(x0 + (x1 - x0) * 0.55, self.y(t1 - 4), (x1 - x0) * 0.3, (t1 - t0) * 0.5, stroke=0, fill=1)
        self.c.setFillGray(0)

    def label(self, s: str, x0: float, t: float, size: float = 12, reverse: bool = True) -> float:
        """A column label in a small reversed box. Returns its bottom."""
        w = pdfmetrics.stringWidth(s, HEI, size) + size * 0.3 * (len(s) - 1) + size
        if reverse:
            self.box(x0, t, x0 + w, t + size * 1.6, fill=0.15, stroke=0)
        else:
            self.box(x0, t, x0 + w, t + size * 1.6)
        self.text(x0 + size / 2, t + size * 1.15, s, size, HEI, cs=size * 0.3, gray=1.0 if reverse else 0.0)
        return t + size * 1.6

    # flowing body text ------------------------------------------------------------------------
    def balanced(self, paras: list, frames: list[Frame], size: float | None = None, leading: float | None = None,
                 font: str = SONG) -> float:
        """Set paragraphs through frames with one common bottom, the lowest that holds all the text
        (columns of a story end level, as a designer balances them). Returns that bottom."""
        size, leading = size or self.body_size, leading or self.body_leading
        free = [f for f in frames if not f.fixed]
        lo, hi = max(f.t0 for f in free), free[0].t1

        def cut(bottom: float) -> list[Frame]:
            return [f if f.fixed else Frame(f.x0, f.x1, f.t0, bottom) for f in frames]

        while hi - lo > 0.5:
            mid = (lo + hi) / 2
            try:
                self.flow(paras, cut(mid), size, leading, font, draw=False)
                hi = mid
            except OverflowError:
                lo = mid
        self.flow(paras, cut(hi), size, leading, font)
        return hi

    def flow(self, paras: list, frames: list[Frame], size: float | None = None, leading: float | None = None,
             font: str = SONG, draw: bool = True) -> tuple[int, float]:
        """Set paragraphs through frames (columns), justified, first lines indented two characters.

        A paragraph is a string, or a tuple: ("b", bold_prefix, rest) starts with a run in 黑体 (本报讯 lines),
        ("h", text) is an intertitle in 黑体 centred on its own line, ("r", text) a line set flush right
        (a signature or a jump line), ("n", text) a paragraph without indent, ("l", text) a ragged line
        in 黑体 without indent (a byline set at the head of the text).
        Raises if the text does not fit: every expected last word must be printed."""
        size, leading = size or self.body_size, leading or self.body_leading
        fi, t = 0, frames[0].t0
        for para in paras:
            kind, runs = "p", [(para, font)] if isinstance(para, str) else None
            if runs is None:
                kind = para[0]
                runs = [(para[1], HEI), (para[2], font)] if kind == "b" else [(para[1], HEI if kind in "hl" else font)]
            chars = [(ch, f) for text, f in runs for ch in text]
            if kind == "h":
                t += leading * 0.35
                if t + leading * 2.6 > frames[fi].t1 + 0.01 and fi + 1 < len(frames):
                    fi, t = fi + 1, frames[fi + 1].t0  # an intertitle is kept with the text it heads
            while True:
                fr = frames[fi]
                width = fr.x1 - fr.x0
                if kind in ("h", "r"):
                    lines = [chars]
                else:
                    lines = wrap(chars, width, size, indent=0 if kind in "nl" else 2)
                placed = 0
                for n, line in enumerate(lines):
                    if t + leading > fr.t1 + 0.01:
                        break
                    first = n == 0 and kind in ("p", "b")
                    x = fr.x0 + (2 * size if first else 0)
                    avail = width - (2 * size if first else 0)
                    last = n == len(lines) - 1
                    if draw:
                        self.line_out(line, x, t + size, size, avail, justify=not last and kind in ("p", "b", "n"),
                                      align="center" if kind == "h" else "right" if kind == "r" else "left")
                    t += leading
                    placed += 1
                if placed == len(lines):
                    break
                # the rest of the paragraph goes on in the next frame, as continuation lines
                rest = [ch for line in lines[placed:] for ch in line]
                chars, kind = rest, ("n" if kind in ("p", "b", "n") else kind)
                fi += 1
                if fi >= len(frames):
                    raise OverflowError(f"{self.file}: text does not fit: {''.join(c for c, _ in rest)[:30]}")
                t = frames[fi].t0
            if kind == "h":
                t += leading * 0.2
        return fi, t

    def line_out(self, line: list[tuple[str, str]], x: float, baseline: float, size: float, avail: float,
                 justify: bool, align: str) -> None:
        width = sum(pdfmetrics.stringWidth(ch, f, size) for ch, f in line)
        cs = (avail - width) / (len(line) - 1) if justify and len(line) > 1 else 0.0
        if align == "center":
            x += (avail - width) / 2
        elif align == "right":
            x += avail - width
        o = self.c.beginText()
        o.setTextOrigin(x, self.y(baseline))
        o.setCharSpace(cs)
        run, rf = "", None
        for ch, f in line:
            if f != rf and run:
                o.setFont(rf, size)
                o.textOut(run)
                run = ""
            rf = f
            run += ch
        if run:
            o.setFont(rf, size)
            o.textOut(run)
        self.c.drawText(o)
        self.printed.append("".join(ch for ch, _ in line))

    # expectations -----------------------------------------------------------------------------
    def article(self, title: str, body_start: str, body_end: str, paras: list, kicker: str | None = None,
                subtitle: str | None = None, lead: str | None = None, sign: str | None = None) -> None:
        body = squash("".join(p if isinstance(p, str) else "".join(p[1:]) for p in paras))
        assert body.startswith((squash(body_start), squash(lead or "") + squash(body_start))), (title, body_start)
        assert body.endswith((squash(body_end), squash(body_end) + squash(sign or ""))), (title, body_end)
        entry: dict = {"title": title}
        for key, value in (("kicker", kicker), ("subtitle", subtitle), ("lead", lead)):
            if value:
                entry[key] = value
        entry["body_start"], entry["body_end"] = body_start, body_end
        if sign:
            entry["sign"] = sign
        entry["_body"] = body
        self.articles.append(entry)

    def absent(self, *phrases: str) -> None:
        self.absent_phrases.extend(phrases)

    def save(self) -> dict:
        self.c.showPage()
        self.c.save()
        page_text = squash("".join(self.printed))
        for a in self.articles:
            for key in ("title", "kicker", "subtitle", "lead", "sign"):
                if a.get(key):
                    assert squash(a[key]) in page_text, (self.file, key, a[key])
        for phrase in self.absent_phrases:
            assert squash(phrase) in page_text, (self.file, "absent not printed", phrase)
            for a in self.articles:
                assert squash(phrase) not in a["_body"], (self.file, "absent inside a body", phrase)
        articles = [{k: v for k, v in a.items() if k != "_body"} for a in self.articles]
        return {"file": self.file, "page_size_pt": [self.width, self.height], "layout": self.layout,
                "articles": articles, "absent": self.absent_phrases}


def wrap(chars: list[tuple[str, str]], width: float, size: float, indent: int) -> list[list[tuple[str, str]]]:
    """Break a paragraph into lines: no closing mark at a line start, no opening mark at a line end,
    runs of Latin letters and digits kept whole (the 避头尾 habit of Chinese typesetting)."""
    lines: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    w, avail = 0.0, width - indent * size
    for ch, f in chars:
        cw = pdfmetrics.stringWidth(ch, f, size)
        if cur and w + cw > avail + 0.01:
            carry: list[tuple[str, str]] = []
            if ch in CLOSERS:
                carry = [cur.pop()]
                while cur and carry[0][0] in CLOSERS:
                    carry.insert(0, cur.pop())
            elif ch.isascii() and ch.isalnum():
                while cur and cur[-1][0].isascii() and (cur[-1][0].isalnum() or cur[-1][0] == "."):
                    carry.insert(0, cur.pop())
            while cur and cur[-1][0] in OPENERS:
                carry.insert(0, cur.pop())
            lines.append(cur)
            cur = carry
            w = sum(pdfmetrics.stringWidth(c, ff, size) for c, ff in cur)
            avail = width
        cur.append((ch, f))
        w += cw
    if cur:
        lines.append(cur)
    return lines


def header(p: Page, left: str, centre: str, right: str, t: float = 28.0, size: float = 10.0, rule: float = 1.6) -> float:
    """The page header band: three texts over a thick rule. Returns the rule's position."""
    x0, x1 = p.margin, p.width - p.margin
    p.text(x0, t, left, size, HEI)
    p.text(x0, t, centre, size + 4, HEI, align="center", x1=x1)
    p.text(x0, t, right, size, HEI, align="right", x1=x1)
    p.hrule(x0, x1, t + 7, rule)
    p.hrule(x0, x1, t + 10, 0.4)
    return t + 10


# =============================================================================================
# Page 1: 陕西工人报, 2 版 综合新闻, broadsheet, 5 columns
# =============================================================================================

def page_1() -> dict:
    p = Page("b3p1_provincial_workers_daily_p2_5col.pdf", 1017.0, 1433.0,
             "陕西工人报 p.2 综合新闻, broadsheet, 5 columns, 10 pt body, built in bands separated by full-width rules. "
             "Header band (date, edition name, paper, page number), editor line under it. Band 1: lead story over "
             "cols 1-3 with kicker, photo and caption in cols 2-3, a jump line to page 3; beside it (cols 4-5) a "
             "story with a two-line head and a byline under it. Band 2: a commentary (cols 1-3) under a 工会观察 "
             "label with an author line; a 基层传真 label (cols 4-5) over three briefs with small heads and "
             "signatures. Band 3: a story with a subtitle and a photo (cols 1-3), a boxed 防暑小贴士 (cols 4-5). "
             "Band 4: a story across the page with a byline under its head, text in cols 1-3 and a photo in cols 4-5. A public-service ad strip across the foot, then the footer.",
             margin=48, cols=5, gutter=14, body_size=10, body_leading=15.5)
    rule = header(p, "2026年6月12日  星期五", "综合新闻", "陕西工人报   2")
    p.text(p.margin, rule + 14, "责任编辑：刘亚楠   美编：高  峰   校对：孙  静", 8.5, HEI, align="right",
           x1=p.width - p.margin)
    p.absent("2026年6月12日", "综合新闻", "责任编辑：刘亚楠")
    top = rule + 26
    r0, r1 = p.span(4, 5)
    x0, x1 = p.span(1, 3)
    page_x0, page_x1 = p.margin, p.width - p.margin

    # band 1: lead story, cols 1-3
    t = p.head(["“工会送清凉 关爱进万家”活动全面启动"], x0, x1, top, 15, HEI)
    t = p.head(["全省工会送清凉首站走进重点工程工地"], x0, x1, t + 2, 30, SONG, mode=2)
    t += 8
    px0, px1 = p.span(2, 3)
    p.photo(px0, t, px1, t + 200)
    cap = "6月10日，省总工会工作人员在西安地铁15号线二期工程工地为建设者送上防暑降温用品。"
    _, cap_t = p.flow([("n", cap), ("r", "本报记者 张蕾 摄")], [Frame(px0, px1, t + 204, t + 240)], size=8.5,
                      leading=12, font=HEI)
    p.absent("为建设者送上防暑降温用品", "本报记者 张蕾 摄")
    lead_paras = [
        ("b", "本报讯（记者 张蕾）", "6月10日上午，省总工会2026年“工会送清凉 关爱进万家”活动首站走进西安地铁15号线"
         "二期工程施工现场，为正在高温下作业的300余名建设者送去藿香正气水、毛巾、西瓜等防暑降温用品，并现场开展健康义诊。"),
        "据了解，今年全省各级工会计划投入送清凉资金4200万元，重点慰问高温条件下坚守岗位的重点工程建设者、环卫工人、"
        "快递员、外卖送餐员等一线劳动者，活动将持续至9月底。省总工会要求，各级工会要把送清凉与改善劳动条件结合起来，"
        "推动用人单位落实高温津贴、调整作息时间，切实保障职工在高温天气下的劳动安全和身体健康。",
        "在施工现场，省总工会还为工地“职工小家”配送了冰柜、微波炉和急救药箱。中铁一局项目部钢筋班班长刘军告诉记者，"
        "项目部已把作业时间调整为早上5点到11点、下午4点到8点，“中午最热的时候大家都在小家里休息，喝上凉茶，心里也踏实。”",
        "当天，省总工会法律服务团的律师在现场设立咨询台，就高温津贴发放标准、工伤认定等问题为职工答疑解惑。"
        "省总工会相关负责人表示，今年将重点推进户外劳动者服务站点提档升级，让户外劳动者“累了能歇脚、渴了能喝水、"
        "热了能纳凉”，各地工会还将联合卫生健康部门",
    ]
    lead_bottom = p.balanced(lead_paras + [("r", "（下转第3版）")],
                             [Frame(*p.span(1), t, 700), Frame(*p.span(2), cap_t + 6, 700),
                              Frame(*p.span(3), cap_t + 6, 700)])
    p.article("全省工会送清凉首站走进重点工程工地", "6月10日上午，省总工会2026年", "各地工会还将联合卫生健康部门",
              lead_paras, kicker="“工会送清凉 关爱进万家”活动全面启动", lead="本报讯（记者 张蕾）")
    p.absent("下转第3版")

    # band 1, cols 4-5: story with a two-line head and a byline under it
    t = p.head(["宝鸡“工会驿站”", "上线电子地图"], r0, r1, top + 4, 24, HEI)
    p.text(r0, t + 12, "本报通讯员 王婧 记者 李航", 10, HEI, align="center", x1=r1)
    t += 24
    baoji = [
        "近日，宝鸡市总工会在“宝鸡工会”微信小程序上线“工会驿站”电子地图，全市286个工会驿站的位置、开放时间和服务项目"
        "一目了然。户外劳动者打开小程序，即可一键导航到最近的驿站。",
        "“以前送件路过，不知道哪里能歇脚、能给电动车充电，现在手机上一搜就有。”外卖骑手小杨说。据介绍，电子地图还设置了"
        "“我要点评”功能，职工可以对驿站的卫生、设施和服务进行评价，市总工会将根据评价结果对驿站实行动态管理，"
        "对长期无人使用、服务不到位的驿站进行整改或摘牌。",
        "今年以来，宝鸡市总工会已投入资金160万元，新建、提升工会驿站42个，并推动驿站向商圈、公园和物流园区延伸。"
        "下一步，市总工会将联合美团、饿了么等平台，把驿站信息推送到骑手接单终端。",
    ]
    baoji_bottom = p.balanced(baoji, [Frame(*p.span(4), t, 700), Frame(*p.span(5), t, 700)])
    p.article("宝鸡“工会驿站”上线电子地图", "近日，宝鸡市总工会在", "推送到骑手接单终端。", baoji,
              lead="本报通讯员 王婧 记者 李航")
    band = max(lead_bottom, baoji_bottom) + 8
    p.vrule(r0 - 7, top, band - 4)
    p.hrule(page_x0, page_x1, band, 1.2)

    # band 2, cols 1-3: commentary
    ct = band + 14
    p.label("工会观察", x0, ct + 4, 12)
    p.absent("工会观察")
    t = p.head(["送清凉，更要送“长效”"], x0, x1, ct, 24, SONG, mode=2)
    p.text(x0, t + 10, "□ 周明远", 10, HEI, align="center", x1=x1)
    t += 22
    comment = [
        "每到盛夏，各地工会送清凉的消息便多了起来。一瓶藿香正气水、一箱矿泉水，送到一线职工手中，是关怀，也是温度。"
        "但也要看到，送清凉不能只停留在“送东西”上。",
        "高温天气里，职工最需要的，是合理的作息安排、足额发放的高温津贴和必要的防护设施。一些用人单位仍存在高温津贴"
        "“打折”发放、以防暑用品代替津贴等问题，一些户外作业岗位的休息场所仍然缺位。这些问题，单靠一次慰问解决不了。",
        "工会送清凉，既要送得及时，更要送得长久。要把慰问和监督结合起来，依法督促企业落实防暑降温措施，把职工的意见带到"
        "集体协商桌上，让防暑降温成为制度安排，而不是一阵风。把好事办实、把实事办好，让职工在每一个夏天都能安心劳动，"
        "才是最好的“清凉”。",
    ]
    comment_bottom = p.balanced(comment, [Frame(*p.span(i), t, 1200) for i in (1, 2, 3)])
    p.article("送清凉，更要送“长效”", "每到盛夏", "才是最好的“清凉”。", comment, lead="□ 周明远")

    # band 2, cols 4-5: 基层传真, three briefs, heads over two columns of text
    t = p.label("基层传真", r0, band + 14, 12)
    p.absent("基层传真")
    briefs = [
        ("汉中女职工健康讲座进车间",
         "6月8日，汉中市总工会联合市中心医院，在汉江药业生产车间举办女职工健康讲座，医生围绕乳腺疾病预防、职业病防护等"
         "内容进行讲解，并为120名女职工发放健康手册。", "（赵倩）"),
        ("榆林举办新就业形态劳动者专场招聘会",
         "6月6日，榆林市总工会在市职工服务中心举办新就业形态劳动者专场招聘会，32家企业提供快递、网约配送、网约车等岗位"
         "680个，现场达成就业意向215人。", "（高文斌）"),
        ("铜川为环卫工人免费体检",
         "日前，铜川市总工会组织市人民医院医疗队，为王益区、印台区的450名环卫工人免费体检，检查项目包括血压、血糖、"
         "心电图等，并建立健康档案。", "（马丽娟）"),
    ]
    t += 8
    for title, text, sign in briefs:
        t = p.head([title], r0, r1, t, 14, HEI, align="left")
        paras = [text + sign]
        t = p.balanced(paras, [Frame(*p.span(4), t + 2, 1200), Frame(*p.span(5), t + 2, 1200)])
        p.article(title, text[:8], text[-10:], paras, sign=sign)
        t += 10
    band2 = max(comment_bottom, t) + 8
    p.vrule(r0 - 7, band + 4, band2 - 4)
    p.hrule(page_x0, page_x1, band2, 1.2)

    # band 3, cols 1-3: story with a subtitle, photo in col 3
    t = p.head(["西安集中开展新就业形态劳动者入会活动"], x0, x1, band2 + 14, 24, HEI)
    t = p.head(["现场有2300余名快递员、外卖骑手、网约车司机加入工会"], x0, x1, t + 2, 13, SONG)
    t += 8
    ph0, ph1 = p.span(3)
    p.photo(ph0, t, ph1, t + 120, shade=0.55)
    p.flow([("n", "西安市新就业形态劳动者在启动仪式现场扫码入会。"), ("r", "刘晓 摄")],
           [Frame(ph0, ph1, t + 124, t + 160)], size=8.5, leading=12, font=HEI)
    p.absent("在启动仪式现场扫码入会", "刘晓 摄")
    xian = [
        ("b", "本报讯（通讯员 刘晓 记者 陈静）", "6月9日，西安市总工会在曲江新区举办新就业形态劳动者集中入会暨服务月"
         "启动仪式。当天，现场和线上共有2300余名快递员、外卖骑手、网约车司机、货车司机通过扫码等方式加入工会组织。"),
        "为方便流动性强的新就业形态劳动者入会，西安市总工会推行“扫码入会、一键转会”，劳动者在手机上填写信息后即可成为"
        "工会会员，更换工作地点后会籍随人转移。新入会会员可免费加入职工医疗互助保障，并享受工会驿站、法律援助、技能培训等服务。",
        "启动仪式上，市总工会还为10个新就业形态劳动者“暖心服务站”授牌，向新入会会员代表发放了会员卡和夏季慰问品。"
        "市总工会有关负责人介绍，截至目前，全市已有8.6万名新就业形态劳动者加入工会。",
    ]
    xian_bottom = p.balanced(xian, [Frame(*p.span(1), t, 1300), Frame(*p.span(2), t, 1300),
                                    Frame(ph0, ph1, t + 164, 1300)])
    xian_bottom = max(xian_bottom, t + 164)
    p.article("西安集中开展新就业形态劳动者入会活动", "6月9日，西安市总工会在曲江新区", "新就业形态劳动者加入工会。",
              xian, subtitle="现场有2300余名快递员、外卖骑手、网约车司机加入工会", lead="本报讯（通讯员 刘晓 记者 陈静）")

    # band 3, cols 4-5: a boxed tip
    bt = band2 + 14
    p.head(["防暑小贴士"], r0, r1, bt + 8, 15, HEI)
    tips = ["高温天气户外作业，应避开中午12时至下午3时的高温时段；出现头晕、恶心、大量出汗等症状时，应立即停止作业。",
            "发现有人中暑，迅速将患者移至阴凉通风处，解开衣扣，用湿毛巾擦拭身体，并及时拨打120急救电话。"]
    tip_bottom = p.balanced(tips, [Frame(r0 + 12, r1 - 12, bt + 34, 1300)], size=9.5, leading=14)
    p.box(r0, bt, r1, tip_bottom + 8, fill=None, stroke=0.6, dash=True)
    p.absent("防暑小贴士", "迅速将患者移至阴凉通风处")
    band3 = max(xian_bottom, tip_bottom + 8) + 8
    p.hrule(page_x0, page_x1, band3, 1.2)

    # band 4, cols 1-5: story with a byline under the head and a photo in cols 4-5
    t = p.head(["延安50名劳模工匠走进职业院校"], page_x0, page_x1, band3 + 14, 24, SONG, mode=2)
    p.text(page_x0, t + 10, "本报记者 白雪", 10, HEI, align="center", x1=page_x1)
    t += 22
    p.photo(r0, t, r1, t + 150, shade=0.7)
    p.flow([("n", "全国劳动模范高建军（左二）为职业院校学生讲解抽油机故障排查方法。"), ("r", "本报记者 白雪 摄")],
           [Frame(r0, r1, t + 154, t + 190)], size=8.5, leading=12, font=HEI)
    p.absent("为职业院校学生讲解抽油机故障排查方法", "本报记者 白雪 摄")
    yanan = [
        "6月5日，延安市总工会“劳模工匠进校园”活动在延安职业技术学院启动。首批50名劳模工匠走上讲台，与1200余名在校学生"
        "面对面交流，讲述自己扎根岗位、钻研技术的成长经历。",
        "全国劳动模范、延长石油采油工高建军现场演示了抽油机故障排查方法。“技术没有捷径，就是一遍一遍地练。”他的话赢得"
        "阵阵掌声。活动中，市总工会还与学院签订协议，在学院设立3个劳模工匠工作室分室，由劳模工匠定期到校授课、指导学生实训。",
        "据介绍，今年下半年，活动将覆盖全市8所职业院校，预计开展宣讲、实训指导等活动60场次。",
    ]
    yanan_bottom = p.balanced(yanan, [Frame(*p.span(i), t, 1300) for i in (1, 2, 3)])
    p.article("延安50名劳模工匠走进职业院校", "6月5日，延安市总工会", "预计开展宣讲、实训指导等活动60场次。", yanan,
              lead="本报记者 白雪")
    band4 = max(yanan_bottom, t + 190) + 8
    p.hrule(page_x0, page_x1, band4, 1.2)

    # bottom strip: a public-service ad across the page
    at = band4 + 10
    p.box(page_x0, at, page_x1, 1380, fill=0.2, stroke=0)
    p.head(["关爱劳动者  共建幸福家园"], page_x0, page_x1, at + (1380 - at) / 2 - 22, 34, HEI, gray=1.0)
    p.text(page_x0, 1368, "陕西省总工会  宣", 11, HEI, align="right", x1=page_x1 - 10, gray=1.0)
    p.absent("关爱劳动者", "陕西省总工会  宣")

    p.hrule(page_x0, page_x1, p.height - 44, 0.6)
    p.text(p.margin, p.height - 30, "本版投稿邮箱：sxgrbzh@163.com   新闻热线：029-87345621", 8.5, HEI)
    p.text(p.margin, p.height - 30, "2", 10, HEI, align="right", x1=p.width - p.margin)
    p.absent("本版投稿邮箱", "029-87345621")
    return p.save()


# =============================================================================================
# Page 2: 南国早报, A06 南宁·民生, A3 metro page, 4 columns
# =============================================================================================

def page_2() -> dict:
    p = Page("b3p2_metro_morning_paper_A06_banner.pdf", 842.0, 1191.0,
             "南国早报 A06 南宁·民生, A3 metro page, 4 columns. Header: page number A06 in a reversed box, section "
             "name, date and editor line. A banner story: kicker, large two-part head, subtitle, a photo across the "
             "page with caption and a 扫码看视频 mark; the byline (文/图) opens the text; body in cols 1-3 with two "
             "■ intertitles; a boxed 记者手记 with its own head in col 4. Below a rule: a story with a two-part head "
             "and a byline line (cols 1-3) beside a boxed table of 部分领取网点 (col 4). A bank ad strip, then a "
             "footer with the news hotline.",
             margin=36, cols=4, gutter=12, body_size=10.5, body_leading=16)
    x0, x1 = p.margin, p.width - p.margin
    p.box(x0, 16, x0 + 64, 44, fill=0.1, stroke=0)
    p.text(x0 + 8, 38, "A06", 20, HEI, gray=1.0)
    p.text(x0 + 74, 38, "南宁·民生", 18, HEI)
    p.text(x0, 30, "2026年7月15日  星期三", 9, HEI, align="right", x1=x1)
    p.text(x0, 43, "编辑：梁晓  美编：覃海  校对：黄莉", 8.5, HEI, align="right", x1=x1)
    p.hrule(x0, x1, 50, 2.0)
    p.absent("南宁·民生", "2026年7月15日", "编辑：梁晓")

    t = p.head(["可充电、能喝水、有空调"], x0, x1, 62, 15, HEI)
    t = p.head(["外卖小哥有了“歇脚点”"], x0, x1, t + 4, 44, HEI)
    t = p.head(["南宁首批30个骑手暖心驿站投用，年内将增至100个"], x0, x1, t + 4, 15, SONG)
    t += 10
    p.photo(x0, t, x1, t + 250, shade=0.5)
    cap_t = t + 262
    p.text(x0, cap_t, "7月14日，外卖骑手在青秀区一处骑手暖心驿站内休息、给手机充电。", 9, HEI)
    p.box(x1 - 70, cap_t - 10, x1 - 44, cap_t + 16, fill=0.1, stroke=0)
    p.text(x1 - 40, cap_t + 4, "扫码看视频", 8, HEI)
    p.absent("外卖骑手在青秀区一处骑手暖心驿站内休息", "扫码看视频")
    t = cap_t + 22
    main = [
        ("l", "□南国早报记者 韦丽 通讯员 陆明 文/图"),
        "7月14日中午，气温达到36℃。在青秀区金湖路一家便利店旁的骑手暖心驿站里，外卖骑手黄师傅刚送完一单，推门进来接了"
        "一杯凉白开，顺手把手机放进了充电柜。“外面太晒了，进来吹几分钟空调，缓一缓再接着跑。”",
        ("h", "■能歇脚 能充电 能热饭"),
        "记者在现场看到，这个约20平方米的驿站内配备了空调、饮水机、微波炉、充电柜和急救药箱，墙上还贴着附近商圈的交通"
        "示意图。驿站24小时开放，骑手扫码即可进入。",
        "“以前中午没地方去，只能在树荫下或者电动车上眯一会儿。”骑手小覃说，现在他每天都会来驿站两三趟，“手机没电了来充"
        "一充，饭凉了来热一热，方便多了。”",
        "据南宁市总工会介绍，首批30个骑手暖心驿站由市总工会联合美团、饿了么等平台以及沿街商户共同建设，主要分布在青秀区、"
        "兴宁区、西乡塘区等订单密集区域。市总工会为每个驿站补助建设资金2万元，并每年补贴运营费用。",
        ("h", "■年内增至100个"),
        "“我们在选址前做了问卷调查，骑手们最希望的就是有地方充电、喝水、上厕所。”市总工会权益保障部负责人说，今年年底前，"
        "全市骑手暖心驿站将增至100个，同时推动驿站与工会服务站点共享，为骑手提供法律咨询、入会登记等服务。",
        "记者注意到，部分驿站还设置了“爱心冰柜”，由周边商户免费提供矿泉水和冰镇饮料。驿站墙上张贴着防暑降温提示和工会"
        "维权服务热线，骑手遇到劳动纠纷，可以就近求助。",
        "目前，南宁市已有外卖、快递等新就业形态劳动者约6.8万人，其中2.1万人已加入工会。",
    ]
    main_bottom = p.balanced(main, [Frame(*p.span(i), t, 900) for i in (1, 2, 3)])
    p.article("外卖小哥有了“歇脚点”", "7月14日中午，气温达到36℃。", "其中2.1万人已加入工会。", main,
              kicker="可充电、能喝水、有空调", subtitle="南宁首批30个骑手暖心驿站投用，年内将增至100个",
              lead="□南国早报记者 韦丽 通讯员 陆明 文/图")

    c0, c1 = p.span(4)
    lt = p.label("记者手记", c0 + 6, t + 6, 10.5)
    p.absent("记者手记")
    ht = p.head(["驿站建起来，", "更要用起来"], c0 + 6, c1 - 6, lt + 8, 17, HEI, align="left")
    note = [
        "驿站建得好不好，骑手说了算。一些地方的驿站挂了牌，却常年锁门；有的设在写字楼里，骑手进不去、找不到。",
        "南宁此次把驿站建在订单密集的街边，24小时扫码开门，是个好思路。驿站的生命力在于使用，希望相关部门定期回访，"
        "听听骑手的意见，让驿站真正成为他们的“第二个家”。",
    ]
    nb = p.balanced(note, [Frame(c0 + 6, c1 - 6, ht + 6, 900)], size=9.5, leading=14.5)
    p.box(c0, t, c1, nb + 6, fill=None, stroke=0.8)
    p.article("驿站建起来，更要用起来", "驿站建得好不好", "成为他们的“第二个家”。", note)
    band = max(main_bottom, nb + 6) + 10
    p.hrule(x0, x1, band, 1.0)

    t = p.head(["这40个网点 环卫工人可免费领凉茶"], x0, p.span(3)[1], band + 12, 26, HEI, align="left")
    tea = [
        ("l", "□记者 黄剑"),
        "记者7月14日从南宁市总工会获悉，即日起至9月30日，全市40个工会户外劳动者服务站和合作药店为环卫工人、交通协管员等"
        "户外劳动者免费提供凉茶、绿豆汤，每天上午9时至下午5时供应。",
        "户外劳动者凭工作证或穿工作服即可领取。市总工会还准备了5000份防暑药品包，将陆续送到各城区环卫站。",
        "据悉，这是南宁市总工会连续第8年开展“送凉茶”活动。今年，各城区工会还将组织医务志愿者到环卫站点开展义诊，为户外"
        "劳动者测量血压、讲解中暑急救知识。",
    ]
    tea_bottom = p.balanced(tea, [Frame(*p.span(i), t + 8, 1100) for i in (1, 2, 3)])
    p.article("这40个网点 环卫工人可免费领凉茶", "记者7月14日从南宁市总工会获悉", "讲解中暑急救知识。", tea,
              lead="□记者 黄剑")
    tt = band + 12
    p.box(c0, tt, c1, tt + 22, fill=0.85, stroke=0.6)
    p.text(c0, tt + 16, "部分领取网点", 11, HEI, align="center", x1=c1)
    rows = [("青秀区", "民族大道工会服务站"), ("兴宁区", "朝阳路工会服务站"), ("西乡塘区", "大学路爱心药店"),
            ("江南区", "星光大道环卫驿站"), ("良庆区", "五象大道工会服务站")]
    rt = tt + 22
    for district, place in rows:
        p.box(c0, rt, c1, rt + 20, stroke=0.4)
        p.text(c0 + 4, rt + 14, district, 8.5, HEI)
        p.text(c0 + 52, rt + 14, place, 8.5, SONG)
        rt += 20
    p.absent("部分领取网点", "民族大道工会服务站", "星光大道环卫驿站")
    band2 = max(tea_bottom, rt) + 10
    p.hrule(x0, x1, band2, 1.0)

    p.box(x0, band2 + 8, x1, 1140, fill=0.3, stroke=0)
    p.text(x0 + 20, band2 + 50, "北部湾银行", 24, HEI, gray=1.0)
    p.text(x0 + 180, band2 + 50, "工会会员服务卡", 24, HEI, gray=1.0)
    p.text(x0 + 20, band2 + 78, "刷卡享专属优惠  办卡热线：96288", 12, HEI, gray=1.0)
    p.absent("工会会员服务卡", "办卡热线：96288")
    p.hrule(x0, x1, 1152, 0.6)
    p.text(x0, 1168, "新闻热线：0771-5690000   南国早报客户端  南国早报网", 8.5, HEI)
    p.text(x0, 1168, "A06", 10, HEI, align="right", x1=x1)
    p.absent("新闻热线：0771-5690000")
    return p.save()


# =============================================================================================
# Page 3: 石狮日报, 第3版 综合, 4开 tabloid, 4 columns, vertical head
# =============================================================================================

def page_3() -> dict:
    p = Page("b3p3_county_city_daily_tabloid_vertical_head.pdf", 765.0, 1105.0,
             "石狮日报 p.3 综合, 4开 tabloid, 4 columns, 10 pt body. Header: paper, date, section, page. Lead over "
             "cols 1-3 with kicker; col 4: a story with a VERTICAL head set in a strip at the column's right edge "
             "and its signature at the end. Middle band: a boxed 工会简讯 (cols 1-2) of three briefs whose heads "
             "start with ■; a photo news item (cols 3-4): short head over a photo, the text under it, the "
             "photographer's credit. Bottom band: a story with a subtitle across 4 columns. Footer: editor line.",
             margin=34, cols=4, gutter=11, body_size=10.5, body_leading=16)
    x0, x1 = p.margin, p.width - p.margin
    p.text(x0, 30, "石狮日报", 18, HEI, mode=2)
    p.text(x0 + 90, 30, "2026年4月28日  星期二", 9, HEI)
    p.text(x0, 30, "综合", 14, HEI, align="center", x1=x1)
    p.text(x0, 30, "第3版", 12, HEI, align="right", x1=x1)
    p.hrule(x0, x1, 38, 1.4)
    p.absent("2026年4月28日", "第3版")
    top = 52

    l0, l1 = p.span(1, 3)
    t = p.head(["喜迎“五一”国际劳动节"], l0, l1, top, 14, HEI)
    t = p.head(["我市表彰50名劳动模范和先进工作者"], l0, l1, t + 2, 27, SONG, mode=2)
    lead = [
        ("b", "本报讯（记者 蔡雅婷 通讯员 施志强）", "4月27日上午，石狮市庆祝“五一”国际劳动节暨劳动模范和先进工作者"
         "表彰大会召开。会议表彰了2026年度石狮市劳动模范38名、先进工作者12名，并为受表彰人员颁发荣誉证书和奖金。"),
        "受表彰人员来自纺织服装、鞋业、食品、港口物流等行业以及教育、卫生、社区等领域，其中一线职工和专业技术人员占比超过"
        "七成。大会号召全市广大职工以劳模为榜样，立足岗位、争创一流。",
        "会上，10名来自生产一线的技术能手被授予“石狮工匠”称号。劳模代表、石狮市大帝服饰有限公司制版师陈秀琴在发言中说："
        "“劳模的荣誉属于每一个在流水线上默默付出的工友。”",
        "会后，石狮市总工会组织受表彰代表开展为期3天的疗休养活动，并为每人安排一次健康体检。据了解，市总工会今年将投入"
        "专项资金120万元，用于劳模慰问、疗休养和困难劳模帮扶。",
    ]
    lead_bottom = p.balanced(lead, [Frame(*p.span(i), t + 10, 600) for i in (1, 2, 3)])
    p.article("我市表彰50名劳动模范和先进工作者", "4月27日上午，石狮市庆祝", "用于劳模慰问、疗休养和困难劳模帮扶。", lead,
              kicker="喜迎“五一”国际劳动节", lead="本报讯（记者 蔡雅婷 通讯员 施志强）")

    c0, c1 = p.span(4)

    strip = 34
    p.vhead("夜校开进服装厂", c1 - strip / 2, top + 4, 24)
    p.vrule(c1 - strip - 3, top + 4, top + 200, 0.4)
    night = [
        "晚上7点，位于宝盛工业区的一家服装企业的职工活动室里座无虚席。由市总工会开办的“职工夜校”在这里开课，30多名"
        "缝纫工、裁剪工正在学习短视频拍摄和直播带货技巧。",
        "“白天做衣服，晚上学本事。”来自四川的缝纫工张小燕说，她想学会直播，将来帮厂里卖货。",
        "今年以来，石狮市总工会把“职工夜校”开进企业，开设电商直播、服装制版、普通话、急救技能等12门课程，课程全部"
        "免费，已有1600余人次参加学习。",
        ("r", "（记者 吴嘉敏 通讯员 洪丽丽）"),
    ]
    _, night_bottom = p.flow(night, [Frame(c0, c1 - strip - 8, top + 4, lead_bottom + 120)], size=9.5, leading=14)
    p.article("夜校开进服装厂", "晚上7点，位于宝盛工业区", "已有1600余人次参加学习。", night,
              sign="（记者 吴嘉敏 通讯员 洪丽丽）")
    band = max(lead_bottom, night_bottom) + 10
    p.vrule(c0 - 6, top, band - 4)

    # 工会简讯 box, cols 1-2
    b0, b1 = p.span(1, 2)
    bt = max(lead_bottom + 20, band + 4)
    p.hrule(x0, x1, bt - 6, 1.0)
    p.head(["工会简讯"], b0, b1, bt + 6, 15, HEI, cs=6)
    p.absent("工会简讯")
    t = bt + 30
    briefs = [
        ("■蚶江镇工会为渔民送去安全“大礼包”", "蚶江镇工会为渔民送去安全“大礼包”",
         "4月24日，蚶江镇工会走访辖区渔业企业，为120名渔船船员送去救生衣、急救包和防晒用品，并开展海上安全生产宣讲。",
         "（林燕）"),
        ("■市总工会法律服务进工业区", "市总工会法律服务进工业区",
         "近日，市总工会法律援助律师团走进宝盈工业区，为300余名职工提供劳动合同、工资支付等方面的法律咨询，现场受理"
         "咨询48件。", "（许婷婷）"),
        ("■祥芝镇举行单身青年职工联谊会", "祥芝镇举行单身青年职工联谊会",
         "4月26日，祥芝镇工会联合团委举办“遇见·祥芝”单身青年职工联谊会，来自镇内18家企业的60名青年职工参加活动。",
         "（蔡明杰）"),
    ]
    for printed, title, text, sign in briefs:
        t = p.head([printed], b0 + 10, b1 - 10, t, 12, HEI, align="left")
        paras = [text + sign]
        _, t = p.flow(paras, [Frame(b0 + 10, b1 - 10, t + 2, 1000)], size=9.5, leading=14)
        p.article(title, text[:8], text[-10:], paras, sign=sign)
        t += 6
    p.box(b0, bt, b1, t + 4, stroke=0.8)
    box_bottom = t + 4

    # photo news, cols 3-4
    f0, f1 = p.span(3, 4)
    t = p.head(["技能比武展风采"], f0, f1, bt + 4, 18, HEI)
    p.photo(f0, t + 4, f1, t + 184, shade=0.58)
    photo_news = ["4月25日，石狮市第十二届职工职业技能竞赛服装制版项目决赛举行，来自全市27家服装企业的54名选手同台竞技。"
                  "图为选手在比赛中。", ("r", "林振华 摄")]
    _, pn_bottom = p.flow(photo_news, [Frame(f0, f1, t + 190, 1000)], size=9.5, leading=14)
    p.article("技能比武展风采", "4月25日，石狮市第十二届", "图为选手在比赛中。", photo_news, sign="林振华 摄")
    p.vrule(f0 - 6, bt, max(box_bottom, pn_bottom))
    band2 = max(box_bottom, pn_bottom) + 10
    p.hrule(x0, x1, band2, 1.0)

    t = p.head(["我市启动2026年职工医疗互助保障活动"], x0, x1, band2 + 12, 24, SONG, mode=2)
    t = p.head(["在职职工每人每年缴费60元，住院最高可获补助5万元"], x0, x1, t + 2, 13, HEI)
    mutual = [
        ("b", "本报讯（记者 王丽芬）", "记者从市总工会获悉，2026年度石狮市职工医疗互助保障活动日前启动，全市已建立工会"
         "组织的企事业单位均可为职工集体参保。"),
        "今年的互助保障分为住院医疗互助和特殊重病互助两项，在职职工每人每年缴费60元。职工患病住院的，在医保报销后，个人"
        "自付部分可按比例获得补助，全年最高补助5万元；患特殊重病的，可一次性获得1万元补助。",
        "市总工会有关负责人表示，职工医疗互助保障是工会为职工办实事的重要载体，今年将重点推动非公企业和新就业形态劳动者"
        "参保，扩大互助保障覆盖面。",
        "市总工会提醒，各基层工会应于5月31日前完成参保登记。去年，全市共有4.2万名职工参加互助保障，1860人次获得补助，"
        "补助金额达486万元。",
    ]
    mutual_bottom = p.balanced(mutual, [Frame(*p.span(i), t + 8, 1060) for i in (1, 2, 3, 4)])
    p.article("我市启动2026年职工医疗互助保障活动", "记者从市总工会获悉", "补助金额达486万元。", mutual,
              subtitle="在职职工每人每年缴费60元，住院最高可获补助5万元", lead="本报讯（记者 王丽芬）")

    if mutual_bottom < 990:
        p.hrule(x0, x1, mutual_bottom + 10, 1.0)
        p.box(x0, mutual_bottom + 18, x1, 1062, fill=0.3, stroke=0)
        mid_t = (mutual_bottom + 18 + 1062) / 2
        p.text(x0, mid_t, "石狮农商银行  劳动者港湾", 22, HEI, align="center", x1=x1, gray=1.0)
        p.text(x0, mid_t + 22, "全市42个网点为户外劳动者提供饮水、休息、充电服务", 11, HEI, align="center", x1=x1, gray=1.0)
        p.absent("石狮农商银行", "为户外劳动者提供饮水、休息、充电服务")
    p.hrule(x0, x1, 1072, 0.6)
    p.text(x0, 1088, "本版责编：陈丽华   美编：王晓峰   校对：蔡  静", 8.5, HEI)
    p.text(x0, 1088, "石狮日报社出版  新闻热线：0595-88886110", 8.5, HEI, align="right", x1=x1)
    p.absent("本版责编：陈丽华", "新闻热线：0595-88886110")
    return p.save()


# =============================================================================================
# Page 4: 人民铁道, 第3版 职工之家, broadsheet, 6 columns
# =============================================================================================

def page_4() -> dict:
    p = Page("b3p4_railway_industry_paper_6col.pdf", 1017.0, 1433.0,
             "人民铁道 p.3 职工之家, broadsheet, 6 columns, 9.5 pt body. Header: paper, date, section, page. Band 1: "
             "lead over cols 1-4 with kicker, subtitle (——记…见闻) and a byline line under it; two numbered photos "
             "with captions stacked in cols 3-4; body with two intertitles. Cols 5-6: a shaded 数说暑运 data box, "
             "then a story with a two-line head and its signature at the end. Band 2: a shaded 劳模风采 box (cols "
             "1-3) holding a profile with byline and portrait; cols 4-6: a story opening with a 电头 (本报兰州…电). "
             "Band 3: a story under a large photo with its signature (cols 1-4); a public-service box (cols 5-6). "
             "Footer: editor, phone and e-mail line.",
             margin=44, cols=6, gutter=12, body_size=10, body_leading=15.5)
    x0, x1 = p.margin, p.width - p.margin
    p.text(x0, 32, "人民铁道", 22, HEI, mode=2)
    p.text(x0 + 110, 32, "2026年8月5日  星期三", 10, HEI)
    p.text(x0, 32, "职工之家", 16, HEI, align="center", x1=x1)
    p.box(x1 - 30, 12, x1, 38, fill=0.1, stroke=0)
    p.text(x1 - 30, 32, "3", 18, HEI, align="center", x1=x1, gray=1.0)
    p.hrule(x0, x1, 44, 2.0)
    p.absent("2026年8月5日", "职工之家")
    top = 58

    l0, l1 = p.span(1, 4)
    t = p.head(["保安全 保畅通 保温度"], l0, l1, top, 16, HEI, cs=2)
    t = p.head(["暑运一线的“清凉补给”"], l0, l1, t + 4, 36, SONG, mode=2)
    t = p.head(["——郑州局集团公司工会送清凉慰问一线职工见闻"], l0, l1, t + 2, 15, HEI)
    p.text(l0, t + 14, "本报记者 孟庆 通讯员 董亚鹏", 10, HEI, align="center", x1=l1)
    t += 28
    f0, f1 = p.span(3, 4)
    p.photo(f0, t, f1, t + 150, shade=0.55)
    _, c1b = p.flow([("n", "①郑州北站编组场，工会干部为调车人员送上西瓜。")], [Frame(f0, f1, t + 154, t + 190)],
                    size=8.5, leading=12, font=HEI)
    p.photo(f0, c1b + 6, f1, c1b + 156, shade=0.68)
    _, c2b = p.flow([("n", "②郑州东站，工会志愿者为客运值班员送去防暑药品。"), ("r", "董亚鹏 摄")],
                    [Frame(f0, f1, c1b + 160, c1b + 200)], size=8.5, leading=12, font=HEI)
    p.absent("工会干部为调车人员送上西瓜", "工会志愿者为客运值班员送去防暑药品", "董亚鹏 摄")
    summer = [
        "8月3日下午，地面温度超过50℃。郑州北站编组场的股道间，调车长王磊和同事们正在进行连挂作业。“歇一歇，喝口绿豆汤！”"
        "郑州局集团公司工会的慰问车刚停稳，工会干部便抬着两大桶绿豆汤走向作业现场。",
        ("h", "编组场里送“及时雨”"),
        "郑州北站是亚洲最大的编组站之一，每天办理车辆3万余辆，调车、列检等岗位职工大多在露天作业。今年暑运以来，站段工会"
        "在各作业区设置了12个临时饮水点，每天供应绿豆汤、凉茶，并为一线职工配备了冰袖、防晒帽和降温冰贴。",
        ("h", "“移动小家”开到工地"),
        "在新建的郑州南站至登封城际铁路施工现场，集团公司工会把“移动职工小家”开到了工地。这辆改装后的大巴车里配有空调、"
        "沙发、冰箱和书柜，施工人员可以在车内午休、看书。“中午能躺下眯一会儿，下午干活就有劲儿了。”线路工张建伟说。",
        "据统计，暑运期间郑州局集团公司各级工会共投入送清凉资金860万元，慰问一线职工4.6万人次。集团公司工会还组织医疗"
        "小分队深入沿线小站，为职工开展健康检查，对患有高血压、心脏病等疾病的职工调整工作岗位。",
    ]
    lead_bottom = p.balanced(summer, [Frame(*p.span(1), t, 900), Frame(*p.span(2), t, 900),
                                      Frame(*p.span(3), c2b + 8, 900), Frame(*p.span(4), c2b + 8, 900)])
    p.article("暑运一线的“清凉补给”", "8月3日下午，地面温度超过50℃。", "对患有高血压、心脏病等疾病的职工调整工作岗位。",
              summer, kicker="保安全 保畅通 保温度", subtitle="——郑州局集团公司工会送清凉慰问一线职工见闻",
              lead="本报记者 孟庆 通讯员 董亚鹏")

    r0, r1 = p.span(5, 6)
    p.vrule(r0 - 6, top, lead_bottom)
    p.box(r0, top, r1, top + 190, fill=0.88, stroke=0)
    p.head(["数说暑运"], r0, r1, top + 8, 16, HEI, cs=4)
    items = [("4.6万人次", "一线职工受到慰问"), ("860万元", "投入送清凉资金"), ("12个", "编组场临时饮水点")]
    it = top + 40
    for number, what in items:
        p.text(r0 + 14, it + 22, number, 22, HEI)
        p.text(r0 + 14, it + 40, what, 9.5, HEI)
        it += 48
    p.absent("数说暑运", "一线职工受到慰问", "编组场临时饮水点")
    t = p.head(["广铁集团开通", "职工心理援助热线"], r0, r1, top + 206, 20, HEI)
    heart = [
        "为帮助一线职工缓解工作压力，近日，广铁集团工会开通24小时职工心理援助热线，由12名持证心理咨询师轮流值守，为职工"
        "及其家属提供情绪疏导、婚恋家庭、子女教育等方面的咨询服务。",
        "据了解，广铁集团工会此前已在各站段建成“职工心灵驿站”56个。热线开通后，职工遇到心理困扰，既可以拨打电话，也可以"
        "通过手机客户端预约面对面咨询。集团公司工会还将每季度组织一次心理健康讲座，培养站段心理辅导员200名。",
        ("r", "（李珊 陈一鸣）"),
    ]
    heart_bottom = p.balanced(heart, [Frame(*p.span(5), t + 8, 900), Frame(*p.span(6), t + 8, 900)])
    p.article("广铁集团开通职工心理援助热线", "为帮助一线职工缓解工作压力", "培养站段心理辅导员200名。", heart,
              sign="（李珊 陈一鸣）")
    band = max(lead_bottom, heart_bottom) + 10
    p.hrule(x0, x1, band, 1.2)

    m0, m1 = p.span(1, 3)
    bt = band + 10
    lt = p.label("劳模风采", m0 + 10, bt + 10, 12)
    p.absent("劳模风采")
    t = p.head(["“钢轨医生”周志勇"], m0 + 10, m1 - 10, lt + 6, 26, SONG, mode=2)
    p.text(m0, t + 12, "本报通讯员 贾晓燕", 10, HEI, align="center", x1=m1)
    t += 26
    q0, q1 = p.span(3)
    p.photo(q0, t, q1 - 10, t + 150, shade=0.6)
    _, capb = p.flow([("n", "周志勇（右）在检查钢轨伤损情况。")], [Frame(q0, q1 - 10, t + 154, t + 190)],
                     size=8.5, leading=12, font=HEI)
    p.absent("周志勇（右）在检查钢轨伤损情况")
    rail = [
        "凌晨2点，京广高铁许昌东站至郑州东站区间，一束束头灯的光在钢轨上移动。全国劳动模范、郑州工务段探伤工长周志勇推着"
        "探伤仪，一寸一寸地“听”着钢轨的声音。",
        "参加工作28年来，周志勇徒步检查钢轨超过6万公里，发现钢轨重伤480余处。他总结的“看、听、比、测”四字探伤法，在全局"
        "推广。2023年，以他的名字命名的劳模创新工作室成立，团队先后完成技术革新35项，其中3项获得国家专利。",
        "探伤工作大多在夜间“天窗”时间进行。寒冬腊月，钢轨冰冷刺骨，周志勇和工友们一干就是四五个小时。为了提高夜间作业"
        "效率，他带领工作室成员研制出“钢轨探伤数据智能分析系统”，把人工判读时间缩短了一半。",
        "2024年，郑州工务段工会以周志勇劳模创新工作室为依托，开办“探伤技能提升班”，每月组织一次实作培训，全段160余名"
        "探伤工轮流参训。",
        "“钢轨上的伤，一处都不能放过。”这是周志勇常挂在嘴边的话。如今，他带出的32名徒弟中，已有9人成为工长，2人获评"
        "“火车头奖章”。",
    ]
    (a0, a1), (b0, b1) = p.span(1), p.span(2)
    rail_bottom = p.balanced(rail, [Frame(a0 + 10, a1, t, 1390), Frame(b0, b1, t, 1390),
                                    Frame(q0, q1 - 10, capb + 6, 1390)])
    rail_bottom = max(rail_bottom, capb)
    p.box(m0, bt, m1, rail_bottom + 10, fill=None, stroke=1.0)
    p.article("“钢轨医生”周志勇", "凌晨2点，京广高铁", "2人获评“火车头奖章”。", rail, lead="本报通讯员 贾晓燕")

    n0, n1 = p.span(4, 6)
    t = p.head(["兰州局集团公司举办", "青年职工技能大赛"], n0, n1, bt + 6, 24, HEI)
    contest = [
        ("b", "本报兰州8月4日电（记者 马晓东）", "8月1日至3日，兰州局集团公司第九届青年职工职业技能大赛在兰州职工培训基地"
         "举行。来自43个站段的286名青年职工参加接触网、信号、动车组机械师等11个工种的比赛。"),
        "比赛期间，集团公司工会组织医疗服务队和后勤保障组进驻赛场，为参赛选手提供饮食、医疗等服务，并在赛场设立“职工"
        "书屋”流动点和心理减压室。",
        "本届大赛首次引入实作与仿真相结合的考核方式，赛题紧扣现场作业标准。经过激烈角逐，33名选手获得一等奖，集团公司"
        "工会将按规定为获奖选手晋升技能等级，并授予“兰铁青年技术能手”称号。",
    ]
    contest_bottom = p.balanced(contest, [Frame(*p.span(i), t + 10, 1390) for i in (4, 5, 6)])
    p.article("兰州局集团公司举办青年职工技能大赛", "8月1日至3日，兰州局集团公司", "并授予“兰铁青年技术能手”称号。",
              contest, lead="本报兰州8月4日电（记者 马晓东）")

    band2 = max(rail_bottom + 10, contest_bottom) + 10
    p.vrule(n0 - 6, band + 6, band2 - 4)
    p.hrule(x0, x1, band2, 1.2)
    # band 3: a story under a large photo (cols 1-4), a public-service box (cols 5-6)
    s0, s1 = p.span(1, 4)
    t = p.head(["铁路职工书画摄影展在南宁开展"], s0, s1, band2 + 12, 24, SONG, mode=2)
    p.photo(s0, t + 8, s1, t + 238, shade=0.64)
    _, capb = p.flow([("n", "参观者在欣赏职工摄影作品。"), ("r", "韦婷 摄")], [Frame(s0, s1, t + 242, t + 270)],
                     size=8.5, leading=12, font=HEI)
    p.absent("参观者在欣赏职工摄影作品", "韦婷 摄")
    show = [
        "8月1日，南宁局集团公司“奋进新时代 铁路职工心向党”职工书画摄影展在南宁站职工文化活动中心开展。展览共展出书法、"
        "绘画、摄影作品216件，作品均由一线职工创作。",
        "展出的摄影作品中，既有大山深处巡道工的身影，也有高铁站台上客运员的笑脸；书画作品则以铁路建设和职工生活为主题。"
        "展览将持续至8月31日，并将在集团公司所属各站段巡回展出。",
        ("r", "（黄振宇 韦婷）"),
    ]
    p.balanced(show, [Frame(*p.span(i), capb + 8, 1390) for i in (1, 2, 3, 4)])
    p.article("铁路职工书画摄影展在南宁开展", "8月1日，南宁局集团公司", "并将在集团公司所属各站段巡回展出。", show,
              sign="（黄振宇 韦婷）")
    a0, a1 = p.span(5, 6)
    p.box(a0, band2 + 12, a1, 1390, fill=0.3, stroke=0)
    p.head(["铁路安全", "人人有责"], a0, a1, band2 + 120, 30, HEI, gray=1.0, gap=1.5)
    p.head(["爱路护路 从我做起", "中国铁路郑州局集团有限公司  宣"], a0, a1, 1300, 11, HEI, gray=1.0, gap=1.6)
    p.absent("铁路安全", "爱路护路")
    p.hrule(x0, x1, 1400, 0.6)
    p.text(x0, 1416, "本版编辑：宋  颖   电话：（010）51891234   电子信箱：zgzj@rmtd.com.cn", 8.5, HEI)
    p.absent("本版编辑：宋", "51891234", "zgzj@rmtd.com.cn")
    return p.save()


# =============================================================================================
# Page 5: 鞍钢日报, 第3版 工会·职工, A3 enterprise daily, 4 columns
# =============================================================================================

def page_5() -> dict:
    p = Page("b3p5_enterprise_daily_A3_notice_box.pdf", 842.0, 1191.0,
             "鞍钢日报 p.3 工会·职工, A3 enterprise daily, 4 columns. Header: paper with its English name, date, "
             "section, page, editor line. Band 1: lead over cols 1-4 with kicker, photo and caption in cols 3-4, "
             "signature at the end. Band 2: a story with its signature (cols 1-2); a 职工风采 label over a profile "
             "with an author line and a portrait (cols 3-4). Band 3: a short story with signature (cols 1-2); a "
             "boxed 通知 (a union notice with its sender and date, cols 3-4). A slogan strip, then the footer.",
             margin=36, cols=4, gutter=12, body_size=10.5, body_leading=16)
    x0, x1 = p.margin, p.width - p.margin
    p.text(x0, 34, "鞍钢日报", 24, SONG, mode=2)
    p.text(x0 + 104, 34, "ANGANG DAILY", 9, HEI)
    p.text(x0, 30, "工会·职工", 16, HEI, align="center", x1=x1)
    p.text(x0, 24, "2026年9月18日  星期五   第3版", 9, HEI, align="right", x1=x1)
    p.text(x0, 38, "责任编辑：王  璐   版式设计：李  晶", 8.5, HEI, align="right", x1=x1)
    p.hrule(x0, x1, 46, 1.5)
    p.absent("ANGANG DAILY", "工会·职工", "2026年9月18日", "责任编辑：王")
    top = 58

    t = p.head(["以赛促学 以赛育才"], x0, x1, top, 15, HEI)
    t = p.head(["鞍钢集团第二十届职工技能大赛开赛"], x0, x1, t + 4, 30, HEI)
    t += 10
    f0, f1 = p.span(3, 4)
    p.photo(f0, t, f1, t + 250, shade=0.5)
    _, capb = p.flow([("n", "选手在焊接比赛中。"), ("r", "孙立新 摄")], [Frame(f0, f1, t + 254, t + 290)],
                     size=8.5, leading=12, font=HEI)
    p.absent("选手在焊接比赛中", "孙立新 摄")
    contest = [
        "9月15日，鞍钢集团第二十届职工技能大赛在鞍钢技术中心开赛。本届大赛由鞍钢集团工会、人力资源部联合主办，设置焊工、"
        "电工、钳工、天车工、数控车工等16个竞赛项目，来自集团各子企业的1126名选手报名参赛，比赛将持续至10月下旬。",
        "与往届相比，本届大赛新增了工业机器人运维、智能制造控制等数字化项目，并首次允许劳务派遣职工报名。比赛分为理论考试"
        "和实际操作两部分，成绩合格的选手可按规定申报相应职业技能等级。",
        "鞍钢集团工会相关负责人介绍，各项目前3名选手将获得奖金，其中第一名奖励2万元；获得第一名且符合条件的选手，将被推荐"
        "申报“鞍钢工匠”和省级技术能手。近年来，鞍钢集团工会连续举办职工技能大赛，累计培养高技能人才1.8万人。",
        ("r", "（杨帆 孙立新）"),
    ]
    lead_bottom = p.balanced(contest, [Frame(*p.span(1), t, 700), Frame(*p.span(2), t, 700),
                                       Frame(*p.span(3), capb + 6, 700), Frame(*p.span(4), capb + 6, 700)])
    p.article("鞍钢集团第二十届职工技能大赛开赛", "9月15日，鞍钢集团第二十届", "累计培养高技能人才1.8万人。", contest,
              kicker="以赛促学 以赛育才", sign="（杨帆 孙立新）")
    band = max(lead_bottom, capb) + 10
    p.hrule(x0, x1, band, 1.2)

    a0, a1 = p.span(1, 2)
    t = p.head(["弓长岭矿业公司", "为困难职工子女送去助学金"], a0, a1, band + 12, 20, HEI)
    aid = [
        "9月12日，弓长岭矿业公司工会召开“金秋助学”资金发放会，为23名考入大学的困难职工子女发放助学金9.2万元。",
        "今年受助的学生中，有15人考入本科院校，8人考入高职院校。矿业公司工会还为每名受助学生准备了一份包括行李箱、台灯"
        "在内的“入学礼包”。",
        "今年，矿业公司工会通过走访摸底，建立了困难职工子女助学档案，确保资助对象精准。发放会上，受助学生代表表示，"
        "将勤奋学习，学成后回报企业和社会。",
        ("r", "（张宏伟）"),
    ]
    aid_bottom = p.balanced(aid, [Frame(*p.span(1), t + 8, 1000), Frame(*p.span(2), t + 8, 1000)])
    p.article("弓长岭矿业公司为困难职工子女送去助学金", "9月12日，弓长岭矿业公司工会", "学成后回报企业和社会。", aid,
              sign="（张宏伟）")

    b0, b1 = p.span(3, 4)
    lt = p.label("职工风采", b0, band + 10, 11)
    p.absent("职工风采")
    t = p.head(["“天车女王”的毫米功夫"], b0, b1, lt + 6, 22, SONG, mode=2)
    p.text(b0, t + 10, "□ 刘  畅", 10, HEI, align="center", x1=b1)
    t += 20
    q0, q1 = p.span(4)
    p.photo(q0 + 30, t, q1, t + 120, shade=0.6)
    _, capb = p.flow([("n", "李娜在操作天车。")], [Frame(q0 + 30, q1, t + 124, t + 140)], size=8.5, leading=12, font=HEI)
    p.absent("李娜在操作天车")
    crane = [
        "在鞍钢股份炼钢总厂三分厂，提起天车工李娜，工友们都会竖起大拇指。她驾驶的天车吊起上百吨的钢水罐，对位误差能控制在"
        "5毫米以内。",
        "从事天车工作19年，李娜总结出“稳、准、轻、快”操作法，被分厂作为标准操作法推广。她先后获得“鞍钢劳动模范”“辽宁五一"
        "巾帼标兵”等称号，以她名字命名的创新工作室已培养天车工86名。",
        "为了练就“稳”字功，刚上岗时，她每天提前一小时到岗，在天车上吊着水桶练习起落，水不洒出来才算合格。遇到新工艺、"
        "新设备，她总是第一个报名学习，先后考取了起重机械操作、电气维修等5个职业资格证书。",
        "“天车工是炼钢的‘手’，手稳了，生产才能稳。”李娜说。",
    ]
    crane_bottom = p.balanced(crane, [Frame(*p.span(3), t, 1000), Frame(q0, q1, capb + 6, 1000)])
    p.article("“天车女王”的毫米功夫", "在鞍钢股份炼钢总厂三分厂", "生产才能稳。”李娜说。", crane, lead="□ 刘  畅")
    band2 = max(aid_bottom, crane_bottom) + 10
    p.vrule(b0 - 6, band + 6, band2 - 4)
    p.hrule(x0, x1, band2, 1.0)

    t = p.head(["鞍钢工会启动第十二届职工读书月活动"], a0, a1, band2 + 12, 16, HEI, align="left")
    books = [
        "近日，鞍钢集团工会启动第十二届职工读书月活动。活动期间，将开展“好书推荐”“读书分享会”和职工书屋图书漂流等活动，"
        "并向基层职工书屋配送新书3000册。",
        ("r", "（周丽）"),
    ]
    books_bottom = p.balanced(books, [Frame(*p.span(1), t + 6, 1140), Frame(*p.span(2), t + 6, 1140)])
    p.article("鞍钢工会启动第十二届职工读书月活动", "近日，鞍钢集团工会启动", "配送新书3000册。", books, sign="（周丽）")

    nt = band2 + 10
    p.head(["通  知"], b0, b1, nt + 8, 15, HEI)
    p.head(["关于组织2026年度劳动模范疗休养的通知"], b0, b1, nt + 30, 11, HEI)
    notice = [
        ("n", "各基层工会："),
        "根据集团公司工会工作安排，定于10月中旬组织2026年度劳动模范疗休养活动。请各单位按照分配名额，认真做好人员推荐"
        "工作，并于9月30日前将报名表报送集团公司工会劳动和经济工作部。",
        ("r", "鞍钢集团工会"),
        ("r", "2026年9月16日"),
    ]
    _, notice_bottom = p.flow(notice, [Frame(b0 + 10, b1 - 10, nt + 50, 1136)], size=9, leading=13.5)
    p.box(b0, nt, b1, notice_bottom + 6, fill=None, stroke=0.8)
    p.absent("关于组织2026年度劳动模范疗休养的通知", "认真做好人员推荐工作", "2026年9月16日")
    band3 = max(books_bottom, notice_bottom + 6) + 10
    p.hrule(x0, x1, band3, 1.0)
    p.box(x0, band3 + 8, x1, 1140, fill=0.3, stroke=0)
    mid_t = (band3 + 8 + 1140) / 2
    p.text(x0, mid_t, "安全第一  预防为主  综合治理", 26, HEI, align="center", x1=x1, gray=1.0)
    p.text(x0, mid_t + 24, "鞍钢集团安全生产委员会办公室  鞍钢集团工会", 11, HEI, align="center", x1=x1, gray=1.0)
    p.absent("预防为主", "鞍钢集团安全生产委员会办公室")

    p.hrule(x0, x1, 1152, 0.6)
    p.text(x0, 1168, "鞍钢日报社出版   社址：鞍山市铁东区南中华路   邮编：114021", 8.5, HEI)
    p.text(x0, 1168, "3", 10, HEI, align="right", x1=x1)
    p.absent("鞍钢日报社出版", "114021")
    return p.save()


# =============================================================================================
# Page 6: 南方工报, 第6版 周末·人物, large broadsheet, 5 columns, one long feature
# =============================================================================================

def page_6() -> dict:
    p = Page("b3p6_workers_weekly_people_feature.pdf", 1122.5, 1561.9,
             "南方工报 p.6 周末·人物, large broadsheet (Founder size), 5 columns, 10 pt body. Header: a large section "
             "word 人物 with 周末·人物, date, page, the paper's name and a 本版策划/责任编辑/美术编辑 line. A long feature "
             "across the page: kicker, two-line head, subtitle (——记…), a 文/图 byline line; a photo with caption "
             "over cols 2-5; a shaded 人物名片 box at the top of col 1; body in five columns with three intertitles "
             "and a pull quote set inside col 4. Bottom band: a 相关新闻 label over a short story with signature "
             "(cols 1-3); a 职工来信 label over a reader's letter signed on its own line (cols 4-5)."
             " A public-service strip (union hotline), then the footer.",
             margin=56, cols=5, gutter=16, body_size=10.5, body_leading=17)
    x0, x1 = p.margin, p.width - p.margin
    p.text(x0, 70, "人物", 52, HEI, mode=2)
    p.text(x0 + 118, 44, "周末·人物", 14, HEI)
    p.text(x0 + 118, 66, "2026年10月23日  星期五   第6版", 10, HEI)
    p.text(x0, 40, "南方工报", 20, SONG, align="right", x1=x1, mode=2)
    p.text(x0, 66, "本版策划：李晓峰   责任编辑：何  敏   美术编辑：陈  晨", 9, HEI, align="right", x1=x1)
    p.hrule(x0, x1, 82, 3.0)
    p.absent("周末·人物", "2026年10月23日", "本版策划：李晓峰")
    top = 100

    t = p.head(["从学徒到全国五一劳动奖章获得者"], x0, x1, top, 18, HEI)
    t = p.head(["“汽车医生”陈家明：", "把毛病消灭在出厂前"], x0, x1, t + 6, 44, SONG, mode=2, gap=1.25)
    t = p.head(["——记广汽埃安总装车间质量检查班班长陈家明"], x0, x1, t + 4, 17, HEI)
    p.text(x0, t + 16, "文/本报记者 梁静 通讯员 吴倩    图/受访者提供", 10.5, HEI, align="center", x1=x1)
    t += 36
    f0, f1 = p.span(2, 5)
    p.photo(f0, t, f1, t + 440, shade=0.48)
    _, capb = p.flow([("n", "陈家明在总装车间检查刚下线的整车。")], [Frame(f0, f1, t + 444, t + 464)], size=9,
                     leading=13, font=HEI)
    p.absent("陈家明在总装车间检查刚下线的整车")
    body_top = t
    under = capb + 10
    c3 = p.span(4)
    quote_t0 = under + 60
    quote_t1 = quote_t0 + 110
    p.hrule(c3[0], c3[1], quote_t0 + 4, 1.5)
    p.head(["“把每一台车", "都当成给家人", "开的。”"], c3[0], c3[1], quote_t0 + 14, 17, HEI, gap=1.3)
    p.hrule(c3[0], c3[1], quote_t1 - 4, 1.5)
    p.absent("把每一台车都当成给家人开的")
    k0, k1 = p.span(1)
    card_b = body_top + 150
    p.box(k0, body_top, k1, card_b, fill=0.9, stroke=0)
    p.head(["人物名片"], k0, k1, body_top + 8, 13, HEI, cs=3)
    card = ("陈家明，1979年生，广东梅州人，广汽埃安总装车间质量检查班班长、高级技师。先后获广州市劳动模范、"
            "广东省五一劳动奖章，2025年获全国五一劳动奖章。")
    p.flow([("n", card)], [Frame(k0 + 8, k1 - 8, body_top + 32, card_b - 4)], size=9, leading=13.5)
    p.absent("人物名片", "1979年生，广东梅州人", "高级技师")
    feature = [
        "早上7点半，广州番禺的广汽埃安总装车间里，生产线已经开始转动。陈家明戴上白手套，拿起一把小小的检测锤，沿着刚下线"
        "的新车车身，一路轻敲细听。",
        "“这里的卡扣没有完全到位，声音发闷。”他在车身上贴了一张黄色标签。果然，拆开内饰板后，一处线束卡扣只扣上了一半。",
        "这样的“敲敲听听”，陈家明每天要重复上千次。一台新车从下线到出厂，要经过他和班组成员200多个检查点的“体检”。在同事"
        "眼里，他是车间里的“汽车医生”，“别人看车，他是在给车听诊”。",
        ("h", "从学徒到“听诊高手”"),
        "1999年，20岁的陈家明从梅州老家来到广州，进入一家汽车零部件厂当学徒。“那时候什么都不懂，就跟着师傅一颗螺丝一颗"
        "螺丝地拧。”2009年，他进入广汽，从一名装配工做起。",
        "刚进厂时，他被分到底盘装配工位，每天要拧几千颗螺栓。别人下班就走，他却总爱围着老师傅转，问这问那。“师傅说，装车"
        "和做人一样，一颗螺丝没拧紧，早晚要出事。”这句话，他记了二十多年。",
        "装配线上的异响问题最难排查。为了练就“听诊”的本领，陈家明下班后常常留在车间，把不同部位、不同松紧程度的声音一一"
        "录下来，反复比对。几年下来，他能凭声音判断出20多种装配缺陷。",
        ("h", "一本记了27年的笔记"),
        "陈家明的工具包里，一直放着一本厚厚的笔记本。上面密密麻麻地记录着他遇到的每一个质量问题、原因和解决办法。从业27年，"
        "这样的笔记他已经写满了14本。",
        "翻开其中一本，2015年3月的一页上写着：“后排座椅异响，原因：卡扣批次尺寸偏差0.3毫米。”旁边还画着一张草图。正是这条"
        "记录，帮助车间在后来的一次新车型投产中提前发现了同类问题，避免了上千台车返工。",
        "“问题记下来，就不会犯第二次。”他说。根据这些笔记，他和同事们整理出《总装质量缺陷识别手册》，成为车间新员工培训"
        "的必修教材。",
        ("h", "带出一支“啄木鸟”团队"),
        "2021年，以陈家明名字命名的劳模创新工作室成立。工作室成员被大家称为“啄木鸟”，专门在生产线上“找毛病”。几年来，"
        "团队完成质量改进项目67项，为企业节约成本1300多万元。",
        "工作室还把陈家明的“听诊法”拍成了20多个短视频教学片，放在企业内部学习平台上，供一线员工随时学习。站在全国五一"
        "劳动奖章的领奖台上，他说：“这份荣誉属于整个班组，属于每一个认真拧好每一颗螺丝的工友。”",
        "如今，陈家明每年要带10多名徒弟。他常对徒弟们说：“每一台车出厂前，都要当成给家里人开的车来检查。”",
    ]
    frames = [Frame(*p.span(1), card_b + 10, 1400), Frame(*p.span(2), under, 1400), Frame(*p.span(3), under, 1400),
              Frame(c3[0], c3[1], under, quote_t0, fixed=True), Frame(c3[0], c3[1], quote_t1 + 6, 1400),
              Frame(*p.span(5), under, 1400)]
    card_t = p.balanced(feature, frames)
    p.article("“汽车医生”陈家明：把毛病消灭在出厂前", "早上7点半，广州番禺的广汽埃安总装车间里",
              "都要当成给家里人开的车来检查。”", feature, kicker="从学徒到全国五一劳动奖章获得者",
              subtitle="——记广汽埃安总装车间质量检查班班长陈家明", lead="文/本报记者 梁静 通讯员 吴倩    图/受访者提供")
    p.hrule(x0, x1, card_t + 12, 1.5)

    band = card_t + 12
    a0, a1 = p.span(1, 3)
    lt = p.label("相关新闻", a0, band + 14, 11)
    p.absent("相关新闻")
    t = p.head(["番禺区总工会为技术工人搭建“师带徒”平台"], a0, a1, lt + 8, 20, HEI)
    mentor = [
        "记者了解到，番禺区总工会今年启动“匠心传承”师带徒计划，组织全区42名劳模工匠与218名青年职工结对，每对师徒签订一年"
        "的带教协议。区总工会为每对师徒提供2000元的带教补贴，考核优秀的师徒还将获得额外奖励。",
        "据介绍，结对师徒主要来自汽车制造、电子信息、珠宝加工等行业。一年期满后，区总工会将组织技能考核，青年职工通过"
        "考核的，可优先推荐参加区级职业技能竞赛。",
        ("r", "（梁静）"),
    ]
    mentor_bottom = p.balanced(mentor, [Frame(*p.span(i), t + 10, 1500) for i in (1, 2, 3)])
    p.article("番禺区总工会为技术工人搭建“师带徒”平台", "记者了解到，番禺区总工会", "可优先推荐参加区级职业技能竞赛。",
              mentor, sign="（梁静）")

    b0, b1 = p.span(4, 5)
    lt = p.label("职工来信", b0, band + 14, 11)
    p.absent("职工来信")
    t = p.head(["工会帮我讨回了工钱"], b0, b1, lt + 8, 20, HEI)
    letter = [
        ("n", "编辑同志："),
        "我是一名在白云区一家服装厂打工的女工。今年春节前，厂里拖欠我们二十多名工人三个月工资，老板一直说再等等。走投无路时，"
        "我拨打了区总工会的维权热线。",
        "没想到，第二天工会的同志就来到厂里了解情况，还请来律师帮我们准备材料。在工会和劳动监察部门的协调下，不到半个月，"
        "大家被拖欠的工资全部发到了手上。借贵报一角，向帮助过我们的工会干部和律师说声谢谢！",
        ("r", "白云区读者 黄春梅"),
    ]
    letter_bottom = p.balanced(letter, [Frame(*p.span(4), t + 10, 1500), Frame(*p.span(5), t + 10, 1500)])
    p.article("工会帮我讨回了工钱", "我是一名在白云区一家服装厂打工的女工", "说声谢谢！", letter, lead="编辑同志：",
              sign="白云区读者 黄春梅")
    band2 = max(mentor_bottom, letter_bottom) + 10
    p.vrule(b0 - 8, band + 8, band2 - 4)
    p.hrule(x0, x1, band2, 1.0)
    p.box(x0, band2 + 10, x1, 1500, fill=0.25, stroke=0)
    mid_t = (band2 + 1500) / 2
    p.text(x0, mid_t, "职工维权服务热线  12351", 28, HEI, align="center", x1=x1, gray=1.0)
    p.text(x0, mid_t + 26, "有困难找工会  广东省总工会 南方工报社", 12, HEI, align="center", x1=x1, gray=1.0)
    p.absent("职工维权服务热线", "有困难找工会")

    p.hrule(x0, x1, 1515, 0.6)
    p.text(x0, 1532, "南方工报社出版   投稿邮箱：nfgbrw@126.com", 8.5, HEI)
    p.text(x0, 1532, "6", 10, HEI, align="right", x1=x1)
    p.absent("投稿邮箱：nfgbrw@126.com")
    return p.save()


PAGES = [page_1, page_2, page_3, page_4, page_5, page_6]


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(SONG))
    pdfmetrics.registerFont(TTFont(HEI, HEI_PATH, subfontIndex=0))
    pages = [page() for page in PAGES]
    about = ("Blind PDF pages 3, written by hand before any run (session 11). Same format as ../blind2/expected.json: "
             "per page, articles in reading order with the headline a reader sees (lines of a head joined; compare "
             "without whitespace, NFKC), 引题 as kicker, 副题 as subtitle, body_start (first words after the lead: a "
             "本报讯 or 电头 line, or a byline printed under the head, which a body may open with), body_end (last words; "
             "a printed signature 'sign' may follow them), and 'absent': phrases (captions, page headers and footers, "
             "editor lines, column labels, jump lines, pull quotes, data boxes, tips, notices, ads) that belong to no "
             "article body. Not articles: column labels, captions, data boxes, tips, notices, ads, pull quotes, "
             "人物名片 boxes.")
    (HERE / "expected.json").write_text(json.dumps({"_about": about, "pages": pages}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")


if __name__ == "__main__":
    main()
