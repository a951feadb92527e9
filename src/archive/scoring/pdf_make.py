"""Articles in → a newspaper-like PDF page (reportlab, built-in CJK font STSong-Light) plus its truth.

Used by the PDF page scorer and tests (pages generated in a temp dir from the dev corpus
texts) and by ``scripts/make_sample_pdf.py`` (the demo page in samples/). A page has a header
(paper, date, 第N版 and a rule), a footer (责任编辑/美编 and the page number), 2–5 columns,
and articles set as modules: an optional kicker over the title and subtitle under it, an
optional picture with a caption, and the body flowing down one column and on into the next.
Titles may be set vertically (竖排, right of the text) or with spaces between characters.
reportlab is a dev dependency: this module is never imported by the pipeline.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

FONT = "STSong-Light"


@dataclass(frozen=True)
class SpecArticle:
    """One article to set: its headline stack, body paragraphs, and how to set it."""

    title: str
    paragraphs: tuple[str, ...]
    kicker: str | None = None
    subtitle: str | None = None
    caption: str | None = None  # a picture with this caption under it
    vertical: bool = False  # title set vertically right of the text
    spaced: bool = False  # title set with a space between characters
    span: int = 1  # columns the article spans
    jump_from: str | None = None  # a line opening the text: where the story began (（上接第1版）)
    jump_to: str | None = None  # a line closing the text: where it goes on (（下转第3版）)
    photo_only: bool = False  # a picture and its caption standing between articles, no headline or text
    boxed: bool = False  # a boxed notice (征稿启事, an ad): its title and lines in a frame; page furniture, no truth
    byline: str | None = None  # a byline line of its own opening the text (■本报记者 张华): not the story's text
    side_head: bool = False  # title set in the first column, the text in the columns right of it, level with it
    vertical_left: bool = False  # title set vertically left of the text (the text to its right)
    head_byline: str | None = None  # a byline set on the title's last line, flush right (□本报记者 刘洋): not the text
    flush_right: bool = False  # headline stack set flush right over its columns
    small_head: bool = False  # title set barely larger than the text (a letter's or a brief's head), under the rule above
    area: int = 0  # the page area (PageSpec.areas) it is set in: areas are read one after another, left to right
    strip: float | None = None  # a vertical head left of its text stands centred in a strip of this grey, as tall as the text
    label: str | None = None  # a column label over the head, reversed (white on a dark plate): furniture, not the title
    plain_label: bool = False  # the label set black, large (a 简讯 box's own head over its first item), no plate
    cartoon: str | None = None  # a cartoon after the text in its last column, with this credit line under it: not text
    vector_cartoon: bool = False  # the cartoon drawn in strokes (no picture on the page)
    signature: str | None = None  # a line of its own under the text, set right ((通讯员 丁玲)): the story's, its last words
    box_style: str = "frame"  # a boxed notice or guide: frame | rules (top and bottom only) | shade (grey, no stroke)
    items: tuple[tuple[str, str], ...] = ()  # a framed row of briefs side by side, each (head, text) in its own column
    plain_subtitle: bool = False  # the subtitle (——记…) set in the text's size, a line of its own under the head
    small_subtitle: bool = False  # the subtitle (no dash) set barely larger than the text, a line of its own under the head
    column_picture: bool = False  # the picture and caption stand in the first column only, one text line under them
    follows: str | None = None  # the title of the story a reader reads right before this one (the page's order)
    table: tuple[tuple[str, ...], ...] = ()  # a framed table under the text across its columns (rows of cells): not text
    head_mark: str | None = None  # a mark set before the title (■ before a brief's head): no part of the title
    pull_quote: str | None = None  # a quote set large between two rules inside the text's second column: not text
    info_box: tuple[str, ...] = ()  # a framed box under the text: its label (人物名片, 链接), then short lines: not text
    photo_news: bool = False  # a small head over a picture across the columns, the text a short paragraph under it
    framed: bool = False  # the whole module (its label, head and text) stands in a frame
    brief_column: bool = False  # with items: a framed column of briefs, each ■head (text size) over its text and signature


@dataclass(frozen=True)
class PageSpec:
    articles: tuple[SpecArticle, ...]
    columns: int = 4
    body_size: float = 9.0
    title_size: float = 22.0
    paper: str = "职工周报"
    date: str = "2024年3月5日 星期二"
    page_label: str = "第3版：要闻"
    width: float = 842.0
    height: float = 1191.0
    gutter: float = 1.6  # space between columns, in body type sizes
    centred: bool = False  # headline stacks centred over their module's columns (not set flush left)
    guide: tuple[str, ...] = ()  # a 导读 box under the header: other pages' headlines, each with its page
    column_weights: tuple[float, ...] = ()  # relative column widths (unequal columns); equal when empty
    areas: tuple[int, ...] = ()  # columns of each area left to right (a main area and a sidebar); one area when empty
    framed_area: int | None = None  # this area stands in a frame (a 简讯 box) from the content top to the bottom
    area_shade: float | None = None  # the framed area's grey fill (None: a stroked frame only)
    rule_width: float = 0.5  # weight of the rule under each module
    colophon: tuple[str, ...] = ()  # footer lines in the text's size and face, right under the stories (else the staff line)
    ad: tuple[str, ...] = ()  # an ad across the page under the lowest stories: the advertiser large, then lines in the text's size


@dataclass
class Truth:
    """What was set for one article: the text a reader sees as its headline stack and body."""

    title: str
    kicker: str | None
    subtitle: str | None
    body: str
    area: int = 0
    follows: str | None = None  # the title read right before this one, where the page's order says so


@dataclass
class _Cursor:
    columns: list[tuple[float, float]]  # (x0, x1) of each column
    tops: list[float] = field(default_factory=list)  # next free y (from the top) per column


def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return pdfmetrics


def wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Text in → lines that fit ``width`` at ``size`` (CJK: break between any two characters)."""
    metrics = _font()
    lines, line, used = [], "", indent
    for ch in text:
        w = metrics.stringWidth(ch, FONT, size)
        if line and used + w > width:
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += w
    if line:
        lines.append(line)
    if len(lines) > 1 and len(lines[-1]) == 1 and len(lines[-2]) > 2:
        # no character alone on a line (a widow): pdfium drops a lone glyph of a non-embedded CID font
        lines[-2], lines[-1] = lines[-2][:-1], lines[-2][-1] + lines[-1]
    return lines


