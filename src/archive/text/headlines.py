"""Headline evidence: lines and their neighbours in → is this an article's headline block or a section
head inside an article; is this headline line a kicker; does a title go on over the next line.

The cue words are data (headlines.yaml, loaded into a frozen ``HeadlineCues`` that rejects unknown
keys); the weighing of the evidence is here. The evidence is what a reader of plain text has once
type sizes are lost: a headline names an actor and an event; an article's block stacks a kicker,
a title and a ——subtitle and is followed by a lead that opens with a date, 近日 or a byline; a
section head is one short line between paragraphs of the same story; a page that gives its
articles bylines gives them all one; blank lines wider than those between paragraphs part articles.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from archive.datafile import load_table, read_table
from archive.text.script import to_simplified

HAN = re.compile(r"[\u4e00-\u9fff]")
OPENING_CLAUSE = re.compile(r"^[^,，、]{1,12}[,，]")  # a short first clause closed by a comma
HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+$")
DASH_LEAD = re.compile(r"^\s*(?:——|—|--|－－|―)")
DATE_LEAD = re.compile(r"^(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日|^(?:19|20)\d\d年\d{1,2}月|^[上下]?(?:周|星期)[一二三四五六日天]")
OPENING, CLOSING = "“《(（「『【〔", "”》)）」』】〕"
# A section head is one line this short; a line longer than this is rarely one.
MAX_SECTION_HEAD = 12
SHORT_HEAD = 8
LONG_TITLE = 16
# A second headline line this short finishes the title rather than being a subtitle.
MAX_TITLE_TAIL = 5
MAX_SHORT_TITLE = 16
MAX_VERBLESS_TAIL = 12
# A first headline line this short without a verb names only the actor or the thing: the title goes on.
MAX_SUBJECT_LINE = 12
# A 引题 naming whose what ("“00后”电工的毫厘坚守") is at least this long; the 主题 under it at least this long.
MIN_WHOSE_WHAT, MIN_HEAD_CLAUSE = 8, 5
MIN_WHOLE_HEAD = 7  # characters of a head line that stands whole over another
MIN_COUPLET_PHRASE = 4  # characters of each phrase of a couplet head ("情系一线职工 温暖送到身边")
CLAUSE_MARKS = ",，、"
LINE_CLAUSES = re.compile(r"[,，、:：!！?？ ]")
MAX_CLAUSE_TAIL = 2
LAST_WORD_CONTEXT = 6  # characters tagged to find a line's last word
COUNT_CONTEXT = 12  # characters tagged to find a count at a line's end and the word before it
# Weighted share of the text below a head that repeats the story above it: at or above SAME_STORY
# the head is read as a section head, at or below NEW_STORY as a new article. Measured on dev-corpus
# articles (text below = up to three paragraphs): same story 5th percentile 0.04, median 0.09;
# next story median 0.027, 95th percentile 0.07.
SAME_STORY, NEW_STORY = 0.07, 0.035
MIN_OVERLAP_TEXT = 20  # bigrams
# A block opens an article at this many points of evidence; the story overlap is worth this many.
ARTICLE_POINTS, OVERLAP_POINTS = 2, 2
NEW_PLACE_POINTS = 2
CAPTION_POINTS = 2
SIGNATURE_POINTS = 2
MIN_PLACE_NAME = 2
MAX_COLUMN_LABEL = 10  # characters of a column's label after its mark (■案说工会)
MAX_BRIEF_LABEL = 12  # characters of a 简讯 column's label with its marks (【工会简讯】)
MIN_TEASER, MAX_TEASER = 4, 40  # characters of a 导读 box's teaser before its page, and of the whole line
MAX_SIGNER_BODY = 24  # characters of an expert's body and role before the name on a sign-off line
MAX_PAGE_NAME = 8  # characters of a page's name (职工生活周刊)
MIN_RUN_IN_HEAD, MAX_RUN_IN_HEAD = 5, 40  # characters of a brief's head run in before its text
MIN_RUN_IN_BRACKETED = 8  # ...of one in brackets ("【两节送温暖】近日，…" is a column's label over its lead)
MIN_RUN_IN_TEXT = 15  # characters of the text after a run-in head, a sentence mark among them
# A page's foot: lines looked at from the page's end, the longest telling line, the longest ad line without a stop, and
# the telling lines a foot holds at least.
MAX_FOOT_RUN, MAX_FOOT_LINE, MAX_AD_LINE, MIN_FOOT_LINES = 24, 60, 20, 2
MAX_BEFORE_PHONE_WORD = 8  # characters before a phone's word on a foot line (本报服务热线); a story's sentence says more first
# A data box's items: lines this short holding a number and its measure (1200余名, 3.6万元, 96%), no sentence mark in them;
# at least this many under the label.
MAX_BOX_ITEM, MIN_BOX_ITEMS, MAX_BOX_TOPIC = 30, 2, 8
FIGURE = re.compile(r"\d[\d.,]*\s*(?:[\u4e00-\u9fff%％])")
BARE_FIGURE = re.compile(r"^\d[\d.,]*\s*[\u4e00-\u9fff%％]{1,3}$")
BOX_ITEM_STOPS = re.compile(r"[。！？!?；;]")
SENTENCE_MARKS = re.compile(r"[，,。；;！!？?]")  # (a comma may part an item: "1200余名，同比增长15%")


@dataclass(frozen=True)
class HeadlineCues:
    """The word lists of headlines.yaml."""

    actor_suffixes: tuple[str, ...]
    actor_heads: tuple[str, ...]
    event_verbs: tuple[str, ...]
    lead_openers: tuple[str, ...]
    report_times: tuple[str, ...]
    continuation_openers: tuple[str, ...]
    title_continues_after: tuple[str, ...]
    cannot_open_line: tuple[str, ...]
    kicker_brackets: tuple[str, ...]
    kicker_endings: tuple[str, ...]
    column_marks: tuple[str, ...]
    brief_labels: tuple[str, ...]
    sidebar_labels: tuple[str, ...]
    photo_labels: tuple[str, ...]
    digest_labels: tuple[str, ...]
    page_pointers: tuple[str, ...]
    dialogue_labels: tuple[str, ...]
    pos_cannot_end_title: tuple[str, ...]
    pos_cannot_open_subtitle: tuple[str, ...]
    pos_predicate: tuple[str, ...]
    pos_measure: tuple[str, ...]
    named_bodies: tuple[str, ...]
    place_suffixes: tuple[str, ...]
    local_places: tuple[str, ...]
    not_after_place_suffix: tuple[str, ...]
    signer_roles: tuple[str, ...]
    page_name_endings: tuple[str, ...]
    data_box_labels: tuple[str, ...]
    clause_openers: tuple[str, ...]
    framed_clause_openers: tuple[str, ...]
    clause_closers: tuple[str, ...]
    foot_labels: tuple[str, ...]
    classified_words: tuple[str, ...]
    phone_words: tuple[str, ...]
    address_words: tuple[str, ...]


def parse_cues(data: object, name: str = "headlines.yaml") -> HeadlineCues:
    """YAML data in → HeadlineCues; DataFileError naming the key when a key is unknown, missing or not a list of strings."""
    return read_table(HeadlineCues, data, name)


@cache
def load_cues() -> HeadlineCues:
    """headlines.yaml beside this module → HeadlineCues (read once)."""
    return load_table(HeadlineCues, "archive.text", "headlines.yaml")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


@dataclass(frozen=True)
class Patterns:
    actor_event: re.Pattern
    lead: re.Pattern
    report_time: re.Pattern
    continuation: re.Pattern
    marked_kicker: re.Pattern
    particular: re.Pattern
    dialogue: re.Pattern
    brief_label: re.Pattern
    sidebar_label: re.Pattern
    digest_label: re.Pattern
    teaser: re.Pattern
    page_ref: re.Pattern
    signer: re.Pattern
    page_name: re.Pattern
    data_box_label: re.Pattern
    adverbial_clause: re.Pattern
    run_in_head: re.Pattern
    run_in_page: re.Pattern
    foot_line: re.Pattern
    foot_label: re.Pattern


@cache
def patterns() -> Patterns:
    """The cues compiled into the patterns the predicates below use."""
    cues = load_cues()
    return Patterns(
        actor_event=re.compile(rf"(?:{_alternation(cues.actor_suffixes)})\s?[^，,。！？]{{0,6}}?(?:{_alternation(cues.event_verbs)})"),
        lead=re.compile(rf"^(?:{_alternation(cues.lead_openers)})"),
        report_time=re.compile(rf"^(?:{_alternation(cues.report_times)})[^,，、]{{0,10}}[,，]"),
        continuation=re.compile(rf"^(?:{_alternation(cues.continuation_openers)})"),
        marked_kicker=re.compile(
            "|".join(f"^{re.escape(pair[0])}.*{re.escape(pair[1])}$" for pair in cues.kicker_brackets if len(pair) == 2)
            + rf"|(?:{_alternation(cues.kicker_endings)})$"
            + rf"|^(?:{_alternation(cues.column_marks)})\s*[^,，。;；:：!！?？\s]{{1,{MAX_COLUMN_LABEL}}}$"
        ),
        dialogue=re.compile(rf"^(?:{_alternation(cues.dialogue_labels)})\s*[:：]"),
        brief_label=re.compile(rf"^[【\[〔［]?(?:{_alternation(cues.column_marks)})?\s*(?:{_alternation(cues.brief_labels)})\s*[】\]〕］]?$"),
        sidebar_label=re.compile(
            rf"^[【\[〔［]?(?:{_alternation(cues.column_marks)})?\s*(?:{_alternation(cues.sidebar_labels + cues.photo_labels)})\s*[】\]〕］]?$"),
        digest_label=re.compile(rf"^[【\[〔［]?(?:{_alternation(cues.column_marks)})?\s*(?:{_alternation(cues.digest_labels)})\s*[】\]〕］]?$"),
        # a teaser: words without a full stop, then its page set off by a space, an arrow or a bracket ("…怎么算 6版", "…▶2版",
        # "…（第3版）", "…详见第3版")
        teaser=re.compile(
            rf"^[^。；;]{{{MIN_TEASER},}}?(?:\s|[▶►→>》]|[（(]|(?:{_alternation(cues.page_pointers)}))\s*"
            rf"(?:{_alternation(cues.page_pointers)})?\s*(?:第\s*)?[A-Z]?\d{{1,2}}\s*版\s*[)）]?$"
        ),
        page_ref=re.compile(r"^[▶►→>·●]?\s*(?:第\s*)?[A-Z]?\d{1,2}\s*版$"),  # a teaser's page on a line of its own ("▶6版")
        # an expert's sign-off: body and role, a space, the name ("青禾市总工会法律援助中心律师 孟强"), no punctuation
        signer=re.compile(rf"^[—－-]*\s*[\u4e00-\u9fff]{{0,{MAX_SIGNER_BODY}}}(?:{_alternation(cues.signer_roles)})\s+[\u4e00-\u9fff·]{{2,4}}$"),
        page_name=re.compile(rf"^[\u4e00-\u9fff]{{1,{MAX_PAGE_NAME - 2}}}(?:{_alternation(cues.page_name_endings)})$"),
        # (searched over a page: one line whole, marks and brackets allowed)
        # a head line that is an adverbial clause alone: a condition or circumstance (只要职工有需要), or a frame (当…时, 在…中)
        adverbial_clause=re.compile(rf"^(?:(?:{_alternation(cues.clause_openers)})[^,，。;；!！?？\s]+"
                                    rf"|(?:{_alternation(cues.framed_clause_openers)})[^,，。;；!！?？\s]+?(?:{_alternation(cues.clause_closers)}))$"),
        # (with the box's topic after it now and then: 数说·工会驿站, 【数说】这一年)
        data_box_label=re.compile(rf"^[【\[〔［▲]?(?:{_alternation(cues.column_marks)})?\s*(?:{_alternation(cues.data_box_labels)})\s*[】\]〕］]?"
                                  rf"(?:\s*[·・•:：|｜]?\s*[\u4e00-\u9fff\d]{{1,{MAX_BOX_TOPIC}}})?$", re.MULTILINE),
        # a brief's head run in before its text on one line, after a column mark or in 【】 ("■东城区工会送清凉 7月10日，…",
        # "【西湖街道职工书屋揭牌】近日，…"): the head ends at a space or the closing bracket (or the mark again)
        run_in_head=re.compile(
            rf"^(?:(?P<mark>{_alternation(cues.column_marks)})\s*(?P<head>[^\s。；;]{{{MIN_RUN_IN_HEAD},{MAX_RUN_IN_HEAD}}}?)(?:\s+|(?P=mark))"
            rf"|【(?P<bracketed>[^\s。；;【】]{{{MIN_RUN_IN_HEAD},{MAX_RUN_IN_HEAD}}})】\s*)(?P<text>\S.*)$"
        ),
        run_in_page=re.compile(rf"^(?:{_alternation(cues.column_marks)}|【)", re.MULTILINE),
        # a telling line of a page's foot: a classified's words, a phone after its word, an address, a temperature closing it
        foot_line=re.compile(
            rf"(?:{_alternation(cues.classified_words)})|(?:^|[。\s])[^，,。\s]{{0,{MAX_BEFORE_PHONE_WORD}}}?(?:{_alternation(cues.phone_words)})[^。，,]{{0,6}}?[:：]?\s*"
            rf"(?:(?:\d{{3,4}}[-－]\s?)?\d{{3,4}}\s?\d{{4}}|\d{{5}})"  # (0571-85310000, a city's 8 digits 2833 1234, a 5-digit hotline)
            rf"|^(?:{_alternation(cues.address_words)})\s*[:：]|-?\d{{1,2}}\s*(?:℃|°C|度)\s*$"
        ),
        foot_label=re.compile(rf"^[【\[〔［■□]?\s*(?:{_alternation(cues.foot_labels)})\s*[】\]〕］]?$"),
        particular=re.compile(
            rf"\d|[“”《》「」\"]|(?:{_alternation(cues.local_places)})"
            rf"|[\u4e00-\u9fff]{{{MIN_PLACE_NAME}}}(?:{_alternation(cues.named_bodies)})"
            rf"|[\u4e00-\u9fff]{{{MIN_PLACE_NAME}}}(?:{_alternation(cues.place_suffixes)})(?!{_alternation(cues.not_after_place_suffix)})"
        ),
    )


def names_actor_and_event(line: str) -> bool:
    """Headline line in → True when it names an actor doing something ("宁波市总工会开展…")."""
    return patterns().actor_event.search(line) is not None


def names_particulars(line: str) -> bool:
    """Headline line in → True when it names something particular: a number, a quoted name (“浙工悦读”), a named
    place or body (余姚市, 福州工会驿站, 我市): what a 主题 reports, where a 引题's general words
    (稳就业促发展, 用心用情办好职工实事) set the theme."""
    return patterns().particular.search(to_simplified(line)) is not None


def opens_dialogue(line: str) -> bool:
    """Line in → True when it is a turn of a Q&A (记者：…？, 问：…, 答：…): interview text, never a head."""
    return patterns().dialogue.match(line) is not None


def opens_lead(paragraph: str) -> bool:
    """Paragraph in → True when it opens the way a story's first paragraph does (a date, 近日, 日前)."""
    return bool(patterns().lead.match(paragraph) or DATE_LEAD.match(paragraph))


