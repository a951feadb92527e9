"""A PDF source in → its pages' articles (PageArticles) out: newspaper PDF pages as a source.

Each page is read on its own (``pdf_read``: the library call), checked for a usable text
layer, and cut into articles by its layout (``pdf_layout``: pure). A page's printed date,
paper and page label fill ``published``, ``newspaper`` and ``page``. Bad PDFs raise a
``PdfError`` (a SourceError: the source goes to the dead letters with the reason): no text
layer (a scan: OCR is not supported), a garbled text layer (fonts without a Unicode map),
encrypted, damaged, more pages than ``ARCHIVE_PDF_MAX_PAGES`` (default 50: the whole file is
refused, not cut short), a huge page, or a page of legal notices only. In a PDF whose other
pages read, a picture-only page is skipped quietly and an unreadable one flags the PDF's
articles ``pdf_page_unreadable``.
"""

from __future__ import annotations

import re

from archive.config import PdfSettings
from archive.text.byline import Byline, parse_byline, parse_credit_line
from archive.text.markers import PERSON_NAME
from archive.text.decode import common_han_share
from archive.text.pdf_layout import LaidPage, lay_out, page_meta
from archive.text.pdf_read import PdfError, PdfPage, read_pdf
from archive.text.pdf_rules import PdfRules, load_rules
from archive.text.split import PageArticle

PDF_MAGIC = b"%PDF-"
# A page with fewer glyphs than this has no text layer worth reading (a scan, a photo page).
MIN_PAGE_GLYPHS = 20
# Over this share of glyphs without a Unicode map (or in the private-use area), the layer is junk.
MAX_UNMAPPED_SHARE = 0.05
# A Chinese newspaper page is mostly Han characters; a layer of ASCII junk is not.
MIN_HAN_SHARE = 0.2
MIN_COMMON_HAN_SHARE = 0.5
HAN = re.compile(r"[\u3400-\u9fff]")
# A 文/图 credit line is short: a name or two with their roles ("文/本报记者 陈静 图/受访者提供").
WORK_CREDIT_CHARS = 30


def credit_paragraph(paragraph: str, rules: PdfRules | None = None) -> Byline | None:
    """A paragraph that is only a byline ("■本报记者 张华", "□本报记者 刘洋 通讯员 陈静", "■通讯员 赵刚") → its Byline.

    Papers set such a line of its own over a story's text or on the head's line: it is the credit, not the text.
    """
    rules = rules or load_rules()
    credit = None
    if len(paragraph) <= WORK_CREDIT_CHARS and rules.work_credit.match(paragraph):
        # "文/图 本报记者 李明", "文/本报记者 陈静 图/受访者提供", "文/图李明": the rest a credit line or a bare name
        rest = rules.work_credit_tail.sub("", rules.work_credit.sub("", paragraph, count=1)).strip()
        name = rest.replace(" ", "")
        credit = parse_credit_line(rest) or (Byline(rest, None, [name], []) if PERSON_NAME.match(name) and len(name) <= 4
                                             else Byline(rest, None, [], []) if name.endswith(("提供", "供图")) else None)
    credit = credit or parse_credit_line(paragraph)
    if credit is None and rules.credit_mark.match(paragraph):
        credit = parse_credit_line(rules.credit_mark.sub("", paragraph))
    if credit is not None:
        credit.text = paragraph
    return credit


def is_pdf(data: bytes) -> bool:
    """Bytes in → True when they are a PDF (the header may follow up to 1 kB of junk, as readers allow)."""
    return PDF_MAGIC in data[:1024]


def text_layer_problem(page: PdfPage) -> str | None:
    """A page in → why its text layer cannot be used (None when it can)."""
    count = len(page.glyphs)
    if count < MIN_PAGE_GLYPHS:
        return "no text layer (a scanned or picture-only page?); OCR is not supported"
    text = "".join(g.text for g in page.glyphs)
    junk = page.unmapped + sum(1 for ch in text if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff")
    if junk > MAX_UNMAPPED_SHARE * count:
        return (f"garbled text layer: {junk} of {count} characters have no Unicode mapping "
                "(fonts without ToUnicode); OCR is not supported")
    han = len(HAN.findall(text))
    if han < MIN_HAN_SHARE * count or common_han_share(text) < MIN_COMMON_HAN_SHARE:
        return f"text layer is not readable Chinese ({han} of {count} characters are Han); OCR is not supported"
    return None


def page_articles(laid: LaidPage, page: PdfPage, rules: PdfRules) -> list[PageArticle]:
    """A laid-out page in → PageArticles carrying the page's printed date, paper and page label."""
    meta = page_meta(laid.furniture, rules)
    out = []
    for article in laid.articles:
        paragraphs = article.paragraphs
        byline = credit_paragraph(paragraphs[0], rules) if paragraphs else None  # a credit line of its own: out of the text
        if byline is not None:
            paragraphs = paragraphs[1:]
        elif paragraphs:
            byline = parse_byline(paragraphs[0])[0]  # 本报讯（记者…）, kept in the text
        out.append(PageArticle(
            title=article.title or None, kicker=article.kicker, subtitle=article.subtitle,
            byline=byline.text if byline else None,
            reporters=list(byline.reporters) if byline else [],
            correspondents=list(byline.correspondents) if byline else [],
            headings=article.headings, paragraphs=paragraphs,
            published=meta.published, newspaper=meta.newspaper, page=meta.page,
            year_hint=int(meta.published[:4]) if meta.published else None,
            quality_flags=list(article.flags),
        ))
    return out


def pdf_articles(data: bytes, name: str, settings: PdfSettings | None = None) -> list[PageArticle]:
    """PDF bytes in → the articles of all its pages, in page order; PdfError when nothing usable is in it."""
    settings = settings or PdfSettings.from_env()
    rules = load_rules()
    articles: list[PageArticle] = []
    problems: list[str] = []
    unreadable = False  # a page with text that could not be read (not a picture-only page)
    notices = 0
    for page in read_pdf(data, name, max_pages=settings.max_pages):
        problem = text_layer_problem(page)
        if problem:
            problems.append(f"page {page.number}: {problem}")
            unreadable = unreadable or len(page.glyphs) >= MIN_PAGE_GLYPHS
            continue
        try:
            laid = lay_out(page, rules)
        except (ArithmeticError, LookupError, TypeError, ValueError) as error:  # a page no rule foresaw: a reason, not a crash
            problems.append(f"page {page.number}: its layout could not be read ({type(error).__name__}: {error})")
            unreadable = True
            continue
        notices += laid.dropped_notices
        articles.extend(page_articles(laid, page, rules))
    if articles:
        if unreadable:  # the readable pages go through; the articles say a page of the PDF was lost
            for article in articles:
                article.quality_flags.append("pdf_page_unreadable")
        return articles
    if problems:
        raise PdfError(name, problems[0] if len(problems) == 1 else f"{problems[0]} (and {len(problems) - 1} more pages)")
    if notices:
        raise PdfError(name, f"legal notices only ({notices} notice groups), no news articles")
    raise PdfError(name, "no article text found on the PDF's pages")
