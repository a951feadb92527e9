"""A paragraph in → its byline (agency, credit, reporters, correspondents) and the text after it.

Forms handled: "本报讯 记者X 通讯员Y、Z报道 …", "本报讯(记者 A B 通讯员 C)…", "苏报讯(记者 晓亮)…",
"羊城晚报讯 记者赵映光、通讯员黄山河报道:…", "中图社浙江2月5日电 …", and lines that are only a
credit ("潮新闻客户端 通讯员 张海娟 吴倩 记者 方力").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from archive.text.headlines import is_sidebar_label, is_signer_line
from archive.text.markers import (
    AGENCY, BARE_ROLE_LINE, CORRESPONDENT_ROLES, CREDIT_IN_BRACKETS, CREDIT_LINE, CREDIT_PLAIN, NAME_SUFFIXES,
    NAMES_IN_BRACKETS, NOT_NAMES, PADDED_NAME, PERSON_NAME, REPORTER_ROLES, ROLE_WORD, WRITER_LINE,
)

ROLE_SPLIT = re.compile(f"({ROLE_WORD})")
NAME_SEPARATORS = re.compile(r"[、,，\s;；]+")
MAX_CREDIT_LINE = 45
MAX_WRITER_LINE = 16  # "□ 本报评论员 欧阳小明"


@dataclass
class Byline:
    text: str
    agency: str | None = None
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)


def _clean_name(token: str) -> str | None:
    token = token.strip(" :：/()（）")
    for _ in range(2):
        token = NAME_SUFFIXES.sub("", token).strip(" /")
    return token if PERSON_NAME.match(token) and token not in NOT_NAMES else None


def unpad_names(text: str) -> str:
    """Credit text in → its two-character names closed up where a page padded them to three columns
    ("本报记者 王 磊 李 娜" → "本报记者 王磊 李娜"; a lone character between spaces stays)."""
    return PADDED_NAME.sub(r"\1\2", text) if " " in text else text


def parse_credit(credit: str) -> tuple[list[str], list[str]]:
    """Credit text ("记者X 通讯员Y、Z报道", "本报记者 王 磊") in → (reporters, correspondents) out."""
    credit = unpad_names(credit)
    reporters: list[str] = []
    correspondents: list[str] = []
    role = None
    for part in ROLE_SPLIT.split(credit):
        if part in REPORTER_ROLES or part in CORRESPONDENT_ROLES:
            role = part
            continue
        if role is None:
            continue
        target = reporters if role in REPORTER_ROLES else correspondents
        for token in NAME_SEPARATORS.split(part):
            name = _clean_name(token)
            if name and name not in target:
                target.append(name)
    return reporters, correspondents


def parse_byline(paragraph: str) -> tuple[Byline | None, str]:
    """Paragraph in → (Byline, rest of the paragraph) when it opens with an agency dateline, else (None, paragraph)."""
    if not AGENCY.match(paragraph):
        return None, paragraph
    text, agency, reporters, correspondents, rest = _byline_parts(paragraph)
    return Byline(text, agency, list(reporters), list(correspondents)), rest


@lru_cache(maxsize=2048)
def _byline_parts(paragraph: str) -> tuple[str, str, tuple[str, ...], tuple[str, ...], str]:
    """A paragraph opening with an agency dateline in → (byline text, agency, reporters, correspondents, rest).

    Cached: the splitter asks about the same byline line several times (line kinds, repair, article
    building), and reading its credit is the costly part; callers get fresh lists each time.
    """
    agency = AGENCY.match(paragraph)
    assert agency is not None
    end = agency.end()
    credit_match = CREDIT_IN_BRACKETS.match(paragraph, end) or CREDIT_PLAIN.match(paragraph, end)
    credit = ""
    if credit_match:
        credit = credit_match.group("credit")
        end = credit_match.end()
    reporters, correspondents = parse_credit(credit)
    if not credit_match and (names := NAMES_IN_BRACKETS.match(paragraph, end)):
        # 人民网柳州5月6日电 （陈思远）: the agency's own reporter, named without a role word
        reporters = [name for token in NAME_SEPARATORS.split(names.group("names")) if (name := _clean_name(token))]
        end = names.end()
    return paragraph[:end].strip(), agency.group(0), tuple(reporters), tuple(correspondents), paragraph[end:].lstrip(" :：")


def parse_credit_line(line: str) -> Byline | None:
    """A line that holds only a credit ("记者/丁铭华", a writer's "文/李明", "□ 本报评论员 王伟", "本报通讯员 程亮",
    "□ 陶 然" with the name padded; a role alone, "本报评论员", whose name the page leaves out; an expert's sign-off,
    "青禾市总工会法律援助中心律师 孟强") in → Byline out, else None."""
    names = _credit_line_names(line)
    return None if names is None else Byline(line, None, list(names[0]), list(names[1]))


@lru_cache(maxsize=8192)
def _credit_line_names(line: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A line in → (reporters, correspondents) when it holds only a credit, else None. Cached: the splitter asks about
    every line several times (is it a head, does it open a block, does it close a story); callers get a fresh Byline."""
    if len(line) <= MAX_WRITER_LINE and (writer := WRITER_LINE.match(unpad_names(line))) is not None:  # (length first: most lines are longer)
        return (writer.group("name") or writer.group("bare"),), ()
    if len(line) <= MAX_WRITER_LINE and BARE_ROLE_LINE.match(line):
        return (), ()
    if is_signer_line(line):
        return (), ()
    if len(line) > MAX_CREDIT_LINE or not CREDIT_LINE.match(line) or re.search(r"[。，,!！?？]", line) or is_sidebar_label(line):
        return None  # (记者手记 opens like a credit: it is a sidebar's label)
    reporters, correspondents = parse_credit(line)
    if not reporters and not correspondents:
        return None
    return tuple(reporters), tuple(correspondents)