def opens_with_report_time(line: str) -> bool:
    """Line in → True when it opens with when the news happened, closed by a comma ("近日, 余姚市总工会…",
    "7月5日,…"): a lead's first clause; a headline says what happened, not when it was reported."""
    return bool(patterns().report_time.match(line) or (DATE_LEAD.match(line) and OPENING_CLAUSE.match(line)))


def carries_on(paragraph: str) -> bool:
    """Paragraph in → True when it opens the way a story's later paragraphs do (此外, 据了解, 他…)."""
    return patterns().continuation.match(paragraph) is not None and not opens_lead(paragraph)


def is_dash_subtitle(line: str) -> bool:
    """Line in → True when it is set as a subtitle ("——宁波工会关怀保障及时送达")."""
    return DASH_LEAD.match(line) is not None


def is_kicker_shaped(line: str) -> bool:
    """First headline line in → True when it reads as a kicker: a bracketed column, a lead-in ending in
    a colon or dash, or a slogan of three or more short phrases."""
    if is_marked_kicker(line):
        return True
    phrases = line.split(" ")
    # a slogan's phrases are words in parallel: Han only, no figure or quoted name ("“幸福大巴” 汕头发车 800名…" is a title)
    return len(phrases) >= 3 and all(len(p) <= 10 and HAN_ONLY.match(p) for p in phrases)


