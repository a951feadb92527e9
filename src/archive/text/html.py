"""HTML page in → title, publication date and body text lines, with boilerplate removed.

Structure comes from BeautifulSoup (lxml parser): the title from ``<h1>``/og:title/``<title>``,
the date from meta tags or the page's info line, the body from the element holding the most
Chinese paragraph text once navigation, share bars, related-news lists, comments and footers
are dropped. The body lines then go through the same chrome filters as plain text.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, Tag

from archive.text.dates import first_date, published_from_lines
from archive.text.normalize import normalize_text
from archive.text.split import is_chrome, is_headline_like, page_meta

warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)

DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "nav", "footer", "aside", "button", "select",
             "input", "textarea", "svg", "header", "template", "object", "embed")
BOILERPLATE_ATTR = re.compile(
    r"(^|[-_\s])(nav|navbar|menu|foot|footer|breadcrumb|crumbs?|position|location|share|bdshare|sharebar|social|"
    r"related|relate|xgxw|xgwz|recommend|hotnews|rank|comment|comments|sidebar|copyright|banner|"
    r"ads?|advert|toolbar|tools?|print|pager|page-?nav|prev|next|login|search|logo|qrcode|weixin|wechat|"
    r"editor|zrbj|bianji|statement|disclaimer|topbar|top-?bar|header|masthead)([-_\s]|$)",
    re.I,
)
BLOCK_TAGS = ("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "blockquote",
              "table", "ul", "ol", "dd", "dt", "center")
META_DATE_KEYS = ("article:published_time", "og:article:published_time", "publishdate", "pubdate", "publish_date",
                  "publishtime", "publish_time", "firstpublishedtime", "dc.date", "dc.date.issued", "date",
                  "weibo:article:create_at", "og:release_date", "datepublished")
TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|--|—|-)\s*")
HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_BODY_HAN = 20


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


def parse_html(html: str) -> BeautifulSoup:
    """HTML text in → BeautifulSoup tree (lxml parser) out."""
    return BeautifulSoup(html, "lxml")


def _han(text: str) -> int:
    return len(HAN.findall(text))


def meta_content(soup: BeautifulSoup, keys: tuple[str, ...]) -> str | None:
    """Tree and meta names/properties in → the first non-empty content out."""
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        if key in keys and tag.get("content", "").strip():
            return tag["content"].strip()
    return None


def page_title(soup: BeautifulSoup, page_lines: list[str]) -> str | None:
    """Tree and its text lines in → the article headline.

    <h1>/<h2> when it agrees with <title> or og:title; else og:title; else the part of
    <title> (split at "_", "|", "-") that the page shows as a line of its own, or the longest.
    """
    head_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    og_title = meta_content(soup, ("og:title", "title")) or ""
    h1s = [h.get_text(" ", strip=True) for h in soup.find_all(["h1", "h2"]) if _han(h.get_text())]
    for h1 in h1s:
        if h1 and (h1 in head_title or h1 in og_title):
            return h1
    if og_title:
        return og_title
    if head_title:
        parts = [p for p in TITLE_SEPARATORS.split(head_title) if _han(p)]
        shown = [p for p in parts if p in page_lines]
        return (shown or sorted(parts, key=_han, reverse=True) or [head_title])[0]
    return h1s[0] if h1s else None


def headline_neighbours(title: str | None, lines: list[str]) -> tuple[str | None, str | None]:
    """Title and page lines in → (kicker above it, subtitle below it) when the page shows them beside the title."""
    if not title or title not in lines:
        return None, None
    index = lines.index(title)
    above = lines[index - 1] if index > 0 else None
    below = lines[index + 1] if index + 1 < len(lines) else None

    def usable(line: str | None) -> str | None:
        return line if line and is_headline_like(line) and not is_chrome(line) and line != title else None

    subtitle = usable(below)
    return usable(above), subtitle.lstrip("—-― ") if subtitle else None


def page_published(soup: BeautifulSoup, text_lines: list[str]) -> str | None:
    """Tree and its text lines in → publication date (meta tags, <time>, then dated info lines) out."""
    value = meta_content(soup, META_DATE_KEYS)
    if value and (found := first_date(value)):
        return found
    for time in soup.find_all("time"):
        found = first_date(time.get("datetime", "") + " " + time.get_text(" "))
        if found:
            return found
    short = [line for line in text_lines if len(line) <= 120]
    labelled = [line for line in short if re.search(r"时间|時間|日期|发布|發布|来源|來源|稿源", line)]
    return published_from_lines(labelled) or published_from_lines([line for line in short if is_chrome(line)])


def _is_boilerplate(tag: Tag) -> bool:
    if not isinstance(tag, Tag) or tag.attrs is None:
        return False
    attrs = " ".join([tag.get("id") or ""] + list(tag.get("class") or []))
    return bool(attrs) and bool(BOILERPLATE_ATTR.search(attrs)) and tag.name not in ("body", "html")


def strip_boilerplate(soup: BeautifulSoup) -> None:
    """Tree in → same tree without navigation, share bars, related lists, comments, footers (in place)."""
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    total = _han(soup.get_text())
    for tag in soup.find_all(_is_boilerplate):
        # A wrapper holding most of the page's text is the article, whatever its class says.
        if not tag.decomposed and _han(tag.get_text()) < 0.5 * total:
            tag.decompose()


def _link_density(tag: Tag) -> float:
    linked = sum(_han(a.get_text()) for a in tag.find_all("a"))
    return linked / max(_han(tag.get_text()), 1)


def content_node(soup: BeautifulSoup) -> Tag | None:
    """Cleaned tree in → the element holding the article's paragraphs out."""
    scores: dict[int, float] = {}
    nodes: dict[int, Tag] = {}
    for p in soup.find_all(["p", "br"]):
        text = p.get_text() if p.name == "p" else (p.next_sibling if isinstance(p.next_sibling, str) else "")
        weight = _han(text or "")
        if weight < 5:
            continue
        for depth, parent in enumerate((p.parent, p.parent.parent if p.parent else None)):
            if isinstance(parent, Tag):
                scores[id(parent)] = scores.get(id(parent), 0) + weight / (depth + 1)
                nodes[id(parent)] = parent
    if not scores:
        candidates = [t for t in soup.find_all(["div", "td", "article", "section", "body"]) if _han(t.get_text()) >= MIN_BODY_HAN]
        return min(candidates, key=lambda t: (_han(t.get_text()) < MIN_BODY_HAN, len(t.find_all(True)))) if candidates else None
    best = max(scores, key=lambda key: scores[key] * (1 - _link_density(nodes[key])))
    return nodes[best]


