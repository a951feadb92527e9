"""An article's context → groups served and programme types (vocabulary ids) with evidence.

A label is given when the article reports the programme delivered, or reaching the group,
not when its word only occurs. Each label's trigger words (``groups_served.yaml``,
``programme_types.yaml``) come from the context's one scan (``spans.of(GROUP)``), its
patterns from one regex pass. A hit is dropped when it sits inside a listed longer phrase
(``not_in``: 快递券 is not a courier), when its clause holds an ``unless`` word (工地 next to
重点工程 is project_workers), when a ``requires`` word is missing from its sentence (a
station counts only when built or equipped), or when a word of one of its other ``senses``
stands in its clause, phrase or sentence (法律体检 is a legal check-up; 补贴 in a sentence
about 参保 pays an insurance contribution; 口罩 in a pack 装有 food is one of its items). A group also needs a delivery cue in its
sentence (``labels.yaml`` recipient_cues, or any programme trigger) and is dropped when its
clause only shows it speaking or taking part (participant_cues).
Context rules (cue data in ``labels.yaml``), for how Chinese news reports are written:
* a paragraph mostly in another script (a machine translation) gives nothing;
* round-ups: a sentence led by another actor (团委, 商会, 青少年宫, 公司 …) without a union
  in its lead gives nothing, nor does a paragraph opening with one that never names a union;
  a long quotation whose speaker is another actor gives nothing either;
* hopes (期望, 希望), plans (下一步, 今后), appeals to others and a meeting's instructions are
  not measures, nor is an item of a list of topics taught (围绕…金秋助学等内容进行授课);
  a trigger followed by an office suffix (维权部部长)
  is part of a name; a sentence of links to other articles (上一篇：…) gives nothing;
* a quoted slogan or motto (“维护职工合法权益、竭诚服务职工群众”的基本职责) lists what a union
  stands for: nothing inside it is delivered;
* programmes only: prizes (奖品涵盖…) are not programmes;
* groups only: the subject of a work (a paragraph about 作品, 镜头, 讲述 …), a group inside a
  title (《…》, “工匠书单推举”), a guest (出席, 共同参加), a group acting or delivering
  (医生为快递员义诊, 工会干部将开展走访) is not served; cue words inside longer words
  (送 in 送餐员) do not count; a meeting's or a speech's sentence naming no programme (座谈会上，
  快递员代表作交流发言) serves no one; a group word going on with an employer's word names a
  kind of company (走访新就业形态企业15家), not its workers;
* a generic statement (职工书屋是…的一项公益工程; 将…作为…的重要抓手) says what a
  programme is for: nothing in its sentence is delivered.
Evidence: {label_id: [sentences that triggered it]}, trimmed, at most three per label.
"""

from __future__ import annotations

import re
import re._constants as re_constants
import re._parser as re_parser
from dataclasses import dataclass
from typing import Final

from archive.enrich.context import ArticleContext, Block, actor_led, round_up_cues
from archive.enrich.matching import any_in, heads, matches_of, opening_with, per_vocabulary
from archive.enrich.scanner import (
    CUE_NOT_IN, GENERIC, GROUP, GUEST, LATIN, LINK, LIST_LEAD, OBJECT_MARK, PARTICIPANT, PERK, PRIZE, PROGRAMME,
    PROVIDER_LEAD, SENSE, SPEECH, STORY, TEAM_SETUP, WISH,
)
from archive.vocabulary import Label, LabelCues, Sense, Vocabulary

MAX_EVIDENCE: Final = 3
EVIDENCE_CHARS: Final = 80
AFFILIATION_CHARS: Final = 10  # the longest affiliation before a group that opens its phrase (来自县人民医院的)


@dataclass(frozen=True)
class Labels:
    groups_served: list[str]
    programme_types: list[str]
    evidence: dict[str, list[str]]