def _unbalanced(line: str) -> bool:
    return sum(line.count(c) for c in OPENING) > sum(line.count(c) for c in CLOSING)


def breaks_mid_phrase(line: str, following: str) -> bool:
    """A line and the next in → True when the break between them falls inside a phrase (an open quote,
    a trailing 的/与/和, a next line opening with 的/了/”)."""
    cues = load_cues()
    if _unbalanced(line) or following.startswith(cues.cannot_open_line):
        return True
    return line.endswith(cues.title_continues_after) and _last_word(line) in cues.title_continues_after


def _last_word(line: str) -> str:
    """Line in → its last word (jieba), so 及 in 触手可及 is not read as the conjunction 及."""
    words = [word for word, _ in _tagger()(to_simplified(line[-LAST_WORD_CONTEXT:])) if word.strip()]
    return words[-1] if words else ""


@lru_cache(maxsize=1)
def _tagger() -> Callable[[str], list[tuple[str, str]]]:
    """jieba's part-of-speech tagger over its own dictionary: rjieba when installed, else jieba."""
    try:
        import rjieba

        return rjieba.tag
    except ImportError:  # pragma: no cover - rjieba is pinned; jieba is the reference fallback
        import jieba.posseg

        return lambda text: [(pair.word, pair.flag) for pair in jieba.posseg.lcut(text)]