def text_lines(node: Tag) -> list[str]:
    """Element in → its text as lines, one per block element out."""
    for tag in node.find_all(BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return [line.strip() for line in node.get_text("").split("\n") if line.strip()]


def extract_html(html: str) -> HtmlPage:
    """HTML text in → HtmlPage (title, published, body lines) out."""
    soup = parse_html(html)
    truncated = "</html>" not in html[-2000:].lower()
    all_lines = _normalised_lines(soup.get_text("\n")) if soup.body else []
    title = page_title(soup, all_lines)
    title = normalize_text(title)[0].strip() if title else None
    published = page_published(soup, all_lines)
    meta = page_meta([line for line in all_lines if is_chrome(line)])
    strip_boilerplate(soup)
    node = content_node(soup)
    lines = text_lines(node) if node is not None else []
    kicker, subtitle = headline_neighbours(title, headline_zone_lines(soup))
    return HtmlPage(title=title, published=published, lines=lines, truncated=truncated, kicker=kicker,
                    subtitle=subtitle, newspaper=meta.newspaper, page=meta.page)


def headline_zone_lines(soup: BeautifulSoup) -> list[str]:
    """Cleaned tree in → its body's text lines without link texts (lists of other stories) out."""
    if soup.body is None:
        return []
    for link in soup.body.find_all("a"):
        link.decompose()
    return _normalised_lines(soup.body.get_text("\n"))


def _normalised_lines(text: str) -> list[str]:
    return [line for line in normalize_text(text)[0].split("\n") if line]
