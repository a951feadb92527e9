"""Lines in → lines with the breaks that PDF/OCR extraction put inside sentences removed.

A line is joined to the next when it cannot end a paragraph (no sentence-final
punctuation) and is not a headline: either it is long and already contains sentence
punctuation, or it ends in a comma/colon/enumeration mark, or it fills the page's column
(text set to a width and broken there, as PDF extraction leaves it), or the page puts blank
lines between paragraphs and none sits at this break. Real headings are short and
unpunctuated, so they stay on their own; a break never spans a gap wider than the page's
paragraph gap.
"""

from __future__ import annotations

import re

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from archive.text.byline import parse_byline, parse_credit_line
from archive.text.headlines import (
    breaks_mid_phrase, carries_on, is_couplet, opens_with_column_mark, is_dash_subtitle, is_kicker_shaped, junction, names_actor_and_event, opens_lead,
)
from archive.text.script import to_simplified
from archive.text.markers import (
    CLOSING_QUOTES, CLOSING_SIGNATURE, CONTINUATION_END, CREDIT_ONLY, ENUMERATORS, NEVER_OPENS_LINE, PHOTO_CREDIT, SENTENCE_END, SIGNATURE,
)

MIN_BROKEN_LINE = 30
MID_LIST_END = "、,，"  # a line ending on one of these goes on, even into what looks like an enumerator
LEAD_CONTEXT = 12  # characters of a line read for how it opens
MAX_KICKER = 16
MAX_HEAD_LINE = 40
INNER_PUNCT = re.compile(r"[,，。;；:：、]")
HEAD_STOPS = re.compile(r"[。;；]")  # a head holds no full stop or semicolon
CREDIT_ENDS = "摄攝图圖)）"  # the last character of a photo credit ("李明 摄", "（摄影 陈平）")
# A page is set to a column width when at least this many lines, and this share of the lines that
# end mid-sentence, fill (within a character or two) the same width.
MIN_COLUMN_LINES, MIN_COLUMN_SHARE = 6, 0.5
# Few lines run past a column (titles set across it); and the paragraph gap is one that parts at
# least this share of the gaps after a sentence end.
MAX_OVER_COLUMN, MIN_GAP_SHARE = 0.2, 0.25
MIN_COLUMN, COLUMN_SLACK_BELOW, COLUMN_SLACK_ABOVE = 8, 1.5, 1.5
WIDER_THAN_COLUMN = 0.5  # a line past the column by more than this was set across it (a head), never cut at it


@dataclass(frozen=True)
class LineLayout:
    """How a page sets its text: blank lines between paragraphs, and the column width when lines are filled to one."""

    paragraph_gap: int = 0
    width: float | None = None

    def fills_column(self, line: str) -> bool:
        """Line in → True when it runs to the column's edge (so the text went on to the next line)."""
        if self.width is None:
            return False
        low, high = self.width - COLUMN_SLACK_BELOW, self.width + COLUMN_SLACK_ABOVE
        # (by its display width, or by its characters where a page was cut by characters: "本报宁波5月23日电（记者 谢军）8")
        return low <= display_width(line) <= high or low <= len(line) <= high


# A page read without knowing its layout: no blank lines between paragraphs, no column.
NO_LAYOUT = LineLayout()


def display_width(line: str) -> float:
    """Line in → its width in Han characters (Latin letters and digits are set at half width)."""
    return len(line) - len(line.encode("ascii", "ignore")) / 2  # encode drops all but the ASCII characters


