"""Page text in → the page's articles (kicker, title, subtitle, byline, headings, paragraphs, dates).

A newspaper page holds several articles, each under its headline block (at most kicker, title
over one or two lines, subtitle), often but not always followed by an agency byline ("本报讯 …").
Blocks without a byline are told from section heads inside an article by the evidence in
archive.text.headlines (blank lines, stacking, actor and event, the lead below, the page's habit).
A web page usually holds one article under page chrome (masthead, breadcrumb, view counters,
share bars, footers), which is stripped here; dates found in that chrome become the publication date.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice

from archive.text.byline import Byline, parse_byline, parse_credit, parse_credit_line
from archive.text.dates import published_from_lines, year_from_text, first_date
from archive.text.gaps import enumeration_skips
from archive.text.headlines import (
    BARE_FIGURE, BlockContext, bigrams, is_bracketed_head, page_foot_lines, opens_with_column_mark, breaks_mid_phrase, data_box_lines, is_brief_label, is_digest_line, continues_title, is_dash_subtitle, is_kicker_shaped, is_marked_kicker,
    is_page_name, is_sidebar_label, is_signer_line, junction, may_run_in_heads, run_in_head, names_new_place, new_places, opens_article,
    opens_lead, opens_dialogue, opens_with_report_time, story_overlap, title_goes_on, undecided,
)
from archive.text.markers import (
    BREADCRUMB, BREADCRUMB_LABEL, BULLET_PREFIX, CAPTION_END, CLOSING_SIGNATURE, PHOTO_CREDIT, CHROME_ANYWHERE, CHROME_AT_START, COLUMN_PREFIX,
    DOTTED_PAGE_NAME, ENUMERATORS, EPAPER_PAGE, MASTHEAD, SIGNATURE,
    ORIGINAL_TITLE, PAGE_LABEL, PAPER_NAME, TAIL_MARKERS,
)
from archive.text.normalize import normalize_text
from archive.text.pdf_rules import PdfRules, load_rules
from archive.text.repair import (
    INNER_PUNCT, NO_LAYOUT, LineLayout, caption_marks, closes_bracket, ends_sentence, line_layout, opens_unclosed_bracket, read_indented_page,
    repair_lines, signs_off, stands_as_kicker, starts_new_block,
)
from archive.text.script import detect_script, to_simplified
from archive.text.spam import clean_paragraph, is_spam_line, may_hold_spam, remove_spam

MIN_HEADLINE, MAX_HEADLINE, MAX_HEADING = 5, 64, 30
MAX_HEADLINE_LINES = 4
MAX_TITLE_FRAGMENT = 8  # a title's first words broken off onto a line of their own ("首批100")
# Heads after a blank line that show a page without blank lines between paragraphs parts its articles by them.
MIN_GAPPED_HEADS = 2
# A relative overlap (story above minus earlier stories) is shifted by this to sit on the absolute scale.
RELATIVE_BASE = 0.03
# Paragraphs below a head compared with the story above it.
BELOW_PARAGRAPHS = 3
MAX_FURNITURE_LINE = 80
# A lead names its time and its actor in its first clauses ("近日,金华市总工会开展…").
LEAD_CLAUSE, LEAD_CLAUSES = re.compile(r"[，,。；;！!？?]"), 2
# A line at least this long after a short one is body text (the short one may be its broken start).
MIN_PROSE = 20
# Lines this short without punctuation are aggregator leftovers ("创始人", "0", "×") or photo labels.
MAX_FRAGMENT = 4
MAX_BLANK_RUN = 8  # blank lines looked across for the line below a short one
# ...unless they close a quote or bracket opened on the line above ("零距离”"): then they are text.
PHRASE_END = re.compile(r"[”’」』》）)]")
# Breadcrumbs further down than this are part of the article, not the page header.
HEADER_ZONE = 40
# Paragraphs at least this long (spaces ignored) are kept once per article; shorter repeats
# ("会议现场", a repeated caption or heading) can be legitimate and are left alone.
MIN_DUPLICATE_PARAGRAPH = 20
# Lines between a page's first headline and its first byline that are read as captions.
MAX_CAPTION_LINES, MAX_CAPTION_LENGTH = 2, 160
# A caption above a story's first paragraph: one sentence this short without a clause inside; at most this many
# such lines (or summary lines) are skipped.
MAX_LEAD_CAPTION, MAX_LEAD_FURNITURE = 30, 3
MAX_INNER_CAPTION = 60  # a caption between a story's paragraphs: one short sentence and its credit
CREDIT_LAST = "摄攝图圖"  # the last character of a photo credit (摄, 供图), brackets aside
LEAD_CAPTION_MARKS = re.compile(r"[,，、;；:：!！?？]")
TAIL = "\x00tail"
# A full stop inside a line ends a sentence there: a headline has none (a broken body line may).
FULL_STOP_INSIDE = re.compile(r"[。；;](?=.)")
# Stands where a chrome line was taken out: it parts the lines around it like a blank line.
CUT = "\x00cut"
HAN = re.compile(r"[\u4e00-\u9fff]")
MARK_INSIDE = re.compile(r"[,，。;；:：、!！?？“”]")  # a clause or quote mark inside a line: text, or a title's clauses
HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+$")
SENTENCE_PUNCT = re.compile(r"[,，。;；!！?？]")
CLAUSE_PUNCT = re.compile(r"[,，。;；]")  # "?" is left out: damaged meta lines are full of it
# Replacement characters, "??" runs and "?" glued to Latin letters or "!" are left by bad decoding;
# a single "?" between Han characters is an ASCII question mark, which the seed page uses.
# (Read for whether it occurs: "??" stands for any longer run; every branch opens with its literal, so the
# engine skips to a U+FFFD or "?" instead of trying the branches at every character.)
DAMAGE = re.compile(r"\ufffd|\?\?|\?(?=[!！、a-zà-ǜ])")


@dataclass
class PageArticle:
    """One article as read from a page, before it becomes an archive.model.Article."""

    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    published: str | None = None
    newspaper: str | None = None
    page: str | None = None
    year_hint: int | None = None
    quality_flags: list[str] = field(default_factory=list)


@dataclass
class PageMeta:
    published: str | None = None
    newspaper: str | None = None
    page: str | None = None


# ---- line classes -------------------------------------------------------------------

def is_chrome(line: str, anywhere: tuple[re.Pattern[str], ...] = CHROME_ANYWHERE) -> bool:
    """Line in → True when it is page furniture (masthead, breadcrumb, counters, dated footer, stray fragments).

    ``anywhere``: the unanchored chrome patterns worth trying (``chrome_patterns_in`` of its page; all by default).
    """
    if len(line) <= MAX_FRAGMENT and not CLAUSE_PUNCT.search(line) and not PHRASE_END.search(line):
        return True
    if CHROME_AT_START.match(line) or any(pattern.search(line) for pattern in anywhere):
        return True
    return len(line) <= MAX_FURNITURE_LINE and first_date(line) is not None and not CLAUSE_PUNCT.search(line)


# The unanchored chrome patterns read over a whole page: "$" also before each newline, so a pattern
# that matches one of the page's lines matches the page.
_CHROME_ANYWHERE_IN_PAGE = tuple(re.compile(pattern.pattern, pattern.flags | re.MULTILINE) for pattern in CHROME_ANYWHERE)


def chrome_patterns_in(text: str) -> tuple[re.Pattern[str], ...]:
    """Page text in → the unanchored chrome patterns that occur in it: only those can match one of its lines
    (most occur in no page; one search of the page each instead of one per line: bench pages 0.3 → 0.03 ms)."""
    return tuple(line_pattern for line_pattern, page_pattern in zip(CHROME_ANYWHERE, _CHROME_ANYWHERE_IN_PAGE)
                 if page_pattern.search(text))


def is_lead_in(line: str) -> bool:
    """Line in → True when it is a kicker set as a lead-in: short, ending in a colon or dash ("工会在身边:")."""
    return stands_as_kicker(line, True) and line[-1] in ":：—"


def is_title_head(line: str, following: str) -> bool:
    """A line too short to be a headline and the next in → True when it is a title's first words broken off
    ("首批100" / "余名职工代表启程"): a short unpunctuated line that the headline line below goes on from."""
    return (
        len(line) <= MAX_TITLE_FRAGMENT and not is_headline_like(line) and bool(HAN.search(line)) and not SENTENCE_PUNCT.search(line)
        and not is_signature(line) and is_headline_like(following) and continues_title(line, following)
    )


def is_signature(line: str) -> bool:
    """Line in → True when it is a name or credit set in brackets on a line of its own ("(通讯员 何静)", "（晓晨）"):
    the signature that closes a story, never the first words of the title below it; or an expert's sign-off
    ("青禾市总工会法律援助中心律师 孟强")."""
    return (line[:1] in "(（" and line[-1:] in ")）" and SIGNATURE.match(line) is not None) or is_signer_line(line)


def is_title_tail(line: str) -> bool:
    """Line in → True when it is short enough to be only the end of a title broken over two lines ("又收锦旗")."""
    return len(line) < MIN_HEADLINE and bool(HAN.search(line)) and not SENTENCE_PUNCT.search(line.rstrip("!！?？"))


@lru_cache(maxsize=8192)
def is_headline_like(line: str) -> bool:
    """Line in → True when it could be a kicker, title or subtitle."""
    if not MIN_HEADLINE <= len(line) <= MAX_HEADLINE or len(HAN.findall(line)) < 3:
        return False
    if line[-1] in ",，:：、;；。" or (line[-1] in "”\"" and line[-2:-1] in ("。", "，", ",")):
        return False
    if line[0] in "(（" and line[-1] in ")）":
        return False
    if len(SENTENCE_PUNCT.findall(line)) > 2 or CAPTION_END.search(line) or (line[-1] in ")）" and PHOTO_CREDIT.search(line)):
        return False  # (a line closed by its photographer's credit, "…欢迎。（摄影 陈平）", is a caption)
    if any(p.match(line) for p in ENUMERATORS.values()):
        return False
    if opens_with_report_time(line):
        return False  # "近日, 余姚市总工会组织安排": a lead's time clause, not a headline's words
    if opens_dialogue(line):
        return False  # "记者：骑手遇到权益受损怎么办？": a Q&A's question, not a head
    if caption_marks().match(line):
        return False  # "图为工会志愿者在建筑工地为工人送上": a photo caption's first words, cut at the column, not a head
    return parse_byline(line)[0] is None and parse_credit_line(line) is None


def is_heading(line: str) -> bool:
    """Line in → True when it is a section heading inside an article ("暖心慰问送不停")."""
    return is_headline_like(line) and len(line) <= MAX_HEADING and not SENTENCE_PUNCT.search(line)


def is_kicker(line: str) -> bool:
    """First headline line in → True when it reads as a kicker: a bracketed column, a lead-in, a slogan of three or more phrases."""
    return is_kicker_shaped(line)


def starts_article(line: str) -> Byline | None:
    """Line in → its agency Byline when the line opens an article ("本报讯 …")."""
    return parse_byline(line)[0]


# ---- page level -------------------------------------------------------------------------

def is_breadcrumb(line: str) -> bool:
    """Line in → True when BREADCRUMB finds a breadcrumb in it (its anchored branches tried at the start only)."""
    return BREADCRUMB.match(line) is not None or BREADCRUMB_LABEL.search(line) is not None


def page_lines(text: str) -> tuple[list[str], list[str]]:
    """Normalised page text in → (page-header lines cut above a breadcrumb, remaining lines, blank ones kept as "") out."""
    lines = text.split("\n")
    filled = list(islice((i for i, line in enumerate(lines) if line), HEADER_ZONE))
    crumbs = [i for i in filled if is_breadcrumb(lines[i])]
    if crumbs:
        return [line for line in lines[: crumbs[-1] + 1] if line], lines[crumbs[-1] + 1:]
    return [], lines


def separate_chrome(lines: list[str], anywhere: tuple[re.Pattern[str], ...] = CHROME_ANYWHERE,
                    seen: list[str] | None = None, boxed: frozenset[int] = frozenset()) -> tuple[list[str], list[str]]:
    """Lines in → (content lines with TAIL and CUT sentinels and blank lines, chrome lines) out.

    ``anywhere``: the unanchored chrome patterns that can match these lines (``chrome_patterns_in``).
    ``seen``: the lines as the chrome words are written (simplified, for a page in traditional script: 報料熱線 is 报料热线).
    ``boxed``: the indices of the lines of the page's data boxes and of its foot (headlines.data_box_lines, page_foot_lines):
    furniture.
    """
    seen = seen if seen is not None and len(seen) == len(lines) else lines
    content: list[str] = []
    chrome: list[str] = []
    above = ""  # the last content line
    cut_since = False  # a chrome line was cut below it
    joined = -1  # a line joined to the broken head's first words above it
    for n, line in enumerate(lines):
        if n == joined:
            continue
        if not line:
            content.append(line)
        elif n in boxed:
            chrome.append(line)  # (a 数说 box's label and figures: neither a story nor the next one's head)
            content.append(CUT)
            cut_since = True
        elif len(line) <= MAX_FRAGMENT and (n == 0 or not lines[n - 1] or cut_since) and n + 1 < len(lines) and n + 1 not in boxed and (
                _opens_broken_head(seen[n], seen[n + 1], lines[n + 2] if n + 2 < len(lines) else "", anywhere)):
            content.append(join_title(line, lines[n + 1]))  # a head broken where its box ends, its first words alone ("“幸" /
            above, cut_since, joined = content[-1], False, n + 1  # "福大巴”汕头发车…"), not a stray fragment
        elif is_title_tail(line) and is_headline_like(above) and _ends_title(above, line, _next_filled(lines, n), cut_since, anywhere):
            content.append(line)  # the end of a title broken over two lines, not a stray fragment
            above, cut_since = line, False
        elif ("）" in line or ")" in line) and above and opens_unclosed_bracket(above) and closes_bracket(line):
            content.append(line)  # the rest of a bracket cut at the column ("…慰问品。（" / "摄影 马敏）"), however it reads
            above, cut_since = line, False
        elif len(line) <= MAX_FRAGMENT and above and PHOTO_CREDIT.search(above + line) and not PHOTO_CREDIT.search(above):
            content.append(line)  # a photo credit's last word cut off at the column ("…本报记者 宋勇" / "摄"): the caption's end
            above, cut_since = line, False
        elif TAIL_MARKERS.match(seen[n]):
            content.append(TAIL)
            chrome.append(line)
            above, cut_since = line, False
        elif (is_chrome(seen[n], anywhere) or (not above and _names_page(seen[n], bool(chrome))) or _jump_rules().is_jump(seen[n])
              or is_digest_line(seen[n], seen[n + 1] if n + 1 < len(seen) else "")) and not (
            is_brief_label(seen[n]) or is_sidebar_label(seen[n])  # (工会简讯, short as a stray fragment, heads the column of briefs
            # below it; 记者手记 heads its sidebar)
        ):
            chrome.append(line)  # (a page label, 5 劳动者 / A3 要闻, only in the header above the page's first story)
            content.append(CUT)
            cut_since = True
        else:
            content.append(line)
            above, cut_since = line, False
    return content, chrome


def _names_page(line: str, under_header: bool) -> bool:
    """A line above the page's first story and whether header chrome stands above it in → True when it labels the page:
    its number (第3版, A3 要闻), the paper's name alone, a page name of two dotted words (城乡·民生) or, under the
    header's page label or date, a short name ending the way page names do (职工生活周刊, 劳动者之家: headlines.yaml
    ``page_name_endings``), never the first title's first words."""
    return (PAGE_LABEL.match(line) is not None or DOTTED_PAGE_NAME.match(line) is not None
            or (under_header and is_page_name(line)))