def render(spec: PageSpec, path: Path) -> list[Truth]:
    """A page spec in → the PDF written to ``path``; the truth of each article set out (articles that did not fit are left out)."""
    from reportlab.pdfgen import canvas

    _font()
    pdf = canvas.Canvas(str(path), pagesize=(spec.width, spec.height))
    pdf.setTitle(spec.paper)
    margin = 36.0
    content_top = _header(pdf, spec, margin)
    if spec.guide:
        content_top = _guide(pdf, spec, margin, content_top)
    content_bottom = spec.height - margin - 24 - len(spec.colophon) * spec.body_size * 1.45 - _ad_height(spec)
    if not spec.colophon:
        _footer(pdf, spec, margin)
    gutter = spec.gutter * spec.body_size
    weights = spec.column_weights if len(spec.column_weights) == spec.columns else (1.0,) * spec.columns
    share = (spec.width - 2 * margin - gutter * (spec.columns - 1)) / sum(weights)
    columns, x = [], margin
    for weight in weights:
        columns.append((x, x + weight * share))
        x += weight * share + gutter
    areas, first = [], 0
    for count in spec.areas if sum(spec.areas) == spec.columns else (spec.columns,):
        areas.append((first, first + count))
        first += count
    if spec.framed_area is not None and spec.framed_area < len(areas):
        a0, a1 = areas[spec.framed_area]
        pad = 0.4 * gutter
        pdf.setLineWidth(0.8)
        if spec.area_shade is not None:
            pdf.setFillGray(spec.area_shade)
        pdf.rect(columns[a0][0] - pad, spec.height - content_bottom - pad, columns[a1 - 1][1] - columns[a0][0] + 2 * pad,
                 content_bottom - content_top + 2 * pad, stroke=1, fill=int(spec.area_shade is not None))
        pdf.setFillGray(0)
    tops = [content_top] * spec.columns
    truths: list[Truth] = []
    for article in spec.articles:
        a0, a1 = areas[min(article.area, len(areas) - 1)]
        span = max(1, min(article.span, a1 - a0))
        # the module goes where its columns are highest (first fit, left to right)
        start = min(range(a0, a1 - span + 1), key=lambda i: (max(tops[i:i + span]), i))
        top = max(tops[start:start + span]) + (spec.body_size if top_used(tops, start, span, content_top) else 0)
        used: tuple[float, Truth | None] | None
        if article.items:
            set_items = _set_brief_column if article.brief_column else _set_brief_row
            row = set_items(pdf, spec, article, columns[start:start + span], top, content_bottom)
            if row is None:
                continue
            for item in row[1]:
                item.area = article.area
            truths += row[1]
            used = row[0], None
        elif article.photo_news:
            used = _set_photo_news(pdf, spec, article, columns[start:start + span], top, content_bottom)
        elif article.photo_only:
            used = _set_photo(pdf, spec, article, columns[start:start + span], top, content_bottom)
        elif article.boxed:
            used = _set_box(pdf, spec, article, columns[start:start + span], top, content_bottom)
        else:
            used = _set_article(pdf, spec, article, columns[start:start + span], top, content_bottom)
        if used is None:
            continue
        bottom, truth = used
        if truth is not None:
            truth.area = article.area
            truths.append(truth)
        for i in range(start, start + span):
            tops[i] = bottom + spec.body_size
        x0, x1 = columns[start][0], columns[start + span - 1][1]
        pdf.setLineWidth(spec.rule_width)
        pdf.line(x0, spec.height - bottom - 0.6 * spec.body_size, x1, spec.height - bottom - 0.6 * spec.body_size)
    if spec.ad:  # right under the lowest module, across the page: the advertiser's name large, its lines under it
        y = max(tops)
        big = spec.body_size * 1.8
        _draw_lines(pdf, [(margin, y, spec.ad[0])], big, spec.height)
        _draw_lines(pdf, [(margin, y + big * 1.4 + i * spec.body_size * 1.45, line) for i, line in enumerate(spec.ad[1:])],
                    spec.body_size, spec.height)
        tops = [y + _ad_height(spec)] * len(tops)
    if spec.colophon:  # right under the lowest module, in the text's size and face, flush left
        y = max(tops)
        _draw_lines(pdf, [(margin, y + i * spec.body_size * 1.45, line) for i, line in enumerate(spec.colophon)],
                    spec.body_size, spec.height)
    pdf.showPage()
    pdf.save()
    return truths


def _ad_height(spec: PageSpec) -> float:
    return spec.body_size * (1.8 * 1.4 + 1.45 * (len(spec.ad) - 1) + 1) if spec.ad else 0.0


def top_used(tops: list[float], start: int, span: int, content_top: float) -> bool:
    return max(tops[start:start + span]) > content_top


def _header(pdf, spec: PageSpec, margin: float) -> float:
    y = spec.height - margin
    pdf.setFont(FONT, 26)
    pdf.drawString(margin, y - 26, spec.paper)
    pdf.setFont(FONT, 9)
    pdf.drawRightString(spec.width - margin, y - 12, spec.page_label)
    pdf.drawRightString(spec.width - margin, y - 26, spec.date)
    pdf.setLineWidth(1.5)
    pdf.line(margin, y - 34, spec.width - margin, y - 34)
    return margin + 58


def _guide(pdf, spec: PageSpec, margin: float, top: float) -> float:
    """A boxed 导读 strip under the header: its label, then one line per entry; the new content top."""
    body = spec.body_size
    label = body * 1.6
    bottom = top + label + len(spec.guide) * body * 1.6 + body
    pdf.setLineWidth(0.8)
    pdf.rect(margin, spec.height - bottom, spec.width - 2 * margin, bottom - top)
    _draw_lines(pdf, [(margin + body, top + 0.4 * body, "导 读")], label, spec.height)
    _draw_lines(pdf, [(margin + body, top + label + 0.6 * body + i * body * 1.6, entry) for i, entry in enumerate(spec.guide)],
                body + 0.5, spec.height)
    return bottom + body


def _set_photo(pdf, spec: PageSpec, article: SpecArticle, columns: list[tuple[float, float]], top: float,
               bottom_limit: float) -> tuple[float, None] | None:
    """A picture across the columns with its caption under it (a photo standing between stories): no truth."""
    body = spec.body_size
    x0, x1 = columns[0][0], columns[-1][1]
    picture_bottom = top + 8 * body * 1.5
    caption = wrap(article.caption or "", x1 - x0, body - 0.5)
    bottom = picture_bottom + 0.4 * body + len(caption) * (body - 0.5) * 1.4
    if bottom > bottom_limit:
        return None
    pdf.drawImage(_picture(), x0, spec.height - picture_bottom, x1 - x0, picture_bottom - top)
    _draw_lines(pdf, [(x0, picture_bottom + 0.4 * body + i * (body - 0.5) * 1.4, t) for i, t in enumerate(caption)],
                body - 0.5, spec.height)
    return bottom, None


