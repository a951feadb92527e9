"""Paragraphs → Figures: money, people and items an article reports (dev-corpus README "Figures").

A figure is a numeral (digits, Chinese or mixed: 1600余名, 近万份, 75万余, 三千多人) with a
unit from ``figures.yaml``; qualifiers come from the words around it (近 → approx, 余 → over,
不少于 → at_least, 不超过 → at_most). Not figures: counts of organisations, facilities, events,
cases (by the counted noun), ranks, wages, numbers inside short quoted names and bare round
magnitudes naming a programme (千名职工大走访活动), and lone 一 used as an article.

Summing rule (``Figure.summable``), per kind (money, people, items) within one article:
  1. per-unit amounts (每人不超过300元, 200元/人) are never summed;
  2. cumulative history (累计, 以来, 连续N年 before the figure in its sentence) is stated, not
     summed: it is not this programme's;
  3. a figure introduced as a part (其中, 总价, 价值, 用于, 包括 in its clause) is not summed,
     nor is a cap (at_most: 单人最高可获5000元, 不超过3万元), a limit and not an amount handed out;
  4. one total per sentence: the largest remaining figure of a kind in a sentence is summed,
     the others in that sentence are taken as its parts or its breakdown;
  5. a value already summed elsewhere in the article (headline, subtitle, a repeat) is not
     summed again.
This can under-count a sentence that reports two independent sums, and double-counts only a
total and a part written in different sentences with no part cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from archive.enrich.context import ArticleContext, Block
from archive.enrich.matching import (
    any_in, code_table, decimal_or_space_chars, inside, per_vocabulary, run_after, run_before, run_stops,
)
from archive.enrich.numerals import CN_NUMERAL, LARGE_MAGNITUDE_CHARS, MAGNITUDE_CHARS, parse_number
from archive.enrich.scanner import CUMULATIVE, NOT_COUNTED_BEFORE, PART, PER_UNIT_BEFORE, PROVIDER_NOUN, SERVICED
from archive.sentences import CLAUSE_END
from archive.model import Figure
from archive.vocabulary import FigureTables, Vocabulary

# a written number: digits (1,600 / 2.5) or Chinese numerals (三千). The digits are one atomic
# group: a shorter run of them leaves a digit next, which nothing after a number can take
# (a full-width point is a decimal point between digits: １８．６万元, the text stage folding only
# the digits)
_NUM = r"(?>\d+(?:,\d{3})*(?:[.．]\d+)?)|[%s]+" % CN_NUMERAL
_COUNT_STOPS: Final = CLAUSE_END + "（）()【】[]"
_LIST_MARK: Final = "、"  # the mark between the items of a list (one of CLAUSE_END's)
# How far after a people figure a speaker verb is looked for (6位来自基层一线的劳模工匠代表先后作了交流发言): the
# phrase, which ends there or sooner, bounds it
_SPEAKER_WINDOW: Final = 24
# How far after a capped figure a cover word may start (最高可获得5万元赔偿)
_COVER_AFTER: Final = 3


_COUNT_TABLE: Final[list[bytes]] = []  # _count_stops's table, built on first use (~20 ms)


def _count_stops() -> bytes:
    """The characters that end the words after (and before) a figure: a stop or a digit
    (str.isdigit), as ``matching.run_after`` reads them. (Kept in a module list, not behind
    functools.cache: compiled, a call of this function is native, a call through the cache's
    wrapper is a Python call, twice per figure.)"""
    if not _COUNT_TABLE:
        _COUNT_TABLE.append(run_stops(_COUNT_STOPS))
    return _COUNT_TABLE[0]


class _Found:
    """A figure found in a paragraph, with what the summing rule reads. (A plain slotted class:
    compiled, its constructor is native; a dataclass's ``__init__`` is interpreted Python.)"""

    __slots__ = ("excluded", "figure", "sentence")

    def __init__(self, figure: Figure, sentence: tuple[int, int], excluded: bool):
        self.figure = figure
        self.sentence = sentence  # (paragraph, sentence start): the scope of rule 4
        self.excluded = excluded  # cumulative or a part (rules 2 and 3)


@per_vocabulary
def _figure_table(vocabulary: Vocabulary) -> tuple[re.Pattern, dict[str, str], _Gate | None]:
    """Vocabulary → (figure regex, unit → kind, where its searches may start), built once. The
    regex's group ``all`` is a figure; ``_hits`` reads its matches."""
    data = vocabulary.figures
    before = [w for words in data.qualifiers_before.values() for w in words]
    units = [u for words in data.units.values() for u in words]
    unit_parts = []
    for unit in sorted(units, key=len, reverse=True):
        blocked = data.unit_not_before.get(unit)
        tail = "(?!%s)" % "|".join(map(re.escape, blocked)) if blocked else ""
        unit_parts.append(re.escape(unit) + tail)
    money_nouns = "|".join(map(re.escape, data.money_nouns))
    # one-character "over" marks sit between numeral and unit (30余万元, 三千多人); the
    # longer qualifiers follow the unit (100人以上, 500元左右)
    over_marks = [w for w in data.qualifiers_after.get("over", ()) if len(w) == 1]
    marks = _any(over_marks)
    post = _any([w for words in data.qualifiers_after.values() for w in words if len(w) > 1])
    run, ahead = _run_and_ahead(data, over_marks)
    # 上千名: a vague word counts as a qualifier only right before a bare round magnitude; 数百名, 几十名: a vague
    # word before a magnitude is read with it, so that no figure is taken from its magnitude alone (十名)
    vague = "(?:%s)(?=[%s])|(?:%s)(?=[%s])" % (_any(data.vague_before), re.escape(data.round_magnitudes),
                                               _any(data.vague_none), re.escape(data.vague_magnitudes))
    figure = (
        # (an optional qualifier written as two alternatives, not as an optional group: the
        # same matches, and the engine skips its repeat bookkeeping at each candidate)
        r"(?:(?P<pre>%s|%s)\s?|\s?)" % (_any(before), vague)
        + (_unit_ahead(run, ahead) if ahead else "")
        + r"(?P<num>%s)\s?(?P<q1>%s)?(?P<mag>[%s]*)" % (_NUM, marks, MAGNITUDE_CHARS)
        + r"(?:\s?(?:%s)\s?(?P<num2>%s)(?P<mag2>[%s]*))?" % (_any(data.range_marks), _NUM, MAGNITUDE_CHARS)
        + r"(?P<q2>%s)?\s?" % marks
        + r"(?:(?P<unit>%s)|(?P<nounit>(?<=[%s])(?=%s)))" % ("|".join(unit_parts), LARGE_MAGNITUDE_CHARS, money_nouns or "(?!)")
        + r"(?P<post>%s)?" % post
    )
    # Most characters cannot start a figure. The regex opens with the class of those that can
    # (a digit, a space, a Chinese numeral, a qualifier's first character), so the engine skips
    # to them with its fast class scan instead of trying the whole figure at every character;
    # from there a look-behind checks the character before (not inside a word or a longer
    # number) and reads the figure itself, starting at that first character, into ``all``.
    first = "".join(sorted({w[0] for w in [*before, *data.vague_before, *data.vague_none]} | set(CN_NUMERAL)))
    pattern = re.compile(
        "[%s%s\U00010000-\U0010FFFF]" % (decimal_or_space_chars(), re.escape(first))
        + r"(?<![A-Za-z0-9_.．\-/·:：].)"
        + r"(?<=(?=(?P<all>%s)).)" % figure
    )
    if tuple(pattern.groupindex) != _GROUPS or pattern.groups != len(_GROUPS):
        raise ValueError(f"the figure regex's groups are not {_GROUPS}: _Hit reads them by position")
    unit_kind = {u: kind for kind, words in data.units.items() for u in words}
    gate = _Gate(run, ahead, max(map(len, before), default=0) + 1) if ahead else None  # (+1: the \s? after it)
    return pattern, unit_kind, gate


def _run_and_ahead(data: FigureTables, over_marks: list[str]) -> tuple[str, str]:
    """The characters of a figure's number run (digits, numerals, spaces, 余/多, range marks:
    their literal ones; ``\\d`` and ``\\s`` stand for themselves) and the characters one of which
    stands right past that run: each unit's and money noun's first character outside the run
    (万元: 元). No such characters ("") when some unit is made of run characters only."""
    run = ",.．" + CN_NUMERAL + "".join(over_marks) + "".join(data.range_marks)
    ahead: set[str] = set()
    for word in [u for words in data.units.values() for u in words] + list(data.money_nouns):
        outside = [ch for ch in word if not (ch in run or ch.isdecimal() or ch.isspace())]
        if not outside:
            return run, ""
        ahead.add(outside[0])
    return run, "".join(sorted(ahead))


def _unit_ahead(run: str, ahead: str) -> str:
    """A look-ahead a figure's number must pass: past the run of number characters stands a unit
    or a money noun (2023年, 一线 fail at once); ``_run_and_ahead`` gives both classes."""
    return "(?=[\\d\\s%s]*+[%s])" % (re.escape(run), re.escape(ahead))


class _Gate:
    """Where a search of the figure regex can find its next figure, read without the regex.

    The regex tries a figure at every digit, numeral, space and qualifier (一 alone is in most
    sentences), ~250 instructions a character of text. Every figure passes its look-ahead
    (``_unit_ahead``): its number starts a run of number characters that ends right before a
    unit's character (an anchor: 2名, 三千多人, 一个). So no figure starts before the run of the
    first anchor past the search's start, less the longest qualifier before the number
    (``reach``), and a text without an anchor has none: the regex searches from there, and
    finds what it would have found from the start. (A plain slotted class: compiled, native.)"""

    __slots__ = ("ahead", "reach", "run")

    def __init__(self, run: str, ahead: str, reach: int):
        self.run = code_table({ord(ch) for ch in run} | _decimals_and_spaces())
        self.ahead = code_table({ord(ch) for ch in ahead})
        self.reach = reach

    def start(self, text: str, pos: int) -> int:
        """Where ``search(text, pos)`` of the figure regex may find its first figure, or -1 when
        it finds none."""
        run, ahead = self.run, self.ahead
        run_size, ahead_size = len(run), len(ahead)
        i, n = pos + 1, len(text)
        # Every other character is read: an anchor pair (a run character, a unit's) holds the one
        # read, as its unit's character (anchor at i) or its run's (anchor at i + 1); no character
        # is both (a unit's character is one outside the run).
        while i < n:
            code = ord(text[i])
            if code < ahead_size and ahead[code]:
                before = ord(text[i - 1])
                if before < run_size and run[before]:
                    return self._run_start(text, pos, i)
            elif code < run_size and run[code] and i + 1 < n:
                after = ord(text[i + 1])
                if after < ahead_size and ahead[after]:
                    return self._run_start(text, pos, i + 1)
            i += 2
        return -1

    def _run_start(self, text: str, pos: int, anchor: int) -> int:
        """Where a figure anchored at ``anchor`` may start: its run's start (``pos`` at the
        earliest), less the reach of a qualifier."""
        run, run_size = self.run, len(self.run)
        k = anchor - 1
        while k > pos:
            before = ord(text[k - 1])
            if before < run_size and run[before]:
                k -= 1
            else:
                break
        return max(pos, k - self.reach)


def _decimals_and_spaces() -> set[int]:
    """The code points \\d and \\s match (str.isdecimal, str.isspace; none lies above plane 1)."""
    return {code for code in range(0x20000) if chr(code).isdecimal() or chr(code).isspace()}


def _any(words) -> str:
    """Words → one alternation, longest first ("(?!)" when there are none)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"


def extract_figures(context: ArticleContext) -> list[Figure]:
    """An article's context → its figures (body paragraphs, then headline lines), repeats once."""
    vocabulary = context.vocabulary
    found: list[_Found] = []
    seen: set[tuple] = set()  # (text, counted noun head) of figures kept so far
    for block in context.blocks[1:]:
        for item in _paragraph_figures(block, context):
            if _repeat(item, seen, block.text, _cue_tables(vocabulary).batch):
                continue
            found.append(item)
    body_values = {(f.figure.kind, f.figure.value) for f in found}
    rounding = vocabulary.figures.headline_rounding
    for block in context.heading_blocks:
        for item in _paragraph_figures(block, context):
            if (item.figure.kind, item.figure.value) not in body_values and not _restated(item.figure, body_values, rounding):
                found.append(item)
                body_values.add((item.figure.kind, item.figure.value))
    _mark_summable(found)
    return [f.figure for f in found]


def _restated(figure: Figure, body_values: set[tuple[str, float]], rounding: dict[str, tuple[float, ...]]) -> bool:
    """Is a headline's rounded figure a body figure of its kind written round (百余名 over the
    body's 136名; 近千份 over 980份)? ``rounding``: qualifier → (low, high) factors of the
    headline's value that bound the body's (figures.yaml headline_rounding)."""
    bounds = rounding.get(figure.qualifier)
    if bounds is None or figure.per_unit:
        return False
    kind, low, high = figure.kind, figure.value * bounds[0], figure.value * bounds[1]
    return any(k == kind and low <= v < high for k, v in body_values)


def _repeat(item: _Found, seen: set[tuple], text: str, batch: re.Pattern) -> bool:
    """The same string counting the same noun again is a repeat, unless a batch is named (第二批)."""
    f = item.figure
    if f.value == 1:
        return False  # an enumerated 一辆 … 一辆: each is its own vehicle
    # (each field read once: a Figure is a plain Python object, every read a dictionary look-up)
    figure_text, per_unit = f.text, f.per_unit
    pos = text.find(figure_text)
    after = pos + len(figure_text)
    raw = text[after : after + 2] if pos >= 0 else ""
    keys = {(figure_text, (f.counts or "")[:2], per_unit), (figure_text, raw, per_unit)}
    if not keys & seen:
        seen.update(keys)
        return False
    return not batch.search(text[max(0, pos - 12) : pos + 1] if pos >= 0 else "")


def _paragraph_figures(para: Block, context: ArticleContext) -> list[_Found]:
    vocabulary = context.vocabulary
    pattern, unit_kind, gate = _figure_table(vocabulary)
    text, index = para.text, para.index
    cues = _cue_tables(vocabulary)
    hits = _hits(pattern, text, gate, cues.range_marks)
    if not hits or context.funded_elsewhere(para):
        return []  # round-ups: only the union's items are labelled (README)
    quotes = para.quotes
    own_words = _own_words(para, vocabulary) if "“" in text else ()
    out = []
    for hit in hits:
        if own_words and any(a < hit.start < b for a, b in own_words):
            continue  # “住院花了两万多，互助金报了4000多元…”职工冉先生说: the speaker's own
        clause_start, _ = para.clause(hit.start)
        figure = _figure(hit, para, unit_kind, vocabulary, quotes, hits, cues, clause_start)
        if figure is not None:
            start, _ = para.sentence(hit.start)
            # (cumulative_cues, part_cues: the block's scan, as a search of their regex would)
            cumulative = para.spans.within(CUMULATIVE, start, hit.start)
            part = para.spans.within(PART, clause_start, hit.start)
            # (a cap, at_most, is a limit, not an amount handed out: 单人最高可获5000元)
            out.append(_Found(figure, (index, start), cumulative or part or figure.qualifier == "at_most"))
    return out


def _own_words(para: Block, vocabulary: Vocabulary) -> list[tuple[int, int]]:
    """A block's long quotations (labels.yaml long_quote_min characters or more) said by a
    speaker who is no union (…”在区医院住院的职工冉先生说; 职工冉先生说：“…”): the figures in them
    are the speaker's own (one worker's bill), not the programme's."""
    cues = vocabulary.cues
    text = para.text
    speech = cues.speech_verbs
    out = []
    for qa, qb in para.long_quotes():
        after = text[qb : qb + 24]
        cut = min((i for i, ch in enumerate(after) if ch in "，,。！？!?；;“"), default=len(after))
        said = speech.search(after, 0, cut)
        speaker = ""
        if said is not None:
            speaker = after[: said.start()]
        else:
            a = max(text.rfind(c, 0, qa) for c in "，,。！？!?；;\n") + 1
            before = text[a:qa].rstrip("：:")
            said = speech.search(before)
            if said is not None and said.end() == len(before):
                speaker = before[: said.start()]
        if speaker:
            if not any(word in speaker for word in cues.union_words):
                out.append((qa, qb))
        elif _personal(text, qa, qb, vocabulary):
            out.append((qa, qb))  # “…我一个月能多挣2000多块钱。”说起变化，王师傅满脸笑容: no speaker found
    return out


def _personal(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """Is the quotation text[start:end], its speaker not found, a personal remark: said in the first
    person singular (figures.yaml first_person: 我, 俺, not opening 我们/我市/我区…, first_person_not_before)
    and naming no union (“参加培训后，我一个月能多挣2000多块钱。”: one worker's pay, not the
    programme's money; “我们工会今年投入200万元” stays the union's)?"""
    data = vocabulary.figures
    for word in data.first_person:
        at = text.find(word, start, end)
        while at >= 0:
            if text[at + len(word) : at + len(word) + 1] not in data.first_person_not_before:
                return not any_in(text, vocabulary.cues.union_words, start, end)
            at = text.find(word, at + 1, end)
    return False


class _Hit:
    """One match of the figure regex: its span, text and the groups the rules read."""

    def __init__(self, m: re.Match):
        text, pre, num, q1, mag, num2, mag2, q2, unit, nounit, post = m.groups()  # one call, no names
        # The figure (group ``all``) starts where the regex's own one-character match does; its
        # number past the qualifier and the one space ``\s?`` takes there (no number opens with a
        # space). Read from the text: each method call of the match costs ~1k instructions.
        start = m.start()
        self.start, self.end = start, start + len(text)
        lead = len(pre) if pre else 0
        self.num_start: int = start + lead + (1 if text[lead] in SPACES else 0)
        self.text: str = text
        self.pre: str | None = pre
        self.num: str = num
        self.mag: str = mag or ""
        self.num2: str | None = num2
        self.mag2: str | None = mag2
        self.over: bool = bool(q1 or q2)  # 30余万元, 三千多人
        self.unit: str = unit or ""
        self.no_unit: bool = nounit is not None  # 近百万专项资金: money without 元
        self.post: str | None = post


_GROUPS: Final = ("all", "pre", "num", "q1", "mag", "num2", "mag2", "q2", "unit", "nounit", "post")  # the regex's, in order
# what \s matches, every character str.isspace takes (compiled, isspace is a method call; a
# constant string is inlined)
SPACES: Final = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                 "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def _hits(pattern: re.Pattern, text: str, gate: _Gate | None, range_marks: frozenset[str] = frozenset()) -> list[_Hit]:
    """A block's figures as ``finditer`` over the figure alone would give them: left to right,
    each after the previous one (the regex, tried at each possible first character, also
    matches inside a figure already found: 三千多人 holds 千多人). Each search starts where
    ``gate`` says a figure can start (most blocks: none). A range written with its unit twice
    (每人2000元至5000元) is one figure, its top the second's number (``range_marks``: the
    one-character range marks)."""
    hits: list[_Hit] = []
    start = gate.start(text, 0) if gate is not None else 0
    while start >= 0:
        # (a search from a later position still sees the characters before it: look-behinds)
        m = pattern.search(text, start)
        if m is None:
            break
        hit = _Hit(m)
        # the next search starts after this figure: the matches inside it are never tried
        start = gate.start(text, hit.end) if gate is not None else hit.end
        if hits and hit.start == hits[-1].end + 1 and _range_top(hits[-1], hit, text, range_marks):
            continue  # 2000元 至 5000元: the top of the range before it
        hits.append(hit)
    return hits


def _range_top(low: _Hit, top: _Hit, text: str, range_marks: frozenset[str]) -> bool:
    """Is ``top``, one range mark after ``low``, the top of a range written with its unit twice
    (2000元至5000元: no qualifier before the top, neither a range already, the same unit)? If so
    ``low`` takes it in."""
    if low.num2 is not None or top.num2 is not None or top.pre is not None or top.unit != low.unit:
        return False
    if text[low.end : top.start] not in range_marks:
        return False
    low.end, low.text, low.num2, low.mag2 = top.end, text[low.start : top.end], top.num, top.mag
    return True


def _figure(hit: _Hit, para: Block, unit_kind: dict, vocabulary: Vocabulary, quotes, hits: list[_Hit],
            tables: _CueTables, clause_start: int) -> Figure | None:
    text = para.text
    data = vocabulary.figures
    unit = hit.unit
    kind = unit_kind.get(unit, "money" if hit.no_unit else None)
    if kind is None or (quotes and inside(quotes, hit.num_start)):
        return None
    if hit.pre is not None and hit.pre in tables.vague_none:
        return None  # 数百名, 几十名: no number stated
    num, mag = hit.num, hit.mag
    if num.strip() == "一" and not mag and not _enumerated(hit, hits, para, tables):
        return None  # 一名/一份 is an article ("a"), unless the same unit is being enumerated
    value = parse_number(num, mag)
    if value is None or value <= 0:
        return None
    before = text[max(0, hit.start - 6) : hit.start]
    if value == 1 and _rate_denominator(before, data):
        return None
    after = _counted_noun(text, hit.end, tables)
    if _not_counted(before, after, para, hit, data, tables):
        return None
    if kind == "people" and (_provider(para, hit, data, tables) or _speaker(para, hit, tables)):
        return None
    counts = after or _noun_before(text, hit.start, data.noun_before_trim)
    if kind == "people" and (_visitors(counts, tables) or _workforce(text, clause_start, hit, tables)):
        return None
    if kind == "items" and counts:
        if hit.unit in data.generic_units and (after or counts[-2:]).startswith(data.generic_people_nouns):
            kind = "people"  # 托管班招收40个孩子, 招收孩子40个: people served, counted with 个
        elif _fixture(counts, para, hit, data):
            return None
    if kind == "people" and counts and _provider_role(counts, para, hit, tables):
        return None
    if kind == "money" and _wage_rule(text, clause_start, hit.start, data):
        return None
    if kind == "items" and _serviced(para, hit, data, tables):
        return None
    if _is_name(num, mag, para, hit.end, data, tables):
        return None
    high = parse_number(hit.num2, hit.mag2 or mag) if hit.num2 else None
    written_unit = (mag + unit) if unit else mag
    qualifier = _qualifier(hit, data)
    if qualifier == "at_most" and text.endswith(tables.record_marks, 0, hit.start):
        qualifier = "exact"  # 单笔最高8万元: the largest payout made
    elif qualifier == "over" and hit.pre and text[hit.start - 1 : hit.start + 1] in tables.cap_words:
        qualifier = "exact"  # 单笔赔付最高达8万元: the largest payout made (最高, not 高达)
    elif qualifier == "exact" and (capped := _capped(text, clause_start, hit, data)) is not None:
        if capped == "cover":
            return None  # 最高可获赔5万元: a policy's cover, not money given
        qualifier = "at_most" if capped == "cap" else "exact"
    per_unit = _per_unit(para, hit, data, tables, clause_start)
    # Arguments by position, in the order of Figure's fields (kind, value, unit, qualifier,
    # per_unit, text, counts, summable, value_max): with keywords the class call builds a dict
    # of them first, ~3.6k of the ~9k instructions a Figure costs.
    return Figure(kind, value, written_unit, qualifier, per_unit, hit.text.strip(), counts, False, high)


def _fixture(after: str, para: Block, hit: _Hit, data: FigureTables) -> bool:
    """Do the items counted at ``hit`` (``after``, their noun) furnish a place (配备50张课桌, 设置20个座位:
    figures.yaml fixture_nouns), with no handover verb before them in their phrase (为山区小学捐赠50套
    课桌椅 hands them over: handover_verbs)?"""
    if not any(noun in after for noun in data.fixture_nouns):
        return False
    start = para.phrase_start(hit.start)
    return not any_in(para.text, data.handover_verbs, start, hit.start)


def _enumerated(hit: _Hit, hits: list[_Hit], para: Block, tables: _CueTables) -> bool:
    """一辆 in 两辆…其中发往安徽的一辆 counts; 一份/一个 elsewhere is the article "a"."""
    clause_start, _ = para.clause(hit.start)
    clause = para.text[clause_start : hit.start]
    if not (tables.enumeration.search(clause) or clause.endswith(tables.enumeration_ends)):
        return False
    return any(other is not hit and other.unit == hit.unit and other.num != "一" for other in hits)


def _provider(para: Block, hit: _Hit, data: FigureTables, tables: _CueTables) -> bool:
    """Are the people counted at ``hit`` the ones who deliver the service (16名劳模工匠和志愿者
    为社区居民提供义诊: a provider mark and a service verb follow in the phrase, no mark stands
    before it; 聘请18名在校大学生志愿者担任辅导老师: hired right before, a role taken after)?"""
    text = para.text
    if text[hit.start - 1 : hit.start] in tables.provider_before_lasts and text.endswith(tables.provider_before, 0, hit.start):
        return True  # 聘请18名…, 选派20名干部: hired or sent to serve
    window = min(len(text), hit.end + data.provider_window)
    # A role or a mark starts inside the window (the phrase ends there or sooner): where none
    # does (most people figures), the phrase's end is not read
    for word in tables.provider_window_words:
        if text.find(word, hit.end, window + len(word) - 1) >= 0:
            break
    else:
        return False
    stop = para.phrase_end(hit.end, window)
    for role in tables.provider_roles:
        if text.find(role, hit.end, stop + len(role) - 1) >= 0:
            return True  # 18名在校大学生志愿者担任辅导老师: a role they take (starting inside the window)
    marks = [pos for mark in data.provider_marks if (pos := text.find(mark, hit.end, stop)) >= 0]
    if not marks:
        return False
    end = para.phrase_end(min(marks), len(text))
    if not any(text.find(verb, min(marks), end) >= 0 for verb in data.provider_verbs):
        return False  # 90名同志为“湖湘工匠”: 为 is no delivery there
    start = para.phrase_start(hit.start)
    return not any_in(text, data.provider_marks, start, hit.start)


def _provider_role(counts: str, para: Block, hit: _Hit, tables: _CueTables) -> bool:
    """Are the people counted named by a service role (20名志愿者参与服务, 招募保育员6名: figures.yaml
    provider_nouns in ``counts``, the counted noun) with no word in their phrase (a list's 、
    inside it) that makes them the ones served: before them (慰问30名志愿者, 为20名保育员开展培训:
    recipient_before) or after them (200名志愿者参加培训: recipient_after)?"""
    text = para.text
    if not para.spans.has(PROVIDER_NOUN) and counts in text:
        return False  # no role noun in the block (the scan's kind provider_noun), and the noun is its text
    if not any(noun in counts for noun in tables.provider_nouns):
        return False
    start, end = para.phrase_start(hit.start), para.phrase_end(hit.end, len(text))
    if tables.enumeration.search(text, start, hit.start) is not None:
        # 表彰优秀志愿者100名，其中优秀社工28名: a part (其中, 另) of a total named before it in its
        # sentence shares the total's verb: the words are looked for in the whole sentence
        start, end = para.sentence(hit.start)
        if any_in(text, tables.recipient_before + tables.recipient_after, start, end):
            return False
    if any_in(text, tables.recipient_before, start, hit.start):
        return False
    return not any_in(text, tables.recipient_after, hit.end, end)


def _speaker(para: Block, hit: _Hit, tables: _CueTables) -> bool:
    """Are the people counted at ``hit`` speakers at a meeting (会上，5名职工代表作交流发言; 6位劳模先后致辞:
    figures.yaml speaker_verbs in the phrase after them), not its reach? Not when a listener word stands between
    (300名职工聆听了报告, 观看发言: the audience)."""
    text = para.text
    end = hit.end + tables.speaker_window
    for verb in tables.speaker_verbs:
        at = text.find(verb, hit.end, end)
        if at >= 0 and at < para.phrase_end(hit.end, len(text)):
            return not any_in(text, tables.listener_words, hit.end, at)
    return False


def _visitors(counts: str | None, tables: _CueTables) -> bool:
    """Do the people counted visit a place (春节期间景区接待游客3万人次, 吸引2万名游客: figures.yaml visitor_nouns
    in ``counts``, the counted noun)? Then they are a tourism figure, not a programme's reach."""
    if counts:
        for noun in tables.visitor_nouns:
            if noun in counts:
                return True
    return False


def _workforce(text: str, clause_start: int, hit: _Hit, tables: _CueTables) -> bool:
    """Is a people figure a place's whole workforce (全市共有职工40万人, 全县现有职工12万余人): closing its clause,
    the clause before it a whole-place word, then only link words and one workforce noun (figures.yaml
    workforce_scopes, workforce_links, workforce_nouns)? A statistic, not a programme's reach (全区有1.8万名职工参保
    goes on: the ones insured)."""
    if hit.end < len(text) and text[hit.end] not in _COUNT_STOPS:
        return False
    if not any_in(text, tables.workforce_scope_firsts, clause_start, hit.start):
        return False  # (most clauses: no 全)
    scope = -1  # where the clause's last whole-place word ends
    for word in tables.workforce_scopes:
        at = text.rfind(word, clause_start, hit.start)
        if at >= 0:
            scope = max(scope, at + len(word))
    if scope < 0:
        return False
    rest = _without_words(text[scope : hit.start], tables.workforce_links)
    noun = next((n for n in tables.workforce_nouns if rest.startswith(n)), None)
    return noun is not None and not _without_words(rest[len(noun) :], tables.workforce_links)


def _without_words(text: str, words: tuple[str, ...]) -> str:
    """Text → the text after the words opening it (any of ``words``, longest first, one after another)."""
    found = True
    while found:
        found = False
        for word in words:
            if text.startswith(word):
                text, found = text[len(word) :], True
                break
    return text


def _wage_rule(text: str, clause_start: int, start: int, data: FigureTables) -> bool:
    """Is a money figure a wage rule's floor or rate (集体合同约定最低工资标准为每月2300元: a
    figures.yaml wage_words word before it in its clause), not money handed out?"""
    return any_in(text, data.wage_words, clause_start, start)


def _serviced(para: Block, hit: _Hit, data: FigureTables, tables: _CueTables) -> bool:
    """Are the things counted at ``hit`` ones a service was done to, not items handed out?
    Either a serviced verb opens the figure's phrase (维修电动车40余辆: figures.yaml
    serviced_verbs, the scan's kind ``serviced``, after at most serviced_lead_max characters:
    共检修车辆30辆), or a provider mark stands before it and a provider verb after it in its
    phrase (为300多辆网约车提供充电服务)."""
    text = para.text
    spans = para.spans
    last_mark = -1  # the last provider mark before the figure (most blocks' figures have none)
    for mark in data.provider_marks:
        last_mark = max(last_mark, text.rfind(mark, 0, hit.start))
    serviced = spans.has(SERVICED)
    if last_mark < 0 and not serviced:
        return False
    start = para.phrase_start(hit.start)
    if serviced:
        lead_end = min(hit.start, start + data.serviced_lead_max)
        at = spans.first(SERVICED, start, lead_end + tables.serviced_longest)
        if 0 <= at <= lead_end:
            return True
    return last_mark >= start and tables.provider_verb.search(text, hit.end, para.phrase_end(hit.end, len(text))) is not None


def _rate_denominator(before: str, data: FigureTables) -> bool:
    """Is a count of one, with ``before`` the text before it, a rate's denominator (每招用1人
    补贴500元: 每 and a verb of at most three characters), not a per-unit amount (每人发放1份)?"""
    for mark in data.rate_marks:
        pos = before.rfind(mark)
        if pos >= 0 and 1 <= len(before) - pos - len(mark) <= 3:
            # 每人发放1份: 每 opens a per-unit word, the count is per person
            return not any(before.startswith(w, pos) for words in data.per_unit_before.values() for w in words)
    return False


def _counted_noun(text: str, end: int, tables: _CueTables) -> str:
    """Text after a unit → the noun it counts (after a short modifier ending in 的, or after a
    list of short modifiers: 32名省、市级劳动模范 counts 市级劳动模范, 500名国家、省、市级劳模
    市级劳模, 男、女职工 女职工; after a relative clause: 36辆贴着…标识的“点对点”大巴 counts
    点对点大巴)."""
    stops = _count_stops()
    noun = text[end : run_after(text, end, end + 12, stops)]
    if len(noun) > 1 and noun[1] in tables.relative_marks:
        # 36辆贴着“工会送您返岗”标识的“点对点”大巴: a relative clause; the head follows its 的
        head = text.find("的", end, run_after(text, end, end + tables.relative_window, stops))
        if head >= 0:
            end = head + 1
            noun = text[end : run_after(text, end, end + 12, stops)]
    at = end
    while 0 < len(noun) <= 2 and text.startswith(_LIST_MARK, at + len(noun)):
        # short items opening a list right after the unit modify the head noun the list's last
        # item carries (read on while the items are as short; a count is not written before a
        # list of one- or two-character nouns it counts)
        at += len(noun) + 1
        rest = text[at : run_after(text, at, at + 12, stops)]
        if not rest:
            break
        noun = rest
    if not noun.isalnum():  # quotes and spaces are not alphanumeric: most nouns have none to drop
        noun = noun.translate(_WITHOUT_QUOTES_OR_SPACES)
    if "的" in noun[:8] and not noun.endswith("的"):  # 行政区的10家: the noun is before 的
        noun = noun.split("的", 1)[1] if noun.count("的") == 1 else noun.rsplit("的", 1)[1]
    # the noun ends before a function character, or an end character from its third on
    functions, ends = tables.noun_function_chars, tables.noun_end_chars
    cut = _noun_end(noun, 0, functions, ends)
    if cut < tables.despite_longest and noun.startswith(tables.despite):
        # a counted_despite word opening the noun is read whole: 点对点大巴's 对 is no function word
        cut = _noun_end(noun, max(len(w) for w in tables.despite if noun.startswith(w)), functions, ends)
    return noun[:cut]


def _noun_end(noun: str, first: int, functions: str, ends: str) -> int:
    """Where a counted noun ends: at a function character, or an end character from its third
    on, looked for from ``first``; else after its tenth character."""
    for i in range(first, len(noun)):
        ch = noun[i]
        if ch in functions or (i >= 2 and ch in ends):
            return i
    return 10


_WITHOUT_QUOTES_OR_SPACES: Final = str.maketrans("", "", "“”\"《》「」 ")  # what the noun drops
_WITHOUT_QUOTES: Final = str.maketrans("", "", "“”\"《》「」")


def _noun_before(text: str, start: int, trims: tuple[str, ...]) -> str | None:
    noun = text[run_before(text, max(0, start - 8), start, _count_stops()) : start]
    if len(noun) <= 1:
        return None  # 61批677人次: only another number's classifier precedes
    for cut in trims:
        if noun.endswith(cut):
            noun = noun[: -len(cut)]
    return noun[-6:] or None


def _not_counted(before: str, after: str, para: Block, hit: _Hit, data: FigureTables, words: _CueTables) -> bool:
    text = para.text
    # ``before`` is the six characters before the figure; its longer not_counted_before words
    # are looked up in the block's scan (``not_counted_before``), as a search of ``before`` would
    if para.spans.within(NOT_COUNTED_BEFORE, max(0, hit.start - 6), hit.start) or before[-1:] in words.before_singles:
        for word in data.not_counted_before:
            if before.endswith(word) or (len(word) > 1 and word in before):
                if word in data.population_verbs and _population_or_fund(text[max(0, hit.start - 14) : hit.start], hit, data, words):
                    continue  # 全市快递从业人员已达三千多人, 参保资金总额达到230万元: a population, a fund
                return True
    if data.case_units and hit.unit in data.case_units:
        # (from the phrase's start: the items of a list share its words, 调解案件109件，其中…的51件、医疗费3件)
        phrase_start = para.phrase_start(hit.start)
        if any(w in text[max(0, phrase_start - 20) : hit.start] for w in data.case_words):
            return True  # 受理案件109件, 调解14件: cases, not items handed out
    generic = hit.unit in data.generic_units  # 28个户外劳动者服务站点更新…: the head may sit deep in the phrase
    if generic and data.built_verbs:
        # (from the phrase's start: a list's items share its verb, 将建设服务站点、爱心驿站等20个)
        phrase_start = para.phrase_start(hit.start)
        if any_in(text, data.built_verbs, phrase_start, hit.start):
            return True  # 已建成12个, 建成爱心母婴室15个: facilities built
    if generic and after and after[-1] in words.generic_not_counted_ends:
        return True  # 再开设3个托管点, 分成6个小组: places and teams
    people = hit.unit in words.people_units
    origin = bool(people and after and after[0] in words.people_origin_firsts and after.startswith(words.people_origins))
    if origin:
        after = _without_origins(after, words.people_origins)
        if not after:
            return True  # 10人以上企业: the organisation itself
    elif (after and not text.startswith(after, hit.end) and text.startswith(words.after_long, hit.end)
            and _LIST_MARK not in text[hit.end : hit.end + 3]):  # (国家、省、市级劳模: a list of modifiers)
        return True  # 两个环节的角逐: the noun right after the classifier is counted, not the one after 的
    if not after:  # 新建“司机之家”2个: the counted noun is written before the number
        if hit.unit in words.money_units:
            return False  # 认购农产品3.5万元, 每人每年60元: money is spent on the noun, never counts it
        if hit.unit in words.people_units:
            return False  # 解答劳动合同、社保等方面的问题60余人次, 参加活动300余人: the unit counts people
        noun = (_noun_before(text, hit.start, data.noun_before_trim) or "").translate(_WITHOUT_QUOTES)
        return noun.endswith(data.not_counted_after)
    if not _noun_not_counted(after, generic, words):
        return False
    # 150名基层工会主席: people named by an organisation word inside their noun are its people (主席, not 工会)
    inner = _after_inner_origin(after, words.people_origins_inner) if people else after
    return inner == after or _noun_not_counted(inner, generic, words)


def _noun_not_counted(after: str, generic: bool, words: _CueTables) -> bool:
    """Does the noun after a unit say the count is not of money, people or items (figures.yaml
    not_counted_after: 10家企业, 5个户外劳动者服务站点), read with a generic classifier (个) deep into it?"""
    despite = after.startswith(words.despite)  # 40余名户外劳动者: 户外, not 户
    if not despite and after[:1] in words.after_singles:
        return True
    # a word near the start (one character: the first; two: in the first four; longer: in
    # the first six) or ending the phrase: the head noun ends it (5个户外劳动者服务站点)
    for size, found, regex in words.after_by_length:
        if after[-size:] in found or regex.search(after if generic else after[: 4 if size == 2 else 6]):
            return True
    return False


def _population_or_fund(before: str, hit: _Hit, data: FigureTables, words: _CueTables) -> bool:
    """Is the figure after 已达/达到 (figures.yaml population_verbs) a new union's target population
    (全市快递从业人员已达三千多人: a population_words word in ``before``, the words before it) or
    the size of a fund (今年参保资金总额达到230万元, 专项经费已达50万元: a money figure after a
    money_nouns word), not a count of what was reached over the years?"""
    if any(p in before for p in data.population_words):
        return True
    return hit.unit in words.money_units and any(noun in before for noun in data.money_nouns)


def _without_origins(noun: str, origins: tuple[str, ...]) -> str:
    """A people noun → the noun after the place and organisation words it opens with (企业职工 →
    职工, 镇村干部 → 干部; figures.yaml people_origins, longest first)."""
    return _without_words(noun, origins)


def _after_inner_origin(noun: str, origins: tuple[str, ...]) -> str:
    """A people noun with an organisation word inside it (基层工会干部, 新任工会主席, 非公企业工会主席, 困难企业职工:
    figures.yaml people_origins of two characters or more) → the people noun after the last such word, else the noun
    itself: the words before it say which organisation's people they are."""
    cut = 0
    for word in origins:
        at = noun.rfind(word, 1)
        if at >= 0 and at + len(word) > cut:
            cut = at + len(word)
    return noun[cut:] if 0 < cut < len(noun) else noun


@dataclass(frozen=True)
class _CueTables:
    """figures.yaml's cue words as look-up tables (built once per vocabulary)."""

    per_unit_after: tuple[str, ...]  # every per_unit_after word
    before_singles: frozenset[str]  # one-character words, right before the number
    despite: tuple[str, ...]
    after_singles: frozenset[str]
    after_by_length: tuple[tuple[int, frozenset[str], re.Pattern], ...]  # longer words after the unit, by length
    money_units: frozenset[str]
    after_long: tuple[str, ...]  # not_counted_after words of two characters or more
    batch: re.Pattern  # 第二批: a named batch before a repeated figure
    enumeration: re.Pattern  # enumeration_cues
    enumeration_ends: tuple[str, ...]
    noun_function_chars: str  # end a counted noun anywhere (a loop over ≤ 12 characters: a regex
    noun_end_chars: str  # search cost ~3k instructions); these from the noun's third character
    relative_marks: str  # one character each
    relative_window: int
    formula: re.Pattern  # one 一十百千万 + unit item of a formula
    serviced_longest: int  # the longest serviced_verbs word
    provider_verb: re.Pattern  # provider_verbs
    people_units: frozenset[str]
    people_origins: tuple[str, ...]  # longest first
    people_origin_firsts: str  # the first characters of the people_origins words
    despite_longest: int  # the longest counted_despite word's length
    generic_not_counted_ends: str
    range_marks: frozenset[str]
    provider_before: tuple[str, ...]
    provider_before_lasts: frozenset[str]
    provider_roles: tuple[str, ...]
    provider_window_words: tuple[str, ...]  # provider_roles and provider_marks: one starts in a provider's window
    provider_nouns: tuple[str, ...]
    recipient_before: tuple[str, ...]
    recipient_after: tuple[str, ...]
    people_origins_inner: tuple[str, ...]  # people_origins of two characters or more, longest first
    vague_none: frozenset[str]
    record_marks: tuple[str, ...]
    cap_words: frozenset[str]  # qualifiers_before at_most
    speaker_verbs: tuple[str, ...]
    speaker_window: int  # how far after a figure a speaker verb may start: its phrase ends there or sooner
    listener_words: tuple[str, ...]
    visitor_nouns: tuple[str, ...]
    workforce_scopes: tuple[str, ...]
    workforce_scope_firsts: tuple[str, ...]  # their first characters
    workforce_nouns: tuple[str, ...]  # longest first
    workforce_links: tuple[str, ...]  # longest first


@per_vocabulary
def _cue_tables(vocabulary: Vocabulary) -> _CueTables:
    data = vocabulary.figures
    before = [w for w in data.not_counted_before if w]
    after = [w for w in data.not_counted_after if w]
    sizes = sorted({len(w) for w in after if len(w) > 1})

    def any_of(words) -> re.Pattern:
        return re.compile("|".join(map(re.escape, words)) or "(?!)")

    return _CueTables(
        per_unit_after=tuple(w for ws in data.per_unit_after.values() for w in ws),
        before_singles=frozenset(w for w in before if len(w) == 1),
        despite=data.counted_despite,
        after_singles=frozenset(w for w in after if len(w) == 1),
        after_by_length=tuple((n, frozenset(w for w in after if len(w) == n), any_of([w for w in after if len(w) == n]))
                              for n in sizes),
        money_units=frozenset(data.units.get("money", ())),
        after_long=tuple(w for w in after if len(w) > 1),
        batch=re.compile(r"第[%s\d]+(?:%s)" % (CN_NUMERAL, "|".join(map(re.escape, data.batch_marks)) or "(?!)")),
        enumeration=any_of(data.enumeration_cues),
        enumeration_ends=data.enumeration_ends,
        noun_function_chars=data.noun_function_chars,
        noun_end_chars=data.noun_end_chars,
        relative_marks=data.relative_marks,
        relative_window=data.relative_window,
        formula=re.compile(r"[%s][%s]" % (re.escape(data.formula_numerals), re.escape(data.formula_units)) if data.formula_units else "(?!)"),
        serviced_longest=max(map(len, data.serviced_verbs), default=0),
        provider_verb=any_of(data.provider_verbs),
        people_units=frozenset(data.units.get("people", ())),
        people_origins=tuple(sorted(data.people_origins, key=len, reverse=True)),
        people_origin_firsts="".join(sorted({w[0] for w in data.people_origins})),
        despite_longest=max(map(len, data.counted_despite), default=0),
        generic_not_counted_ends=data.generic_not_counted_ends,
        range_marks=frozenset(data.range_marks),
        provider_before=data.provider_before,
        provider_before_lasts=frozenset(w[-1] for w in data.provider_before),
        provider_roles=data.provider_roles,
        provider_window_words=tuple(data.provider_roles) + tuple(data.provider_marks),
        provider_nouns=data.provider_nouns,
        recipient_before=data.recipient_before,
        recipient_after=data.recipient_after,
        people_origins_inner=tuple(w for w in sorted(data.people_origins, key=len, reverse=True) if len(w) > 1),
        vague_none=frozenset(data.vague_none),
        record_marks=data.record_marks,
        cap_words=frozenset(data.qualifiers_before.get("at_most", ())),
        speaker_verbs=data.speaker_verbs,
        speaker_window=_SPEAKER_WINDOW,
        listener_words=data.listener_words,
        visitor_nouns=data.visitor_nouns,
        workforce_scopes=data.workforce_scopes,
        workforce_scope_firsts=tuple(sorted({w[0] for w in data.workforce_scopes})),
        workforce_nouns=tuple(sorted(data.workforce_nouns, key=len, reverse=True)),
        workforce_links=tuple(sorted(data.workforce_links, key=len, reverse=True)),
    )


def _is_name(num: str, mag: str, para: Block, end: int, data: FigureTables, tables: _CueTables) -> bool:
    """A bare round magnitude in a name (百名工匠, 千名职工大走访活动) or in a 一十百千万
    formula (发一份倡议书…慰问百户…发放万份礼卡) is not a count."""
    if (num + mag).strip(data.round_magnitudes):
        return False  # a character other than a round magnitude (百千万) is left
    text = para.text
    if any(word in text[end : end + 8] for word in data.name_words):
        return True
    start, stop = para.sentence(end - 1)
    return len(tables.formula.findall(text, start, stop)) >= data.formula_min


def _qualifier(hit: _Hit, data: FigureTables) -> str:
    pre = hit.pre
    if pre:
        for qualifier, words in data.qualifiers_before.items():
            if pre in words:
                return qualifier
        if pre in data.vague_before:
            return "approx"  # 上千名, 数百名: an estimate
    if hit.over:
        return "over"
    post = hit.post
    if post:
        for qualifier, words in data.qualifiers_after.items():
            if post in words:
                return qualifier
    return "exact"


def _capped(text: str, clause_start: int, hit: _Hit, data: FigureTables) -> str | None:
    """Does a cap word stand a few characters before the figure at ``hit``, a verb between (figures.yaml
    qualifiers_before at_most, cap_gap_max, cap_gap_stops)? "cap" when it states a limit (单人最高可获5000元,
    最多可申请3万元, 每人最高补助2000元); "cover" when the limit is what an insurance pays (最高可获赔5万元, cover_words
    between or right after the figure), money paid only on a claim; "record" when it names the largest amount paid
    (单笔赔付最高达8万元, 单笔最高赔付8万元: reached_marks, record_marks, and no may_marks between); else None."""
    start = hit.start
    low = max(clause_start, start - data.cap_gap_max - 3)  # (3: the longest cap word but one)
    for word in data.qualifiers_before.get("at_most", ()):
        at = text.rfind(word, low, start)
        if at < 0:
            continue
        gap = text[at + len(word) : start]
        if len(gap) <= data.cap_gap_max and not any(ch.isdigit() or ch in data.cap_gap_stops for ch in gap):
            may = any(ch in data.may_marks for ch in gap)
            if not may and (any(ch in data.reached_marks for ch in gap) or text.endswith(data.record_marks, 0, at)):
                return "record"
            if any_in(text, data.cover_words, at, hit.end + _COVER_AFTER):
                return "cover"
            return "cap"
    return None

def _per_unit(para: Block, hit: _Hit, data: FigureTables, tables: _CueTables, clause_start: int) -> str | None:
    """每人不超过300元, 200元/人, 人均500元: the unit a per-unit amount is per (None: a total);
    ``clause_start``: where the figure's clause starts."""
    text = para.text
    low = max(clause_start, hit.start - 12)
    after = text[hit.end : hit.end + 3]
    # (the per_unit_before words in the 12 characters before it: the block's scan)
    if not (para.spans.within(PER_UNIT_BEFORE, low, hit.start) or after.startswith(tables.per_unit_after)):
        return None  # no per-unit word before or after it: the common case
    before = text[low : hit.start]
    for unit, words in data.per_unit_before.items():
        if any(w in before for w in words):
            return unit
    for unit, words in data.per_unit_after.items():
        if any(after.startswith(w) for w in words):
            return unit
    return None


def _mark_summable(found: list[_Found]) -> None:
    """Apply the module's summing rule in place."""
    # (each figure's kind and value read once: a Figure is a plain Python object, every read a
    # dictionary look-up, and a sentence holds several figures)
    kinds = [item.figure.kind for item in found]
    values = [item.figure.value for item in found]
    best: dict[tuple, int] = {}  # (sentence, kind) → the index of its largest figure
    for i, item in enumerate(found):
        if item.excluded or item.figure.per_unit:
            continue
        key = (item.sentence, kinds[i])
        other = best.get(key)
        if other is None or values[i] > values[other]:
            best[key] = i
    summed: set[tuple[str, float]] = set()
    for i, item in enumerate(found):  # document order: the first occurrence of a value is the one summed
        if best.get((item.sentence, kinds[i])) == i and (kinds[i], values[i]) not in summed:
            item.figure.summable = True
            summed.add((kinds[i], values[i]))
