"""Blind PDF pages 4: six newspaper pages written by hand, and their expected.json.

Run from the repository root with the project's venv: `.venv/bin/python tests/data/pdf/blind4/make_pages.py`.

Every page below is laid out by hand on its own grid (reportlab; body type in the CID font STSong-Light, heads in
WenQuanYi Zen Hei). Each story's headline, kicker, subtitle, lead (本报讯/电头 or a byline printed under the head),
first and last words and printed signature are written with it in the `Story` calls, and every caption, label,
page header or footer, jump line, ad and notice that belongs to no article is listed in the page's `absent` list:
both were fixed before the archive's code was run on the pages. The script only checks its own consistency (every
story's text fits its frames; no `absent` phrase occurs in a story's body).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SONG = "STSong-Light"
HEI = "WQYZenHei"
HEI_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

CLOSERS = set("，。、；：？！）》」』”’…—％,.;:?!)%")
OPENERS = set("（《「『“‘(")
ASCII_WORD = re.compile(r"[0-9A-Za-z.%]")


def squash(text: str) -> str:
    """The form every comparison uses: NFKC, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@dataclass
class Story:
    """One article as printed: `title` lines are joined by '|'; `body` is paragraphs (str, or ('h', subhead))."""

    title: str
    body: list
    kicker: str | None = None
    subtitle: str | None = None
    lead: str | None = None
    inline_lead: bool = True
    sign: str | None = None

    @property
    def lines(self) -> list[str]:
        return self.title.split("|")

    def paras(self) -> list:
        """The paragraphs to set: an inline lead in bold before the first, the signature after the last."""
        paras = list(self.body)
        if self.sign:
            paras[-1] = paras[-1] + self.sign
        if self.lead and self.inline_lead:
            paras[0] = ("b", self.lead, paras[0])
        return paras

    def expected(self) -> dict:
        first = self.body[0]
        last = self.body[-1]
        entry: dict = {"title": self.title.replace("|", "")}
        if self.kicker:
            entry["kicker"] = self.kicker
        if self.subtitle:
            entry["subtitle"] = self.subtitle
        if self.lead:
            entry["lead"] = self.lead.strip()
        entry["body_start"] = first[:14]
        entry["body_end"] = last[-14:]
        if self.sign:
            entry["sign"] = self.sign
        return entry

    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p[-1] for p in self.body)


@dataclass
class Line:
    toks: list
    indent: float = 0.0
    justify: bool = True
    align: str = "l"
    before: float = 0.0


def tokens(text: str, font: str) -> list:
    return [(ch, font) for ch in text]


class Flow:
    """Paragraphs broken into lines one at a time, at whatever width the current frame has."""

    def __init__(self, paras: list, size: float, font: str = SONG):
        self.size = size
        self.items: list[tuple[str, list]] = []
        for para in paras:
            if isinstance(para, str):
                self.items.append(("p", tokens(para, font)))
            elif para[0] == "b":
                self.items.append(("p", tokens(para[1], HEI) + tokens(para[2], font)))
            elif para[0] == "h":
                self.items.append(("h", tokens(para[1], HEI)))
            elif para[0] == "r":
                self.items.append(("r", tokens(para[1], font)))
            elif para[0] == "n":
                self.items.append(("n", tokens(para[1], font)))
            elif para[0] == "c":
                self.items.append(("c", tokens(para[1], font)))
        self.pi = 0
        self.ci = 0
        self.pending: Line | None = None

    def done(self) -> bool:
        return self.pending is None and self.pi >= len(self.items)

    def width(self, tok) -> float:
        return pdfmetrics.stringWidth(tok[0], tok[1], self.size)

    def next_line(self, width: float) -> Line | None:
        if self.pending is not None:
            line, self.pending = self.pending, None
            return line
        if self.pi >= len(self.items):
            return None
        kind, toks = self.items[self.pi]
        start = self.ci
        if kind in "hrc":
            self.pi, self.ci = self.pi + 1, 0
            return Line(toks, 0.0, False, {"h": "c", "r": "r", "c": "c"}[kind], self.size * 0.6 if kind == "h" else 0.0)
        indent = 2 * self.size if (kind == "p" and start == 0) else 0.0
        avail = width - indent
        w, i = 0.0, start
        while i < len(toks):
            cw = self.width(toks[i])
            if w + cw > avail + 0.01:
                break
            w += cw
            i += 1
        if i < len(toks):
            if toks[i][0] in CLOSERS:
                i += 1
                while i < len(toks) and toks[i][0] in CLOSERS and i - start < 200:
                    i += 1
            elif i - 1 > start and toks[i - 1][0] in OPENERS:
                i -= 1
            elif ASCII_WORD.match(toks[i][0]) and ASCII_WORD.match(toks[i - 1][0]):
                j = i - 1
                while j > start and ASCII_WORD.match(toks[j - 1][0]):
                    j -= 1
                if j > start:
                    i = j
        last = i >= len(toks)
        line = Line(toks[start:i], indent, not last)
        if last:
            self.pi, self.ci = self.pi + 1, 0
        else:
            self.ci = i
        return line

    def push_back(self, line: Line) -> None:
        self.pending = line


