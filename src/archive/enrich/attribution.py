"""Summable figures → where they belong: each one's place, groups served and programme.

An article's totals are the sum of its figures; an article about four districts and seven
programmes must not credit its whole total to each of them. Each summable figure is
attributed from the words around it, nearest scope first, and only to facets the article
itself has (the article-level rules stay the judges of what the article is about):

* **place**: the article's venues named in the figure's sentence, else in its paragraph
  (今年海曙区总工会安排关爱专项资金30余万元 → 海曙区). With none named there, the article's one
  venue, or the place its venues share (海曙区, 奉化区 → 宁波市, county left empty), so a figure
  is credited to one place only and county sums add up.
* **groups**: the article's groups whose trigger words stand in the figure's sentence, else
  its paragraph (…困难职工、…新业态群体、户外劳动者等200名职工… → all three); else the article's
  only group; else none (职工 in general).
* **programme**: the article's programme whose trigger stands nearest the figure in its
  sentence, else in its paragraph (使用“送温暖”资金48万元 → condolence_visits); else the
  article's only programme; else none. One programme a figure, so programme sums add up.

``Figure.attributed_by`` says which scope decided the place: sentence | paragraph | article.
Pure: the article's context and its enriched facets in, the figures updated in place.
"""

from __future__ import annotations

from archive.enrich.context import ArticleContext, Block
from archive.enrich.matching import per_vocabulary
from archive.enrich.scanner import GROUP, PLACE, PROGRAMME
from archive.model import Article, Figure, Place
from archive.vocabulary import Vocabulary


def attribute_figures(article: Article, context: ArticleContext) -> None:
    """Set place, groups and programme on each summable figure of an enriched article."""
    summable = [f for f in article.figures if f.summable]
    if not summable:
        return
    triggers = _trigger_labels(context.vocabulary)
    # an article without venues, groups or programmes attributes none: no scope is read for it
    groups, programmes = frozenset(article.groups_served), frozenset(article.programme_types)
    venues = article.venue_places
    shared: list[Place | None] = []  # the place the venues share, found once an article on first need
    for figure in summable:
        block, pos = _locate(figure, context)
        scopes = _scopes(block, pos)
        if venues:
            figure.place, figure.attributed_by = _place(venues, shared, context.vocabulary, block, scopes)
        else:
            figure.place, figure.attributed_by = None, "article"
        figure.groups = _groups(article, groups, triggers, block, scopes) if groups else []
        figure.programme = _programme(article, programmes, triggers, block, scopes, pos) if programmes else None


def _locate(figure: Figure, context: ArticleContext) -> tuple[Block | None, int]:
    """A figure → the body paragraph (else headline line) it was read from, and its position."""
    text = figure.text
    blocks = context.blocks
    for i in range(1, len(blocks)):  # (by index: no sliced and joined list of blocks per figure)
        block = blocks[i]
        pos = block.text.find(text)
        if pos >= 0:
            return block, pos
    for block in context.heading_blocks:
        pos = block.text.find(text)
        if pos >= 0:
            return block, pos
    return None, -1


def _scopes(block: Block | None, pos: int) -> list[tuple[int, int]]:
    """The figure's sentence, then its whole paragraph, as (start, end) in the block's text."""
    if block is None:
        return []
    return [block.sentence(pos), (0, len(block.text))]


def _place(venues: list[Place], shared: list[Place | None], vocabulary: Vocabulary, block: Block | None,
           scopes: list[tuple[int, int]]) -> tuple[Place | None, str]:
    """The article's venues named in the figure's sentence, else its paragraph, else the place
    they all share (``shared``: the article's, kept once found)."""
    if block is not None:
        # (two scopes, by index: zip(..., strict=True) cost ~2.7k instructions a figure, its
        # keyword argument passed as a dict)
        named = _venues_named(venues, vocabulary, block, scopes[0])
        if named:
            return _shared(named), "sentence"
        named = _venues_named(venues, vocabulary, block, scopes[1])
        if named:
            return _shared(named), "paragraph"
    if not shared:
        shared.append(_shared(venues))
    return shared[0], "article"