def line_layout(lines: list[str], gaps: list[int], width: float | None = None) -> LineLayout:
    """Lines and the blank lines above each (and the column width when read already) in → the page's paragraph gap
    and column width."""
    width = width if width is not None else column_width(lines)
    # the narrowest gap that parts a fair share of paragraphs (wider ones part articles); a sentence
    # ending at the column's edge may just as well run on in the same paragraph, so it says nothing
    # (a paragraph re-joined already runs past the column: its end is a paragraph's end)
    # (nor does one over its story's sign-off, "（通讯员 张敏 李波）" set right under the last line: it closes a story)
    after_sentence = Counter(gap for line, gap, following in zip(lines, gaps[1:], lines[1:]) if ends_sentence(line)
                             and not (width is not None and width - COLUMN_SLACK_BELOW <= display_width(line) <= width + COLUMN_SLACK_ABOVE)
                             and not _closing_line(following))
    total = sum(after_sentence.values())
    paragraph_gap = min((gap for gap, count in after_sentence.items() if count >= MIN_GAP_SHARE * total), default=0)
    return LineLayout(paragraph_gap, width)


def _closing_line(line: str) -> bool:
    """Line in → True when it closes a story rather than opening a paragraph: a line wholly in brackets (a signature
    "（通讯员 张敏 李波）", a credit "（赵亮 摄）") or a credit line."""
    return (line[:1] in "(（" and line[-1:] in ")）") or parse_credit_line(line) is not None


def column_width(lines: list[str]) -> float | None:
    """Lines in → the width (in Han characters) most lines that end mid-sentence fill, None when they fill none."""
    every = [display_width(line) for line in lines]
    widths = sorted(w for line, w in zip(lines, every) if not ends_sentence(line) and w >= MIN_COLUMN)
    best, best_count = None, 0
    for width in set(widths):
        count = sum(1 for w in widths if width - COLUMN_SLACK_BELOW <= w <= width)
        if count > best_count or (count == best_count and best is not None and width > best):
            best, best_count = width, count
    if best is None or best_count < MIN_COLUMN_LINES or best_count < MIN_COLUMN_SHARE * len(widths):
        return None
    if sum(1 for w in every if w > best + COLUMN_SLACK_ABOVE) > MAX_OVER_COLUMN * len(every):
        return None  # lines run past it: not a column, a coincidence of short lines
    return best


# Characters a paragraph's first line is indented with; a page opens paragraphs indented when at least
# this many lines are.
INDENT_CHARS = " \t\u3000\u00a0"
MIN_INDENTED = 3
FULL_STOP_END = re.compile(r"。[”’」』)）]*$")


def join_indented_runs(text: str) -> str:
    """Raw page text in → the same with the lines of each indented paragraph re-joined (read_indented_page)."""
    return read_indented_page(text)[0]


def read_indented_page(text: str) -> tuple[str, float | None]:
    """Raw page text in → (the same with the lines of each indented paragraph re-joined where they run to the column's
    edge, the column's width when the page is set to one: measured here, before joined lines hide it).

    On a page whose paragraphs open indented, an indent opens a paragraph and its lines run to the column's edge
    until its last, shorter one (the indent takes its room in the column). A flush line goes on in the paragraph
    above when that paragraph's lines so far all fill the column and the last of them ends mid-sentence
    (“记者：骑手的工作时间由算法决定，出了问题该” / 找谁？), or ends a sentence at the edge while the line
    fills the column too and its run of flush lines holds a full stop (“……等于白赢。” / 王建霖找到了…: not a
    head, which holds no full stop). A flush line under a paragraph's short last line, or after a blank line,
    is a head or the next block, never a paragraph's next line.
    """
    if "\n\u3000" not in text and "\n  " not in text:
        return text, None  # no indented line: nothing to read (one scan in C)
    lines = text.split("\n")
    indented = [line[:1] in INDENT_CHARS and not line.isspace() and bool(line) for line in lines]
    if sum(indented) < MIN_INDENTED:
        return text, None
    flat = [line.strip() for line in lines]
    set_width = [display_width(line.rstrip()) for line in lines]  # as set: the indent is room taken in the column
    width = column_width([line.rstrip() for line in lines if line.strip()])
    if width is None:
        return text, None
    full = width - COLUMN_SLACK_BELOW
    out: list[str] = [lines[0]]
    open_paragraph = indented[0] and set_width[0] >= full  # the paragraph above fills the column so far
    for i in range(1, len(lines)):
        line, above = flat[i], flat[i - 1]
        # the line above is a paragraph's (indented, or under another line: not a head after a gap) and ends on a
        # full stop (a head may end on ! or ?), as wide as the column
        in_paragraph = indented[i - 1] or (i >= 2 and bool(flat[i - 2]))
        runs_on = bool(line and above) and not indented[i] and (
            (open_paragraph and not ends_sentence(above))
            or (in_paragraph and FULL_STOP_END.search(above) is not None and display_width(above) + 2 * indented[i - 1] >= full
                and display_width(line) >= full and _run_holds_full_stop(flat, indented, i))
        )
        if runs_on:
            out[-1] = out[-1].rstrip() + line
        else:
            out.append(lines[i])
        open_paragraph = (indented[i] or (runs_on and open_paragraph)) and set_width[i] >= full
    return "\n".join(out), width