class Page:
    """One PDF page; y is measured from the top of the page."""

    def __init__(self, name: str, width: float, height: float, layout: str):
        self.name, self.w, self.h, self.layout = name, width, height, layout
        self.c = canvas.Canvas(str(HERE / name), pagesize=(width, height), invariant=True)
        self.c.setTitle(name)
        self.stories: list[Story] = []
        self.absent: list[str] = []

    # -- drawing primitives ------------------------------------------------------------------------------
    def text(self, x: float, top: float, s: str, size: float, font: str = SONG, align: str = "l",
             x1: float | None = None, cs: float = 0.0, gray: float = 0.0) -> float:
        width = pdfmetrics.stringWidth(s, font, size) + cs * max(len(s) - 1, 0)
        if align == "c":
            x = x + ((x1 or x) - x - width) / 2
        elif align == "r":
            x = (x1 or x) - width
        t = self.c.beginText(x, self.h - top - size * 0.88)
        t.setFont(font, size)
        t.setCharSpace(cs)
        t.setFillGray(gray)
        t.textOut(s)
        self.c.drawText(t)
        return width

    def hrule(self, x0: float, x1: float, y: float, w: float = 0.5, gray: float = 0.0) -> None:
        self.c.setLineWidth(w)
        self.c.setStrokeGray(gray)
        self.c.line(x0, self.h - y, x1, self.h - y)
        self.c.setStrokeGray(0)

    def vrule(self, x: float, y0: float, y1: float, w: float = 0.5) -> None:
        self.c.setLineWidth(w)
        self.c.line(x, self.h - y0, x, self.h - y1)

    def box(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, fill: float | None = None,
            stroke: bool = True) -> None:
        self.c.setLineWidth(w)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x0, self.h - y1, x1 - x0, y1 - y0, stroke=int(stroke), fill=int(fill is not None))
        self.c.setFillGray(0)

    def photo(self, x0: float, y0: float, x1: float, y1: float, seed: int = 1) -> None:
        """A photograph's place: a grey picture with a few shapes (no text)."""
        self.box(x0, y0, x1, y1, w=0.3, fill=0.72)
        c = self.c
        c.saveState()
        clip = c.beginPath()
        clip.rect(x0, self.h - y1, x1 - x0, y1 - y0)
        c.clipPath(clip, stroke=0, fill=0)
        for k in range(6):
            g = 0.35 + ((seed * 7 + k * 13) % 10) / 20
            c.setFillGray(g)
            cx = x0 + (x1 - x0) * (((seed + k * 3) % 9) + 0.5) / 9.5
            cy = y0 + (y1 - y0) * (((seed * 5 + k * 7) % 7) + 0.5) / 7.5
            r = (x1 - x0) * (0.05 + ((seed + k) % 4) * 0.03)
            c.circle(cx, self.h - cy, min(r, (y1 - y0) / 3), stroke=0, fill=1)
        c.restoreState()
        c.setFillGray(0)

    def label(self, x: float, top: float, s: str, size: float = 12, pad: float = 3) -> float:
        """A reversed column label (white on black), listed as absent; returns its bottom."""
        self.absent.append(s)
        width = pdfmetrics.stringWidth(s, HEI, size)
        self.box(x, top, x + width + 2 * pad, top + size + 2 * pad, w=0, fill=0.1, stroke=False)
        self.text(x + pad, top + pad, s, size, HEI, gray=1.0)
        return top + size + 2 * pad

    # -- type ----------------------------------------------------------------------------------------------
    def head(self, lines: list[str], x0: float, x1: float, top: float, size: float, font: str = HEI,
             align: str = "c", cs: float = 0.0, lead_f: float = 1.18) -> float:
        y = top
        for line in lines:
            self.text(x0, y, line, size, font, align, x1, cs)
            y += size * lead_f
        return y

    def vhead(self, text: str, xc: float, top: float, size: float, font: str = HEI, step: float = 1.08) -> float:
        """A vertical head: one character under another, centred on xc; a space leaves a gap."""
        y = top
        for ch in text:
            if ch == " ":
                y += size * 0.6
                continue
            w = pdfmetrics.stringWidth(ch, font, size)
            self.text(xc - w / 2, y, ch, size, font)
            y += size * step
        return y

    def draw_line(self, line: Line, x0: float, width: float, top: float, size: float) -> None:
        if not line.toks:
            return
        widths = [pdfmetrics.stringWidth(ch, f, size) for ch, f in line.toks]
        natural = sum(widths)
        cs = 0.0
        if line.align == "c":
            x = x0 + (width - natural) / 2
        elif line.align == "r":
            x = x0 + width - natural
        else:
            x = x0 + line.indent
            if line.justify and len(line.toks) > 1:
                cs = (width - line.indent - natural) / (len(line.toks) - 1)
        t = self.c.beginText(x, self.h - top - size * 0.88)
        t.setCharSpace(cs)
        run_font, run = line.toks[0][1], ""
        for ch, f in line.toks:
            if f != run_font:
                t.setFont(run_font, size)
                t.textOut(run)
                run_font, run = f, ""
            run += ch
        t.setFont(run_font, size)
        t.textOut(run)
        self.c.drawText(t)

    def frames(self, paras: list, frames: list[tuple[float, float, float, float]], size: float, leading: float,
               font: str = SONG) -> tuple[int, float]:
        """Set paragraphs into frames (x0, x1, top, bottom) in order; returns (last frame used, its last bottom)."""
        flow = Flow(paras, size, font)
        used, bottom = 0, frames[0][2]
        for n, (x0, x1, top, limit) in enumerate(frames):
            y = top
            while not flow.done():
                line = flow.next_line(x1 - x0)
                assert line is not None
                before = line.before if y > top else 0.0
                height = leading + (before * 2 if line.before else 0.0)
                if y + before + size > limit + 0.01:
                    flow.push_back(line)
                    break
                self.draw_line(line, x0, x1 - x0, y + before, size)
                y += height
                used, bottom = n, y
            if flow.done():
                return used, bottom
        raise ValueError(f"{self.name}: text does not fit its frames: {paras[0]!r:.40}")

    def columns(self, paras: list, x0: float, x1: float, n: int, gutter: float, top: float, size: float,
                leading: float, font: str = SONG, rules: bool = False) -> float:
        """Set paragraphs in n balanced columns between x0 and x1 from top; returns the bottom."""
        width = (x1 - x0 - gutter * (n - 1)) / n
        flow = Flow(paras, size, font)
        lines = []
        while not flow.done():
            line = flow.next_line(width)
            assert line is not None
            lines.append(line)
        heights = [leading + (line.before * 2 if line.before else 0.0) for line in lines]
        target = sum(heights) / n
        cols: list[list[Line]] = [[] for _ in range(n)]
        k, acc = 0, 0.0
        for line, h in zip(lines, heights):
            if k < n - 1 and cols[k] and acc + h / 2 > target * (k + 1) + 0.01:
                k += 1
            cols[k].append(line)
            acc += h
        bottom = top
        for k, col in enumerate(cols):
            cx = x0 + k * (width + gutter)
            y = top
            for j, line in enumerate(col):
                before = line.before if j else 0.0
                self.draw_line(line, cx, width, y + before, size)
                y += leading + (before * 2 if line.before and j else 0.0)
            bottom = max(bottom, y)
            if rules and k:
                self.vrule(cx - gutter / 2, top, top + sum(leading for _ in col))
        return bottom

    def caption(self, s: str, x0: float, x1: float, top: float, size: float = 8.5, leading: float = 11.5) -> float:
        """A photo caption in the heading font; listed as absent."""
        self.absent.append(s)
        _, bottom = self.frames([("n", s)], [(x0, x1, top, self.h)], size, leading, HEI)
        return bottom

    def story(self, story: Story) -> Story:
        self.stories.append(story)
        return story

    # -- output ----------------------------------------------------------------------------------------------
    def finish(self) -> dict:
        self.c.showPage()
        self.c.save()
        for story in self.stories:
            body = squash(story.text())
            for phrase in self.absent:
                assert squash(phrase) not in body, (self.name, story.title, phrase)
        return {
            "file": self.name,
            "page_size_pt": [round(self.w, 1), round(self.h, 1)],
            "layout": self.layout,
            "articles": [s.expected() for s in self.stories],
            "absent": self.absent,
        }


def grid(x0: float, x1: float, n: int, gutter: float):
    """A page grid of n columns: span(i, j) gives the x range from column i to column j (inclusive)."""
    width = (x1 - x0 - gutter * (n - 1)) / n

    def span(i: int, j: int) -> tuple[float, float]:
        return x0 + i * (width + gutter), x0 + j * (width + gutter) + width

    return span


PAGES: list = []


def page(fn):
    PAGES.append(fn)
    return fn