def _opens_broken_head(line: str, following: str, after: str, anywhere: tuple[re.Pattern[str], ...]) -> bool:
    """A line short as a stray fragment (after a blank line), the line under it and the one after that in → True when it is
    the first words of a head broken over two lines where the head's box ends (pdftotext sets heads so: "劳模工匠" / "进校园",
    "全市新建" / "职工书屋12家"): no mark or chrome word in it, the two lines together read as a head, and the break falls
    inside a word or an open phrase, or the two stand as a block of their own, a blank line under them."""
    if not following or not HAN.search(line) or SENTENCE_PUNCT.search(line) or FULL_STOP_INSIDE.search(following) or following[-1] in "。；;":
        return False
    if following.startswith(line):
        return False  # (a photo label set twice, 会议现场 / 会议现场, is no head)
    if any(CHROME_AT_START.match(text) or any(p.search(text) for p in anywhere) for text in (line, following)) or (
            len(following) > MAX_FRAGMENT and is_chrome(following, anywhere)) or any(_names_page(text, True) for text in (line, following)):
        return False  # (a page's name over its label and date is its header: "职工天地" / "A4 职工天地 2021年12月14日")
    if is_brief_label(line) or is_sidebar_label(line) or is_digest_line(line, following):
        return False  # (图说 / 夜色中的检修工: a photo story's label over its head; ▶6版 closes a teaser)
    # (a break inside a word or an open phrase, else a block of its own: a label over a head, 今日谈 / 慰问…, is whole)
    return is_headline_like(join_title(line, following)) and (
        not after or breaks_mid_phrase(line, following) or junction(line, following) == "word")