def _set_box(pdf, spec: PageSpec, article: SpecArticle, columns: list[tuple[float, float]], top: float,
             bottom_limit: float) -> tuple[float, None] | None:
    """A boxed notice across the columns (征稿启事, an ad): a frame, its title centred a little larger, its lines: no truth."""
    body = spec.body_size
    x0, x1 = columns[0][0], columns[-1][1]
    head = body * 1.6
    lines = [line for p in article.paragraphs for line in wrap(p, x1 - x0 - 2 * body, body, indent=2 * body)]
    heads = wrap(article.title, x1 - x0 - 2 * body, head)  # (a head wider than the box takes two lines)
    bottom = top + body + head * 1.4 * len(heads) + len(lines) * body * 1.45 + body
    if bottom > bottom_limit:
        return None
    if article.box_style == "shade":  # a grey ground, no stroke
        pdf.setFillGray(0.88)
        pdf.rect(x0, spec.height - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        pdf.setFillGray(0)
    elif article.box_style == "rules":  # a heavy rule over and under it, no sides
        pdf.setLineWidth(1.5)
        pdf.line(x0, spec.height - top, x1, spec.height - top)
        pdf.line(x0, spec.height - bottom, x1, spec.height - bottom)
    else:
        pdf.setLineWidth(0.8)
        pdf.rect(x0, spec.height - bottom, x1 - x0, bottom - top)
    _draw_lines(pdf, [((x0 + x1 - _font().stringWidth(line, FONT, head)) / 2, top + body + k * head * 1.4, line)
                      for k, line in enumerate(heads)], head, spec.height)
    first = top + body + head * 1.4 * len(heads)
    placed, k = [], 0
    for p in article.paragraphs:
        for j, line in enumerate(wrap(p, x1 - x0 - 2 * body, body, indent=2 * body)):
            placed.append((x0 + body + (2 * body if j == 0 else 0), first + k * body * 1.45, line))
            k += 1
    _draw_lines(pdf, placed, body, spec.height)
    return bottom, None


def _set_brief_row(pdf, spec: PageSpec, article: SpecArticle, columns: list[tuple[float, float]], top: float,
                   bottom_limit: float) -> tuple[float, list[Truth]] | None:
    """A framed row of briefs side by side (县内简讯): the box's label over the first, then each item in a column of its
    own, its small head level with the others' and its text under it; a truth per item."""
    body = spec.body_size
    count = min(len(article.items), len(columns))
    if count < 2:
        return None
    x0, x1 = columns[0][0], columns[count - 1][1]
    pad = 0.5 * body
    label_size = body * 1.6 if article.plain_label else body * 1.2
    heads_top = top + pad + label_size * 1.4 + 0.4 * body
    head_size = body * 1.15
    leading = body * 1.45
    placed: list[list[tuple[float, float, str]]] = []  # per item: its head's lines, then its text lines
    heads: list[int] = []  # per item: how many lines its head takes
    bottom = heads_top
    for (head, text), (c0, c1) in zip(article.items, columns[:count]):
        lines = wrap(text, c1 - c0, body, indent=2 * body)
        head_lines = wrap(head, c1 - c0, head_size)  # (a head wider than its column takes two lines)
        first = heads_top + len(head_lines) * head_size * 1.3 + 0.2 * head_size
        rows = [(c0 + (2 * body if i == 0 else 0), first + i * leading, line) for i, line in enumerate(lines)]
        placed.append([(c0, heads_top + k * head_size * 1.3, line) for k, line in enumerate(head_lines)] + rows)
        heads.append(len(head_lines))
        bottom = max(bottom, first + len(lines) * leading)
    bottom += pad
    if bottom > bottom_limit:
        return None
    _brief_box(pdf, spec, article, (x0 - pad, top, x1 + pad, bottom), label_size)
    for item_lines, head_count in zip(placed, heads):
        _draw_lines(pdf, item_lines[:head_count], head_size, spec.height)
        _draw_lines(pdf, item_lines[head_count:], body, spec.height)
    titles = [head for head, _ in article.items[:count]]
    return bottom, [Truth(title=head, kicker=None, subtitle=None, body=text, follows=titles[i - 1] if i else None)
                    for i, (head, text) in enumerate(article.items[:count])]


def _brief_box(pdf, spec: PageSpec, article: SpecArticle, frame: tuple[float, float, float, float], label_size: float) -> None:
    """A box of briefs' frame (x0, top, x1, bottom) and its label at the top left, black or white on a plate."""
    fx0, top, fx1, bottom = frame
    pad = 0.5 * spec.body_size
    x0 = fx0 + pad
    pdf.setLineWidth(0.8)
    pdf.rect(fx0, spec.height - bottom, fx1 - fx0, bottom - top)
    label = article.label or "简讯"
    if article.plain_label:
        _draw_lines(pdf, [(x0, top + pad, label)], label_size, spec.height)
    else:
        width = _font().stringWidth(label, FONT, label_size) + label_size
        pdf.setFillGray(0.2)
        pdf.rect(x0, spec.height - top - pad - label_size * 1.4, width, label_size * 1.4, stroke=0, fill=1)
        pdf.setFillGray(1)
        _draw_lines(pdf, [(x0 + 0.5 * label_size, top + pad + 0.2 * label_size, label)], label_size, spec.height)
        pdf.setFillGray(0)


def _set_brief_column(pdf, spec: PageSpec, article: SpecArticle, columns: list[tuple[float, float]], top: float,
                      bottom_limit: float) -> tuple[float, list[Truth]] | None:
    """A framed column of briefs (工会简讯): the box's label, then each item down the column, its head led by ■ in the
    text's size (or barely larger) over its text; a truth per item, its title without the mark."""
    body = spec.body_size
    x0, x1 = columns[0][0], columns[-1][1]
    pad = 0.5 * body
    label_size = body * 1.6 if article.plain_label else body * 1.2
    head_size = body * (1.1 if article.small_head else 1.0)
    leading = body * 1.45
    placed_heads: list[tuple[float, float, str]] = []
    placed_text: list[tuple[float, float, str]] = []
    y = top + pad + label_size * 1.4 + 0.4 * body
    for head, text in article.items:
        for line in wrap((article.head_mark or "■") + head, x1 - x0, head_size):
            placed_heads.append((x0, y, line))
            y += head_size * 1.35
        for j, line in enumerate(wrap(text, x1 - x0, body, indent=2 * body)):
            placed_text.append((x0 + (2 * body if j == 0 else 0), y, line))
            y += leading
        y += 0.5 * body
    bottom = y + pad
    if bottom > bottom_limit:
        return None
    _brief_box(pdf, spec, article, (x0 - pad, top, x1 + pad, bottom), label_size)
    _draw_lines(pdf, placed_heads, head_size, spec.height)
    _draw_lines(pdf, placed_text, body, spec.height)
    titles = [head for head, _ in article.items]
    return bottom, [Truth(title=head, kicker=None, subtitle=None, body=text, follows=titles[i - 1] if i else None)
                    for i, (head, text) in enumerate(article.items)]


def _set_photo_news(pdf, spec: PageSpec, article: SpecArticle, columns: list[tuple[float, float]], top: float,
                    bottom_limit: float) -> tuple[float, Truth] | None:
    """A photo news item (图片新闻): a small head over a picture across the columns, its short text under the picture
    ending in the photographer's credit (…（本报记者 李明 摄）): that text is the item's, no caption of another story."""
    body = spec.body_size
    x0, x1 = columns[0][0], columns[-1][1]
    head_size = body * 1.4
    heads = wrap(article.title, x1 - x0, head_size)
    picture_top = top + len(heads) * head_size * 1.3 + 0.4 * body
    picture_bottom = picture_top + 7 * body * 1.5
    leading = body * 1.45
    lines = [(j, line) for p in article.paragraphs for j, line in enumerate(wrap(p, x1 - x0, body, indent=2 * body))]
    bottom = picture_bottom + 0.5 * body + len(lines) * leading
    if bottom > bottom_limit:
        return None
    _draw_lines(pdf, [(x0, top + i * head_size * 1.3, t) for i, t in enumerate(heads)], head_size, spec.height)
    pdf.drawImage(_picture(), x0, spec.height - picture_bottom, x1 - x0, picture_bottom - picture_top)
    _draw_lines(pdf, [(x0 + (2 * body if j == 0 else 0), picture_bottom + 0.5 * body + k * leading, line)
                      for k, (j, line) in enumerate(lines)], body, spec.height)
    return bottom, Truth(title=article.title, kicker=None, subtitle=None, body="".join(article.paragraphs),
                         follows=article.follows)


def _footer(pdf, spec: PageSpec, margin: float) -> None:
    pdf.setFont(FONT, 8)
    pdf.drawString(margin, margin - 8, "责任编辑：王立新 美编：陈晓")
    pdf.drawRightString(spec.width - margin, margin - 8, "3")


def _picture() -> object:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    buffer = io.BytesIO()
    Image.new("L", (40, 24), 170).save(buffer, format="PNG")
    buffer.seek(0)
    return ImageReader(buffer)


def _draw_lines(pdf, lines: list[tuple[float, float, str]], size: float, height: float, char_space: float = 0.0) -> None:
    pdf.setFont(FONT, size)
    for x, top, text in lines:
        if char_space:
            obj = pdf.beginText(x, height - top - size * 0.88)
            obj.setFont(FONT, size)
            obj.setCharSpace(char_space)
            obj.textOut(text)
            obj.setCharSpace(0)  # character spacing is text state: it would carry on into later text
            pdf.drawText(obj)
        else:
            pdf.drawString(x, height - top - size * 0.88, text)


def _draw_vertical(pdf, x: float, top: float, size: float, text: str, height: float) -> None:
    """One character per line down from (x, top), in one text object (pdfium drops lone ones, see wrap)."""
    obj = pdf.beginText(x, height - top - size * 0.88)
    obj.setFont(FONT, size)
    obj.setLeading(size * 1.05)
    for ch in text:
        obj.textLine(ch)
    pdf.drawText(obj)


def _set_article(pdf, spec: PageSpec, article: SpecArticle, columns: list[tuple[float, float]], top: float,
                 bottom_limit: float) -> tuple[float, Truth] | None:
    """Set one article module from ``top`` down; None when even its headline and a few lines do not fit."""
    body = spec.body_size
    x0, x1 = columns[0][0], columns[-1][1]
    title_size = spec.title_size if len(columns) > 1 else max(spec.title_size * 0.8, body * 1.6)
    if article.small_head:
        title_size = body * 1.15
    text_columns = list(columns)
    y = top
    plan: list[tuple[float, list[tuple[float, float, str]], float]] = []  # (size, lines, char space)
    vertical: tuple[float, float, float, str] | None = None
    plate: tuple[float, float, float, float, str] | None = None
    if article.label and not (article.vertical or article.vertical_left):
        # a reversed column label (评论 columns, 维权问答) over the head: white type on a dark plate
        size = body * (1.6 if article.plain_label else 1.2)
        width = _font().stringWidth(article.label, FONT, size) + size
        plate = (x0, y, width, size * (1.3 if article.plain_label else 1.6), article.label)
        y += plate[3] + 0.5 * body
    strip = 0.0
    if article.vertical:
        # the title stands in its own narrow column at the right, the text to its left
        vx = x1 - title_size
        vertical = (vx, y, title_size, article.title)
        last_x0, last_x1 = text_columns[-1]
        text_columns[-1] = (last_x0, min(last_x1, vx - 1.5 * body))
        title_bottom = y + len(article.title) * title_size * 1.05
    elif article.vertical_left:
        # the title stands in its own narrow column at the left, the text to its right
        strip = title_size + body if article.strip is not None else 0.0
        vertical = (x0 + strip / 2 - title_size / 2 if strip else x0, y, title_size, article.title)
        first_x0, first_x1 = text_columns[0]
        text_columns[0] = (max(first_x0, x0 + max(strip, title_size) + 1.5 * body), first_x1)
        title_bottom = y + len(article.title) * title_size * 1.05
    elif article.side_head and len(columns) > 1:
        # the title (and its stack) fills the first column, the text runs in the columns right of it from its top
        c0, c1 = columns[0]
        size = min(title_size, (c1 - c0) / 5)
        lines = wrap(article.title, c1 - c0, size)
        plan.append((size, [(c0, y + i * size * 1.25, t) for i, t in enumerate(lines)], 0.0))
        title_bottom = y + len(lines) * size * 1.25
        text_columns = text_columns[1:]
    else:
        if article.kicker:
            size = max(body * 1.4, title_size * 0.55)
            lines = wrap(article.kicker, x1 - x0, size)
            plan.append((size, [(x0, y + i * size * 1.3, t) for i, t in enumerate(lines)], 0.0))
            y += len(lines) * size * 1.3 + 0.2 * size
        space = title_size * 0.5 if article.spaced else 0.0
        width = x1 - x0 - (space * 40 if space else 0)
        lines = wrap(article.title, max(width, title_size * 4), title_size) if not space else \
            _spaced_lines(article.title, x1 - x0, title_size, space)
        plan.append((title_size, [(x0, y + i * title_size * 1.25, t) for i, t in enumerate(lines)], space))
        y += len(lines) * title_size * 1.25 + 0.2 * title_size
        if article.subtitle:
            size = body if article.plain_subtitle else body * 1.15 if article.small_subtitle else max(body * 1.4, title_size * 0.6)
            lines = wrap(article.subtitle, x1 - x0, size)
            plan.append((size, [(x0, y + i * size * 1.3, t) for i, t in enumerate(lines)], 0.0))
            y += len(lines) * size * 1.3
        y += body
        title_bottom = y
    picture = None
    caption_lines: list[tuple[float, float, str]] = []
    text_top = top if article.vertical or article.vertical_left or (article.side_head and len(columns) > 1) else y
    if article.caption and not (article.column_picture and len(text_columns) > 1):
        tx0, tx1 = text_columns[0][0], text_columns[-1][1]
        picture = (tx0, text_top, tx1, text_top + 6 * body * 1.5)
        cap = wrap(article.caption, tx1 - tx0, body - 0.5)
        caption_top = picture[3] + 0.4 * body
        caption_lines = [(tx0, caption_top + i * (body - 0.5) * 1.4, t) for i, t in enumerate(cap)]
        text_top = caption_top + len(cap) * (body - 0.5) * 1.4 + body
    leading = body * 1.45
    col_widths = [c1 - c0 for c0, c1 in text_columns]
    quote_column = 1 if len(text_columns) > 1 else 0
    quote_size = body * 1.5
    quote = wrap(article.pull_quote, col_widths[quote_column], quote_size) if article.pull_quote else []
    quote_height = len(quote) * quote_size * 1.3 + 1.6 * body if quote else 0.0
    info_height = (len(article.info_box) + 1) * body * 1.45 + body if article.info_box else 0.0
    # every column gets the same number of lines: the text runs down one and on into the next
    paragraphs = list(article.paragraphs)
    while paragraphs:
        wrapped = [(i, j, line) for i, p in enumerate(paragraphs)
                   for j, line in enumerate(wrap(p, min(col_widths), body, indent=2 * body))]
        per_column = -(-len(wrapped) // len(text_columns))
        if text_top + per_column * leading + quote_height + info_height <= bottom_limit:
            break
        paragraphs = paragraphs[:-1] if len(paragraphs) > 1 else []
    if not paragraphs:
        return None
    if article.caption and article.column_picture and len(text_columns) > 1:
        # the picture and its caption fill the first column over one text line; the text runs on into the next columns
        per_column = -(-(len(wrapped) - 1) // (len(text_columns) - 1))
        c0, c1 = text_columns[0]
        cap = wrap(article.caption, c1 - c0, body - 0.5)
        line_top = text_top + (per_column - 1) * leading
        caption_top = line_top - 0.5 * body - len(cap) * (body - 0.5) * 1.4
        picture = (c0, text_top, c1, caption_top - 0.4 * body)
        caption_lines = [(c0, caption_top + i * (body - 0.5) * 1.4, t) for i, t in enumerate(cap)]
        if picture[3] - picture[1] < 4 * body:
            return None
    if spec.centred or article.flush_right:
        plan = [(size, _centred(placed, x0, x1, size, space, right=article.flush_right), space) for size, placed, space in plan]
    if article.head_byline and plan and not vertical:
        _, placed, _ = plan[-1] if not article.subtitle else plan[-2]
        width = _font().stringWidth(article.head_byline, FONT, body)
        last_x, last_top, last_text = placed[-1]
        size = title_size
        if last_x + _font().stringWidth(last_text, FONT, size) + width + 2 * body <= x1:
            plan.append((body, [(x1 - width, last_top + size - body * 1.1, article.head_byline)], 0.0))
        else:
            article = replace(article, head_byline=None)
    if plate and article.plain_label:
        px, ptop, _, pheight, label = plate
        _draw_lines(pdf, [(px, ptop, label)], pheight / 1.3, spec.height)
    elif plate:
        px, ptop, pwidth, pheight, label = plate
        pdf.setFillGray(0.2)
        pdf.rect(px, spec.height - ptop - pheight, pwidth, pheight, stroke=0, fill=1)
        pdf.setFillGray(1)
        _draw_lines(pdf, [(px + 0.5 * body * 1.2, ptop + 0.3 * body * 1.2, label)], body * 1.2, spec.height)
        pdf.setFillGray(0)
    for size, placed, space in plan:
        _draw_lines(pdf, placed, size, spec.height, space)
    if vertical and strip:
        # the strip runs the text's height, the head centred in it
        text_bottom = max(text_top + per_column * leading, top + len(article.title) * title_size * 1.05)
        pdf.setFillGray(article.strip or 0.85)
        pdf.rect(x0, spec.height - text_bottom, strip, text_bottom - top, stroke=0, fill=1)
        pdf.setFillGray(0)
        head = len(article.title) * title_size * 1.05
        vertical = (vertical[0], top + max(0.0, (text_bottom - top - head) / 2), vertical[2], vertical[3])
        title_bottom = max(title_bottom, text_bottom)
    if vertical:
        _draw_vertical(pdf, *vertical, spec.height)
    if picture:
        px0, ptop, px1, pbottom = picture
        pdf.drawImage(_picture(), px0, spec.height - pbottom, px1 - px0, pbottom - ptop)
        _draw_lines(pdf, caption_lines, body - 0.5, spec.height)
    body_lines = []
    for k, (_, j, line) in enumerate(wrapped):
        column, row = k // per_column, k % per_column
        if article.column_picture and picture is not None and len(text_columns) > 1:  # one line under the caption
            column, row = (0, per_column - 1) if k == 0 else (1 + (k - 1) // per_column, (k - 1) % per_column)
        c0, _ = text_columns[column]
        x = c0 + (2 * body if j == 0 else 0)
        body_lines.append((x, text_top + row * leading, line))
    if article.byline:  # on a line of its own above the text, set left (the text moves down a line)
        body_lines = [(x, y + leading, line) for x, y, line in body_lines]
        body_lines.insert(0, (text_columns[0][0], text_top, article.byline))
    if article.jump_from:  # on a line of its own above the text, set right (the text moves down a line)
        body_lines = [(x, y + leading, line) for x, y, line in body_lines]
        c0, c1 = text_columns[0]
        body_lines.insert(0, (c1 - _font().stringWidth(article.jump_from, FONT, body), text_top, article.jump_from))
    if quote:  # a third of the way down the second column, between two rules; the column's lines under it move down
        q0, q1 = text_columns[quote_column]
        column_lines = sorted(y for x, y, _ in body_lines if q0 - 1 <= x <= q1)
        if column_lines:
            quote_top = column_lines[len(column_lines) // 3]
            body_lines = [(x, y + quote_height if q0 - 1 <= x <= q1 and y >= quote_top else y, line) for x, y, line in body_lines]
            pdf.setLineWidth(1.2)
            for rule_y in (quote_top + 0.2 * body, quote_top + quote_height - 0.6 * body):
                pdf.line(q0, spec.height - rule_y, q1, spec.height - rule_y)
            _draw_lines(pdf, [(q0, quote_top + 0.7 * body + i * quote_size * 1.3, t) for i, t in enumerate(quote)],
                        quote_size, spec.height)
    if article.jump_to:  # on a line of its own under the text's last line, set right
        last_x, last_y, _ = body_lines[-1]
        c0, c1 = next(c for c in text_columns if c[0] <= last_x <= c[1])
        body_lines.append((c1 - _font().stringWidth(article.jump_to, FONT, body), last_y + leading, article.jump_to))
    if article.signature:  # on a line of its own under the text's last line, set right
        last_x, last_y, _ = body_lines[-1]
        c0, c1 = next(c for c in text_columns if c[0] <= last_x <= c[1])
        body_lines.append((c1 - _font().stringWidth(article.signature, FONT, body), last_y + leading, article.signature))
    _draw_lines(pdf, body_lines, body, spec.height)
    bottom = max(max(y for _, y, _ in body_lines) + leading, title_bottom)
    if article.cartoon:  # a cartoon under the text's last line, its credit under it
        last_x, last_y, _ = body_lines[-1]
        c0, c1 = next(c for c in text_columns if c[0] <= last_x <= c[1])
        picture_top = last_y + leading + 0.5 * body
        credit = wrap(article.cartoon, c1 - c0, body - 0.5)
        end = picture_top + 6 * body + 0.4 * body + len(credit) * (body - 0.5) * 1.4
        if end <= bottom_limit:
            if article.vector_cartoon:  # drawn, not a picture: strokes a reader sees, no image on the page
                pdf.setLineWidth(0.6)
                for k in range(6):
                    pdf.line(c0 + k * (c1 - c0) / 6, spec.height - picture_top - k * body, c1 - k * (c1 - c0) / 8,
                             spec.height - picture_top - 6 * body + k * body / 2)
            else:
                pdf.drawImage(_picture(), c0, spec.height - picture_top - 6 * body, c1 - c0, 6 * body)
            _draw_lines(pdf, [(c0, picture_top + 6 * body + 0.4 * body + i * (body - 0.5) * 1.4, t) for i, t in enumerate(credit)],
                        body - 0.5, spec.height)
            bottom = max(bottom, end)
    if article.table:  # framed, across the module's columns under the text, a rule under its header row
        rows = len(article.table)
        table_top = bottom + 0.5 * body
        end = table_top + (rows + 0.6) * body * 1.6
        if end <= bottom_limit:
            pdf.setLineWidth(0.6)
            pdf.rect(x0, spec.height - end, x1 - x0, end - table_top)
            pdf.line(x0, spec.height - table_top - 1.6 * body - 0.3 * body, x1, spec.height - table_top - 1.6 * body - 0.3 * body)
            cells = len(article.table[0])
            width = (x1 - x0 - body) / cells
            _draw_lines(pdf, [(x0 + 0.5 * body + k * width, table_top + 0.4 * body + r * body * 1.6, cell)
                              for r, row in enumerate(article.table) for k, cell in enumerate(row)], body, spec.height)
            bottom = end
    if article.info_box:  # framed under the text across the module: its label a little larger, then its short lines
        box_top = bottom + 0.5 * body
        end = box_top + info_height
        if end <= bottom_limit:
            pdf.setLineWidth(0.8)
            pdf.rect(x0, spec.height - end, x1 - x0, end - box_top)
            _draw_lines(pdf, [(x0 + body, box_top + 0.4 * body, article.info_box[0])], body * 1.2, spec.height)
            _draw_lines(pdf, [(x0 + body, box_top + 0.4 * body + (i + 1) * body * 1.45, line)
                              for i, line in enumerate(article.info_box[1:])], body, spec.height)
            bottom = end
    if article.framed:  # the module in a frame, its label and head inside
        pad = 0.4 * body
        pdf.setLineWidth(0.8)
        pdf.rect(x0 - pad, spec.height - bottom - pad, x1 - x0 + 2 * pad, bottom - top + 1.5 * pad)
    truth = Truth(title=article.title, kicker=article.kicker, subtitle=article.subtitle,
                  body="".join(paragraphs) + (article.signature or ""), follows=article.follows)
    return bottom, truth


def _centred(lines: list[tuple[float, float, str]], x0: float, x1: float, size: float, space: float,
             right: bool = False) -> list[tuple[float, float, str]]:
    """Head lines set from ``x0`` in → the same lines centred between ``x0`` and ``x1`` (or set flush right)."""
    metrics = _font()
    share = 1.0 if right else 0.5
    return [(x0 + max(0.0, x1 - x0 - metrics.stringWidth(text, FONT, size) - space * len(text)) * share, top, text)
            for _, top, text in lines]


def _spaced_lines(title: str, width: float, size: float, space: float) -> list[str]:
    per_line = max(1, int(width // (size + space)))
    lines = [title[i:i + per_line] for i in range(0, len(title), per_line)]
    if len(lines) > 1 and len(lines[-1]) == 1 and len(lines[-2]) > 2:  # no widow: see wrap
        lines[-2], lines[-1] = lines[-2][:-1], lines[-2][-1] + lines[-1]
    return lines


# ---- pages from the dev corpus ------------------------------------------------------------

def corpus_articles(path: Path) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """articles.jsonl in → (title, the short line under it, body paragraphs) per article with a body."""
    import json

    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(raw)
        title = (row.get("title") or "").strip()
        lines = [line.strip() for line in (row.get("text") or "").splitlines()]
        if not title or title not in lines:
            continue
        after = lines[lines.index(title) + 1:]
        paragraphs = tuple(line for line in after if len(line) >= 30 and ("。" in line or "，" in line or "," in line))
        short = next((line for line in after[:3] if line and len(line) < 30 and line != title), None)
        if paragraphs:
            out.append((title, short, paragraphs))
    return out


GUIDE = ("▶ 全国总工会部署开展“两节”送温暖活动 第2版", "▶ 新就业形态劳动者入会集中行动启动 第4版",
         "▶ 职工书屋建设再上新台阶 第6版")
PHOTO_CAPTIONS = ("春节前夕，市总工会志愿者为环卫工人送上热腾腾的饺子。本报记者 王晓 摄",
                  "▲ 在技能大赛现场，选手们正在进行焊接比赛。通讯员 赵刚 供图")


def print_habits(specs: list[PageSpec], seed: int) -> list[PageSpec]:
    """Page specs in → the same pages with what papers print besides stories: a 导读 box under the header
    (every other page), a story's jump lines (上接第1版 over its text, 下转第3版 under it), and a picture
    with its caption standing alone between two stories."""
    rng = random.Random(seed)
    out = []
    for number, spec in enumerate(specs):
        articles = list(spec.articles)
        first, last = rng.randrange(len(articles)), rng.randrange(len(articles))
        articles[first] = replace(articles[first], jump_to=f"（下转第{rng.randint(2, 8)}版）")
        articles[last] = replace(articles[last], jump_from=f"（上接第{rng.randint(1, 3)}版）")
        photo = SpecArticle(title="", paragraphs=(), caption=PHOTO_CAPTIONS[number % len(PHOTO_CAPTIONS)],
                            span=rng.randint(1, spec.columns), photo_only=True)
        articles.insert(rng.randint(1, len(articles) - 1), photo)
        out.append(replace(spec, articles=tuple(articles), guide=GUIDE if number % 2 == 0 else ()))
    return out


NOTICES = (  # boxed notices a page prints among its stories: (title, lines); page furniture, not news
    ("征稿启事", ("为展示广大职工的精神风貌，本报即日起开展“我身边的劳动者”主题征文活动，欢迎踊跃投稿。",
               "来稿请注明作者姓名、单位及联系电话，投稿邮箱：zgzb@example.cn。")),
    ("今日导读", ("全国总工会部署开展“两节”送温暖活动 2版", "新就业形态劳动者入会集中行动启动 4版",
               "职工书屋建设再上新台阶 6版")),
    ("订阅启事", ("本报全年订价240元，全国各地邮局均可订阅，邮发代号5-28。", "欢迎广大读者踊跃订阅。")),
)
BYLINES = ("■本报记者 张华", "□本报记者 刘洋 通讯员 陈静", "■通讯员 赵刚")
HEAD_BYLINES = ("□本报记者 刘洋", "■通讯员 赵刚", "□本报评论员 王伟")


def layout_kinds(specs: list[PageSpec], seed: int) -> list[PageSpec]:
    """Page specs in → the same pages set as other papers' layouts: a story's head in its first column with its text
    beside it, a vertical head left of its text, ■/□ byline lines opening a story or set on the head's own line, a
    one-column head set flush right, and a boxed notice (征稿启事, 今日导读) standing among the stories."""
    rng = random.Random(seed)
    out = []
    for number, spec in enumerate(specs):
        articles = list(spec.articles)
        wide = [i for i, a in enumerate(articles) if 1 < a.span < spec.columns]
        if wide:
            i = rng.choice(wide)
            articles[i] = replace(articles[i], side_head=True, kicker=None, subtitle=None, caption=None)
        narrow = [i for i, a in enumerate(articles) if not articles[i].side_head and len(a.title) <= 14]
        if narrow and number % 2 == 1:
            i = rng.choice(narrow)
            articles[i] = replace(articles[i], vertical_left=True, kicker=None, subtitle=None, spaced=False)
        for i in rng.sample(range(len(articles)), min(2, len(articles))):
            articles[i] = replace(articles[i], byline=BYLINES[(number + i) % len(BYLINES)])
        plain = [i for i, a in enumerate(articles) if not (a.side_head or a.vertical_left or a.byline or a.spaced)]
        if plain:
            i = rng.choice(plain)
            articles[i] = replace(articles[i], head_byline=HEAD_BYLINES[number % len(HEAD_BYLINES)])
        single = [i for i, a in enumerate(articles) if a.span == 1 and not (a.side_head or a.vertical_left)]
        if single and number % 2 == 0:
            i = rng.choice(single)
            articles[i] = replace(articles[i], flush_right=True)
        elif single:
            i = rng.choice(single)
            articles[i] = replace(articles[i], small_head=True, kicker=None, subtitle=None, spaced=False)
        title, lines = NOTICES[number % len(NOTICES)]
        notice = SpecArticle(title=title, paragraphs=lines, span=rng.randint(1, min(2, spec.columns)), boxed=True)
        articles.insert(rng.randint(1, len(articles) - 1), notice)
        out.append(replace(spec, articles=tuple(articles)))
    return out


def corpus_pages(path: Path, seed: int = 7, centred: bool = False) -> list[PageSpec]:
    """The dev corpus articles in → a handful of page specs: 2–5 columns, several sizes, every kind of stack.

    No vertical titles: reportlab's CJK font is not embedded and, on a machine without CJK fonts,
    pdfium drops the lone glyphs of a vertical title (the real dev pages cover them).
    """
    rng = random.Random(seed)
    pool = corpus_articles(path)
    rng.shuffle(pool)
    layouts = [  # (columns, body size, title size, spans, features); the last page has gutters under one type size
        (2, 10.0, 24.0, (2, 1, 1), ("kicker", "caption", "")),
        (3, 9.0, 22.0, (3, 2, 1, 3), ("subtitle", "", "spaced", "kicker")),
        (4, 9.0, 26.0, (4, 2, 2, 4), ("caption", "kicker", "subtitle", "")),
        (5, 8.5, 24.0, (5, 3, 2, 2, 3), ("subtitle", "spaced", "", "caption", "kicker")),
        (4, 8.0, 20.0, (2, 2, 1, 1, 1, 1), ("", "kicker", "subtitle", "", "caption", "")),
        (3, 10.5, 18.0, (1, 1, 1, 3), ("", "", "", "stack")),  # three headlines side by side on one baseline
        (5, 8.0, 22.0, (3, 2, 5, 2, 3), ("stack", "kicker", "caption", "", "spaced")),
        (2, 9.5, 20.0, (1, 1, 2, 1, 1), ("caption", "subtitle", "kicker", "", "")),
        (4, 9.0, 22.0, (2, 2, 4, 1, 3), ("", "kicker", "caption", "", "subtitle")),
    ]
    specs = []
    for number, (columns, body, title, spans, features) in enumerate(layouts):
        articles = []
        for span, feature in zip(spans, features):
            if not pool:
                pool = corpus_articles(path)
                rng.shuffle(pool)
            head, short, paragraphs = pool.pop()
            limit = 260 * span + rng.randint(0, 200)
            kept, size = [], 0
            for paragraph in paragraphs:
                if size >= limit:
                    break
                kept.append(paragraph)
                size += len(paragraph)
            articles.append(SpecArticle(
                title=head, paragraphs=tuple(kept), span=span,
                kicker=(short or "本报综合报道") if feature in ("kicker", "stack") else None,
                subtitle=("——" + (short or "各地工会在行动")) if feature in ("subtitle", "stack") else None,
                caption="职工们在活动现场交流。（本报记者 李明 摄）" if feature == "caption" else None,
                vertical=feature == "vertical" and len(head) <= 16,
                spaced=feature == "spaced" and len(head) <= 14,
            ))
        specs.append(PageSpec(articles=tuple(articles), columns=columns, body_size=body, title_size=title,
                              gutter=0.8 if number == len(layouts) - 1 else 1.6, centred=centred,
                              page_label=f"第{number + 2}版：要闻", date=f"2024年3月{number + 4}日 星期{'一二三四五六日'[number % 7]}"))
    return specs


GUIDE_TEASERS = ("今日导读", (  # a guide's teasers: a summary running over two lines, its page at the end
    "“两节”送温暖活动全面启动，各级工会走访慰问困难职工和一线劳动者，把党和政府的关怀送到职工心坎上 ▶2版",
    "新就业形态劳动者入会集中行动在全省铺开，快递员、网约车司机和外卖骑手有了自己的“娘家” ▶4版",
    "职工书屋建设再上新台阶，一批示范点向周边社区开放 ▶6版"))
SIGNATURES = ("（通讯员 丁玲）", "（何芳）", "（通讯员 汪洋 记者 李明）")
AUTHOR_BYLINES = ("■ 王晓东", "□ 李 然", "◎ 周明远")
COLUMN_LABELS = ("江城时评", "工会论坛", "维权问答", "职工之声")
CARTOON_CREDITS = ("漫画：下班后的“第二个工作日” 朱慧卿 作", "漫画：加班 李 明 作")


def makeup_kinds(specs: list[PageSpec], seed: int) -> list[PageSpec]:
    """Page specs in → the same stories made up as other papers place their blocks: A3 and broadsheet pages of 4–6
    columns (a sidebar's narrower than the rest), rules of several weights and heads of several sizes; a narrow sidebar area
    (a story under a reversed label) or a framed, sometimes shaded, 简讯 box of small-headed items beside the main area;
    a vertical head centred in a shaded strip left of its text; a commentary under a reversed column label with a
    ■/□ author line and a cartoon with its credit after its text; a 下转第4版 line without brackets; a 今日导读 box of
    two-line teasers framed, ruled or shaded. The areas are read one after another, left to right (truth order)."""
    rng = random.Random(seed)
    pool = list({a.title: a for spec in specs for a in spec.articles if not (a.photo_only or a.boxed)}.values())
    out = []
    for number, spec in enumerate(specs):
        broadsheet = number % 2 == 0
        columns = rng.choice((4, 5, 6))
        body = spec.body_size
        kind = number % 3  # 0: a sidebar, 1: a 简讯 box, 2: one area with a guide box
        side_left = rng.random() < 0.4
        weights = [1.0] * columns
        areas: tuple[int, ...] = ()
        if kind in (0, 1):
            side = 0 if side_left else columns - 1
            weights[side] = rng.choice((0.65, 0.8, 1.0))
            areas = (1, columns - 1) if side_left else (columns - 1, 1)
        main_area = 1 if areas and side_left else 0
        side_area = 1 - main_area
        main_columns = columns - 1 if areas else columns
        articles = [replace(a, span=max(1, min(a.span, main_columns)), area=main_area) for a in spec.articles
                    if not (a.photo_only or a.boxed)]
        narrow = [i for i, a in enumerate(articles) if len(a.title) <= 11 and a.span >= 2]
        if narrow and number % 2 == 1:
            i = rng.choice(narrow)
            articles[i] = replace(articles[i], vertical_left=True, strip=rng.choice((0.8, 0.9)), kicker=None,
                                  subtitle=None, spaced=False, caption=None)
        articles[0] = replace(articles[0], jump_to=f"下转第{rng.randint(2, 8)}版")
        others = [i for i, a in enumerate(articles) if i and not a.vertical_left]
        if others:
            i = rng.choice(others)
            articles[i] = replace(articles[i], label=rng.choice(COLUMN_LABELS), byline=rng.choice(AUTHOR_BYLINES),
                                  cartoon=rng.choice(CARTOON_CREDITS) if rng.random() < 0.6 else None,
                                  vector_cartoon=number % 2 == 0,
                                  kicker=None, subtitle=None, caption=None)
        if kind == 2 or rng.random() < 0.5:
            title, lines = GUIDE_TEASERS
            articles.insert(rng.randint(1, len(articles)), SpecArticle(
                title=title, paragraphs=lines, span=rng.randint(1, min(2, main_columns)), boxed=True, area=main_area,
                box_style=rng.choice(("frame", "rules", "shade"))))
        side_articles = []
        taken = {a.title for a in articles}
        # (a sidebar's or a brief's head is short: no 30-character heads, no pinyin glosses scraped into a title)
        fresh = [a for a in pool if a.title not in taken and len(a.title) <= 24 and not re.search("[a-z]", a.title)]
        if kind == 0:  # a sidebar down the page: a story under a reversed label and the stories after it
            for k, story in enumerate(rng.sample(fresh, 3)):
                side_articles.append(replace(story, span=1, area=side_area, label=rng.choice(COLUMN_LABELS) if k == 0 else None,
                                             kicker=None, subtitle=None, caption=None, spaced=False, vertical=False))
        elif kind == 1:
            plain = rng.random() < 0.5  # the box's 简讯 head set large and black, or white on a plate
            for k, brief in enumerate(rng.sample([a for a in fresh if len(a.title) <= 16] or fresh, 3)):
                side_articles.append(SpecArticle(title=brief.title, paragraphs=brief.paragraphs[:1], span=1, area=side_area,
                                                 small_head=True, label="简讯" if k == 0 else None, plain_label=plain,
                                                 signature=rng.choice(SIGNATURES) if rng.random() < 0.7 else None))
        everything = sorted(articles + side_articles, key=lambda a: a.area)
        out.append(replace(spec, articles=tuple(everything), columns=columns, column_weights=tuple(weights), areas=areas,
                           framed_area=side_area if kind == 1 else None,
                           area_shade=rng.choice((None, 0.9)) if kind == 1 else None,
                           width=1017.0 if broadsheet else 842.0, height=1433.0 if broadsheet else 1191.0,
                           rule_width=rng.choice((0.3, 0.75, 1.5)), title_size=round(body * rng.uniform(2.0, 3.2), 1),
                           guide=()))
    return out


COLOPHONS = (  # footers in the text's size and face right under the page's last stories: staff, address, printer, price
    ("本报地址：江城市建设路88号 邮编：325000 广告经营许可证：3303004000012", "印刷：江城报业印务有限公司 零售价：1.50元"),
    ("责任编辑 孙 丽 版式设计 郑 凯",),
    ("本版编辑：陆明 校对：韩雪", "职工周报社出版 零售价：2.00元"),
    ("广告热线：0577-88881234 发行热线：0577-88885678 登报地点：本报社一楼服务大厅",),
)
BRIEF_LABELS = ("简讯", "工会简讯", "县内简讯")
TABLES = (  # a table set into a story's columns: a header row and rows of figures
    (("项目", "排查数", "已整改", "整改率"), ("设备设施", "1867", "1792", "96%"), ("作业环境", "942", "915", "97%"),
     ("安全管理", "605", "598", "99%")),
    (("单位", "参赛人数", "获奖人数"), ("机械工会", "126", "18"), ("建设工会", "98", "12"), ("交通工会", "75", "9")),
)
PLAIN_SUBTITLES = ("——记市劳动模范、公交驾驶员陈建国", "——连载之三——", "——来自一线的蹲点报告")


def front_page_kinds(specs: list[PageSpec], seed: int) -> list[PageSpec]:
    """Page specs in → the same stories made up as front and county pages set theirs: a colophon or staff line in the
    text's size right under the last stories (no smaller footer), a framed table under a story's text, a framed row of three 简讯 items side by side under a
    label, a single story in a narrow column beside stacked stories (read with them by rows of heads, not whole) or, on
    every other such page, a commentary over two columns at the left beside the lead (its head under its label, lower
    than the lead's, yet read first), a
    ——记… subtitle set in the text's size under its head, a picture and caption in a story's first column with one
    text line under them. Truths say which story a reader reads right before the single story and each item."""
    rng = random.Random(seed)
    pool = list({a.title: a for spec in specs for a in spec.articles if not (a.photo_only or a.boxed)}.values())
    out = []
    for number, spec in enumerate(specs):
        kind = number % 3  # 0: a 简讯 row, 1: a narrow single story, 2: both features on plain pages
        columns = max(spec.columns, 4) if kind != 1 else rng.choice((5, 6))
        # every other single story is a commentary over two of six columns at the left, under its label, beside the lead:
        # its head a line or two below the lead's, yet read first (a row of heads is read left to right)
        left = kind == 1 and number // 3 % 2 == 1
        side = 2 if left else 1
        columns = 6 if left else columns
        areas: tuple[int, ...] = ((side, columns - side) if left else (columns - 1, 1)) if kind == 1 else ()
        main = columns - side if areas else columns
        articles, fresh = _page_stories(spec, pool, main, int(left))
        plain = [i for i, a in enumerate(articles) if not (a.spaced or a.vertical)]
        if plain:
            i = rng.choice(plain)
            articles[i] = replace(articles[i], subtitle=PLAIN_SUBTITLES[number % len(PLAIN_SUBTITLES)], plain_subtitle=True,
                                  kicker=None, spaced=number % 2 == 0 and len(articles[i].title) <= 14)
        wide = [i for i, a in enumerate(articles) if a.span >= 2 and not a.plain_subtitle]
        if wide:
            i = rng.choice(wide)
            articles[i] = replace(articles[i], caption="职工们在活动现场交流。（本报记者 李明 摄）", column_picture=True)
        long = [i for i, a in enumerate(articles) if a.span >= 2 and not (a.column_picture or a.plain_subtitle)]
        if long and kind != 1:
            i = rng.choice(long)
            articles[i] = replace(articles[i], table=TABLES[number % len(TABLES)])
        if kind == 1 and fresh:
            articles[0] = replace(articles[0], span=main)
            story = rng.choice(fresh)
            single = replace(story, span=side, area=int(not left), label=rng.choice(COLUMN_LABELS), kicker=None, subtitle=None,
                             follows=None if left else articles[0].title,  # its head level with the lead's: read right after it
                             paragraphs=story.paragraphs[:1],  # a short commentary, ending above the lower heads
                             caption=None, spaced=False, vertical=False, column_picture=False)
            if left:  # the page's two stories: the lead at the right is read right after the commentary at the left
                articles[1:] = []
                articles[0] = replace(articles[0], follows=single.title)
            articles.insert(0 if left else 1, single)
        if kind != 1 and len(fresh) >= 3:
            items = tuple((brief.title, _first_sentences(brief.paragraphs[0], 90)) for brief in rng.sample(fresh, 3))
            label = rng.choice(BRIEF_LABELS)  # (a paper's own 县内简讯 reversed on a plate; 简讯 large and black or reversed)
            articles.append(SpecArticle(title="", paragraphs=(), items=items, span=3, label=label,
                                        plain_label=label != "县内简讯" and rng.random() < 0.5))
        out.append(replace(spec, articles=tuple(articles), columns=columns, areas=areas, column_weights=(),
                           colophon=COLOPHONS[number % len(COLOPHONS)], width=1017.0 if kind == 1 else spec.width,
                           height=1433.0 if kind == 1 else spec.height, guide=()))
    return out


def _page_stories(spec: PageSpec, pool: list[SpecArticle], columns: int, area: int) -> tuple[list[SpecArticle], list[SpecArticle]]:
    """A page spec, the stories of all pages, the columns its stories may span and their area in → (the page's stories,
    once each, spanning at most those columns; stories of other pages with a short head, for briefs and boxes)."""
    articles = list({a.title: replace(a, span=max(1, min(a.span, columns)), area=area)  # (a story once: the pool repeats)
                     for a in spec.articles if not (a.photo_only or a.boxed)}.values())
    taken = {a.title for a in articles}
    return articles, [a for a in pool if a.title not in taken and len(a.title) <= 16 and not re.search("[a-z]", a.title)]


def _first_sentences(text: str, limit: int) -> str:
    """A paragraph in → its sentences up to about ``limit`` characters (a brief's text), at least the first."""
    sentences = re.findall(r"[^。！？]+[。！？]?", text)
    kept = ""
    for sentence in sentences:
        if kept and len(kept) + len(sentence) > limit:
            break
        kept += sentence
    return kept


TIP_BOXES = (  # boxed tips and notices a page sets among its stories: (head, lines); page furniture, not news
    ("防暑降温小贴士", ("高温天气尽量避开午间户外作业，及时补充淡盐水。", "出现头晕、乏力等症状，应立即到阴凉处休息。")),
    ("温馨提示", ("本市职工疗休养报名将于本月底截止，请各基层工会抓紧组织报名。",)),
    ("关于开展职工健康体检的通知", ("各分会：经研究，定于下月开展全体职工健康体检，请做好人员安排。", "联系人：王丽 电话：0577-88123456")),
    ("公告", ("市总工会职工服务中心因设备检修，本周六暂停对外服务，敬请谅解。",)),
)
INFO_BOXES = (  # a framed box under a feature's text: its label, then short lines; no part of the story's text
    ("人物名片", "陈建国，1976年生，公交驾驶员", "安全行车三十万公里", "曾获全国五一劳动奖章"),
    ("链接", "职工互助保障计划由市总工会主办", "在职职工每人每年缴费60元"),
    ("小贴士", "夏季户外作业应避开高温时段", "随身携带防暑药品"),
)
PULL_QUOTES = ("“技术工人也能成为大国工匠。”", "“把职工的小事当成工会的大事来办。”", "“岗位就是我的课堂。”")
WORD_BYLINES = ("文/图 本报记者 李明", "本报记者 王磊 通讯员 张华", "文/本报记者 陈静", "本报记者 刘 洋 实习生 周 敏")
NUMBERED_CAPTIONS = ("图① 职工们在技能比武现场一决高下。", "图② 选手们在焊接比赛中。本报记者 李明 摄",
                     "图为工会干部在车间走访。通讯员 赵刚 供图")
PHOTO_NEWS_CREDITS = ("（本报记者 李明 摄）", "（通讯员 赵刚 摄）")
SMALL_SUBTITLES = ("在职职工每人每年缴费60元即可参加", "全市一千二百名职工报名参赛", "三年来累计帮扶困难职工五千余人次")
ADS = (  # an ad under the page's last stories: the advertiser, then its offer and hotline in the text's size
    ("江城农商银行", "职工安心贷 利率优惠 手续简便", "服务热线：0577-96596"),
    ("康宁体检中心", "工会会员体检套餐八折优惠 咨询电话：0577-88990011"),
)
BOX_LABELS = ("记者手记", "编后语", "记者观察")


def insert_kinds(specs: list[PageSpec], seed: int) -> list[PageSpec]:
    """Page specs in → the same stories with what papers set into and beside them: a boxed tip or notice (小贴士,
    温馨提示, …的通知, 公告), a framed 工会简讯 column of briefs whose heads are led by ■ in the text's size, a photo
    news item (a small head over a picture, its short text under it ending in the credit), a pull quote set large
    between rules inside a feature's text and a framed 人物名片/链接/小贴士 box under it, a 文/图 or 本报记者 … 通讯员 …
    byline line opening a story, numbered photo captions (图① …) over a story's text or after its last line, a
    framed story under a label at the left of a story level with it (read first), a subtitle with no dash barely larger
    than the text, on every other page an ad under the last stories (its advertiser large, its hotline in the
    text's size), and on every third a running foot (the paper, date and page) in the text's size right under the
    last stories. Truths say the order where it matters."""
    rng = random.Random(seed)
    pool = list({a.title: a for spec in specs for a in spec.articles if not (a.photo_only or a.boxed)}.values())
    out = []
    for number, spec in enumerate(specs):
        kind = number % 3  # 0: a 简讯 column beside the stories, 1: a feature with a pull quote and an info box, 2: a framed story
        columns = max(spec.columns, 4)
        areas: tuple[int, ...] = (columns - 1, 1) if kind == 0 else ()
        main = columns - 1 if areas else columns
        articles, fresh = _page_stories(spec, pool, main, 0)
        plain = [i for i, a in enumerate(articles) if not (a.vertical or a.byline)]
        if plain:
            i = rng.choice(plain)
            articles[i] = replace(articles[i], byline=WORD_BYLINES[(number + i) % len(WORD_BYLINES)])
        pictured = [i for i, a in enumerate(articles) if a.caption]
        if pictured:
            i = rng.choice(pictured)
            articles[i] = replace(articles[i], caption=NUMBERED_CAPTIONS[number % len(NUMBERED_CAPTIONS)])
        closing = [i for i, a in enumerate(articles) if not a.caption and a.span >= 2]
        if closing and rng.random() < 0.5:  # a picture after the story's last line, its caption under it
            i = rng.choice(closing)
            articles[i] = replace(articles[i], cartoon=NUMBERED_CAPTIONS[(number + 1) % len(NUMBERED_CAPTIONS)])
        if kind == 1:
            lead = max(range(len(articles)), key=lambda k: (articles[k].span, len("".join(articles[k].paragraphs))))
            articles[lead] = replace(articles[lead], pull_quote=PULL_QUOTES[number % len(PULL_QUOTES)],
                                     info_box=INFO_BOXES[number % len(INFO_BOXES)], cartoon=None)
            if fresh:
                story = rng.choice(fresh)
                articles.insert(rng.randint(1, len(articles)), SpecArticle(
                    title=story.title, paragraphs=(_first_sentences(story.paragraphs[0], 70) + PHOTO_NEWS_CREDITS[number % 2],),
                    span=rng.randint(1, 2), photo_news=True))
        if kind == 2 and fresh and main >= 4:
            story = rng.choice(fresh)
            half = main // 2
            boxed = replace(story, span=half, framed=True, label=BOX_LABELS[number % len(BOX_LABELS)], plain_label=number % 2 == 0,
                            kicker="蹲点一线见闻" if number // 3 % 2 == 0 else None,  # (label and kicker: its head a few lines low)
                            subtitle=None, caption=None, spaced=False, vertical=False, paragraphs=story.paragraphs[:2])
            neighbour = replace(articles[0], span=main - half, follows=story.title)
            articles[0:1] = [boxed, neighbour]
        bare = [i for i, a in enumerate(articles) if not (a.kicker or a.subtitle or a.spaced or a.framed or a.photo_news)]
        if bare:  # a subtitle with no dash, barely larger than the text, on a line of its own under the head
            i = rng.choice(bare)
            articles[i] = replace(articles[i], subtitle=SMALL_SUBTITLES[number % len(SMALL_SUBTITLES)], small_subtitle=True)
        head, lines = TIP_BOXES[number % len(TIP_BOXES)]
        articles.insert(rng.randint(1, len(articles)), SpecArticle(
            title=head, paragraphs=lines, span=rng.randint(1, 2), boxed=True, box_style=rng.choice(("frame", "shade"))))
        if kind == 0 and len(fresh) >= 3:
            items = tuple((brief.title, _first_sentences(brief.paragraphs[0], 80) + rng.choice(SIGNATURES))
                          for brief in rng.sample(fresh, 3))
            articles.append(SpecArticle(title="", paragraphs=(), items=items, span=1, area=1, label="工会简讯",
                                        brief_column=True, small_head=number % 2 == 1, plain_label=rng.random() < 0.5))
        out.append(replace(spec, articles=tuple(articles), columns=columns, areas=areas, column_weights=(),
                           framed_area=None, guide=(), ad=ADS[number % len(ADS)] if number % 2 == 1 else (),
                           colophon=(f"{spec.paper} {spec.date} {spec.page_label.split('：')[0]}",) if number % 3 == 1 else ()))
    return out
