"""Title and paragraphs → groups served and programme types (vocabulary ids) with evidence.

Each label's trigger words and patterns (``groups_served.yaml``, ``programme_types.yaml``)
are matched in one regex pass. A hit is dropped when it sits inside a listed longer phrase
(``not_in``: 快递券 is not a courier), when its clause holds an ``unless`` word (工地 next to
重点工程 is project_workers), or when a ``requires`` word is missing from its sentence (a
station counts only when built or equipped). A group also needs a delivery cue in its
sentence (``labels.yaml`` recipient_cues, or any programme trigger) and is dropped when its
clause only shows it speaking or taking part (participant_cues).
Evidence: {label_id: [sentences that triggered it]}, trimmed, at most three per label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.enrich.matching import clause_bounds, per_vocabulary, sentence_bounds, trie_regex
from archive.vocabulary import Label, Vocabulary

MAX_EVIDENCE = 3
EVIDENCE_CHARS = 80


@dataclass(frozen=True)
class Labels:
    groups_served: list[str]
    programme_types: list[str]
    evidence: dict[str, list[str]]


def find_labels(title: str, paragraphs: list[str], vocabulary: Vocabulary) -> Labels:
    """Headline and body paragraphs → Labels (ids in vocabulary order, evidence per id)."""
    programme_regex = _regex(vocabulary.programme_types, vocabulary)
    group_regex = _regex(vocabulary.groups_served, vocabulary)
    evidence: dict[str, list[str]] = {}
    for text in [title] + paragraphs:
        for label, start, end in _hits(text, vocabulary.programme_types, programme_regex):
            if not _prize(text, start, vocabulary):
                _add(evidence, label.id, text, start)
        for label, start, end in _hits(text, vocabulary.groups_served, group_regex):
            if _served(text, start, end, vocabulary, programme_regex):
                _add(evidence, label.id, text, start)
    return Labels(
        groups_served=[l.id for l in vocabulary.groups_served if l.id in evidence],
        programme_types=[l.id for l in vocabulary.programme_types if l.id in evidence],
        evidence=evidence,
    )


def _regex(labels: tuple[Label, ...], vocabulary: Vocabulary) -> tuple[tuple[re.Pattern, re.Pattern | None], dict[str, list[Label]]]:
    """Labels → ((one regex over all triggers, one over all patterns), trigger → labels)."""
    return _label_regexes(vocabulary)[labels is vocabulary.groups_served]


@per_vocabulary
def _label_regexes(vocabulary: Vocabulary) -> tuple[tuple, tuple]:
    """Vocabulary → the compiled triggers of (programme types, groups served), built once."""
    return _compile(vocabulary.programme_types), _compile(vocabulary.groups_served)


def _compile(labels: tuple[Label, ...]) -> tuple[tuple[re.Pattern, re.Pattern | None], dict[str, list[Label]]]:
    owners: dict[str, list[Label]] = {}
    for label in labels:
        for trigger in label.triggers:
            owners.setdefault(trigger, []).append(label)
    words = trie_regex(owners)
    # Patterns run as a second pass, so a pattern may overlap a word (女医务工作者 gives
    # women_workers by pattern and medical_workers by the word 医务工作者).
    patterns = [f"(?P<p{i}_{j}>{p.pattern})" for i, l in enumerate(labels) for j, p in enumerate(l.patterns)]
    pattern_regex = re.compile("|".join(patterns)) if patterns else None
    return (words, pattern_regex), owners


def _hits(text: str, labels: tuple[Label, ...], compiled: tuple) -> list[tuple[Label, int, int]]:
    (words, patterns), owners = compiled
    out = []
    for m in words.finditer(text):
        for label in owners.get(m.group(), []):
            if _kept(label, text, m.start(), m.end()):
                out.append((label, m.start(), m.end()))
    for m in patterns.finditer(text) if patterns else ():
        label = labels[int(m.lastgroup[1:].split("_")[0])]  # group name p<label index>_<n>
        if _kept(label, text, m.start(), m.end()):
            out.append((label, m.start(), m.end()))
    return out


def _kept(label: Label, text: str, start: int, end: int) -> bool:
    for phrase in label.not_in:
        pos = text.find(phrase, max(0, start - len(phrase)), end + len(phrase))
        if pos >= 0 and pos <= start and pos + len(phrase) >= end:
            return False
    if label.unless:
        a, b = clause_bounds(text, start)
        if any(w in text[a:b] for w in label.unless):
            return False
    if label.requires:
        a, b = sentence_bounds(text, start)
        if not any(w in text[a:b] for w in label.requires):
            return False
    return True


def _served(text: str, start: int, end: int, vocabulary: Vocabulary, programme_regex: tuple) -> bool:
    a, b = sentence_bounds(text, start)
    sentence = text[a:b]
    cues = vocabulary.cues
    if not (any(w in sentence for w in cues.get("recipient_cues", [])) or programme_regex[0][0].search(sentence)):
        return False
    ca, cb = clause_bounds(text, start)
    clause = text[ca:cb]
    if any(w in clause for w in cues.get("perk_cues", [])):
        return False
    if any(w in clause for w in cues.get("participant_cues", [])):
        return any(w in clause for w in cues.get("recipient_cues", []))
    return True


def _prize(text: str, start: int, vocabulary: Vocabulary) -> bool:
    """Is a programme trigger part of a prize list (奖品涵盖…) earlier in its sentence?"""
    a, _ = sentence_bounds(text, start)
    return any(w in text[a:start] for w in vocabulary.cues.get("prize_cues", []))


def _add(evidence: dict[str, list[str]], label_id: str, text: str, pos: int) -> None:
    a, b = sentence_bounds(text, pos)
    sentence = text[a:b].strip()
    if len(sentence) > EVIDENCE_CHARS:
        left = max(a, pos - EVIDENCE_CHARS // 2)
        sentence = text[left : left + EVIDENCE_CHARS].strip()
    found = evidence.setdefault(label_id, [])
    if sentence not in found and len(found) < MAX_EVIDENCE:
        found.append(sentence)
