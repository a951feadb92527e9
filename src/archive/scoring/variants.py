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

import datetime
import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from lxml import etree
from lxml import html as lxml_html

from archive.scoring.textgen import fill_column
from archive.text.normalize import fold_width, normalize_text
from archive.text.script import to_traditional

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
    kicker: str | None = None  # the 引题 a variant prints above the headline (None: none is checked)
    subtitle: str | None = None  # the 副题 it prints under it


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


NUMERALS = "〇一二三四五六七八九"


def _numeral_digits(number: int) -> str:
    """2023 → 二〇二三 (a year read digit by digit, as official documents print it)."""
    return "".join(NUMERALS[int(d)] for d in str(number))


def _numeral_count(number: int) -> str:
    """7 → 七, 10 → 十, 15 → 十五, 25 → 二十五 (a month or day in Chinese numerals)."""
    tens, ones = divmod(number, 10)
    return ("" if tens == 0 else "十" if tens == 1 else NUMERALS[tens] + "十") + (NUMERALS[ones] if ones else "")


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
            "numerals": f"{_numeral_digits(year)}年{_numeral_count(month)}月{_numeral_count(day)}日",
            "day_first": f"{day:02}/{month:02}/{year}",
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


# ---- HTML: what other sites and e-papers add -------------------------------------------------

# Headlines of other stories, as a page's related lists and 上一篇/下一篇 links show them.
OTHER_HEADLINES = (
    "全国总工会部署开展“两节”送温暖活动，各级工会走访慰问困难职工",
    "市总工会举办职工技能大赛 300余名选手同台竞技",
    "夏送清凉：工会把关爱送到高温作业一线",
    "新就业形态劳动者入会集中行动启动",
    "区总工会为500名环卫工人免费体检",
    "职工书屋建设再上新台阶，全市已建成职工书屋1200家",
)
# Furniture the variants below put on a page (a reader never takes it for the article): kept out of the body.
ADDED_CHROME = ("第03版", "上一版", "上一篇", "下一篇", "返回目录", "来源：某某日报", "作者：张晓", "责任编辑：王晓",
                "审核：赵刚", "推荐阅读", "相关新闻", "延伸阅读", "相关阅读", "相关链接", "下一页", "尾页", "共3页",
                "图为活动现场", "职工在活动现场领取慰问品", "工会干部为一线职工送上清凉物资", "通讯员 赵刚 供图", *OTHER_HEADLINES,
                # session 8
                "原标题", "监制：刘强", "校对：陈明", "终审", "文字：张晓", "图片：李明", "某某职工之家", "某某工人先锋",
                "凝心聚力谋发展", "工会动态", "聚焦“两节”送温暖", "各级工会多措并举服务职工群众", "记一线职工身边的暖心事",
                "各级工会把关爱送到职工身边", "栏目导航", "基层动态", "劳模风采", "字体：大 中 小", "字号：大 中 小", "浏览次数",
                "打印本页", "关闭窗口", "扫一扫在手机打开当前页", "附件：", "分享到", "某某新闻客户端", "粉丝", "+ 关注", "打开APP",
                "查看更多精彩内容", "下载客户端", "展开全文", "相关推荐",
                # session 9
                "您的浏览器", "不支持", "视频加载中", "Flash播放器", "阅读全文", "阅读体验更佳", "职工们排队领取清凉物资", "工会志愿者在建筑工地为工人测量血压", "现场气氛热烈", "广告",
                "推广", "职工卡", "奋进新征程", "不忘初心", "劳动创造幸福", "为辖区500名环卫工人", "体检项目包括血常规",
                "为户外劳动者办实事")
# Type tags a forum (Discuz!, phpwind) or a reposting site sets before a thread's subject, in its <h1> and its <title>.
FORUM_TAGS = ("[转帖]", "【转载】", "[原创]", "[分享]", "（转）", "[转贴]", "【转】", "[讨论]")
# Furniture one family puts on a page that another family sets as the article (an 编者按 boxed apart vs. inline).
NOTE_WORDS = ("编者按", "编者的话", "敬请关注", "职工冷暖无小事", "一线职工的冷暖")
FAMILY_CHROME: dict[str, tuple[str, ...]] = {"editor_note": NOTE_WORDS, "unseen_portal": NOTE_WORDS,
                                             "forum_repost": (*FORUM_TAGS, "Discuz", "工会小蜜蜂", "落到实处", "一线老职工", "心里暖暖的"),
                                             "epaper_heads_table": ("版次", "版名", "工会新闻", "本报记者 张晓", "引题", "主题", "副题",
                                                                    "肩题", "眉题", "子题", "高温下的坚守", "十年磨一剑",
                                                                    "一线职工关爱新举措", "积分兑换奖励", "三百余名职工代表",
                                                                    "把服务送到车间班组"),
                                             "bulletin": ("工会工作简报", "报：", "送：", "发：", "抄送：", "主送：", "印发"),
                                             "dateline_names": ("日电", "陈思远", "王海燕", "周晓东", "郑凯"),
                                             "comment_box": ("条评论", "抢沙发", "发表评论", "暂无评论", "我要评论", "跟贴"),
                                             "cms_form": ("站内搜索",),
                                             "footnotes": ("注释", "参考文献", "注：", "《中国工会章程》", "产业工人队伍建设",
                                                           "中国工人出版社", "课题组", "工会理论研究", "工会工作概论", "统计公报",
                                                           "职工服务中心", "课题阶段性成果")}
PARAGRAPH_STYLE = "text-indent:2em;line-height:1.75;font-size:16px;font-family:微软雅黑;margin:0 0 10px"
CELL_STYLE = "font-size:14px;line-height:26px;padding:4px 0"


