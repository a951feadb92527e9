"""Dev pages in → the same pages as another site or paper would set them, read the same way by a person.

Each variant changes one signal a reader does not use (or uses in another form) and keeps the
article: its headline, body, chrome and date stay what they were. HTML variants work on the
page's tree (lxml); text variants on the page's lines. ``HTML_VARIANTS`` and ``TEXT_VARIANTS``
name them; each takes the page and what is expected of it (``Expected``) and gives the rewritten
page, or None when the page has nothing the variant can change (a date only in metadata).
Every random choice comes from a ``random.Random`` seeded by the page's name: the same page
gives the same variant. Nothing here is read back into the extractor: it only builds test input.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from lxml import etree
from lxml import html as lxml_html
from opencc import OpenCC

from archive.scoring.textgen import fill_column
from archive.text.normalize import fold_width, normalize_text

SITE_NAME = "某某新闻网"
WHITESPACE = re.compile(r"[\s\u3000\xa0\u200b\u200c\u200d\ufeff]+")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# The harness's own idea of page chrome (not html.yaml's): elements a reader sees as the site's frame.
TOP_CHROME = re.compile(r"nav|menu|header|crumb|banner|topbar|top-bar|logo|search|login|channel", re.I)
BOTTOM_CHROME = re.compile(r"foot|comment|related|relate|recommend|hot|share|copyright|rank|bottom", re.I)
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
DATE_META = re.compile(r"date|time|pub", re.I)
HEADLINE_STYLE = "font-size:24px;font-weight:bold;text-align:center;margin:12px 0"
PROSE = re.compile(r"[，,。；;！？]")


@dataclass(frozen=True)
class Expected:
    """What a reader takes from the page: headline, date, first and last words of the body."""

    name: str
    title: str
    published: str | None
    body_start: str
    body_end: str


def squash(text: str) -> str:
    """Text in → without whitespace, full-width letters and digits folded (how expectations are compared)."""
    return WHITESPACE.sub("", fold_width(text))


def rng_for(expected: Expected, variant: str) -> random.Random:
    """One page and a variant name in → a generator seeded by both (stable across runs and machines)."""
    return random.Random(hashlib.sha1(f"{expected.name}/{variant}".encode()).hexdigest())


# ---- HTML: tree helpers -----------------------------------------------------------------------

def parse(text: str) -> etree._Element:
    """HTML text in → lxml document (an XML declaration, which lxml refuses on str input, dropped)."""
    return lxml_html.document_fromstring(XML_DECLARATION.sub("", text, count=1))


def serialise(document: etree._Element) -> str:
    """lxml document in → HTML text."""
    return lxml_html.tostring(document, encoding="unicode", doctype="<!DOCTYPE html>")


def _text(element: etree._Element) -> str:
    return squash("".join(element.itertext()))


def _body(document: etree._Element) -> etree._Element:
    found = document.find("body")
    return found if found is not None else document


def article_element(document: etree._Element, expected: Expected) -> etree._Element | None:
    """Document and expectations in → the smallest element holding both the body's first and last words."""
    start, end = squash(expected.body_start)[:10], squash(expected.body_end)[-10:]
    best = None
    for element in _body(document).iter():
        if not isinstance(element.tag, str):
            continue
        text = _text(element)
        if start in text and end in text:
            best = element  # iter() is depth-first: a later match lies deeper (or beside, never both hold)
    return best


def _move(element: etree._Element, into: etree._Element) -> None:
    """Moves an element into another, leaving its tail text where it stood (lxml moves tails along)."""
    tail, element.tail = element.tail, None
    previous = element.getprevious()
    parent = element.getparent()
    if tail and parent is not None:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    into.append(element)


def _wrap(element: etree._Element, tags: tuple[str, ...]) -> None:
    """Wraps an element in nested new elements (outermost first) where it stands."""
    parent = element.getparent()
    if parent is None:
        return
    outer = etree.Element(tags[0])
    inner = outer
    for tag in tags[1:]:
        inner = etree.SubElement(inner, tag)
    parent.insert(parent.index(element), outer)
    outer.tail, element.tail = element.tail, None
    inner.append(element)


def _attributes(element: etree._Element) -> str:
    return f"{element.get('id', '')} {element.get('class', '')}"


def _token(value: str) -> str:
    return "k" + hashlib.sha1(value.encode()).hexdigest()[:6]


def _replace_title(document: etree._Element, title: str) -> None:
    """Sets <title> to ``title`` and drops og:/twitter: titles (the page names only its site)."""
    for element in document.iter("title"):
        element.text = title
    for meta in list(document.iter("meta")):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:title", "twitter:title"):
            meta.getparent().remove(meta)