@page
def p1() -> dict:
    """陇原日报 (a provincial party daily), page 7: the 陇原工会 special page the provincial federation runs with the
    paper. Broadsheet, 8-column grid: a banner lead with kicker and subtitle over 4 columns of text and a photo; a
    commentary in the two left columns; a kicker-headed story; a boxed 工会动态 column of three briefs with heads
    and signatures; a craftsman feature with a column label and a byline under the head; a public-service ad."""
    p = Page("b4p1_provincial_daily_union_special_8col.pdf", 1020.5, 1445.7,
             "provincial party daily, union special page (陇原工会, run with the provincial federation), broadsheet "
             "8-column grid: banner lead (kicker, head, subtitle) with photo; commentary in the left two columns; "
             "kicker-headed story; boxed 工会动态 briefs column (3 items with heads, signatures in brackets); craftsman "
             "feature with column label and byline under the head, photo; public-service ad at the foot")
    span = grid(45, 975, 8, 10)
    L, R = span(0, 7)
    # page header
    p.text(L, 38, "7", 34, HEI)
    p.text(L + 36, 40, "陇原工会", 28, HEI, cs=2)
    p.text(L + 38, 74, "甘肃省总工会 陇原日报社 联办", 9.5)
    p.text(L, 38, "2026年4月28日 星期二", 10.5, align="r", x1=R)
    p.text(L, 56, "责任编辑：马晓燕  美术编辑：杜林  校对：石磊", 9, align="r", x1=R)
    p.text(L, 72, "新闻热线：0931-8156023", 9, align="r", x1=R)
    p.hrule(L, R, 92, 2.2)
    p.hrule(L, R, 95.5, 0.5)
    p.absent += ["陇原工会", "甘肃省总工会陇原日报社联办", "2026年4月28日 星期二",
                 "责任编辑：马晓燕", "美术编辑：杜林", "校对：石磊", "新闻热线：0931-8156023"]

    lead = p.story(Story(
        "“求学圆梦”让一线职工走进大学课堂",
        ["4月26日，省总工会在兰州召开全省职工“求学圆梦”行动推进会，公布今年首批资助名单。全省3200名一线职工将在"
         "省内8所高职院校和开放大学攻读大专、本科学历，每人最高可获得3000元学费资助。",
         "“以前总觉得读大学离自己很远，现在单位工会帮着报名，学费也补了大半。”在酒泉一家风电设备企业从事焊接工作的"
         "张建军今年报读了机电一体化技术专业。他告诉记者，课程安排在周末和晚上，车间还专门调整了班次，让参加学习的"
         "职工能按时上课。",
         "在白银，一家有色金属企业工会与当地职业技术学院合作开设“厂中校”，老师到车间授课，职工下了班就能上课，"
         "首期已有156名职工报名。",
         "据介绍，“求学圆梦”行动面向在生产一线工作满两年的农民工、技术工人和新就业形态劳动者，优先资助劳模工匠、"
         "技能竞赛获奖者和困难职工家庭成员。省总工会与合作院校商定，对参加学习的职工实行弹性学制，课程可线上线下"
         "结合，实训环节尽量安排在企业进行。",
         "2021年以来，全省各级工会累计资助1.4万余名职工提升学历，其中近四成已走上班组长、技术骨干岗位。省总工会"
         "有关负责人表示，今年还将推动更多企业把学历提升与技能等级评价、岗位晋升挂钩，让职工“学得进、用得上、"
         "留得住”。"],
        kicker="全省工会深化产业工人队伍建设改革", subtitle="——今年首批资助3200名职工提升学历",
        lead="本报讯（记者 马骁 通讯员 何静）"))
    y = p.head([lead.kicker], L, R, 108, 15)
    y = p.head(lead.lines, L, R, y + 4, 38, cs=1)
    y = p.head([lead.subtitle], L, R, y + 2, 15, SONG)
    x0, x1 = span(0, 3)
    top = y + 12
    bottom = p.columns(lead.paras(), x0, x1, 4, 10, top, 10.2, 15)
    px0, px1 = span(4, 7)
    p.photo(px0, top, px1, top + 190, seed=3)
    cb = p.caption("4月25日，兰州新区一家制药企业的职工在工会职工书屋参加线上课程学习。本报记者 马骁 摄",
                   px0, px1, top + 196)
    row2 = max(bottom, cb) + 12
    p.hrule(L, R, row2, 1.2)
    row2 += 10

    # commentary, columns 1-2
    comment = p.story(Story(
        "让技能人才有奔头",
        ["一线职工愿不愿意学、能不能学成，关键看学了以后有没有奔头。近年来，不少企业在工资分配中向技能岗位倾斜，但"
         "仍有一些单位重学历轻技能、重使用轻培养，职工考了证、拿了奖，收入和岗位却“原地踏步”。",
         "工会推动“求学圆梦”，给的不只是一笔学费，更是一条向上的通道。通道要畅通，企业是关键一环：把技能等级与"
         "薪酬挂钩，把培训时间纳入工作安排，把高技能人才放到合适的岗位上。各级工会也要当好“娘家人”，在集体协商中"
         "为技能人才争取合理待遇，对学成后的职工持续跟踪服务。",
         "让每一位肯学肯干的职工都有奔头，产业工人队伍才能越来越壮大。"],
        lead="□ 周 文", inline_lead=False))
    c0, c1 = span(0, 1)
    lb = p.label(c0, row2, "陇工时评", 13)
    y = p.head(comment.lines, c0, c1, lb + 10, 24)
    p.text(c0, y + 2, comment.lead, 10.5, HEI, align="c", x1=c1)
    cbottom = p.columns(comment.paras(), c0, c1, 1, 0, y + 24, 10, 15)
    p.vrule(c1 + 5, row2, cbottom)

    # kicker-headed story, columns 3-6
    riders = p.story(Story(
        "外卖骑手有了“流动的家”",
        ["4月23日，天水市新就业形态劳动者联合工会在秦州区成立，首批412名外卖骑手、网约车司机和快递员现场入会，"
         "领到了会员服务卡。",
         "联合工会由市总工会牵头，吸纳辖区5家平台企业和21个配送站点组建。入会后，会员可在全市136个户外劳动者"
         "服务站点免费歇脚、饮水、充电，享受职工普惠优惠，并纳入职工医疗互助保障范围。市总工会还为首批入会会员"
         "每人办理了一份意外伤害保险。",
         "成立仪式上，市总工会向联合工会授牌，并为骑手代表送上头盔、雨衣、反光背心等“暖心包”。联合工会主席由一家"
         "平台企业的站点负责人担任，委员中有3名一线骑手。",
         "“跑单时最怕出事没人管。现在有了工会，心里踏实多了。”骑手王鹏说。市总工会表示，下一步将指导联合工会与"
         "平台企业开展集体协商，就订单分配、休息时间、劳动安全等事项听取骑手意见，推动签订专项集体合同。"],
        kicker="天水首个新就业形态劳动者联合工会成立", lead="本报讯（通讯员 赵丽娟）"))
    m0, m1 = span(2, 5)
    y = p.head([riders.kicker], m0, m1, row2, 13, SONG)
    y = p.head(riders.lines, m0, m1, y + 3, 28)
    mb = p.columns(riders.paras(), m0, m1, 4, 10, y + 10, 10.2, 15)
    p.photo(m0, mb + 8, m1 - 150, mb + 150, seed=5)
    cb = p.caption("入会的骑手领到会员服务卡。通讯员 赵丽娟 摄", m1 - 140, m1, mb + 110)
    mbottom = max(mb + 150, cb)
    p.vrule(m1 + 5, row2, mbottom)

    # boxed briefs, columns 7-8
    b0, b1 = span(6, 7)
    briefs = [
        Story("临夏州总工会|法律援助进企业",
              ["4月以来，临夏州总工会组织律师志愿团深入32家企业，为职工提供劳动合同、工资支付、工伤认定等法律咨询，"
               "现场受理求助事项47件，已帮助18名农民工追回工资23.6万元。"],
              lead="本报讯 ", sign="（马文杰）"),
        Story("张掖开展女职工|“两癌”免费筛查",
              ["近日，张掖市总工会联合市妇幼保健院启动今年女职工“两癌”免费筛查，计划为全市3000名女职工提供宫颈癌、"
               "乳腺癌检查，优先安排环卫、家政、餐饮等行业女职工。"],
              lead="本报讯 ", sign="（李欣）"),
        Story("嘉峪关职工书屋|开通“夜读”服务",
              ["嘉峪关市总工会在市职工服务中心职工书屋推出“夜读”服务，每周二、四开放至21时，并为倒班职工提供图书"
               "预约和借还上门服务，目前已吸引1200余名职工办理借阅卡。"],
              lead="本报讯 ", sign="（王涛）"),
    ]
    p.box(b0, row2, b1, row2 + 26, w=0, fill=0.85, stroke=False)
    p.text(b0, row2 + 5, "工 会 动 态", 15, HEI, align="c", x1=b1)
    p.absent.append("工会动态")
    y = row2 + 36
    for brief in briefs:
        p.story(brief)
        y = p.head(brief.lines, b0 + 6, b1 - 6, y, 13.5, lead_f=1.25)
        _, y = p.frames(brief.paras(), [(b0 + 6, b1 - 6, y + 4, 2000)], 9.3, 13.6)
        y += 12
    p.box(b0, row2, b1, y, w=0.8)
    row3 = max(cbottom, mbottom, y) + 12
    p.hrule(L, R, row3, 1.2)
    row3 += 10

    # craftsman feature across the page
    welder = p.story(Story(
        "在毫厘之间较真的“焊接医生”",
        ["凌晨5点，金川集团镍冶炼厂的检修车间里已亮起焊花。省级劳动模范、高级技师刘长青弯着腰，对一段开裂的管道"
         "反复打磨、施焊，焊缝平整得像一条细线。",
         "从事焊接工作26年，刘长青攻克了高温合金管道焊接、异种金属焊接等十多项技术难题，工友们都叫他“焊接医生”。"
         "2019年，厂工会以他的名字命名成立劳模创新工作室，他带着11名徒弟开展技术攻关，累计完成技术革新项目37项，"
         "为企业节约成本1800多万元。",
         "“一个人技术再好，也只有一双手。”刘长青把自己总结的操作要领编成口诀，手把手教给年轻人。如今，他的徒弟中"
         "已有5人成为高级技师，3人在全省职工职业技能大赛中获奖。",
         "在刘长青的工作室里，一面墙上贴满了徒弟们的焊接试件，每一块上都用红笔标着问题和改进办法。“焊缝里藏不住"
         "马虎，差一点就是隐患。”他说，带徒弟先带作风，再教技术。",
         "去年，厂工会把工作室的经验做法推广到全厂12个班组，组织“师带徒”结对68对。刘长青又琢磨起新课题：把焊接"
         "机器人用到检修现场，让工人从高温、高危的环境里解放出来。"],
        lead="本报记者 杨帆", inline_lead=False))
    f0, f1 = span(0, 5)
    lb = p.label(f0, row3, "陇原工匠", 13)
    y = p.head(welder.lines, f0 + 80, f1, row3, 30, align="l")
    p.text(f0 + 80, y + 2, welder.lead, 11, HEI)
    fb = p.columns(welder.paras(), f0, f1, 5, 10, y + 24, 10.2, 15)
    g0, g1 = span(6, 7)
    p.photo(g0, row3, g1, row3 + 150, seed=8)
    cb = p.caption("刘长青（右）在指导徒弟进行焊接操作。本报记者 杨帆 摄", g0, g1, row3 + 156)
    ad = max(fb, cb) + 16
    # public-service ad to the foot of the page
    p.box(L, ad, R, 1400, w=1.5)
    p.box(L + 6, ad + 6, R - 6, 1394, w=0.4, fill=0.93)
    mid = (ad + 1400) / 2
    p.text(L, mid - 44, "劳动最光荣  技能成就梦想", 40, HEI, align="c", x1=R, cs=4)
    p.text(L, mid + 10, "弘扬劳模精神 劳动精神 工匠精神", 16, SONG, align="c", x1=R, cs=2)
    p.text(L, 1394 - 30, "甘肃省总工会 宣", 12, HEI, align="r", x1=R - 20)
    p.text(L + 20, 1394 - 30, "职工服务热线：12351", 12, HEI)
    p.absent += ["劳动最光荣", "技能成就梦想", "弘扬劳模精神劳动精神工匠精神", "甘肃省总工会宣", "职工服务热线：12351"]
    p.text(L, 1412, "陇原日报社出版  地址：兰州市城关区庆阳路 邮编：730030", 8.5, align="c", x1=R)
    p.absent.append("陇原日报社出版")
    return p.finish()