def _next_filled(lines: list[str], index: int) -> str:
    """Lines and an index in → the first non-blank line after it ("" at the end)."""
    return next((line for line in lines[index + 1:index + 1 + MAX_BLANK_RUN] if line), "")


def _ends_title(above: str, line: str, following: str, after_chrome: bool,
                anywhere: tuple[re.Pattern[str], ...] = CHROME_ANYWHERE) -> bool:
    """A headline line, the short line under it, the next line below and whether chrome was cut between in → True
    when the short line finishes the title: broken mid-phrase, or reading as the title's end with the story's
    text below (chrome such as 正文/打印/分享 and photo labels such as 会议现场 come in runs of short lines
    or below other chrome; a title's last words do not)."""
    if CHROME_AT_START.match(line) or any(p.search(line) for p in anywhere):
        return False  # share-bar words (打印, 分享) and 正文 under a title are chrome, however they read
    if title_goes_on(above, line):
        return True
    if after_chrome or (HAN_ONLY.match(line) is None and BARE_FIGURE.match(line) is None):
        return False  # (a count finishes a title too: "全市新建职工书屋" / "12家")
    return len(following) > MAX_FRAGMENT and not is_chrome(following, anywhere) and continues_title(above, line)


# "来源：慈溪日报  作者：…" → 慈溪日报 (the name up to a space or punctuation; 本站/网络 name no publisher)
SOURCE_LINE = re.compile(r"(?:来源|來源|稿源)\s*[:：]\s*(?!本站|本网|网络|網絡|互联网)(?P<source>[^\s　|｜,，。:：;；()（）]{2,20})")


def page_meta(furniture: list[str]) -> PageMeta:
    """Chrome lines in → publication date, newspaper and page label out."""
    meta = PageMeta(published=published_from_lines(furniture))
    for line in furniture:
        page = EPAPER_PAGE.match(line)
        if page and meta.page is None:
            meta.page = line
        paper = MASTHEAD.search(line)
        if paper and meta.newspaper is None:
            meta.newspaper = paper.group("paper") or paper.group("paper2")
    if meta.newspaper is None:  # the paper's name alone on a header line (青禾工人报)
        meta.newspaper = next((line for line in furniture if PAPER_NAME.match(line)), None)
    if meta.newspaper is None:  # no masthead: the page's 来源：line names its publisher (enrichment reads its place)
        meta.newspaper = next((m.group("source") for line in furniture if (m := SOURCE_LINE.search(line))), None)
    return meta