def _run_holds_full_stop(flat: list[str], indented: list[bool], start: int) -> bool:
    """True when the flush lines from ``start`` (to the next blank or indented line) hold a full stop."""
    for i in range(start, len(flat)):
        if not flat[i] or (indented[i] and i > start):
            return False
        if "。" in flat[i]:
            return True
    return False


# The end of a byline's last name and its credit word opening a line ("洁报道 …").
BYLINE_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:报道|報道)(?:\s|[:：]|$)")


def ends_sentence(line: str) -> bool:
    """Line in → True when its last character can end a paragraph."""
    line = line.rstrip()
    if not line:
        return True
    last = line[-1]
    if last in SENTENCE_END or last in ")）":
        return True
    if last in CLOSING_QUOTES:
        return len(line) < 2 or line[-2] in SENTENCE_END or line[-2] in CLOSING_QUOTES
    return False


@lru_cache(maxsize=8192)
def starts_new_block(line: str) -> bool:
    """Line in → True when it opens a byline paragraph, stands as a credit line or opens an enumerated item."""
    return parse_byline(line)[0] is not None or any(p.match(line) for p in ENUMERATORS.values()) or parse_credit_line(line) is not None


def is_broken(
    line: str, following: str, gap: int = 0, layout: LineLayout = NO_LAYOUT, opens_block: bool = False, opens_paragraph: bool = False,
    last_piece: str | None = None, after_head: bool = False, below: str = "",
) -> bool:
    """A line, the next, the blank lines between them and the page layout in → True when the first was cut mid-sentence.

    ``opens_block``: the line stands after a gap wider than the paragraph gap (where a title stands),
    so filling the column is no evidence that it goes on. ``opens_paragraph``: the line above ended a sentence.
    ``last_piece``: the physical line that ends ``line`` when lines were joined into it already (its width counts).
    ``after_head``: the line above ``line`` stood on its own as a head (a kicker or title line).
    ``below``: the line after ``following`` ("" at the end).
    """
    piece = last_piece if last_piece is not None else line
    if gap <= layout.paragraph_gap and line[-1:] in MID_LIST_END and any(p.match(following) for p in ENUMERATORS.values()):
        return True  # "每周一、" / "三、五派出…": a list broken mid-way, not an enumerated item opening
    if gap <= layout.paragraph_gap and following[-1:] in CREDIT_ENDS and not PHOTO_CREDIT.search(line) and (
        CREDIT_ONLY.match(following) or (layout.fills_column(piece) and not ends_sentence(line) and PHOTO_CREDIT.search(following))
    ):
        return True  # "图为技能比武现场。职工们纷纷点赞。" / "本报记者 黄洋敏 摄": a caption's credit cut off at the column;
        # "工会工作人员向职工宣讲政策，受到职工" / "欢迎。 本报记者 梁海 摄": a caption cut at the column runs on to its credit
    if gap <= layout.paragraph_gap and opens_unclosed_bracket(line) and closes_bracket(following):
        return True  # "…全覆盖。（记者 郑静燕" / "通讯员 林勇）": a signature cut at the column, however its second line opens
    if starts_new_block(following) or gap > layout.paragraph_gap or parse_credit_line(line):
        return False
    if starts_new_block(line) and BYLINE_TAIL.match(following):
        return True  # "本报讯 通讯员周永卫、俞" / "洁报道 “我是…": a byline broken inside its last name
    if PHOTO_CREDIT.search(line) and not (following[:1] and following[0] in NEVER_OPENS_LINE):
        return False  # "…启动。记者周金友 摄": a caption ends with its photographer's credit
    if following[:1] and following[0] in NEVER_OPENS_LINE:
        return True  # ",增强…" or "”王建霖…": a comma or a closing quote never opens a line of its own
    if not ends_sentence(line) and (opens_unclosed_bracket(line) or (caption_marks().match(line) is not None and not _caption_whole(
        line, following, piece, layout))):
        return True  # "…受到职工欢迎。（通讯" / "员 张军敏 摄）", "图为工会志愿者为工人送上" / "清凉饮品。": cut at the column
    if not ends_sentence(line) and _cut_brief(line, piece, layout):
        return True  # "■东城区总工会为环卫工人送清凉 7月10" / "日，东城区…", "【西湖街道职工书屋" / "揭牌】近日，…": a brief run in
    if ends_sentence(line):  # a closing bracket or a semicolon at the column's edge does not end the paragraph
        if signs_off(line):
            return False  # a signature ends its story, wherever it stands
        if opens_with_column_mark(following) or following[:1] == "【":
            return False  # "…发放了助学金。" / "■南区开展女职工健康讲座 7月8日，…": a mark after a full stop opens a block (a brief, a label)
        # (and on a page with blank lines between paragraphs, a sentence ending at the column's edge with no blank line under
        # it goes on in the same paragraph)
        return layout.fills_column(piece) and ((line[-1] in ")）;；" and not opens_block) or gap < layout.paragraph_gap)
    if stands_as_kicker(line, opens_block or opens_paragraph):
        return False
    if opens_block and len(line) < MIN_BROKEN_LINE and ((is_kicker_shaped(line) and line[-1] not in ",，") or (
        not INNER_PUNCT.search(line[:-1]) and len(following) >= MIN_BROKEN_LINE
    )):
        return False  # a kicker or title standing apart never runs on into the line below it
    if line[-1] in CONTINUATION_END:
        return True
    if len(line) >= MIN_BROKEN_LINE and INNER_PUNCT.search(line):
        return True
    if opens_block and INNER_PUNCT.search(line[:-1]) and layout.fills_column(piece) and (
        breaks_mid_phrase(line, following) or junction(line, following) == "word"
    ):
        return True  # a caption's first line after a gap, cut at the column inside a word ("…送上慰问品，受" / "到职工欢迎。")
    if opens_block and piece == line and layout.fills_column(line) and not _head_shaped(line):
        return True  # a block's first line filled to the column, two clause marks or a full stop in it: text, no head
        # ("青年婚恋，既是个人家事，亦是" / "城市发展之要事。…", as pdftotext sets a story under its head)
    if opens_block or (opens_paragraph and piece == line and reads_as_title(line, following)):
        return False
    if after_head and piece == line and layout.fills_column(piece) and opens_under_title(line, following):
        return False  # a title's second line (under its kicker, or a title set twice) as wide as the column
    if piece == line and opens_paragraph and is_couplet(line):
        return False  # a couplet of two matched phrases ("上门送祝福 真情暖人心") is a head line whole in itself
    if piece == line and layout.fills_column(line) and _head_shaped(line) and _head_shaped(following) and not ends_sentence(
            following) and following[:1] not in NEVER_OPENS_LINE and (
            not layout.fills_column(following) or (below and (starts_new_block(below) or opens_lead(to_simplified(below[:LEAD_CONTEXT]))))):
        return False  # a line as wide as the column over one that ends no sentence, short of the edge or over a lead: a paragraph's
        # last line ends its sentence, so the two are head lines ("春风行动送出就业岗位3600个" / "职工可凭工会会员卡免费使用" /
        # "本报讯 …": a title and its subtitle)
    if layout.width is not None and piece == line and _head_shaped(line) and min(display_width(line), len(line)) > layout.width + WIDER_THAN_COLUMN:
        return False  # a head set across the columns, wider than the text's column: no body line runs past it
    if layout.width is not None and piece == line and opens_paragraph and not layout.fills_column(line) and _head_shaped(line) and (
        not _head_shaped(following) or is_dash_subtitle(following)
    ):
        return False  # on a page cut at a column, a paragraph's lines run to its edge: a short line short of it is a head
        # over the text ("万州找律师事务所,万州区律师" / "“要不是…") or a ——subtitle, even with no blank line under it on a blank-line page (two head lines else are read as one title or two by
        # headlines.continues_title)
    return layout.fills_column(piece) or gap < layout.paragraph_gap