@page
def p2() -> dict:
    """冰城晚报 (a metro evening paper), A06 城事·职工. Tabloid, 5-column grid, heads set left: a two-line lead head
    with subtitle and a byline line, a wide photo, text in three columns; a boxed 维权课堂 Q&A in the right two
    columns; a kicker-headed story; a brief ending with its reporter's signature; a hotline strip and an ad."""
    p = Page("b4p2_metro_evening_A06_city_workers.pdf", 842.0, 1190.6,
             "metro evening paper, tabloid 5-column grid, section page A06 城事·职工: heads set left; two-line lead "
             "head with subtitle and a byline line, wide photo with caption, text in 3 columns; boxed 维权课堂 Q&A "
             "(column label) in the right 2 columns; kicker-headed story; short story ending with (记者 …); "
             "hotline strip; clinic ad at the foot")
    span = grid(36, 806, 5, 9)
    L, R = span(0, 4)
    p.box(L, 30, L + 62, 76, w=0, fill=0.1, stroke=False)
    p.text(L, 37, "A06", 26, HEI, align="c", x1=L + 62, gray=1.0)
    p.text(L + 72, 30, "城事", 30, HEI)
    p.text(L + 136, 44, "·职工", 16, HEI)
    p.text(L, 32, "冰城晚报", 13, HEI, align="r", x1=R)
    p.text(L, 50, "2026年7月16日  星期四", 9.5, align="r", x1=R)
    p.text(L, 65, "编辑 韩雪  美编 李强  校对 王丹", 9, align="r", x1=R)
    p.hrule(L, R, 82, 1.8)
    p.absent += ["A06", "冰城晚报", "2026年7月16日 星期四", "编辑韩雪", "美编李强", "校对王丹"]

    heat = p.story(Story(
        "35℃的工地上|“清凉车”来了",
        ["15日中午，哈尔滨松北区一处地铁施工工地，地表温度超过40℃。一辆印着“工会送清凉”字样的厢式货车停在工棚"
         "旁，工会志愿者把绿豆汤、藿香正气水、毛巾和防晒袖套送到刚下脚手架的工人手里。",
         "“干活儿一身汗，喝口凉的，这心里也凉快。”来自绥化的钢筋工老刘接过一瓶冰镇矿泉水，一口气喝了半瓶。",
         "记者从哈尔滨市总工会了解到，今年“送清凉”活动从7月中旬持续到8月底，市、区两级工会共筹集资金480万元，"
         "将重点走访建筑工地、环卫作业、快递物流、交通运输等行业的一线职工，预计覆盖户外劳动者2.6万人。",
         "除了送物资，今年工会还把服务“搬”上了车。6辆“清凉服务车”配备了冰柜、血压计和常用药品，每天按线路巡回"
         "到工地、站点，工人可以在车上量血压、做简单的健康咨询。市总工会还协调150家户外劳动者服务站点延长开放"
         "时间，高温时段为环卫工、外卖骑手提供休息场所。",
         "市总工会有关负责人提醒，用人单位应严格落实高温津贴发放和高温时段停工、缩短工时等规定，职工如遇权益受损"
         "可拨打12351职工服务热线求助。"],
        subtitle="市总工会今夏“送清凉”活动启动，将覆盖2.6万名户外劳动者", lead="■ 本报记者 孙悦",
        inline_lead=False))
    y = p.head(heat.lines, L, R, 96, 34, align="l", lead_f=1.2)
    y = p.head([heat.subtitle], L, R, y + 2, 14, SONG, align="l")
    p.text(L, y + 6, heat.lead, 10, HEI)
    top = y + 28
    a0, a1 = span(0, 2)
    p.photo(a0, top, a1, top + 210, seed=11)
    cb = p.caption("15日，工会志愿者为地铁施工工地的工人送上防暑降温用品。本报记者 孙悦 摄", a0, a1, top + 215)
    hb = p.columns(heat.paras(), a0, a1, 3, 9, cb + 8, 10.5, 15.5)

    qa = p.story(Story(
        "高温天停工|工资能扣吗？",
        ["读者刘女士问：我在一家物流公司做分拣员，最近天气太热，公司中午停工三小时，说停工时间不算工资，这样合法吗？",
         "黑龙江冰城律师事务所律师王立新答：根据《防暑降温措施管理办法》，用人单位因高温天气停止工作、缩短工作时间"
         "的，不得扣除或降低劳动者工资。劳动者在高温天气从事室外露天作业的，用人单位还应按规定发放高温津贴，高温"
         "津贴不能用防暑降温饮料、药品代替。",
         "刘女士可先与公司协商，协商不成，可向当地劳动保障监察机构投诉，或向工会申请法律援助。"]))
    q0, q1 = span(3, 4)
    p.box(q0, top, q1, top + 10, w=0, fill=0.0, stroke=False)
    lb = p.label(q0 + 8, top + 18, "维权课堂", 12)
    p.text(q0 + 80, top + 21, "本期嘉宾：王立新", 9, HEI)
    p.absent.append("本期嘉宾：王立新")
    y = p.head(qa.lines, q0 + 8, q1 - 8, lb + 10, 21, align="l")
    qb = p.columns(qa.paras(), q0 + 8, q1 - 8, 1, 0, y + 8, 9.6, 14.4)
    p.box(q0, top, q1, qb + 10, w=0.8)
    p.text(q0, qb + 18, "职工维权热线：12351", 11, HEI, align="c", x1=q1)
    p.text(q0, qb + 34, "工会法律援助律师每周三在市职工服务中心值班", 8.5, align="c", x1=q1)
    p.absent += ["职工维权热线：12351", "工会法律援助律师每周三在市职工服务中心值班"]
    row = max(hb, qb + 50) + 10
    p.hrule(L, R, row, 0.8)
    row += 10

    meals = p.story(Story(
        "“骑手餐”10元吃饱吃好",
        ["一荤两素一汤，外加一份水果，只要10元。近日，南岗区总工会联合辖区80家餐馆推出“骑手餐”，外卖骑手、快递员、"
         "环卫工人凭工会会员卡或工作证即可享用。",
         "“以前赶单子，经常是随便买个面包对付一口。”外卖骑手小赵说，现在午饭时间前后单子少一些，他会专门绕到附近"
         "的爱心餐馆吃一顿热乎饭。",
         "区总工会对参与活动的餐馆按每份餐5元给予补贴，餐馆门口统一张贴“工会爱心餐”标识。活动开展半个月以来，"
         "已累计供餐1.1万余份。"],
        kicker="南岗区工会联合80家餐馆推出爱心套餐", lead="本报讯（记者 徐婷）"))
    m0, m1 = span(0, 2)
    y = p.head([meals.kicker], m0, m1, row, 12, SONG, align="l")
    y = p.head(meals.lines, m0, m1, y + 2, 24, align="l")
    mb = p.columns(meals.paras(), m0, m1, 3, 9, y + 8, 10.5, 15.5)

    camp = p.story(Story(
        "200名职工子女|走进“爱心暑托班”",
        ["14日，道里区总工会“爱心暑托班”在区职工服务中心开班，200名职工子女将在这里度过为期5周的暑假生活。暑托班"
         "由大学生志愿者担任辅导员，开设作业辅导、科普、体育、安全教育等课程，每天接送时间与职工上下班时间衔接，"
         "全程免费。",
         "据了解，今年全市各级工会共开办职工子女暑托班46个，可接收职工子女3000余名。"],
        lead="本报讯 ", sign="（记者 孙悦）"))
    n0, n1 = span(3, 4)
    y = p.head(camp.lines, n0, n1, row, 17, align="l")
    nb = p.columns(camp.paras(), n0, n1, 2, 9, y + 8, 10.5, 15.5)
    p.vrule(m1 + 4.5, row, max(mb, nb))
    ad = max(mb, nb) + 14
    p.box(L, ad, R, 1150, w=1.2)
    mid = (ad + 1150) / 2
    p.text(L, mid - 40, "冰城明目眼科医院", 26, HEI, align="c", x1=R, cs=2)
    p.text(L, mid - 6, "暑期青少年近视防控季 验光配镜八折", 15, SONG, align="c", x1=R)
    p.text(L, mid + 20, "咨询电话：0451-86230088  地址：南岗区红军街56号", 10.5, SONG, align="c", x1=R)
    p.text(L + 6, 1150 - 14, "广告", 8, SONG)
    p.absent += ["冰城明目眼科医院", "暑期青少年近视防控季", "验光配镜八折", "咨询电话：0451-86230088", "南岗区红军街56号"]
    p.text(L, 1160, "冰城晚报社出版  新闻热线：0451-86777110", 8.5, align="c", x1=R)
    p.absent.append("新闻热线：0451-86777110")
    return p.finish()