def with_gaps(content: list[str]) -> tuple[list[str], list[int]]:
    """Content with blank lines and CUT sentinels in → (lines, blank lines above each) out.

    A cut chrome line counts as one blank line, or as the wider of the blank runs around it.
    """
    lines: list[str] = []
    gaps: list[int] = []
    run = widest = 0
    for line in content:
        if not line:
            run += 1
        elif line == CUT:
            widest, run = max(widest, run, 1), 0
        else:
            lines.append(line)
            gaps.append(max(widest, run) if lines[:-1] else 0)
            run = widest = 0
    return lines, gaps


def repair_segments(lines: list[str], gaps: list[int], layout: LineLayout) -> tuple[list[str], list[int]]:
    """Lines with TAIL sentinels and their gaps in → repaired lines and gaps (no joins across a sentinel) out."""
    repaired: list[str] = []
    kept: list[int] = []
    start = 0
    for end in [i for i, line in enumerate(lines) if line == TAIL] + [len(lines)]:
        run, run_gaps = repair_lines(lines[start:end], gaps[start:end], layout)
        repaired += run + ([TAIL] if end < len(lines) else [])
        kept += run_gaps + ([gaps[end]] if end < len(lines) else [])
        start = end + 1
    return repaired, kept


# ---- headline blocks ----------------------------------------------------------------------

def headline_before(lines: list[str], index: int, floor: int) -> int:
    """Lines, a byline index and the earliest allowed index in → start index of the headline block above it."""
    start = index
    while start - 1 >= floor and index - (start - 1) <= MAX_HEADLINE_LINES - 1 and (
        # (a line with a full stop inside is a sentence: "…提升服务能力。（记者 朱桂）" closes the story above the head)
        (is_headline_like(lines[start - 1]) and not FULL_STOP_INSIDE.search(lines[start - 1])) or (start - 2 >= floor and is_title_tail(lines[start - 1]) and is_headline_like(lines[start - 2]))
        or (start < index and is_title_head(lines[start - 1], lines[start]))
    ):
        start -= 1
    return start


def headline_after(lines: list[str], start: int, stop: int) -> int:
    """Lines and a range in → end index of the headline block that opens the range."""
    end = start
    while end < stop and end - start < MAX_HEADLINE_LINES and (
        is_headline_like(lines[end]) or (end == start and (is_lead_in(lines[end]) or is_brief_label(lines[end]) or is_sidebar_label(lines[end])))
        or (end > start and is_title_tail(lines[end]))
        or (end == start and end + 1 < stop and is_title_head(lines[end], lines[end + 1]))
    ) and not (end > start and _runs_into_text(lines[end], lines[end + 1] if end + 1 < len(lines) else "")):
        end += 1
    return end


def clean_title(line: str) -> str:
    """Headline line in → title without bullets, column tags ("平凡之光丨") or "原标题:" labels."""
    line = BULLET_PREFIX.sub("", line)
    if is_bracketed_head(line):
        return line[1:-1]  # (a brief's head in 【】: its brackets set it off, they are no part of it)
    original = ORIGINAL_TITLE.match(line)
    if original:
        line = original.group("title") or original.group("title_t")
    stripped = COLUMN_PREFIX.sub("", line)
    return stripped if len(stripped) >= MIN_HEADLINE else line


def read_headline(block: list[str]) -> tuple[str | None, str | None, str | None, list[str]]:
    """Headline lines in → (kicker, title, subtitle, extra lines) out; repeats of the title are dropped."""
    lines: list[str] = []
    for line in map(clean_title, block):  # a title broken over lines is one title
        if lines and continues_title(lines[-1], line):
            lines[-1] = join_title(lines[-1], line)
        else:
            lines.append(line)
    kicker = None
    if (len(lines) >= 2 and is_kicker(lines[0])) or (len(lines) >= 3 and not is_dash_subtitle(lines[1])):
        kicker, lines = lines[0], lines[1:]  # (three lines standing apart are a paper's 引题, 主题 and 副题)
    if not lines:
        return None, kicker, None, []
    title = lines[0]
    rest = [line for line in lines[1:] if line not in title and title not in line]
    subtitle = rest[0].lstrip("—-―－ ") if rest else None
    return kicker, title, subtitle, rest[1:]


def join_title(line: str, following: str) -> str:
    """Two lines of one title in → the title (a space only between Latin letters or digits)."""
    spaced = line[-1:].isascii() and line[-1:].isalnum() and following[:1].isascii() and following[:1].isalnum()
    return line + (" " if spaced else "") + following


# ---- article assembly ---------------------------------------------------------------------

def line_kinds(lines: list[str]) -> str:
    """Repaired lines in → one letter per line: t(ail sentinel), b(yline), c(redit line), h(eadline-like), p(aragraph)."""
    kinds = []
    for n, line in enumerate(lines):
        if line == TAIL:
            kinds.append("t")
        elif starts_article(line) and not is_brief_label(line):  # (工会简讯 reads like an agency's 苏报讯: it is a label)
            kinds.append("b")
        elif parse_credit_line(line):
            kinds.append("c")
        elif ((is_headline_like(line) and not FULL_STOP_INSIDE.search(line)) or is_lead_in(line) or is_brief_label(line) or is_sidebar_label(line) or (
            kinds[-1:] == ["h"] and is_title_tail(line)
        ) or (n + 1 < len(lines) and is_title_head(line, lines[n + 1]))) and not _runs_into_text(line, lines[n + 1] if n + 1 < len(lines) else ""):
            kinds.append("h")
        else:
            kinds.append("p")
    return "".join(kinds)


def lead_clauses(paragraph: str) -> str:
    """Paragraph in → its first two clauses: a lead's time and its actor ("近日,金华市总工会开展…")."""
    return " ".join(LEAD_CLAUSE.split(paragraph, maxsplit=LEAD_CLAUSES)[:LEAD_CLAUSES])


def _runs_into_text(line: str, following: str) -> bool:
    """A short punctuated line and the next in → True when it is the start of a body paragraph broken
    inside a word or phrase ("臨近中午11點,太原網" / "約車司機…", an open quote closed in the prose below):
    a headline is never cut mid-phrase into prose."""
    return (
        bool(MARK_INSIDE.search(line[:-1])) and (len(following) >= MIN_PROSE or following.rstrip()[-1:] == "。")
        and not is_headline_like(following)
        and (breaks_mid_phrase(line, following) or junction(line, following) == "word")
    )


def headline_runs(kinds: str) -> list[tuple[int, int]]:
    """Line kinds in → (start, end) of each run of headline-like lines."""
    return [match.span() for match in re.finditer("h+", kinds)]