def _caption_whole(line: str, following: str, piece: str, layout: LineLayout) -> bool:
    """A line opening with a caption mark, the next line, the line's last piece and the layout in → True when the caption
    ends there though no full stop closes it: it stops short of the column's edge (or the page has no column) and a head
    stands below, the next story's ("▲志愿者为职工义诊" / "大浪街道把清凉送到户外工作人员身边")."""
    return (piece == line and not layout.fills_column(piece) and _head_shaped(following) and following[:1] not in NEVER_OPENS_LINE
            and not breaks_mid_phrase(line, following) and junction(line, following) != "word")


def _cut_brief(line: str, piece: str, layout: LineLayout) -> bool:
    """A line (not ending a sentence), its last piece and the layout in → True when it is the first line of a brief whose head
    runs in before its text, cut at the column: it opens 【 without closing it (a head in brackets never ends its line inside
    them), or it opens with a column mark or 【 and fills the column (a label, ■记者手记, 【一线传真】, is a short line of its own)."""
    if line[:1] == "【" and "】" not in line:
        return True
    return piece == line and (line[:1] == "【" or opens_with_column_mark(line)) and layout.fills_column(line)


def signs_off(line: str) -> bool:
    """Line in → True when it ends on its story's signature: a line of names in brackets, or one after the last sentence
    ("…全覆盖。（通讯员 张敏 李波）"): the story ends there."""
    return line[-1:] in ")）" and (SIGNATURE.match(line) is not None or CLOSING_SIGNATURE.search(line) is not None) and (
        PHOTO_CREDIT.search(line) is None)  # (a photographer's credit, "…。（徐伟 摄）", closes a caption)