# ---- HTML variants ----------------------------------------------------------------------------

def reserialised(document: etree._Element, expected: Expected) -> bool:
    """The page parsed and written back (what the other variants start from)."""
    return True


def renamed_attributes(document: etree._Element, expected: Expected) -> bool:
    """Every class and id renamed to a meaningless token (one token per name, as a site's own CSS would)."""
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        for key in ("class", "id"):
            if value := element.get(key):
                element.set(key, " ".join(_token(word) for word in value.split()))
    return True


def no_attributes(document: etree._Element, expected: Expected) -> bool:
    """Every class and id removed."""
    for element in document.iter():
        if isinstance(element.tag, str):
            for key in ("class", "id"):
                element.attrib.pop(key, None)
    return True


def wrapped(document: etree._Element, expected: Expected) -> bool:
    """The article wrapped in a layout table and extra divs, and the page's top blocks in two more divs."""
    article = article_element(document, expected)
    if article is None:
        return False
    _wrap(article, ("div", "table", "tbody", "tr", "td", "div", "div"))
    body = _body(document)
    holder = etree.Element("div")
    inner = etree.SubElement(holder, "div")
    for child in list(body):
        _move(child, inner)
    body.append(holder)
    return True


def _chrome_blocks(document: etree._Element, article: etree._Element, pattern: re.Pattern, tags: tuple[str, ...],
                   title: str) -> list:
    """Top-most elements outside the article that are chrome by their tag or class/id (the harness's words);
    never one holding the headline (a reader sees the headline above the article wherever the markup puts it)."""
    keep = set(article.iterancestors()) | {article} | set(article.iterdescendants())
    found: list[etree._Element] = []
    for element in _body(document).iter():
        if not isinstance(element.tag, str) or element in keep or any(a in found for a in element.iterancestors()):
            continue
        if squash(title) in _text(element):
            continue
        if element.tag in tags or pattern.search(_attributes(element)):
            found.append(element)
    return found


WRAPPERS = ("div", "section", "article", "main", "table", "tbody", "thead", "tr", "td", "th", "center")


def flattened(document: etree._Element, expected: Expected) -> bool:
    """Every wrapper that holds only other elements taken out: the blocks that hold text stand side by side in
    <body>, as a simple CMS or a saved reader view writes them."""
    changed = False
    for element in reversed(list(_body(document).iter(*WRAPPERS))):
        direct_text = (element.text or "").strip() or any((child.tail or "").strip() for child in element)
        if not direct_text and len(element):
            element.drop_tag()
            changed = True
    return changed


def chrome_reordered(document: etree._Element, expected: Expected) -> bool:
    """Navigation and header blocks moved after the article; footer, comment and related blocks reversed in
    order and moved before the page's end (as a site that positions them with CSS writes them)."""
    article = article_element(document, expected)
    if article is None:
        return False
    top = _chrome_blocks(document, article, TOP_CHROME, ("nav", "header"), expected.title)
    bottom = [e for e in _chrome_blocks(document, article, BOTTOM_CHROME, ("footer", "aside"), expected.title) if e not in top]
    if not top and not bottom:
        return False
    anchor = article
    while anchor.getparent() is not None and anchor.getparent() is not _body(document):
        anchor = anchor.getparent()
    body = _body(document)
    for element in top:
        _move(element, body)
        body.remove(element)
        body.insert(body.index(anchor) + 1, element)
    for element in reversed(bottom):
        _move(element, body)
    return True


def paragraphs_as_breaks(document: etree._Element, expected: Expected) -> bool:
    """Every <p> turned into its text followed by two <br>s (paragraphs parted by line breaks)."""
    found = False
    for p in list(document.iter("p")):
        p.tag = "span"
        p.attrib.clear()
        p.append(etree.Element("br"))
        p.append(etree.Element("br"))
        found = True
    return found


def paragraphs_as_divs(document: etree._Element, expected: Expected) -> bool:
    """Every <p> turned into a <div>."""
    found = False
    for p in document.iter("p"):
        p.tag = "div"
        found = True
    return found


def _headline_elements(document: etree._Element, expected: Expected) -> list:
    title = squash(expected.title)
    found = []
    for element in _body(document).iter(*HEADINGS, "div", "span", "td", "p", "strong", "b", "font"):
        text = _text(element)
        if text == title or (title in text and len(text) <= len(title) + 12 and element.tag in HEADINGS):
            found.append(element)
    deepest = [e for e in found if not any(other in found for other in e.iterdescendants())]
    return deepest