def block_context(
    lines: list[str], gaps: list[int], kinds: str, run: tuple[int, int], layout: LineLayout, bylined: bool, page_gapped: bool = False,
) -> BlockContext:
    """One run of headline-like lines in → what a reader sees around it."""
    start, end = run
    if end < len(lines) and kinds[end] == "p" and (below := _below_captions(lines, end)) < len(kinds) and kinds[below] in "bcp":
        end = below  # the picture between a head and its lead (a caption with only a head or nothing below is the item's text)
    following = re.compile("[bc]*p").match(kinds, end)
    next_paragraph = lines[following.end() - 1] if following else ""
    if following and kinds[following.end() - 2:following.end() - 1] == "b":
        next_paragraph = parse_byline(lines[following.end() - 2])[1] or next_paragraph
    return BlockContext(
        lines=tuple(lines[start:end]), gap_before=gaps[start], paragraph_gap=layout.paragraph_gap,
        first=not re.search("[pbc]", kinds[:start]), byline_follows=kinds[end:end + 1] in ("b", "c") and end < len(kinds),
        next_paragraph=next_paragraph, page_bylined=bylined,
        page_gapped=page_gapped, after_caption=_caption_above(lines, gaps, start, layout.paragraph_gap),
        after_signature=_signed_above(lines, start),
    )


def article_spans(lines: list[str], gaps: list[int] | None = None, layout: LineLayout = NO_LAYOUT, headlines: bool = True,
                  run_in: frozenset[int] = frozenset()) -> list[tuple[int, int, int]]:
    """Repaired lines (and the blank lines above each) in → (headline start, body start, end) per article out.

    Every agency byline opens an article under the headline lines above it; with ``headlines``,
    so does every run of headline-like lines that the evidence reads as an article's headline block.
    ``run_in``: the heads of a column of run-in briefs (run_in_lines), each an item's as under a 简讯 label.
    """
    gaps = gaps if gaps is not None else [0] * len(lines)
    kinds = line_kinds(lines)
    starts: dict[int, int] = {}  # headline start → body start
    floor = 0
    for index in (i for i, kind in enumerate(kinds) if kind == "b"):
        head = headline_before(lines, index, floor)
        if head == index and (captions_from := _above_captions(lines, index, floor)) < index:
            # (the story's picture between its head and its lead: the head stands above the captions)
            head = headline_before(lines, captions_from, floor) if headline_before(lines, captions_from, floor) < captions_from else head
        if not starts and head == index:
            head = _first_headline(lines, index)
        starts[head] = index
        floor = index + 1
    if headlines:
        runs = [run for run in headline_runs(kinds) if run[1] - run[0] <= MAX_HEADLINE_LINES]
        bylined = _page_is_bylined(lines, gaps, kinds, runs, layout)
        gapped = layout.paragraph_gap == 0 and sum(1 for head, _ in runs if head and gaps[head] > 0) >= MIN_GAPPED_HEADS
        overlap = _overlap_reader(lines, kinds)
        story = 0  # where the article being read began
        opened: set[str] = set()  # first lines of the headline blocks that opened articles
        briefs = False  # a 简讯 column's label opened an article and no wider gap has parted the text since
        for n, run in enumerate(runs):
            briefs = briefs and gaps[run[0]] <= layout.paragraph_gap
            if (run[1] < len(kinds) and kinds[run[1]] == "b") or any(head <= run[0] < body for head, body in starts.items()):
                story = min((h for h in starts if h <= run[0]), default=run[0], key=lambda h: run[0] - h)
                briefs = briefs or is_brief_label(lines[run[0]])  # (a 简讯 column whose first item opens with its byline)
                continue
            if "t" in kinds[:run[0]] or any(clean_title(line) in opened for line in lines[run[0]:run[1]] if not is_kicker(line)):
                continue  # below 相关新闻 stand other stories' teasers; a headline repeated is the same story
            after = runs[n + 1][0] if n + 1 < len(runs) else len(lines)
            context = replace(block_context(lines, gaps, kinds, run, layout, bylined, gapped), in_briefs=briefs or run[0] in run_in)
            if undecided(context):
                earlier = sorted(h for h in starts if h < story)
                above = "".join(lines[story:run[0]])
                in_head = new_places(list(lines[run[0]:run[1]]), above)
                below = to_simplified("".join(lines[run[1]:after]))
                context = replace(
                    context, overlap=overlap(story, run[0], run[1], after, earlier),
                    new_place=bool(in_head) or names_new_place([lead_clauses(context.next_paragraph)], above),
                    new_place_below=any(place in below for place in in_head or ()),
                )
            if opens_article(context):
                starts[run[0]] = run[0]
                briefs = briefs or is_brief_label(lines[run[0]])
                story = run[0]
                opened.update(map(clean_title, lines[run[0]:run[1]]))
    if not starts:
        return [(0, 0, len(lines))] if lines else []
    heads = sorted(starts)
    spans = [(0, 0, heads[0])] if heads[0] > 0 and _is_untitled_lead(lines, heads[0]) else []
    for head, end in zip(heads, heads[1:] + [len(lines)]):
        spans.append((head, starts[head], end))
    return spans


def _overlap_reader(lines: list[str], kinds: str):
    """Lines and kinds in → overlap(story start, head start, head end, next head) for the page, with
    bigrams weighted by how few of the page's paragraphs use them (names weigh more than 工会)."""
    grams: list[set[str]] = []
    weights: dict[str, float] = {}

    def overlap(story: int, start: int, end: int, after: int, earlier_starts: list[int]) -> float | None:
        if not grams:  # counted on first use: most pages never need it
            grams.extend(bigrams(line) if kind in "pb" else set() for line, kind in zip(lines, kinds))
            counts = Counter(gram for found in grams for gram in found)
            paragraphs = sum(1 for kind in kinds if kind in "pb")
            weights.update((gram, math.log((paragraphs + 1) / count)) for gram, count in counts.items())
        above = set().union(*grams[story:start])
        below = set().union(*[g for g in grams[end:after] if g][:BELOW_PARAGRAPHS])
        same = story_overlap(above, below, weights)
        # on a page of one theme every story shares words: what counts is sharing more with the story
        # above than with any one story before it (all of them together cover more words than any one)
        # (each earlier story cut to as many paragraphs as the story above has: a longer story covers more words)
        size = sum(1 for found in grams[story:start] if found)
        bounds = earlier_starts + [story]
        shared = [story_overlap(set().union(*[g for g in grams[a:b] if g][:size]), below, weights) for a, b in zip(bounds, bounds[1:])]
        earlier = max((value for value in shared if value is not None), default=None)
        return same if same is None or earlier is None else same - earlier + RELATIVE_BASE

    return overlap