def find_labels(context: ArticleContext) -> Labels:
    """An article's context → Labels (ids in vocabulary order, evidence per id)."""
    vocabulary = context.vocabulary
    owners = _owners(vocabulary)
    cues = _context(vocabulary)
    evidence: dict[str, list[str]] = {}
    deferred: list[tuple[str, str, str]] = []  # (label id, the id it yields to, evidence)
    for block in context.blocks:
        text = block.text
        if not text:
            continue
        # the hits first: a block without any (most of them) skips the paragraph-level rules
        # a paragraph about a work: its people are its subjects, not served
        story = block.spans.distinct(STORY) >= cues.story_min
        groups = [] if story else _hits(block, "group", vocabulary.groups_served, owners)
        programmes = _hits(block, "programme", vocabulary.programme_types, owners, evidence, groups)
        if ((not programmes and not groups) or _foreign(block, cues) or context.other_actors_item(block)
                or _a_plan(block, cues)):
            continue
        # each hit's sentence (a, b) and clause (ca, cb) are looked up once and passed to the rules;
        # its evidence string is cut only when the label may still take it
        for label, start, end in programmes:
            found = evidence.get(label.id)
            a, b = block.sentence(start)
            sentence = _evidence(text, a, b, start) if found is not None else None
            if found is not None and (len(found) >= MAX_EVIDENCE or sentence in found):
                continue  # the label has this sentence or its evidence is full: the hit changes nothing
            if (block.spans.within(PRIZE, a, start) or _a_problem(text, end, cues)
                    or _not_the_unions(block, start, end, a, b, cues) or _in_slogan(block, start, cues)
                    or _an_idle_desk(text, end, a, b, cues)):
                continue  # a prize list (奖品涵盖…) earlier in the sentence, a problem, not the union's, a slogan,
                # a desk only set up
            evidence.setdefault(label.id, []).append(sentence or _evidence(text, a, b, start))
        for label, start, end in groups:
            found = evidence.get(label.id)
            a, b = block.sentence(start)
            sentence = _evidence(text, a, b, start) if found is not None else None
            if found is not None and (len(found) >= MAX_EVIDENCE or sentence in found):
                continue
            if label.qualifies and text[start:end] in label.qualifies and _describes_another(block, label, end, groups, cues):
                continue  # 生产一线的技术骨干: where the other group works
            ca, cb = block.clause(start)
            if (_not_the_unions(block, start, end, a, b, cues) or _in_slogan(block, start, cues)
                    or _not_a_target(block, start, end, a, b, ca, cb, groups, cues)):
                continue
            if _served(block, start, end, a, b, ca, cb, cues):
                to = _yields_to(label, text, start)
                if to:  # (most labels yield to none: one attribute read)
                    deferred.append((label.id, to, sentence or _evidence(text, a, b, start)))
                    continue
                evidence.setdefault(label.id, []).append(sentence or _evidence(text, a, b, start))
    for label_id, to, sentence in deferred:  # a hit that yields counts when the other label is not given
        if to not in evidence and len(found := evidence.setdefault(label_id, [])) < MAX_EVIDENCE and sentence not in found:
            found.append(sentence)
    group_ids, programme_ids = _label_ids(vocabulary)
    return Labels(
        groups_served=[i for i in group_ids if i in evidence] if evidence else [],
        programme_types=[i for i in programme_ids if i in evidence] if evidence else [],
        evidence=evidence,
    )


@per_vocabulary
def _label_ids(vocabulary: Vocabulary) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Vocabulary → its (group, programme) label ids in vocabulary order, read once (a label's
    fields are plain Python attributes: reading ~100 of them per article cost ~1% of enrichment)."""
    return tuple(label.id for label in vocabulary.groups_served), tuple(label.id for label in vocabulary.programme_types)


@dataclass(frozen=True)
class _Triggers:
    """One facet's trigger table: {word: [(label, its not_in phrases holding the word, the
    word's other senses, whether the label has a rule to check)]}, its patterns as one regex,
    the words they need."""

    kind: int  # the scanner's kind of the triggers (PROGRAMME, GROUP)
    words: dict[str, list[tuple[Label, tuple[str, ...], tuple[Sense, ...], bool]]]
    patterns: re.Pattern | None
    pattern_labels: dict[str, int]  # a pattern's group name (p<label index>_<n>) → its label's index
    needs: tuple[tuple[str, ...], ...] | None


@per_vocabulary
def _owners(vocabulary: Vocabulary) -> dict[str, _Triggers]:
    """Vocabulary → each facet's (programme, group) triggers and patterns."""
    out: dict[str, _Triggers] = {}
    for kind, number, labels in (("programme", PROGRAMME, vocabulary.programme_types), ("group", GROUP, vocabulary.groups_served)):
        # a not_in phrase can only hold a hit that is a part of it: each trigger keeps those
        # (``ruled``: the trigger has a rule to check at all)
        owners: dict[str, list[tuple[Label, tuple[str, ...], tuple[Sense, ...], bool]]] = {}
        for label in labels:
            for trigger in label.triggers:
                not_in = tuple(p for p in label.not_in if trigger in p)
                senses = tuple(sense for sense in label.senses if trigger in sense.triggers)
                owners.setdefault(trigger, []).append(
                    (label, not_in, senses, bool(not_in or label.unless or label.requires)))
        # Patterns run as a second pass, so a pattern may overlap a word (女医务工作者 gives
        # women_workers by pattern and medical_workers by the word 医务工作者).
        groups = {f"p{i}_{j}": i for i, label in enumerate(labels) for j, _ in enumerate(label.patterns)}
        patterns = [f"(?P<p{i}_{j}>{p.pattern})" for i, label in enumerate(labels) for j, p in enumerate(label.patterns)]
        first = _first_chars([p for label in labels for p in label.patterns])
        # the engine scans for the characters a match opens with and tries the alternation only
        # there (a class of every character when they cannot be told)
        lead = f"[{re.escape(first)}]" if first else r"[\s\S]"
        out[kind] = _Triggers(
            kind=number,
            words=owners,
            patterns=opening_with(lead, "(?:" + "|".join(patterns) + ")") if patterns else None,
            pattern_labels=groups,
            needs=_required_words([p for label in labels for p in label.patterns]),
        )
    return out


def _first_chars(patterns: list[re.Pattern]) -> str | None:
    """Patterns → every character a match can start with, or None when one can start anywhere
    (a pattern not opening with a literal or a class of literals)."""
    chars: set[str] = set()
    for pattern in patterns:
        head = re_parser.parse(pattern.pattern)[0]
        if head[0] is re_constants.LITERAL:
            chars.add(chr(head[1]))
        elif head[0] is re_constants.IN and all(op is re_constants.LITERAL for op, _ in head[1]):
            chars.update(chr(c) for _, c in head[1])
        else:
            return None
    return "".join(sorted(chars))


