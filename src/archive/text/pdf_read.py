"""PDF bytes in → pages of positioned glyphs out: the one place the PDF library (pypdfium2) is called.

Everything after this module (layout, articles) works on the plain ``Glyph``/``PdfPage`` data,
so it is testable without a PDF. pypdfium2 was chosen by measurement on the dev e-paper pages
(README, "PDF pages"): same decoding as pdfminer/pypdf on every page, 8-15× faster, and it
reports glyphs without a Unicode map, which is how a garbled text layer is recognised.

Safety: the document is opened from memory, no form environment is created (so no PDF
JavaScript or actions run), and only text and image positions are read. Pages are never
rendered. Errors from the library become ``PdfError`` (a SourceError naming the reason).
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from archive.text.errors import SourceError

# A page side above this (in points, ~1.8 m) is a poster or a corrupt box, not a newspaper page.
MAX_PAGE_SIDE_PT = 5000.0
# Page objects looked at for rules: a page of vector art has many thousands, none of them rules.
MAX_PATHS = 5000
# A rule is a path at most this thick and at least this long (points).
RULE_THICKNESS = 3.0
RULE_LENGTH = 30.0
# A dark filled box at least this many points each way, darker than this luminance (0–255), is a plate: the ground of
# reversed type (a column label set white on black, 江城时评).
PLATE_SIDE = 8.0
PLATE_LUMINANCE = 100
# More glyphs than this on one page is not a newspaper page (the dense legal-notice strip has 26k).
MAX_PAGE_GLYPHS = 120_000


class PdfError(SourceError):
    """A PDF that cannot be read as newspaper pages (encrypted, damaged, no text layer, too many pages…)."""


@dataclass(frozen=True)
class Glyph:
    """One character as printed: text, box (points, origin top-left), type size and font name."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str = ""


@dataclass(frozen=True)
class Box:
    """A rectangle on the page (points, origin top-left): pictures."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class PdfPage:
    """One page: its number (1-based), size, glyphs, picture boxes, and glyphs lacking a Unicode map."""

    number: int
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    images: tuple[Box, ...] = ()
    unmapped: int = 0
    rules: tuple[Box, ...] = ()  # thin horizontal lines: the rules printers set between articles
    frames: tuple[Box, ...] = ()  # rectangles drawn round a region (a boxed notice, a 导读 box, a sidebar)
    plates: tuple[Box, ...] = ()  # dark filled boxes: the ground of reversed (white on dark) type, a column label's


def open_pdf(data: bytes, name: str) -> pdfium.PdfDocument:
    """PDF bytes in → an open document out; PdfError when encrypted or damaged."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        text = str(error)
        if "password" in text.lower():
            raise PdfError(name, "encrypted PDF (needs a password); decrypt it first") from error
        raise PdfError(name, f"damaged or unreadable PDF ({text})") from error


def page_count(data: bytes, name: str) -> int:
    """PDF bytes in → number of pages out."""
    document = open_pdf(data, name)
    try:
        return len(document)
    finally:
        document.close()


def read_pdf(data: bytes, name: str, *, max_pages: int) -> list[PdfPage]:
    """PDF bytes in → its pages as glyph data out; PdfError past ``max_pages`` or when unreadable."""
    document = open_pdf(data, name)
    try:
        count = len(document)
        if count == 0:
            raise PdfError(name, "PDF has no pages")
        if count > max_pages:
            raise PdfError(name, f"{count} pages is over the {max_pages}-page cap for one PDF "
                                 "(split it, or raise ARCHIVE_PDF_MAX_PAGES)")
        return [read_page(document, index, name) for index in range(count)]
    finally:
        document.close()


