"""Positioned glyphs of one page in → its articles out (pure: plain data, no PDF library).

What a reader of a newspaper page uses, in order:
1. glyphs → lines: glyphs of one size side by side on one baseline (printers draw some
   headlines twice, as shadow or outline: a glyph repeated in the same place counts once);
   a stack of single glyphs one above another is a vertical (竖排) line.
2. lines → blocks: lines of one size and font, one under another with overlapping extent
   (a column's run of text, a headline's lines).
3. page furniture (版头 with the paper's name, date and 第N版; page numbers; 责任编辑 lines)
   is found by its words in the top and bottom bands and dropped; the date, paper and page
   it names are kept.
4. headlines are short blocks set clearly larger than the text they stand over; stacked
   headline blocks are kicker / title / subtitle (the largest is the title). Captions are the
   short blocks right under a picture or ending in 摄/供图; they are kept out of the text.
5. each text block belongs to the nearest headline above it that spans it (or the nearest
   vertical headline to its right); a smaller headline set inside a column of an article
   with the article's text right above it is a section head of that article.
6. an article's blocks are read by recursive XY-cut (rows split by gaps across the whole
   article, then columns left to right), and lines are joined without spaces across line
   and column breaks; a paragraph ends at a short line or before an indented one.
A headline that owns no text (a banner, a title-only notice) is not an article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from statistics import median
from typing import Protocol, TypeVar

from archive.text.byline import parse_credit_line
from archive.text.headlines import is_brief_label
from archive.text.markers import CHROME_ANYWHERE, CHROME_AT_START, STAFF_ROLE
from archive.text.pdf_read import Box, Glyph, PdfPage
from archive.text.pdf_rules import PdfRules, load_rules

# Glyphs further apart than this (in type sizes) are not in one line: column gutters are wider.
LINE_GAP = 1.0
# Consecutive lines of a block: vertical gap at most this many type sizes.
BLOCK_LEADING = 0.9
# A headline's type is at least this much larger than the text it stands over.
HEADLINE_RATIO = 1.25
# A vertical headline owns text beside it over a headline above it only when this much closer.
VERTICAL_PREFERENCE = 0.33
# An article's text sizes differ by at most this ratio (a lead paragraph set 10.5 pt over 9 pt text);
# notices in 7 pt under 9.3 pt news are not its text.
TEXT_SIZE_TOLERANCE = 1.25
# Right under a printed rule, a short phrase this much larger than the text under it is a head.
RULED_HEAD_RATIO = 1.1
# A head set in its module's first column (侧题) owns text starting level with it at most this many text sizes to its right.
SIDE_REACH = 20.0
# A section head inside an article is at most this share of the article's title size.
SECTION_HEAD_RATIO = 0.75
# Text blocks with more lines or characters than this are prose, never headlines.
MAX_HEADLINE_LINES = 4
MAX_HEADLINE_CHARS = 64
# A head of more than MAX_HEADLINE_LINES lines is still a head when its lines average at most this many characters.
NARROW_HEAD_CHARS = 8
# A line starting this many type sizes right of its block's edge opens a paragraph (2-character indent).
INDENT = 1.2
# A gap in a headline at least this many of its type sizes wide may part two headlines set side by side
# (when a gutter of the text under it lies in it), looked for down to HEAD_REACH sizes under the line.
HEAD_GAP = 0.25
HEAD_REACH = 6.0
# A credit line of its own (■ 本报记者 张华 通讯员 李明) is at most this many characters.
CREDIT_CHARS = 24
# A column of stories at most this share of the width of the stories beside it, starting within SIDEBAR_LEVEL text
# sizes of their top, is a sidebar (or a 简讯 box): read whole, not interleaved with them by head height.
SIDEBAR_SHARE = 0.3
SIDEBAR_LEVEL = 4.0
# heads within this many text lines of their row's highest head are read in that row, left to right
HEAD_ROW_LINES = 3.0
# A label on a plate (江城时评, 维权问答, 简讯) is a short phrase: at most this many characters.
LABEL_CHARS = 10
# A 副题 line set in the text's size under its head opens with a dash (——记…), and is at most this many characters.
DASH_SUBTITLE = re.compile(r"^\s*(?:——|—|－－|--)")
SUBTITLE_CHARS = 40
# A table's cell (设备设施, 1867, 96%) is at most this many characters; a figure is a digit.
TABLE_CELL_CHARS = 8
FIGURE = re.compile(r"\d")
# Share of the page height searched for the page header, and for the footer.
HEADER_BAND = 0.25
FOOTER_BAND = 0.07
BAND = 8.0  # points: lines are looked up by the band their middle falls in
CLAUSE_MARKS = re.compile(r"[，。；、]")
# A page whose news is under this share of its notices is a page of notices (中缝, 公告专栏).
NOTICE_PAGE_SHARE = 0.1
SENTENCE_END = re.compile(r"[。！？!?；;：:…”’」』）)]$")
# A statement's end (a paragraph's last line): a head may end in a closing quote (职工书屋:让阅读和职工“零距离”) or an
# exclamation (真诚感谢送锦旗!), never in a full stop.
STATEMENT_END = re.compile(r"[。；;：:…][”’」』）)]?$")
HAN = re.compile(r"[\u3400-\u9fff]")
SENTENCE_MARKS = re.compile(r"[。！？!?]")
AD_NAME_CHARS = 20  # an advertiser's name or offer over its hotline is a short phrase
PULL_QUOTE = re.compile(r"^[“「『\"][^“”「」『』\"]{4,60}[”」』\"][。！？!?]?$")  # a sentence wholly in quotes
WORD_CHAR = re.compile(r"[A-Za-z0-9]")


class Line:
    """Glyphs on one baseline (or stacked, for vertical text). Measures are computed once, when first asked."""

    def __init__(self, glyphs: list[Glyph], vertical: bool = False, after_gutter: bool = False):
        self.glyphs = glyphs  # filled while lines are built; measured only afterwards
        self.vertical = vertical
        self.after_gutter = after_gutter  # cut from a line to its left over a gutter: not joined back to it

    @cached_property
    def x0(self) -> float:
        return min(g.x0 for g in self.glyphs)

    @cached_property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)

    @cached_property
    def top(self) -> float:
        return min(g.top for g in self.glyphs)

    @cached_property
    def bottom(self) -> float:
        return max(g.bottom for g in self.glyphs)

    @cached_property
    def size(self) -> float:
        return median(g.size for g in self.glyphs)

    @cached_property
    def band(self) -> tuple[float, float]:
        """Median top and bottom of the glyphs: a tall quote mark or bracket does not move it."""
        return median(g.top for g in self.glyphs), median(g.bottom for g in self.glyphs)

    @cached_property
    def font(self) -> str:
        return Counter(g.font for g in self.glyphs).most_common(1)[0][0]

    @cached_property
    def text(self) -> str:
        return line_text(self.glyphs, self.vertical)


class Block:
    """Lines of one run of text (a column's paragraphs, a headline's lines) and their extent."""

    def __init__(self, lines: list[Line], kind: str = "text"):
        self.lines: list[Line] = []
        self.kind = kind  # text | headline | caption | furniture | heading (a section head inside an article) | joined | label
        self.ruled_head = False  # a head only a little larger than its text, standing under a printed rule
        self.credit_line = False  # its first line is a byline of its own (■本报记者 张华): its text starts a line lower
        self.marked_head = False  # a brief's head led by its mark (■…) in a 简讯 box: a head whatever its size
        self.inset_above = 0.0  # the height of a pull quote set into its column right over it: white the text runs across
        self.sizes: Counter[float] = Counter()
        self.x0 = self.top = float("inf")
        self.x1 = self.bottom = float("-inf")
        for line in lines:
            self.add(line)

    def add(self, line: Line) -> None:
        self.lines.append(line)
        self.x0, self.x1 = min(self.x0, line.x0), max(self.x1, line.x1)
        self.top, self.bottom = min(self.top, line.top), max(self.bottom, line.bottom)
        self.sizes.update(round(g.size, 1) for g in line.glyphs)

    @property
    def size(self) -> float:
        return self.sizes.most_common(1)[0][0]

    def absorb(self, right: Block) -> None:
        """Take a one-line block set level with this one-line block, to its right, into its line."""
        line = Line(self.lines[0].glyphs + right.lines[0].glyphs)
        self.lines, self.sizes = [], Counter()
        self.x0 = self.top = float("inf")
        self.x1 = self.bottom = float("-inf")
        self.add(line)
        right.kind = "joined"

    @property
    def vertical(self) -> bool:
        return all(line.vertical for line in self.lines)

    @property
    def text(self) -> str:
        return "".join(line.text for line in self.lines)

    @property
    def chars(self) -> int:
        return sum(len(line.glyphs) for line in self.lines)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def row_top(self) -> float:
        """Where its text starts: under a byline line of its own, level with the columns beside it."""
        return self.lines[1].top if self.credit_line and len(self.lines) > 1 else self.top


@dataclass
class LaidArticle:
    """One article cut from a page: its headline stack and body paragraphs in reading order."""

    title: str
    kicker: str | None = None
    subtitle: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


@dataclass
class LaidPage:
    """A page's articles plus what its furniture says (date, paper, page label)."""

    articles: list[LaidArticle]
    furniture: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    dropped_notices: int = 0


# ---- glyphs → lines -----------------------------------------------------------------------

def line_text(glyphs: list[Glyph], vertical: bool = False) -> str:
    """Glyphs of one line in reading order → its text.

    A space stands between two Latin words set apart, and wherever a gap is wider than the
    line's usual spacing (记者 徐昕 通讯员 田明); a headline set with even spaces between its
    characters (中 国 海 油) reads without them.
    """
    gaps = [b.x0 - a.x1 for a, b in zip(glyphs, glyphs[1:])]
    usual = median(gaps) if gaps else 0.0
    out = [glyphs[0].text] if glyphs else []
    for prev, glyph, gap in zip(glyphs, glyphs[1:], gaps):
        if not vertical:
            latin = gap > 0.25 * glyph.size and WORD_CHAR.match(prev.text) and WORD_CHAR.match(glyph.text)
            if latin or (gap >= 0.4 * glyph.size and gap >= usual + 0.3 * glyph.size):
                out.append(" ")
        out.append(glyph.text)
    return "".join(out)


