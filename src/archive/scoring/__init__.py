"""Page-level scorers: how well whole pages (HTML, plain-text pages, PDF pages, reprints) come
through the text stage, each against its labelled corpus. `python -m archive.scoring` (or
`make score`) prints every corpus; the corpus gates in `make test` call the same functions.

Each scorer module exposes ``report(shared: Path) -> Report`` and is listed in ``CORPORA``.
The dev corpora are read from ``../shared`` at run time and never copied into the repository.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# name → module under archive.scoring; each module has report(shared) -> Report
CORPORA: tuple[str, ...] = ("html_pages", "text_pages", "pdf_pages", "reprints", "perturbed_pages", "print_pages")


@dataclass(frozen=True)
class Report:
    """One corpus's scores: named figures (ratios or counts) and per-item failures to read."""

    corpus: str
    scores: dict[str, float]
    failures: list[str] = field(default_factory=list)
    table: list[str] = field(default_factory=list)  # rows to print under the scores (per-family detail)

    def format(self) -> str:
        lines = [f"== {self.corpus}"]
        lines += [f"  {name:<28}{value:>8.3f}" if isinstance(value, float) else f"  {name:<28}{value!s:>8}" for name, value in self.scores.items()]
        lines += [f"  {row}" for row in self.table]
        lines += [f"  ✗ {failure}" for failure in self.failures]
        return "\n".join(lines)


def default_shared_dir() -> Path:
    """The team's shared folder: ``../shared`` beside the repository checkout."""
    return Path(__file__).resolve().parents[3].parent / "shared"
