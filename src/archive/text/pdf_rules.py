"""pdf.yaml in → PdfRules: the furniture, caption, paper, page and notice patterns of PDF pages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from archive.datafile import load_table


@dataclass(frozen=True)
class PdfRuleFile:
    """pdf.yaml as written (patterns as strings; compiled into PdfRules)."""

    header: tuple[str, ...]
    footer: tuple[str, ...]
    editor: tuple[str, ...]
    caption: tuple[str, ...]
    caption_credit: str
    not_headline: tuple[str, ...]
    jump: tuple[str, ...]
    paper: str
    page: tuple[str, ...]
    notice_cues: tuple[str, ...]
    notice_min_hits: int
    min_untitled_chars: int
    min_article_chars: int
    boxed_notice: tuple[str, ...]
    page_ref: str
    credit_mark: str
    brief_mark: str
    work_credit: str
    work_credit_tail: str
    hotline: str
    running_foot: str


@dataclass(frozen=True)
class PdfRules:
    header: re.Pattern
    footer: re.Pattern
    editor: re.Pattern
    caption: re.Pattern
    caption_credit: re.Pattern  # a photo credit closing a caption's last line (…摄, …供图)
    not_headline: re.Pattern
    jump: re.Pattern  # a continuation note (（下转第3版）), anchored at a paragraph's start or end
    paper: re.Pattern
    page: tuple[re.Pattern, ...]
    notices: re.Pattern
    notice_min_hits: int
    min_untitled_chars: int
    min_article_chars: int
    boxed_notice: re.Pattern  # the head of a framed box that is page furniture (征稿启事, 今日导读, 广告)
    page_ref: re.Pattern  # a line ending in another page's number (a 导读 teaser: "…活动启动 4版")
    credit_mark: re.Pattern  # the mark opening a byline line of its own (■本报记者 张华, ◎ 周明远)
    brief_mark: re.Pattern  # the mark leading a brief's head in a 简讯 box (■县医院开通一站式结算)
    work_credit: re.Pattern  # 文/图 opening a byline line (文/图 本报记者 李明)
    work_credit_tail: re.Pattern  # a picture's credit closing it (… 图/受访者提供)
    hotline: re.Pattern  # a hotline's number (服务热线：0577-96596): an ad's line
    running_foot: re.Pattern  # a foot repeating the masthead's date and page (2024年3月5日 星期二 第3版)

    def page_label(self, text: str) -> re.Match | None:
        """Furniture text in → the first page-label match out."""
        return next((m for pattern in self.page if (m := pattern.search(text))), None)

    def without_jumps(self, paragraphs: list[str]) -> list[str]:
        """An article's paragraphs in → the same without continuation notes at their start or end (none left empty)."""
        kept = [self.jump.sub("", p) for p in paragraphs]
        return [p for p in kept if p.strip()]

    def is_jump(self, line: str) -> bool:
        """Line in → True when it is nothing but a continuation note ("（下转第3版）")."""
        return "版" in line and not self.jump.sub("", line).strip()

    def is_guide(self, paragraphs: list[str]) -> bool:
        """Paragraphs in → True when most of them end in another page's number: a guide's teasers, page furniture
        ("…各级工会走访慰问困难职工 ▶2版", "职工书屋建设再上新台阶（第6版）"), framed or not. A story's paragraphs
        never end so."""
        return len(paragraphs) >= 2 and sum(1 for p in paragraphs if self.page_ref.search(p)) >= 0.5 * len(paragraphs)

    def is_notice(self, text: str) -> bool:
        """Text in → True when legal-notice words are dense enough that it is notices, not news."""
        hits = len(self.notices.findall(text))
        return hits >= self.notice_min_hits * max(len(text), 1) / 1000 and hits >= 2


def _any(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@cache
def load_rules(path: str | None = None) -> PdfRules:
    """pdf.yaml (or a file of the same shape) in → compiled PdfRules out; DataFileError when malformed."""
    raw = load_table(PdfRuleFile, "archive.text", "pdf.yaml", path)
    return PdfRules(
        header=_any(raw.header), footer=_any(raw.footer), editor=_any(raw.editor),
        caption=_any(raw.caption), caption_credit=re.compile(raw.caption_credit), not_headline=_any(raw.not_headline), paper=re.compile(raw.paper),
        jump=re.compile(r"^\s*(?:" + "|".join(raw.jump) + r")\s*|\s*(?:" + "|".join(raw.jump) + r")\s*$"),
        page=tuple(re.compile(p) for p in raw.page),
        notices=re.compile("|".join(map(re.escape, sorted(raw.notice_cues, key=len, reverse=True)))),
        notice_min_hits=raw.notice_min_hits, min_untitled_chars=raw.min_untitled_chars,
        min_article_chars=raw.min_article_chars, boxed_notice=_any(raw.boxed_notice), page_ref=re.compile(raw.page_ref),
        credit_mark=re.compile(raw.credit_mark), brief_mark=re.compile(raw.brief_mark),
        work_credit=re.compile(raw.work_credit), work_credit_tail=re.compile(raw.work_credit_tail),
        hotline=re.compile(raw.hotline), running_foot=re.compile(raw.running_foot),
    )