def _page_is_bylined(lines: list[str], gaps: list[int], kinds: str, runs: list[tuple[int, int]], layout: LineLayout) -> bool:
    """True when most of the page's headline blocks are followed by a byline (then a block without one is a section head)."""
    bylined = sum(1 for _, end in runs if kinds[end:end + 1] == "b")
    if bylined < 2:
        return False
    plain = sum(1 for run in runs if kinds[run[1]:run[1] + 1] != "b" and opens_article(block_context(lines, gaps, kinds, run, layout, False)))
    return bylined >= 3 * plain


def _above_captions(lines: list[str], index: int, floor: int) -> int:
    """Lines, a line's index and the earliest allowed index in → the index of the first of the photo captions standing
    right above it (the index itself when none): a story's picture set between its head and its lead."""
    above = index
    while above - 1 >= floor and index - above < MAX_CAPTION_LINES and (is_caption(lines[above - 1]) or is_lead_caption(lines[above - 1])):
        above -= 1
    return above


def _below_captions(lines: list[str], index: int) -> int:
    """Lines and an index in → the index of the first line from it that is no photo caption (at most MAX_CAPTION_LINES
    captions are passed): the lead under a head with the story's picture between."""
    below = index
    while below < len(lines) and below - index < MAX_CAPTION_LINES and (is_caption(lines[below]) or is_lead_caption(lines[below])):
        below += 1
    return below


def _first_headline(lines: list[str], byline_index: int) -> int:
    """Lines before the first byline in → start of their headline block (captions may sit between)."""
    end = headline_after(lines, 0, byline_index)
    between = lines[end:byline_index]
    if end > 0 and len(between) <= MAX_CAPTION_LINES and all(len(line) <= MAX_CAPTION_LENGTH for line in between):
        return 0
    return byline_index


def _is_untitled_lead(lines: list[str], first_head: int) -> bool:
    """True when the text before the first headline is a real article rather than leftovers."""
    body = [line for line in lines[:first_head] if line != TAIL]
    return sum(len(line) for line in body) >= 200


def rejoin_body(body: list[str]) -> list[str]:
    """One article's body lines in → lines cut mid-sentence joined to the next.

    Inside a body a line that neither ends a sentence nor stands as a section head is a broken
    line, though it was too short to tell before the page was cut into articles.
    """
    joined: list[str] = []
    for line in body:
        if joined and _broken_in_body(joined[-1], line):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


def _broken_in_body(line: str, following: str) -> bool:
    if ends_sentence(line) or starts_new_block(following) or CAPTION_END.search(line) or parse_credit_line(line):
        return False
    return breaks_mid_phrase(line, following) or bool(INNER_PUNCT.search(line)) or len(line) > MAX_HEADING


def build_article(lines: list[str], head: int, body_start: int, end: int, rejoin: bool = False, spam_check: bool = True) -> PageArticle:
    """Repaired lines and one article's span in → PageArticle out (title, byline, body, headings)."""
    article = PageArticle()
    if body_start == head:  # no byline: headline block opens the span
        body_start = headline_after(lines, head, end)
        if body_start > head and head == 0 and not (is_headline_like(lines[head]) or is_lead_in(lines[head])):
            body_start = head
    # Between a headline and its byline sit only captions, which are not article text.
    headline_end = headline_after(lines, head, body_start) if body_start > head else head
    kicker, title, subtitle, extra = read_headline(lines[head:headline_end])
    article.kicker, article.title, article.subtitle = kicker, title, subtitle
    body = _body_lines(lines, body_start, end)
    if body and (byline := starts_article(body[0])):
        _, rest = parse_byline(body[0])
        body = ([rest] if rest else []) + body[1:]
        _set_byline(article, byline)
    body = extra + body
    if any("版" in line for line in body):  # a continuation note (（下转第3版）) at a paragraph's start or end is no text
        body = _jump_rules().without_jumps(body)
    if rejoin:  # a plain-text page: its pictures are gone and their captions stand as lines (HTML's are known by their image)
        body = drop_sign_off(rejoin_body(drop_lead_furniture(body)), article)
    body = _drop_repeats(body, article)
    body, spam = remove_spam(body) if spam_check else (body, 0)
    if spam:
        article.quality_flags.append("spam_removed")
    body, duplicates = drop_duplicate_paragraphs(body)
    if duplicates:
        article.quality_flags.append("duplicate_paragraphs")
    article.paragraphs = body
    article.headings = [p for i, p in enumerate(body) if is_heading(p) and i + 1 < len(body)]
    _apply_original_title(article, lines[head:end])
    return article


def is_caption(line: str) -> bool:
    """Line in → True when it is a photo caption: closed by its photographer's credit, or opening on its picture
    ("图为…", "▲…") in one short sentence (a longer line so opened may carry the story's facts: it stays text)."""
    if len(line) > MAX_CAPTION_LENGTH:
        return False
    if (line[-1:] in ")）" or line[-1:] in CREDIT_LAST) and PHOTO_CREDIT.search(line):  # (the credit's last character first: one look)
        return True
    return len(line) <= MAX_LEAD_CAPTION and caption_marks().match(line) is not None and not FULL_STOP_INSIDE.search(line)


def _caption_above(lines: list[str], gaps: list[int], start: int, paragraph_gap: int) -> bool:
    """Lines, their gaps and a head's start in → True when photo captions stand right above the head: a caption
    line, or a short one-sentence line ("志愿者为职工义诊。") set apart from the text above or under another caption."""
    if start < 1:
        return False
    line = lines[start - 1]
    if is_caption(line):
        return True
    return is_lead_caption(line) and start >= 2 and (gaps[start - 1] > paragraph_gap or is_caption(lines[start - 2]))


def _signed_above(lines: list[str], start: int) -> bool:
    """Lines and a head's start in → True when the story above ends on its writer's signature, on a line of its own
    or after its last sentence ("（通讯员 钱晓蕾）"), with at most photo captions between: that story is closed."""
    above = start - 1
    while above >= 0 and start - above <= MAX_CAPTION_LINES and (is_caption(lines[above]) or is_lead_caption(lines[above])):
        above -= 1
    return above >= 0 and (is_signature(lines[above]) or CLOSING_SIGNATURE.search(lines[above]) is not None)