def headline_styled(document: etree._Element, expected: Expected) -> bool:
    """The headline set in a <div> with inline font styling: no heading tag, no title class."""
    found = _headline_elements(document, expected)
    for element in found:
        for node in [element, *element.iterancestors()][:3]:
            if node.tag in HEADINGS or re.search(r"tit|head", _attributes(node), re.I):
                node.tag = "div" if node.tag in HEADINGS else node.tag
                node.attrib.pop("class", None)
                node.attrib.pop("id", None)
        element.set("style", HEADLINE_STYLE)
    return bool(found)


def headline_styled_site_title(document: etree._Element, expected: Expected) -> bool:
    """The styled headline, and <title>/og:title naming only the site."""
    if not headline_styled(document, expected):
        return False
    _replace_title(document, SITE_NAME)
    return True


def unseen_site(document: etree._Element, expected: Expected) -> bool:
    """All at once: classes renamed, article wrapped, chrome reordered, <p> as <div>, headline styled, site-name title."""
    changed = [step(document, expected) for step in (chrome_reordered, wrapped, paragraphs_as_divs, headline_styled_site_title,
                                                     renamed_attributes)]
    return any(changed)


# ---- HTML dates -------------------------------------------------------------------------------

def _date_pattern(iso: str) -> re.Pattern:
    year, month, day = iso.split("-")
    return re.compile(rf"(?<!\d){year}\s*[-/.年]\s*0?{int(month)}\s*[-/.月]\s*0?{int(day)}(?:\s*日)?(?!\d)")


def _drop_machine_dates(document: etree._Element) -> None:
    """Removes what gives the date to a program and not a reader: date metas, JSON-LD, <time datetime>, scripts."""
    for meta in list(document.iter("meta")):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or ""
        if DATE_META.search(key):
            meta.getparent().remove(meta)
    for script in list(document.iter("script")):
        script.getparent().remove(script)  # JSON-LD and a page's own epoch (var ct = "…") go with them
    for element in document.iter("time"):
        element.tag = "span"
        element.attrib.pop("datetime", None)
    for element in document.iter():
        if isinstance(element.tag, str):
            for key in list(element.attrib):
                if key != "style" and key != "class" and key != "id" and DATE_META.search(key):
                    del element.attrib[key]


def _redate(document: etree._Element, pattern: re.Pattern, printed: str) -> int:
    """Visible text nodes: each date matching ``pattern`` printed as ``printed``; returns how many."""
    count = 0
    for element in _body(document).iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        for slot in ("text", "tail"):
            value = getattr(element, slot)
            if value and pattern.search(value):
                new, n = pattern.subn(printed, value)
                setattr(element, slot, new)
                count += n
    return count


def date_printed(style: str) -> Callable[[etree._Element, Expected], bool]:
    """A date style in → a variant that prints the page's visible date that way (the machine-readable dates gone)."""
    def variant(document: etree._Element, expected: Expected) -> bool:
        if not expected.published:
            return False
        year, month, day = (int(part) for part in expected.published.split("-"))
        printed = {
            "chinese": f"{year}年{month}月{day}日",
            "iso": f"{year}-{month:02}-{day:02}",
            "dotted": f"{year}.{month:02}.{day:02}",
            "slashed": f"{year}/{month:02}/{day:02}",
            "month_day": f"{month:02}-{day:02}",
        }[style]
        _drop_machine_dates(document)
        if _redate(document, _date_pattern(expected.published), printed) == 0:
            return False
        if style == "month_day":  # the year is printed elsewhere: in the page's address
            head = document.find("head")
            if head is None:
                head = etree.Element("head")
                document.insert(0, head)
            link = etree.SubElement(head, "link", rel="canonical", href=f"https://news.example.org/{year}/a{month:02}{day:02}.html")
            link.tail = "\n"
        return True
    variant.__doc__ = f"The visible date printed {style}; date metas, JSON-LD, <time> and scripts removed."
    return variant


def flattened_site_title(document: etree._Element, expected: Expected) -> bool:
    """Flattened, and <title>/og:title naming only the site (the headline must be found by its place and type)."""
    if not flattened(document, expected):
        return False
    _replace_title(document, SITE_NAME)
    return True


