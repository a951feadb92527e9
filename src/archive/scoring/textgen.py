"""Dev-corpus articles in → plain-text newspaper pages in many layouts, with what a reader would take out of them.

Each usable record of ``dev-corpus/articles.jsonl`` gives a title and the body prose that follows
it (chrome, captions and a cut-off last sentence left out). A page stacks 4–7 of them the way
plain text from e-papers and PDF extraction does: with or without agency bylines, one to three
blank lines between articles, paragraphs hard-wrapped at a width or broken here and there
mid-word, kickers and ——subtitles, titles over two lines, section heads inside an article.
Every choice is drawn from one seeded ``random.Random``: the same seed gives the same pages.
Pages are built at run time and never stored: the corpus stays in ``../shared``.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from archive.text.normalize import normalize_text
from archive.text.spam import clean_paragraph, is_spam_line

SENTENCE_END = "。！？!?"
HAN = re.compile(r"[\u4e00-\u9fff]")
PROSE_PUNCT = re.compile(r"[，,。！？；]")
MIN_PROSE_LINE, MAX_CAPTION = 20, 30
MIN_BODY = 80
LIST_MARKERS = "•·▪●◆■"
# Agency bylines as the corpus writes them, taken off so a page can go without them.
LEAD_BYLINE = re.compile(
    r"^(?:[\u4e00-\u9fffA-Za-z]{1,12}?(?:讯|訊)(?![员員])|[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日(?:电|電|消息))\s*"
    r"(?:[(（][^()（）]{0,60}[)）]|(?:记者|通讯员|記者|通訊員)[^。，,]{0,60}?(?:报道|報道))?\s*[:：]?\s*"
)
CHROME = re.compile(r"[<>]|content_|来源[:：]|來源[:：]|作者[:：]")

# Layout pools. Kickers carry a cue a reader sees in plain text (a 【column】, a trailing colon or
# dash, or a slogan of three short phrases); section heads are short phrases without an actor.
KICKERS = (
    "【两节送温暖】", "【劳动者之歌】", "【工会动态】", "【一线传真】", "【基层之声】",
    "聚焦职工服务:", "关注“两节”送温暖——", "工会在身边:", "新春走基层——",
    "喜迎新春 情暖职工 共建和谐", "稳岗留工 暖心服务 共迎新春",
)
SECTION_HEADS = (
    "暖心服务送到家", "技能提升有平台", "权益维护有保障", "关爱行动不停歇", "贴心举措暖人心",
    "精准帮扶解难题", "文体活动丰富多彩", "服务阵地再升级", "健康关爱进企业", "惠企政策落地生根",
    "一线职工有温度", "多方联动显成效",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂晓海燕"


@dataclass(frozen=True)
class CorpusArticle:
    """A title, an optional subtitle and body paragraphs (normalised, no byline) taken from one record."""

    id: str
    title: str
    subtitle: str | None
    paragraphs: tuple[str, ...]
    byline: str | None


@dataclass(frozen=True)
class Layout:
    """How one page is laid out."""

    paragraph_gap: int  # blank lines between paragraphs (and between the lines of a headline block)
    wrap_gap: int  # blank lines between the lines of one wrapped paragraph
    article_gaps: tuple[int, int]  # blank lines between articles: a range drawn per gap
    wrap: str  # "none" | "width" | "sparse"
    width: int
    bylines: str  # "none" | "original" | "added" | "credit_line"
    kicker_rate: float
    subtitle_rate: float
    two_line_rate: float
    section_rate: float
    indent: bool


@dataclass
class ExpectedArticle:
    title: str
    paragraphs: list[str]


@dataclass
class Page:
    """One generated page: its text, its articles as written, and the mid-sentence breaks put into it."""

    text: str
    layout: Layout
    articles: list[ExpectedArticle] = field(default_factory=list)
    breaks: list[tuple[str, str]] = field(default_factory=list)  # (text before, text after) each break


def _is_prose(line: str) -> bool:
    """A line in → True when it reads as body text: long enough, punctuated, and ending a sentence unless long."""
    if len(line) < MIN_PROSE_LINE or not PROSE_PUNCT.search(line) or CHROME.search(line):
        return False
    return len(line) >= 2 * MIN_PROSE_LINE or line.rstrip("”’」\"")[-1:] in SENTENCE_END


def _is_caption(line: str) -> bool:
    return len(line) <= MAX_CAPTION and line[-1:] in "。" and not re.search(r"[，,]", line)


def _is_subtitle(line: str) -> bool:
    return len(line) <= 40 and len(HAN.findall(line)) >= 6 and not re.search(r"[:：。]", line)


def _trim_to_sentence(paragraph: str) -> str:
    """A paragraph in → cut after its last sentence end (the excerpts stop mid-sentence)."""
    cut = max(paragraph.rfind(mark) for mark in SENTENCE_END)
    if cut < 0:
        return ""
    end = cut + 1
    while end < len(paragraph) and paragraph[end] in "”’」\"":
        end += 1
    return paragraph[:end]


def corpus_article(record: dict) -> CorpusArticle | None:
    """A dev-corpus record in → its title and body prose, or None when it has no usable title or body."""
    if not record.get("title"):
        return None
    title = normalize_text(record["title"])[0].strip()
    # a list marker before the headline ("• 标题", a page's breadcrumb list) is not part of it: the first line that
    # is the headline is where the story starts, not a repeat of it further down
    lines = [line.strip().lstrip(LIST_MARKERS).strip() for line in normalize_text(record["text"])[0].split("\n")]
    if title not in lines or len(title) < 4 or is_spam_line(title) or clean_paragraph(title)[0] != title:
        return None  # no headline line of its own, or advertising injected into it: not a headline a page prints
    lines = [line for line in lines[lines.index(title) + 1:] if line]
    start = next((i for i, line in enumerate(lines) if _is_prose(line)), None)
    if start is None:
        return None
    between = lines[:start]
    subtitle = between[0] if len(between) == 1 and _is_subtitle(between[0]) else None
    paragraphs = []
    for line in lines[start:]:
        if _is_prose(line):
            paragraphs.append(line)
        elif not _is_caption(line):
            break
    opened = [i for i, p in enumerate(paragraphs) if _strip_byline(p) != p]
    if opened:
        paragraphs = paragraphs[opened[-1]:]  # what stands above the story's byline is a caption or a summary box
    if paragraphs and paragraphs[0].startswith(title):
        paragraphs[0] = paragraphs[0][len(title):]
    byline = None
    if paragraphs and (lead := LEAD_BYLINE.match(paragraphs[0])) and lead.end() < len(paragraphs[0]):
        byline, paragraphs[0] = paragraphs[0][: lead.end()].strip(), paragraphs[0][lead.end():]
    paragraphs = [p for p in paragraphs[:-1] if p] + [_trim_to_sentence(paragraphs[-1])] if paragraphs else []
    paragraphs = [p for p in paragraphs if p]
    if sum(map(len, paragraphs)) < MIN_BODY:
        return None
    return CorpusArticle(record["id"], title, subtitle, tuple(paragraphs), byline)


def corpus_articles(shared: Path) -> list[CorpusArticle]:
    """The shared folder in → every usable dev-corpus article, in corpus order."""
    path = shared / "dev-corpus" / "articles.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [a for a in map(corpus_article, records) if a is not None]


def random_layout(rng: random.Random) -> Layout:
    """A seeded generator in → one page layout."""
    low = rng.choice((1, 1, 2))
    paragraph_gap = rng.choice((0, 0, 1))
    return Layout(
        paragraph_gap=paragraph_gap,
        wrap_gap=rng.choice((0, paragraph_gap)),
        article_gaps=(low, rng.randint(low, 3)),
        wrap=rng.choice(("none", "width", "width", "sparse")),
        width=rng.randint(14, 44),
        bylines=rng.choice(("none", "none", "none", "original", "added", "credit_line")),
        kicker_rate=rng.choice((0.0, 0.0, 0.3)),
        subtitle_rate=rng.choice((0.0, 0.3, 0.6)),
        two_line_rate=rng.choice((0.0, 0.0, 0.4)),
        section_rate=rng.choice((0.0, 0.0, 0.4)),
        indent=rng.random() < 0.3,
    )


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _byline(rng: random.Random) -> str:
    reporter, correspondent = _name(rng), _name(rng)
    return rng.choice((
        f"本报讯 记者{reporter} 通讯员{correspondent}报道 ",
        f"本报讯(记者 {reporter} 通讯员 {correspondent})",
        f"本报讯 通讯员{correspondent}报道 ",
    ))


def fill_column(paragraph: str, width: int) -> list[str]:
    """A paragraph in → lines filled to a column width, ASCII at half width as a PDF sets it."""
    lines, line, used = [], "", 0.0
    for ch in paragraph:
        step = 0.5 if ch.isascii() else 1.0
        if used + step > width:
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += step
    return lines + [line] if line else lines


def _wrap(paragraph: str, layout: Layout, rng: random.Random) -> list[str]:
    """A paragraph in → its lines as the layout breaks them."""
    if layout.wrap == "width":
        return fill_column(paragraph, layout.width)
    if layout.wrap == "sparse" and len(paragraph) > 20 and rng.random() < 0.4:
        cut = rng.randint(5, len(paragraph) - 5)
        return [paragraph[:cut], paragraph[cut:]]
    return [paragraph]


def _headline(article: CorpusArticle, layout: Layout, rng: random.Random) -> list[str]:
    """An article in → its headline block lines (kicker, title over one or two lines, subtitle)."""
    lines = [rng.choice(KICKERS)] if rng.random() < layout.kicker_rate else []
    title = article.title
    if len(title) >= 12 and rng.random() < layout.two_line_rate:
        cut = rng.randint(5, len(title) - 4)
        lines += [title[:cut].rstrip(), title[cut:].lstrip()]
    else:
        lines.append(title)
    if article.subtitle and rng.random() < layout.subtitle_rate:
        lines.append(rng.choice(("——", "—— ", "")) + article.subtitle)
    return lines


def _body(article: CorpusArticle, layout: Layout, rng: random.Random) -> list[str]:
    """An article in → its body paragraphs as printed (byline per layout, section heads inserted)."""
    paragraphs = list(article.paragraphs)
    if layout.bylines == "original" and article.byline:
        paragraphs[0] = article.byline + " " + paragraphs[0]
    elif layout.bylines == "added":
        paragraphs[0] = _byline(rng) + paragraphs[0]
    elif layout.bylines == "credit_line":
        paragraphs.insert(0, f"记者 {_name(rng)} 通讯员 {_name(rng)}")
    if len(article.paragraphs) >= 3 and rng.random() < layout.section_rate:
        first = len(paragraphs) - len(article.paragraphs) + 1
        heads = rng.sample(SECTION_HEADS, 2)
        spots = sorted(rng.sample(range(first, len(paragraphs)), 2), reverse=True)
        for spot, head in zip(spots, heads):
            paragraphs.insert(spot, "\x00" + head)  # marked: not wrapped, not a body paragraph
    return paragraphs


def _strip_byline(paragraph: str) -> str:
    lead = LEAD_BYLINE.match(paragraph)
    return paragraph[lead.end():] if lead and lead.end() < len(paragraph) else paragraph


def make_page(articles: list[CorpusArticle], layout: Layout, rng: random.Random) -> Page:
    """Articles and a layout in → the page text, the articles as written and the breaks put in."""
    page = Page(text="", layout=layout)
    chunks: list[str] = []
    paragraph_sep = "\n" * (layout.paragraph_gap + 1)
    indent = "\u3000\u3000" if layout.indent else ""
    for n, article in enumerate(articles):
        if n:
            chunks.append("\n" * rng.randint(*layout.article_gaps))
        block = list(_headline(article, layout, rng))
        for paragraph in _body(article, layout, rng):
            if paragraph.startswith("\x00"):
                block.append(paragraph[1:])
                continue
            lines = _wrap(paragraph, layout, rng)
            byline = len(paragraph) - len(_strip_byline(paragraph))
            at = 0
            for before, after in zip(lines, lines[1:]):
                at += len(before)
                if before[-1] not in SENTENCE_END and at - 8 >= byline:  # a byline is not body text
                    page.breaks.append((before[-8:], after[:8]))
            block.append(indent + ("\n" * (layout.wrap_gap + 1)).join(lines))
        chunks.append(paragraph_sep.join(block) + "\n")
        page.articles.append(ExpectedArticle(article.title, list(article.paragraphs)))
    page.text = "".join(chunks)
    return page


def make_pages(articles: list[CorpusArticle], count: int, seed: int = 10) -> list[Page]:
    """Usable articles, a page count and a seed in → that many pages of 4–7 articles, each in its own layout."""
    rng = random.Random(seed)
    pages = []
    for _ in range(count):
        layout = random_layout(rng)
        chosen = rng.sample(articles, min(len(articles), rng.randint(4, 7)))
        pages.append(make_page(chosen, layout, rng))
    return pages
