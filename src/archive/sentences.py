"""Where Chinese text ends a sentence or a clause: the stop characters the text stage and the
enrichment share (pure data, no I/O).

A sentence ends at 。！？!?…；; (``SENTENCE_END``; the text stage reads a line ending in one as
complete) or at a line break; a clause also ends at ，,、：: (``CLAUSE_END``). The one splitter
over them is ``archive.enrich.context`` (``block_stops`` and a ``Block``'s sentence and clause
bounds), which runs compiled with the enrichment it serves.
"""

from __future__ import annotations

SENTENCE_END = "。！？!?…；;"
LINE_BREAK = "\n"
CLAUSE_MARKS = "，,、：:"
CLAUSE_END = SENTENCE_END + LINE_BREAK + CLAUSE_MARKS