def _required_words(patterns: list[re.Pattern]) -> tuple[tuple[str, ...], ...] | None:
    """Patterns → for each, the words it must match (its runs of literal characters outside any
    group or repeat: 清凉 in 送(?:来|去)了?[\u4e00-\u9fff]{0,3}清凉), or None when one has none. A text
    holding all the words of no pattern cannot match: its pass is skipped."""
    out = []
    for pattern in patterns:
        if pattern.flags & re.IGNORECASE:
            return None
        runs, run = [], ""
        for op, arg in re_parser.parse(pattern.pattern):
            if op is re_constants.LITERAL:
                run += chr(arg)
                continue
            if run:
                runs.append(run)
            run = ""
        if run:
            runs.append(run)
        if not runs:
            return None
        out.append(tuple(sorted(runs, key=len, reverse=True)))
    return tuple(dict.fromkeys(out))


def _hits(block: Block, kind: str, labels: tuple[Label, ...], owners: dict[str, _Triggers],
          evidence: dict[str, list[str]] | None = None,
          groups: list[tuple[Label, int, int]] | None = None) -> list[tuple[Label, int, int]]:
    """A block's trigger hits of one facet (scanner spans, then the facet's patterns), each kept
    by its label's not_in / unless / requires rules and senses (``groups``: the block's group
    hits, for a sense taken only when its sentence names no group). With ``evidence``, a label
    whose evidence is full is skipped (its hits change nothing)."""
    text = block.text
    triggers = owners[kind]
    words = triggers.words
    out = []
    for start, end in block.spans.of(triggers.kind):
        for label, not_in, senses, ruled in words[text[start:end]]:
            if evidence is not None and len(evidence.get(label.id, ())) >= MAX_EVIDENCE:
                continue
            if (not ruled or _kept(label, not_in, block, start, end)) and not (
                    senses and _other_sense(block, senses, start, end, groups)):
                out.append((label, start, end))
    patterns = triggers.patterns
    needs = triggers.needs
    if needs is not None and not _holds_the_words_of_one(text, needs):
        patterns = None  # no pattern has all the words it needs in the text: none can match
    for m in matches_of(patterns, text) if patterns else ():
        label = labels[triggers.pattern_labels[_matched_pattern(m, triggers.pattern_labels)]]
        start, end = m.span("all")
        if evidence is not None and len(evidence.get(label.id, ())) >= MAX_EVIDENCE:
            continue
        word = text[start:end]
        # a pattern's match that is one of a sense's triggers (一线职工 of 一线…职工) takes its senses too
        senses = tuple(sense for sense in label.senses if word in sense.triggers) if label.senses else ()
        if _kept(label, tuple(p for p in label.not_in if word in p), block, start, end) and not (
                senses and _other_sense(block, senses, start, end, groups)):
            out.append((label, start, end))
    return out


def _holds_the_words_of_one(text: str, needs: tuple[tuple[str, ...], ...]) -> bool:
    """Does ``text`` hold every word of one of ``needs``? (plain loops: compiled, they build no
    generator per block as any(all(...)) does)"""
    for needed in needs:
        for word in needed:
            if word not in text:
                break
        else:
            return True
    return False


def _matched_pattern(m: re.Match, names: dict[str, int]) -> str:
    """A match of a facet's patterns → the group name of the pattern that matched (the one
    alternative taking part in it)."""
    return next(name for name in names if m.start(name) >= 0)


def _yields_to(label: Label, text: str, start: int) -> str:
    """The id the label's hit at ``start`` yields to (``yields``: 项目 right before 工地 → the key
    projects' site, project_workers, when the article names them), or ""."""
    for rule in label.yields:
        if text.endswith(rule.after, 0, start):
            return rule.to
    return ""


def _kept(label: Label, not_in: tuple[str, ...], para: Block, start: int, end: int) -> bool:
    """Label rules on a hit; ``not_in``: the label's not_in phrases that contain the hit's word."""
    text = para.text
    for phrase in not_in:
        pos = text.find(phrase, max(0, start - len(phrase)), end + len(phrase))
        if pos >= 0 and pos <= start and pos + len(phrase) >= end:
            return False
    if label.unless:
        a, b = para.clause(start)
        if any_in(text, label.unless, a, b):
            return False
    if label.requires:
        a, b = para.sentence(start)
        if not any_in(text, label.requires, a, b) or _only_hosts(para, start, end, a, b):
            return False
    return True


def _only_hosts(para: Block, start: int, end: int, a: int, b: int) -> bool:
    """Is the place at text[start:end] (a station: a label that ``requires`` a build word) named
    only as where an event is held (送清凉活动在户外劳动者服务站举行，为环卫工人提供绿豆汤; 依托工会
    驿站开展义诊), its sentence text[a:b] telling nothing built (在新建成的驿站举行揭牌仪式)?"""
    cues = _context(para.vocabulary).table
    text = para.text
    pa = para.phrase_start(start)
    if not any_in(text, cues.host_marks, pa, start):
        return False  # (most stations: no 在/于 before them in their phrase)
    return any_in(text, cues.host_events, end, para.phrase_end(end, b)) and not any_in(text, cues.built_cues, a, b)