def drop_sign_off(body: list[str], article: PageArticle) -> list[str]:
    """A printed story's body lines and its article in → the body without its photo captions (between its paragraphs too)
    and what closes it below its last paragraph: photo captions and credits ((赵亮 摄)) and its writers' signature, on a line of its own ((通讯员 张敏 李波), (杜鹃), an expert's
    "…律师 孟强") or after the last sentence ("…全覆盖。（本报记者 夏雯）"). The writers named go to the byline: a
    signature is a credit, not the story's text."""
    end = len(body)
    while end > 0 and (is_caption(body[end - 1]) or is_signature(body[end - 1]) or (
        end >= 2 and is_lead_caption(body[end - 1]) and signs_off(body[end - 2]))):  # (a caption under a signed-off last paragraph)
        end -= 1
    if not end:
        return body  # (a page of captions only keeps them: they are its text)
    for line in body[end:]:
        if is_signature(line):
            _add_signature(article, line.strip("()（）"))
    # A picture set between two paragraphs leaves its caption there ("图为职工在驿站休息。（李明 摄）"): no text of the story.
    # (Only a short one of one sentence: a paragraph of several closed by a credit carries the story's facts, as a page of
    # captioned pictures prints its news.)
    body = [line for line in body[:end] if not _inner_caption(line)] or body[:end]
    if body and (closing := CLOSING_SIGNATURE.search(body[-1])) is not None and len(body[-1]) > closing.end() - closing.start():
        _add_signature(article, body[-1][closing.start() + 1:].strip("()（）"))
        body[-1] = body[-1][:closing.start() + 1]
    return body


def _inner_caption(line: str) -> bool:
    """A body line in → True when it is a photo caption set between paragraphs: a caption (is_caption) of one sentence,
    at most MAX_INNER_CAPTION long ("▲职工在驿站内休息。（通讯员 王芳 摄）")."""
    return len(line) <= MAX_INNER_CAPTION and is_caption(line) and line.count("。") <= 1


def _add_signature(article: PageArticle, credit: str) -> None:
    """An article and the credit its signature gives ("通讯员 张敏 李波", a pen name 杜鹃) in → the byline holds it: the
    signature's text when the story has no byline, and its reporters and correspondents added."""
    reporters, correspondents = parse_credit(credit)
    if article.byline is None:
        article.byline = credit
    article.reporters += [name for name in reporters if name not in article.reporters]
    article.correspondents += [name for name in correspondents if name not in article.correspondents]


def is_lead_caption(line: str) -> bool:
    """Line in → True when it reads as a photo caption set above a story: one short sentence, no clause inside,
    not opening the way a lead does ("精华股份员工在“鄞工驿站”里学画牡丹。")."""
    return (len(line) <= MAX_LEAD_CAPTION and line[-1:] == "。" and not LEAD_CAPTION_MARKS.search(line[:-1])
            and not opens_lead(to_simplified(line)) and parse_byline(line)[0] is None)


@lru_cache(maxsize=1)
def _jump_rules() -> PdfRules:
    """pdf.yaml's rules, for its continuation notes (（下转第3版）): one list for PDF pages and page texts."""
    return load_rules()


@lru_cache(maxsize=1)
def _editor_note() -> re.Pattern:
    """The editor's-note labels of html.yaml (编者按, 编者的话; one list for web pages and page text) as a line-start pattern."""
    from archive.text.html import load_cues  # html builds on this module; its cue file loads on first use

    return load_cues().editor_note


def run_in_lines(lines: list[str], gaps: list[int]) -> tuple[list[str], list[int], frozenset[int]]:
    """Repaired lines and their gaps in → (each brief whose head runs in before its text, "■东城区总工会为环卫工人送清凉 7月10日，
    东城区总工会…。" (headlines.run_in_head), set as its head over its text, as a column of briefs stacks them elsewhere; their
    gaps; the heads that stand in a column of such briefs, with another run-in brief right above or below).
    A head in such a column opens an item as a head under a 简讯 label does; a lone run-in head is weighed as any head is
    (a story's sub-head may run into its paragraph: ■暖心服务送到家 今年以来，…)."""
    out: list[str] = []
    out_gaps: list[int] = []
    heads: list[int] = []
    for line, gap in zip(lines, gaps):
        parts = run_in_head(line) if line[:1] == "【" or opens_with_column_mark(line) else None
        if parts is not None and is_headline_like(parts[0]) and not FULL_STOP_INSIDE.search(parts[0]):
            heads.append(len(out))
            out += parts
            out_gaps += [gap, 0]
        else:
            out.append(line)
            out_gaps.append(gap)
    column = frozenset(head for head in heads if head - 2 in heads or head + 2 in heads)
    return out, out_gaps, column


def drop_series_notes(lines: list[str], gaps: list[int]) -> tuple[list[str], list[int]]:
    """Repaired lines and their gaps in → without each editor's note that stands above a head, and the series label over
    it: "【一线故事】" / "编者按：本报今起推出系列报道…" / the story's head. The note opens a series, not the story under it,
    and the label names the series: neither is a story or a story's text. (A note under a head, over the story's first
    paragraph, is left: it belongs to that story.) The head keeps the wider gap of the lines taken out above it."""
    kept: list[str] = []
    kept_gaps: list[int] = []
    for n, line in enumerate(lines):
        following = lines[n + 1] if n + 1 < len(lines) else ""
        if _editor_note().match(line) and following != TAIL and (is_headline_like(following) or is_lead_in(following)):
            gap = gaps[n]
            if kept and is_marked_kicker(kept[-1]) and (len(kept) < 2 or ends_sentence(kept[-2]) or kept[-2] == TAIL):
                kept.pop()
                gap = max(gap, kept_gaps.pop())
            if n + 1 < len(gaps):
                gaps[n + 1] = max(gaps[n + 1], gap)
            continue
        kept.append(line)
        kept_gaps.append(gaps[n])
    return kept, kept_gaps


@lru_cache(maxsize=1)
def _summary_lead() -> re.Pattern:
    """The summary-box labels of html.yaml (one list for web pages and page text) as a line-start pattern."""
    from archive.text.html import load_cues  # html builds on this module; its cue file loads on first use

    return load_cues().summary_lead


def drop_lead_furniture(body: list[str]) -> list[str]:
    """An article's body lines in → without the captions and summary lines (核心摘要:…) standing above its first
    paragraph: what a reader skips to reach the story (a caption under a headline, a summary box's label)."""
    start = 0
    while start < min(len(body) - 1, MAX_LEAD_FURNITURE):
        line = body[start]
        if not (is_lead_caption(line) or PHOTO_CREDIT.search(line) or _summary_lead().match(line)):
            break
        start += 1
    if start and SENTENCE_PUNCT.search(body[start]) and len(body[start]) > MAX_LEAD_CAPTION and not PHOTO_CREDIT.search(body[start]):
        return body[start:]  # (a page of captions only keeps them: they are its text)
    return body


def _body_lines(lines: list[str], start: int, end: int) -> list[str]:
    body = []
    for line in lines[start:end]:
        if line == TAIL:
            break
        body.append(line)
    return body