@page
def p3() -> dict:
    """今日滦州 (a county-level city's weekly), page 2 综合新闻. A3, 4-column grid, heads centred: a story continued
    from page 1 (its head repeated, its text opening with （上接第一版）); a vertical head beside a story in the right
    column, signed (通讯员 …); a kicker-headed story that jumps to page 4; a 图片新闻 (head over a photo, its text
    under it with the photographer's credit); a story with its 本报讯 lead; a bank ad."""
    p = Page("b4p3_county_weekly_p2_continued_vertical_head.pdf", 841.9, 1190.6,
             "county-level city weekly, page 2 综合新闻, A3 4-column grid, heads centred: story continued from page 1 "
             "(head repeated, text opening （上接第一版）); story with a vertical head in the right column, signed "
             "(通讯员 …); kicker-headed story jumping to page 4 （下转第四版）; 图片新闻 with head over the photo and "
             "text under it ending with the photographer's credit; 本报讯 story; bank ad at the foot")
    span = grid(40, 802, 4, 12)
    L, R = span(0, 3)
    p.text(L, 34, "2026年9月4日  星期五", 10)
    p.text(L, 50, "本版编辑：张茜  校对：孙磊", 9)
    p.text(L, 28, "综合新闻", 24, HEI, align="c", x1=R, cs=6)
    p.text(L, 30, "今日滦州", 12, HEI, align="r", x1=R)
    p.text(L, 48, "第2版", 12, HEI, align="r", x1=R)
    p.hrule(L, R, 68, 0.6)
    p.hrule(L, R, 71, 2.0)
    p.absent += ["2026年9月4日 星期五", "本版编辑：张茜", "校对：孙磊", "综合新闻", "今日滦州", "第2版"]

    contest = p.story(Story(
        "滦州市第五届职工职业技能大赛落幕",
        ["比赛设置电工、焊工、叉车司机、中式烹调师、养老护理员、电子商务师6个工种，来自全市58家企业的412名选手"
         "参赛。决赛采取理论考试与实际操作相结合的方式，实操成绩占七成。",
         "市总工会有关负责人介绍，各工种前三名选手将由市总工会授予“滦州市技术能手”称号，符合条件的可直接晋升相应"
         "职业技能等级；第一名选手还将代表滦州参加唐山市职工职业技能大赛。",
         "“平时在车间干活，今天站到赛场上，才知道自己哪里还有差距。”获得焊工第一名的滦河钢铁公司职工李志强说，"
         "企业工会每年都组织岗位练兵，这次比赛的题目有不少就是日常检修中遇到的难题。"],
        ))
    p.absent.append("上接第一版")  # the jump line is page furniture, neither lead nor body
    a0, a1 = span(0, 2)
    y = p.head(contest.lines, a0, a1, 84, 20)
    paras = contest.paras()
    paras[0] = ("b", "（上接第一版）", paras[0])
    ab = p.columns(paras, a0, a1, 3, 12, y + 8, 10.5, 15.5)
    p.hrule(a0, a1, ab + 8, 0.6)

    books = p.story(Story(
        "职工书屋飘书香",
        ["走进古城街道工会职工书屋，一排排书架上整齐摆放着政治理论、技术技能、文学历史等各类图书，几名刚下班的环卫"
         "工人正在翻阅杂志。",
         "近年来，市总工会以职工书屋建设为抓手，在企业、街道和产业园区建成各级职工书屋86家，配送图书4.2万册，并"
         "推出电子书屋，职工扫码即可免费阅读3万余种电子图书。今年以来，各职工书屋共举办读书分享会、技能讲座等"
         "活动120余场，参与职工9000余人次。"],
        lead="本报讯 ", sign="（通讯员 高倩）"))
    d0, d1 = span(3, 3)
    p.box(d1 - 40, 84, d1, 84 + 7 * 30 + 20, w=0, fill=0.88, stroke=False)
    p.vhead(books.title, d1 - 20, 94, 26, step=1.12)
    db = p.columns(books.paras(), d0, d1 - 48, 1, 0, 84, 10.5, 15.5)
    p.vrule(d0 - 6, 84, max(db, 84 + 7 * 30 + 20) + 170)
    # a subscription notice below it
    nt = max(db, 84 + 7 * 30 + 20) + 14
    p.box(d0, nt, d1, nt + 150, w=0.8)
    p.text(d0, nt + 10, "征 订 启 事", 14, HEI, align="c", x1=d1)
    p.frames([("n", "2027年度《今日滦州》征订工作已经开始，全年定价96元。欢迎各单位和广大读者到当地邮政网点或"
                            "报社发行部订阅。"), ("r", "发行部电话：0315-7162233")],
                     [(d0 + 8, d1 - 8, nt + 34, nt + 146)], 9, 13)
    p.absent += ["征订启事", "2027年度《今日滦州》征订工作已经开始", "发行部电话：0315-7162233"]

    aid = p.story(Story(
        "126名困难职工子女|领到助学金",
        ["9月2日，市总工会举行2026年“金秋助学”助学金发放仪式，为126名困难职工家庭的新入学大学生发放助学金共计"
         "50.4万元，每人4000元。",
         "今年的“金秋助学”活动自6月启动以来，市总工会通过基层工会摸排、职工申请、公示审核等程序，将在档困难职工、"
         "因病因灾致困职工和新就业形态劳动者家庭子女纳入资助范围。受助学生来自全市18个镇街，其中考入“双一流”"
         "高校的有23人。",
         "仪式上，受助学生代表、考入河北工业大学的张雨萱说，自己将努力学习，毕业后回报家乡。市总工会还为受助学生"
         "家长送上慰问品，并与6家企业签订协议，为受助学生提供假期实习岗位。"],
        kicker="市总工会“金秋助学”活动", lead="本报讯（记者 许文博）"))
    top = ab + 18
    y = p.head([aid.kicker], a0, a1, top, 12, SONG)
    y = p.head(aid.lines, a0, a1, y + 2, 24)
    cb = p.columns(aid.paras() + [("r", "（下转第四版）")], a0, a1, 3, 12, y + 8, 10.5, 15.5)
    p.absent.append("下转第四版")
    row = max(cb, nt + 150) + 12
    p.hrule(L, R, row, 1.4)
    row += 12

    station = p.story(Story(
        "环卫工人有了“歇脚点”",
        ["近日，市总工会在城区新建的8座环卫工人休息驿站投入使用，驿站内配有空调、微波炉、饮水机、应急药箱等设施，"
         "可供环卫工人就餐、休息、饮水。图为环卫工人在驿站内用餐。"],
        sign="（本报记者 刘畅 摄）"))
    s0, s1 = span(0, 1)
    p.label(s0, row, "图片新闻", 11)
    y = p.head(station.lines, s0, s1, row + 24, 18)
    p.photo(s0, y + 6, s1, y + 190, seed=21)
    sb = p.columns(station.paras(), s0, s1, 1, 0, y + 198, 10.5, 15.5)

    safety = p.story(Story(
        "“安康杯”知识竞赛|比出安全意识",
        ["9月1日，由市总工会、市应急管理局联合举办的“安康杯”安全生产知识竞赛在市职工活动中心举行，来自全市钢铁、"
         "建材、物流等行业的16支代表队参赛。",
         "竞赛分为必答题、抢答题和风险题三个环节，内容涵盖安全生产法律法规、应急处置、职业病防治等知识。经过激烈"
         "角逐，滦河钢铁公司代表队获得一等奖，滦州市交通运输集团代表队、滦州经济开发区代表队获得二等奖。",
         "近年来，市总工会持续开展“安康杯”竞赛活动，全市参赛企业达到310家，覆盖职工4.6万人。"],
        lead="本报讯（通讯员 杨蕾）"))
    t0, t1 = span(2, 3)
    y = p.head(safety.lines, t0, t1, row, 22)
    tb = p.columns(safety.paras(), t0, t1, 2, 12, y + 8, 10.5, 15.5)
    p.vrule(s1 + 6, row, max(sb, tb))
    ad = max(sb, tb) + 16
    p.box(L, ad, R, 1150, w=1.0, fill=0.9)
    mid = (ad + 1150) / 2
    p.text(L, mid - 30, "滦州农商银行", 26, HEI, align="c", x1=R, cs=3)
    p.text(L, mid + 4, "“工会会员卡”专属存款 利率上浮 详询各营业网点", 13, SONG, align="c", x1=R)
    p.text(L, mid + 24, "客服热线：0315-96369", 10, SONG, align="c", x1=R)
    p.absent += ["滦州农商银行", "专属存款", "详询各营业网点", "客服热线：0315-96369"]
    return p.finish()