def _other_sense(para: Block, senses: tuple[Sense, ...], start: int, end: int,
                 groups: list[tuple[Label, int, int]] | None = None) -> bool:
    """Is the hit text[start:end] in another sense of its word: a word of one of ``senses`` in
    its clause, phrase or sentence (法律 in 为小微企业开展“法律体检” makes 体检 a legal
    check-up, not a health service)? A sense ``unless_group`` is not taken when one of the
    block's ``groups`` stands in the hit's sentence (为驿站送去清凉物资，供环卫工人取用: goods for
    the workers, handed over through the station)."""
    if not para.spans.has(SENSE):
        return False  # (most blocks hold no word of any other sense: no bounds to find)
    text = para.text
    for sense in senses:
        a, b = _scope(para, sense.within, start, end)
        if para.spans.within(SENSE, a, b) and any_in(text, sense.words, a, b):
            if sense.unless_group and groups:
                sa, sb = para.sentence(start)
                if any(sa <= s < sb for _, s, _ in groups):
                    continue
            return True
    return False


def _scope(para: Block, within: str, start: int, end: int) -> tuple[int, int]:
    """The clause, phrase or sentence (``within``) around the hit text[start:end]."""
    if within == "clause":
        return para.clause(start)
    if within == "phrase":
        return para.phrase_start(start), para.phrase_end(end, len(para.text))
    return para.sentence(start)


def _served(para: Block, start: int, end: int, a: int, b: int, ca: int, cb: int, context: _Cues) -> bool:
    """Is the group at text[start:end] (sentence a..b, clause ca..cb) served: a delivery in its
    sentence, no perk, not only speaking or taking part?"""
    key = ("served", ca)  # the clause's verdict, the same for every group in it
    verdict = para.memo.get(key)
    if verdict is None:
        verdict = para.memo[key] = _clause_verdict(para, a, b, ca, cb, context)
    if verdict is not None:
        return verdict
    # the group is the subject of a later speaking verb (劳动模范尚峰、张恒,现场分享…)
    text = para.text
    said = para.spans.first(PARTICIPANT, end, b)
    # (a group word holding a programme's word, 技能大赛 of 县总工会举办职工技能大赛，120名选手参赛,
    # names the contest its entrants are served by: they take part in it, as its 参赛 says)
    if said >= 0 and not context.recipient.search(text, start, said) and not para.spans.within(PROGRAMME, start, end):
        return False
    return True


def _clause_verdict(para: Block, a: int, b: int, ca: int, cb: int, context: _Cues) -> bool | None:
    """A clause ca..cb (in sentence a..b) → whether a group in it is served, or None when
    that depends on where the group stands in it."""
    sentence = _without_cue_words(para, a, b, context)  # 送 in 送餐员 is no cue
    if not _delivery_cue(para, a, b, sentence, context) or _meeting_only(para, a, b, sentence, context):
        return False
    clause = _without_cue_words(para, ca, cb, context)
    # the scan tells whether a perk, participant or guest word stands in the span at all (most
    # spans hold none): only then is the blanked text searched (blanking removes, never joins)
    spans = para.spans
    if spans.within(PERK, ca, cb) and context.perk.search(clause):
        return False
    if _a_team_s(para, a, b, ca, cb, context):
        return False
    if ((spans.within(PARTICIPANT, ca, cb) and context.participant.search(clause))
            or (spans.within(GUEST, a, b) and context.guest.search(sentence))):
        clause = context.guest.sub("□", clause)  # 参加 in 共同参加 is no cue
        return bool(context.recipient.search(clause))
    return None


def _a_team_s(para: Block, a: int, b: int, ca: int, cb: int, context: _Cues) -> bool:
    """Does the clause ca..cb set up a team (县总工会成立关爱快递员工作专班), or state the remit of
    one set up earlier in its sentence a..b (…，专门负责新就业形态劳动者服务工作)? Its groups are whom
    the team is for or who is in it, not served there."""
    if not para.spans.within(TEAM_SETUP, a, cb):
        return False  # (most clauses: no 成立/组建… in the scan before the clause's end)
    text = para.text
    setup = para.memo.get(("team_setup", a))
    if setup is None:  # once per sentence
        found = context.team_setup.search(text, a, b)
        setup = para.memo[("team_setup", a)] = found.start() if found else -1
    if setup < 0 or setup >= cb:
        return False
    return setup >= ca or context.table.team_remit.search(text, ca, cb) is not None


def _without_cue_words(para: Block, a: int, b: int, context: _Cues) -> str:
    """The span text[a:b] with words that only look like cues blanked, and its quoted slogans
    (竭诚服务职工群众 serves no one here), once per span."""
    key = ("without_cue_words", a, b)
    found = para.memo.get(key)
    if found is None:
        span = para.text[a:b]
        for qa, qb in _slogans(para, context):  # (most blocks quote none)
            if a <= qa and qb <= b:
                span = span[: qa - a] + "□" * (qb - qa) + span[qb - a :]
        # a block the scan found none of the words in (most of them) keeps every span as it is
        found = para.memo[key] = context.cue_not_in.sub("□", span) if para.spans.has(CUE_NOT_IN) else span
    return found


def _delivery_cue(para: Block, a: int, b: int, sentence: str, context: _Cues) -> bool:
    """Does the sentence text[a:b] show a delivery (a recipient cue or a programme trigger)?
    ``sentence`` is that sentence without look-alike cue words. Once per sentence."""
    key = ("delivery_cue", a)
    found = para.memo.get(key)
    if found is None:
        found = para.memo[key] = bool(context.recipient.search(sentence) or any(
            a <= s and e <= b and _a_programme(para, s, e) and not _in_slogan(para, s, context)
            and not _a_problem(para.text, e, context) for s, e in para.spans.of(PROGRAMME)))
    return found