def closes_bracket(line: str) -> bool:
    """Line in → True when it closes a bracket before opening one ("通讯员 林勇）")."""
    close = min((i for i in (line.find("）"), line.find(")")) if i >= 0), default=-1)
    opening = min((i for i in (line.find("（"), line.find("(")) if i >= 0), default=len(line))
    return 0 <= close < opening


def opens_unclosed_bracket(line: str) -> bool:
    """Line in → True when it opens a bracket it does not close ("…欢迎。（通讯"): a paragraph, a caption's credit or a
    title never ends inside brackets, so the line was cut there and goes on below."""
    return ("（" in line or "(" in line) and line.count("（") + line.count("(") > line.count("）") + line.count(")")


@lru_cache(maxsize=1)
def caption_marks() -> re.Pattern:
    """The caption-opening words and marks of html.yaml (图为, ▲; one list for web pages and page text) as a line-start
    pattern: a line so opened is a photo caption, never a head, and runs on to its full stop or credit."""
    from archive.text.html import load_cues  # html builds on the splitter, which builds on this module: loaded on first use

    return load_cues().caption_marks


def reads_as_title(line: str, following: str) -> bool:
    """A line opening a paragraph and the next in → True when it is a title as wide as the column: no clause
    mark in it, no word or phrase running on below, and either the line below opens the way a story's lead
    does (a date, 昨日, 近日: a paragraph's first line rarely has the next line start that way) or the line
    names an actor and an event and does not open the way a paragraph does (会议, 此外, 近日)."""
    if INNER_PUNCT.search(line) or breaks_mid_phrase(line, following) or junction(line, following) == "word":
        return False
    if opens_lead(to_simplified(following[:LEAD_CONTEXT])):
        return True
    simplified = to_simplified(line)
    return names_actor_and_event(simplified) and not carries_on(simplified) and not opens_lead(simplified)