def unique_glyphs(glyphs: tuple[Glyph, ...] | list[Glyph]) -> list[Glyph]:
    """Glyphs in → the same without repeats drawn over each other (shadowed or outlined headlines)."""
    seen: dict[tuple[str, int, int], list[Glyph]] = {}
    kept = []
    for glyph in glyphs:
        cell = max(glyph.size * 0.5, 1.0)
        x, y = int(glyph.x0 // cell), int(glyph.top // cell)
        near = [other for dx in (-1, 0, 1) for dy in (-1, 0, 1) for other in seen.get((glyph.text, x + dx, y + dy), ())]
        tolerance = 0.2 * glyph.size
        if any(abs(o.x0 - glyph.x0) < tolerance and abs(o.top - glyph.top) < tolerance for o in near):
            continue
        seen.setdefault((glyph.text, x, y), []).append(glyph)
        kept.append(glyph)
    return kept


def _same_size(a: float, b: float, tolerance: float = 1.15) -> bool:
    return max(a, b) <= tolerance * min(a, b)


def horizontal_lines(glyphs: list[Glyph]) -> list[Line]:
    """Glyphs in → horizontal lines (same size, same baseline band, gaps under LINE_GAP sizes)."""
    lines: list[Line] = []
    by_band: dict[int, list[Line]] = {}  # lines by the band of their first glyph's middle
    for glyph in sorted(glyphs, key=lambda g: (g.x0, g.top)):
        middle = (glyph.top + glyph.bottom) / 2
        band = int(middle // BAND)
        reach = int(0.3 * glyph.size // BAND) + 1
        best, best_gap = None, 0.0
        for key in range(band - reach, band + reach + 1):
            for line in by_band.get(key, ()):
                last = line.glyphs[-1]
                gap = glyph.x0 - last.x1
                # a line set with space between its characters (a spaced head) reaches that much further
                spacing = max(0.0, last.x0 - line.glyphs[-2].x1) if len(line.glyphs) > 1 else 0.0
                if not (-0.6 * glyph.size <= gap <= LINE_GAP * glyph.size + spacing and _same_size(glyph.size, last.size)):
                    continue
                if abs((last.top + last.bottom) / 2 - middle) > 0.3 * min(glyph.size, last.size):
                    continue
                if best is None or gap < best_gap:
                    best, best_gap = line, gap
        if best is None:
            best = Line([glyph])
            lines.append(best)
            by_band.setdefault(band, []).append(best)
        else:
            best.glyphs.append(glyph)
    return lines


def vertical_lines(lines: list[Line], min_glyphs: int = 3) -> list[Line]:
    """Lines in → the same, with stacks of single glyphs (one above another, same size) made vertical lines."""
    singles = sorted((line for line in lines if len(line.glyphs) == 1), key=lambda line: line.top)
    rest = [line for line in lines if len(line.glyphs) > 1]
    by_column: dict[int, list[int]] = {}  # singles by the band their centre falls in, top to bottom
    for i, line in enumerate(singles):
        by_column.setdefault(int((line.x0 + line.x1) / 2 // BAND), []).append(i)
    used: set[int] = set()
    stacks: list[Line] = []
    for i in range(len(singles)):
        if i in used:
            continue
        chain = [singles[i]]
        used.add(i)
        while (nxt := _next_below(chain[-1].glyphs[0], singles, by_column, used)) is not None:
            used.add(nxt)
            chain.append(singles[nxt])
        if len(chain) >= min_glyphs:
            stacks.append(Line([line.glyphs[0] for line in chain], vertical=True))
        else:
            rest.extend(chain)
    return rest + stacks


def _next_below(last: Glyph, singles: list[Line], by_column: dict[int, list[int]], used: set[int]) -> int | None:
    """The nearest unused single glyph right under ``last`` (same centre, same size, within 2.5 sizes)."""
    centre = (last.x0 + last.x1) / 2
    best = None
    for key in range(int(centre // BAND) - 1, int(centre // BAND) + 2):
        for j in by_column.get(key, ()):
            if j in used:
                continue
            g = singles[j].glyphs[0]
            if g.top < last.bottom - 0.3 * last.size or g.top - last.bottom > 2.5 * last.size:
                continue
            if abs((g.x0 + g.x1) / 2 - centre) <= 0.25 * last.size and _same_size(g.size, last.size):
                if best is None or g.top < singles[best].glyphs[0].top:
                    best = j
    return best


def split_at_gutters(lines: list[Line]) -> list[Line]:
    """Lines in → the same, cut where a wide gap lines up with white space in the lines around it.

    Columns set close together (a gutter under one type size) would otherwise read across: a
    gap is a gutter when no glyph of the neighbouring lines (same size, a few lines up or down)
    covers its middle while at least two of them have text right beside it. A wide space
    between two names in one line has text above and below it, so it stays.
    Two headlines set side by side on one baseline, close together, are cut the same way by the
    text under them: a gap in large type holding a gutter of the smaller text below is two heads.
    """
    by_band: dict[int, list[Line]] = {}
    for line in lines:
        by_band.setdefault(int((line.top + line.bottom) / 2 // BAND), []).append(line)
    out: list[Line] = []
    for line in lines:
        if line.vertical or len(line.glyphs) < 2:
            out.append(line)
            continue
        start = 0
        gaps = [b.x0 - a.x1 for a, b in zip(line.glyphs, line.glyphs[1:])]
        usual = max(0.0, median(gaps))  # a head set with space between its characters parts only at a wider gap
        for i, (a, b) in enumerate(zip(line.glyphs, line.glyphs[1:])):
            gap = gaps[i]
            if gap < usual + HEAD_GAP * line.size:
                continue
            column = len(line.glyphs) >= 4 and gap >= 0.45 * line.size and _is_gutter(line, (a.x1 + b.x0) / 2, by_band)
            if column or (len(line.glyphs) <= MAX_HEADLINE_CHARS and _gutter_below(line, a.x1, b.x0, by_band)):
                out.append(Line(line.glyphs[start:i + 1], after_gutter=start > 0))
                start = i + 1
        out.append(line if start == 0 else Line(line.glyphs[start:], after_gutter=True))
    return out


def _is_gutter(line: Line, x: float, by_band: dict[int, list[Line]]) -> bool:
    size = line.size
    middle = (line.top + line.bottom) / 2
    reach = int(4 * size // BAND) + 1
    beside = 0
    for key in range(int(middle // BAND) - reach, int(middle // BAND) + reach + 1):
        for other in by_band.get(key, ()):
            if other is line or other.vertical or not _same_size(other.size, size):
                continue
            if abs((other.top + other.bottom) / 2 - middle) > 4 * size:
                continue
            if any(g.x0 < x < g.x1 for g in other.glyphs):
                return False
            if any(abs(g.x1 - x) <= 3 * size or abs(g.x0 - x) <= 3 * size for g in other.glyphs):
                beside += 1
    return beside >= 2


def _gutter_below(line: Line, left: float, right: float, by_band: dict[int, list[Line]]) -> bool:
    """True when the white space from ``left`` to ``right`` in a line stands over a gutter of the smaller text under it.

    The text under the line (type at most 1/HEADLINE_RATIO of its size, down to HEAD_REACH sizes below)
    is read around the gap: a stretch free of its glyphs must reach into the gap and on to where the
    right-hand head starts (a head set over its column starts where the column does), and at least two of its lines must end at
    the stretch's left and two start at its right: a column on each side.
    """
    size = line.size
    bottom = line.bottom
    lower: list[Line] = []
    for key in range(int(bottom // BAND) - 1, int((bottom + HEAD_REACH * size) // BAND) + 1):
        for other in by_band.get(key, ()):
            if other.vertical or other.size * HEADLINE_RATIO > size or other.top < bottom - 0.2 * size:
                continue
            if other.top > bottom + HEAD_REACH * size or other.x1 < left - size or other.x0 > right + size:
                continue
            lower.append(other)
    # The text under the heads is the size most of those lines share: a head or subtitle of the next
    # row within reach (centred over other columns) crosses the gutter and is no part of it.
    sizes = [other.size for other in lower]
    small = max(sizes, key=lambda s: sum(_same_size(s, t) for t in sizes)) if sizes else 0.0
    lower = [other for other in lower if _same_size(other.size, small)]
    if len(lower) < 4:
        return False
    small = max(other.size for other in lower)
    low, high = left - 2 * small, right + small
    covered = sorted((g.x0, g.x1) for other in lower for g in other.glyphs if g.x1 > low and g.x0 < high)
    free, at = (0.0, low, low), low  # widest stretch no glyph covers: (width, start, end)
    for x0, x1 in [*covered, (high, high)]:
        if x0 - at > free[0]:
            free = (x0 - at, at, x0)
        at = max(at, x1)
    _, start, end = free
    if min(end, right) - max(start, left) < 0.3 * small or abs(end - right) > 0.5 * small:
        return False
    ends = sum(1 for other in lower if any(abs(g.x1 - start) <= 0.5 * small for g in other.glyphs))
    starts = sum(1 for other in lower if any(abs(g.x0 - end) <= 0.5 * small for g in other.glyphs))
    return ends >= 2 and starts >= 2


def page_lines(glyphs: tuple[Glyph, ...] | list[Glyph]) -> list[Line]:
    """A page's glyphs in → its horizontal and vertical lines out."""
    return vertical_lines(split_at_gutters(horizontal_lines(unique_glyphs(glyphs))))


# ---- lines → blocks -----------------------------------------------------------------------

def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def _ruled_between(rules: tuple[Box, ...], upper: Line, lower: Line) -> bool:
    """True when a printed rule runs between two lines (over at least half of the lower one)."""
    top, bottom = upper.band[1] - 1, lower.band[0] + 1
    return any(top <= (r.top + r.bottom) / 2 <= bottom
               and _overlap(r.x0, r.x1, lower.x0, lower.x1) >= 0.5 * (lower.x1 - lower.x0) for r in rules)


def _on_plate(line: Line, plates: tuple[Box, ...]) -> bool:
    """True when a line's middle lies on a plate (a dark filled box): reversed type, white on black."""
    x, y = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return any(p.x0 <= x <= p.x1 and p.top <= y <= p.bottom for p in plates)


def page_blocks(lines: list[Line], rules: tuple[Box, ...] = (), plates: tuple[Box, ...] = ()) -> list[Block]:
    """Lines in → blocks: runs of lines of one size and font, each under the last, overlapping in extent.

    Type on a plate (a reversed label, 江城时评 white on black) is a block of its own: the head under it is not its.
    """
    blocks: list[Block] = []
    open_blocks: list[Block] = []
    reversed_lines = {id(line) for line in lines if plates and _on_plate(line, plates)}
    for line in sorted((line for line in lines if not line.vertical), key=lambda line: (line.top, line.x0)):
        size = line.size
        best = None
        for block in open_blocks:
            if (id(line) in reversed_lines) != (id(block.lines[-1]) in reversed_lines):
                continue
            last = block.lines[-1]
            gap = line.band[0] - last.band[1]
            if gap < -0.3 * size or gap > BLOCK_LEADING * size:
                continue
            if not _same_size(size, last.size, 1.1):
                continue
            if line.font != last.font and min(len(line.glyphs), len(last.glyphs)) < 8:
                continue  # a short line in another face: a headline, label or caption, not the same text
            shared = _overlap(line.x0, line.x1, block.x0, block.x1)  # the block: its last line may be short
            # same left edge, or indented; under a block of one indented line, a paragraph's last line starts 2 characters left
            aligned = block.x0 - (2.5 if len(block.lines) == 1 else 1) * size <= line.x0 <= block.x0 + 2.5 * size
            if shared < 0.5 * min(line.x1 - line.x0, block.width) and not aligned:
                continue
            if len(block.lines) > 1 and line.x1 - line.x0 > 1.6 * block.width:
                continue  # much wider than the block: another region starts here
            if rules and _ruled_between(rules, last, line):
                continue
            best = block
            break
        if best is None:
            best = Block([line])
            blocks.append(best)
            open_blocks.append(best)
        else:
            best.add(line)
        open_blocks = [b for b in open_blocks if line.top - b.bottom <= 3 * size]
    for line in lines:
        if line.vertical:
            blocks.append(Block([line]))
    return blocks


# ---- furniture ------------------------------------------------------------------------------

CLAUSE_OR_SENTENCE = re.compile(r"[，,；;、。！？]")
# A staff line set solid, its names run into the roles (责任编辑孙丽版式设计郑凯: a PDF gives no space where the type has
# none): two roles or more, each followed by a name.
SOLID_STAFF_LINE = re.compile(rf"^(?:(?:本版)?(?:{STAFF_ROLE})\s*[:：]?\s*[\u4e00-\u9fff·]{{2,4}}?\s*){{2,}}$")


def is_chrome_line(text: str, rules: PdfRules | None = None) -> bool:
    """A line of page chrome wherever it stands: a staff line (责任编辑 孙 丽 版式设计 郑 凯, 本版编辑：陆明 校对：韩雪), the
    paper's colophon (本报地址…邮编…, 广告热线…, 印刷：…, 零售价：1.50元), as text pages read them (markers.CHROME_LINES);
    never a line with a clause in it (a story's sentence giving a hotline stays text, and a copyright note, 版权所有，未经
    授权禁止使用, is left to the text stage). With the page's rules, a running foot (职工周报 2024年3月5日 星期二 第3版:
    pdf.yaml ``running_foot``) too."""
    text = text.strip()
    if not HAN.search(text):
        return False  # figures alone (126, 96%): a table's column or a page number, each read where it stands
    return not CLAUSE_OR_SENTENCE.search(text) and bool(
        CHROME_AT_START.match(text) or any(pattern.search(text) for pattern in CHROME_ANYWHERE)
        or SOLID_STAFF_LINE.match(text) or (rules is not None and rules.running_foot.search(text)))


def split_chrome_lines(blocks: list[Block], rules: PdfRules | None = None) -> list[Block]:
    """Blocks in → the same, with chrome lines closing a block (is_chrome_line) cut off as furniture blocks: a footer
    or an ads band's phone line set in the text's size and face right under a story's last line is read into its block
    otherwise ("…促进快递行业高质量发展。" / "印刷：江城报业印务有限公司 零售价：1.50元"). A line goes only after a closed
    one (a sentence's end, or a line short of the block's edge): a line running on from the one above is the text's."""
    out: list[Block] = []
    for block in blocks:
        lines = block.lines
        cut = len(lines)
        while cut and is_chrome_line(lines[cut - 1].text, rules) and (cut == 1 or _closes(lines[cut - 2], block)
                                                                       or is_chrome_line(lines[cut - 2].text, rules)):
            cut -= 1
        if cut == len(lines):
            out.append(block)
            continue
        if cut:
            out.append(Block(lines[:cut]))
        chrome = Block(lines[cut:])
        chrome.kind = "furniture"
        out.append(chrome)
    return out


def _closes(line: Line, block: Block) -> bool:
    """True when a line ends its paragraph: a sentence's end, or short of its block's right edge."""
    return bool(SENTENCE_END.search(line.text)) or block.x1 - line.x1 > 1.5 * line.size

@dataclass(frozen=True)
class PageMeta:
    published: str | None = None
    newspaper: str | None = None
    page: str | None = None


def split_furniture(blocks: list[Block], height: float, rules: PdfRules) -> list[str]:
    """Blocks in (marked in place) → the text of the page furniture out: header band, footer lines, editor lines."""
    # a 版头 line is short: running text in the top band naming a page (…（下转第8版）) is a story's, not the header
    header_lines = [b for b in blocks if b.bottom <= HEADER_BAND * height and not is_prose(b) and rules.header.search(b.text)]
    cut = max((b.bottom for b in header_lines), default=0.0)
    found = []
    for block in sorted(blocks, key=lambda b: (round((b.top + b.bottom) / 20), b.x0)):
        text = block.text
        in_header = block.top < cut and block.bottom <= cut + 2 * block.size
        in_footer = block.top >= (1 - FOOTER_BAND) * height and (rules.footer.search(text) or text.isdigit())
        if in_header or in_footer or rules.editor.search(text) or block.kind == "furniture":
            block.kind = "furniture"
            found.append(text)
    footer = [b for b in blocks if b.kind == "furniture" and b.top >= (1 - FOOTER_BAND) * height]
    for block in blocks:  # the rest of a footer's row (a phone number after 电话：) is footer too
        if block.kind != "furniture" and block.top >= (1 - FOOTER_BAND) * height and len(block.lines) == 1 and any(
                _overlap(block.top, block.bottom, f.top, f.bottom) >= 0.5 * (block.bottom - block.top) for f in footer):
            block.kind = "furniture"
            found.append(block.text)
    return found


def page_meta(furniture: list[str], rules: PdfRules) -> PageMeta:
    """Furniture text (in reading order) in → the date, paper and page label it prints."""
    from archive.text.dates import first_date

    joined = " ".join(furniture)
    published = next((d for text in [joined, *furniture] if (d := first_date(text))), None)
    newspaper = next((m.group("paper") for text in furniture if (m := rules.paper.search(text))), None)
    page = None
    for text in furniture:
        if match := rules.page_label(text):
            label = match.group("label")
            name = (match.groupdict().get("name") or "").strip()
            page = f"{label} {name}".strip() if name else label
            break
    return PageMeta(published, newspaper, page)


# ---- headlines, captions, ownership ------------------------------------------------------

def body_size(blocks: list[Block]) -> float:
    """Blocks in → the modal type size of their glyphs (the page's text size)."""
    sizes: Counter[float] = Counter()
    for block in blocks:
        for line in block.lines:
            for glyph in line.glyphs:
                sizes[round(glyph.size, 1)] += 1
    return sizes.most_common(1)[0][0] if sizes else 0.0


def is_prose(block: Block) -> bool:
    """A block too long to be a headline (many lines or characters, or a full stop inside)."""
    text = block.text
    # a head broken in a narrow column (徐汇首家综合型 / “司机之家”正式 / 建成!5个微型 / 服务点位同步 / 投用) has more
    # lines than a head may, each of a few characters: its lines, not its length, are what is many
    many_lines = len(block.lines) > MAX_HEADLINE_LINES and block.chars > NARROW_HEAD_CHARS * len(block.lines)
    return (many_lines or block.chars > MAX_HEADLINE_CHARS
            or "。" in text[:-1] or len(CLAUSE_MARKS.findall(text)) >= 3)


def mark_headlines(blocks: list[Block], text_size: float, rules: PdfRules, printed_rules: tuple[Box, ...] = ()) -> None:
    """Blocks in (marked in place): short blocks clearly larger than the text they stand over become headlines.

    The comparison is local: a page may set its news in 9 pt and its notices in 7 pt, so a
    block is measured against the prose right below it (or the page's text size when none is).
    Right under a printed rule (or a label on a plate) a short phrase only a little larger than the text under it is a
    head too: a letter's or a brief's head opening its module (读者来信 pages, 简讯 columns set 10.5 pt over 9 pt text).
    """
    prose = [b for b in blocks if b.kind == "text" and is_prose(b)]
    # under a small head, a brief's text may be one short sentence over a few lines: text all the same, not a head
    statements = prose + [b for b in blocks if b.kind == "text" and len(b.lines) >= 2 and not is_prose(b)
                          and STATEMENT_END.search(b.text)]
    labels = [b for b in blocks if b.kind == "label"]
    for block in blocks:
        if block.kind != "text" or is_prose(block):
            continue
        text = block.text
        if len(HAN.findall(text)) < 2 or rules.not_headline.search(text):
            continue
        reference = max([*_nearest_below(block, prose), *_nearest_beside(block, prose)], default=text_size)
        if block.size >= HEADLINE_RATIO * reference:
            block.kind = "headline"
        elif block.size >= RULED_HEAD_RATIO * reference and (_under_rule(block, printed_rules) or _under_label(block, labels)) \
                and _nearest_below(block, statements) \
                and len(block.lines) <= 2 and not CLAUSE_MARKS.search(text) and not STATEMENT_END.search(text):
            block.kind = "headline"  # a small head (a letter's, a brief's) opening a module under its rule
            block.ruled_head = True
    _mark_sibling_heads(blocks, statements)


def _mark_sibling_heads(blocks: list[Block], prose: list[Block]) -> None:
    """Blocks in (marked in place): briefs set side by side in a row (a 简讯 box's items, each in its own column under
    its own small head) have their heads level: a short phrase level with a small head, in its size and face, over
    text of its own, is a head too, though only the first stands under the box's label or rule ("简讯" over
    "县医院开通一站式结算", and level with it "石门乡农民工拿到技能证书", "流动书车开进偏远村组")."""
    small = [b for b in blocks if b.kind == "headline" and b.ruled_head]
    if not small:
        return
    for block in blocks:
        if block.kind != "text" or is_prose(block) or len(block.lines) > 2 or len(HAN.findall(block.text)) < 2:
            continue
        if CLAUSE_MARKS.search(block.text) or STATEMENT_END.search(block.text):
            continue
        level = any(abs(block.top - head.top) <= 0.3 * head.size and _same_size(block.size, head.size, 1.05)
                    and block.lines[0].font == head.lines[0].font for head in small)
        if level and _nearest_below(block, prose):
            block.kind = "headline"
            block.ruled_head = True


def _under_label(block: Block, labels: list[Block]) -> bool:
    """True when a label on a plate (简讯, 江城时评) stands right over a block: like a rule, it opens a module, so a short
    phrase a little larger than the text under it there is the first item's head."""
    return any(0 <= block.top - label.bottom <= 3 * block.size and _overlap(label.x0, label.x1, block.x0, block.x1) > 0
               for label in labels)


def _under_rule(block: Block, printed_rules: tuple[Box, ...]) -> bool:
    """True when a printed rule runs over most of a block within three of its type sizes above it (a module's top)."""
    return any(block.top - 3 * block.size <= (r.top + r.bottom) / 2 <= block.top
               and _overlap(r.x0, r.x1, block.x0, block.x1) >= 0.5 * block.width for r in printed_rules)


def _nearest_below(block: Block, prose: list[Block]) -> list[float]:
    """The size of the prose a headline stands over (left of it, for a vertical headline), as a 0/1-item list."""
    if block.vertical:  # (or right of it, for a vertical head set left of its text)
        found = [p for p in prose if (p.x1 <= block.x0 + p.size or p.x0 >= block.x1 - p.size)
                 and _overlap(p.top, p.bottom, block.top, block.bottom) > 0]
        return [min(found, key=lambda p: max(block.x0 - p.x1, p.x0 - block.x1)).size] if found else []
    found = [p for p in prose if p.top >= block.bottom - 0.5 * p.size
             and _overlap(p.x0, p.x1, block.x0, block.x1) >= 0.3 * min(p.width, block.width)]
    return [min(found, key=lambda p: p.top - block.bottom).size] if found else []


def _nearest_beside(block: Block, prose: list[Block]) -> list[float]:
    """The size of the nearest prose level with a block, on either side within a few type sizes."""
    found = [p for p in prose if _overlap(p.top, p.bottom, block.top, block.bottom) >= 0.5 * (block.bottom - block.top)
             and min(abs(p.x0 - block.x1), abs(block.x0 - p.x1)) <= 3 * p.size]
    return [max(p.size for p in found)] if found else []


def mark_labels(blocks: list[Block], plates: tuple[Box, ...]) -> None:
    """Blocks in (marked in place): a short phrase set white on a dark plate (a column label over a commentary, 江城时评,
    工会论坛; a box's 简讯 tab), or a brief label however set (简讯, 工会简讯: headlines.yaml ``brief_labels``, heading the
    items of a box, each under its own head), is a label: neither a head nor the text of the story above it."""
    for block in blocks:
        if block.kind != "text" or len(block.lines) != 1 or block.vertical or len(block.text) > LABEL_CHARS:
            continue
        if is_brief_label(block.text.replace(" ", "")) or \
                (plates and not CLAUSE_MARKS.search(block.text) and _on_plate(block.lines[0], plates)):
            block.kind = "label"


def split_marked_heads(blocks: list[Block], frames: tuple[Box, ...], rules: PdfRules) -> list[Block]:
    """Blocks in → the same, with the heads of briefs led by their mark cut off as heads of their own. In a 简讯 box
    (a frame with no story head in it, or under a brief label) papers set each brief's head in the text's size, led
    by ■, the brief's text under it and the next ■ head under that ("■县医院开通一站式结算" / "　　近日，县医院…（何芳）"
    / "■石门乡农民工拿到技能证书"): without the mark the briefs read as one run of text. A marked line is a head when it
    opens the block or follows a closed line, names no one (■通讯员 赵刚 is a credit line), is no sentence, and has
    text under it; in a story's own column (no box) the mark leads an intertitle and is left alone."""
    labels = [b for b in blocks if b.kind == "label"]
    out: list[Block] = []
    for block in blocks:
        heads = _marked_heads(block, rules) if block.kind == "text" and not block.vertical else []
        if not heads or not (_in_brief_box(block, blocks, frames) or _under_label(block, labels)):
            out.append(block)
            continue
        cuts = sorted({0, len(block.lines), *(k for head in heads for k in head)})
        for start, end in zip(cuts, cuts[1:]):
            part = Block(block.lines[start:end])
            part.marked_head = (start, end) in heads
            part.kind = "headline" if part.marked_head else "text"
            out.append(part)
    return out


def _marked_heads(block: Block, rules: PdfRules) -> list[tuple[int, int]]:
    """A text block in → the (first, past-last) line ranges of its marked brief heads (split_marked_heads)."""
    lines, heads, k = block.lines, [], 0
    right = median(line.x1 for line in lines)  # the column's edge (a signature may stand out past it)
    while k < len(lines) - 1:
        line = lines[k]
        if not rules.brief_mark.match(line.text) or (k and not _closes(lines[k - 1], block)):
            k += 1
            continue
        end = k + 1  # a head wider than the column (its line within a character of the edge) runs on to a second line
        if right - line.x1 <= 1.2 * line.size and end < len(lines) - 1 and lines[end].x0 - block.x0 < 0.5 * line.size \
                and _closes(lines[end], block):
            end += 1
        head = rules.brief_mark.sub("", "".join(line.text for line in lines[k:end]))
        if len(HAN.findall(head)) >= 4 and not STATEMENT_END.search(head) and "。" not in head \
                and parse_credit_line(head) is None:
            heads.append((k, end))
            k = end
        else:
            k += 1
    return heads


def _in_brief_box(block: Block, blocks: list[Block], frames: tuple[Box, ...]) -> bool:
    """True when a block stands in a frame that holds no story head (type a headline's size over the text): a 简讯
    box of briefs, not a boxed story with intertitles."""
    for frame in frames:
        if not (frame.x0 - 2 <= block.x0 and block.x1 <= frame.x1 + 2 and frame.top - 2 <= block.top
                and block.bottom <= frame.bottom + 2):
            continue
        inside = [b for b in blocks if b.kind == "text" and frame.x0 - 2 <= b.x0 and b.x1 <= frame.x1 + 2
                  and frame.top - 2 <= b.top and b.bottom <= frame.bottom + 2]
        return not any(b.size >= HEADLINE_RATIO * block.size for b in inside)
    return False


def mark_ads(blocks: list[Block], rules: PdfRules) -> None:
    """Blocks in (marked in place): an ad set among the stories is furniture. A short block giving a hotline with no
    sentence in it ("职工安心贷 利率优惠 手续简便" / "服务热线：0577-96596") is an ad's, and so is the short phrase set
    large right over it (the advertiser's name: "江城农商银行"); read as text they close the story above, or the large
    name over them opens a story of its own."""
    for block in blocks:  # (a hotline in the footer band is furniture already: the name over it is still the ad's)
        if block.kind not in ("text", "furniture") or len(block.lines) > 3 or SENTENCE_MARKS.search(block.text) \
                or not rules.hotline.search(block.text):
            continue
        block.kind = "furniture"
        top = block
        for _ in range(2):  # the advertiser's name over it, set large (a line or two)
            over = [b for b in blocks if b.kind in ("text", "headline") and len(b.lines) <= 2 and len(b.text) <= AD_NAME_CHARS
                    and not CLAUSE_OR_SENTENCE.search(b.text) and 0 <= top.top - b.bottom <= 1.5 * top.size
                    and b.size >= HEADLINE_RATIO * block.size and _overlap(b.x0, b.x1, top.x0, top.x1) > 0]
            if not over:
                break
            top = max(over, key=lambda b: b.bottom)
            top.kind = "furniture"


def mark_pull_quotes(blocks: list[Block]) -> None:
    """Blocks in (marked in place): a pull quote is furniture. Features set a sentence of the story large, in quotes,
    into one of its columns between rules ("“技术工人也能成为大国工匠。”" between two paragraphs): a short block wholly
    in quotes, larger than the text, with the column's text right above and right under it in one size. It is no head
    (the text under it runs on from the text above) and its words are already the story's; the text under it is marked
    to run on across it (inset_above)."""
    prose = [b for b in blocks if b.kind == "text" and is_prose(b)]
    for block in blocks:
        text = block.text.strip()
        if block.kind != "text" or len(block.lines) > 4 or not PULL_QUOTE.match(text):
            continue
        column = [p for p in prose if p is not block and _overlap(p.x0, p.x1, block.x0, block.x1) >= 0.6 * block.width
                  and block.size >= RULED_HEAD_RATIO * p.size]
        above = [p for p in column if 0 <= block.top - p.bottom <= 3 * p.size]
        below = [p for p in column if 0 <= p.top - block.bottom <= 3 * p.size]
        if above and below and any(_same_size(a.size, b.size, 1.05) for a in above for b in below):
            block.kind = "furniture"
            under = min(below, key=lambda p: p.top)
            under.inset_above = under.top - max(a.bottom for a in above)


def mark_credit_lines(blocks: list[Block], rules: PdfRules) -> None:
    """Text blocks in (marked in place): a block opening with a short byline line of its own (■本报记者 张华 over the
    story's first column) is marked, so that its text is read as starting a line lower, level with the columns beside it."""
    for block in blocks:
        if block.kind == "text" and len(block.lines) > 2:
            first = block.lines[0]
            credit = rules.not_headline.search(first.text) or rules.credit_mark.match(first.text) \
                or (len(first.text) <= CREDIT_CHARS and rules.work_credit.match(first.text))  # (◎ 周明远, 文/图 李明 too)
            if block.x1 - first.x1 >= 2 * first.size and credit:
                block.credit_line = True


def mark_boxed_furniture(blocks: list[Block], frames: tuple[Box, ...], rules: PdfRules) -> None:
    """Blocks in (marked in place): the blocks inside a frame that is page furniture become furniture.

    A frame is furniture when its head (its largest block) names a notice, an ad or a guide (征稿启事, 订阅启事,
    今日导读: ``boxed_notice``), or when most of its lines end in another page's number (a guide's teasers,
    "新就业形态劳动者入会集中行动启动 4版"). A framed 简讯 box or sidebar story is news and keeps its text.
    """
    for frame in frames:
        inside = [b for b in blocks if b.kind in ("text", "headline") and frame.x0 - 2 <= b.x0 and b.x1 <= frame.x1 + 2
                  and frame.top - 2 <= b.top and b.bottom <= frame.bottom + 2]
        if not inside:
            continue
        head = max(inside, key=lambda b: (b.size, -b.top))
        lines = [line.text for b in inside for line in b.lines if b is not head]
        guide = len(lines) >= 2 and sum(1 for text in lines if rules.page_ref.search(text)) >= 0.5 * len(lines)
        if (rules.boxed_notice.search(head.text) and len(head.lines) <= 2) or guide or _is_table(inside):
            for block in inside:
                block.kind = "furniture"


def _is_table(inside: list[Block]) -> bool:
    """True when a frame's blocks are a table's cells: short pieces (项目 / 排查数 / 1867 / 96%), many of them figures,
    none a sentence. A table set into a story's columns is no part of its text (a 简讯 box or a sidebar holds prose)."""
    cells = [line.text.strip() for block in inside for line in block.lines]
    if len(cells) < 6 or any(is_prose(block) for block in inside):
        return False
    short = sum(1 for cell in cells if len(cell.replace(" ", "")) <= TABLE_CELL_CHARS)
    figures = sum(1 for cell in cells if FIGURE.search(cell))
    return short >= 0.8 * len(cells) and figures >= 0.4 * len(cells)


def mark_guides(blocks: list[Block], rules: PdfRules) -> None:
    """Blocks in (marked in place): a run of teasers ending in their pages ("…走访慰问困难职工 ▶2版") is a guide wherever
    it stands, framed or not, and so is the head naming it right over it (今日导读, ``boxed_notice``): page furniture."""
    guides = [b for b in blocks if b.kind == "text" and len(b.lines) >= 2 and rules.is_guide(paragraphs([b], rules)[0])]
    for guide in guides:
        guide.kind = "furniture"
        for head in blocks:
            if head.kind in ("text", "headline") and len(head.lines) <= 2 and rules.boxed_notice.search(head.text) \
                    and 0 <= guide.top - head.bottom <= 3 * guide.size and _overlap(head.x0, head.x1, guide.x0, guide.x1) > 0:
                head.kind = "furniture"


def mark_captions(blocks: list[Block], images: tuple[Box, ...], rules: PdfRules) -> None:
    """Blocks in (marked in place): short text right under a picture, or ending in 摄/供图, is a caption.

    A caption's lines end where the text under it starts (a paragraph's indent after the caption's last sentence, or
    type of another size): in a first column, under a picture and its caption, the story's first line may stand alone
    before its text runs on in the next column ("职工们在活动现场交流。（本报记者 李明 摄）" / "　　活动现场，剧本杀…"):
    that line is cut off the caption and stays text."""
    for block in list(blocks):
        if block.kind not in ("text", "headline") or block.vertical:
            continue
        if rules.caption.search(block.text) and len(block.lines) <= 4:
            block.kind = "caption"
            continue
        end = _caption_end(block, rules) if block.kind == "text" else len(block.lines)
        caption = block if end == len(block.lines) else Block(block.lines[:end])
        found = False
        for image in images:
            width = image.x1 - image.x0
            if width < 4 * block.size or image.bottom - image.top < 4 * block.size:
                continue
            below = 0 <= caption.top - image.bottom <= 1.5 * caption.size
            if below and _overlap(caption.x0, caption.x1, image.x0, image.x1) >= 0.6 * caption.width \
                    and len(caption.lines) <= 3 and block.kind == "text":
                found = True
                break
        if not found:
            continue
        if caption is not block:
            blocks[blocks.index(block)] = caption
            blocks.insert(blocks.index(caption) + 1, Block(block.lines[end:]))
        caption.kind = "caption"


def _caption_end(block: Block, rules: PdfRules) -> int:
    """A text block in → the index of the first line after its opening paragraph of a caption's type: the next line
    after a photo credit (…（本报记者 李明 摄）, however the text under it is set), indented after a sentence's end, or
    set in another size (the whole block when none comes)."""
    first = block.lines[0]
    for k in range(1, len(block.lines)):
        line, previous = block.lines[k], block.lines[k - 1]
        if not _same_size(line.size, first.size, 1.04) or rules.caption_credit.search(previous.text) \
                or (line.x0 - block.x0 >= INDENT * line.size and _closes(previous, block)):
            return k
    return len(block.lines)


def join_side_by_side(headlines: list[Block]) -> list[Block]:
    """Headline blocks in → the same, with blocks of one size on one baseline, close together, made one.

    A headline set with spaces between its characters, or in two halves (上门送祝福 真情暖人心),
    and short phrases set an em apart (绿色规划 绿色产业 绿色消费) read as one headline.
    """
    out: list[Block] = []
    for block in sorted(headlines, key=lambda b: (b.x0, b.top)):
        for other in out:
            if block.vertical or other.vertical or len(block.lines) != 1 or len(other.lines) != 1 \
                    or block.lines[0].after_gutter:
                continue
            level = _overlap(block.top, block.bottom, other.top, other.bottom) >= 0.7 * (block.bottom - block.top)
            gap = block.x0 - other.x1
            spaced = _spaced(block.lines[0]) and _spaced(other.lines[0]) and gap <= 2.5 * block.size
            phrases = max(len(block.lines[0].glyphs), len(other.lines[0].glyphs)) <= 8 and gap <= 1.5 * block.size
            if level and (spaced or phrases) and _same_size(block.size, other.size, 1.05) and gap >= 0:
                other.absorb(block)
                break
        else:
            out.append(block)
    return out


def _spaced(line: Line) -> bool:
    """True for a line set with space between its characters (at least a quarter of the type size)."""
    gaps = [b.x0 - a.x1 for a, b in zip(line.glyphs, line.glyphs[1:])]
    return bool(gaps) and median(gaps) >= 0.25 * line.size


def stacks(headlines: list[Block]) -> list[list[Block]]:
    """Headline blocks in → stacks of them (kicker, title, subtitle) one directly above another."""
    order = sorted(join_side_by_side(headlines), key=lambda b: (b.top, b.x0))
    groups: list[list[Block]] = []
    for block in order:
        for group in groups:
            last = group[-1]
            near = -0.2 * block.size <= block.top - last.bottom <= 1.2 * min(block.size, last.size)
            if near and not block.vertical and not last.vertical and \
                    _overlap(block.x0, block.x1, last.x0, last.x1) >= 0.3 * min(block.width, last.width):
                group.append(block)
                break
        else:
            groups.append([block])
    return groups


@dataclass
class Stack:
    blocks: list[Block]
    text_size: float = 0.0  # size of the prose right under (or beside) the headline: the article's type
    credits: list[str] = field(default_factory=list)  # a byline set on a line of the head (□本报记者 刘洋)

    @property
    def x0(self) -> float:
        return min(b.x0 for b in self.blocks)

    @property
    def x1(self) -> float:
        return max(b.x1 for b in self.blocks)

    @property
    def top(self) -> float:
        return min(b.top for b in self.blocks)

    @property
    def bottom(self) -> float:
        return max(b.bottom for b in self.blocks)

    @property
    def size(self) -> float:
        return max(b.size for b in self.blocks)

    @property
    def vertical(self) -> bool:
        return any(b.vertical for b in self.blocks)


def mark_head_bylines(stacks_: list[Stack], blocks: list[Block], rules: PdfRules) -> None:
    """Stacks and blocks in (marked in place): a one-line byline in text type set on a head's line, right of it
    ("劳模疗休养　　□本报记者 刘洋"), is that head's credit, not text of the story above."""
    for block in blocks:
        if block.kind != "text" or len(block.lines) != 1 or len(block.text) > 30 or not rules.not_headline.search(block.text):
            continue
        middle = (block.top + block.bottom) / 2
        for stack in stacks_:
            if stack.vertical or not stack.x0 < block.x0:
                continue
            level = [line for b in stack.blocks for line in b.lines
                     if line.top <= middle <= line.bottom + 0.3 * line.size and line.x1 <= block.x0 + line.size]
            if level and block.x0 - max(line.x1 for line in level) <= 30 * block.size:
                stack.credits.append(block.text)
                block.kind = "byline"
                break


def take_dash_subtitles(stacks_: list[Stack], blocks: list[Block]) -> None:
    """Stacks and blocks in (changed in place): a line opening with a dash right under a head, set in the text's size
    (——记市劳动模范、公交驾驶员陈建国, ——连载之三——), is the head's 副题, not the body's first line: it joins the
    stack (cut off its block when the text runs on under it). So is a phrase right under a head set a little larger
    than the text under it, too small for a head, with no dash ("在职职工每人每年缴费60元即可参加" under 医疗互助
    保障计划启动): papers set a 副题 so as often as with a dash."""
    prose = [b for b in blocks if b.kind == "text" and is_prose(b)]
    for stack in stacks_:
        if stack.vertical:
            continue
        for i, block in enumerate(blocks):
            first = block.lines[0]
            if block.kind != "text" or len(first.glyphs) > SUBTITLE_CHARS:
                continue
            larger = not DASH_SUBTITLE.match(first.text) and _larger_phrase(block, stack, prose)
            if not DASH_SUBTITLE.match(first.text) and not larger:
                continue
            if not -0.3 * first.size <= first.top - stack.bottom <= 2 * first.size \
                    or _overlap(first.x0, first.x1, stack.x0 - first.size, stack.x1 + first.size) < 0.5 * (first.x1 - first.x0):
                continue
            if larger:  # (its type sets it apart: its lines are all the subtitle's)
                block.kind = "headline"
                stack.blocks.append(block)
                break
            if len(block.lines) > 1 and not _closes(first, block) and block.lines[1].x0 - first.x0 < INDENT * first.size:
                continue  # the line runs on into the next: a paragraph opening with a dash, the text's
            subtitle = Block([first], kind="headline")
            blocks[i] = subtitle
            if len(block.lines) > 1:
                blocks.insert(i + 1, Block(block.lines[1:]))
            stack.blocks.append(subtitle)
            break


def _larger_phrase(block: Block, stack: Stack, prose: list[Block]) -> bool:
    """True when a block is a phrase of a line or two (no sentence) set at least RULED_HEAD_RATIO times the prose under
    it and smaller than the head over it: a 副题's type, not the text's."""
    if len(block.lines) > 2 or is_prose(block) or STATEMENT_END.search(block.text) or block.size >= stack.size \
            or parse_credit_line(block.text) is not None:
        return False  # (a byline set a little larger under the head, 本报记者 李明, is the byline)
    under = _nearest_below(block, prose)
    return bool(under) and block.size >= RULED_HEAD_RATIO * under[0]


def distance(stack: Stack, block: Block) -> float | None:
    """Headline stack and text block in → how far the block is from the stack in reading terms, None when not its.

    Text in another type size than the article's (notices in 7 pt under news in 9 pt) is not its.
    """
    if block.kind == "text" and stack.text_size and not _same_size(block.size, stack.text_size, TEXT_SIZE_TOLERANCE):
        return None
    if stack.vertical:
        # a vertical headline stands right of its text (which may run on under it), from its top down
        if not stack.top - 4 * block.size <= block.top <= stack.bottom + 40 * block.size:
            return None
        if block.x1 <= stack.x0 + block.size:
            return stack.x0 - block.x1 + max(0.0, block.top - stack.bottom)
        if _overlap(block.x0, block.x1, stack.x0, stack.x1) > 0:
            return max(0.0, block.top - stack.bottom)
        if block.x0 >= stack.x1 - block.size and abs(block.top - stack.top) <= 2 * block.size:
            return block.x0 - stack.x1  # set left of its text (the text starts level with it, to its right)
        return None
    if block.top < stack.bottom - 0.5 * block.size:
        return None
    shared = _overlap(block.x0, block.x1, stack.x0 - block.size, stack.x1 + block.size)
    if shared < 0.5 * min(block.width, stack.x1 - stack.x0):
        return None
    return block.top - stack.bottom


def owners(stacks_: list[Stack], blocks: list[Block], rules: tuple[Box, ...] = (),
           images: tuple[Box, ...] = (), frames: tuple[Box, ...] = ()) -> dict[int, int]:
    """Stacks and text blocks in → index of each owned block → index of its owning stack.

    A block goes to the nearest headline over it; then an article's first row of columns is
    followed sideways: a column starting level with one of them, next to it, is the same
    article's even where the headline, set narrower than its text, does not reach over it.
    A far headline over that column keeps it unless its module is closed above the column:
    a printed rule, or the row's own picture, across the column under the far article's text.
    A row is never followed across a frame's edge: a boxed story's columns are its own, level as they may stand with
    the row of the story beside the box.
    """
    owned: dict[int, int] = {}
    gaps: dict[int, float] = {}
    for b, block in enumerate(blocks):
        # a headline over the block wins over a vertical one beside it unless that one is far closer
        best: dict[bool, tuple[float, int]] = {}
        for s, stack in enumerate(stacks_):
            found = distance(stack, block)
            if found is not None and (stack.vertical not in best or found < best[stack.vertical][0]):
                best[stack.vertical] = (found, s)
        choice = best.get(False)
        if True in best and (choice is None or best[True][0] < VERTICAL_PREFERENCE * choice[0]):
            choice = best[True]
        if choice is not None:
            gaps[b], owned[b] = choice
    anchors = {s: stack.bottom for s, stack in enumerate(stacks_)}  # where a stack's text starts below
    for s, stack in enumerate(stacks_):
        if not stack.vertical and (side := _side_text(stack, blocks, images)) is not None:
            b, gap = side
            if gaps.get(b, float("inf")) > 3 * gap or _closed_above(blocks, owned, b, blocks[b], rules, images):
                owned[b], gaps[b] = s, gap
                anchors[s] = stack.top
    sideways: set[int] = set()  # blocks given to a stack by following its first row, not by a head over them
    for s, stack in enumerate(stacks_):
        anchor = stack.top if stack.vertical else anchors[s]  # a vertical head's text starts level with its top
        row = _first_row(owned, s, blocks)
        while row:
            first = blocks[row.pop()]
            for b, block in enumerate(blocks):
                if owned.get(b) == s or abs(block.top - first.row_top) > 0.5 * block.size:  # (a column under its own byline is another story's)
                    continue
                if min(abs(block.x0 - first.x1), abs(first.x0 - block.x1)) > 3 * block.size or _framed_apart(block, first, frames):
                    continue
                if stack.text_size and not _same_size(block.size, stack.text_size, TEXT_SIZE_TOLERANCE):
                    continue
                if block.top < anchor - 0.5 * block.size:
                    continue
                reach = max(block.top - anchor, block.size)
                near = gaps.get(b, float("inf")) <= 3 * reach or (b in owned and _head_over(stacks_[owned[b]], block, blocks, stacks_, rules))
                if near and not _closed_above(blocks, owned, b, first, rules, images):
                    continue  # a headline right over it keeps it: only a far one loses it sideways
                owned[b], gaps[b] = s, reach
                sideways.add(b)
                row.append(b)
    for s, stack in enumerate(stacks_):
        if not stack.vertical:
            _mirror_centred(stack, s, blocks, owned, gaps, sideways)
    _follow_columns(blocks, owned)
    return owned


def _framed_apart(a: Block, b: Block, frames: tuple[Box, ...]) -> bool:
    """True when a frame holds one of two blocks and not the other (a box's edge between them)."""
    def within(block: Block, frame: Box) -> bool:
        return frame.x0 - 2 <= block.x0 and block.x1 <= frame.x1 + 2 and frame.top - 2 <= block.top and block.bottom <= frame.bottom + 2

    return any(within(a, f) != within(b, f) for f in frames)


def _head_over(stack: Stack, block: Block, blocks: list[Block], stacks_: list[Stack], rules: tuple[Box, ...]) -> bool:
    """True when a (horizontal) head stands over most of a block with nothing between them but white or its picture
    (no text, no other head, no printed rule across the block): however far its picture puts its text below it, the
    block is that head's (a neighbour's row level with it is no claim)."""
    if stack.vertical or _overlap(stack.x0, stack.x1, block.x0, block.x1) < 0.5 * block.width:
        return False

    def between(top: float, bottom: float, x0: float, x1: float) -> bool:
        return stack.bottom <= top and bottom <= block.top and _overlap(x0, x1, block.x0, block.x1) >= 0.3 * block.width

    return not (any(between(r.top, r.bottom, r.x0, r.x1) for r in rules)
                or any(between(o.top, o.bottom, o.x0, o.x1) for o in blocks if o is not block)
                or any(between(o.top, o.bottom, o.x0, o.x1) for o in stacks_ if o is not stack))


def _side_text(stack: Stack, blocks: list[Block], images: tuple[Box, ...] = ()) -> tuple[int, float] | None:
    """A head set in the first column of its module with its text beside it (侧题: the head fills the column's top,
    the story runs in the columns right of it from the head's top down) → (the text block starting level with the
    head, the nearest to its right with nothing between, and its gap), or None when text or a picture stands under
    the head in its own column (an ordinary head).
    """
    size = stack.text_size or min((b.size for b in blocks), default=0.0)
    text_under = any(b.kind == "text" and 0 <= b.top - stack.bottom <= 3 * b.size
                     and _overlap(b.x0, b.x1, stack.x0, stack.x1) >= 0.5 * min(b.width, stack.x1 - stack.x0) for b in blocks)
    if text_under or any(0 <= i.top - stack.bottom <= 3 * size and _overlap(i.x0, i.x1, stack.x0, stack.x1) > 0 for i in images):
        return None
    beside = [(block.x0 - stack.x1, b) for b, block in enumerate(blocks) if block.kind == "text"
              and abs(block.top - stack.top) <= block.size and 0 <= block.x0 - stack.x1 <= SIDE_REACH * block.size
              and block.bottom > stack.bottom and len(block.lines) > 1
              and (not stack.text_size or _same_size(block.size, stack.text_size, TEXT_SIZE_TOLERANCE))]
    if not beside:
        return None
    gap, b = min(beside)
    between = [o for o in blocks if o.x0 >= stack.x1 - 1 and o.x1 <= blocks[b].x0 + 1
               and _overlap(o.top, o.bottom, stack.top, stack.bottom) > 0]
    return None if between else (b, gap)


def _first_row(owned: dict[int, int], s: int, blocks: list[Block]) -> list[int]:
    """The blocks of stack ``s``'s first row of text (its top columns, not an author's name under the title)."""
    mine = [b for b, owner in owned.items() if owner == s]
    columns = [b for b in mine if len(blocks[b].lines) > 1] or mine
    first_top = min((blocks[b].row_top for b in columns), default=0.0)
    return [b for b in mine if blocks[b].row_top - first_top <= blocks[b].size]


def _mirror_centred(stack: Stack, s: int, blocks: list[Block], owned: dict[int, int], gaps: dict[int, float],
                    sideways: set[int]) -> None:
    """A head set centred over its columns (off both edges of its first row) reaches as far into the columns
    on one side of its middle as on the other: a column of that row its middle mirrors onto is the article's,
    even where the head, narrower than its text, does not reach over it, unless a head right over it owns it
    (one followed sideways from a neighbour's row, or a far head above, loses it)."""
    row = _first_row(owned, s, blocks)
    if not row:
        return
    left, right = min(blocks[b].x0 for b in row), max(blocks[b].x1 for b in row)
    size = blocks[row[0]].size
    if stack.x0 - left < 2 * size and right - stack.x1 < 2 * size:
        return  # flush over its text, or as wide as it: nothing to mirror
    middle = (stack.x0 + stack.x1) / 2
    low, high = min(left, 2 * middle - right), max(right, 2 * middle - left)
    top = min(blocks[b].top for b in row)
    for b, block in enumerate(blocks):
        if owned.get(b) == s or abs(block.top - top) > 0.5 * block.size or block.top < stack.bottom:
            continue
        if b in owned and b not in sideways and gaps[b] <= 3 * (block.top - stack.bottom):
            continue
        if stack.text_size and not _same_size(block.size, stack.text_size, TEXT_SIZE_TOLERANCE):
            continue
        if block.x0 >= low - block.size and block.x1 <= high + block.size:
            owned[b], gaps[b] = s, block.top - stack.bottom
            sideways.discard(b)


def _closed_above(blocks: list[Block], owned: dict[int, int], b: int, first: Block,
                  rules: tuple[Box, ...], images: tuple[Box, ...]) -> bool:
    """True when block ``b``'s owner's text in its column ends above a rule or a picture shared with ``first``
    (a block of the row it is level with) that runs across the column before ``b`` starts: another module."""
    block = blocks[b]
    mine = [o for o, owner in owned.items() if owner == owned[b] and o != b and blocks[o].bottom <= block.top
            and _overlap(blocks[o].x0, blocks[o].x1, block.x0, block.x1) >= 0.5 * block.width]
    if not mine:
        return False  # its owner's first text in this column: a rule between is the head's own
    above = max(blocks[o].bottom for o in mine)
    across = [r for r in rules if above < (r.top + r.bottom) / 2 < block.top
              and _overlap(r.x0, r.x1, block.x0, block.x1) >= 0.5 * block.width]
    shared = [i for i in images if above < i.top and i.bottom <= block.top
              and _overlap(i.x0, i.x1, block.x0, block.x1) >= 0.5 * block.width
              and _overlap(i.x0, i.x1, first.x0, first.x1) >= 0.5 * first.width]
    return bool(across or shared)


def _follow_columns(blocks: list[Block], owned: dict[int, int]) -> None:
    """Text owned by no headline right under an owned block of its column (or under a pull quote set into the column
    under it) goes on that block's article."""
    for b in sorted(range(len(blocks)), key=lambda i: blocks[i].top):
        if b in owned:
            continue
        block = blocks[b]
        above = [o for o in owned if 0 <= block.top - blocks[o].bottom <= 2 * block.size + block.inset_above
                 and _overlap(block.x0, block.x1, blocks[o].x0, blocks[o].x1) > 0
                 and _same_size(block.size, blocks[o].size, TEXT_SIZE_TOLERANCE)]
        if above:
            owned[b] = owned[max(above, key=lambda o: blocks[o].bottom)]


def demote_section_heads(stacks_: list[Stack], blocks: list[Block], owned: dict[int, int],
                         images: tuple[Box, ...] = ()) -> list[Stack]:
    """A smaller headline set in a column right under an article's text is that article's section head; but not one
    with a picture right under it: that is a photo news item's head (图片新闻 under a story, its text under the photo)."""
    keep = []
    for stack in stacks_:
        head = None
        pictured = any(0 <= i.top - stack.bottom <= 2.5 * stack.size and _overlap(i.x0, i.x1, stack.x0, stack.x1) > 0
                       for i in images)
        if not stack.vertical and len(stack.blocks) <= 2 and not pictured:
            for b, block in enumerate(blocks):
                if b not in owned or block.kind != "text":
                    continue
                above = 0 <= stack.top - block.bottom <= 4 * block.size
                inside = _overlap(stack.x0, stack.x1, block.x0, block.x1) >= 0.6 * (stack.x1 - stack.x0)
                narrow = stack.x1 - stack.x0 <= 1.3 * block.width
                owner = stacks_[owned[b]]
                if above and inside and narrow and owner is not stack and stack.size < SECTION_HEAD_RATIO * owner.size:
                    head = owner
                    break
        if head is None:
            keep.append(stack)
        else:
            for block in stack.blocks:
                block.kind = "heading"
    return keep


# ---- reading order and text ----------------------------------------------------------------

class Extent(Protocol):
    """What XY-cut reads of a block or an article's region: its box and type size."""

    @property
    def x0(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def bottom(self) -> float: ...
    @property
    def size(self) -> float: ...


E = TypeVar("E", bound=Extent)


@dataclass
class Region:
    """The box an article covers on the page (its head and text), and where its head stands."""

    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    head_top: float
    head_x0: float
    article: LaidArticle | None
    parts: list[Region] = field(default_factory=list)  # a box's regions, read together (the box has no article)


def region(article: LaidArticle, blocks: list[Block], head_top: float, head_x0: float) -> Region:
    """An article and the blocks it was read from (head and text) in → its Region."""
    return Region(min(b.x0 for b in blocks), min(b.top for b in blocks), max(b.x1 for b in blocks),
                  max(b.bottom for b in blocks), min(b.size for b in blocks), head_top, head_x0, article)


def xy_order(blocks: list[Block]) -> list[Block]:
    """Blocks of one article in → reading order: rows split by gaps across all, then columns left to right."""
    if len(blocks) <= 1:
        return list(blocks)
    for axis in ("y", "x"):
        groups = _cut(blocks, axis)
        if len(groups) > 1:
            return [b for group in groups for b in xy_order(group)]
    return sorted(blocks, key=lambda b: (b.top, b.x0))


def _cut(blocks: list[E], axis: str) -> list[list[E]]:
    spans = sorted(((b.top, b.bottom) if axis == "y" else (b.x0, b.x1), i) for i, b in enumerate(blocks))
    groups: list[list[E]] = []
    reach = None
    for (start, end), i in spans:
        slack = 0.2 * blocks[i].size
        if reach is None or start > reach - slack:
            groups.append([])
            reach = end
        else:
            reach = max(reach, end)
        groups[-1].append(blocks[i])
    return groups


def paragraphs(blocks: list[Block], rules: PdfRules | None = None) -> tuple[list[str], list[str]]:
    """Blocks in reading order → (paragraphs, section heads): lines joined without spaces across breaks.

    With the page's rules: a line that is only a jump note (下转第4版) is dropped wherever it stands, and a short
    line opening with a credit mark (■ 王晓东, ◎ 周明远 under a commentary's head) is a paragraph of its own (the
    byline), never run into the text's first words; a line ending in another page's number (a teaser's) ends its
    paragraph.
    """
    paras: list[str] = []
    heads: list[str] = []
    current = ""
    open_end = False  # the last line ran to the column's edge: the sentence goes on
    for block in blocks:
        if block.kind == "heading":
            if current:
                paras.append(current)
            current, open_end = "", False
            heads.append(block.text)
            paras.append(block.text)
            continue
        right = median(line.x1 for line in block.lines) if len(block.lines) >= 3 else block.x1
        for line in block.lines:
            indented = line.x0 - block.x0 >= INDENT * line.size
            text = line.text
            if rules is not None and (rules.is_jump(text) or (rules.credit_mark.match(text) and len(text) <= CREDIT_CHARS)):
                if current:
                    paras.append(current)
                current, open_end = "", False
                if not rules.is_jump(text):
                    paras.append(text)
                continue
            if current and (indented or not open_end):
                paras.append(current)
                current = ""
            current += text
            # a paragraph ends on a short line that ends a sentence; text set around an inset runs on; a teaser ends at
            # its page (…把关怀送到职工心坎上 ▶2版), however full its line
            open_end = (right - line.x1 <= 1.5 * line.size or not SENTENCE_END.search(text)) \
                and not (rules is not None and rules.page_ref.search(text))
    if current:
        paras.append(current)
    return [p for p in paras if p.strip()], heads


def stack_article(stack: Stack, body: list[Block], rules: PdfRules | None = None) -> LaidArticle:
    """Headline stack and its text blocks in → an article.

    The title is the largest block that reads as a title (a label of at most four characters,
    such as 简讯 or 评论, is not), together with the blocks of its size right under it; blocks
    above it are the kicker, blocks below the subtitle.
    """
    ordered = sorted(stack.blocks, key=lambda b: b.top)
    worded = [i for i, b in enumerate(ordered) if len(HAN.findall(b.text)) > 4] or list(range(len(ordered)))
    main = max(worded, key=lambda i: (ordered[i].size, -i))
    end = main + 1
    while end < len(ordered) and _same_size(ordered[end].size, ordered[main].size, 1.05):
        end += 1
    title = (rules or load_rules()).brief_mark.sub("", " ".join(headline_text(b) for b in ordered[main:end]))
    kicker = " ".join(headline_text(b) for b in ordered[:main]) or None
    subtitle = " ".join(headline_text(b) for b in ordered[end:]) or None
    paras, heads = paragraphs(xy_order(body), rules)
    return LaidArticle(title=title, kicker=kicker, subtitle=subtitle, paragraphs=paras, headings=heads)


def headline_text(block: Block) -> str:
    """A headline block in → its text: a line broken at the block's edge runs on, a shorter one ends a phrase (space)."""
    out = block.lines[0].text
    for previous, line in zip(block.lines, block.lines[1:]):
        full = block.x1 - previous.x1 <= 0.6 * previous.size and not block.vertical
        out += ("" if full else " ") + line.text
    return out


# ---- the page --------------------------------------------------------------------------------

def lay_out(page: PdfPage, rules: PdfRules | None = None) -> LaidPage:
    """A page's glyphs and pictures in → its articles, furniture text and captions out."""
    rules = rules or load_rules()
    lines = page_lines(page.glyphs)
    blocks = split_chrome_lines(page_blocks(lines, page.rules, page.plates), rules)
    if not blocks:
        return LaidPage([])
    furniture = split_furniture(blocks, page.height, rules)
    mark_labels(blocks, page.plates)
    blocks = split_marked_heads(blocks, page.frames, rules)
    mark_ads(blocks, rules)
    live = [b for b in blocks if b.kind != "furniture"]
    text_size = body_size(live)
    mark_pull_quotes(live)
    mark_headlines(live, text_size, rules, page.rules)
    mark_boxed_furniture(live, page.frames, rules)
    mark_guides(live, rules)
    mark_credit_lines(live, rules)
    live = [b for b in live if b.kind != "furniture"]
    mark_captions(live, page.images, rules)
    captions = [b.text for b in live if b.kind == "caption"]
    text = [b for b in live if b.kind == "text"]
    prose = [b for b in live if b.kind == "text" and is_prose(b)]
    stacks_ = [Stack(group) for group in stacks([b for b in live if b.kind == "headline"])]
    mark_head_bylines(stacks_, live, rules)
    take_dash_subtitles(stacks_, live)
    for stack in stacks_:
        lowest = max(stack.blocks, key=lambda b: b.bottom)
        stack.text_size = next(iter(_nearest_below(lowest, prose) or _nearest_beside(lowest, prose)), 0.0)
    for _ in range(8):  # a section head may sit under another: demote until none is left
        text = [b for b in live if b.kind in ("text", "heading")]
        owned = owners(stacks_, text, page.rules, page.images, page.frames)
        kept = demote_section_heads(stacks_, text, owned, page.images)
        if len(kept) == len(stacks_):
            break
        stacks_ = kept
    text = [b for b in live if b.kind in ("text", "heading")]
    owned = owners(stacks_, text, page.rules, page.images, page.frames)
    stacks_, owned = _confirm_sizes(stacks_, text, owned, page.rules, page.images, page.frames)
    articles, dropped, dropped_chars = [], 0, 0
    caption_blocks = [b for b in live if b.kind == "caption"]
    for s, stack in enumerate(stacks_):
        body = [text[b] for b, owner in owned.items() if owner == s]
        if not any(b.kind == "text" for b in body) and (photo_text := _photo_news_text(stack, page.images, caption_blocks)):
            body = [photo_text]  # a photo news item: its text is the caption-like paragraph under its picture
            captions.remove(photo_text.text)
        if sum(len(HAN.findall(b.text)) for b in body if b.kind == "text") < rules.min_article_chars:
            continue  # a banner, a section label or a title-only notice: no article
        article = stack_article(stack, body, rules)
        article.paragraphs[:0] = stack.credits  # the byline on the head's line opens the text (pdf.py takes it off)
        article.paragraphs = rules.without_jumps(article.paragraphs)
        if rules.is_guide(article.paragraphs):
            continue  # a guide's teasers (今日导读), framed or not: page furniture
        if rules.is_notice(article.title + "".join(article.paragraphs)):
            dropped += 1
            dropped_chars += sum(len(p) for p in article.paragraphs)
            continue
        articles.append(region(article, [*stack.blocks, *body], stack.top, stack.x0))
    orphans = [b for i, b in enumerate(text) if i not in owned and b.kind == "text"]
    untitled = _untitled(orphans, rules)
    if untitled is not None:
        if rules.is_notice("".join(untitled.paragraphs)):
            dropped += 1
            dropped_chars += sum(len(p) for p in untitled.paragraphs)
        else:
            articles.append(region(untitled, orphans, min(b.top for b in orphans), min(b.x0 for b in orphans)))
    news_chars = sum(len(p) for r in articles if r.article is not None for p in r.article.paragraphs)
    if dropped_chars and news_chars < NOTICE_PAGE_SHARE * dropped_chars:
        return LaidPage([], furniture, captions, dropped + len(articles))  # a page of notices
    ordered = page_order(boxed_regions(articles, page.frames))
    return LaidPage([r.article for r in ordered if r.article is not None], furniture, captions, dropped)


def _photo_news_text(stack: Stack, images: tuple[Box, ...], captions: list[Block]) -> Block | None:
    """A head owning no text in → the text of its photo news item, when a picture stands right under the head and a
    caption-like paragraph under the picture (图片新闻: "工会驿站开门迎客" over the photo, "近日，…（本报记者 李明 摄）"
    under it): that paragraph is the item's text, not a caption of another story. None otherwise."""
    for image in images:
        if not (0 <= image.top - stack.bottom <= 2.5 * stack.size and _overlap(image.x0, image.x1, stack.x0, stack.x1) > 0):
            continue
        under = [c for c in captions if 0 <= c.top - image.bottom <= 1.5 * c.size
                 and _overlap(c.x0, c.x1, image.x0, image.x1) >= 0.6 * c.width]
        if under:
            found = min(under, key=lambda c: c.top)
            found.kind = "text"
            return found
    return None


def _confirm_sizes(stacks_: list[Stack], text: list[Block], owned: dict[int, int], rules: tuple[Box, ...] = (),
                   images: tuple[Box, ...] = (), frames: tuple[Box, ...] = ()) -> tuple[list[Stack], dict[int, int]]:
    """Drop headline stacks not clearly larger than the text they own (bold text on a small-print page)."""
    keep = []
    for s, stack in enumerate(stacks_):
        sizes = [text[b].size for b, owner in owned.items() if owner == s and text[b].kind == "text"]
        ratio = RULED_HEAD_RATIO if all(b.ruled_head for b in stack.blocks) else HEADLINE_RATIO
        if sizes and stack.size < ratio * median(sizes) and not all(b.marked_head for b in stack.blocks):
            for block in stack.blocks:
                block.kind = "text"
            continue
        keep.append(stack)
    if len(keep) == len(stacks_):
        return stacks_, owned
    return keep, owners(keep, text, rules, images, frames)


def _untitled(orphans: list[Block], rules: PdfRules) -> LaidArticle | None:
    """Text blocks owned by no headline in → one untitled article (flagged) when they hold enough prose."""
    if sum(b.chars for b in orphans) < rules.min_untitled_chars:
        return None
    paras, heads = paragraphs(xy_order(orphans), rules)
    return LaidArticle(title="", paragraphs=rules.without_jumps(paras), headings=heads, flags=["no_title"])


def boxed_regions(regions: list[Region], frames: tuple[Box, ...]) -> list[Region]:
    """Regions in → the same, with the regions standing inside one frame (a 简讯 box of items, a sidebar box) made one
    region the frame's size, its parts read together wherever the box stands: rows of white across the page never
    part a box's items from one another. A story alone in a frame has its head read at the frame's top."""
    out = list(regions)
    for frame in sorted(frames, key=lambda f: (f.x1 - f.x0) * (f.bottom - f.top)):
        inside = [r for r in out if frame.x0 - 2 <= r.x0 and r.x1 <= frame.x1 + 2 and frame.top - 2 <= r.top
                  and r.bottom <= frame.bottom + 2]
        if len(inside) >= 2:
            out = [r for r in out if not any(r is i for i in inside)]
            out.append(Region(frame.x0, frame.top, frame.x1, frame.bottom, min(r.size for r in inside),
                              min(r.head_top for r in inside), min(r.head_x0 for r in inside), None, inside))
        elif len(inside) == 1 and inside[0].article is not None:
            # a story in a box of its own (under a 记者手记 label, a kicker over its head) is read where its box
            # starts: its head, set lower by the label and the kicker, is still in the row of the story beside the box
            inside[0].head_top = min(inside[0].head_top, frame.top)
    return out


def _column_of_stories(column: list[Region], regions: list[Region]) -> bool:
    """True when a narrow column is read whole: two stories or more, a box of items, or one story running down beside
    every story of its row (a sidebar). A single short story in a narrow column (a 时评 under its label beside stacked
    stories, a one-column brief) is read with the stories beside it by rows of heads: the lower story's head after it."""
    if len(column) >= 2 or any(r.parts for r in column):
        return True
    story = column[0]
    return story.bottom >= max(r.head_top for r in regions if r is not story)


def page_order(regions: list[Region]) -> list[Region]:
    """Articles' regions in → page reading order: rows of regions split by white running across them, each row read
    in rows of headlines, left to right; but a narrow column of stories (two or more) starting level with the stories
    beside it (a sidebar, a 简讯 box: at most SIDEBAR_SHARE of the width) is read whole, before or after them as it stands, though
    its heads stand between theirs (a sidebar's head higher than the lower story beside it, a box's items level with
    the story beside the box). Two wide groups of columns side by side (a lead and its neighbour) are read by rows.
    A box's regions (boxed_regions) are read together, in this order among themselves."""
    if len(regions) <= 1:
        return [part for r in regions for part in (page_order(r.parts) if r.parts else [r])]
    rows = _cut(regions, "y")
    if len(rows) > 1:
        return [r for row in rows for r in page_order(row)]
    columns = _cut(regions, "x")
    if len(columns) > 1:
        width = max(r.x1 for r in regions) - min(r.x0 for r in regions)
        tops = [min(r.top for r in column) for column in columns]
        size = median(r.size for r in regions)
        narrow = [c for c in columns if max(r.x1 for r in c) - min(r.x0 for r in c) <= SIDEBAR_SHARE * width
                  and _column_of_stories(c, regions)]
        if narrow and len(narrow) < len(columns) and max(tops) - min(tops) <= SIDEBAR_LEVEL * size:
            return [r for column in columns for r in page_order(column)]
    ordered = [r for row in head_rows(regions) for r in sorted(row, key=lambda r: r.head_x0)]
    return [part for r in ordered for part in (page_order(r.parts) if r.parts else [r])]


def head_rows(regions: list[Region]) -> list[list[Region]]:
    """Regions in → rows of heads, top down: a head within HEAD_ROW_LINES text lines below the highest head of its row
    is in that row. Papers set the heads of stories side by side level, but a reversed label or a kicker over one head
    drops it a line or two (□时评 over 让技能人才"香"起来 beside 冬季返岗专车开行): it is still read in its row, left to
    right, not after the head beside it. Rows are anchored at their highest head, so two heads a line apart are never
    parted by where a fixed grid happens to fall."""
    rows: list[list[Region]] = []
    for r in sorted(regions, key=lambda r: r.head_top):
        if rows and r.head_top - rows[-1][0].head_top <= HEAD_ROW_LINES * r.size:
            rows[-1].append(r)
        else:
            rows.append([r])
    return rows