def _meeting_only(para: Block, a: int, b: int, sentence: str, context: _Cues) -> bool:
    """Does the sentence text[a:b] tell of a meeting, a forum or a speech (座谈会上，快递员代表作
    交流发言) and name no programme delivered? Its groups take part or are spoken of, none is
    served (座谈会上，区总工会为快递员代表送上慰问品 still serves them). ``sentence`` is the
    sentence without look-alike cue words. Once per sentence."""
    key = ("meeting_only", a)
    found = para.memo.get(key)
    if found is None:
        found = para.memo[key] = context.meeting.search(sentence) is not None and not any(
            a <= s and e <= b and _a_programme(para, s, e) and not _in_slogan(para, s, context)
            and not _a_problem(para.text, e, context) for s, e in para.spans.of(PROGRAMME))
    return found


def _a_programme(para: Block, start: int, end: int) -> bool:
    """Is the programme trigger at text[start:end] a programme's word, not part of a longer
    phrase its labels' not_in lists (竞赛 in 在…竞赛中获得前五名, a past record; 读书 in
    安心去读书)? (A station's missing 建成 does not matter here: it still names a programme.)"""
    text = para.text
    for _, not_in, _, _ in _owners(para.vocabulary)["programme"].words[text[start:end]]:
        if not any(0 <= (pos := text.find(p, max(0, start - len(p)), end + len(p))) <= start and pos + len(p) >= end
                   for p in not_in):
            return True
    return False


@dataclass(frozen=True)
class _Cues:
    """labels.yaml's cues compiled for the label rules, once per vocabulary: a typed, frozen
    table (a misspelt cue name fails the type check, where a dict key failed at run time)."""

    cue_not_in: re.Pattern
    story: frozenset[str]
    story_min: int
    actors: re.Pattern
    funders: frozenset[str]
    union: re.Pattern
    actor_verb: re.Pattern
    speech: re.Pattern
    said: re.Pattern
    speech_heads: tuple[str, ...] | None
    speech_after: re.Pattern
    wish: re.Pattern
    wish_heads: tuple[str, ...] | None
    agent_after: re.Pattern
    name_after: re.Pattern
    name_after_heads: tuple[str, ...] | None
    name_after_firsts: str
    min_cjk_share: float
    participant: re.Pattern
    guest: re.Pattern
    blockers: re.Pattern
    provider: re.Pattern
    recipient: re.Pattern
    perk: re.Pattern
    predicates: frozenset[str]
    generic: re.Pattern
    generic_heads: tuple[str, ...] | None
    subject_levels: frozenset[str]
    topic_list: re.Pattern
    topic_opener: re.Pattern
    slogan_marks: tuple[str, ...]
    slogan_max: int
    measures_after: tuple[str, ...]
    meeting: re.Pattern
    employer_after: re.Pattern
    employer_firsts: str
    plan_openers: tuple[str, ...]
    problem_after: re.Pattern
    problem_firsts: str
    qualifier_between: re.Pattern
    report_cues: tuple[str, ...]
    served_after_mark: re.Pattern
    desk_after: re.Pattern
    desk_firsts: str
    team_setup: re.Pattern
    table: LabelCues  # labels.yaml's typed table: the word lists used as they are (notice_cues, desk_use …)


def _firsts(pattern: re.Pattern) -> str:
    """A cue regex → the characters its matches open with (a one-character test before a regex call), or ""."""
    return "".join(sorted({h[0] for h in heads(pattern) or ()}))


@per_vocabulary
def _context(vocabulary: Vocabulary) -> _Cues:
    """Vocabulary → the compiled context cues of labels.yaml."""
    cues = vocabulary.cues

    def words(found: tuple[str, ...]) -> re.Pattern:
        return re.compile("|".join(map(re.escape, sorted(found, key=len, reverse=True))) or "(?!)")

    speech = cues.speech_verbs.pattern
    return _Cues(
        cue_not_in=words(cues.cue_not_in),
        story=frozenset(cues.story_cues),
        story_min=cues.story_min,
        actors=words(cues.other_actors),
        funders=frozenset(cues.funders),
        union=words(cues.union_words),
        actor_verb=cues.actor_verbs,
        speech=re.compile(r"(?:%s)[:：]?$" % speech),
        # indirect speech only (说，父母都在…): 据介绍， is the reporter's source, 说，“… a quotation
        said=re.compile(r"(?<!据)(?:%s)[，,](?![“「\"])" % speech),
        speech_heads=heads(cues.speech_verbs),
        speech_after=re.compile(r"[^，,。！？!?；;“”]{0,20}?(?:%s)" % speech),
        wish=cues.wish_cues,
        wish_heads=heads(cues.wish_cues),
        agent_after=cues.agent_after,
        name_after=cues.name_after,
        name_after_heads=heads(cues.name_after),
        name_after_firsts=_firsts(cues.name_after),
        min_cjk_share=cues.min_cjk_share,
        participant=words(cues.participant_cues),
        guest=words(cues.guest_cues),
        blockers=words(cues.agent_blockers),
        provider=cues.provider_marks,
        recipient=words(cues.recipient_cues),
        perk=words(cues.perk_cues),
        predicates=frozenset(cues.predicate_triggers),
        generic=cues.generic_statement,
        generic_heads=heads(cues.generic_statement),
        subject_levels=frozenset(("",) + cues.subject_levels),
        topic_list=cues.topic_list,
        topic_opener=words(cues.topic_openers),
        slogan_marks=cues.slogan_marks,
        slogan_max=cues.slogan_max,
        measures_after=cues.measures_after,
        meeting=words(cues.meeting_cues),
        employer_after=cues.employer_after,
        employer_firsts=_firsts(cues.employer_after),
        plan_openers=cues.plan_openers,
        problem_after=cues.problem_after,
        problem_firsts=_firsts(cues.problem_after),
        qualifier_between=cues.qualifier_between,
        report_cues=cues.report_cues,
        served_after_mark=cues.served_after_mark,
        desk_after=cues.desk_after,
        desk_firsts=_firsts(cues.desk_after),
        team_setup=cues.team_setup,
        table=cues,
    )