@lru_cache(maxsize=4096)
def junction(line: str, following: str) -> str | None:
    """Two lines in → "word" when the break between them falls inside a word, "end" when it leaves the first
    line on a word that cannot end a title, "open" when the second opens on one that cannot open a subtitle, else None."""
    cues = load_cues()
    text = to_simplified(line + following)  # jieba's dictionary is simplified
    if len(text) != len(line) + len(following):
        text = line + following
    words = [(word, tag) for word, tag in _tagger()(text) if word.strip()]
    position = len(line) - sum(1 for ch in line if ch.isspace())
    at = 0
    for n, (word, tag) in enumerate(words):
        if at < position < at + len(word):
            return "word"
        if at + len(word) == position:
            after = words[n + 1][1] if n + 1 < len(words) else ""
            return "end" if tag in cues.pos_cannot_end_title else "open" if after in cues.pos_cannot_open_subtitle else None
        at += len(word)
    return None


def is_brief_label(line: str) -> bool:
    """Line in → True when it is a 简讯 column's label (工会简讯, ■短讯, 【基层动态】)."""
    return len(line) <= MAX_BRIEF_LABEL and patterns().brief_label.match(line) is not None  # (length first: most lines are longer)


def is_sidebar_label(line: str) -> bool:
    """Line in → True when it is a sidebar's label (记者手记, ■编后, 【链接】) or a photo story's (图片新闻, 图说): the kicker of
    the sidebar's or photo story's head below it."""
    return len(line) <= MAX_BRIEF_LABEL and patterns().sidebar_label.match(line) is not None


def _box_line(line: str) -> bool:
    """A line in → True when it may be a data box's item or the words under its figure: short, no sentence mark."""
    return bool(line) and len(line) <= MAX_BOX_ITEM and not BOX_ITEM_STOPS.search(line)


