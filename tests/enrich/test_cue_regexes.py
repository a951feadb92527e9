"""The label cue regexes that are searched keep Python's first-character skip.

``re`` searches a pattern fast only when it knows which characters a match can open with: a
pattern that opens with a literal or a class, or an alternation whose every alternative opens
with a literal. One alternative opening with a group (``…|(?:会议|大会)(?:要求|强调)|…``) turns
the skip off, and every search then tries the whole pattern at each character: session 11's
wish regex cost five times its former instructions that way, unseen by any timed test.
"""

import re

try:  # (Python 3.11 moved the parser; 3.10 and earlier name it sre_parse)
    import re._constants as sre_constants
    import re._parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

from archive.enrich import labels, load_vocabulary

# Cues only ever matched at a known position (``pattern.match(text, end)``): no search, no skip.
ANCHORED = {"speech_after", "agent_after", "qualifier_between", "served_after_mark", "desk_after"}
# Searched, but only in a sentence where the scan found a speech verb, and opening with a
# look-behind (no 据 before 表示…): 2.5 M of the 814 M instructions of 401 bench articles.
GATED = {"said"}


def keeps_first_character_skip(pattern: re.Pattern) -> bool:
    """Does ``re`` know the characters a match of ``pattern`` can open with?"""
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    while len(items) == 1 and items[0][0] is sre_constants.SUBPATTERN:
        items = list(items[0][1][3])  # a group around the whole pattern: look inside
    if not items:
        return True
    op, argument = items[0]
    if op is sre_constants.BRANCH:
        return all(branch and next(iter(branch))[0] is sre_constants.LITERAL for branch in argument[1])
    return op in (sre_constants.LITERAL, sre_constants.IN, sre_constants.AT)


def test_the_check_tells_a_group_opened_alternative_from_literal_opened_ones():
    assert keeps_first_character_skip(re.compile("会议(?:要求|强调)|大会(?:要求|强调)"))
    assert not keeps_first_character_skip(re.compile("期望|(?:会议|大会)(?:要求|强调)"))
    assert not keeps_first_character_skip(re.compile("(?:们)?志愿者"))


def test_every_searched_label_cue_regex_keeps_the_first_character_skip():
    cues = labels._context(load_vocabulary())
    patterns = {name: getattr(cues, name) for name in dir(cues) if isinstance(getattr(cues, name), re.Pattern)}
    assert "wish" in patterns and len(patterns) > 15  # the context's regexes are all seen
    slow = sorted(name for name, pattern in patterns.items()
                  if name not in ANCHORED | GATED and not keeps_first_character_skip(pattern))
    assert not slow, f"open each alternative of these cue regexes with a plain character: {slow}"