def _a_plan(para: Block, context: _Cues) -> bool:
    """Does the paragraph open with a plan word (下一步，区总工会将…。同时，…)? Its sentences are the
    closing plan's parts: nothing in it is delivered. (The word is a wish cue where it stands:
    接下来将继续… goes on with the programme reported.)"""
    text = para.text
    at = len(text) - len(text.lstrip())
    return text.startswith(context.plan_openers, at) and context.wish.match(text, at) is not None


def _describes_another(para: Block, label: Label, end: int, groups: list[tuple[Label, int, int]],
                       context: _Cues) -> bool:
    """Does the qualifying group word ending at ``end`` (一线, 生产一线) stand right before another
    group's word, qualifier_between apart (生产一线的技术骨干, 坚守一线的环卫工人)? It says where
    that group works."""
    found = context.qualifier_between.match(para.text, end)
    at = found.end() if found else end
    return any(s == at and other is not label for other, s, _ in groups)


def _a_problem(text: str, end: int, context: _Cues) -> bool:
    """Does the programme word ending at ``end`` name a problem (维权难, 看病难: 针对快递员维权难的
    问题，…) rather than a programme?"""
    # (the character after the word first: most are followed by none of the cue's first characters)
    return end < len(text) and text[end] in context.problem_firsts and context.problem_after.match(text, end) is not None


def _an_idle_desk(text: str, end: int, a: int, b: int, context: _Cues) -> bool:
    """Does the programme word ending at ``end`` name a desk or a window (法律咨询台, 就业服务窗口)
    that its sentence text[a:b] only reports set up (现场设立了法律咨询台、就业服务台), telling
    no one served and nothing done there (设立法律咨询台，为职工解答问题20余个 tells both)?"""
    # (the character after the word first: most are followed by none of the desk words' first characters)
    if end >= len(text) or text[end] not in context.desk_firsts or context.desk_after.match(text, end) is None:
        return False
    return any_in(text, context.table.desk_setup, a, b) and not any_in(text, context.table.desk_use, a, b)


_CJK: Final = re.compile(r"[\u4e00-\u9fff]")
_LATIN: Final = re.compile(r"[A-Za-z]")


def _foreign(para: Block, context: _Cues) -> bool:
    """Is a paragraph mostly in another script (a machine English translation)?"""
    if context.min_cjk_share <= 1 and not para.spans.has(LATIN):
        return False  # no Latin letter (the scan's kind): nothing to weigh
    text = para.text
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    return cjk < context.min_cjk_share * (cjk + latin)


def _not_the_unions(para: Block, start: int, end: int, a: int, b: int, context: _Cues) -> bool:
    """Another actor's item or words, a hope, a link to another article, a generic statement
    of what a programme is for, or part of a name: not the union's measure (the hit at
    text[start:end], its sentence a..b)."""
    text = para.text
    if _sentence_delivers_nothing(para, a, b, context) or (_may_wish(para, context) and _wished(para, a, start, context)):
        return True
    if _in_topic_list(para, start, end, b, context):
        return True
    after = context.name_after_heads  # a name goes on with one of these words
    # (the character after the hit first: most hits are followed by none of the words' first
    # characters, and a one-character test costs a tenth of ``startswith`` over the words)
    if (after is None or (end < len(text) and text[end] in context.name_after_firsts
                          and text.startswith(after, end))) and context.name_after.match(text, end):
        return True
    for qa, qb in para.long_quotes():
        if qa < start < qb:
            speaker = _speaker(para, qa, qb, context)
            return bool(context.actors.search(speaker)) and not context.union.search(speaker)
    return False


def _wished(para: Block, a: int, start: int, context: _Cues) -> bool:
    """Does a wish, plan or instruction cue stand before the hit at ``start`` in its statement
    (the sentence at ``a`` and the ；-joined parts before it), with no year-to-date result
    between the last cue and the hit (会议指出，今年以来全县累计发展会员2100余人 reports one)?"""
    text = para.text
    found = context.wish.search(text, _statement_start(para, a), start)
    if found is None:
        return False  # (most hits: no cue before them)
    last = found
    while (found := context.wish.search(text, last.end(), start)) is not None:
        last = found
    if text.startswith(context.table.scheduled_plans, last.start()) and any_in(
            text, context.table.schedule_cues, _statement_start(para, a), start):
        return False  # 除夕当天，…还将在…举办年夜饭: the campaign's next step on its day, no plan
    return not any_in(text, context.report_cues, last.end(), start)