def data_box_lines(lines: list[str], text: str) -> frozenset[int]:
    """A page's lines and its text in → the indices of the lines of its data boxes: a label (数说, ■数读; headlines.yaml
    ``data_box_labels``) on a line of its own over at least two figure items, each a short line holding a number and its
    measure and no sentence mark ("1200余名 职工参加技能培训", "职工满意度96%"), or a figure alone over what it counts
    ("3.6万元" / "发放慰问金"). A page without a label costs one search of its text."""
    if "数" not in text or not patterns().data_box_label.search(text):
        return frozenset()
    boxed: set[int] = set()
    for n, line in enumerate(lines):
        if len(line) > MAX_BRIEF_LABEL + MAX_BOX_TOPIC or not patterns().data_box_label.match(line):
            continue
        items, at = [], n + 1
        while at < len(lines) and _box_line(lines[at]):
            if BARE_FIGURE.match(lines[at]) and at + 1 < len(lines) and _box_line(lines[at + 1]) and not FIGURE.search(lines[at + 1]):
                items += [at, at + 1]  # a figure over what it counts
                at += 2
            elif FIGURE.search(lines[at]):
                items.append(at)
                at += 1
            else:
                break
        if len(items) >= MIN_BOX_ITEMS:
            boxed.update([n, *items])
    return frozenset(boxed)


def opens_with_column_mark(line: str) -> bool:
    """Line in → True when it opens with a column mark (■, □, ◆: headlines.yaml ``column_marks``)."""
    return line[:1] in _column_mark_chars()


@cache
def _column_mark_chars() -> str:
    return "".join(load_cues().column_marks)


def may_run_in_heads(text: str) -> bool:
    """Page text in → True when a line of it opens with a column mark or 【 (one search of the page: most have none)."""
    return patterns().run_in_page.search(text) is not None


def run_in_head(line: str) -> tuple[str, str] | None:
    """A line in → (head, text) when it is a brief whose head runs in before its text: a column mark, a head (no full stop,
    shaped as a headline) and, after a space, the item's text on the same line ("■东城区总工会为环卫工人送清凉 7月10日，东城区
    总工会…。"), or the head in 【】 ("【西湖街道职工书屋揭牌】近日，…"; at least MIN_RUN_IN_BRACKETED characters, or naming an
    actor and an event: a short bracketed word is a column's label). A 简讯 column sets its items so; else None.
    (Whether the head reads as a headline is the splitter's question: split.run_in_lines.)"""
    found = patterns().run_in_head.match(line)
    if found is None:
        return None
    head, text = found.group("head") or found.group("bracketed"), found.group("text")
    if len(text) < MIN_RUN_IN_TEXT or not SENTENCE_MARKS.search(text):
        return None
    if found.group("bracketed") and len(head) < MIN_RUN_IN_BRACKETED and not names_actor_and_event(to_simplified(head)):
        return None
    return head, text


def page_foot_lines(lines: list[str]) -> frozenset[int]:
    """A page's lines in → the indices of the lines of its foot under the last story: the run of lines closing the page that
    are an ad box's, classifieds', the hotline's or a weather box's ("遗失声明" / "李明遗失身份证一张，…声明作废。" / "招聘：厨师2名…
    电话：0571-…" / "地址：…" / "今日天气" / "多云 12～18℃"), when at least MIN_FOOT_LINES of them are telling ones
    (headlines.yaml ``classified_words``, ``phone_words``, ``address_words``, a temperature, a ``foot_labels`` label); short lines
    without a full stop among them (会员日全场八五折) go with the run. The last story's last paragraph (a sentence) ends the run."""
    run: list[int] = []
    telling = 0
    for n in range(len(lines) - 1, max(-1, len(lines) - MAX_FOOT_RUN - 1), -1):
        line = lines[n]
        if not line:
            continue
        if len(line) <= MAX_FOOT_LINE and (patterns().foot_label.match(line) or patterns().foot_line.search(line)):
            telling += 1
        elif not (len(line) <= MAX_AD_LINE and not BOX_ITEM_STOPS.search(line) and not SENTENCE_MARKS.search(line[:-1])):
            break
        run.append(n)
    return frozenset(run) if telling >= MIN_FOOT_LINES else frozenset()


def is_digest_line(line: str, following: str = "") -> bool:
    """Line and the next in → True when the line belongs to a 导读 box: its label (本期导读) or a teaser closed by the page
    it points to ("●法援律师说：加班费怎么算 6版", "劳模工匠进校园▶第3版"), or set over it ("●职工书屋进车间" / "▶3版"):
    page chrome, never a kicker or a title. A jump line (（下转第3版）) is read before this; a sentence that names a page
    ends in a full stop."""
    if line[-1:] in "版)）" and len(line) <= MAX_TEASER:  # (the last character first: most lines end otherwise)
        return patterns().teaser.match(line) is not None
    if following[-1:] == "版" and len(line) <= MAX_TEASER and patterns().page_ref.match(following) and "。" not in line:
        return True
    return len(line) <= MAX_BRIEF_LABEL and patterns().digest_label.match(line) is not None


def is_signer_line(line: str) -> bool:
    """Line in → True when it is an expert's sign-off on a line of its own: body, role and name ("青禾市总工会法律援助中心律师
    孟强" under a letter's answer): it closes the piece above, never opens the next title."""
    return len(line) <= MAX_SIGNER_BODY + 12 and " " in line and patterns().signer.match(line) is not None  # (cheap tests first)


def is_page_name(line: str) -> bool:
    """Line in → True when it reads as a page's name (版名) in a page header: a short line ending the way page names end
    (职工生活周刊, 劳动者之家). Asked only above a page's first story, under its page label or date."""
    return len(line) <= MAX_PAGE_NAME and patterns().page_name.match(line) is not None


