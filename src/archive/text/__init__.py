"""Text stage: a Source in → clean articles (no I/O; no prefect, elasticsearch or requests).

``articles_from_source`` reads a PDF by its layout (archive.text.pdf), or decodes the bytes, recognises HTML or plain text, strips page chrome,
repairs broken lines, splits the page into articles, reads titles, bylines and dates, adds a
simplified copy of traditional-script text and flags damage. Tokens and enrichment are filled
by later stages (``archive.text.segment.Segmenter`` is the tokenizer the pipeline uses).
"""

from __future__ import annotations

from archive.model import Article, Source
from archive.text.dates import date_from_url, year_from_url
from archive.text.decode import DecodeError, decode_bytes
from archive.text.errors import BinaryInputError, EmptyInputError, InputTooLargeError, SourceError
from archive.text.html import extract_html
from archive.text.pdf import is_pdf, pdf_articles
from archive.text.script import detect_script, to_simplified
from archive.text.sniff import sniff_kind
from archive.text.split import PageArticle, split_page

__all__ = [
    "BinaryInputError",
    "DecodeError",
    "EmptyInputError",
    "InputTooLargeError",
    "PageArticle",
    "SourceError",
    "articles_from_source",
    "decode_bytes",
    "sniff_kind",
    "split_page",
]

# Larger inputs are not news pages; refusing them keeps one bad file from stalling a run.
MAX_SOURCE_BYTES = 20 * 1024 * 1024


def page_text(source: Source) -> tuple[str, str, tuple[str, ...]]:
    """Source in → (decoded text, "html" | "text", decoding flags) out; SourceError subclasses for unusable bytes."""
    if len(source.data) > MAX_SOURCE_BYTES:
        raise InputTooLargeError(source.location, f"{len(source.data)} bytes is over the {MAX_SOURCE_BYTES}-byte limit")
    kind = sniff_kind(source.data)
    if kind == "empty":
        raise EmptyInputError(source.location, "no text in input")
    if kind == "binary":
        raise BinaryInputError(source.location, "binary content (image, archive or other non-text file)")
    if source.content_type and "html" in source.content_type.lower():
        kind = "html"
    decoded = decode_bytes(source.data, declared=source.charset, name=source.location)
    return decoded.text, kind, decoded.flags


def page_articles(text: str, kind: str) -> list[PageArticle]:
    """Decoded text and its kind in → PageArticles out (HTML goes through the extractor first)."""
    if kind != "html":
        return split_page(text)
    page = extract_html(text)
    head = [page.title] if page.title else []
    articles = split_page("\n".join(head + page.lines), headlines=False)
    if not articles and page.title:
        articles = [PageArticle(title=page.title, quality_flags=["no_body"])]
    for article in articles[:1]:
        # The page's headline is authoritative; the splitter may have trimmed a column tag off it.
        if page.title and (article.title is None or article.title in page.title):
            article.title = page.title
            article.kicker = article.kicker or page.kicker
            article.subtitle = article.subtitle or page.subtitle
            article.quality_flags = [f for f in article.quality_flags if f != "no_title"]
        article.published = article.published or page.published
        article.newspaper = article.newspaper or page.newspaper
        article.page = article.page or page.page
        if article.published and not article.year_hint:
            article.year_hint = int(article.published[:4])
    if page.truncated:
        for article in articles:
            article.quality_flags.append("truncated_html")
    return articles


def to_article(source: Source, ordinal: int, page: PageArticle) -> Article:
    """Source, position and PageArticle in → archive.model.Article out (id left for the pipeline)."""
    article = Article(
        source_key=source.key, source_kind=source.kind, source_location=source.location, ordinal=ordinal,
        title=page.title or "", kicker=page.kicker, subtitle=page.subtitle, byline=page.byline,
        reporters=page.reporters, correspondents=page.correspondents, newspaper=page.newspaper, page=page.page,
        published=page.published, headings=page.headings, paragraphs=page.paragraphs,
        quality_flags=list(dict.fromkeys(page.quality_flags)),
    )
    article.year_hint = page.year_hint
    article.script = detect_script(article.title + "\n" + article.body)
    if article.script == "traditional":
        article.body_simplified = to_simplified(article.body)
        article.title_simplified = to_simplified(article.title)
    return article


def _fill_from_url(article: Article, source: Source) -> None:
    """A date or year in a fetched page's URL fills what the text left unknown (flagged)."""
    if source.kind != "url":
        return
    if not article.published and (found := date_from_url(source.location)):
        article.published = found
        article.quality_flags.append("published_from_url")
    if not article.year_hint:
        article.year_hint = int(article.published[:4]) if article.published else year_from_url(source.location)


def articles_from_source(source: Source) -> list[Article]:
    """Source in → its articles (titles, bylines, body, dates, script, flags) out; SourceError when unusable.

    A PDF (recognised by its header, whatever its name or declared type) is read by its layout
    (archive.text.pdf); other bytes are decoded and split as HTML or plain text.
    """
    decode_flags: tuple[str, ...] = ()
    if is_pdf(source.data[:1024]):
        if len(source.data) > MAX_SOURCE_BYTES:
            raise InputTooLargeError(source.location, f"{len(source.data)} bytes is over the {MAX_SOURCE_BYTES}-byte limit")
        pages = pdf_articles(source.data, source.location)
    else:
        text, kind, decode_flags = page_text(source)
        pages = page_articles(text, kind)
    if not pages:
        raise EmptyInputError(source.location, "no article text found")
    for page in pages:
        page.quality_flags = list(decode_flags) + page.quality_flags
    articles = [to_article(source, ordinal, page) for ordinal, page in enumerate(pages)]
    for article in articles:
        _fill_from_url(article, source)
    return articles
