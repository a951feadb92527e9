"""Typed, frozen tables for the vocabulary's YAML files, read by ``archive.datafile.read_table``
(unknown keys, missing keys and wrong types are refused at load time, naming file and key).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.datafile import DataFileError

# A vocabulary file that does not match its table: the package-wide data file error, by its old name.
VocabularyError = DataFileError


SENSE_SCOPES = ("clause", "phrase", "sentence")


@dataclass(frozen=True)
class Sense:
    """Another sense of some of a label's triggers (``senses`` in groups_served.yaml and
    programme_types.yaml): one of ``words`` in the trigger's clause, phrase (a clause that a
    list's 、 does not end) or sentence (``within``) selects it, and the trigger gives nothing
    there (法律 beside 体检: a legal check-up, not a health one)."""

    triggers: tuple[str, ...]
    words: tuple[str, ...]
    within: str = "clause"
    # the sense is not taken when the sentence names a group (goods handed to a station for the
    # workers: 为驿站送去清凉物资，供环卫工人取用)
    unless_group: bool = False

    def __post_init__(self) -> None:
        if self.within not in SENSE_SCOPES:
            raise DataFileError(f"key 'within': expected one of {', '.join(SENSE_SCOPES)}, found {self.within!r}")


@dataclass(frozen=True)
class Yield:
    """A label that gives way to another of its facet (``yields`` in groups_served.yaml): a hit
    right after one of ``after`` gives the label only when the article does not give ``to``
    (项目工地 is a construction site unless the article names its projects as key ones)."""

    after: tuple[str, ...]
    to: str


@dataclass(frozen=True)
class Label:
    """One facet value (groups_served.yaml, programme_types.yaml): id, Chinese label, and the
    wording that triggers it (see ``archive.enrich.labels`` for how each field is read)."""

    id: str
    label: str
    triggers: tuple[str, ...] = ()
    patterns: tuple[re.Pattern, ...] = ()
    not_in: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    senses: tuple[Sense, ...] = ()
    yields: tuple[Yield, ...] = ()
    qualifies: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for sense in self.senses:
            unknown = [t for t in sense.triggers if t not in self.triggers]
            if unknown:  # a misspelt trigger would make its sense a silent no-op
                raise DataFileError(f"key 'senses': {unknown[0]!r} is not one of the label's triggers")


@dataclass(frozen=True)
class LabelCues:
    """labels.yaml: the context cues of the label rules (each key documented in the file)."""

    recipient_cues: tuple[str, ...]
    participant_cues: tuple[str, ...]
    perk_cues: tuple[str, ...]
    prize_cues: tuple[str, ...]
    cue_not_in: tuple[str, ...]
    story_cues: tuple[str, ...]
    story_min: int
    other_actors: tuple[str, ...]
    funders: tuple[str, ...]
    union_words: tuple[str, ...]
    actor_verbs: re.Pattern
    speech_verbs: re.Pattern
    wish_cues: re.Pattern
    guest_cues: tuple[str, ...]
    agent_after: re.Pattern
    agent_blockers: tuple[str, ...]
    object_marks: tuple[str, ...]
    provider_marks: re.Pattern
    provider_leads: tuple[str, ...]
    subject_levels: tuple[str, ...]
    predicate_triggers: tuple[str, ...]
    name_after: re.Pattern
    min_cjk_share: float
    generic_statement: re.Pattern
    long_quote_min: int
    slogan_marks: tuple[str, ...]
    slogan_max: int
    measures_after: tuple[str, ...]
    link_cues: tuple[str, ...]
    topic_openers: tuple[str, ...]
    topic_list: re.Pattern
    list_leads: tuple[str, ...]
    meeting_cues: tuple[str, ...]
    employer_after: re.Pattern
    plan_openers: tuple[str, ...]
    problem_after: re.Pattern
    qualifier_between: re.Pattern
    report_cues: tuple[str, ...]
    served_after_mark: re.Pattern
    notice_cues: tuple[str, ...]
    desk_after: re.Pattern
    desk_setup: tuple[str, ...]
    desk_use: tuple[str, ...]
    schedule_cues: tuple[str, ...]
    scheduled_plans: tuple[str, ...]
    host_marks: tuple[str, ...]
    host_events: tuple[str, ...]
    built_cues: tuple[str, ...]
    team_setup: re.Pattern
    team_remit: re.Pattern


@dataclass(frozen=True)
class FigureTables:
    """figures.yaml: units, qualifiers and the cue words of the figure rules."""

    units: dict[str, tuple[str, ...]]
    not_counted_after: tuple[str, ...]
    not_counted_before: tuple[str, ...]
    counted_despite: tuple[str, ...]
    people_origins: tuple[str, ...]
    generic_not_counted_ends: str
    case_units: tuple[str, ...]
    case_words: tuple[str, ...]
    population_words: tuple[str, ...]
    population_verbs: tuple[str, ...]
    qualifiers_before: dict[str, tuple[str, ...]]
    qualifiers_after: dict[str, tuple[str, ...]]
    per_unit_before: dict[str, tuple[str, ...]]
    per_unit_after: dict[str, tuple[str, ...]]
    cumulative_cues: tuple[str, ...]
    part_cues: tuple[str, ...]
    unit_not_before: dict[str, tuple[str, ...]]
    money_nouns: tuple[str, ...]
    name_words: tuple[str, ...]
    range_marks: tuple[str, ...]
    batch_marks: tuple[str, ...]
    enumeration_cues: tuple[str, ...]
    enumeration_ends: tuple[str, ...]
    relative_marks: str
    relative_window: int
    noun_function_chars: str
    noun_end_chars: str
    noun_before_trim: tuple[str, ...]
    generic_units: tuple[str, ...]
    built_verbs: tuple[str, ...]
    rate_marks: tuple[str, ...]
    provider_marks: tuple[str, ...]
    provider_window: int
    provider_verbs: tuple[str, ...]
    provider_roles: tuple[str, ...]
    provider_before: tuple[str, ...]
    provider_nouns: tuple[str, ...]
    recipient_before: tuple[str, ...]
    recipient_after: tuple[str, ...]
    vague_before: tuple[str, ...]
    vague_none: tuple[str, ...]
    vague_magnitudes: str
    wage_words: tuple[str, ...]
    serviced_verbs: tuple[str, ...]
    serviced_lead_max: int
    headline_rounding: dict[str, tuple[float, ...]]
    round_magnitudes: str
    formula_numerals: str
    formula_units: str
    formula_min: int
    cap_gap_max: int
    cap_gap_stops: str
    reached_marks: str
    record_marks: tuple[str, ...]
    may_marks: str
    cover_words: tuple[str, ...]
    speaker_verbs: tuple[str, ...]
    listener_words: tuple[str, ...]
    visitor_nouns: tuple[str, ...]
    workforce_scopes: tuple[str, ...]
    workforce_nouns: tuple[str, ...]
    workforce_links: tuple[str, ...]
    first_person: tuple[str, ...]
    generic_people_nouns: tuple[str, ...]
    fixture_nouns: tuple[str, ...]
    handover_verbs: tuple[str, ...]
    first_person_not_before: str


@dataclass(frozen=True)
class OrganisationTables:
    """organisations.yaml: name suffixes, brands and the words that bound a name."""

    union_suffixes: tuple[str, ...]
    abbreviated_union_suffixes: tuple[str, ...]
    abbreviated_not_before: tuple[str, ...]
    enterprise_suffixes: tuple[str, ...]
    government_suffixes: tuple[str, ...]
    suffix_not_before: tuple[str, ...]
    brands: tuple[str, ...]
    left_stops: tuple[str, ...]
    legal_suffixes: tuple[str, ...]
    bare_names: tuple[str, ...]
    determiners: tuple[str, ...]
    level_words: tuple[str, ...]
    ownerless_union_suffixes: tuple[str, ...]
    owner_endings: tuple[str, ...]
    company_union_suffixes: tuple[str, ...]
    country_prefixes: tuple[str, ...]


@dataclass(frozen=True)
class PeopleTables:
    """people.yaml: role words and surnames of people named in the text."""

    roles: tuple[str, ...]
    surnames: str
    double_surnames: tuple[str, ...]
    name_stops: str
    name_not_before: tuple[str, ...]