def is_marked_kicker(line: str) -> bool:
    """Line in → True when its marks make it a kicker: a bracketed column, a column's label after its mark (■案说工会)
    or a lead-in ending in a colon or dash."""
    if line[:1] == "【" and is_bracketed_head(line):
        return False
    return patterns().marked_kicker.search(line) is not None or is_brief_label(line) or is_sidebar_label(line)


def is_bracketed_head(line: str) -> bool:
    """Line in → True when it is a head set in 【】, as a column of briefs sets its items' heads ("【西湖街道职工书屋揭牌】"
    over the item's text): at least MIN_RUN_IN_BRACKETED characters inside, naming an actor and an event. A column's label
    in 【】 (【两节送温暖】, 【一线传真】) is shorter or names no actor: a kicker."""
    return (line[:1] == "【" and line[-1:] == "】" and len(line) - 2 >= MIN_RUN_IN_BRACKETED and "】" not in line[1:-1]
            and names_actor_and_event(to_simplified(line[1:-1])))


def title_goes_on(line: str, following: str) -> bool:
    """A headline line and the next in → True when the break between them falls mid-phrase or mid-word."""
    if is_dash_subtitle(following) or is_marked_kicker(line):
        return False
    return breaks_mid_phrase(line, following) or junction(line, following) is not None


def continues_title(line: str, following: str) -> bool:
    """Two headline lines in → True when the second finishes a title broken over both (not a subtitle)."""
    if is_dash_subtitle(following) or line.strip() == following.strip():
        return False  # (a line set twice is a repeat, not a title's two halves)
    if line.rstrip()[-1:] in CLAUSE_MARKS and len(line.rstrip()) > 1:
        return True  # a headline line never ends on a comma: the next clause is on the next line
    if is_marked_kicker(line):
        return False
    if is_couplet(line) and len(following) > MAX_VERBLESS_TAIL:
        return False  # a couplet of two matched phrases ("工会法官进社区 调解调到家门口") is whole over a head of its own,
        # whatever jieba makes of the break ("车间旁" / "临平…" read as a word 旁临); a short tail may finish it
    if len(following) >= MIN_HEAD_CLAUSE and patterns().adverbial_clause.match(to_simplified(line.strip())):
        return True  # "只要职工有需要" / "工会就在身边", "当高温来袭时" / "…": a condition or circumstance is no sentence of its own
    if breaks_mid_phrase(line, following):
        return True
    cut = junction(line, following)
    if cut == "word" or (line[-1:].isdigit() and (following[:1].isdigit() or _opens_with_measure(following))):
        return True  # "800" / "名在汕务工人员…": a number goes on to its measure word
    if _ends_on_count(line):
        return True  # "…汕头发车 800名" / "在汕务工人员…": a count goes on to what it counts
    if is_kicker_shaped(line):
        return False  # a slogan of short phrases stands above the title
    if cut == "end" or (cut == "open" and (names_particulars(line) or not _says_what_happened(line))):
        return True  # "…开展" / "慰问…" goes on; a 引题 of general words that already says what is done
        # ("用心用情办好职工实事") stands whole over its 主题
    if to_simplified(following[:LAST_WORD_CONTEXT]).startswith(load_cues().actor_heads) and _ends_on_place(line):
        return True  # "…武汉市" / "总工会慰问…": the actor's name was broken
    if cut is None and len(line) >= MIN_WHOLE_HEAD and (
        len(following) >= MIN_WHOLE_HEAD + 2 and names_actor_and_event(to_simplified(following)) and not names_particulars(line)
        and not (to_simplified(line).endswith(load_cues().actor_suffixes) or _ends_on_place(line))
    ):
        return False  # "新春佳节送祝福" / "福州工会驿站撑起夏日“清凉伞”": the line under says who did what on its own, and the
        # line above, in general words, waits for no actor: two heads (引题 and 主题), not one broken ("浙能集团" /
        # "工会送出六大福袋", "张家港市快递" / "行业联合工会正式成立" are one)
    if _names_whose_what(line) and len(following) >= MIN_HEAD_CLAUSE and cut is None:
        return False  # "“00后”电工的毫厘坚守" / "电光里淬炼匠心": a 引题 naming whose what, over a 主题 saying what happens
    clause = LINE_CLAUSES.split(line)[-1]
    if clause and not _has_predicate(clause) and (len(line) <= MAX_SUBJECT_LINE or to_simplified(clause).endswith(load_cues().actor_suffixes)):
        return True  # a headline says what happened: a line ending on who or what, with no event yet, goes on below
    if len(HAN.findall(LINE_CLAUSES.split(line)[-1])) <= MAX_CLAUSE_TAIL:
        return True  # a one- or two-character tail after a comma or space ("…,职工") cannot end a headline
    if len(line) + len(following) <= MAX_SHORT_TITLE:
        return True  # a title and its subtitle together run longer
    if len(following) <= MAX_VERBLESS_TAIL and not _has_verb(following):
        return True  # a subtitle says what happened; a bare noun phrase finishes the title above
    return len(HAN.findall(following)) <= MAX_TITLE_TAIL and len(following) <= MAX_TITLE_TAIL + 2