@page
def p4() -> dict:
    """能源工人报 (an energy-industry workers' paper), page 3 职工之家. Broadsheet, 6-column grid: a side head (kicker
    and a three-line head standing left of the text, the byline under it); a kicker-headed story in four columns
    beside a first-person essay (column label, byline under the head, author's unit in brackets at the end); a
    story beside a photo; a subscription notice; editor line with telephone and e-mail at the top."""
    p = Page("b4p4_energy_industry_paper_side_head_6col.pdf", 1020.5, 1445.7,
             "energy-industry workers' paper, page 3 职工之家, broadsheet 6-column grid: lead with a side head (kicker "
             "and three-line head left of four text columns, byline under the head); kicker-headed story in 4 "
             "columns; first-person essay in the right 2 columns (column label 职工心声, byline under the head, "
             "（作者单位：…） at the end); story with photo; subscription notice at the foot")
    span = grid(48, 972, 6, 14)
    L, R = span(0, 5)
    p.text(L, 36, "能源工人报", 16, HEI)
    p.text(L + 100, 40, "2026年6月10日 星期三", 10)
    p.text(L, 30, "职工之家", 30, HEI, align="c", x1=R, cs=8)
    p.text(L, 32, "3", 26, HEI, align="r", x1=R)
    p.text(L, 64, "责编：刘敏  电话：（010）63416620  邮箱：nygrb_zgzj@163.com", 9, align="r", x1=R)
    p.hrule(L, R, 82, 0.5)
    p.hrule(L, R, 85, 2.5)
    p.absent += ["能源工人报", "2026年6月10日 星期三", "职工之家", "责编：刘敏", "63416620", "nygrb_zgzj@163.com"]

    home = p.story(Story(
        "戈壁深处|建起|“职工小家”",
        ["从哈密市区驱车4个多小时，穿过茫茫戈壁，才能到达750千伏三塘湖变电站。站里12名运维人员每次轮值半个月，"
         "夏天地表温度超过60℃，冬天寒风刺骨，最近的乡镇也在百公里以外。",
         "过去，站里的业余生活只有“看手机、睡大觉”。去年以来，公司工会投入资金130万元，为包括三塘湖站在内的17个"
         "偏远站所建成“职工小家”，配齐健身器材、图书、洗衣烘干设备和净水设备，还在站区开辟了一片小菜园。",
         "“现在下了班能打打乒乓球，周末自己种的菜也能吃上了。”运维班班长马强说，小家建起来后，年轻人愿意来、留得"
         "住了。",
         "公司工会还建立了“小家”需求清单，每季度由工会干部到站所走访一次，职工提出的热水器维修、网络信号差等32项"
         "问题已全部解决。今年，公司工会计划再为9个偏远站所建设“职工小家”，并为一线班组配送流动书箱。"],
        kicker="哈密供电公司工会为偏远站所办实事", lead="本报记者 艾尔肯 通讯员 刘珊", inline_lead=False))
    h0, h1 = span(0, 1)
    top = 100
    y = p.head([home.kicker], h0, h1 - 6, top + 8, 12, SONG, align="l")
    y = p.head(home.lines, h0, h1 - 6, y + 10, 40, align="l", lead_f=1.22)
    p.hrule(h0, h0 + 60, y + 8, 2)
    p.text(h0, y + 18, "本报记者 艾尔肯", 11, HEI)
    p.text(h0, y + 34, "通讯员 刘珊", 11, HEI)
    b0, b1 = span(2, 5)
    hb = p.columns(home.paras(), b0, b1, 4, 14, top, 10.5, 15.6)
    p.photo(b0, hb + 6, b1 - 250, hb + 236, seed=31)
    cb = p.caption("三塘湖变电站运维人员在“职工小家”里打乒乓球。通讯员 刘珊 摄", b1 - 240, b1, hb + 200)
    row = max(hb + 236, cb, y + 60) + 14
    p.hrule(L, R, row, 1.0)
    row += 12

    contest = p.story(Story(
        "井下比武练兵|班组人人有绝活",
        ["6月上旬，内蒙古昊源煤业公司工会组织开展岗位技能比武，采煤、掘进、机电、运输4个专业的286名职工参加，比武"
         "项目全部来自井下实际作业场景。",
         "比武采取“班组推荐、现场抽考”的方式，考官随机抽取班组成员上场，比的是全班组的整体水平。综采二队检修班8名"
         "职工全部达到优秀，获得“夺冠班组”称号。",
         "“以前比武是尖子生的事，现在谁都可能被抽到，大家练得比以前勤多了。”检修班班长白永胜说。为了备战比武，"
         "班里利用班前会时间轮流讲解操作规程，还把井下常见故障编成题库，人人过关。",
         "公司工会为获奖班组和个人发放奖金共计12.6万元，并将比武成绩与职工技能等级评价、年度评先挂钩。"],
        kicker="昊源煤业公司“抽考式”比武覆盖全员", lead="本报讯（通讯员 张瑞 高波）"))
    c0, c1 = span(0, 3)
    y = p.head([contest.kicker], c0, c1, row, 13, SONG)
    y = p.head(contest.lines, c0, c1, y + 3, 26)
    cbm = p.columns(contest.paras(), c0, c1, 4, 14, y + 10, 10.5, 15.6)

    essay = p.story(Story(
        "父亲的安全帽",
        ["父亲在矿上干了三十年，家里的柜子上一直摆着一顶旧安全帽。帽檐磨得发白，侧面还有一道深深的划痕。",
         "小时候我问父亲，为什么不把它扔了。父亲说，那年井下片帮，一块煤矸石擦着他的头飞过去，是这顶帽子救了他一命。"
         "从那以后，他每次下井前都要把帽带系了又系，也总是叮嘱身边的年轻人：“安全帽不是戴给别人看的。”",
         "去年我也成了一名矿工。报到那天，父亲把那顶旧安全帽拿出来，让我摸了摸那道划痕。如今，我在班前会上也常常"
         "把这个故事讲给新来的工友听。"],
        lead="□ 王海东", inline_lead=False, sign="（作者单位：昊源煤业公司综采一队）"))
    e0, e1 = span(4, 5)
    p.box(e0 - 6, row - 4, e1 + 2, row + 2000, w=0, fill=0.94, stroke=False)  # tint, trimmed below
    lb = p.label(e0, row, "职工心声", 12)
    y = p.head(essay.lines, e0, e1, lb + 10, 24)
    p.text(e0, y + 2, essay.lead, 10.5, SONG, align="c", x1=e1)
    eb = p.columns(essay.paras(), e0, e1, 1, 0, y + 24, 10.5, 16)
    row2 = max(cbm, eb) + 14
    p.box(e0 - 6, row2 - 6, e1 + 2, row2 + 2000, w=0, fill=1.0, stroke=False)  # end of the tint
    p.hrule(L, R, row2, 1.0)
    row2 += 12

    mind = p.story(Story(
        "“心灵驿站”帮职工解压",
        ["为缓解迎峰度夏期间一线职工的工作压力，太原供电公司工会近日在12个基层单位建成“心灵驿站”，配备心理测评系统、"
         "放松椅和宣泄设备，并聘请3名国家二级心理咨询师定期驻站服务。",
         "“迎峰度夏期间，抢修任务重，很多职工连续加班，情绪容易紧张。”公司工会负责人说，驿站设在班组附近，职工"
         "换班间隙就能来坐一坐、聊一聊。",
         "工会还开通了24小时心理援助热线，开展“一对一”心理疏导，今年以来已为560余名职工提供心理测评和咨询服务。"],
        lead="本报讯（记者 李晓雯）"))
    m0, m1 = span(0, 2)
    p.photo(m0, row2, m1, row2 + 250, seed=37)
    cb = p.caption("职工在“心灵驿站”体验放松椅。李晓雯 摄", m0, m1, row2 + 255)
    n0, n1 = span(3, 5)
    y = p.head(mind.lines, n0, n1, row2, 26)
    mb = p.columns(mind.paras(), n0, n1, 3, 14, y + 10, 10.5, 15.6)
    row3 = max(mb, cb) + 12
    p.hrule(L, R, row3, 1.0)
    row3 += 12
    match = p.story(Story(
        "“鹊桥”搭到了变电站旁",
        ["6月6日，昌吉供电公司工会联合当地团委举办青年职工联谊活动，来自电力、石化、铁路等行业的86名单身青年参加。",
         "活动设置了破冰游戏、团队拓展、才艺展示等环节，现场有9对青年互留联系方式。公司工会负责人说，不少青年职工"
         "长期在偏远站所工作，交友圈子小，工会今年将联合周边企业工会每季度举办一次联谊活动。"],
        lead="本报讯（通讯员 古丽娜尔）"))
    y = p.head(match.lines, L, R, row3, 22, align="l")
    ad = p.columns(match.paras(), L, R, 6, 14, y + 8, 10.5, 15.6) + 16
    p.box(L, ad, R, 1400, w=1.2)
    mid = (ad + 1400) / 2
    p.text(L, mid - 36, "欢迎订阅2027年度《能源工人报》", 24, HEI, align="c", x1=R)
    p.text(L, mid + 2, "邮发代号：1-186  全年订价：360元  全国各地邮局（所）均可订阅", 12, SONG, align="c", x1=R)
    p.text(L, mid + 22, "本报发行部：（010）63416688", 11, SONG, align="c", x1=R)
    p.absent += ["欢迎订阅2027年度《能源工人报》", "邮发代号：1-186", "全年订价：360元", "本报发行部：（010）63416688"]
    return p.finish()