def _set_byline(article: PageArticle, byline: Byline) -> None:
    article.byline = byline.text
    article.reporters = list(byline.reporters)
    article.correspondents = list(byline.correspondents)


def _drop_repeats(body: list[str], article: PageArticle) -> list[str]:
    """Body lines in → without title repeats, credit-only lines (kept as byline) and 原标题 labels."""
    kept = []
    headline = {article.title, article.kicker, article.subtitle} - {None}
    for line in body:
        if line in headline or ORIGINAL_TITLE.match(line):
            continue
        credit = parse_credit_line(line)
        if credit:
            if article.byline is None:
                _set_byline(article, credit)
            continue
        if article.title and line.startswith(article.title) and len(line) > len(article.title):
            while line.startswith(article.title) and len(line) > len(article.title):  # a title set twice, re-joined
                line = line[len(article.title):]
            byline, rest = parse_byline(line)
            if byline and article.byline is None:
                _set_byline(article, byline)
                line = rest
        kept.append(line)
    return kept


def drop_duplicate_paragraphs(paragraphs: list[str]) -> tuple[list[str], int]:
    """Paragraphs in → (each long paragraph kept at its first occurrence, number dropped) out; spacing is ignored."""
    seen: set[str] = set()
    kept = []
    for paragraph in paragraphs:
        key = "".join(paragraph.split())
        if len(key) >= MIN_DUPLICATE_PARAGRAPH and key in seen:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept, len(paragraphs) - len(kept)


def _apply_original_title(article: PageArticle, lines: list[str]) -> None:
    """An explicit "原标题:X" replaces a displayed title that merely decorates X."""
    for line in lines:
        match = ORIGINAL_TITLE.match(line)
        if match:
            original = match.group("title") or match.group("title_t")
            if article.title is None or original in article.title:
                article.title = original
            return


def article_flags(article: PageArticle) -> list[str]:
    """PageArticle in → quality flags (text_gap, no_title, encoding_damage, truncated) out."""
    flags = []
    if enumeration_skips(article.paragraphs):
        flags.append("text_gap")
    if not article.title:
        flags.append("no_title")
    text = "\n".join(article.paragraphs)
    if DAMAGE.search(text) or DAMAGE.search(article.title or ""):
        flags.append("encoding_damage")
    if article.paragraphs and not ends_sentence(article.paragraphs[-1]):
        flags.append("truncated")
    return flags


def drop_spam_lines(content: list[str]) -> tuple[list[str], int]:
    """Content lines in → (lines without advertising, number of removals) out, before lines are joined and split.

    A line of nothing but spam goes, so it never becomes a headline; spam sentences glued to a
    body line go, so the line can still end its paragraph. Terms glued inside sentences are cut
    per article, once a repeated headline has been taken off the front of a line; headline-like
    lines are left whole (a headline keeps what the page displayed).
    """
    kept, removed = [], 0
    for line in content:
        if line in (TAIL, CUT, ""):
            kept.append(line)
            continue
        if is_headline_like(line):
            cleaned, count = ("", 1) if is_spam_line(line) else (line, 0)
        else:
            cleaned, count = clean_paragraph(line, cut_terms=False)
        removed += count
        if cleaned:
            kept.append(cleaned)
    return kept, removed


def halve_repeated(content: list[str]) -> list[str] | None:
    """Content lines in → their first half when the page is the same text twice (a doubled save or feed), else None."""
    filled = [i for i, line in enumerate(content) if line not in ("", CUT)]
    solid = [content[i] for i in filled]
    half, odd = divmod(len(solid), 2)
    if odd or not half or solid[:half] != solid[half:]:
        return None
    return content[: filled[half]] if any(len(line) >= MIN_DUPLICATE_PARAGRAPH for line in solid[:half]) else None


def drop_repeated_articles(articles: list[PageArticle]) -> list[PageArticle]:
    """Articles in → each distinct article once (title, byline and body equal = repeated); the kept copy is flagged."""
    kept: dict[tuple, PageArticle] = {}
    for article in articles:
        key = (article.title, article.byline, tuple(article.paragraphs))
        if key in kept:
            kept[key].quality_flags.append("repeated_page")
        else:
            kept[key] = article
    return list(kept.values())


def split_page(text: str, headlines: bool = True) -> list[PageArticle]:
    """Page text (decoded) in → its articles, each whole and in page order.

    ``headlines=False`` opens articles only at agency bylines (a web page's lines, which hold one story).
    """
    text, indented_width = read_indented_page(text)
    text, page_flags = normalize_text(text)
    header, lines = page_lines(text)
    if detect_script(text) == "traditional":  # the chrome words are simplified: read the furniture as such
        seen = to_simplified("\n".join(lines)).split("\n")
        content, chrome = separate_chrome(lines, chrome_patterns_in("\n".join(seen)), seen,
                                          data_box_lines(seen, "\n".join(seen)) | page_foot_lines(seen))
    else:
        content, chrome = separate_chrome(lines, chrome_patterns_in(text), boxed=data_box_lines(lines, text) | page_foot_lines(lines))
    spam_check = may_hold_spam(text)  # one scan of the page spares a scan of every line
    content, spam = drop_spam_lines(content) if spam_check else (content, 0)
    if spam:
        page_flags = page_flags + ["spam_removed"]
    if (single := halve_repeated(content)) is not None:
        content, page_flags = single, page_flags + ["repeated_page"]
    meta = page_meta(header + chrome)
    lines, gaps = with_gaps(content)
    layout = line_layout([line for line in lines if line != TAIL], [g for line, g in zip(lines, gaps) if line != TAIL], indented_width)
    repaired, gaps = repair_segments(lines, gaps, layout)
    if headlines and "编" in text:  # (one scan of the page spares a look at every line)
        repaired, gaps = drop_series_notes(repaired, gaps)
    run_in = frozenset[int]()
    if headlines and may_run_in_heads(text):
        repaired, gaps, run_in = run_in_lines(repaired, gaps)
    page_year = year_from_text(text)
    articles = []
    for head, body_start, end in article_spans(repaired, gaps, layout, headlines, run_in):
        article = build_article(repaired, head, body_start, end, rejoin=headlines, spam_check=spam_check)
        if not article.paragraphs and not article.title:
            continue
        article.published, article.newspaper, article.page = meta.published, meta.newspaper, meta.page
        own_year = year_from_text("\n".join([article.title or ""] + article.paragraphs))
        article.year_hint = int(meta.published[:4]) if meta.published else own_year or page_year
        article.quality_flags = list(dict.fromkeys(page_flags + article.quality_flags + article_flags(article)))
        articles.append(article)
    return drop_repeated_articles(articles)
