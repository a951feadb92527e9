"""Article bylines and paragraphs → People: reporters, correspondents and named people with roles.

Reporters come from ``Article.reporters``/``correspondents`` (the text stage's byline parse);
when those are empty, the lead paragraphs are read with the same parser. In the text, a person is
a role word from ``organisations.yaml`` directly before a surname and one or two characters
(快递员刘宗伯, 党组书记、一级巡视员陈强).
"""

from __future__ import annotations

import re

from archive.enrich.context import ArticleContext, Block
from archive.enrich.matching import per_vocabulary
from archive.enrich.scanner import ROLE
from archive.model import Person
from archive.text.byline import parse_byline as text_byline
from archive.text.byline import parse_credit_line
from archive.vocabulary import Vocabulary



def find_people(reporters: list[str], correspondents: list[str], paragraphs: list[str], vocabulary: Vocabulary,
                context: ArticleContext | None = None) -> list[Person]:
    """Byline lists and paragraphs → people, reporters first, each name once. With the article's
    ``context`` (the same paragraphs) its blocks' role words are read from the one scan."""
    if not reporters and not correspondents:
        reporters, correspondents = parse_byline(paragraphs[:3])
    people = [Person(n, "reporter") for n in reporters] + [Person(n, "correspondent") for n in correspondents]
    seen = {p.name for p in people}
    blocks = context.blocks[1:] if context is not None and context.paragraphs is paragraphs else None
    for index, text in enumerate(paragraphs):
        for name, role in (_named_in(blocks[index], vocabulary) if blocks is not None else _named(text, vocabulary)):
            if name not in seen:
                seen.add(name)
                people.append(Person(name, role))
    return people


def parse_byline(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Lead paragraphs → (reporters, correspondents) from a byline (本报讯 记者X 通讯员Y、Z报道)
    or a credit line, read by the text stage's one byline parser (``archive.text.byline``)."""
    for text in paragraphs:
        byline = text_byline(text)[0] or parse_credit_line(text)
        if byline and (byline.reporters or byline.correspondents):
            return byline.reporters, byline.correspondents
    return [], []


def _named(text: str, vocabulary: Vocabulary) -> list[tuple[str, str]]:
    """Text → (name, role words) of each role word + name in it (one regex pass)."""
    regex, stops = _person_regex(vocabulary)
    return [found for m in regex.finditer(text) if (found := _person(m, stops)) is not None]


def _named_in(block: Block, vocabulary: Vocabulary) -> list[tuple[str, str]]:
    """A block → what ``_named`` finds in its text, the regex tried only where a role word the
    scan found is followed by a surname or 、 (a few places a paragraph, not every character)."""
    regex, stops = _person_regex(vocabulary)
    leads = _name_leads(vocabulary)
    text = block.text
    out = []
    last, tried = 0, -1
    for start, end in block.spans.every(ROLE):
        if start < last or start == tried or text[end : end + 1] not in leads:
            continue
        tried = start
        m = regex.match(text, start)
        if m is not None:
            last = m.end()
            found = _person(m, stops)
            if found is not None:
                out.append(found)
    return out


def _person(m: re.Match, stops: str) -> tuple[str, str] | None:
    """A match of the person regex → (name, role words), or None (a name ending in a stop).
    The regex takes up to two characters after the surname, so one stop is cut off the end
    (陈强率 → 陈强, 司马光说 → 司马光)."""
    name = m.group("name")
    if len(name) >= 3 and name[-1] in stops:
        name = name[:-1]
    if name[-1] in stops:
        return None
    return name, m.group("role")


@per_vocabulary
def _name_leads(vocabulary: Vocabulary) -> frozenset[str]:
    """Vocabulary → the characters that may follow a role word in a match: a surname's first
    character, or 、 before another role word."""
    people = vocabulary.people
    return frozenset(people.surnames) | frozenset(s[0] for s in people.double_surnames if s) | {"、"}


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"


@per_vocabulary
def _person_regex(vocabulary: Vocabulary) -> tuple[re.Pattern, str]:
    """Vocabulary → (role word + surname + name regex, characters a name never ends in)."""
    people = vocabulary.people
    roles = _alternation(people.roles)
    double = people.double_surnames
    surname = "(?:%s|[%s])" % ("|".join(double), people.surnames) if double else "[%s]" % people.surnames
    pattern = re.compile(
        r"(?P<role>(?:%s)(?:、(?:%s))*)(?P<name>%s[\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff]{0,1}(?:%s))" % (roles, roles, surname, _alternation(people.name_not_before))
    )
    return pattern, people.name_stops