def opens_under_title(line: str, following: str) -> bool:
    """A line under a head and the next in → True when the line is a title and the next a story's lead: no clause
    mark in the line, no word running on, and the next opening with a date, 近日, 日前 (how a lead opens)."""
    return (not INNER_PUNCT.search(line) and not breaks_mid_phrase(line, following) and junction(line, following) != "word"
            and opens_lead(to_simplified(following[:LEAD_CONTEXT])))


def stands_as_head(line: str) -> bool:
    """A line left on its own in → True when it is a headline line (short, no clause mark inside), so the line
    below it opens a block of its own."""
    return len(line) <= MAX_HEAD_LINE and not INNER_PUNCT.search(line)


def _head_shaped(line: str) -> bool:
    """Line in → True when it could be a head line: short, at most one clause mark inside (a title's two clauses,
    "万州找律师事务所,万州区律师"), no full stop or semicolon, not ending on a mark that goes on."""
    return (len(line) <= MAX_HEAD_LINE and line[-1] not in CONTINUATION_END and not HEAD_STOPS.search(line)
            and line.count(",") + line.count("，") <= 1)


def stands_as_kicker(line: str, opens_paragraph: bool) -> bool:
    """A line that opens a paragraph in → True when it is a short lead-in set above a title ("新春走基层——", "【一线传真】")."""
    return (
        opens_paragraph and len(line) <= MAX_KICKER and is_kicker_shaped(line)
        and line[-1] not in ",，" and not INNER_PUNCT.search(line[:-1])
    )


def repair_lines(lines: list[str], gaps: list[int], layout: LineLayout) -> tuple[list[str], list[int]]:
    """Lines, blank lines above each and the page layout in → (lines with mid-sentence breaks joined, their gaps) out."""
    repaired: list[str] = []
    kept_gaps: list[int] = []
    opens_block = True
    piece = ""  # the last physical line
    for n, (line, gap) in enumerate(zip(lines, gaps)):
        # (a line under a signature or a credit opens one too: the story above was signed off)
        opens_paragraph = len(repaired) < 2 or ends_sentence(repaired[-2]) or parse_credit_line(repaired[-2]) is not None
        after_head = len(repaired) >= 2 and stands_as_head(repaired[-2])
        below = lines[n + 1] if n + 1 < len(lines) else ""
        if repaired and is_broken(repaired[-1], line, gap, layout, opens_block, opens_paragraph, piece, after_head, below):
            repaired[-1] = repaired[-1] + line
            piece = line
        else:
            piece = line
            # a block opens after a wide gap; a kicker standing at its head passes that on to the title below
            after_kicker = bool(repaired) and stands_as_kicker(repaired[-1], opens_block or opens_paragraph)
            # (so does a photo caption closed by its credit: a picture parts the text, "…欢迎。（摄影 陈平）" / 患病职工急需手术费)
            # (unless the caption hangs under a head: the head's picture, with its lead below)
            after_caption = bool(repaired) and repaired[-1][-1:] in CREDIT_ENDS and PHOTO_CREDIT.search(repaired[-1]) is not None and not (
                len(repaired) >= 2 and not ends_sentence(repaired[-2]) and _head_shaped(repaired[-2]) and INNER_PUNCT.search(line))
            # (and so does a signature: it closes the story above, "（通讯员 张敏 李波）" / 患病职工急需手术费,欠薪公司却“失联”)
            after_signature = bool(repaired) and signs_off(repaired[-1])
            opens_block = not repaired or gap > layout.paragraph_gap or after_kicker or after_caption or after_signature
            repaired.append(line)
            kept_gaps.append(gap)
    return repaired, kept_gaps


def repair_broken_lines(lines: list[str]) -> list[str]:
    """Non-empty lines in → lines with mid-sentence breaks joined out."""
    return repair_lines(lines, [0] * len(lines), NO_LAYOUT)[0]
