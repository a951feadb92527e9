"""Article bylines and paragraphs → People: reporters, correspondents and named people with roles.

Reporters come from ``Article.reporters``/``correspondents`` (the text stage's byline parse);
when those are empty, a 本报讯 记者X 通讯员Y、Z报道 line is read here. In the text, a person is
a role word from ``organisations.yaml`` directly before a surname and one or two characters
(快递员刘宗伯, 党组书记、一级巡视员陈强).
"""

from __future__ import annotations

import re

from archive.enrich.matching import per_vocabulary
from archive.model import Person
from archive.vocabulary import Vocabulary

_BYLINE = re.compile(r"(?:本报讯|讯)?\s*((?:(?:见习|特约|首席)?记者|通讯员)[\u4e00-\u9fff、，, ]{2,60}?)(?:报道|摄|/文|文/|$)")
_BYLINE_ROLE = re.compile(r"((?:见习|特约|首席)?记者|通讯员)")


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
    """Lead paragraphs → (reporters, correspondents) from a 记者X 通讯员Y、Z报道 byline."""
    for text in paragraphs:
        m = _BYLINE.search(text[:80])
        if not m:
            continue
        reporters: list[str] = []
        correspondents: list[str] = []
        parts = _BYLINE_ROLE.split(m.group(1))
        for role, names in zip(parts[1::2], parts[2::2]):
            target = correspondents if role == "通讯员" else reporters
            target.extend(n for n in re.split(r"[、，,\s]+", names) if 2 <= len(n) <= 4)
        return reporters, correspondents
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


@per_vocabulary
def _person_regex(vocabulary: Vocabulary) -> tuple[re.Pattern, str]:
    """Vocabulary → (role word + surname + name regex, characters a name never ends in)."""
    orgs = vocabulary.organisations
    roles = "|".join(map(re.escape, sorted(orgs.get("roles", []), key=len, reverse=True)))
    surnames = orgs.get("surnames", "")
    double = [s for s in ("诸葛", "欧阳", "司马", "上官") if s in surnames]
    single = "".join(ch for ch in surnames if not any(ch in d for d in double))
    surname = "(?:%s|[%s])" % ("|".join(double), single) if double else "[%s]" % single
    pattern = re.compile(
        r"(?P<role>(?:%s)(?:、(?:%s))*)(?P<name>%s[\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff]{0,1}(?:工会|公司|集团|市|区|县))" % (roles, roles, surname)
    )
    return pattern, orgs.get("name_stops", "")