def _speaker(para: Block, qa: int, qb: int, context: _Cues) -> str:
    """The long quotation text[qa:qb] → the words naming its speaker: the clause before it when
    it ends on a speech verb (受助学生代表小李说：“…”), else the words after it up to one (”…，
    学员刘女士说), else "" (no speaker named)."""
    text = para.text
    ca = max(text.rfind(c, 0, qa) for c in "，,。！？!?；;\n") + 1
    before = text[ca:qa]
    if context.speech.search(before):
        return before
    after = context.speech_after.match(text, qb)
    return after.group() if after else ""


def _in_a_speakers_words(para: Block, start: int, context: _Cues) -> bool:
    """Is the group at ``start`` inside a long quotation by a named speaker who is no union
    (受助学生代表小李说：“爸爸在建筑工地打工，工会的助学金帮了我大忙…”)? What a worker or a
    beneficiary says of his family or his trade tells about him; a union's words (区总工会负责人
    说：“我们为环卫工人…”) still report its measures."""
    for qa, qb in para.long_quotes():  # (most blocks quote nothing that long: an empty list)
        if qa < start < qb:
            speaker = _speaker(para, qa, qb, context)
            return bool(speaker) and not context.union.search(speaker)
    return False


def _statement_start(para: Block, a: int) -> int:
    """Where the statement holding the sentence that starts at ``a`` starts: a ； joins the
    parallel parts of one statement, so a meeting's instruction or a plan heading its first part
    governs the later ones too (会议要求，…要坚持…；扎实推进新就业形态劳动者入会，…)."""
    text = para.text
    while a > 1 and text[a - 1] in _PART_JOINS:
        a = para.sentence(a - 2)[0]
    return a


_PART_JOINS: Final = "；;"  # the sentence stops that join parallel parts of one statement


def _in_slogan(para: Block, start: int, context: _Cues) -> bool:
    """Is the hit at ``start`` inside a quoted slogan (“维护职工合法权益、竭诚服务职工群众”)?"""
    for qa, qb in _slogans(para, context):  # (most blocks quote none)
        if qa < start < qb:
            return True
    return False


def _slogans(para: Block, context: _Cues) -> tuple[tuple[int, int], ...]:
    """A block's quoted slogans (spans, quotes included), found once per block: at most
    slogan_max characters, parallel parts joined by a slogan mark, no other stop (no phrase
    stop of the block inside), and not followed by a measures_after word (“赠礼包、送温暖”等
    举措 lists measures)."""
    found = para.memo.get("slogans")
    if found is None:
        text = para.text
        if text.find("“") < 0 and text.find("「") < 0:
            found = ()  # (most blocks quote nothing: two native searches)
        else:
            found = tuple(_quoted_slogans(para, "“", "”", context) + _quoted_slogans(para, "「", "」", context))
        para.memo["slogans"] = found
    return found


def _quoted_slogans(para: Block, opening: str, closing: str, context: _Cues) -> list[tuple[int, int]]:
    """The slogans of a block quoted by one pair of marks (``_slogans``)."""
    text = para.text
    qa = text.find(opening)
    if qa < 0:
        return []
    longest: int = context.slogan_max
    marks: tuple[str, ...] = context.slogan_marks
    after: tuple[str, ...] = context.measures_after
    found = []
    while qa >= 0:  # (str.find, which compiled code calls natively, not a regex pass)
        qb = text.find(closing, qa + 1, qa + longest + 2)
        # (the cheap tests first: most quotations are a programme's short name, with no mark
        # inside; a slogan holds two parts of two characters or more and a mark)
        if qb - qa > 5 and any_in(text, marks, qa + 1, qb) and not text.startswith(after, qb + 1) and para.phrase_end(qa, qb) == qb:
            found.append((qa, qb + 1))
        qa = text.find(opening, qa + 1)
    return found


def _in_topic_list(para: Block, start: int, end: int, b: int, context: _Cues) -> bool:
    """Is the hit text[start:end] (sentence ending at b) an item of a list of topics taught or
    discussed (围绕工会组建、困难职工帮扶、金秋助学等内容进行授课)? Its phrase goes on to the
    topic_list words, and a 、 or a topic opener stands between the phrase's start and the hit.
    Or a list lead opens the list before the hit (内容涵盖直播账号运营、短视频拍摄剪辑等; 返还经费
    将全部用于开展职工活动、困难职工帮扶、职工教育培训等: what money may be spent on), its
    phrase holding a 、 and going on to 等."""
    text = para.text
    if text.find("等", end, b) < 0:
        return False  # no 等 after the hit in its sentence (most hits): no phrase bounds to find
    stop = para.phrase_end(end, b)
    if text.find("等", end, stop) < 0:
        return False  # no list closes after the hit: neither shape
    if para.spans.has(LIST_LEAD):  # (most blocks hold no list lead: no phrase bounds to find)
        pa = para.phrase_start(start)
        if para.spans.within(LIST_LEAD, pa, start) and text.find("、", pa, stop) >= 0:
            return True
    if context.topic_list.search(text, end, stop) is None:
        return False
    pa = para.phrase_start(start)
    return "、" in text[pa:start] or context.topic_opener.search(text, pa, start) is not None


def _may_wish(para: Block, context: _Cues) -> bool:
    """Does the paragraph hold a word a wish cue opens with (the scan's ``wish`` kind: 希望,
    期待)? When not (most paragraphs), the wish regex cannot match in any span of it."""
    return context.wish_heads is None or para.spans.has(WISH)