def read_page(document: pdfium.PdfDocument, index: int, name: str) -> PdfPage:
    """Open document and page index in → PdfPage out; PdfError for a huge or unreadable page."""
    try:
        page = document[index]
    except pdfium.PdfiumError as error:
        raise PdfError(name, f"page {index + 1} is damaged ({error})") from error
    try:
        width, height = page.get_size()
        if not (0 < width <= MAX_PAGE_SIDE_PT and 0 < height <= MAX_PAGE_SIDE_PT):
            raise PdfError(name, f"page {index + 1} is {width:.0f}×{height:.0f} pt, over the "
                                 f"{MAX_PAGE_SIDE_PT:.0f} pt a newspaper page can be")
        textpage = page.get_textpage()
        try:
            glyphs, unmapped = _glyphs(textpage, height, name, index)
        finally:
            textpage.close()
        rules, frames, plates = _paths(page, height)
        return PdfPage(index + 1, width, height, tuple(glyphs), tuple(_images(page, height)), unmapped,
                       tuple(rules), tuple(frames), tuple(plates))
    except pdfium.PdfiumError as error:
        raise PdfError(name, f"page {index + 1} is damaged ({error})") from error
    finally:
        page.close()


def _glyphs(textpage: pdfium.PdfTextPage, height: float, name: str, index: int) -> tuple[list[Glyph], int]:
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count > MAX_PAGE_GLYPHS:
        raise PdfError(name, f"page {index + 1} has {count} characters, over the {MAX_PAGE_GLYPHS} a page may hold")
    rect = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    fontname = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    glyphs, unmapped = [], 0
    for i in range(count):
        if pdfium_c.FPDFText_IsGenerated(raw, i) == 1:  # spaces and line breaks pdfium inferred
            continue
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if code == 0 or not pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect):
            continue
        text = chr(code) if code < 0x110000 else "\ufffd"
        if text.isspace():
            continue
        if pdfium_c.FPDFText_HasUnicodeMapError(raw, i) == 1:
            unmapped += 1
        scale = 1.0
        if pdfium_c.FPDFText_GetMatrix(raw, i, matrix):
            scale = math.hypot(matrix.c, matrix.d) or math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
        size = pdfium_c.FPDFText_GetFontSize(raw, i) * scale
        if not (0 < size < MAX_PAGE_SIDE_PT) or not all(map(math.isfinite, (rect.left, rect.right, rect.top, rect.bottom))):
            continue  # an invisible or broken glyph: nothing a reader sees
        pdfium_c.FPDFText_GetFontInfo(raw, i, fontname, len(fontname), ctypes.byref(flags))
        font = fontname.value.decode("latin-1").split("+", 1)[-1]  # subset tag "ABCDEF+" dropped
        glyphs.append(Glyph(text, rect.left, height - rect.top, rect.right, height - rect.bottom,
                            round(size, 2), font))
    return glyphs, unmapped


def _images(page: pdfium.PdfPage, height: float) -> list[Box]:
    boxes = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
        x0, y0, x1, y1 = obj.get_bounds()
        boxes.append(Box(x0, height - y1, x1, height - y0))
    return boxes


def _paths(page: pdfium.PdfPage, height: float) -> tuple[list[Box], list[Box], list[Box]]:
    """A page in → (its thin horizontal rules, its frames: paths at least RULE_LENGTH both ways, a box drawn round
    text, its plates: dark filled boxes at least PLATE_SIDE each way, the ground of white type)."""
    rules, frames, plates = [], [], []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    for number, obj in enumerate(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=4)):
        if number >= MAX_PATHS:
            break
        x0, y0, x1, y1 = obj.get_bounds()
        box = Box(x0, height - y1, x1, height - y0)
        if y1 - y0 <= RULE_THICKNESS and x1 - x0 >= RULE_LENGTH:
            rules.append(box)
        elif y1 - y0 >= RULE_LENGTH and x1 - x0 >= RULE_LENGTH:
            frames.append(box)
        if y1 - y0 >= PLATE_SIDE and x1 - x0 >= PLATE_SIDE and pdfium_c.FPDFPath_GetDrawMode(obj.raw, fill, stroke) \
                and fill.value and pdfium_c.FPDFPageObj_GetFillColor(obj.raw, red, green, blue, alpha) \
                and alpha.value > 127 and 0.3 * red.value + 0.59 * green.value + 0.11 * blue.value < PLATE_LUMINANCE:
            plates.append(box)
    return rules, frames, plates