@lru_cache(maxsize=4096)
def _has_verb(line: str) -> bool:
    return any(tag.startswith("v") for _, tag in _tagger()(to_simplified(line)))


@lru_cache(maxsize=4096)
def _has_predicate(line: str) -> bool:
    """Line in → True when it holds a verb or an adjective that can say what happened (jieba tags;
    a verbal noun such as 建设 or 速配 in "山西太原建设" names a thing, not an event)."""
    cues = load_cues()
    return any(tag in cues.pos_predicate or (tag.startswith("v") and tag != "vn") for _, tag in _tagger()(to_simplified(line)))


def is_couplet(line: str) -> bool:
    """Line in → True when it is two matched phrases of Han characters parted by a space, each of at least four and
    within one of each other in length ("情系一线职工 温暖送到身边", "上门送祝福 真情暖人心"): a head line complete in itself."""
    phrases = line.split()
    return (len(phrases) == 2 and all(len(p) >= MIN_COUPLET_PHRASE and HAN_ONLY.match(p) for p in phrases)
            and abs(len(phrases[0]) - len(phrases[1])) <= 1)


@lru_cache(maxsize=4096)
def _names_whose_what(line: str) -> bool:
    """Line in → True when it is a whole noun phrase "X的Y" ending on its noun ("“00后”电工的毫厘坚守", "一名老党员的三十年"):
    a 引题 naming someone's something, complete on its line, which a 主题 under it with its own predicate does not finish."""
    if len(line) < MIN_WHOSE_WHAT or "的" not in line[1:-2]:
        return False
    words = [(word, tag) for word, tag in _tagger()(to_simplified(line)) if word.strip()]
    after = next((n for n in range(len(words) - 1, -1, -1) if words[n][0] == "的"), None)
    # (what follows 的 is the phrase's head, jieba tags it a noun or, for 坚守/追求, a verb; never a particle or preposition)
    return after is not None and after < len(words) - 1 and words[-1][1] not in load_cues().pos_cannot_end_title


@lru_cache(maxsize=4096)
def _says_what_happened(line: str) -> bool:
    """Line in → True when it holds a verb and then its object, ending on a noun ("用心用情办好职工实事"): a whole
    statement, so a verb opening the line below starts the next head line rather than finishing this one."""
    tags = [tag for word, tag in _tagger()(to_simplified(line)) if word.strip()]
    verb = next((n for n, tag in enumerate(tags) if tag.startswith("v") and tag != "vn"), None)
    # (or on a place word after its noun: "把工会服务送到职工心坎上")
    return verb is not None and verb < len(tags) - 1 and (tags[-1].startswith("n") or (tags[-1] in ("f", "s") and tags[-2].startswith("n")))


def _ends_on_place(line: str) -> bool:
    """Line in → True when its last word is a place name (jieba tag ns)."""
    words = [tag for word, tag in _tagger()(to_simplified(line[-LAST_WORD_CONTEXT:])) if word.strip()]
    return bool(words) and words[-1] == "ns"


@lru_cache(maxsize=4096)
def _ends_on_count(line: str) -> bool:
    """Line in → True when it ends on a number and its measure word ("…汕头发车 800名", "10万元"): the noun counted comes next.
    A count right after the noun it counts closes the head ("全市新建户外劳动者驿站120个", "…“金牌工匠”15名"): the line under
    it is a subtitle, not the thing counted."""
    words = [(word, tag) for word, tag in _tagger()(to_simplified(line[-COUNT_CONTEXT:])) if word.strip()]
    if len(words) < 2 or words[-1][0][-1:].isdigit():
        return False
    (number, number_tag), measure_tag = words[-2], words[-1][1]
    measures = load_cues().pos_measure
    if len(words) >= 3 and (words[-3][1].startswith("n") or words[-3][0] in CLOSING):
        return False
    return measure_tag in measures and number_tag in measures and number[-1:].isdigit()


def _opens_with_measure(line: str) -> bool:
    """Line in → True when its first word is a numeral or measure word (名, 年, 万元) that a number above goes on to."""
    words = [tag for word, tag in _tagger()(to_simplified(line[:LAST_WORD_CONTEXT])) if word.strip()]
    return bool(words) and words[0] in load_cues().pos_measure


@dataclass(frozen=True)
class BlockContext:
    """What a reader sees around one run of headline-like lines."""

    lines: tuple[str, ...]  # the run, top to bottom
    gap_before: int  # blank lines above the run
    paragraph_gap: int  # blank lines the page puts between paragraphs
    first: bool  # nothing but page chrome above it
    byline_follows: bool  # an agency byline or a credit line right below it
    next_paragraph: str  # the first body paragraph below it ("" at the end of the page)
    page_bylined: bool  # most of the page's articles open with a byline
    page_gapped: bool = False  # paragraphs follow each other without blank lines, and heads stand after blank lines
    overlap: float | None = None  # how much of the text below repeats the story above (story_overlap)
    new_place: bool | None = None  # the head (or the lead's first clauses) names a place the story above never names
    new_place_below: bool = False  # ...and the text below the head names it too
    after_caption: bool = False  # a photo caption stands right above it (a picture parts it from the text above)
    after_signature: bool = False  # the story above ends on its writer's signature ("（通讯员 钱晓蕾）"): it is closed
    in_briefs: bool = False  # it stands in a 简讯 column, under its label, with no wider gap since