@page
def p5() -> dict:
    """西江钢铁报 (a steel group's enterprise paper), page 3 工会园地. A3, three wide columns: a reversed section band;
    a kicker-headed lead with the byline on its own line; a story in two columns beside a 图片新闻 whose head runs
    down the left of the photo; a brief signed with the writer's name; a 职工文苑 prose piece (column label, unit and
    name under the head); a safety slogan strip at the foot."""
    p = Page("b4p5_steel_enterprise_paper_union_garden_3col.pdf", 841.9, 1190.6,
             "steel group's enterprise paper, page 3 工会园地, A3 3 wide columns: reversed section band; kicker-headed "
             "lead with byline line under the head; 2-column story beside a 图片新闻 with a vertical head left of the "
             "photo and its text under it; brief signed （…）; 职工文苑 prose piece (column label, unit and name under "
             "the head); safety slogan strip at the foot")
    span = grid(42, 800, 3, 16)
    L, R = span(0, 2)
    p.box(L, 28, R, 70, w=0, fill=0.15, stroke=False)
    p.text(L + 14, 36, "工会园地", 26, HEI, gray=1.0, cs=4)
    p.text(L, 34, "第3版", 12, HEI, align="r", x1=R - 14, gray=1.0)
    p.text(L, 52, "2026年11月20日  星期五", 10, align="r", x1=R - 14, gray=1.0)
    p.text(L, 76, "西江钢铁报", 10, HEI)
    p.text(L, 76, "本版编辑：黄丽萍  投稿邮箱：xjgtb@xjsteel.com", 9, align="r", x1=R)
    p.hrule(L, R, 92, 0.6)
    p.absent += ["工会园地", "第3版", "2026年11月20日 星期五", "西江钢铁报", "本版编辑：黄丽萍", "xjgtb@xjsteel.com"]

    motions = p.story(Story(
        "职工代表提案“件件有回音”",
        ["11月18日，集团公司工会组织职工代表对今年职代会提案办理情况开展“回头看”，12名职工代表分成3个小组，走进"
         "炼铁厂、冷轧厂和运输部，对照提案逐项查看落实情况。",
         "今年集团公司三届四次职代会共征集职工代表提案96件，经提案审查委员会审查立案41件，内容涉及安全生产、设备"
         "改造、职工食堂、交通班车等方面。截至目前，已办结38件，其余3件列入明年计划。",
         "“冷轧厂到生活区的班车增加了夜班车次，下了中班不用再打车回家了。”提出这件提案的职工代表韦海宁说。",
         "集团公司工会负责人表示，对办理进度慢、职工满意度不高的提案，工会将督促承办部门重新办理，并在下次职代会上"
         "向全体代表通报。"],
        kicker="集团公司工会推行提案办理“回头看”", lead="通讯员 覃雪梅", inline_lead=False))
    y = p.head([motions.kicker], L, R, 104, 14, SONG)
    y = p.head(motions.lines, L, R, y + 4, 32)
    p.text(L, y + 4, motions.lead, 10.5, HEI, align="c", x1=R)
    lb = p.columns(motions.paras(), L, R, 3, 16, y + 28, 10.5, 15.8, rules=True)
    p.hrule(L, R, lb + 10, 1.2)
    row = lb + 22

    ideas = p.story(Story(
        "炼钢厂“五小”成果|评出一等奖3项",
        ["近日，炼钢厂工会对今年职工“五小”（小发明、小创造、小革新、小设计、小建议）活动成果进行评审，从申报的68项"
         "成果中评出一等奖3项、二等奖8项、三等奖15项。",
         "其中，转炉车间职工自制的“氧枪粘钢清理装置”将清理时间由40分钟缩短至15分钟，每年可减少停炉时间近百小时；"
         "连铸车间职工改进的中间包烘烤工艺，每年可节约煤气费用60余万元。",
         "今年以来，炼钢厂工会把“五小”活动与班组劳动竞赛结合起来，对职工提出的合理化建议实行“一周内回复、一月内"
         "落实”，全年共收到合理化建议420条，采纳实施136条。",
         "厂工会将对获奖成果给予奖励，并推荐优秀成果参加集团公司评比。"],
        lead="本报讯（通讯员 蓝海 梁颖）"))
    a0, a1 = span(0, 1)
    y = p.head(ideas.lines, a0, a1, row, 24)
    ib = p.columns(ideas.paras(), a0, a1, 2, 16, y + 10, 10.5, 15.8)

    tea = p.story(Story(
        "冬日暖心姜茶站",
        ["入冬以来，集团公司工会在各生产单位设立38个“暖心姜茶站”，每天为一线职工免费提供姜茶、热水，预计持续到"
         "明年2月底。图为焦化厂职工在姜茶站领取姜茶。"],
        sign="（黄晨 摄）"))
    g0, g1 = span(2, 2)
    p.vhead(tea.title, g0 + 14, row + 4, 22, step=1.15)
    p.photo(g0 + 34, row, g1, row + 180, seed=41)
    tb = p.columns(tea.paras(), g0, g1, 1, 0, row + 188, 10.5, 15.8)
    p.vrule(a1 + 8, row, max(ib, tb))
    row2 = max(ib, tb) + 12
    p.hrule(L, R, row2, 0.8)
    row2 += 12

    room = p.story(Story(
        "“妈咪小屋”升级了",
        ["近日，集团公司工会对冷轧厂、炼铁厂等6个单位的“妈咪小屋”进行升级改造，新增冰箱、温奶器、婴儿护理台等"
         "设施，并安装了门禁系统保护隐私。目前，集团公司已建成“妈咪小屋”15个，覆盖所有女职工较多的单位。"],
        lead="本报讯 ", sign="（覃雪梅）"))
    y = p.head(room.lines, *span(0, 0), row2, 19)
    rb = p.columns(room.paras(), *span(0, 0), 1, 0, y + 8, 10.5, 15.8)

    prose = p.story(Story(
        "第一次站上炉台",
        ["那是我进厂的第一个冬天。师傅把一副厚厚的帆布手套递给我，说：“站上炉台，先学会看火。”",
         "炉口的火光映红了整个车间，钢水翻滚着，像一条发怒的河。我紧张得手心冒汗，师傅却不慌不忙，一边盯着火焰的"
         "颜色，一边告诉我什么时候该加料、什么时候该出钢。",
         "那天下班，师傅在更衣室里跟我说，炼钢这一行，手上的功夫要练，心里的那根弦更要绷紧，一炉钢出得好不好，"
         "全看炉前的人用不用心。",
         "后来我才知道，师傅看火的本事是几十年练出来的。如今我也带了徒弟，每次站上炉台，我都会把师傅那句话说给他听。"],
        lead="■ 炼钢厂 邓晓梅", inline_lead=False))
    w0, w1 = span(1, 2)
    lb2 = p.label(w0, row2, "职工文苑", 12)
    y = p.head(prose.lines, w0, w1, lb2 + 4, 22)
    p.text(w0, y + 2, prose.lead, 10, SONG, align="c", x1=w1)
    wb = p.columns(prose.paras(), w0, w1, 2, 16, y + 22, 10.5, 15.8, font=SONG)
    p.vrule(w0 - 8, row2, max(rb, wb))
    strip = max(rb, wb) + 12
    p.hrule(L, R, strip, 0.8)
    p.text(L, strip + 10, "职工摄影作品选登", 14, HEI)
    p.absent.append("职工摄影作品选登")
    pw = (R - L - 2 * 16) / 3
    shots = ["《钢城晨曦》 运输部 陆永强 摄", "《炉前》 炼铁厂 黄建华 摄", "《归途》 冷轧厂 梁晓峰 摄"]
    foot = 1100
    ph = foot - 36 - (strip + 32)
    for k, shot in enumerate(shots):
        x = L + k * (pw + 16)
        p.photo(x, strip + 32, x + pw, strip + 32 + ph, seed=60 + k)
        p.caption(shot, x, x + pw, strip + 38 + ph)
    p.box(L, foot, R, foot + 44, w=0, fill=0.85, stroke=False)
    p.text(L, foot + 12, "安全第一  预防为主  综合治理", 18, HEI, align="c", x1=R, cs=3)
    p.absent.append("安全第一预防为主综合治理")
    p.text(L, 1160, "西江钢铁集团有限公司主办  内部资料  免费交流", 8.5, align="c", x1=R)
    p.absent += ["西江钢铁集团有限公司主办", "内部资料免费交流"]
    return p.finish()