def _remove(element: etree._Element) -> None:
    """Removes an element, leaving its tail text where it stood."""
    parent = element.getparent()
    if parent is None:
        return
    tail, element.tail = element.tail, None
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _block(tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.Element(tag, **attributes)
    element.text = text
    return element


def _linked(parts: list[str | tuple[str, str]], tag: str = "p") -> etree._Element:
    """Text pieces and (link text, address) pairs in → one block element holding them."""
    block = etree.Element(tag)
    last: etree._Element | None = None
    for part in parts:
        if isinstance(part, tuple):
            last = etree.SubElement(block, "a", href=part[1])
            last.text = part[0]
        elif last is None:
            block.text = (block.text or "") + part
        else:
            last.tail = (last.tail or "") + part
    return block


def _paragraph_holders(document: etree._Element, expected: Expected) -> tuple[etree._Element, etree._Element] | None:
    """The deepest elements holding the body's first and its last words."""
    start, end = squash(expected.body_start)[:10], squash(expected.body_end)[-10:]
    first = last = None
    for element in _body(document).iter():
        if isinstance(element.tag, str) and element.tag not in ("br", "img"):
            text = _text(element)
            if start in text:
                first = element
            if end in text:
                last = element
    first, last = _block_of(first), _block_of(last)
    if first is None or last is None or first.getparent() is None or last.getparent() is None:
        return None
    return first, last


PARAGRAPH_TAGS = ("p", "div", "td", "li", "section", "article", "blockquote", "dd")


def _block_of(element: etree._Element | None) -> etree._Element | None:
    """An element in → the nearest paragraph-level element holding it (itself when it is one)."""
    while element is not None and element.tag not in PARAGRAPH_TAGS:
        element = element.getparent()
    return element


def _sibling_runs(elements: list[etree._Element]) -> list[list[etree._Element]]:
    """Elements in page order → runs of them that stand next to each other under one parent."""
    runs: list[list[etree._Element]] = []
    for element in elements:
        if runs and runs[-1][-1].getnext() is element and not (runs[-1][-1].tail or "").strip():
            runs[-1].append(element)
        else:
            runs.append([element])
    return runs


def table_cells(document: etree._Element, expected: Expected) -> bool:
    """The article's paragraphs set as the rows of a layout table (a <td> each, no <p>), as older CMS pages do."""
    article = article_element(document, expected)
    if article is None:
        return False
    paragraphs = list(article.iter("p"))
    if len(paragraphs) < 2:
        return False
    for run in _sibling_runs(paragraphs):
        parent = run[0].getparent()
        table = etree.Element("table", width="100%", border="0", cellpadding="0", cellspacing="0")
        body = etree.SubElement(table, "tbody")
        parent.insert(parent.index(run[0]), table)
        for p in run:
            cell = etree.SubElement(etree.SubElement(body, "tr"), "td", style=CELL_STYLE)
            cell.text = p.text
            for child in list(p):
                cell.append(child)
            _remove(p)
    return True


def styled_divs(document: etree._Element, expected: Expected) -> bool:
    """No class, id or <p>: every paragraph a <div> with inline type setting around a styled <span>, as a
    page pasted from a word processor into a CMS editor gives it."""
    found = False
    for p in list(document.iter("p")):
        span = etree.Element("span", style="font-size:16px;color:#333333")
        span.text, p.text = p.text, None
        for child in list(p):
            span.append(child)
        p.append(span)
        p.tag = "div"
        p.attrib.clear()
        p.set("style", PARAGRAPH_STYLE)
        found = True
    no_attributes(document, expected)
    return found


def _weekday(iso: str) -> str:
    return "星期" + "一二三四五六日"[datetime.date.fromisoformat(iso).weekday()]


def _printed_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{year}年{month}月{day}日"


def epaper(document: etree._Element, expected: Expected) -> bool:
    """An e-paper (数字报) article page: the issue's date, 版次 and 上一版/下一版 above the headline; 上一篇/下一篇
    links and 返回目录 under the article, set in table cells without classes."""
    headline = _headline_elements(document, expected)
    article = article_element(document, expected)
    if not headline or article is None or article.getparent() is None:
        return False
    rng = rng_for(expected, "epaper")
    top = headline[0]
    while top.getparent() is not None and top.getparent() is not _body(document) and article not in top.getparent().iterdescendants():
        top = top.getparent()
    issue = f"{_printed_date(expected.published)} {_weekday(expected.published)}　" if expected.published else ""
    bar = _linked([f"{issue}第03版：工会新闻　", ("上一版", "node_2.htm"), "　", ("下一版", "node_4.htm")], "td")
    row = etree.Element("table")
    etree.SubElement(row, "tr").append(bar)
    top.addprevious(row)
    previous, following = rng.sample(OTHER_HEADLINES, 2)
    nav = etree.Element("table")
    line = etree.SubElement(nav, "tr")
    line.append(_linked(["上一篇：", (previous, "content_1.htm")], "td"))
    line.append(_linked(["下一篇：", (following, "content_3.htm")], "td"))
    article.addnext(nav)
    nav.addnext(_linked([("返回目录", "node_3.htm"), "　", ("PDF版", "page_3.pdf")], "div"))
    return True


def title_in_head_only(document: etree._Element, expected: Expected) -> bool:
    """The headline nowhere in the page's body: only in <title>, followed by the channel's and the site's name."""
    found = _headline_elements(document, expected)
    if not found:
        return False
    for element in found:
        _remove(element)
    if squash(expected.title) in _text(_body(document)):
        return False  # printed again elsewhere: the page still shows it
    channel = rng_for(expected, "title_in_head_only").choice(("工会新闻", "要闻", "新闻中心"))
    _replace_title(document, f"{expected.title}_{channel}_{SITE_NAME}")
    return True


CREDIT_LINES = ("来源：某某日报　作者：张晓", "作者：张晓　来源：某某日报", "（来源：某某日报）", "来源：某某日报")
CLOSING_CREDITS = ("责任编辑：王晓", "（责任编辑：王晓　审核：赵刚）", "编辑：李明　责任编辑：王晓", "【责任编辑：王晓】")


def credit_lines(document: etree._Element, expected: Expected) -> bool:
    """来源/作者 on a line of its own just above the first paragraph, and 编辑/责任编辑 just under the last,
    inside the article's own container."""
    holders = _paragraph_holders(document, expected)
    if holders is None:
        return False
    first, last = holders
    rng = rng_for(expected, "credit_lines")
    first.addprevious(_block("p", rng.choice(CREDIT_LINES)))
    last.addnext(_block("p", rng.choice(CLOSING_CREDITS)))
    return True


def related_tail(document: etree._Element, expected: Expected) -> bool:
    """The article's container goes on after its last paragraph with a related list: a label (推荐阅读, 相关新闻,
    延伸阅读 or none) and links to other stories, each a paragraph of its own."""
    holders = _paragraph_holders(document, expected)
    if holders is None:
        return False
    _, last = holders
    rng = rng_for(expected, "related_tail")
    label = rng.choice(("推荐阅读：", "相关新闻", "【延伸阅读】", None))
    items = [_linked([rng.choice(("", "▶ ", "· ")), (headline, f"/news/{n}.html")]) for n, headline in
             enumerate(rng.sample(OTHER_HEADLINES, 3))]
    for element in reversed(items):
        last.addnext(element)
    if label:
        last.addnext(_block("p", label))
    return True


def unseen_cms(document: etree._Element, expected: Expected) -> bool:
    """All at once, as a small site's CMS sets an article: 来源/作者 and 责任编辑 lines in the body, a related list
    under it, paragraphs as styled <div>s, no class or id, the headline set by type under a site-name <title>."""
    changed = [step(document, expected) for step in (credit_lines, related_tail, headline_styled_site_title, styled_divs)]
    return any(changed)


def unseen_epaper(document: etree._Element, expected: Expected) -> bool:
    """All at once, as an e-paper sets an article: 版次 bar and 上一篇/下一篇, paragraphs in table cells, 来源 and
    责任编辑 lines, no class or id."""
    changed = [step(document, expected) for step in (epaper, credit_lines, table_cells, no_attributes)]
    return any(changed)


def _body_paragraphs(document: etree._Element, expected: Expected) -> list[etree._Element] | None:
    """The article's paragraph blocks from its first to its last, when they stand side by side under one parent."""
    holders = _paragraph_holders(document, expected)
    if holders is None or holders[0].getparent() is not holders[1].getparent():
        return None
    first, last = holders
    run = [first]
    while run[-1] is not last and run[-1].getnext() is not None:
        run.append(run[-1].getnext())
    return run if run[-1] is last else None


RELATED_LABELS = ("相关阅读", "相关链接", "延伸阅读")


def article_related_box(document: etree._Element, expected: Expected) -> bool:
    """The body's paragraphs inside an HTML5 <article>, with an inline box of related stories (a label and two
    linked headlines, floated beside the text) between two of its paragraphs, as newer CMS templates set it."""
    run = _body_paragraphs(document, expected)
    if run is None or len(run) < 3:
        return False
    rng = rng_for(expected, "article_related_box")
    article = etree.Element("article")
    run[0].addprevious(article)
    for element in run:
        article.append(element)
    box = etree.Element("div", style="float:right;width:40%;margin:0 0 10px 16px;border:1px solid #ddd;padding:8px")
    box.append(_block(rng.choice(("h4", "div", "strong")), rng.choice(RELATED_LABELS)))
    links = etree.SubElement(box, "ul")
    for n, headline in enumerate(rng.sample(OTHER_HEADLINES, 2)):
        etree.SubElement(links, "li").append(_linked([(headline, f"/news/{n}.html")], "span"))
    run[rng.randint(1, len(run) - 2)].addprevious(box)
    return True


def paginated(document: etree._Element, expected: Expected) -> bool:
    """The story split over pages: this first page ends with a pager inside the article's container (上一页 1 2 3
    下一页 尾页, or 共3页 第1页 下一页), its links and bare numbers."""
    holders = _paragraph_holders(document, expected)
    if holders is None:
        return False
    _, last = holders
    style = rng_for(expected, "paginated").choice(("numbers", "count"))
    if style == "numbers":
        pager = _linked([("上一页", "#"), " 1 ", ("2", "content_2.htm"), " ", ("3", "content_3.htm"), " ",
                         ("下一页", "content_2.htm"), " ", ("尾页", "content_3.htm")], "div")
    else:
        pager = _linked(["共3页 第1页 ", ("下一页", "content_2.htm")], "p")
    pager.set("style", "text-align:center")
    last.addnext(pager)
    return True


LAZY_CAPTIONS = ("图为活动现场。（记者 王晓 摄）", "▲ 职工在活动现场领取慰问品。", "工会干部为一线职工送上清凉物资。张晓 摄",
                 "活动现场。通讯员 赵刚 供图")


def lazy_images(document: etree._Element, expected: Expected) -> bool:
    """Pictures loaded lazily (a placeholder ``src``, the picture in ``data-src``/``data-original``), each in a
    centred paragraph of its own with its caption under it, between the article's paragraphs."""
    run = _body_paragraphs(document, expected)
    if run is None or len(run) < 2:
        return False
    rng = rng_for(expected, "lazy_images")
    places = sorted(rng.sample(range(1, len(run)), min(2, len(run) - 1)))
    for n, at in enumerate(places):
        picture = etree.Element("p", style="text-align:center")
        etree.SubElement(picture, "img", src="/static/images/loading.gif", **{
            rng.choice(("data-src", "data-original")): f"/uploads/2023/{n}.jpg", "class": "lazy", "alt": ""})
        caption = _block("p", LAZY_CAPTIONS[(n + len(expected.name)) % len(LAZY_CAPTIONS)], style="text-align:center;color:#666")
        run[at].addprevious(picture)
        run[at].addprevious(caption)
    return True


# ---- HTML: session 8, what unseen sites show besides -------------------------------------------

# Badges a site sets inside the headline element: a label in an element of its own, an icon with alt text, or a
# bracketed word before the text. A reader skips them; <title>/og:title do not carry them.
BADGES = (("span", "tag", "独家"), ("em", "label", "原创"), ("i", "icon-video", "视频"), ("span", "badge", "置顶"),
          ("span", "type", "图集"), ("b", "special", "专题"))


def badge_headline(document: etree._Element, expected: Expected) -> bool:
    """A badge inside the headline element: 独家/原创/视频/置顶/图集/专题 in a styled element of its own before the
    text, an icon picture with alt text, or 【视频】 typed before the text (the <title> without it)."""
    found = [e for e in _headline_elements(document, expected) if e.tag in (*HEADINGS, "div", "td", "p")]
    if not found:
        return False
    rng = rng_for(expected, "badge_headline")
    for element in found:
        style = rng.choice(("element", "element", "icon", "bracket"))
        if style == "bracket":
            element.text = rng.choice(("【视频】", "[图文]", "【独家】")) + (element.text or "")
            continue
        tag, name, word = rng.choice(BADGES)
        badge = _block(tag, word, **{"class": name})
        badge.tail, element.text = element.text, None
        element.insert(0, badge)
        if style == "icon":
            icon = etree.Element("img", src="/static/icon/hot.png", alt=rng.choice(("热", "荐", "置顶")), width="16")
            badge.addnext(icon)
    return True


WORD_PARAGRAPH = "text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly"
WORD_RUN = "font-size:16.0pt;font-family:仿宋_GB2312"
NUMBER_RUN = re.compile(r"([0-9.%]+)")
WORD_HEADLINES = (("div", {"class": "article-title"}), ("div", {"class": "tit"}), ("div", {"class": "bt"}),
                  ("div", {"style": "font-size:22pt;font-weight:bold;text-align:center;line-height:40px"}),
                  ("p", {"align": "center", "style": "text-align:center"}))


def _word_runs(parent: etree._Element, text: str, style: str = WORD_RUN) -> None:
    """Text in → appended to ``parent`` as Word sets it: numbers in runs of their own (lang=EN-US), the rest in others."""
    for piece in NUMBER_RUN.split(text):
        if piece:
            run = etree.SubElement(parent, "span", style=style)
            if NUMBER_RUN.fullmatch(piece):
                run.set("lang", "EN-US")
            run.text = piece


def word_pasted(document: etree._Element, expected: Expected) -> bool:
    """A page pasted from Word into a small CMS: every paragraph a MsoNormal <p> of 16pt runs (numbers in runs of
    their own), set larger than a browser's default; the headline in a plain <div> (a title-ish class or only
    inline type, bold and centred), and <title> naming the page type or the site."""
    found = _headline_elements(document, expected)
    paragraphs = [p for p in document.iter("p") if PROSE.search(_text(p))]
    if not found or not paragraphs:
        return False
    rng = rng_for(expected, "word_pasted")
    for p in paragraphs:
        text = "".join(p.itertext())
        for child in list(p):
            p.remove(child)
        p.text = None
        p.attrib.clear()
        p.set("class", "MsoNormal")
        p.set("style", WORD_PARAGRAPH)
        _word_runs(p, text)
    tag, attributes = rng.choice(WORD_HEADLINES)
    for element in found:
        text = "".join(element.itertext())
        for node in [element, *element.iterancestors()][:2]:
            if node.tag in HEADINGS:
                node.tag = "div"
                node.attrib.clear()
        element.tag = tag
        element.attrib.clear()
        for key, value in attributes.items():
            element.set(key, value)
        for child in list(element):
            element.remove(child)
        if tag == "p":
            bold = etree.SubElement(element, "b")
            etree.SubElement(bold, "span", style="font-size:22.0pt;font-family:方正小标宋简体").text = text
            element.text = None
        else:
            element.text = text
    _replace_title(document, rng.choice(("详情页", "正文", SITE_NAME)))
    return True


SITE_HEADINGS = ("某某职工之家", "某某工人先锋", "某某新闻网")


def site_name_h1(document: etree._Element, expected: Expected) -> bool:
    """The site's name (with its logo) in an <h1> at the top of the page, the headline set in an <h2> or a
    <div class="tit">; on some pages <title> names only the site as well."""
    found = _headline_elements(document, expected)
    if not found:
        return False
    rng = rng_for(expected, "site_name_h1")
    name = rng.choice(SITE_HEADINGS)
    for element in found:
        heading = next((node for node in [element, *element.iterancestors()][:3] if node.tag in HEADINGS), None)
        target = heading if heading is not None else element
        if rng.random() < 0.5:
            target.tag = "h2"
        else:
            target.tag = "div"
            target.attrib.clear()
            target.set("class", "tit")
    top = etree.Element("div", **{"class": "top"})
    h1 = etree.SubElement(top, "h1")
    link = etree.SubElement(h1, "a", href="/")
    etree.SubElement(link, "img", src="/images/logo.png", alt=name)
    etree.SubElement(link, "span").text = name
    _body(document).insert(0, top)
    if rng.random() < 0.5:
        _replace_title(document, name)
    return True


KICKERS = ("凝心聚力谋发展 真情服务暖人心", "【工会动态】", "聚焦“两节”送温暖")
SUBTITLES = ("——各级工会多措并举服务职工群众", "——记一线职工身边的暖心事", "各级工会把关爱送到职工身边")


def kicker_subtitle(document: etree._Element, expected: Expected) -> bool:
    """A 引题 line above the headline and a 副题 line under it, each in an element of its own (a yinti/futi class,
    an <h3>, or a plain <p>), as papers' web editions set them."""
    found = _headline_elements(document, expected)
    if not found:
        return False
    rng = rng_for(expected, "kicker_subtitle")
    element = next((node for node in [found[0], *found[0].iterancestors()][:3] if node.tag in HEADINGS), found[0])
    style = rng.choice(("class", "heading", "plain"))
    kicker = rng.choice(KICKERS)
    subtitle = rng.choice(SUBTITLES)
    above = _block({"class": "div", "heading": "h3", "plain": "p"}[style], kicker)
    below = _block({"class": "div", "heading": "h3", "plain": "p"}[style], subtitle)
    if style == "class":
        above.set("class", "yinti")
        below.set("class", "futi")
    element.addprevious(above)
    element.addnext(below)
    return True


EDITOR_NOTES = ("编者按：岁末年初，各级工会组织广泛开展送温暖活动，把党和政府的关怀送到职工心坎上。本报今起推出系列报道，敬请关注。",
                "【编者按】职工冷暖无小事。今天，我们走近基层工会，看他们如何把服务做到职工身边。",
                "编者的话：一线职工的冷暖，是工会工作的起点。本版今起开设专栏，记录基层工会的暖心服务，敬请关注。")
ORIGINAL_TITLES = ("原标题：《工会的温度，职工最知道》", "原标题：暖心服务零距离")
NOTE_BOXES = ("bordered", "blockquote", "classed", "ruled")


def _editor_note(expected: Expected, variant: str = "editor_note") -> str | None:
    """The 编者按 the editor_note variants set above this page's article, or None when editor_note sets a 原标题 line."""
    rng = rng_for(expected, variant)
    return rng.choice(EDITOR_NOTES) if rng.random() < 0.6 or variant != "editor_note" else None


def _note_label(note: str) -> str:
    """An editor's note in → its label ("编者按：", "【编者按】", "编者的话：")."""
    end = next(n for n, char in enumerate(note) if char in "：】")
    return note[:end + 1]


def editor_note(document: etree._Element, expected: Expected) -> bool:
    """An 编者按 box set apart from the article's paragraphs (a bordered div, a <blockquote>, a classed div with the
    label on a line of its own, or a note closed by a rule <hr>) or a 原标题 line above the article's first
    paragraph. Neither is the article: the body starts at its first paragraph (a note set inline as the first
    paragraph is editor_note_inline)."""
    holders = _paragraph_holders(document, expected)
    if holders is None:
        return False
    first, _ = holders
    rng = rng_for(expected, "editor_note")
    if (note := _editor_note(expected)) is not None:
        label = _note_label(note)
        style = NOTE_BOXES[(len(expected.name) + len(note)) % len(NOTE_BOXES)]
        if style == "ruled":
            paragraph = _block("p")
            etree.SubElement(paragraph, "strong").text = label
            paragraph[0].tail = note[len(label):]
            first.addprevious(paragraph)
            first.addprevious(etree.Element("hr"))
            return True
        box = {"bordered": lambda: etree.Element("div", style="border:1px solid #ccc;background:#f5f5f5;padding:10px;margin:10px 0"),
               "blockquote": lambda: etree.Element("blockquote"),
               "classed": lambda: etree.Element("div", **{"class": "editor-note"})}[style]()
        if style == "classed":
            box.append(_block("p", label.strip("【】：")))
            box.append(_block("p", note[len(label):]))
        else:
            paragraph = etree.SubElement(box, "p")
            etree.SubElement(paragraph, "strong").text = label
            paragraph[0].tail = note[len(label):]
        first.addprevious(box)
    else:
        first.addprevious(_block("p", rng.choice(ORIGINAL_TITLES)))
    return True


def editor_note_inline(document: etree._Element, expected: Expected) -> bool:
    """An 编者按 set as the article's first paragraph, in the same element and type as the paragraphs after it (as
    17_chinanews sets it): a reader reads it as the article's opening, so the body starts with it."""
    holders = _paragraph_holders(document, expected)
    if holders is None:
        return False
    first, _ = holders
    note = _editor_note(expected, "editor_note_inline")
    paragraph = etree.Element(first.tag, **dict(first.attrib))
    paragraph.text = note
    first.addprevious(paragraph)
    return True


CLOSING_STAFF = (["（来源：某某日报）", "责任编辑：王晓", "审核：赵刚", "监制：刘强"],
                 ["来源：某某日报", "编辑：李明 | 校对：陈明 | 初审：王晓 | 终审：赵刚"],
                 ["文字：张晓", "图片：李明", "编辑：王晓", "审核：赵刚", "监制：刘强"],
                 ["责编：王晓　审核：赵刚　监制：刘强"])


def closing_staff(document: etree._Element, expected: Expected) -> bool:
    """The article ends in its staff lines, each a paragraph of its own or one line: 来源, 责任编辑, 审核, 监制,
    校对, 初审/终审, 文字/图片."""
    holders = _paragraph_holders(document, expected)
    if holders is None:
        return False
    _, last = holders
    lines = rng_for(expected, "closing_staff").choice(CLOSING_STAFF)
    for line in reversed(lines):
        last.addnext(_block("p", line))
    return True


def _first_visible_date(document: etree._Element, expected: Expected) -> bool:
    """Removes every printed date of the page and the machine dates; True when the page printed one."""
    if not expected.published:
        return False
    _drop_machine_dates(document)
    return _redate(document, _date_pattern(expected.published), "") > 0


def date_in_source_line(document: etree._Element, expected: Expected) -> bool:
    """The date printed only in a 来源 line under the headline ("来源：某某日报　2023年7月5日 10:21"), as
    2023年7月5日 with a clock time; machine dates and the page's other printed dates gone."""
    found = _headline_elements(document, expected)
    if not found or not _first_visible_date(document, expected):
        return False
    year, month, day = (int(part) for part in expected.published.split("-"))  # type: ignore[union-attr]
    rng = rng_for(expected, "date_in_source_line")
    line = rng.choice((f"来源：某某日报　{year}年{month}月{day}日 10:21", f"来源：某某日报 作者：张晓 {year}年{month}月{day}日 10:21",
                       f"{year}年{month}月{day}日 10:21　来源：某某日报"))
    found[-1].addnext(_block("div", line, style="color:#999;font-size:12px"))
    return True


def date_relative(document: etree._Element, expected: Expected) -> bool:
    """A relative time (3天前, 昨天 08:12, 2小时前) printed beside the absolute date, as feeds and portals show it;
    machine dates gone."""
    if not expected.published:
        return False
    _drop_machine_dates(document)
    rng = rng_for(expected, "date_relative")
    relative = rng.choice(("3天前", "昨天 08:12", "2小时前", "1周前"))
    year, month, day = (int(part) for part in expected.published.split("-"))
    return _redate(document, _date_pattern(expected.published), f"{relative} · {year}-{month:02}-{day:02}") > 0


CHANNELS = ("工会要闻", "基层动态", "劳模风采", "政策法规", "服务指南", "图片新闻")


def table_layout(document: etree._Element, expected: Expected) -> bool:
    """The whole page a <table> layout, as an old CMS sets it: the site's channel bar in the first row, a left column
    of channel and story links beside the article, the headline in a cell set by a <font>, the paragraphs as table
    rows, no class or id."""
    found = _headline_elements(document, expected)
    article = article_element(document, expected)
    if not found or article is None or not table_cells(document, expected):
        return False
    article = article_element(document, expected)
    if article is None or article.getparent() is None:
        return False
    for element in found:
        if element.getparent() is None:
            continue
        text = "".join(element.itertext())
        cell_table = etree.Element("table", width="100%")
        cell = etree.SubElement(etree.SubElement(cell_table, "tr"), "td", align="center", height="50")
        font = etree.SubElement(etree.SubElement(cell, "font", size="5", color="#cc0000"), "b")
        font.text = text
        element.addprevious(cell_table)
        _remove(element)
    rng = rng_for(expected, "table_layout")
    layout = etree.Element("table", width="980", border="0", cellpadding="0", cellspacing="0", align="center")
    bar = etree.SubElement(etree.SubElement(layout, "tr"), "td", colspan="2")
    bar.append(_linked([x for channel in CHANNELS for x in ((channel, "/list.asp"), " | ")][:-1], "div"))
    row = etree.SubElement(layout, "tr")
    side = etree.SubElement(row, "td", width="200", valign="top")
    side.append(_block("div", "栏目导航"))
    for channel in CHANNELS:
        side.append(_linked([("· " + channel, "/list.asp")], "div"))
    for headline in rng.sample(OTHER_HEADLINES, 3):
        side.append(_linked([(headline, "/show.asp")], "div"))
    main = etree.SubElement(row, "td", width="780", valign="top")
    body = _body(document)
    for child in list(body):
        _move(child, main)
    body.append(layout)
    no_attributes(document, expected)
    return True


def wrong_meta_charset(document: etree._Element, expected: Expected) -> bool:
    """A UTF-8 page whose <meta> says gb2312 or gbk (a template's leftover), served with no charset of its own: the bytes
    are handed over undeclared (see VARIANT_BYTES)."""
    if rng_for(expected, "wrong_meta_charset").random() < 0.5:
        return _declare_charset(document, etree.Element("meta", charset="gb2312"))
    return _declare_charset(document, etree.Element("meta", **{"http-equiv": "content-type", "content": "text/html; charset=gbk"}))


def _declare_charset(document: etree._Element, declaration: etree._Element) -> bool:
    """Replaces the page's charset <meta> by ``declaration``; False when the page has no <head>."""
    head = document.find("head")
    if head is None:
        return False
    for meta in list(head.iter("meta")):
        if meta.get("charset") or (meta.get("http-equiv") or "").lower() == "content-type":
            meta.getparent().remove(meta)
    # lxml's serialiser drops a meta spelt http-equiv="Content-Type" (it writes its own): the lower-case spelling stays
    head.insert(0, declaration)
    return True


GOV_TOP = ("【字体：大 中 小】", "字号：大 中 小", "浏览次数：1024", "【打印】【关闭】")
GOV_BOTTOM = (["【打印本页】【关闭窗口】"], ["扫一扫在手机打开当前页", "打印本页 关闭窗口"],
              ["附件：2023年送温暖活动安排表.docx", "【打印本页】【关闭窗口】"], ["分享到：", "扫一扫在手机打开当前页"])


def gov_furniture(document: etree._Element, expected: Expected) -> bool:
    """A government or union site's article furniture in the article's own container: a 字号/浏览次数 line above the
    first paragraph, and 打印本页/关闭窗口, 扫一扫在手机打开当前页 or an attachment line under the last."""
    holders = _paragraph_holders(document, expected)
    if holders is None:
        return False
    first, last = holders
    rng = rng_for(expected, "gov_furniture")
    first.addprevious(_block("div", rng.choice(GOV_TOP)))
    for line in reversed(rng.choice(GOV_BOTTOM)):
        last.addnext(_linked([(line, "javascript:void(0)")] if "打印" in line or "附件" in line else [line], "div"))
    return True


APP_PROMPTS = ("打开APP，阅读全文", "打开某某新闻APP，查看更多精彩内容", "下载客户端，看更多本地新闻", "展开全文")


def app_share(document: etree._Element, expected: Expected) -> bool:
    """A mobile share page: a follow-the-account bar (account name, 关注) above the article, an open-the-app prompt
    under it, then the app's 相关推荐 list of other stories."""
    holders = _paragraph_holders(document, expected)
    if holders is None:
        return False
    first, last = holders
    rng = rng_for(expected, "app_share")
    bar = etree.Element("div")
    bar.append(_block("span", "某某新闻客户端"))
    bar.append(_block("span", "2.3万粉丝"))
    bar.append(_linked([("+ 关注", "#follow")], "span"))
    first.addprevious(bar)
    prompt = _linked([(rng.choice(APP_PROMPTS), "https://app.example.org/download")], "div")
    last.addnext(prompt)
    items = [_linked([(headline, f"/m/{n}.html")], "div") for n, headline in enumerate(rng.sample(OTHER_HEADLINES, 3))]
    for element in reversed(items):
        prompt.addnext(element)
    prompt.addnext(_block("div", "相关推荐"))
    return True


def subtitle_in_headline(document: etree._Element, expected: Expected) -> bool:
    """The 副题 set inside the headline element, under a <br> in a smaller type (<h1>主题<br><small>——副题</small></h1>):
    the headline is the main line."""
    found = _headline_elements(document, expected)
    if not found:
        return False
    element = next((node for node in [found[0], *found[0].iterancestors()][:3] if node.tag in HEADINGS), found[0])
    subtitle = rng_for(expected, "subtitle_in_headline").choice(SUBTITLES)
    element.append(etree.Element("br"))
    small = etree.SubElement(element, "small", style="font-size:16px;color:#666")
    small.text = subtitle
    return True


def title_truncated(document: etree._Element, expected: Expected) -> bool:
    """<title> and og:title holding the headline cut short with an ellipsis, as CMS templates cut long titles
    ("市总工会开展…_某某网")."""
    title = expected.title.strip()
    if len(title) < 14:
        return False
    cut = title[:rng_for(expected, "title_truncated").randint(8, len(title) - 4)]
    _replace_title(document, f"{cut}..._{SITE_NAME}")
    return True


def _second_page_start(document: etree._Element, expected: Expected) -> etree._Element | None:
    """The paragraph the second_page variant opens its page with: the first of the article's second half."""
    run = _body_paragraphs(document, expected)
    if run is None or len(run) < 4:
        return None
    # a paragraph of running text (not a picture's box with its caption), before the article's last
    return next((p for p in run[len(run) // 2:-1] if p.tag == "p" and len(_text(p)) >= 20 and PROSE.search(_text(p))
                 and next(p.iter("img"), None) is None), None)


def second_page(document: etree._Element, expected: Expected) -> bool:
    """The second page of a story split over two: the same headline, the article's first half gone, a pager
    (上一页 1 2 下一页) above and under the paragraphs left. The body starts at the page's first paragraph."""
    start = _second_page_start(document, expected)
    if start is None:
        return False
    run = _body_paragraphs(document, expected) or []
    for paragraph in run[:run.index(start)]:
        _remove(paragraph)
    for place in ("before", "after"):
        pager = _linked([("上一页", "content_1.htm"), " ", ("1", "content_1.htm"), " 2 ", ("下一页", "#")], "div")
        pager.set("style", "text-align:center")
        (start.addprevious if place == "before" else run[-1].addnext)(pager)
    return True


# ---- HTML: session 9, what unseen pages show besides ------------------------------------------

# What a page prints where a player cannot play: the fallback inside <video>/<audio>/<object>, or a notice beside it.
PLAYERS = (
    ("video", "您的浏览器不支持HTML5视频播放，请升级浏览器。"),
    ("video", "您的浏览器不支持 video 标签。"),
    ("audio", "您的浏览器不支持音频播放"),
    ("notice", "视频加载中，请稍候..."),
    ("object", "请安装最新版Flash播放器后观看视频"),
)


def _running_text(element: etree._Element) -> bool:
    """A paragraph of the article's running text: a <p> of prose, no picture, no link."""
    text = _text(element)
    return element.tag == "p" and len(text) >= 20 and bool(PROSE.search(text)) and next(element.iter("img", "a"), None) is None


def _between_paragraphs(run: list[etree._Element] | None) -> list[int]:
    """The article's paragraph run in → the places (indices) between two paragraphs of running text, where a page sets
    what it adds among them (a picture, a related list), never between a picture and its caption or a label and its links."""
    return [n for n in range(1, len(run or [])) if _running_text(run[n - 1]) and _running_text(run[n])] if run else []


def video_player(document: etree._Element, expected: Expected) -> bool:
    """A video (or audio) player above the article's first paragraph, with the text a browser shows only when it cannot
    play it: the fallback inside <video>/<audio>/<object> ("您的浏览器不支持HTML5视频播放"), or a loading notice beside
    the player ("视频加载中…"). None of it is the article."""
    holders = _paragraph_holders(document, expected)
    if holders is None:
        return False
    first, _ = holders
    kind, text = PLAYERS[rng_for(expected, "video_player").randrange(len(PLAYERS))]
    box = etree.Element("div", style="text-align:center;margin:10px auto")
    if kind in ("video", "audio"):
        player = etree.SubElement(box, kind, controls="controls", preload="none")
        if kind == "video":
            player.set("poster", "/uploads/2023/poster.jpg")
            player.set("width", "640")
        etree.SubElement(player, "source", src=f"/uploads/2023/clip.{'mp4' if kind == 'video' else 'mp3'}")
        player[-1].tail = text
    elif kind == "object":
        player = etree.SubElement(box, "object", type="application/x-shockwave-flash", data="/player.swf", width="640")
        etree.SubElement(player, "param", name="movie", value="/player.swf")
        player[-1].tail = text
    else:
        etree.SubElement(box, "div", id="player_wrap")
        box.append(_block("div", text, style="color:#999"))
    first.addprevious(box)
    return True


IN_BODY_PROMPTS = ("打开APP阅读全文", "展开全文", "APP内打开，阅读体验更佳", "点击打开某某新闻客户端，阅读全文")


def app_prompt_inside(document: etree._Element, expected: Expected) -> bool:
    """An open-the-app or expand prompt between the article's paragraphs (a mobile page folds the rest under it; the
    article goes on after it)."""
    run = _body_paragraphs(document, expected)
    if run is None or len(run) < 3:
        return False
    rng = rng_for(expected, "app_prompt_inside")
    prompt = _linked([(rng.choice(IN_BODY_PROMPTS), "https://app.example.org/open")], "div")
    prompt.set("style", "text-align:center;color:#c00;margin:12px 0")
    run[len(run) // 2].addprevious(prompt)
    return True


def related_inline(document: etree._Element, expected: Expected) -> bool:
    """A 相关阅读/延伸阅读 label and two linked headlines as plain paragraphs between the article's paragraphs (no box
    of their own), the article going on after them."""
    run = _body_paragraphs(document, expected)
    places = _between_paragraphs(run)
    if run is None or len(run) < 3 or not places:
        return False
    rng = rng_for(expected, "related_inline")
    at = run[min(places, key=lambda n: abs(n - len(run) // 2))]
    label = _block("p")
    etree.SubElement(label, "strong").text = rng.choice(RELATED_LABELS) + "："
    at.addprevious(label)
    for n, headline in enumerate(rng.sample(OTHER_HEADLINES, 2)):
        at.addprevious(_linked([(headline, f"/news/{n}.html")], "p"))
    return True


# Captions set as sentences in a centred paragraph under a centred picture, as most CMS editors set them.
CENTRED_CAPTIONS = ("市总工会工作人员为一线职工送上慰问品，现场气氛热烈。", "活动现场，职工们排队领取清凉物资。",
                    "工会志愿者在建筑工地为工人测量血压。")


def centred_captions(document: etree._Element, expected: Expected) -> bool:
    """Pictures in centred paragraphs between the article's left-set paragraphs, each with its caption under it: a
    sentence (with a comma and a full stop) in a centred paragraph of its own, no 图为 or credit."""
    run = _body_paragraphs(document, expected)
    places = _between_paragraphs(run)
    if run is None or not places:
        return False
    rng = rng_for(expected, "centred_captions")
    for n, at in enumerate(sorted(rng.sample(places, min(2, len(places))))):
        picture = etree.Element("p", style="text-align: center;")
        etree.SubElement(picture, "img", src=f"/uploads/2023/{n}.jpg", alt="")
        run[at].addprevious(picture)
        run[at].addprevious(_block("p", CENTRED_CAPTIONS[(n + len(expected.name)) % len(CENTRED_CAPTIONS)],
                                   style="text-align: center;"))
    return True


# Publication-date meta tags of Chinese portals and CMSs (a date a reader does not see, the only one on the page).
DATE_METAS = (("name", "PubDate", "{y}-{m:02}-{d:02} 10:21"), ("name", "publishdate", "{y}-{m:02}-{d:02}"),
              ("name", "apub:time", "{y}/{m:02}/{d:02} 10:21:00"), ("property", "bytedance:published_time", "{y}-{m:02}-{d:02}T10:21:00+08:00"),
              ("itemprop", "datePublished", "{y}-{m:02}-{d:02}T10:21:00+08:00"), ("property", "article:published_time", "{y}-{m:02}-{d:02}T02:21:00Z"))


def meta_date_only(document: etree._Element, expected: Expected) -> bool:
    """The publication date only in one <meta> (PubDate, publishdate, apub:time, bytedance:published_time,
    itemprop=datePublished, article:published_time): every printed date and other machine date gone."""
    if not expected.published:
        return False
    _drop_machine_dates(document)
    _redate(document, _date_pattern(expected.published), "")
    head = document.find("head")
    if head is None:
        return False
    y, m, d = (int(part) for part in expected.published.split("-"))
    key, name, form = DATE_METAS[rng_for(expected, "meta_date_only").randrange(len(DATE_METAS))]
    head.append(etree.Element("meta", **{key: name, "content": form.format(y=y, m=m, d=d)}))
    return True


ADS = ("广告", "推广", "【广告】某某银行职工卡 办理热线400-800-0000", "赞助商广告")


def body_split_by_ads(document: etree._Element, expected: Expected) -> bool:
    """The article's paragraphs in two or three <div>s side by side, with an advertisement between them (a linked
    picture and a 广告 label, no class a filter would know)."""
    run = _body_paragraphs(document, expected)
    if run is None or len(run) < 4:
        return False
    rng = rng_for(expected, "body_split_by_ads")
    # cut between paragraphs of running text only: an ad set between a picture and its caption parts the two
    between = set(_between_paragraphs(run))
    places = [n for n in range(2, len(run) - 1) if n in between] or [len(run) // 2]
    parts = 3 if len(run) >= 6 and len(places) >= 2 else 2
    cuts = sorted(rng.sample(places, parts - 1))
    pieces = [run[a:b] for a, b in zip([0, *cuts], [*cuts, len(run)])]
    parent = run[0].getparent()
    at = parent.index(run[0])
    for n, piece in enumerate(pieces):
        holder = etree.Element("div", style="overflow:hidden")
        parent.insert(at, holder)
        at += 1
        for paragraph in piece:
            _move(paragraph, holder)
        if n + 1 < len(pieces):
            ad = etree.Element("div", style="width:640px;margin:10px auto")
            link = etree.SubElement(ad, "a", href="https://ad.example.com/click?id=1", target="_blank")
            etree.SubElement(link, "img", src="https://ad.example.com/banner.jpg", width="640")
            ad.append(_block("span", ADS[(n + len(expected.name)) % len(ADS)], style="font-size:12px;color:#999"))
            parent.insert(at, ad)
            at += 1
    return True


def font_gbk(document: etree._Element, expected: Expected) -> bool:
    """An old GBK page: every paragraph's text in <font size=3 face=宋体>, the headline in <font size=5><b>, the page
    declared gb2312 in its <meta> and handed over as GB18030 bytes (see VARIANT_BYTES)."""
    if not _declare_charset(document, etree.Element("meta", **{"http-equiv": "content-type", "content": "text/html; charset=gb2312"})):
        return False
    for p in list(document.iter("p")):
        font = etree.Element("font", size="3", face="宋体")
        font.text, p.text = p.text, None
        for child in list(p):
            font.append(child)
        p.append(font)
    for element in _headline_elements(document, expected):
        font = etree.Element("font", size="5")
        bold = etree.SubElement(font, "b")
        bold.text, element.text = element.text, None
        for child in list(element):
            bold.append(child)
        element.append(font)
    return True


SLOGANS = ("奋进新征程 建功新时代", "不忘初心 牢记使命", "劳动创造幸福 实干成就伟业")


def slogan_h1(document: etree._Element, expected: Expected) -> bool:
    """A slogan in an <h1> across the top of the page (not a link, not the site's name), the headline in an <h2>;
    on some pages <title> names only the site."""
    found = _headline_elements(document, expected)
    if not found:
        return False
    rng = rng_for(expected, "slogan_h1")
    for element in found:
        for node in [element, *element.iterancestors()][:3]:
            if node.tag == "h1":
                node.tag = "h2"
    banner = etree.Element("div", style="background:#c00;color:#fff;text-align:center")
    etree.SubElement(banner, "h1", style="font-size:28px").text = rng.choice(SLOGANS)
    _body(document).insert(0, banner)
    if rng.random() < 0.5:
        _replace_title(document, SITE_NAME)
    return True


NEXT_ARTICLE = ("区总工会为500名环卫工人免费体检",
                ["7月6日，区总工会联合区人民医院，为辖区500名环卫工人开展免费健康体检。",
                 "体检项目包括血常规、心电图、B超等12项，医护人员还为环卫工人讲解了防暑降温知识。",
                 "区总工会有关负责人表示，今年将继续为户外劳动者办实事、解难题。"])


def next_article_appended(document: etree._Element, expected: Expected) -> bool:
    """The next story appended under the article, as mobile pages load it on scrolling: its headline in a heading of
    its own and its paragraphs in an element set like the article's (same tag, class and style). The page's article
    is the first; the second is not part of it."""
    article = article_element(document, expected)
    if article is None or article.getparent() is None or article.tag in ("body", "html", "p") or len(article) < 2:
        return False  # the article a wrapper of paragraphs (a story of one paragraph has no wrapper to copy)
    headline, paragraphs = NEXT_ARTICLE
    follower = etree.Element(article.tag, **dict(article.attrib))
    for text in paragraphs:
        follower.append(_block("p", text))
    heading = _block("h2", headline)
    article.addnext(heading)
    heading.addnext(follower)
    return True


DATED_ADDRESSES = ("https://news.example.org/{y}-{m:02}/{d:02}/c_1129732.htm", "https://union.example.org/n1/{y}/{m:02}{d:02}/c1001-40031234.html",
                   "https://www.example.gov.cn/art/{y}/{m}/{d}/art_1229_5678.html", "https://m.example.com/news/{y}{m:02}{d:02}/a8f3e1.shtml")


def date_in_address_only(document: etree._Element, expected: Expected) -> bool:
    """The publication date only in the page's own address (<link rel=canonical> or og:url: /2023-07/05/c_….htm,
    /n1/2023/0705/…, /art/2023/7/5/…): every printed date and machine date gone."""
    if not _first_visible_date(document, expected):
        return False
    head = document.find("head")
    if head is None:
        return False
    y, m, d = (int(part) for part in expected.published.split("-"))  # type: ignore[union-attr]
    rng = rng_for(expected, "date_in_address_only")
    address = rng.choice(DATED_ADDRESSES).format(y=y, m=m, d=d)
    for element in list(head):
        if (element.tag == "link" and element.get("rel") == "canonical") or element.get("property") == "og:url":
            head.remove(element)
    head.append(etree.Element("link", rel="canonical", href=address) if rng.random() < 0.5 else
                etree.Element("meta", property="og:url", content=address))
    return True


def unseen_portal(document: etree._Element, expected: Expected) -> bool:
    """All at once, as a portal's article page sets what session 9's families set one by one: a slogan <h1> over the
    headline, a player and a boxed 编者按 above the first paragraph, a related label with links and a centred picture
    with its caption among the paragraphs, the article in boxes with an advertisement between, the next story
    loaded under it; classes renamed."""
    steps = (related_inline, centred_captions, body_split_by_ads, video_player, editor_note, slogan_h1, next_article_appended,
             renamed_attributes)
    changed = [step(document, expected) for step in steps]  # every step, not only up to the first that changes the page
    return any(changed)


# ---- session 10: what the third blind set's failing kinds look like on pages of our own ------------------------------



FORUM_REPLIES = (("工会小蜜蜂", "工会为职工办实事，点赞！希望每一件都能落到实处。"),
                 ("一线老职工", "我们车间的职工都很关注这件事，盼着早日落地，大家心里暖暖的。"))


def _forum_post(floor: int, who: str, text: str) -> etree._Element:
    """A reply under a forum thread as Discuz! sets one: the poster's cell, 发表于 and the message in a cell of its own."""
    post = etree.Element("div", id=f"post_{floor}")
    row = etree.SubElement(etree.SubElement(post, "table"), "tr")
    etree.SubElement(row, "td", **{"class": "pls"}).text = who
    cell = etree.SubElement(row, "td", **{"class": "plc"})
    etree.SubElement(cell, "div", **{"class": "pi"}).text = f"{floor}# 发表于 2025-1-8 10:{10 + floor}"
    etree.SubElement(etree.SubElement(etree.SubElement(cell, "table"), "tr"), "td", id=f"postmessage_{floor}", **{"class": "t_f"}).text = text
    return post


def forum_repost(document: etree._Element, expected: Expected) -> bool:
    """A forum thread reposting the story: the thread's type tag ([转帖], 【转载】, [原创] …) as a link before the subject
    in its heading, and before the subject in <title> ("[转帖] 标题 - 工会论坛 - Powered by Discuz!"), two replies
    under the post. A reader takes the tag for the forum's filing, not the story's headline, and the replies for
    readers' words, not the story's."""
    found = _headline_elements(document, expected)
    if not found:
        return False
    tag = FORUM_TAGS[rng_for(expected, "forum_repost").randrange(len(FORUM_TAGS))]
    for element in found:
        subject = etree.Element("span", id="thread_subject")
        subject.text, element.text = element.text, None
        for child in list(element):
            subject.append(child)
        link = etree.SubElement(element, "a", href="forum.php?mod=forumdisplay&fid=12&filter=typeid&typeid=3")
        link.text = tag
        link.tail = " "
        element.append(subject)
    article = article_element(document, expected)
    if article is not None and article.getparent() is not None and article.tag not in ("body", "html"):
        anchor = article
        for n, (who, reply) in enumerate(FORUM_REPLIES, start=2):
            post = _forum_post(n, who, reply)
            anchor.addnext(post)
            anchor = post
    for title in document.iter("title"):
        title.text = f"{tag} {expected.title} - 工会论坛 - Powered by Discuz!"
    for meta in list(document.iter("meta")):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            meta.set("content", f"{tag}{expected.title}")
    return True


# 引题 and 副题 an e-paper's heads table prints around the 主题 (none of them a slogan of two spaced phrases).
HEADS_KICKERS = ("市总工会推出一线职工关爱新举措", "高温下的坚守", "十年磨一剑")
HEADS_SUBTITLES = ("一线职工参与技术革新可积分兑换奖励", "三百余名职工代表参与讨论", "基层工会把服务送到车间班组")
HEADS_LABELS = (("引题", "主题", "副题"), ("肩题", "标题", "副标题"), ("眉题", "正题", "子题"))


def _heads(expected: Expected) -> tuple[str, str]:
    rng = rng_for(expected, "epaper_heads_table")
    return rng.choice(HEADS_KICKERS), rng.choice(HEADS_SUBTITLES)


def epaper_heads_table(document: etree._Element, expected: Expected) -> bool:
    """An e-paper's article page: the heads in a table of their own, a row each for 引题, 主题 and 副题 (the label in a
    cell of its own, or opening the cell "引题：…", or no label and the rows told apart by type; labelled rows may
    be in plain type under a <title> naming only the paper), then a table of 版次, 版名, 作者 and 日期; the
    headline's own element taken out of the page."""
    found = _headline_elements(document, expected)
    holders = _paragraph_holders(document, expected)
    if not found or holders is None:
        return False
    rng = rng_for(expected, "epaper_heads_table")
    kicker, subtitle = _heads(expected)
    labels = rng.choice(HEADS_LABELS)
    style = rng.choice(("label_cells", "label_inline", "type_only"))
    sizes = ("font-size:14px;color:#333", "font-size:24px;font-weight:bold;color:#000", "font-size:16px;color:#333")
    if style != "type_only" and rng.random() < 0.5:  # labelled rows in plain type under a <title> naming the paper only
        sizes = ("", "", "")
        _replace_title(document, "某某日报数字报")
    table = etree.Element("table", width="100%", border="0", cellspacing="0", cellpadding="4")
    for label, text, size in zip(labels, (kicker, expected.title, subtitle), sizes):
        row = etree.SubElement(table, "tr")
        if style == "label_cells":
            etree.SubElement(row, "td", width="60", style="color:#999").text = label
            etree.SubElement(row, "td", style=size).text = text
        elif style == "label_inline":
            etree.SubElement(row, "td", style=size).text = f"{label}：{text}"
        else:
            etree.SubElement(row, "td", align="center", style=size).text = text
    issue = table if style == "type_only" else etree.Element("table", width="100%")
    printed = _printed_date(expected.published) if expected.published else ""
    for pair in (("版次：第03版", "版名：工会新闻"), ("作者：本报记者 张晓", f"日期：{printed}" if printed else "")):
        row = etree.SubElement(issue, "tr")
        for text in pair:
            etree.SubElement(row, "td", style="font-size:12px;color:#666").text = text
    top = found[0]
    while top.getparent() is not None and top.getparent() is not _body(document) and holders[0] not in top.getparent().iterdescendants():
        top = top.getparent()
    top.addprevious(table)
    if issue is not table:
        top.addprevious(issue)
    for element in found:
        _remove(element)
    return True


# What a portal sets between the parts of an article it cuts up (none with a class a filter would know).
PART_WRAPPERS: tuple[tuple[str, dict[str, str]], ...] = (
    ("div", {"style": "overflow:hidden"}), ("section", {}), ("div", {"style": "font-size:16px;line-height:2"}), ("div", {"align": "left"}))
INTERRUPTIONS = ("iframe", "script_ad", "guess_list", "recommended", "banner")


def _interruption(kind: str, rng: random.Random) -> etree._Element:
    """One thing a portal sets inside an article: an ad in an <iframe>, a script-filled ad slot, a 猜你喜欢 or 相关推荐
    list of other stories, a linked banner with its 广告 label."""
    box = etree.Element("div", style="margin:12px 0")
    if kind == "iframe":
        etree.SubElement(box, "iframe", src="https://ad.example.com/slot?id=7", width="640", height="90", frameborder="0")
    elif kind == "script_ad":
        etree.SubElement(box, "ins", style="display:block;width:640px;height:90px")
        etree.SubElement(box, "script").text = "(window.slots = window.slots || []).push({id: 'a7'});"
    elif kind in ("guess_list", "recommended"):
        box.append(_block("div", "猜你喜欢" if kind == "guess_list" else "相关推荐", style="font-weight:bold"))
        items = etree.SubElement(box, "ul")
        for n, headline in enumerate(rng.sample(OTHER_HEADLINES, 4)):
            etree.SubElement(items, "li").append(_linked([(headline, f"/news/{n}.html")], "span"))
    else:
        link = etree.SubElement(box, "a", href="https://ad.example.com/click?id=2")
        etree.SubElement(link, "img", src="https://ad.example.com/b.jpg", width="640")
        box.append(_block("span", "广告", style="font-size:12px;color:#999"))
    return box


def body_parts_mixed(document: etree._Element, expected: Expected) -> bool:
    """The article cut in three (two on a short one) parts, each in a wrapper of another kind (<div> styled one way
    or another, <section>, or none: the paragraphs straight in the page), with an ad (<iframe>, a script slot, a
    linked banner) and a 猜你喜欢/相关推荐 list of other stories between them."""
    run = _body_paragraphs(document, expected)
    if run is None or len(run) < 4:
        return False
    rng = rng_for(expected, "body_parts_mixed")
    # a part of one paragraph alone in its box reads as a box of its own (an 编者按 boxed apart), not a part: two at least
    between = set(_between_paragraphs(run))  # never between a picture and its caption
    places = [n for n in range(2, len(run) - 1) if n in between and sum(map(_running_text, run[:n])) >= 2]
    parts = 3 if len(places) >= 4 else 2
    if not places:
        return False
    cuts = sorted(rng.sample(places, parts - 1))
    pieces = [run[a:b] for a, b in zip([0, *cuts], [*cuts, len(run)])]
    wrappers = rng.sample(PART_WRAPPERS, parts)
    bare = rng.randrange(parts + 1)  # one part (or none) set without a wrapper
    kinds = rng.sample(INTERRUPTIONS, parts - 1)
    if "guess_list" not in kinds and "recommended" not in kinds:
        kinds[-1] = rng.choice(("guess_list", "recommended"))
    parent = run[0].getparent()
    at = parent.index(run[0])
    for n, piece in enumerate(pieces):
        if n == bare:
            at += len(piece)
        else:
            tag, attributes = wrappers[n]
            holder = etree.Element(tag, **attributes)
            parent.insert(at, holder)
            at += 1
            for paragraph in piece:
                _move(paragraph, holder)
        if n + 1 < len(pieces):
            parent.insert(at, _interruption(kinds[n], rng))
            at += 1
    return True


# Notes a theory piece or a report prints under its text: a label on a line of its own, or opening the first note.
NOTE_SETS = (
    ("注释：", ["[1]《中国工会章程》，中国工人出版社2023年版，第5页。", "[2]参见某某省总工会课题组：《职工队伍状况调查报告》，2022年。"]),
    ("参考文献", ["①张晓：《新时代产业工人队伍建设研究》，《工会理论研究》2021年第3期。", "②李明：《工会工作概论》，某某大学出版社2020年版。"]),
    ("注：", ["文中数据来源于某某市统计局和市总工会职工服务中心。"]),
    ("注释", ["1. 数据来源：某某市总工会2022年度统计公报。", "2. 本文系某某省工会理论研究课题阶段性成果。"]),
)


def footnotes(document: etree._Element, expected: Expected) -> bool:
    """Notes under the article's last paragraph, in its element: a 注释/参考文献 label on a line of its own over numbered
    notes ([1], ①, 1.), or one 注： line; the paragraphs above carry the notes' marks (<sup>[1]</sup>). The notes are
    the sources, not the article: the body ends at its last paragraph."""
    run = _body_paragraphs(document, expected)
    if run is None or len(run) < 3:
        return False
    label, notes = NOTE_SETS[rng_for(expected, "footnotes").randrange(len(NOTE_SETS))]
    marked = [p for p in run[1:-1] if _running_text(p)][:len(notes)]
    for n, paragraph in enumerate(marked):
        mark = etree.SubElement(paragraph, "sup")
        mark.text = f"[{n + 1}]"
    last = run[-1]
    if label == "注：":
        note = _block("p", label + notes[0], style="font-size:12px;color:#666")
        last.addnext(note)
        return True
    lines = [_block("p", label, style="font-weight:bold"), *(_block("p", text, style="font-size:12px") for text in notes)]
    for element in reversed(lines):
        last.addnext(element)
    return True


# ---- session 11: what the fourth blind set's failing kinds look like on pages of our own -----------------------------

# The keys an app's server-rendered state gives a story's time under, and the states' shapes.
STATE_KEYS = (("publishTime", "ms"), ("publishTimeStr", "string"), ("pubTime", "s"), ("publish_time", "string"))
STATE_SHAPES = ("nuxt", "initial_state", "next_data")


def _state_script(shape: str, state: str) -> etree._Element:
    """A page-state script of an app page in → its <script> element (Nuxt, a store's __INITIAL_STATE__, Next.js)."""
    if shape == "next_data":
        script = etree.Element("script", id="__NEXT_DATA__", type="application/json")
        script.text = '{"props":{"pageProps":' + state + '},"page":"/article/[id]"}'
    elif shape == "nuxt":
        script = etree.Element("script")
        script.text = "window.__NUXT__=(function(a,b){return {layout:\"default\",data:[" + re.sub(r'"(\w+)":', r"\1:", state) + "]}}(null,false));"
    else:
        script = etree.Element("script")
        script.text = "window.__INITIAL_STATE__=" + state + ";"
    return script


def _state_time(iso: str, form: str, clock: str) -> str:
    """An ISO date, a state's time form (ms, s, string) and a clock time in → the value as the state writes it."""
    year, month, day = (int(part) for part in iso.split("-"))
    hour, minute = (int(part) for part in clock.split(":"))
    moment = datetime.datetime(year, month, day, hour, minute, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    if form == "ms":
        return str(int(moment.timestamp()) * 1000)
    if form == "s":
        return str(int(moment.timestamp()))
    return f'"{moment:%Y-%m-%d %H:%M:%S}"'


def app_state_date(document: etree._Element, expected: Expected) -> bool:
    """A news app's page: the visible time printed without its year (05-12 10:30), the date only in the page's
    server-rendered state script (window.__NUXT__, __INITIAL_STATE__, __NEXT_DATA__), its publishTime in epoch
    milliseconds or seconds or as a string, beside the times of the other stories the state lists (before or after
    the article's own); machine dates gone."""
    if not _first_visible_date(document, expected):
        return False
    published = expected.published or ""
    rng = rng_for(expected, "app_state_date")
    clock = rng.choice(("10:30", "08:05", "16:42"))
    month, day = int(published[5:7]), int(published[8:10])
    found = _headline_elements(document, expected)
    if not found:
        return False
    shown = rng.choice((f"{month:02}-{day:02} {clock}", f"来源：某某新闻客户端　{month:02}-{day:02} {clock}"))
    anchor = next(found[-1].iterancestors(*HEADINGS), found[-1])  # under the heading, not inside it
    anchor.addnext(_block("div", shown, style="color:#999;font-size:12px"))
    key, form = rng.choice(STATE_KEYS)
    other = (datetime.date.fromisoformat(published) - datetime.timedelta(days=rng.choice((3, 40, 200)))).isoformat()
    article = f'{{"id":1024,"title":"{expected.title[:8]}","{key}":{_state_time(published, form, clock)}}}'
    related = f'{{"id":1000,"title":"其他新闻","{key}":{_state_time(other, form, "09:00")}}}'
    items = [related, article] if rng.random() < 0.5 else [article, related]
    state = '{"list":[' + ",".join(items) + "]}"
    body = _body(document)
    body.append(_state_script(rng.choice(STATE_SHAPES), state))
    return True


# Readers' comments as a news site or Weibo lists them under an article: the commenter, the comment, its time.
READER_COMMENTS = (("工会小蜜蜂", "工会为职工办实事，点赞！希望每一件都能落到实处。", "5-13 09:12"),
                   ("一线老职工", "我们车间的职工都很关注这件事，盼着早日落地，大家心里暖暖的。", "5-13 10:47"),
                   ("快乐的小王", "这样的活动多多益善，为基层工会的用心点赞。", "昨天 21:05"),
                   ("用户7731", "希望明年还能参加，今年报名晚了没赶上。", "2小时前"))
INTERACTION_BARS = ("转发 12　评论 4　赞 36", "转发｜评论｜点赞", "分享 收藏 举报")


def reader_comments(document: etree._Element, expected: Expected) -> bool:
    """Readers' comments inside the article's own container, under its last paragraph: each the commenter's name,
    the comment and its time (M-D hh:mm, 昨天 21:05, 2小时前), each comment in an element of its own (a <li> or a
    <div>) or its lines standing flat (the name on a line of its own, or opening the comment: 名：…); sometimes a
    转发/评论/赞 bar above them. A reader takes them for readers'
    words, not the article's."""
    run = _body_paragraphs(document, expected)
    if run is None or len(run) < 2:
        return False
    rng = rng_for(expected, "reader_comments")
    comments = rng.sample(READER_COMMENTS, 3)
    shape = rng.choice(("li", "div", "flat", "colon"))
    last = run[-1]
    added: list[etree._Element] = []
    if rng.random() < 0.5:
        added.append(_block("div", rng.choice(INTERACTION_BARS), style="color:#999"))
    if shape == "flat":
        for who, text, when in comments:
            added += [_block("p", who, style="color:#36c"), _block("p", text), _block("p", when, style="color:#999")]
    elif shape == "colon":  # 工会小蜜蜂：工会为职工办实事… over its time, as Weibo lists comments
        for who, text, when in comments:
            added += [_block("p", f"{who}：{text}"), _block("p", when, style="color:#999")]
    else:
        holder = _block("ul" if shape == "li" else "div")
        for who, text, when in comments:
            item = etree.SubElement(holder, shape)
            etree.SubElement(item, "span").text = who
            etree.SubElement(item, "p").text = text
            etree.SubElement(item, "span").text = when
        added.append(holder)
    for element in reversed(added):
        last.addnext(element)
    return True


HAN_TEXT = re.compile(r"[\u4e00-\u9fff]")


def traditional_page(document: etree._Element, expected: Expected) -> bool:
    """The whole page in traditional script (OpenCC s2t: text, <title>, attributes), as a Hong Kong, Macau or Taiwan site or
    a mirror sets it: its furniture (編者按, 相關閱讀, 責任編輯, 您的瀏覽器不支持…) must be read as the simplified is."""
    for element in document.iter():
        element.tail = to_traditional(element.tail) if element.tail else element.tail
        if not isinstance(element.tag, str):
            continue  # a comment: its tail only
        if element.tag not in ("script", "style"):
            element.text = to_traditional(element.text) if element.text else element.text
        for key, value in element.attrib.items():
            if HAN_TEXT.search(value):
                element.set(key, to_traditional(value))
    return True


# ---- session 12: blind pages 5's kinds ---------------------------------------------------------

def date_in_spans(document: etree._Element, expected: Expected) -> bool:
    """The date printed only in an info line whose parts are elements of their own, as 新华网 sets it (<span
    class="year">2023</span><span class="day">07/05</span><span class="time">10:21:33</span>, read "2023 07/05
    10:21:33"), a template splitting year, month and day (<span>2023</span>-<span>07</span>-<span>05</span>), or a Word
    export (2023 年 7 月 5 日 as six runs); machine dates and the page's other printed dates gone."""
    found = _headline_elements(document, expected)
    if not found or not _first_visible_date(document, expected):
        return False
    year, month, day = (int(part) for part in (expected.published or "").split("-"))
    line = etree.Element("div", style="color:#999;font-size:12px")
    shape = rng_for(expected, "date_in_spans").choice(("xinhua", "dashed", "word"))
    if shape == "xinhua":
        for name, parts in (("year", [f" {year}"]), ("day", [f" {month:02}", "/", f"{day:02}"])):
            holder = etree.SubElement(line, "span", **{"class": name})
            for part in parts:
                if part == "/":
                    holder[-1].tail = part
                else:
                    etree.SubElement(holder, "em").text = part
        etree.SubElement(line, "span", **{"class": "time"}).text = " 10:21:33"
    elif shape == "dashed":
        for n, part in enumerate((f"{year}", f"{month:02}", f"{day:02}")):
            etree.SubElement(line, "span").text = part
            line[-1].tail = "-" if n < 2 else " "
        etree.SubElement(line, "span").text = "10:21"
    else:
        _word_runs(line, f"{year}年{month}月{day}日", "font-size:12.0pt")
    anchor = next(found[-1].iterancestors(*HEADINGS), found[-1])  # under the heading, not inside it
    anchor.addnext(line)
    return True


BULLETIN_ISSUERS = ("某某县总工会办公室", "某某市总工会宣传部", "某某区总工会办公室")
DISTRIBUTION_LINES = (("报：市总工会，县委、县政府领导", "送：县委办、县政府办，县人社局", "发：各乡镇（街道）工会，县直各单位工会"),
                      ("报：省总工会", "发：各县（市、区）总工会，各产业工会"),
                      ("主送：各基层工会", "抄送：市总工会办公室"))


def bulletin(document: etree._Element, expected: Expected) -> bool:
    """A Word-saved 简报: a masthead over the headline (the bulletin's name in large red type, 第N期, and the issuer
    with the date, digits in runs of their own: "某某县总工会办公室　　　2023年7月5日"), the date printed nowhere else
    (machine dates gone), and under the last paragraph a rule, the 报/送/发 distribution lines and the 印发 line
    ("某某县总工会办公室　　2023年7月5日印发"). The masthead and the foot are not the article."""
    found = _headline_elements(document, expected)
    holders = _paragraph_holders(document, expected)
    if not found or holders is None or not _first_visible_date(document, expected):
        return False
    rng = rng_for(expected, "bulletin")
    year, month, day = (int(part) for part in (expected.published or "").split("-"))
    issuer, lines = rng.choice(BULLETIN_ISSUERS), rng.choice(DISTRIBUTION_LINES)
    masthead = [_block("p", None, align="center", style="text-align:center"), _block("p", None, align="center"), _block("p")]
    etree.SubElement(masthead[0], "span", style="font-size:26.0pt;font-family:方正小标宋简体;color:red").text = "工会工作简报"
    _word_runs(masthead[1], f"第{rng.randint(2, 30)}期", "font-size:16.0pt;font-family:楷体")
    _word_runs(masthead[2], f"{issuer}　　　　　　{year}年{month}月{day}日", "font-size:14.0pt;font-family:楷体")
    masthead.append(_block("div", None, style="border:none;border-bottom:solid red 1.5pt"))
    anchor = next(found[-1].iterancestors(*HEADINGS), found[-1])
    for element in masthead:
        anchor.addprevious(element)
    _, last = holders
    foot = [_block("div", None, style="border:none;border-top:solid windowtext 1.0pt")]
    for line in lines:
        foot.append(_block("p", None))
        _word_runs(foot[-1], line, "font-size:14.0pt;font-family:仿宋_GB2312")
    foot.append(_block("p", None))
    _word_runs(foot[-1], f"{issuer}　　　　{year}年{month}月{day}日印发", "font-size:14.0pt;font-family:仿宋_GB2312")
    for element in reversed(foot):
        last.addnext(element)
    return True


DATELINE_PLACES = ("柳州", "南宁", "兰州", "西宁", "长沙")
DATELINE_NAMES = ("（陈思远）", "（王海燕 李明）", "（记者 周晓东）", "（刘佳、郑凯）")


def dateline_names(document: etree._Element, expected: Expected) -> bool:
    """The first paragraph opened by a portal's dateline and its reporters in brackets, with or without 记者
    ("某某网柳州5月6日电 （陈思远）“以前…”", as 人民网 and 新华网 set it); the body starts after them (the dateline
    and the names are the byline). Pages whose body starts with an agency lead of its own are left alone."""
    holders = _paragraph_holders(document, expected)
    if holders is None or not expected.published or LEAD_BYLINE.match(expected.body_start):
        return False
    first, _ = holders
    rng = rng_for(expected, "dateline_names")
    _, month, day = (int(part) for part in expected.published.split("-"))
    dateline = f"某某网{rng.choice(DATELINE_PLACES)}{month}月{day}日电 {rng.choice(DATELINE_NAMES)}"
    host = first
    while len(host) and not (host.text or "").strip():
        host = host[0]  # the element whose text opens the paragraph (<p><span>…</span></p>)
    host.text = dateline + (host.text or "").lstrip(" \u3000\xa0")
    return True


def cms_form(document: etree._Element, expected: Expected) -> bool:
    """The article as 博达 VSB sets it: the headline and the body inside <form name="_newscontent_fromname">, the body in
    <div id="vsb_content"><div class="v_news_content">, each paragraph's text in two or three styled <span>s; a site
    search <form> beside it. The CMS's form is no form to fill in: the article is read."""
    article = article_element(document, expected)
    found = _headline_elements(document, expected)
    if article is None or not found or article.tag in ("body", "html"):
        return False
    for p in article.iter("p"):
        text = "".join(p.itertext())
        if not PROSE.search(text):
            continue
        for child in list(p):
            p.remove(child)
        cuts = sorted({len(text) // 3, 2 * len(text) // 3})
        p.text = None
        for a, b in zip([0, *cuts], [*cuts, len(text)]):
            if text[a:b]:
                etree.SubElement(p, "span", style="font-size:16px;font-family:宋体").text = text[a:b]
    content = etree.Element("div", id="vsb_content")
    inner = etree.SubElement(content, "div", **{"class": "v_news_content"})
    article.addprevious(content)
    _move(article, inner)
    form = etree.Element("form", name="_newscontent_fromname")
    heading = next(found[-1].iterancestors(*HEADINGS), found[-1])
    common = next((a for a in content.iterancestors() if heading in a.iter()), None)
    if common is None or common.tag in ("body", "html"):
        content.addprevious(form)
        _move(content, form)
    else:  # the headline inside the form too, as VSB sets it
        for child in list(common):
            common.remove(child)
            form.append(child)
        common.append(form)
    search = etree.Element("form", name="search", action="/search")
    etree.SubElement(search, "input", name="q", type="text")
    etree.SubElement(search, "span").text = "站内搜索"
    _body(document).insert(0, search)
    return True


EMPTY_COMMENT_BOXES = (("0条评论", "还没有人跟贴，快来抢沙发吧", "发表评论"), ("网友评论", "暂无评论，快来抢沙发！"),
                       ("跟贴 0", "还没有人跟贴，快来抢沙发吧"), ("共0条评论", "我要评论"))


def comment_box(document: etree._Element, expected: Expected) -> bool:
    """An empty readers' comment box in the article's container under its last paragraph ("0条评论", "还没有人跟贴，快来抢
    沙发吧", "发表评论"), as a portal's account page (网易号, 搜狐号) prints it before anyone has commented."""
    holders = _paragraph_holders(document, expected)
    if holders is None:
        return False
    _, last = holders
    for line in reversed(rng_for(expected, "comment_box").choice(EMPTY_COMMENT_BOXES)):
        last.addnext(_block("p", line, style="color:#999"))
    return True


# Families whose page reaches the extractor as bytes in this encoding with no charset declared by the server.
VARIANT_BYTES: dict[str, str] = {"wrong_meta_charset": "utf-8", "font_gbk": "gb18030"}


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
    # what real pages from unseen sites and e-papers show that the families above do not
    "table_cells": table_cells,
    "styled_divs": styled_divs,
    "epaper": epaper,
    "title_in_head_only": title_in_head_only,
    "credit_lines": credit_lines,
    "related_tail": related_tail,
    "unseen_cms": unseen_cms,
    "unseen_epaper": unseen_epaper,
    # session 7: what newer CMS pages show
    "article_related_box": article_related_box,
    "paginated": paginated,
    "lazy_images": lazy_images,
    # session 8: what unseen sites show besides
    "badge_headline": badge_headline,
    "word_pasted": word_pasted,
    "site_name_h1": site_name_h1,
    "kicker_subtitle": kicker_subtitle,
    "editor_note": editor_note,
    "closing_staff": closing_staff,
    "date_in_source_line": date_in_source_line,
    "date_relative": date_relative,
    "table_layout": table_layout,
    "wrong_meta_charset": wrong_meta_charset,
    "gov_furniture": gov_furniture,
    "app_share": app_share,
    "subtitle_in_headline": subtitle_in_headline,
    "title_truncated": title_truncated,
    "second_page": second_page,
    # session 9: what the second blind set and unseen pages show besides
    "editor_note_inline": editor_note_inline,
    "video_player": video_player,
    "app_prompt_inside": app_prompt_inside,
    "related_inline": related_inline,
    "centred_captions": centred_captions,
    "meta_date_only": meta_date_only,
    "body_split_by_ads": body_split_by_ads,
    "font_gbk": font_gbk,
    "slogan_h1": slogan_h1,
    "date_numerals": date_printed("numerals"),
    "next_article_appended": next_article_appended,
    "date_in_address_only": date_in_address_only,
    "traditional_page": traditional_page,
    "unseen_portal": unseen_portal,
    # session 10: the third blind set's failing kinds, on pages of our own
    "forum_repost": forum_repost,
    "epaper_heads_table": epaper_heads_table,
    "body_parts_mixed": body_parts_mixed,
    "footnotes": footnotes,
    # session 11: the fourth blind set's failing kinds, on pages of our own
    "app_state_date": app_state_date,
    "reader_comments": reader_comments,
    # session 12 (blind pages 5's kinds)
    "date_day_first": date_printed("day_first"),
    "date_in_spans": date_in_spans,
    "bulletin": bulletin,
    "dateline_names": dateline_names,
    "cms_form": cms_form,
    "comment_box": comment_box,
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




def traditional(text: str, expected: Expected, rng: random.Random) -> str | None:
    """The whole page in traditional script (OpenCC s2t), as a Hong Kong or Taiwan mirror prints it."""
    return to_traditional(text)


def page_header(text: str, expected: Expected, rng: random.Random) -> str | None:
    """The page's own header above it, as a PDF's text layer or an e-paper gives it: the issue's date and weekday
    with the page number ("2023年01月18日 星期三 第3版"), the page's name, and its editors."""
    if not expected.published:
        return None
    date = f"{_printed_date(expected.published)} {_weekday(expected.published)}"
    header = rng.choice((
        [f"{date} 第{rng.randint(2, 8)}版", "工会新闻"],
        ["某某日报", f"{date}", f"第0{rng.randint(2, 8)}版：要闻", "责任编辑：王晓 美编：李明"],
        [f"某某日报 {date} 第{rng.randint(2, 8)}版 工会新闻 责任编辑：王晓"],
    ))
    return "\n".join(header) + "\n\n" + text


def epaper_nav(text: str, expected: Expected, rng: random.Random) -> str | None:
    """An e-paper article's navigation under it: 上一篇/下一篇 with other stories' headlines, 返回目录."""
    previous, following = rng.sample(OTHER_HEADLINES, 2)
    nav = rng.choice((
        [f"上一篇：{previous}", f"下一篇：{following}", "返回目录"],
        ["上一篇　下一篇　返回目录", "版权所有 某某日报社"],
        [f"上一篇:{previous}", f"下一篇:{following}"],
    ))
    return text.rstrip("\n") + "\n\n" + "\n".join(nav) + "\n"


# Commentary openers: a first sentence that states a view, with no date, place or 本报讯 (as 评论/特稿 leads open).
OPENERS = (
    "职工冷暖无小事,桩桩件件连民心。", "技能是立身之本,也是强国之基。", "一座城市的温度,藏在它对劳动者的关爱里。",
    "民生无小事,枝叶总关情。", "劳动者是城市最美的风景,也是发展最坚实的底气。", "工会工作做得好不好,职工说了算。",
)


def _opener(expected: Expected) -> str:
    return rng_for(expected, "commentary_opener").choice(OPENERS)


def commentary_opener(text: str, expected: Expected, rng: random.Random) -> str | None:
    """The 本报讯 lead taken off (when there is one) and the first paragraph opened by a sentence of comment."""
    text = no_lead_byline(text, expected, rng) or text
    opener = _opener(expected)
    start = squash(expected.body_start)[:10]
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if start and squash(normalize_text(line)[0]).startswith(start):
            indent = line[:len(line) - len(line.lstrip())]
            lines[n] = indent + opener + line.lstrip()
            return "\n".join(lines)
    return None


# Families whose text a reader reads converted: the expectations (headline, body's words, chrome) converted alike.
VARIANT_SCRIPT: dict[str, Callable[[str], str]] = {"traditional_page": to_traditional}


def html_variant_expected(expected: Expected, name: str, page: str | None = None) -> Expected:
    """Expectations, an HTML variant's name (and the original page) in → what a reader takes from the rewritten page
    (an 编者按 set inline as the article's first paragraph is the body's start, one boxed apart is not; a page in
    another script is read in it; a second page starts at its first paragraph)."""
    if name == "editor_note_inline" and (note := _editor_note(expected, name)) is not None:
        return Expected(expected.name, expected.title, expected.published, note, expected.body_end)
    if name in VARIANT_SCRIPT:
        convert = VARIANT_SCRIPT[name]
        return Expected(expected.name, convert(expected.title), expected.published, convert(expected.body_start), convert(expected.body_end))
    if name == "epaper_heads_table":
        kicker, subtitle = _heads(expected)
        return replace(expected, kicker=kicker, subtitle=subtitle)
    if name == "second_page" and (text := page) is not None and (start := _second_page_start(parse(text), expected)) is not None:
        return Expected(expected.name, expected.title, expected.published, "".join(start.itertext()).strip(), expected.body_end)
    return expected


def variant_expected(expected: Expected, name: str) -> Expected:
    """Expectations and a text variant's name in → what a reader takes from the rewritten page (an opener the
    variant put in front of the body is the body's start)."""
    if name == "commentary_opener":
        return Expected(expected.name, expected.title, expected.published, _opener(expected) + expected.body_start, expected.body_end)
    return expected


TextVariant = Callable[[str, Expected, random.Random], "str | None"]
TEXT_VARIANTS: dict[str, TextVariant] = {
    "no_lead_byline": no_lead_byline,
    "column_wrapped": column_wrapped,
    "broken_mid_word": broken_mid_word,
    "one_per_line": one_per_line,
    "double_spaced": double_spaced,
    "traditional": traditional,
    "page_header": page_header,
    "epaper_nav": epaper_nav,
    "commentary_opener": commentary_opener,
}


def text_variant(text: str, expected: Expected, name: str) -> str | None:
    """Page text, its expectations and a variant name in → the rewritten page, or None when the variant has nothing to change."""
    return TEXT_VARIANTS[name](text, expected, rng_for(expected, name))