def opens_article(block: BlockContext) -> bool:
    """A run of headline-like lines in context → True when it is an article's headline block,
    False when it is a section head inside the article above (or a stray line)."""
    if block.byline_follows:
        return True
    if not block.next_paragraph:
        return False
    if block.first:
        return True
    if len(block.lines) == 1 and is_marked_kicker(block.lines[0]):
        return False  # a column's label or a lead-in with no title under it heads a part of the story above (■记者手记)
    return evidence(block) >= ARTICLE_POINTS


def undecided(block: BlockContext) -> bool:
    """True when the story overlap could still turn the decision on this block either way."""
    if block.byline_follows or not block.next_paragraph or block.first or (len(block.lines) == 1 and is_marked_kicker(block.lines[0])):
        return False
    return ARTICLE_POINTS - OVERLAP_POINTS <= evidence(block) < ARTICLE_POINTS + OVERLAP_POINTS


def evidence(block: BlockContext) -> int:
    """A run of headline-like lines in context → points for 'opens an article' (minus points for 'section head')."""
    lines = block.lines
    title = lines[1] if len(lines) > 1 and is_kicker_shaped(lines[0]) else lines[0]
    points = 0
    if block.gap_before > block.paragraph_gap or block.in_briefs:
        points += 3  # (in a 简讯 column each item's head opens it as a gap would)
    elif block.after_caption:
        points += CAPTION_POINTS  # pictures stand between stories: the caption parts it like a wide gap
    if len(lines) > 1:
        points += 2
    if any(is_dash_subtitle(line) for line in lines[1:]) or is_kicker_shaped(lines[0]):
        points += 2
    if names_actor_and_event(" ".join(lines)):
        points += 2
    if len(title) >= LONG_TITLE:
        points += 1
    elif len(title) <= SHORT_HEAD and len(lines) == 1:
        points -= 2  # section heads are short phrases
    elif len(title) > MAX_SECTION_HEAD:
        points += 1
    if title[:1] in "“\"" and title[-1:] in "”\"" and len(lines) == 1:
        # a quotation set as a headline is the speaker's sentence (“我们的幸福感越来越强了”); a phrase in quotes no longer
        # than a section head, alone between paragraphs, names a part of the story (“暖心账”, “一个都不能少”)
        points += 1 if len(title) > MAX_SECTION_HEAD else -1
    if patterns().lead.match(block.next_paragraph):
        points += 2  # 近日, 日前, 本报讯: how a story's first paragraph opens
    elif DATE_LEAD.match(block.next_paragraph):
        points += 1  # a date opens later paragraphs too
    elif carries_on(block.next_paragraph):
        points -= 1
    if block.page_bylined and not block.after_signature:
        points -= 3  # a head on a page whose stories open with bylines sits inside one, unless the story above was signed off
    if block.after_signature:
        points += SIGNATURE_POINTS  # a signature closes a story: what follows it is the next one
    if block.page_gapped and block.gap_before <= block.paragraph_gap and not (block.after_caption or block.after_signature or block.in_briefs):
        points -= 3  # the page sets its articles apart with blank lines; none stands above this head
    if block.new_place:
        points += NEW_PLACE_POINTS  # a section head stays within its story's places; a new story's headline brings its own
        points += block.new_place_below  # and the story under it is about that place
    if block.overlap is not None:
        if block.overlap >= SAME_STORY:
            points -= OVERLAP_POINTS
        elif block.overlap <= NEW_STORY:
            points += OVERLAP_POINTS
    return points


def new_places(head: list[str], story_above: str) -> set[str] | None:
    """Headline lines and the text of the story above in → the places (jieba tag ns, 万州 in "万州找律师事务所")
    the head names that the story above never names (empty when it names them all), None when it names none."""
    places = {
        word for line in head for word, tag in _tagger()(to_simplified(line)) if tag == "ns" and len(word) >= MIN_PLACE_NAME
    }
    if not places:
        return None
    above = to_simplified(story_above)
    return {place for place in places if place not in above}


def names_new_place(head: list[str], story_above: str) -> bool | None:
    """Headline lines and the text of the story above in → True when the head names a place that the story
    above never names, False when all its places are there, None when it names none."""
    found = new_places(head, story_above)
    return None if found is None else bool(found)


def bigrams(text: str) -> set[str]:
    """Text in → the set of its character pairs (the words a reader would recognise again; pairs with
    punctuation come along and weigh little, being on every paragraph)."""
    return set(map(operator.add, text, text[1:]))


def story_overlap(above: set[str], below: set[str], weights: dict[str, float]) -> float | None:
    """Bigrams of the story above a head, of the text below it, and a weight per bigram in → the weighted
    share of the text below that the story above already used (None when there is too little text)."""
    if not above or len(below) < MIN_OVERLAP_TEXT:
        return None
    total = sum(map(weights.__getitem__, below))
    return sum(map(weights.__getitem__, below & above)) / total if total > 0 else None