@page
def p6() -> dict:
    """滇中日报 (a city daily), T04 of its 五一特刊 (a May Day special section). A3, 4-column grid: a series banner
    (劳动者之歌) over a wide photo; the feature's two-line head with a dash subtitle and a 文/图 byline, its text in
    three columns broken by centred subheads; a right-hand column with a 数说 data box, a pull quote and a 记者手记
    sidebar; a profile at the foot whose head is set vertically in two lines at the right, signed （本报记者 …）."""
    p = Page("b4p6_city_daily_mayday_special_T04.pdf", 841.9, 1190.6,
             "city daily's May Day special section page T04, A3 4-column grid: series banner 劳动者之歌 over a wide "
             "photo; feature head (two lines) with dash subtitle and 文/图 byline, text in 3 columns with centred "
             "subheads; right column: 数说 data box, pull quote, 记者手记 sidebar (label; head; text); profile at "
             "the foot with a two-line vertical head at the right, signed （本报记者 …）")
    span = grid(36, 806, 4, 10)
    L, R = span(0, 3)
    p.text(L, 30, "滇中日报", 11, HEI)
    p.text(L, 46, "2026年4月30日 星期四", 9.5)
    p.absent += ["滇中日报", "2026年4月30日 星期四"]
    p.label(L + 150, 28, "五一特刊", 14, pad=4)
    p.text(L, 26, "T04", 24, HEI, align="r", x1=R)
    p.text(L, 56, "策划：周云  统筹：张蕾  责任编辑：赵宁  美术编辑：刘畅", 9, align="r", x1=R)
    p.hrule(L, R, 72, 1.0)
    p.text(L, 80, "劳 动 者 之 歌", 34, HEI, align="c", x1=R, cs=2)
    p.text(L, 124, "——致敬奔忙在岗位上的你", 12, SONG, align="c", x1=R)
    p.absent += ["T04", "策划：周云", "统筹：张蕾", "责任编辑：赵宁", "美术编辑：刘畅", "劳动者之歌", "致敬奔忙在岗位上的你"]
    top = 146
    p.photo(L, top, R, top + 230, seed=51)
    cb = p.caption("深夜，货车司机在物流园区的“货车司机之家”休息、用餐。本报记者 段丽 摄", L, R, top + 235)

    trucks = p.story(Story(
        "千里路上|有个“家”",
        ["凌晨三点，昆明市官渡区一家物流园区的“货车司机之家”依然亮着灯。刚从四川攀枝花拉货过来的司机杨师傅把车"
         "停好，拎着水杯走进来，接了一杯热水，又在按摩椅上坐了下来。",
         "“跑了十几个小时，能有个地方洗个热水澡、睡个安稳觉，就很满足了。”杨师傅说。",
         ("h", "热水、热饭和一张床"),
         "这个“货车司机之家”由园区工会联合会建设，面积约300平方米，设有休息室、淋浴间、洗衣房、餐厅和阅览区，24小时"
         "对货车司机开放，洗澡、洗衣、饮水全部免费，餐厅饭菜按成本价供应。",
         "“很多司机一年有大半年在路上，吃不好、睡不好，最需要的就是这些最基本的东西。”园区工会联合会主席陈晓燕说，"
         "司机之家自2024年建成以来，已累计服务货车司机9万余人次。",
         ("h", "“娘家人”就在身边"),
         "除了生活服务，司机之家还是一个“维权点”。墙上的公示栏里，贴着工会法律援助律师的联系方式。去年，一名司机因"
         "运费结算与货主发生纠纷，工会律师介入调解，帮他要回了拖欠的1.8万元运费。",
         "园区工会还在司机之家设立了入会登记点，目前已有1300多名货车司机加入工会。会员可以享受免费体检、意外伤害"
         "保险和子女助学等服务。",
         ("h", "让更多司机“有家可回”"),
         "记者了解到，截至今年3月，全省各级工会已在高速服务区、物流园区、加油站等地建成“货车司机之家”112个。省总"
         "工会表示，今年将再建设40个，并推动建立统一的服务标准，让奔波在路上的货车司机走到哪里都能找到“家”。"],
        subtitle="——昆明一物流园区“货车司机之家”的24小时", lead="本报记者 段丽 文/图", inline_lead=False))
    f0, f1 = span(0, 2)
    y = p.head(trucks.lines, f0, f1, cb + 12, 36, align="l", lead_f=1.15)
    y = p.head([trucks.subtitle], f0, f1, y + 2, 13, SONG, align="l")
    p.text(f0, y + 4, trucks.lead, 10, HEI)
    fb = p.columns(trucks.paras(), f0, f1, 3, 10, y + 26, 10.5, 15.5)

    g0, g1 = span(3, 3)
    p.vrule(g0 - 5, cb + 12, fb)
    y = cb + 12
    p.box(g0, y, g1, y + 120, w=0, fill=0.86, stroke=False)
    p.text(g0 + 8, y + 8, "数说", 16, HEI)
    p.text(g0 + 8, y + 34, "112个", 22, HEI)
    p.text(g0 + 8, y + 60, "全省已建成“货车司机之家”", 9, HEI)
    p.text(g0 + 8, y + 80, "40个", 18, HEI)
    p.text(g0 + 8, y + 100, "今年计划新建数量", 9, HEI)
    p.absent += ["数说", "全省已建成“货车司机之家”", "今年计划新建数量"]
    y += 134
    p.hrule(g0 + 20, g1 - 20, y, 2)
    p.text(g0, y + 10, "“路再远，心里也有", 15, HEI, align="c", x1=g1)
    p.text(g0, y + 30, "个落脚的地方。”", 15, HEI, align="c", x1=g1)
    p.hrule(g0 + 20, g1 - 20, y + 54, 2)
    p.absent += ["路再远，心里也有个落脚的地方。"]
    y += 70

    note = p.story(Story(
        "撑起城市的|“物流血脉”",
        ["采访中，记者听得最多的一句话是“在路上”。货车司机们常年在外，一辆车就是半个家。",
         "他们运送的是城市运转所需的蔬菜、药品和建材，自己却常常顾不上吃一顿热饭。让他们在路上有个歇脚的地方，"
         "是工会的一份心意，也是一座城市应有的温度。"],
        sign="（段丽）"))
    lb = p.label(g0, y, "记者手记", 11)
    y = p.head(note.lines, g0, g1, lb + 8, 17)
    nb = p.columns(note.paras(), g0, g1, 1, 0, y + 6, 10.5, 15.5)
    row = max(fb, nb) + 14
    p.hrule(L, R, row, 1.4)
    row += 12

    driver = p.story(Story(
        "方向盘上的二十年",
        ["早上6点，春城公交集团85路公交车驾驶员李春梅已经开始了一天的工作。20年来，她安全行驶120多万公里，没有发生"
         "一起责任事故，先后获得云南省五一劳动奖章等荣誉。",
         "在车队，李春梅是出了名的“热心人”。她牵头成立的“春梅服务队”，为乘客提供爱心座椅、应急药箱和雨伞借用服务。"
         "公司工会以她的名字命名了劳模创新工作室，她和队员们总结的“平稳驾驶八步法”已在全公司推广。",
         "85路途经两所医院和三个菜市场，老年乘客多。李春梅养成了一个习惯：车停稳了再开门，老人坐稳了再起步。"
         "遇到行动不便的乘客，她会下车搀扶一把。",
         "“车上坐着几十个人，每一脚油门、每一脚刹车都得稳。”李春梅说，她最大的心愿，是带出更多让乘客放心的"
         "驾驶员。"],
        sign="（本报记者 王晶）"))
    d0, d1 = span(0, 3)
    p.vhead("方向盘上的", d1 - 16, row + 4, 24, step=1.1)
    p.vhead("二十年", d1 - 46, row + 4, 24, step=1.1)
    p.photo(d0, row, d0 + 170, row + 150, seed=57)
    cb2 = p.caption("李春梅在检查车辆。本报记者 王晶 摄", d0, d0 + 170, row + 155)
    db = p.columns(driver.paras(), d0 + 182, d1 - 66, 3, 10, row, 10.5, 15.5)
    end = max(db, cb2, row + 5 * 26.4) + 14
    p.box(L, end, R, 1140, w=1.0)
    mid = (end + 1140) / 2
    p.text(L, mid - 30, "致敬每一位劳动者", 26, HEI, align="c", x1=R, cs=3)
    p.text(L, mid + 6, "滇中农村商业银行 祝全市劳动者节日快乐", 13, SONG, align="c", x1=R)
    p.text(L, mid + 26, "服务热线：0871-96333", 10, SONG, align="c", x1=R)
    p.absent += ["致敬每一位劳动者", "滇中农村商业银行", "祝全市劳动者节日快乐", "服务热线：0871-96333"]
    p.text(L, 1150, "滇中日报社出版  本版图片除署名外均由受访者提供", 8.5, align="c", x1=R)
    p.absent += ["本版图片除署名外均由受访者提供"]
    return p.finish()


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(SONG))
    pdfmetrics.registerFont(TTFont(HEI, HEI_PATH, subfontIndex=0))
    pages = [make() for make in PAGES]
    about = ("Blind PDF pages 4, written by hand before any run of the archive's code (session 12). Same format as "
             "../blind3/expected.json: per page, articles in reading order (rows top to bottom, left to right within "
             "a row; a side column is read with the row it starts in), with the headline a reader sees (lines of a "
             "head joined; compare without whitespace, NFKC), 引题 as kicker, 副题 as subtitle, lead (a 本报讯 or "
             "电头 opening, or a byline printed under the head, which a body may open with), body_start (first "
             "words after the lead), body_end (last words; a printed signature 'sign' may follow them), and "
             "'absent': phrases (page headers and footers, editor lines, column labels, captions, jump lines, "
             "pull quotes, data boxes, hotlines, ads and notices) that belong to no article body. Not articles: "
             "column labels, captions, data boxes, hotlines, ads, notices.")
    (HERE / "expected.json").write_text(json.dumps({"_about": about, "pages": pages}, ensure_ascii=False, indent=1)
                                        + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