HtmlVariant = Callable[[etree._Element, Expected], bool]
HTML_VARIANTS: dict[str, HtmlVariant] = {
    "reserialised": reserialised,
    "renamed_attributes": renamed_attributes,
    "no_attributes": no_attributes,
    "wrapped": wrapped,
    "flattened": flattened,
    "flattened_site_title": flattened_site_title,
    "chrome_reordered": chrome_reordered,
    "paragraphs_as_breaks": paragraphs_as_breaks,
    "paragraphs_as_divs": paragraphs_as_divs,
    "headline_styled": headline_styled,
    "headline_styled_site_title": headline_styled_site_title,
    "date_chinese": date_printed("chinese"),
    "date_iso": date_printed("iso"),
    "date_dotted": date_printed("dotted"),
    "date_slashed": date_printed("slashed"),
    "date_month_day": date_printed("month_day"),
    "unseen_site": unseen_site,
}


def html_variant(text: str, expected: Expected, name: str) -> str | None:
    """Page HTML, its expectations and a variant name in → the rewritten page, or None when the variant has nothing to change."""
    document = parse(text)
    if not HTML_VARIANTS[name](document, expected):
        return None
    return serialise(document)


# ---- text variants ----------------------------------------------------------------------------

# An agency lead as papers print it ("本报讯 记者… 通讯员…报道", "新华社北京1月5日电"), to take off.
LEAD_BYLINE = re.compile(
    r"^\s*(?:[\u4e00-\u9fffA-Za-z]{1,12}?(?:讯|訊)(?![员員])|[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日(?:电|電|消息))\s*"
    r"(?:[(（][^()（）]{0,60}[)）]|(?:记者|通讯员|記者|通訊員)[^。，,]{0,60}?(?:报道|報道))?\s*[:：]?\s*"
)


def _is_body_line(line: str) -> bool:
    return len(line.strip()) >= 20 and PROSE.search(line) is not None


def no_lead_byline(text: str, expected: Expected, rng: random.Random) -> str | None:
    """The 本报讯 / …电 lead taken off the first paragraph that has one."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        match = LEAD_BYLINE.match(line)
        if match and match.end() < len(line) - 10:
            lines[n] = line[:len(line) - len(line.lstrip())] + line[match.end():]
            return "\n".join(lines)
    return None


def _as_printed(text: str) -> str:
    """Page text in → as a printed page would hold it: without a mirror's pinyin glosses and with folded widths
    (a PDF of the article has neither; a gloss's removal would shift every line's width)."""
    return normalize_text(text)[0]


def column_wrapped(text: str, expected: Expected, rng: random.Random) -> str | None:
    """Every body line filled to one column width (14–30 characters), as PDF extraction gives it: breaks mid-word."""
    width = rng.randint(14, 30)
    lines = []
    for line in _as_printed(text).split("\n"):
        lines += fill_column(line.strip(), width) if _is_body_line(line) and len(line.strip()) > width else [line]
    return "\n".join(lines)


def broken_mid_word(text: str, expected: Expected, rng: random.Random) -> str | None:
    """Body lines broken once at a random place (a PDF's line end that fell there)."""
    lines = []
    for line in _as_printed(text).split("\n"):
        body = line.strip()
        if _is_body_line(line) and len(body) > 24:
            cut = rng.randint(6, len(body) - 6)
            lines += [body[:cut], body[cut:]]
        else:
            lines.append(line)
    return "\n".join(lines)


def one_per_line(text: str, expected: Expected, rng: random.Random) -> str | None:
    """Every line on its own line, no blank lines, no indents (a paragraph per line, nothing between)."""
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def double_spaced(text: str, expected: Expected, rng: random.Random) -> str | None:
    """One blank line after every line (what some copy-paste and HTML-to-text tools give)."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


@cache
def _to_traditional() -> OpenCC:
    return OpenCC("s2t")


def to_traditional(text: str) -> str:
    """Simplified text in → traditional script (OpenCC s2t)."""
    return _to_traditional().convert(text)


def traditional(text: str, expected: Expected, rng: random.Random) -> str | None:
    """The whole page in traditional script (OpenCC s2t), as a Hong Kong or Taiwan mirror prints it."""
    return to_traditional(text)


TextVariant = Callable[[str, Expected, random.Random], "str | None"]
TEXT_VARIANTS: dict[str, TextVariant] = {
    "no_lead_byline": no_lead_byline,
    "column_wrapped": column_wrapped,
    "broken_mid_word": broken_mid_word,
    "one_per_line": one_per_line,
    "double_spaced": double_spaced,
    "traditional": traditional,
}


def text_variant(text: str, expected: Expected, name: str) -> str | None:
    """Page text, its expectations and a variant name in → the rewritten page, or None when the variant has nothing to change."""
    return TEXT_VARIANTS[name](text, expected, rng_for(expected, name))
