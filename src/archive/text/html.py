"""HTML page in → title, publication date and body text lines, with boilerplate removed.

Structure comes from BeautifulSoup (lxml parser). Hidden elements, scripts and elements whose
class/id name navigation, share bars, related lists, comments or footers are dropped. The page
is then read as text blocks (a paragraph, a list item, a run of text between ``<br>``s, in any
container: ``<p>``, ``<div>``, ``<td>``, ``<section>``). The body is the element holding the
most prose (Chinese text with sentence punctuation, not link text) net of the link lists and
short chrome lines inside it; from it go captions, summary boxes, disclaimers, in-body link
lists, and the non-prose lines before the first and after the last paragraph.

The headline is the candidate (``<h1>``-``<h3>``, elements with a title class, og:title, the
``<title>`` without its site-name parts) that agrees with ``<title>``/og:title, sits where a
headline sits (just before the body) and is not the site's name. The date comes from meta
tags, JSON-LD, ``<time>``, the page's dated info line (a date without a year takes the year
from the page metadata), then the page's own script. The cue words are data (html.yaml).
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Set
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta, timezone
from functools import cache

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag
from bs4.element import PreformattedString

from archive.datafile import DataFileError, read_table, read_yaml
from archive.text.byline import parse_byline, parse_credit_line
from archive.text.dates import (
    NOT_PUBLICATION, date_from_url, first_date, iso_date, published_from_lines, year_apart_date, year_from_url,
)
from archive.text.markers import ORIGINAL_TITLE
from archive.text.normalize import fold_width, normalize_text
from archive.text.script import to_traditional_forms
from archive.text.split import is_chrome, is_headline_like, page_meta

warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)

DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "nav", "footer", "aside", "button", "select",
             "input", "textarea", "svg", "header", "template", "object", "embed", "head")
BLOCK_TAGS = frozenset(("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "section",
                        "article", "blockquote", "table", "tbody", "ul", "ol", "dl", "dd", "dt", "center", "figure",
                        "figcaption", "main", "hr", "pre", "caption", "address", "body", "html"))
HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?<![-\w])font(?:-size)?\s*:\s*0(?:px|em|pt)?\s*(?:[;/]|$)"
    r"|^(?=.*(?<![-\w])height\s*:\s*0(?:px)?\s*(?:;|$))(?=.*overflow\s*:\s*hidden)", re.I)
SUBTITLE_ATTRIBUTE = re.compile(r"sub-?tit|fu-?tit|futi|yinti|sub_?head|summary|desc", re.I)
TITLE_SEPARATOR = re.compile(r"\s*(?:[_|｜]|--|—|–|\s-\s|-)\s*")
HAN = re.compile(r"[\u4e00-\u9fff]")
WHITESPACE = re.compile(r"\s+")
CLAUSE_MARK = re.compile(r"[，,；;]")
SENTENCE_TAIL = re.compile(r"[。！!…][”’」』\"']?(?:[(（][^()（）]{0,20}[)）])?$")
QUESTION_TAIL = re.compile(r"[？?][”’」』\"']?$")
BRACKETED = re.compile(r"^[(（\[【][^()（）\[\]【】]*[)）\]】]$")
LEAD_IN_TAIL = re.compile(r"[：:]$")
MONTH_DAY = re.compile(r"(?<![\d年/.-])(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?(?![\d/.-])")
# A month and day followed by a clock time ("09-18 06:23", "10月8日 12:00"): a timestamp, not a figure or a phone number.
MONTH_DAY_TIME = re.compile(r"(?<![\d年/.:-])(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?\s*(?:\d{1,2}:\d{2})(?![\d/.-])")
# Labels of a date that is not the publication's ("最后更新: 09-07 09:27").
MODIFIED_LABEL = re.compile(r"更新|修改|修訂|修订|编辑于|編輯於")
UPDATED_LABEL = re.compile(r"(?:最后|最後)?(?:更新|修改|修訂|修订)(?:时间|時間|日期|于|於)?")
URL = re.compile(r"(?:https?://|www\.)\S+")
DATE_LABEL = re.compile(r"发布时间|發布時間|发布日期|發佈日期|时间[:：]|時間[:：]|日期[:：]|发表于|发布于")
INFO_LABEL = re.compile(r"时间|時間|日期|发布|發布|更新|来源|來源|稿源|作者")
SOURCE_LABEL = re.compile(r"时间|時間|日期|发布|發布|来源|來源|稿源")

# Type setting of a headline set without heading tags: font sizes in px (body text is 12-16 px).
FONT_SIZE = re.compile(r"(?<![-\w])font-size\s*:\s*(?:([\d.]+)\s*(px|pt|em|rem|%)?|(?:x+-)?large)", re.I)
BOLD = re.compile(r"(?<![-\w])font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
PX_PER_UNIT = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, "%": 0.16}
FONT_TAG_PX = {4: 18.0, 5: 24.0}
LARGE_FONT_PX, BIGGER_FONT_PX = 20.0, 17.0
LARGE_FONT_SCALE, BIGGER_FONT_SCALE = 1.2, 1.1  # the same steps over a page whose body text is set larger
MIN_SIZED_HAN = 100  # sized text a page must have before its size is taken for the body's

MIN_PROSE_HAN = 6
MIN_QUESTION_HAN = 16
LINKED_SHARE = 0.5  # a block this much link text is a link (list item, "相关阅读" line), not prose
JUNK_WEIGHT = 1.0  # how much a container's link and chrome text counts against its prose
LINK_COST = 6.0  # each link line a reader skips costs its container this much more than its text (a comment thread)
MAX_TITLE_LENGTH = 100
MIN_TITLE_HAN = 4
MIN_HEADLINE_HAN = 8
MAX_SITE_NAME = 16
MAX_TITLE_EXTRA = 12  # a first body line this much longer than the headline and holding it is a repeat
MAX_CAPTION_AFTER_IMAGE = 40
SLOGAN_COST = 1.5  # a slogan-shaped heading above the one nearest the body: the type of an <h1>, less than a headline's place
MAX_LISTED_WITHIN = 4  # links to other stories a page may set among the article's paragraphs
MAX_RUN_BREAK = 2  # short non-prose lines (captions, section heads) a run of paragraphs reads across
MAX_INFO_LINE = 120
MAX_DATED_INFO = 60
MAX_COMMENTER = 20  # a commenter's name on a line of its own under an article ("工会小蜜蜂", "用户7731")
SENTENCE_MARK = re.compile(r"[，,。！!？?；;]")
SENTENCE_ENDS = re.compile(r"[。！!？?]")
MIN_FORM_SENTENCES, MIN_FORM_HAN = 1, 50  # a form holding this much prose wraps an article (博达 VSB, ASP.NET)
COMMENTER = re.compile(r"^[^\s，,。！!？?；;：:]{1,16}[：:]\s*\S")  # "工会小蜜蜂：工会为职工办实事…" (a name, then what they said)
TEASER_SLACK = 1.3  # a link and its summary hold nearly all the text of the element wrapping them
UTC8 = timezone(timedelta(hours=8))


# ---- data ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class HtmlCues:
    """The cue words of html.yaml, compiled."""

    boilerplate_attributes: re.Pattern
    caption_attributes: re.Pattern
    title_attributes: re.Pattern
    caption_text: re.Pattern
    caption_lead: re.Pattern  # a caption closed by its photo credit, run into the paragraph after it
    caption_marks: re.Pattern  # a line right under a picture opening with a mark pointing at it
    site_name_endings: re.Pattern
    badges: re.Pattern  # badges before or after a headline's text ("【视频】", "独家 ")
    head_label: re.Pattern  # an e-paper heads table's row label ("引题", "主题：", "副题"): groups kicker, headline, subtitle
    disclaimer_starts: re.Pattern
    promotion_starts: re.Pattern
    player_notices: re.Pattern  # what a page shows where a player cannot play ("您的浏览器不支持HTML5视频播放")
    editor_note: re.Pattern  # an editor's note's label opening a line ("编者按：", "【编者的话】")
    tail_markers: re.Pattern
    tail_starts: re.Pattern
    comment_stamp: re.Pattern  # a reader's comment's time on a line of its own ("张三 5-13 09:12 来自北京")
    summary_labels: frozenset[str]
    summary_lead: re.Pattern  # a line opening with a summary label ("核心摘要:…", "【导读】")
    trailing_links: re.Pattern
    issue_line: re.Pattern  # a bulletin's masthead or 印发 line ("…办公室 2026年3月5日印发")
    published_meta: tuple[str, ...]
    year_meta: tuple[str, ...]
    script_epochs: tuple[re.Pattern, ...]


def _words(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?:^|[-_\s])(?:" + "|".join(map(re.escape, words)) + r")(?:[-_\s]|$)", re.I)


def _any(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@dataclass(frozen=True)
class HtmlCueFile:
    """html.yaml as written: every key a non-empty list of words or patterns."""

    boilerplate_attributes: tuple[str, ...]
    caption_attributes: tuple[str, ...]
    title_attributes: tuple[str, ...]
    caption_text: tuple[str, ...]
    caption_marks: tuple[str, ...]
    caption_credits: tuple[str, ...]
    headline_badges: tuple[str, ...]
    kicker_labels: tuple[str, ...]
    headline_labels: tuple[str, ...]
    subtitle_labels: tuple[str, ...]
    site_name_endings: tuple[str, ...]
    disclaimer_starts: tuple[str, ...]
    promotion_starts: tuple[str, ...]
    player_notices: tuple[str, ...]
    editor_note_labels: tuple[str, ...]
    tail_markers: tuple[str, ...]
    tail_starts: tuple[str, ...]
    comment_stamps: tuple[str, ...]
    summary_labels: tuple[str, ...]
    trailing_links: tuple[str, ...]
    issue_lines: tuple[str, ...]
    published_meta: tuple[str, ...]
    year_meta: tuple[str, ...]
    script_epochs: tuple[str, ...]


# The keys of html.yaml that hold words of the page's text (not class names, meta keys or scripts): a page in traditional
# script (編者按, 相關閱讀, 責任編輯) prints them in its own script, so each is matched in both.
WRITTEN_CUES = ("caption_text", "caption_marks", "caption_credits", "headline_badges", "kicker_labels", "headline_labels",
                "subtitle_labels", "site_name_endings", "disclaimer_starts",
                "promotion_starts", "player_notices", "editor_note_labels", "tail_markers", "tail_starts", "comment_stamps",
                "summary_labels",
                "trailing_links", "issue_lines")


def in_both_scripts(cues: tuple[str, ...]) -> tuple[str, ...]:
    """Cue words or patterns as written (simplified) in → the same followed by their traditional spellings (OpenCC
    s2t, s2tw, s2hk; a pattern's syntax is ASCII and stays as it is): "相关阅读" → also "相關閱讀"."""
    found = dict.fromkeys(cues)
    for cue in cues:
        found.update(dict.fromkeys(sorted(to_traditional_forms(cue))))
    return tuple(found)


def cues_from_mapping(data: object, origin: str = "html.yaml") -> HtmlCues:
    """Parsed html.yaml in → HtmlCues out; DataFileError naming the key when a key is unknown, missing or mistyped."""
    raw = read_table(HtmlCueFile, data, origin)
    if empty := [f.name for f in fields(HtmlCueFile) if not getattr(raw, f.name)]:
        raise DataFileError(f"{origin}: key {empty[0]!r}: expected a non-empty list")
    raw = replace(raw, **{key: in_both_scripts(getattr(raw, key)) for key in WRITTEN_CUES})
    site = "|".join(map(re.escape, sorted(raw.site_name_endings, key=len, reverse=True)))
    badge = "|".join(map(re.escape, sorted(raw.headline_badges, key=len, reverse=True)))
    return HtmlCues(
        boilerplate_attributes=_words(raw.boilerplate_attributes),
        caption_attributes=_words(raw.caption_attributes),
        title_attributes=re.compile("|".join(map(re.escape, raw.title_attributes)), re.I),
        caption_text=_any(raw.caption_text),
        caption_lead=re.compile(r"^.{2,60}?[(（][^()（）]{0,16}(?:" + "|".join(raw.caption_credits) + r")[)）]\s*(?=\S)"),
        caption_marks=re.compile(r"^\s*(?:" + "|".join(map(re.escape, raw.caption_marks)) + ")"),
        site_name_endings=re.compile(rf"(?:{site})$"),
        badges=re.compile(rf"^(?:[【\[（(](?:{badge})[】\]）)]\s*|(?:{badge})(?:\s+|\s*[|｜丨]\s*))+|(?:\s*[【\[（(](?:{badge})[】\]）)]|\s+(?:{badge}))+$"),
        head_label=re.compile(r"^\s*[【\[]?(?:(?P<kicker>{})|(?P<headline>{})|(?P<subtitle>{}))[】\]]?\s*(?:[:：]\s*|$)".format(
            *("|".join(map(re.escape, sorted(words, key=len, reverse=True)))
              for words in (raw.kicker_labels, raw.headline_labels, raw.subtitle_labels)))),
        disclaimer_starts=re.compile(r"^[【\[(（]?\s*(?:" + "|".join(raw.disclaimer_starts) + ")"),
        promotion_starts=re.compile(r"^[【\[(（▲↑👆]?\s*(?:" + "|".join(raw.promotion_starts) + ")"),
        player_notices=re.compile(r"^[【\[(（]?\s*(?:" + "|".join(raw.player_notices) + ")"),
        editor_note=re.compile(r"^\s*(?:[【\[(（]\s*(?:{0})\s*[】\])）]\s*[:：]?|(?:{0})\s*(?:[:：]|$))".format(
            "|".join(map(re.escape, raw.editor_note_labels)))),
        tail_markers=re.compile(r"^[【\[(（]?\s*(?:" + "|".join(raw.tail_markers) + r")\s*[】\])）]?\s*[:：]?$"),
        tail_starts=re.compile(r"^[【\[(（]?\s*(?:" + "|".join(raw.tail_starts) + ")"),
        comment_stamp=re.compile(r"^(?P<name>[^\s，。！？,.!?：:；;]{1,16}\s*)?(?:" + "|".join(raw.comment_stamps)
                                 + r")\s*(?:(?:来自|來自|IP属地|IP屬地)[:：]?\s*\S{0,12})?[\s|｜·]*(?:(?:回复|回覆|举报|舉報|赞|讚|点赞|點讚)\s*\d*[\s|｜·]*)*$"),
        summary_labels=frozenset(raw.summary_labels),
        summary_lead=re.compile(r"^[【\[]?(?:" + "|".join(sorted(map(re.escape, raw.summary_labels), key=len, reverse=True))
                                + r")[】\]]?(?:[:：]|$)"),
        trailing_links=_any(raw.trailing_links),
        issue_line=_any(raw.issue_lines),
        published_meta=tuple(key.lower() for key in raw.published_meta),
        year_meta=tuple(key.lower() for key in raw.year_meta),
        script_epochs=tuple(re.compile(p) for p in raw.script_epochs),
    )


@cache
def load_cues(path: str | None = None) -> HtmlCues:
    """html.yaml (or another file of the same shape) in → HtmlCues out."""
    return cues_from_mapping(*read_yaml("archive.text", "html.yaml", path))


# ---- shapes --------------------------------------------------------------------------------

@dataclass
class HtmlPage:
    title: str | None
    published: str | None
    lines: list[str] = field(default_factory=list)
    truncated: bool = False
    kicker: str | None = None
    subtitle: str | None = None
    newspaper: str | None = None
    page: str | None = None


@dataclass
class Block:
    """A run of text the browser shows as one block (a paragraph, a list item, text between <br>s)."""

    text: str
    owner: Tag  # the nearest block-level element holding the text
    han: int
    linked: int  # Han characters inside links
    after_image: bool  # nothing but an image between the previous block and this one
    teaser: bool = False  # the summary under a link to another story (a related-news item)
    image: Tag | None = None  # the picture right above it (when after_image)
    anchor: Tag | None = None  # the last element opened before its text (where it stands in the page's order)

    @property
    def is_link(self) -> bool:
        return self.han > 0 and self.linked >= LINKED_SHARE * self.han

    @property
    def is_prose(self) -> bool:
        return not self.is_link and not self.teaser and is_prose(self.text)


def _han(text: str) -> int:
    return len(HAN.findall(text))


def squash(text: str) -> str:
    """Text in → the same text without whitespace and with full-width digits/letters folded (for comparing what a reader sees)."""
    return WHITESPACE.sub("", fold_width(text))


def is_prose(line: str) -> bool:
    """Line in → True when it reads as a sentence of running text (not a heading, label, caption or link)."""
    han = _han(line)
    if han < MIN_PROSE_HAN:
        return False
    return bool(CLAUSE_MARK.search(line) or SENTENCE_TAIL.search(line)) or (han >= MIN_QUESTION_HAN and bool(QUESTION_TAIL.search(line)))


# ---- tree ----------------------------------------------------------------------------------

def parse_html(html: str) -> BeautifulSoup:
    """HTML text in → BeautifulSoup tree (lxml parser) out."""
    return BeautifulSoup(html, "lxml")


def tags(root: Tag) -> list[Tag]:
    """Element in → every element under it in page order (a plain walk: much cheaper than find_all(True))."""
    return [node for node in root.descendants if isinstance(node, Tag)]


def tags_named(root: Tag, *names: str) -> list[Tag]:
    """Element and tag names in → the elements of those names under it, in page order."""
    return [node for node in tags(root) if node.name in names]


def attr(tag: Tag, name: str) -> str:
    """A tag's attribute as one string ("" when absent; bs4 gives multi-valued ones such as class as lists)."""
    value = tag.get(name)
    if value is None:
        return ""
    return value if isinstance(value, str) else " ".join(value)


def meta_content(soup: BeautifulSoup, keys: tuple[str, ...]) -> str | None:
    """Tree and meta names/properties in → the first non-empty content out (in the order of ``keys``)."""
    found: dict[str, str] = {}
    for tag in tags_named(soup, "meta"):
        key = (attr(tag, "property") or attr(tag, "name") or attr(tag, "itemprop")).strip().lower()
        content = attr(tag, "content").strip()
        if key in keys and content and key not in found:
            found[key] = content
    return next((found[key] for key in keys if key in found), None)


def _gone(tag: Tag) -> bool:
    """True once the tag (or an ancestor) was decomposed.

    Read from the instance dict: bs4's ``decomposed`` property does ``getattr(tag, "_decomposed")``,
    which on a live tag falls through to ``tag.find("_decomposed")``, a search of its whole subtree.
    """
    return bool(tag.__dict__.get("_decomposed", False))


def drop_hidden(soup: BeautifulSoup) -> None:
    """Tree in → same tree without scripts, styles and elements a reader never sees (in place)."""
    # <video>/<audio>/<canvas> show their content only where they cannot play ("您的浏览器不支持HTML5视频播放")
    unseen = {"script", "style", "noscript", "template", "textarea", "head", "video", "audio", "canvas"}
    for tag in tags(soup):
        if not _gone(tag) and tag.name in unseen:
            tag.decompose()
    total = _han(soup.get_text())
    for tag in tags(soup):
        if _gone(tag) or (tag.get("hidden") is None and not HIDDEN_STYLE.search(attr(tag, "style"))):
            continue
        # Pages hide the article until a script shows it (WeChat's js_content): what holds most of the text stays.
        if _han(tag.get_text()) < 0.5 * total:
            tag.decompose()


def _attributes(tag: Tag) -> str:
    if tag.attrs is None:
        return ""
    return f"{attr(tag, 'id')} {attr(tag, 'class')}"


def strip_boilerplate(soup: BeautifulSoup, cues: HtmlCues) -> None:
    """Tree in → same tree without navigation, share bars, related lists, comments, footers (in place).

    A ``<form>`` holding an article's prose is a CMS's wrapper, not a form to fill in (博达 VSB sets its
    article inside ``<form name="_newscontent_fromname">``, ASP.NET a whole page in ``<form runat=server>``): it
    stays, its inputs and buttons go.
    """
    wrappers = {id(form) for form in tags_named(soup, "form") if _holds_prose(form)}
    for tag in tags(soup):
        if not _gone(tag) and tag.name in DROP_TAGS and id(tag) not in wrappers:
            tag.decompose()
    total = _han(soup.get_text())
    for tag in tags(soup):
        if _gone(tag) or tag.name in ("body", "html") or not cues.boilerplate_attributes.search(_attributes(tag)):
            continue
        # A wrapper holding most of the page's text is the article, whatever its class says.
        if _han(tag.get_text()) < 0.5 * total:
            tag.decompose()


def _holds_prose(form: Tag) -> bool:
    """A <form> in → True when it holds an article's prose (MIN_FORM_SENTENCES sentences, MIN_FORM_HAN characters outside
    links), not only fields, a search box or a comment box's one-line notice ("请文明发言。")."""
    text = form.get_text()
    if len(SENTENCE_ENDS.findall(text)) < MIN_FORM_SENTENCES:
        return False
    linked = sum(_han(a.get_text()) for a in form.find_all("a"))
    return _han(text) - linked >= MIN_FORM_HAN


def _owner(node: NavigableString | Tag) -> tuple[Tag | None, bool]:
    """Text node in → (its nearest block-level ancestor, whether a link lies between) out."""
    linked = False
    parent = node.parent
    while parent is not None and parent.name not in BLOCK_TAGS:
        linked = linked or parent.name == "a"
        parent = parent.parent
    return parent, linked


def text_blocks(root: Tag) -> list[Block]:
    """Element in → its visible text as Blocks in reading order (inline markup joined, block tags and <br> split)."""
    blocks: list[Block] = []
    parts: list[str] = []
    linked = 0
    owner: Tag | None = None
    image_before: Tag | None = None  # the picture the block being read stands under
    image_pending: Tag | None = None
    anchor: Tag | None = None
    last_tag: Tag | None = None

    def flush() -> None:
        nonlocal parts, linked, image_before
        text = WHITESPACE.sub(" ", "".join(parts)).strip()
        if text and owner is not None:
            blocks.append(Block(text, owner, _han(text), linked, image_before is not None, image=image_before, anchor=anchor))
            image_before = None
        parts, linked = [], 0

    for node in root.descendants:
        if isinstance(node, Tag):
            last_tag = node
            if node.name in BLOCK_TAGS:
                flush()
            elif node.name == "img":
                flush()
                image_pending = node
            continue
        if not isinstance(node, NavigableString) or isinstance(node, PreformattedString):
            continue
        node_owner, in_link = _owner(node)
        if node_owner is not owner:
            flush()
            owner = node_owner
        if not parts:
            anchor = last_tag
        if image_pending is not None and node.strip():
            image_before, image_pending = image_pending, None
        parts.append(str(node))
        if in_link:
            linked += _han(node)
    flush()
    return blocks


def mark_teasers(blocks: list[Block]) -> None:
    """Blocks in → each summary that sits with the link above it in an element of their own marked as a teaser (in place).

    A related-news item is a link and its summary wrapped together (<li><a>…</a><p>…</p></li>);
    an article's paragraph after a link line shares its container with the whole article.
    """
    for previous, block in zip(blocks, blocks[1:]):
        if not previous.is_link or previous.han < MIN_PROSE_HAN:
            continue
        node: Tag | None = block.owner
        for _ in range(3):
            if node is None or node.name in ("body", "html"):
                break
            if _inside(previous.owner, node):
                block.teaser = _han(node.get_text()) <= TEASER_SLACK * (previous.han + block.han)
                break
            node = node.parent


def container_scores(blocks: list[Block]) -> dict[int, tuple[float, Tag]]:
    """Blocks in → per element (by id): prose Han characters inside it less its link and chrome text."""
    scores: dict[int, tuple[float, Tag]] = {}
    for block in blocks:
        if block.is_prose:
            value = float(block.han)
        else:
            value = -JUNK_WEIGHT * (block.linked + 0.5 * (block.han - block.linked)) - (LINK_COST if block.is_link else 0.0)
        node: Tag | None = block.owner
        while node is not None:
            score, _ = scores.get(id(node), (0.0, node))
            scores[id(node)] = (score + value, node)
            node = node.parent
    return scores


def body_container(blocks: list[Block]) -> Tag | None:
    """Blocks in → the element holding the article's prose, or None when the page has no prose."""
    if not any(block.is_prose for block in blocks):
        return None
    scores = container_scores(blocks)
    best = max(scores.values(), key=lambda item: item[0])
    return best[1] if best[0] > 0 else None


def bridged_links(blocks: list[Block]) -> set[int]:
    """The page's blocks in → the indices of link lines set between paragraphs of one parent (or of parts beside each
    other, _beside) with the article going on for two paragraphs or more under them: a prompt ("…迈向中高端。" / "打开APP，阅读全文" / "另据报道，…") or a few
    links to other stories (a related list set among the paragraphs). Links before other text, or after the article's
    last paragraphs, are not bridged: they end a run of paragraphs."""
    bridged: set[int] = set()
    index = 0
    while index < len(blocks):
        if not blocks[index].is_link or blocks[index].teaser:
            index += 1
            continue
        end = index
        while end < len(blocks) and blocks[end].is_link and not blocks[end].teaser:
            end += 1
        # the paragraph above, across a label and an advertisement's 广告 line ("相关阅读：" / "广告" / links)
        above = next((b for b in reversed(blocks[max(0, index - 2 - MAX_RUN_BREAK):index]) if b.is_prose), None)
        if above is not None and end - index <= MAX_LISTED_WITHIN and _goes_on(above, blocks[end:]):
            bridged.update(range(index, end))
        index = end
    return bridged


def _goes_on(above: Block, after: list[Block]) -> bool:
    """The paragraph above some link lines and the blocks under them in → True when the article goes on there for two
    paragraphs, beside the one above (_beside), across no other link line and at most 2 * MAX_RUN_BREAK short lines
    (a caption, a sub-head, an advertisement's 广告 label: the links may close one part of an article cut up by ads)."""
    found = other = 0
    for block in after:
        if block.is_link or block.teaser or (block.is_prose and not _beside(block.owner, above.owner)):
            return False
        if block.is_prose:
            found += 1
            if found >= 2:
                return True
        elif (other := other + 1) > 2 * MAX_RUN_BREAK:
            return False
    return False


def _beside(paragraph: Tag, other: Tag) -> bool:
    """Two paragraphs in → True when they stand in one element, or one in a wrapper beside the other's (an article a
    portal cut in parts: "<p>…</p><div>猜你喜欢…</div><section><p>…</p></section>", "<div><p>…</p></div><div><p>…</p></div>")."""
    ours, theirs = paragraph.parent, other.parent
    if ours is None or theirs is None:
        return False
    return ours is theirs or ours.parent is theirs or theirs.parent is ours or (ours.parent is not None and ours.parent is theirs.parent)


def prose_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """The page's blocks in → every run of paragraphs on it (first and last block index), as a page set without
    wrappers shows its article: prose side by side, with at most MAX_RUN_BREAK short lines (a caption, a section head)
    and bridged link lines (bridged_links) between; another link line or a longer stretch of other lines ends it."""
    runs: list[tuple[int, int]] = []
    start = edge = -1
    other = 0
    bridged = bridged_links(blocks)
    for index, block in enumerate(blocks):
        if block.is_prose:
            start, edge, other = (index if start < 0 else start), index, 0
            continue
        if start >= 0 and index in bridged:
            continue
        if start >= 0 and (block.is_link or block.teaser or len(block.text) > MAX_CAPTION_AFTER_IMAGE or other >= MAX_RUN_BREAK):
            runs.append((start, edge))
            start, other = -1, 0
        elif start >= 0:
            other += 1
    if start >= 0:
        runs.append((start, edge))
    return runs


def densest_run(blocks: list[Block], around: tuple[int, int] | None) -> list[Block]:
    """The page's blocks and the span of the body container's own blocks in → the run of paragraphs holding the
    most prose, where a page set without wrappers has its article (not around its longest single paragraph, which
    may be a notice in the footer); the container's span joins it when they meet, and the short lines just above
    it (a lead-in "女士们、先生们：", a byline) come along for the body's trimming to judge."""
    runs = prose_runs(blocks)
    if not runs:
        return blocks[around[0]:around[1] + 1] if around else []
    first, last = max(runs, key=lambda run: sum(b.han for b in blocks[run[0]:run[1] + 1] if b.is_prose))
    if around and first <= around[1] and around[0] <= last:
        first, last = min(first, around[0]), max(last, around[1])
    lead = 0
    while first > 0 and lead < MAX_RUN_BREAK and not blocks[first - 1].is_prose and not blocks[first - 1].is_link \
            and not blocks[first - 1].teaser and len(blocks[first - 1].text) <= MAX_CAPTION_AFTER_IMAGE:
        first, lead = first - 1, lead + 1
    return blocks[first:last + 1]


def _link_list(tag: Tag, blocks: list[Block]) -> bool:
    """An element and the page's blocks in → True when it shows links and labels only, no paragraph (a 猜你喜欢 or
    相关推荐 list of other stories, a linked banner): what a portal sets inside an article, not a part of it."""
    inside = [b for b in blocks if _inside(b.owner, tag)]
    return any(b.is_link for b in inside) and not any(b.is_prose for b in inside) \
        and sum(b.linked for b in inside) >= LINKED_SHARE * sum(b.han for b in inside)


def container_parts(container: Tag, blocks: list[Block]) -> list[Tag]:
    """The body's container and the page's blocks in → the container and the elements beside it that go on with the
    article, holding more prose than chrome, with at most MAX_RUN_BREAK elements of no prose between: set the same
    way (tag, class, style) as a part already taken, with little text between (an advertisement: a linked picture
    and its 广告 label); or set another way, with something a portal cuts an article with between (an ad slot left
    empty once its <iframe> or <script> is gone, a 猜你喜欢/相关推荐 list of links, a linked banner).

    "<div class=c><p>…</p><p>…</p></div><div><a><img></a><span>广告</span></div><div class=c><p>…</p></div>": one article;
    so is "<div class=a><p>…</p></div><div><iframe></div><section><p>…</p></section><div>猜你喜欢<ul><li><a>…</a></li>…
    </ul></div><p>…</p><p>…</p>".
    """
    prose = [b.owner for b in blocks if b.is_prose]
    scores = container_scores(blocks)
    parts = [container]
    outer = container  # the container, or the wrappers around it that show nothing else: their siblings are its
    while outer.parent is not None and outer.parent.name not in ("body", "html") and squash(outer.parent.get_text()) == squash(outer.get_text()):
        outer = outer.parent
    for step in ("previous_sibling", "next_sibling"):
        node, skipped, cut = getattr(outer, step), 0, False
        shapes = {_shape(container), _shape(outer)}
        while node is not None and skipped <= MAX_RUN_BREAK:
            if isinstance(node, Tag):
                holds_prose = any(_inside(owner, node) for owner in prose)
                if holds_prose and (_shape(node) in shapes or cut) and scores.get(id(node), (0.0, node))[0] > 0 \
                        and not _story_heading(node):  # more prose than chrome
                    parts.append(node)
                    shapes.add(_shape(node))
                    skipped, cut = 0, False
                elif holds_prose or _story_heading(node):
                    break  # other text, or the headline of the next story (first_story)
                elif _link_list(node, blocks) or not (node.get_text().strip() or node.find("img") is not None):
                    skipped, cut = skipped + 1, True  # a list of other stories, an emptied ad slot
                elif len(node.get_text().strip()) > MAX_CAPTION_AFTER_IMAGE:
                    break
                else:
                    skipped, cut = skipped + 1, cut or node.find("a") is not None  # a linked banner and its 广告 label
            elif str(node).strip() and not isinstance(node, PreformattedString):
                break  # text of its own between the parts
            node = getattr(node, step)
    return parts


def _paragraph_holder(block: Block, owners: dict[int, int]) -> Tag:
    """A prose block and how many blocks each owner holds in → the element its paragraphs stand in: the owner itself
    when it holds several (text parted by <br>), else the owner's parent (the wrapper of <p>s)."""
    if owners.get(id(block.owner), 0) > 1 or block.owner.parent is None:
        return block.owner
    return block.owner.parent


def _story_heading(tag: Tag) -> bool:
    """An element in → True when it is (or holds) a heading (h1–h3) that reads as a story's headline."""
    heading = tag if tag.name in ("h1", "h2", "h3") else tag.find(("h1", "h2", "h3"))
    return isinstance(heading, Tag) and _han(text := heading.get_text(" ", strip=True)) >= MIN_HEADLINE_HAN and is_headline_like(text)


def first_story(blocks: list[Block]) -> list[Block]:
    """The body's blocks in → up to a second story set under the first: a headline in a heading (h1–h3) outside the
    element the article's paragraphs stand in, more paragraphs in another element under it ("<div class=c><p>…</p>
    <p>…</p></div><h2>区总工会为500名环卫工人免费体检</h2><div class=c><p>…</p></div>", the next story a page loads
    under the article). A sub-head stands among the article's paragraphs, inside their element."""
    owners: dict[int, int] = {}
    for block in blocks:
        owners[id(block.owner)] = owners.get(id(block.owner), 0) + 1
    prose_above = 0
    for index, block in enumerate(blocks):
        if block.is_prose:
            prose_above += 1
            continue
        if prose_above < 2 or block.owner.name not in ("h1", "h2", "h3") or not _story_heading(block.owner):
            continue
        above = next(b for b in reversed(blocks[:index]) if b.is_prose)
        below = next((b for b in blocks[index + 1:] if b.is_prose), None)
        if below is None:
            continue
        holder_above, holder_below = _paragraph_holder(above, owners), _paragraph_holder(below, owners)
        if holder_above is not holder_below and not _inside(block.owner, holder_above) and not _inside(block.owner, holder_below):
            return blocks[:index]
    return blocks


def _inside(tag: Tag, container: Tag) -> bool:
    node: Tag | None = tag
    while node is not None:
        if node is container:
            return True
        node = node.parent
    return False


# ---- body ----------------------------------------------------------------------------------

def is_caption(block: Block, cues: HtmlCues) -> bool:
    """Block in → True when it is a picture caption (by its element's class, its wording, or its place under an image)."""
    node: Tag | None = block.owner
    for _ in range(3):
        if node is None:
            break
        if node.name == "figcaption" or cues.caption_attributes.search(_attributes(node)):
            return True
        node = node.parent
    if cues.caption_text.search(block.text):
        return True
    # A short line boxed with a picture (the smallest element holding both holds nothing else) is its caption.
    if block.image is not None and len(block.text) <= MAX_CAPTION_AFTER_IMAGE and _boxed_with(block, block.image):
        return True
    # Right under a picture, a short line that is not a sentence, or opens with a mark pointing at it, is its caption.
    return (block.after_image and len(block.text) <= MAX_CAPTION_AFTER_IMAGE and (
        (not CLAUSE_MARK.search(block.text) and not SENTENCE_TAIL.search(block.text)) or bool(cues.caption_marks.match(block.text))))


def _boxed_with(block: Block, image: Tag) -> bool:
    """A block and the picture above it in → True when the smallest element holding both shows no other text."""
    around = {id(node) for node in image.parents}
    node: Tag | None = block.owner
    while node is not None and id(node) not in around:
        node = node.parent
    return node is not None and node.name not in ("body", "html") and squash(node.get_text()) == squash(block.text)


def _is_summary_label(text: str, cues: HtmlCues) -> bool:
    return text.rstrip("：: ").strip("【】[]") in cues.summary_labels


def _in_list_item(tag: Tag) -> bool:
    node: Tag | None = tag
    for _ in range(4):
        if node is None:
            return False
        if node.name == "li":
            return True
        node = node.parent
    return False


def drop_summary_box(blocks: list[Block], cues: HtmlCues) -> list[Block]:
    """Body blocks in → without a leading summary box (a "划重点：" label and the list items under it)."""
    for index, block in enumerate(blocks):
        if block.is_prose:
            return blocks
        if _is_summary_label(block.text, cues):
            end = index + 1
            while end < len(blocks) and _in_list_item(blocks[end].owner):
                end += 1
            return blocks[:index] + blocks[end:]
    return blocks


def _shape(tag: Tag) -> tuple[str, str, str]:
    """An element in → what sets it apart to the eye: its tag, class and inline style."""
    return tag.name, attr(tag, "class"), WHITESPACE.sub("", attr(tag, "style"))


def _branch(tag: Tag, common: Tag) -> Tag:
    """An element and an ancestor of it in → the ancestor's child that holds the element (the element itself at most)."""
    node = tag
    while node.parent is not None and node.parent is not common:
        node = node.parent
    return node


def _next_element(tag: Tag) -> Tag | None:
    sibling = tag.next_sibling
    while sibling is not None and not (isinstance(sibling, Tag) and (sibling.get_text().strip() or sibling.name in ("hr", "p", "div"))):
        sibling = sibling.next_sibling
    return sibling if isinstance(sibling, Tag) else None


def drop_boxed_note(blocks: list[Block], cues: HtmlCues) -> list[Block]:
    """Body blocks in → without an editor's note at their top that the page boxes apart from the article's paragraphs.

    "<div style='border:1px solid #ccc'><p><strong>编者按：</strong>岁末年初，…敬请关注。</p></div><p>1月5日，…</p>":
    the note is the editors' word about the article, not the article (a <blockquote>, a box of its own class, or a
    note closed by a rule <hr> is set apart the same way). "<p>编者按：突如其来的…</p><p>内容摘要：…</p>" sets the
    note as the article's first paragraph, in the same element and type as the others: the article opens with it.
    """
    index = next((n for n, block in enumerate(blocks) if cues.editor_note.match(block.text) or block.is_prose), None)
    if index is None or not cues.editor_note.match(blocks[index].text):
        return blocks  # no note above the article's first paragraph
    note = blocks[index]
    # the label on a line of its own ("编者按"): the note's text is the block under it
    label = cues.editor_note.match(note.text)
    end = index + 2 if label is not None and label.end() >= len(note.text.strip()) else index + 1
    following = next((b for b in blocks[end:] if b.is_prose and not _inside(b.owner, note.owner)), None)
    if following is None:
        return blocks
    common = next(node for node in [note.owner, *note.owner.parents] if _inside(following.owner, node))
    box = _branch(note.owner, common)
    beside = _branch(following.owner, common) if following.owner is not common else None  # the article's text straight in it
    ruled = (rule := _next_element(box)) is not None and rule.name == "hr"
    if beside is not None and _shape(box) == _shape(beside) and not ruled:
        return blocks  # the note is set as a paragraph like the article's others
    return [b for b in blocks if not _inside(b.owner, box)]


def drop_title_repeats(blocks: list[Block], title: str) -> list[Block]:
    """Body blocks and the headline in → without the headline repeated (whole, or a longer/shorter form of it up top)."""
    heading = squash(title)
    kept = [b for b in blocks if squash(b.text) != heading]
    if kept:
        first = squash(kept[0].text)
        if (heading in first and len(first) <= len(heading) + MAX_TITLE_EXTRA) or (first in heading and _han(first) >= MIN_TITLE_HAN):
            kept = kept[1:]
    return kept


def _keeps_as_byline(line: str) -> bool:
    return parse_byline(line)[0] is not None or parse_credit_line(line) is not None


def trim_body(lines: list[str]) -> list[str]:
    """Body lines in → from the first paragraph to the last: leading labels, headings, dates and trailing credits go.

    A byline before the first paragraph stays (the splitter reads it), and so does a lead-in
    ending in a colon ("女士们、先生们：") right above it. A page without prose keeps its lines.
    """
    prose = [i for i, line in enumerate(lines) if is_prose(line) and not BRACKETED.match(line)]
    if not prose:
        return lines
    first, last = prose[0], prose[-1]
    head = [line for i, line in enumerate(lines[:first]) if _keeps_as_byline(line)
            or (i == first - 1 and LEAD_IN_TAIL.search(line) and _han(line) >= 2)]
    return head + lines[first:last + 1]


def uncaptioned(block: Block, cues: HtmlCues) -> Block | None:
    """A block in → None when it is a caption; the paragraph after it when a caption closed by its photo credit
    runs into one on the same line ("图为…仪式。（刘通摄） 跨越千山万水，…"); else the block."""
    if not is_caption(block, cues):
        return block
    lead = cues.caption_lead.match(block.text)
    rest = block.text[lead.end():] if lead else ""
    if lead and is_prose(rest) and len(rest) > lead.end():
        return replace(block, text=rest, han=_han(rest), linked=0, after_image=False, image=None)
    return None


CENTRED = re.compile(r"(?<![-\w])text-align\s*:\s*center", re.I)


def _centred(tag: Tag) -> bool:
    """An element in → True when it (or its block's close ancestor) is set centred (text-align:center, align=center, <center>)."""
    node: Tag | None = tag
    for _ in range(2):
        if node is None or node.name in ("body", "html"):
            return False
        if node.name == "center" or attr(node, "align").lower() == "center" or CENTRED.search(attr(node, "style")):
            return True
        node = node.parent
    return False


def centred_captions(blocks: list[Block]) -> set[int]:
    """The body's blocks in → (ids of) the short lines set centred right under a picture, on a page whose paragraphs
    are not centred: captions, though sentences ("<p style='text-align:center'><img></p>
    <p style='text-align:center'>活动现场，职工们排队领取清凉物资。</p>", as most CMS editors centre a picture and its line)."""
    prose = [b for b in blocks if b.is_prose]
    if not prose or sum(_centred(b.owner) for b in prose) * 2 >= len(prose):
        return set()
    return {id(b) for b in blocks if b.after_image and len(b.text) <= MAX_CAPTION_AFTER_IMAGE and _centred(b.owner)}


def body_lines(blocks: list[Block], title: str | None, cues: HtmlCues) -> list[str]:
    """The body container's blocks and the headline in → the article's lines."""
    captions = centred_captions(blocks)
    kept = [b for b in (uncaptioned(b, cues) for b in blocks if not b.is_link and not b.teaser and id(b) not in captions)
            if b is not None]
    if title:
        kept = drop_title_repeats(kept, title)
    kept = drop_summary_box(kept, cues)
    # a player's notice is not the article's first paragraph: an 编者按 boxed under it still stands above the article
    kept = drop_boxed_note([b for b in kept if not cues.player_notices.search(b.text)], cues)
    kept = drop_comment_thread(kept, cues)
    lines: list[str] = []
    prose: Block | None = None  # the last paragraph kept
    box: Tag | None = None  # an inline box of related stories set inside the article, skipped
    for n, block in enumerate(kept):
        if box is not None and _inside(block.owner, box):
            continue
        text = cues.trailing_links.sub("", block.text).strip()
        if (cues.tail_markers.match(text) or cues.tail_starts.match(text)) and prose is not None:
            box = inline_box(block, prose, kept[n + 1:]) if cues.tail_markers.match(text) else None
            if box is None and cues.tail_markers.match(text) and listed_within(block, blocks):
                continue  # the label of a few links set among the article's paragraphs: they go on under it
            if box is None:
                break
            continue
        if block.is_prose:
            prose = block
        if not text or cues.disclaimer_starts.search(text) or cues.promotion_starts.search(text) or ORIGINAL_TITLE.match(text) \
                or cues.player_notices.search(text):
            continue
        if len(text) <= MAX_DATED_INFO and INFO_LABEL.search(text) and first_date(text):
            continue  # the dated info line ("更新时间 2012年12月10日, 格林尼治标准时间10:41")
        lines.append(text)
    return trim_body(drop_cited_notes(trim_body(lines)))


def drop_comment_thread(blocks: list[Block], cues: HtmlCues) -> list[Block]:
    """Body blocks in → without the readers' comments closing them: two or more comments' times on lines of their own
    (html.yaml comment_stamps: "5-13 09:12", "昨天 21:05") after the first paragraph, the last of them near the end
    ("<li><span>张三</span><p>工会为职工办实事，点赞！</p><span>5-13 09:12</span></li>…" under the article's
    last paragraph); the article ends above the first comment."""
    first = next((n for n, b in enumerate(blocks) if b.is_prose), None)
    if first is None:
        return blocks
    stamps = [n for n in range(first + 1, len(blocks))
              if len(blocks[n].text) <= MAX_DATED_INFO and cues.comment_stamp.match(blocks[n].text)]
    if len(stamps) < 2:
        return blocks
    period = max(b - a for a, b in zip(stamps, stamps[1:]))
    after = [n for n in range(stamps[-1] + 1, len(blocks)) if blocks[n].is_prose]
    if len(after) >= period:
        return blocks  # paragraphs go on under the last time: not a thread under the article
    start = _thread_start(blocks, stamps, first, after[-1] - stamps[-1] if after else 0)
    if _named(blocks[start:stamps[-1] + 1], cues) < len(stamps) - 1:
        return blocks  # times without commenters' names: a live report's updates (10:30 / 代表们陆续入场…), not comments
    return blocks[:start]


def _named(thread: list[Block], cues: HtmlCues) -> int:
    """A comment thread's blocks in → how many commenters' names it shows: a short line of no sentence ("工会小蜜蜂"),
    a name before a time ("工会小蜜蜂 5-13 09:12") or before the comment ("工会小蜜蜂：工会为职工办实事，点赞！")."""
    names = 0
    for block in thread:
        stamp = cues.comment_stamp.match(block.text)
        if stamp is not None:
            names += stamp.group("name") is not None
        elif (len(block.text) <= MAX_COMMENTER and not SENTENCE_MARK.search(block.text)) or COMMENTER.match(block.text):
            names += 1
    return names


def _thread_start(blocks: list[Block], stamps: list[int], first: int, tail: int) -> int:
    """The body's blocks, the positions of its comments' times and of its first paragraph, and how far the last
    comment's text runs under its time (``tail``) in → where the first comment starts: the first block of the largest
    element holding its time and no other comment's (nor the article's first paragraph); with no such element (each
    line its own), as many lines above its time as each comment has less those under it (its name and text above
    it, or none)."""
    stamp = blocks[stamps[0]]
    others = [blocks[n].owner for n in stamps[1:]]
    item = stamp.owner
    while item.parent is not None and item.parent.name not in ("body", "html"):
        parent = item.parent
        if _inside(blocks[first].owner, parent) or any(_inside(owner, parent) for owner in others):
            break
        item = parent
    start = next(n for n, b in enumerate(blocks) if _inside(b.owner, item))
    if start < stamps[0]:
        return start
    period = stamps[1] - stamps[0]
    above = period - 1 - tail  # lines of a comment above its time
    if any(b - a != period for a, b in zip(stamps, stamps[1:])) or not 0 <= above < period:
        above = 0
    return max(first + 1, stamps[0] - above)


NOTE_MARK = re.compile(r"^\s*(?:[\[［〔]\s*\d{1,3}\s*[\]］〕]|[①-⑳])")


def drop_cited_notes(lines: list[str]) -> list[str]:
    """Body lines in → without the notes closing them unlabelled, each opening with a mark the text above cites:
    "…产业工人队伍建设。[1]" / … / "[1]《中国工会章程》，中国工人出版社2023年版。" (a numbered list's "①…" opens its
    lines, it is not cited inside one: it stays)."""
    end = len(lines)
    while end > 0 and NOTE_MARK.match(lines[end - 1]):
        end -= 1
    if end in (0, len(lines)):
        return lines
    mark = squash(NOTE_MARK.match(lines[end]).group(0))  # type: ignore[union-attr]
    return lines[:end] if any(squash(line).find(mark) > 0 for line in lines[:end]) else lines


def inline_box(marker: Block, prose: Block, after: list[Block]) -> Tag | None:
    """A related-stories label, the article's paragraph above it and the blocks after it in → the box the label
    heads when it stands inside the article (its label and links in an element of their own, the article's
    paragraphs going on after it in the same container), else None: the label ends the article."""
    box = marker.owner
    while box.parent is not None and not _inside(prose.owner, box.parent):
        box = box.parent
    if box.parent is None or _han(box.get_text()) <= marker.han:
        return None  # the label stands alone: what follows is other stories
    # the article goes on under the box, within the element holding both (in the same wrapper, or in another part)
    if any(b.is_prose and not _inside(b.owner, box) and _inside(b.owner, box.parent) for b in after):
        return box
    return None


def listed_within(marker: Block, blocks: list[Block]) -> bool:
    """A related-stories label and the body's blocks in → True when the label heads links set among the article's
    paragraphs, the article going on under them (bridged_links): "<p>…</p><p><strong>相关阅读：</strong></p>
    <p><a>…</a></p><p><a>…</a></p><p>…</p><p>…</p>"."""
    at = next((n for n, b in enumerate(blocks) if b.owner is marker.owner), None)
    if at is None:
        return False
    # the links under the label, across an advertisement's 广告 line (a portal may cut the article between them)
    first_link = next((n for n in range(at + 1, min(len(blocks), at + 2 + MAX_RUN_BREAK)) if blocks[n].is_link), None)
    return first_link is not None and first_link in bridged_links(blocks)


def densest_prose(blocks: list[Block], title: str | None, cues: HtmlCues) -> list[str]:
    """All the page's blocks in → the lines around its longest prose block (when no container gave a body)."""
    prose = [b for b in blocks if b.is_prose]
    if not prose:
        return []
    region = max(prose, key=lambda b: b.han).owner
    region = region.parent or region
    return body_lines([b for b in blocks if _inside(b.owner, region)], title, cues)


# ---- headline ------------------------------------------------------------------------------

def is_site_name(text: str, cues: HtmlCues, site_names: Set[str] = frozenset()) -> bool:
    """Text in → True when it reads as a site's or channel's name rather than a headline."""
    text = text.strip()
    if squash(text) in site_names:
        return True
    return len(text) <= MAX_SITE_NAME and not CLAUSE_MARK.search(text) and bool(cues.site_name_endings.search(text))


def headline_of(page_title: str, cues: HtmlCues, site_names: Set[str] = frozenset()) -> str:
    """A <title> or og:title in → the headline without site/channel parts ("标题_频道_某某网" → "标题")."""
    text = page_title.strip()
    while True:
        seps = list(TITLE_SEPARATOR.finditer(text))
        if not seps:
            return text
        last, first = seps[-1], seps[0]
        tail, head = text[last.end():], text[:first.start()]
        longest = max(_han(part) for part in TITLE_SEPARATOR.split(text))
        if tail and (_han(tail) < longest or is_site_name(tail, cues, site_names)) and _han(text[:last.start()]) >= MIN_TITLE_HAN:
            text = text[:last.start()].strip()
        elif head and is_site_name(head, cues, site_names) and _han(text[first.end():]) >= MIN_TITLE_HAN:
            text = text[first.end():].strip()
        else:
            return text


@dataclass
class Candidate:
    text: str
    tag: Tag
    order: int
    weight: float  # from the tag: h1 > h2 > title class > h3


def font_px(tag: Tag) -> float:
    """Element in → the font size its own type setting gives (inline style or <font size>) in px, 0 when it sets none."""
    style = attr(tag, "style")
    size = FONT_SIZE.search(style) if "font" in style else None
    if size and size.group(1):
        return float(size.group(1)) * PX_PER_UNIT.get((size.group(2) or "px").lower(), 1.0)
    if size:
        return LARGE_FONT_PX
    if tag.name == "font" and attr(tag, "size").strip().isdigit():
        return FONT_TAG_PX.get(int(attr(tag, "size").strip()), LARGE_FONT_PX if int(attr(tag, "size").strip()) > 5 else 0.0)
    return 0.0


def body_font_px(elements: list[Tag], sizes: list[float]) -> float:
    """The page's elements and their own font sizes in → the size most of the page's sized text is set in (px; 0
    when little text is sized).

    A page pasted from a word processor sets its paragraphs in 16pt (21 px): a headline is type set larger
    than the text around it, not larger than a browser's default.
    """
    found: dict[float, int] = {}
    for tag, px in zip(elements, sizes):
        if px > 0 and (own := sum(_han(text) for text in tag.find_all(string=True, recursive=False))):
            found[px] = found.get(px, 0) + own
    if not found or sum(found.values()) < MIN_SIZED_HAN:
        return 0.0
    return max(found, key=lambda px: found[px])


def type_weight(tag: Tag, body_px: float = 0.0, px: float | None = None) -> float:
    """Element (the page's body text size, its own font size when known) in → how much its own type setting marks it
    as a headline: a font larger than the body text (inline style or <font size>) like an <h1>, bold like an <h3>;
    0 for body text."""
    style = attr(tag, "style")
    px = font_px(tag) if px is None else px
    weight = 2.0 if px >= max(LARGE_FONT_PX, LARGE_FONT_SCALE * body_px) else 1.0 if px >= max(BIGGER_FONT_PX, BIGGER_FONT_SCALE * body_px) else 0.0
    if BOLD.search(style) or tag.name in ("b", "strong"):
        weight += 0.5
    return weight


def _in_a_line(tag: Tag) -> bool:
    """An inline element in → True when the line it sits in shows other text beside it (a run inside a paragraph,
    not a line of its own)."""
    node = tag
    while node.parent is not None and node.name not in BLOCK_TAGS:
        for step in ("previous_sibling", "next_sibling"):
            sibling = getattr(node, step)
            while sibling is not None:
                if isinstance(sibling, Tag):
                    if sibling.name in BLOCK_TAGS:
                        break
                    if sibling.name not in DROP_TAGS and HAN.search(sibling.get_text()):
                        return True
                elif not isinstance(sibling, PreformattedString) and HAN.search(sibling):
                    return True
                sibling = getattr(sibling, step)
        node = node.parent
    return False


HOME_LINK = re.compile(r"^(?:(?:https?:)?//[^/]+)?\.?/?(?:(?:index|default)\.\w+)?(?:[?#].*)?$", re.I)


def links_home(tag: Tag) -> bool:
    """Element in → True when its text is a link to the site's front page (a masthead's name, not a headline)."""
    links = tag.find_all("a") if tag.name != "a" else [tag]
    if tag.parent is not None and tag.parent.name == "a":
        links.append(tag.parent)
    home = [a for a in links if HOME_LINK.match(attr(a, "href").strip()) and attr(a, "href").strip() not in ("", "#")]
    return bool(home) and sum(_han(a.get_text()) for a in home) + _han(" ".join(attr(i, "alt") for a in home for i in a.find_all("img"))) \
        >= _han(tag.get_text())


SUBTITLE_TAGS = ("small", "sub", "sup")
DASHES = "—-―–"


def heading_text(tag: Tag, references: Set[str] = frozenset()) -> str:
    """A headline candidate in → its text; of a heading set over lines (<br>), the line <title> names, else the lines
    that are neither a 副题 opening with a dash nor set in <small> type (<h1>主题<br><small>副题</small></h1>)."""
    if tag.find("br") is None:
        return WHITESPACE.sub(" ", tag.get_text(" ")).strip()
    lines: list[tuple[str, bool]] = []  # (text, all of it in small type)
    parts: list[str] = []
    small = True
    for node in tag.descendants:
        if isinstance(node, Tag):
            if node.name == "br":
                lines.append(("".join(parts), small))
                parts, small = [], True
            continue
        if isinstance(node, PreformattedString) or not str(node).strip():
            continue
        parts.append(str(node))
        small = small and any(parent.name in SUBTITLE_TAGS for parent in node.parents if parent is not tag)
    lines.append(("".join(parts), small))
    shown = [(WHITESPACE.sub(" ", text).strip(), minor) for text, minor in lines if text.strip()]
    named = [text for text, _ in shown if squash(text) in references]
    main = named or [text for text, minor in shown if not minor and text[0] not in DASHES]
    return " ".join(main or [text for text, _ in shown])


def strip_badges(text: str, cues: HtmlCues) -> str:
    """A headline's text in → without the badges set before or after it ("原创 …", "【视频】…", "… 热", a forum's
    "[转帖] …") and without a heads table's row label ("主题：…")."""
    stripped = cues.badges.sub("", text).strip()
    if (label := cues.head_label.match(stripped)) and label.group("headline") and label.end() < len(stripped):
        stripped = stripped[label.end():].strip()
    return stripped if _han(stripped) >= MIN_TITLE_HAN else text


def title_candidates(soup: BeautifulSoup, cues: HtmlCues, brands: set[str] | None = None,
                     references: Set[str] = frozenset()) -> list[Candidate]:
    """Tree (hidden parts dropped) and the squashed <title>/og:title headlines in → the elements that may hold the
    headline, in page order; the names of headings that link to the site's front page are added to ``brands``."""
    found = []
    elements = tags(soup)
    sizes = [font_px(tag) for tag in elements]
    body_px = body_font_px(elements, sizes)
    for order, (tag, px) in enumerate(zip(elements, sizes)):
        weight = {"h1": 2.0, "h2": 1.0, "h3": 0.5}.get(tag.name) or type_weight(tag, body_px, px)
        attributes = _attributes(tag)
        if tag.name not in ("body", "html") and cues.title_attributes.search(attributes):
            weight += 1.0
        if SUBTITLE_ATTRIBUTE.search(attributes):
            weight -= 1.0
        if weight <= 0 or tag.find(("h1", "h2", "h3")) is not None:  # a wrapper of headings: the heading inside is the candidate
            continue
        text = strip_badges(heading_text(tag, references), cues)
        if not MIN_TITLE_HAN <= _han(text) or len(text) > MAX_TITLE_LENGTH or is_chrome(text) or DATE_LABEL.search(text) \
                or ORIGINAL_TITLE.match(text):
            continue
        if tag.name not in ("h1", "h2", "h3") and sum(_han(a.get_text()) for a in tag.find_all("a")) >= LINKED_SHARE * _han(text):
            continue  # a title-class box of links (share bar, channel list)
        if tag.name not in BLOCK_TAGS and _in_a_line(tag):
            continue  # a run of type inside a paragraph (a Word page's 16pt spans), not a line of its own
        if links_home(tag):
            if brands is not None:
                brands.add(squash(text))
            continue  # the site's name in a heading, linking to its front page
        found.append(Candidate(text, tag, order, weight))
    return found


def choose_title(candidates: list[Candidate], references: list[str], body_order: int | None,
                 cues: HtmlCues, site_names: Set[str], shown: Set[str] = frozenset()) -> str | None:
    """Candidates, <title>/og:title headlines, where the body starts, lines shown above it in → the article's headline.

    A candidate that agrees with <title>/og:title wins; else a <title> headline the page shows
    as a line of its own; else the best-placed heading; else the <title> headline.
    """
    refs = [squash(r) for r in references if r]
    best, best_score, agrees = None, 2.5, False
    # A headline may open the body's own container: "before" includes the body's first element.
    before = [c for c in candidates if body_order is None or c.order <= body_order]
    nearest = before[-1].order if before else None
    for candidate in candidates:
        key = squash(candidate.text)
        if is_site_name(candidate.text, cues, site_names):
            continue
        score = candidate.weight
        matches = key in refs or any((key in ref and _han(key) * 2 >= _han(ref)) or ref in key for ref in refs)
        score += (4 if key in refs else 3) if matches else 0
        if body_order is not None:
            score += 1 if candidate.order <= body_order else -2
        if candidate.order == nearest:
            score += 0.5
        # Headlines are sentences of some length; channel names ("工会动态") are not.
        score += 1 if _han(candidate.text) >= MIN_HEADLINE_HAN and is_headline_like(candidate.text) else 0
        score -= 1 if _han(candidate.text) < MIN_HEADLINE_HAN - 2 else 0
        # A slogan above another heading nearer the body is a banner or kicker ("<h1>奋进新征程 建功新时代</h1>…<h2>…</h2>").
        if _slogan(candidate.text) and not matches and nearest is not None and candidate.order < nearest:
            score -= SLOGAN_COST
        if score > best_score:
            best, best_score, agrees = candidate.text, score, matches
    if best is not None and agrees:
        return best
    usable = [r for r in references if r and _han(r) >= MIN_TITLE_HAN and not is_site_name(r, cues, site_names)]
    for reference in usable:
        if squash(reference) in shown:
            return reference
    if best is not None:
        return best
    for reference in usable:
        if reference and _han(reference) >= MIN_TITLE_HAN and not is_site_name(reference, cues, site_names):
            return reference
    return None


def headline_above(blocks: list[Block], cues: HtmlCues, site_names: Set[str]) -> str | None:
    """Blocks before the body in → the last headline-like line among them (the headline the body follows), or None."""
    for block in reversed(blocks):
        text = block.text
        if is_headline(block, cues, site_names):
            return text
    return None


def is_headline(block: Block, cues: HtmlCues, site_names: Set[str]) -> bool:
    """Block in → True when it can be the page's headline: headline-like, not a link, a dated info line or the site's name."""
    text = block.text
    return (not block.is_link and is_headline_like(text) and not is_chrome(text) and first_date(text) is None
            and not is_site_name(text, cues, site_names))


# ---- date ----------------------------------------------------------------------------------

def _json_ld_dates(soup: BeautifulSoup) -> tuple[str | None, str | None]:
    """Tree in → (datePublished, dateModified) from its JSON-LD, when present."""
    for script in (t for t in tags_named(soup, "script") if t.get("type") == "application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        items = data if isinstance(data, list) else [data]
        items += [node for item in items if isinstance(item, dict) for node in item.get("@graph") or []]
        for item in items:
            if isinstance(item, dict) and (item.get("datePublished") or item.get("dateModified")):
                return str(item.get("datePublished") or ""), str(item.get("dateModified") or "")
    return None, None


def _script_dates(html: str, cues: HtmlCues) -> list[str]:
    """Raw HTML in → the publication dates its own scripts set (html.yaml script_epochs: epoch seconds or
    milliseconds, or a date string), in the order of the patterns and then of the page."""
    found = []
    for pattern in cues.script_epochs:
        for match in pattern.finditer(html):
            value = match.group(1)
            if value.isdigit():
                seconds = int(value) // 1000 if len(value) == 13 else int(value)
                found.append(datetime.fromtimestamp(seconds, UTC8).date().isoformat())
            elif date := first_date(value):
                found.append(date)
    return found


def _script_date(html: str, lines: list[str], cues: HtmlCues) -> str | None:
    """Raw HTML and the page's short lines in → the date its own script sets: the one whose month and day the page
    prints without a year ("05-12 10:30" over a state listing other stories too), else the first."""
    found = _script_dates(html, cues)
    if not found:
        return None
    for line in lines:
        if len(line) <= MAX_DATED_INFO and (match := MONTH_DAY_TIME.search(line) or MONTH_DAY.search(line)):
            month_day = (int(match.group(1)), int(match.group(2)))
            if shown := next((date for date in found if (int(date[5:7]), int(date[8:10])) == month_day), None):
                return shown
    return found[0]


def _page_addresses(soup: BeautifulSoup) -> list[str]:
    """Tree in → the page's own addresses (<link rel=canonical>, og:url)."""
    return [attr(tag, "href") or attr(tag, "content") for tag in tags_named(soup, "link", "meta")
            if "canonical" in attr(tag, "rel").split() or attr(tag, "property").lower() == "og:url"]


def _page_url_year(soup: BeautifulSoup) -> int | None:
    """Tree in → the year in the page's canonical or og:url address, or None."""
    return next((year for address in _page_addresses(soup) if (year := year_from_url(address))), None)


def dated_without_year(lines: list[str], year: int, label: re.Pattern = DATE_LABEL) -> str | None:
    """Info lines and the page's year in → the first labelled "10-08" / "10月8日" date in that year (ISO) out."""
    for n, line in enumerate(lines):
        if len(line) <= MAX_INFO_LINE and label.search(line):
            after = label.split(line, 1)[1]
            if not after.strip(" :：") and n + 1 < len(lines):
                after = lines[n + 1]  # the label and its date in elements of their own ("发布日期:" <span>06-24</span>)
            match = MONTH_DAY.search(after)
            if match and (found := iso_date(str(year), *match.groups())):
                return found
    return None


def stamped_without_year(lines: list[str], year: int) -> str | None:
    """Info lines and the page's year in → the first unlabelled "09-18 06:23" timestamp in that year (ISO) out.

    A date with its clock time on a short line is how portals print when a story went up; a line
    labelled as an update (更新, 修改) gives the wrong one.
    """
    for line in lines:
        if len(line) <= MAX_DATED_INFO and not MODIFIED_LABEL.search(line) and (match := MONTH_DAY_TIME.search(line)):
            if found := iso_date(str(year), *match.groups()):
                return found
    return None


def page_published(soup: BeautifulSoup, html: str, lines: list[str], cues: HtmlCues) -> str | None:
    """Tree (before cleaning), raw HTML and its text lines in → publication date out.

    Order: publication meta tags, JSON-LD, <time>, labelled info lines, the page's own address, a labelled date
    without a year completed from metadata (modified-date tags, JSON-LD, URL), the page's
    own script, an unlabelled timestamp without a year ("09-18 06:23") completed the same way,
    then any dated chrome line (dates inside addresses left out).
    """
    value = meta_content(soup, cues.published_meta)
    if value and (found := first_date(value)):
        return found
    published, modified = _json_ld_dates(soup)
    if published and (found := first_date(published)):
        return found
    for time in tags_named(soup, "time"):
        found = first_date(attr(time, "datetime") + " " + time.get_text(" "))
        if found:
            return found
    short = [line for line in lines if len(line) <= MAX_INFO_LINE]
    labelled = [line for line in short if SOURCE_LABEL.search(line)]
    if found := published_from_lines(labelled):
        return found
    # the page's own address dates it when it prints no labelled date ("/2023-07/05/c_1129732.htm", "/n1/2023/0705/…")
    if found := next((date for address in _page_addresses(soup) if (date := date_from_url(address))), None):
        return found
    year_source = first_date(meta_content(soup, cues.year_meta) or "") or first_date(modified or "")
    year = int(year_source[:4]) if year_source else _page_url_year(soup)
    if year and (found := dated_without_year(short, year)):
        return found
    if found := _script_date(html, short, cues):
        return found
    if year and (found := stamped_without_year(short, year)):
        return found
    # the page's "更新时间 12-10" is its own date, nearer the truth than any dated line of a related list
    if year and (found := dated_without_year(short, year, UPDATED_LABEL)):
        return found
    # The lines as a reader sees them (inline elements joined): a date split over elements ("<span>2026</span>-<span>03
    # </span>-<span>05</span>", 新华网's "2026 03/05 10:21:33", Word's runs), a bulletin's masthead or 印发 line
    seen = [URL.sub("", line) for line in reader_lines(soup.body or soup) if len(line) <= MAX_INFO_LINE]  # a date in an address is not printed
    if found := published_from_lines([line for line in seen if SOURCE_LABEL.search(line) or cues.issue_line.search(line)]):
        return found
    # then the first dated furniture line, in page order (the story's own info line stands above a related list's dates)
    return next((date for line in seen if (date := _furniture_date(line))), None) \
        or published_from_lines([URL.sub("", line) for line in short if is_chrome(line)])


def _furniture_date(line: str) -> str | None:
    """A line in → its date when it is a furniture line printing one, whole or (a short line of no words) with the year
    apart ("2026 03/05 10:21:33"); None for a "today is" widget's."""
    if NOT_PUBLICATION.search(line):
        return None
    if is_chrome(line) and (found := first_date(line)):
        return found
    return year_apart_date(line) if len(line) <= MAX_DATED_INFO and not HAN.search(line) else None


def reader_lines(root: Tag) -> list[str]:
    """Element in → its text as a reader sees it, one line per block (inline elements joined: a date set in spans of
    its own reads as one), whitespace closed up; text_blocks without what the body is chosen by."""
    lines: list[str] = []
    parts: list[str] = []
    owner: Tag | None = None
    for node in root.descendants:
        if isinstance(node, Tag):
            if node.name in BLOCK_TAGS and parts:
                lines.append("".join(parts))
                parts = []
            continue
        if type(node) is not NavigableString:
            continue  # comments, scripts, styles
        node_owner, _ = _owner(node)
        if node_owner is not owner and parts:
            lines.append("".join(parts))
            parts = []
        owner = node_owner
        parts.append(str(node))
    lines.append("".join(parts))
    return [line for line in (normalize_text(WHITESPACE.sub(" ", line))[0].strip() for line in lines) if line]


# ---- page ----------------------------------------------------------------------------------

def _styled_as_heading(tag: Tag, cues: HtmlCues) -> bool:
    """Element in → True when it (or a close ancestor) is a heading or carries a title/subtitle class."""
    node: Tag | None = tag
    for _ in range(3):
        if node is None or node.name in ("body", "html"):
            return False
        attributes = _attributes(node)
        if node.name in ("h1", "h2", "h3", "h4", "h5", "h6") or cues.title_attributes.search(attributes) or SUBTITLE_ATTRIBUTE.search(attributes):
            return True
        node = node.parent
    return False


def _slogan(text: str) -> bool:
    """A kicker's shape: two or more phrases of four or more Han characters parted by spaces ("专项资金直达一线 服务专员驻企解难")."""
    phrases = text.split()
    return len(phrases) >= 2 and all(_han(phrase) >= 4 and _han(phrase) == len(phrase) for phrase in phrases)


MAX_HEADS_ROWS = 4  # blocks a heads table's labelled rows lie within from the headline's own (a label cell and its head)


def labelled_heads(shown: list[Block], index: int, cues: HtmlCues) -> dict[str, str]:
    """The page's blocks and the headline's place among them in → the heads an e-paper's heads table labels around it
    ("<tr><td>引题</td><td>高温下的坚守</td></tr>", "副题：三百余名职工代表参与讨论"): {"kicker": …, "subtitle": …}."""
    found: dict[str, str] = {}
    for n in range(max(0, index - MAX_HEADS_ROWS), min(len(shown), index + MAX_HEADS_ROWS + 1)):
        label = cues.head_label.match(shown[n].text)
        if label is None or n == index:
            continue
        kind = "kicker" if label.group("kicker") else "subtitle" if label.group("subtitle") else None
        text = shown[n].text[label.end():].strip()
        if not text and n + 1 < len(shown) and n + 1 != index and not cues.head_label.match(shown[n + 1].text):
            text = shown[n + 1].text  # the label in a cell of its own, its head in the next
        if kind and text and (n < index) == (kind == "kicker") and is_headline_like(text) and not is_chrome(text):
            found.setdefault(kind, text)
    return found


def labelled_headline(blocks: list[Block], cues: HtmlCues) -> str | None:
    """The blocks above the body in → the head an e-paper's heads table labels as the headline ("<td>主题</td>
    <td>市总工会推出…</td>", "主题：市总工会推出…"), or None."""
    for n, block in enumerate(blocks):
        label = cues.head_label.match(block.text)
        if label is None or not label.group("headline"):
            continue
        text = block.text[label.end():].strip() or (blocks[n + 1].text if n + 1 < len(blocks) else "")
        if _han(text) >= MIN_TITLE_HAN and not cues.head_label.match(text) and is_headline_like(text):
            return text
    return None


def _table_of(tag: Tag) -> Tag | None:
    """An element in → the nearest <table> holding it (its cell's table), or None."""
    return next((node for node in tag.parents if node.name == "table"), None) if tag.name in ("td", "th") else None


def _heads_row(block: Block, headline: Block) -> bool:
    """A block beside the headline in → True when both are cells of one table that shows no sentence (an e-paper's
    heads table: a row each for 引题, 主题 and 副题, told apart by type, not by label)."""
    table = _table_of(headline.owner)
    if table is None:
        return False
    # read before comparing: "x is not table" narrows table back to x's type (Tag | None) where bs4 is untyped (mypyc's build)
    lines = table.get_text("\n").split("\n")
    if _table_of(block.owner) is not table:
        return False
    return not any(is_prose(line) for line in lines if line.strip() and squash(line) != squash(headline.text))  # the headline itself may hold a comma


def headline_neighbours(title: str | None, blocks: list[Block], cues: HtmlCues) -> tuple[str | None, str | None]:
    """Title and the page's blocks in → (kicker above it, subtitle below it) when the page sets them as such.

    A subtitle opens with a dash or is set as a heading; a kicker is set as a heading or reads as
    a slogan; either is labelled as such in an e-paper's heads table (引题/副题), or is a row of that table beside
    the headline's. Lines that merely sit there (an author's affiliation, a byline, 原标题, a follow-us
    line) are neither.
    """
    shown = [b for b in blocks if not b.is_link]
    index = next((i for i, b in enumerate(shown) if title and squash(strip_badges(b.text, cues)) == squash(title)), None)
    if index is None:
        return None, None
    labelled = labelled_heads(shown, index, cues)
    if labelled:
        return labelled.get("kicker"), labelled.get("subtitle")

    def usable(block: Block | None) -> bool:
        return (block is not None and is_headline_like(block.text) and not is_chrome(block.text)
                and not ORIGINAL_TITLE.match(block.text) and not is_site_name(block.text, cues) and "/" not in block.text
                and squash(block.text) != squash(title or ""))

    above = shown[index - 1] if index > 0 else None
    below = shown[index + 1] if index + 1 < len(shown) else None
    kicker = above.text if above and usable(above) and (_styled_as_heading(above.owner, cues) or _slogan(above.text)
                                                        or _heads_row(above, shown[index])) else None
    subtitle = None
    if below and usable(below) and (below.text[0] in "—-―" or _styled_as_heading(below.owner, cues) or _heads_row(below, shown[index])):
        subtitle = below.text.lstrip("—-― ")
    return kicker, subtitle


def _site_names(soup: BeautifulSoup, head_title: str, cues: HtmlCues) -> set[str]:
    """Tree and its <title> in → the site's names: og:site_name and the parts of <title> beside its headline."""
    names = {squash(meta_content(soup, ("og:site_name", "application-name")) or "")} - {""}
    headline = squash(headline_of(head_title, cues, names))
    return names | {squash(part) for part in TITLE_SEPARATOR.split(head_title) if part and squash(part) not in headline}


def extract_html(html: str) -> HtmlPage:
    """HTML text in → HtmlPage (title, published, body lines) out."""
    cues = load_cues()
    soup = parse_html(html)
    truncated = "</html>" not in html[-2000:].lower()
    head_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    og_title = meta_content(soup, ("og:title", "twitter:title")) or ""
    site_names = _site_names(soup, head_title, cues)
    references = [strip_badges(headline_of(t, cues, site_names), cues) for t in (og_title, head_title) if t]
    all_lines = _normalised_lines(soup.body.get_text("\n")) if soup.body else []
    published = page_published(soup, html, all_lines, cues)
    meta = page_meta([line for line in all_lines if is_chrome(line)])

    drop_hidden(soup)
    candidates = title_candidates(soup, cues, site_names, {squash(r) for r in references})
    order = {id(tag): n for n, tag in enumerate(tags(soup))}
    strip_boilerplate(soup, cues)
    blocks = text_blocks(soup.body or soup)
    mark_teasers(blocks)
    container = body_container(blocks)
    inside = [b for b in blocks if container is not None and _inside(b.owner, container)]
    if container is not None and (len({id(b.owner) for b in inside}) == 1 or container.name in ("body", "html")):
        # paragraphs of their own side by side: the article is the fullest run of them
        own = (blocks.index(inside[0]), blocks.index(inside[-1])) if container.name not in ("body", "html") else None
        inside = densest_run(blocks, own)
    elif container is not None:
        parts = container_parts(container, blocks)
        inside = [b for b in blocks if any(_inside(b.owner, part) for part in parts)]
    inside = first_story(inside)
    # where the body starts for the headline: its first prose (a page set flat in <body> opens its container with the menu)
    opening = next((b for b in inside if b.is_prose), inside[0]) if inside else None
    body_order = order.get(id(opening.anchor or opening.owner)) if opening else None
    start = blocks.index(inside[0]) if inside else len(blocks)
    shown = {squash(block.text) for block in blocks[:start + 1]}  # the body may open with the headline
    title = choose_title(candidates, references, body_order, cues, site_names, shown) or headline_above(blocks[:start], cues, site_names)
    named = {squash(r) for r in references}
    above_prose = blocks.index(opening) if opening is not None else len(blocks)  # a heads table may open the body's container
    if (labelled := labelled_headline(blocks[:above_prose + 1], cues)) and squash(title or "") not in named:
        title = labelled  # the row an e-paper's heads table labels 主题 is the headline, unless <title> names another
    if title and _slogan(title) and squash(title) not in named:
        # a slogan across the top that <title> does not name is a banner; the line set over the article is the headline
        nearer = headline_above(blocks[:start], cues, site_names)
        title = nearer if nearer and not _slogan(nearer) and _han(nearer) >= MIN_HEADLINE_HAN else title
    if title is None and inside and is_headline(inside[0], cues, site_names) and not SENTENCE_TAIL.search(inside[0].text):
        title = inside[0].text  # the body's container opens with the headline
    title = strip_badges(normalize_text(title)[0].strip(), cues) if title else None
    lines = body_lines(inside, title, cues) or densest_prose(blocks, title, cues)
    if title is None and not lines and references:
        title = normalize_text(references[-1])[0].strip() or None  # a page of nothing but its <title>
    kicker, subtitle = headline_neighbours(title, blocks, cues)
    return HtmlPage(title=title, published=published, lines=lines, truncated=truncated, kicker=kicker,
                    subtitle=subtitle, newspaper=meta.newspaper, page=meta.page)


def _normalised_lines(text: str) -> list[str]:
    return [line for line in normalize_text(text)[0].split("\n") if line]