def _sentence_delivers_nothing(para: Block, a: int, b: int, context: _Cues) -> bool:
    """Is the sentence text[a:b] another actor's (``actor_led``), a line of links to other
    articles (上一篇：…下一篇：…送清凉活动), a wall notice or a service list (公示栏列明了饮水、
    充电、法律咨询等服务) or a generic statement (职工书屋是…的重要载体)?
    Judged once per sentence."""
    key = ("delivers_nothing", a)
    found = para.memo.get(key)
    if found is None:
        text = para.text
        found = para.memo[key] = (  # (the cheap tests first)
            para.spans.within(LINK, a, b)
            or any_in(text, context.table.notice_cues, a, b)  # a wall notice or a service list (公示栏, 服务清单)
            or actor_led(para, a, b, round_up_cues(para.vocabulary))
            or (_may_be_generic(para, a, b, context) and context.generic.search(text, a, b) is not None)
        )
    return found


def _may_be_generic(para: Block, a: int, b: int, context: _Cues) -> bool:
    """Does text[a:b] hold a word a generic statement opens with (the scan's ``generic`` kind:
    是, 作为)? When not (most sentences), the generic regex cannot match in it."""
    return context.generic_heads is None or para.spans.within(GENERIC, a, b)


def _not_a_target(para: Block, start: int, end: int, sa: int, sb: int, ca: int, cb: int, groups: list,
                  context: _Cues) -> bool:
    """Is a group named in a title (《…》, a quoted slogan longer than the word), shown acting
    or providing a service to another group, or is its trigger a predicate of another group?
    (The hit at text[start:end], its sentence sa..sb, its clause ca..cb.)"""
    text = para.text
    for qa, qb in para.quotes:
        if qa >= start:
            break  # quotes are in text order: none after the hit holds it
        if end < qb and (text[qa] == "《" or (qb - qa - 2) - (end - start) >= 3):
            return True
    if text[start:end] in context.predicates and any(ca <= s < start for _, s, _ in groups):
        return True
    if _reported_speech(para, start, sa, context) or _in_a_speakers_words(para, start, context):
        return True
    if _an_employer(para, _compound_end(para, end, groups), context):
        return True
    pa = para.phrase_start(start)
    if context.blockers.search(text, pa, start) or para.spans.within(OBJECT_MARK, sa, start):
        return False
    after = _compound_end(para, end, groups)
    if context.agent_after.match(text, after):
        return True
    # the phrase's subject (after a title's level, or a short affiliation naming no union: 县医院的
    # 医生、护士为职工…; not 区总工会还将…的环卫工人列为…): does it serve?
    lead = text[pa:start].strip()
    if lead in context.subject_levels or (lead.endswith("的") and len(lead) <= AFFILIATION_CHARS
                                          and context.union.search(lead) is None):
        if context.provider.search(text, end, para.phrase_end(end, sb)):
            return True
    b = cb
    if para.spans.within(PROVIDER_LEAD, pa, start):
        b = sb
    for mark in context.provider.finditer(text, end, b):
        # (another group, or people served: 邀请县医院的医生，为参加活动的职工提供免费体检)
        if any(mark.end() <= s <= mark.end() + 2 for _, s, _ in groups) or context.served_after_mark.match(text, mark.end()):
            return True
    return False


def _compound_end(para: Block, end: int, groups: list[tuple[Label, int, int]]) -> int:
    """Where a compound of group words (劳模工匠, 快递外卖) that acts as one ends, read from the
    group word ending at ``end`` past the words joined to it (a block's groups: {start: end}, once)."""
    ends: dict[int, int] | None = para.memo.get("group_ends")
    if ends is None:
        ends = {}
        for _, s, e in groups:
            if s not in ends:  # (the first hit at a start wins)
                ends[s] = e
        para.memo["group_ends"] = ends
    while end in ends:
        end = ends[end]
    return end


def _an_employer(para: Block, end: int, context: _Cues) -> bool:
    """Does the group word (or compound) ending at ``end`` go on with an employer's word
    (走访新就业形态企业15家: a kind of company, not its workers; 快递企业职工 are workers)?"""
    text = para.text
    # (the character after the word first: most groups are followed by none of the words' first characters)
    return end < len(text) and text[end] in context.employer_firsts and context.employer_after.match(text, end) is not None


def _reported_speech(para: Block, start: int, sa: int, context: _Cues) -> bool:
    """Is the group at ``start`` inside what a speaker who is no union says, told after 说，
    in indirect speech (受助学生代表小李说，父母都在工地上打工…)? Its sentence starts at ``sa``."""
    if context.speech_heads is not None and not para.spans.within(SPEECH, sa, start):
        return False  # no speech verb before the group in its sentence (most): no regex pass
    text = para.text
    said = context.said.search(text, sa, start)
    if said is None:
        return False
    last = said
    while (said := context.said.search(text, last.end(), start)) is not None:
        last = said
    speaker = text[max(sa, para.phrase_start(last.start())) : last.start()].strip()
    return len(speaker) >= 2 and not context.union.search(speaker)


def _evidence(text: str, a: int, b: int, pos: int) -> str:
    """A hit's position and its sentence text[a:b] → its evidence: the sentence, trimmed, or a
    window of EVIDENCE_CHARS around the hit in a long sentence."""
    sentence = text[a:b].strip()
    if len(sentence) > EVIDENCE_CHARS:
        left = max(a, pos - EVIDENCE_CHARS // 2)
        sentence = text[left : left + EVIDENCE_CHARS].strip()
    return sentence
