"""Article bylines and paragraphs → People: reporters, correspondents and named people with roles.

Reporters come from ``Article.reporters``/``correspondents`` (the text stage's byline parse);
when those are empty, the lead paragraphs are read with the same parser. In the text, a person is
a role word from ``organisations.yaml`` directly before a surname and one or two characters
(快递员刘宗伯, 党组书记、一级巡视员陈强).
"""

from __future__ import annotations

import re

from archive.enrich.matching import per_vocabulary
from archive.model import Person
from archive.text.byline import parse_byline as text_byline
from archive.text.byline import parse_credit_line
from archive.vocabulary import Vocabulary



def find_people(reporters: list[str], correspondents: list[str], paragraphs: list[str], vocabulary: Vocabulary) -> list[Person]:
    """Byline lists and paragraphs → people, reporters first, each name once."""
    if not reporters and not correspondents:
        reporters, correspondents = parse_byline(paragraphs[:3])
    people = [Person(n, "reporter") for n in reporters] + [Person(n, "correspondent") for n in correspondents]
    seen = {p.name for p in people}
    for text in paragraphs:
        for name, role in _named(text, vocabulary):
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
    regex, stops = _person_regex(vocabulary)
    out = []
    for m in regex.finditer(text):
        name = m.group("name")
        if len(name) == 3 and name[2] in stops:
            name = name[:2]
        if name[-1] in stops:
            continue
        out.append((name, m.group("role")))
    return out


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"


@per_vocabulary
def _person_regex(vocabulary: Vocabulary) -> tuple[re.Pattern, str]:
    """Vocabulary → (role word + surname + name regex, characters a name never ends in)."""
    people = vocabulary.people
    roles = _alternation(people.roles)
    surnames = people.surnames
    double = [s for s in people.double_surnames if s in surnames]
    single = "".join(ch for ch in surnames if not any(ch in d for d in double))
    surname = "(?:%s|[%s])" % ("|".join(double), single) if double else "[%s]" % single
    pattern = re.compile(
        r"(?P<role>(?:%s)(?:、(?:%s))*)(?P<name>%s[\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff]{0,1}(?:%s))" % (roles, roles, surname, _alternation(people.name_not_before))
    )
    return pattern, people.name_stops