def _venues_named(venues: list[Place], vocabulary: Vocabulary, block: Block, scope: tuple[int, int]) -> list[Place]:
    """The article's venues whose written forms (海曙区, 海曙) stand in the block's text[scope];
    the most specific one when a county and its city are both named."""
    start, end = scope
    codes: set[str] = set()
    for a, b, units in _place_units(block, vocabulary):
        if start <= a and b <= end:
            codes.update(units)
    if not codes:
        return []  # (no place written in the scope, most sentences: no venue to test)
    named = [v for v in venues if v.code in codes]
    counties = [v for v in named if v.county]
    return counties or named


def _place_units(block: Block, vocabulary: Vocabulary) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, the codes of every unit it may stand for) of each place written in the
    block, found once per block: a figure's scopes pick theirs by position (figures of one
    block share the list; a memo per scope cost a tuple key built and hashed per look-up)."""
    found = block.memo.get("attribution_places")
    if found is None:
        text, surfaces = block.text, vocabulary.gazetteer.surfaces
        found = []
        for a, b in block.spans.of(PLACE):
            surface = surfaces.get(text[a:b])
            if surface:
                found.append((a, b, tuple(unit.code for unit in surface.units)))
        block.memo["attribution_places"] = found
    return found


def _shared(places: list[Place]) -> Place | None:
    """Places → the one place they all lie in: the same county, else city, else province."""
    if len(places) == 1:
        return places[0]
    for depth in (3, 2, 1):
        paths = {_path(p)[:depth] for p in places}
        if len(paths) == 1 and None not in (path := paths.pop()):
            full = path + (None,) * (3 - depth)
            named = next((p for p in places if _path(p) == full), None)
            code = places[0].code
            province, city, county = full
            return named or Place(province, city, county, code[: 2 * depth].ljust(6, "0") if code else None)
    return None


def _path(place: Place) -> tuple[str | None, str | None, str | None]:
    return (place.province, place.city, place.county)


def _groups(article: Article, wanted: frozenset[str], triggers: dict[str, dict[str, str]], block: Block | None,
            scopes: list[tuple[int, int]]) -> list[str]:
    if block is not None:
        spans = _trigger_spans(block, "group", triggers)
        if spans:
            for start, end in scopes:
                # the label ids whose triggers stand in text[start:end], each once, in order
                named: list[str] = []
                for a, b, label in spans:
                    if start <= a and b <= end and label in wanted and label not in named:
                        named.append(label)
                if named:
                    return named
    return list(article.groups_served) if len(article.groups_served) == 1 else []


def _programme(article: Article, wanted: frozenset[str], triggers: dict[str, dict[str, str]], block: Block | None,
               scopes: list[tuple[int, int]], pos: int) -> str | None:
    if block is not None:
        spans = _trigger_spans(block, "programme", triggers)
        if spans:
            for start, end in scopes:
                # the label of the trigger nearest the figure (a tie: the least id, as min() of
                # (distance, label) pairs picks it)
                # (distances as plain ints compared in line: a (distance, label) tuple made and
                # compared per trigger, and abs() on a compiled int, each went through the
                # generic object protocol)
                best, nearest = "", -1
                for a, b, label in spans:
                    if start <= a and b <= end and label in wanted:
                        near = a - pos if a >= pos else pos - a
                        to_end = b - pos if b >= pos else pos - b
                        if to_end < near:
                            near = to_end
                        if nearest < 0 or near < nearest or (near == nearest and label < best):
                            best, nearest = label, near
                if nearest >= 0:
                    return best
    return article.programme_types[0] if len(article.programme_types) == 1 else None


def _trigger_spans(block: Block, kind: str, triggers: dict[str, dict[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, label id) of each trigger of ``kind`` written in the block, found once per
    block (a figure's scopes pick theirs by position)."""
    key = "attribution_programme" if kind == "programme" else "attribution_group"
    found = block.memo.get(key)
    if found is None:
        text, table = block.text, triggers[kind]
        spans = block.spans.of(PROGRAMME if kind == "programme" else GROUP)  # (the scanner's kind numbers)
        found = block.memo[key] = [(a, b, table[text[a:b]]) for a, b in spans]
    return found


@per_vocabulary
def _trigger_labels(vocabulary: Vocabulary) -> dict[str, dict[str, str]]:
    """Vocabulary → {"group"|"programme": {trigger word: label id}} (first label wins a shared word)."""
    tables: dict[str, dict[str, str]] = {"group": {}, "programme": {}}
    for kind, labels in (("group", vocabulary.groups_served), ("programme", vocabulary.programme_types)):
        for label in labels:
            for word in label.triggers:
                tables[kind].setdefault(word, label.id)
    return tables
