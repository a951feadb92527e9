"""The pure pipeline: a Source → enriched Articles → stored documents.

text (decode, clean, split) → ids → segment → enrich → document. No I/O: the caller
brings the bytes and stores the result. A failure in one article is reported beside the
articles that went through, never raised past the page.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, UTC
from functools import lru_cache
from pathlib import Path
from typing import Any

from archive import PIPELINE_VERSION
from archive.config import vocabulary_dir
from archive.document import article_id, build_document, content_hash
from archive.enrich import enrich_article
from archive.model import Article, Source
from archive.text import articles_from_source
from archive.text.script import to_traditional
from archive.text.segment import Segmenter
from archive.vocabulary import DATA_DIR, Vocabulary, load_vocabulary


# What ``Pipeline.warm_up`` takes through the stages: two reports (a festival date, a head with a
# comma over a long paragraph, a two-line head), as text, in traditional script and as HTML.
WARM_UP_PAGE = """春节前夕，宁波市总工会开展新就业形态劳动者关爱行动
本报讯 2023年春节前夕，宁波市总工会走访慰问坚守一线的快递员、外卖骑手，为他们送去米面油等慰问品，并为困难职工发放慰问金。
此次活动共慰问职工100余人，发放慰问金1万元。


拱墅区工会驿站
为户外劳动者送清凉
本报讯 记者王敏 通讯员李娜 7月5日，杭州市拱墅区总工会为环卫工人送去防暑降温物资300份。
"""


@dataclass
class ArticleFailure:
    article: Article
    stage: str
    error: Exception


@dataclass
class PageResult:
    """What became of one source: the articles that went through and those that failed."""

    articles: list[Article] = field(default_factory=list)
    failures: list[ArticleFailure] = field(default_factory=list)


@dataclass(frozen=True)
class PipelineSpec:
    """What it takes to build a pipeline, as plain data: a worker on another machine (a pool
    process, a Dask worker) is handed this and builds the pipeline itself, once per spec."""

    vocabulary_dir: str | None = None  # None: the vocabulary packaged with archive

    @classmethod
    def from_env(cls) -> PipelineSpec:
        """The spec the settings describe ($ARCHIVE_VOCABULARY_DIR)."""
        return cls(vocabulary_dir())

    def build(self) -> Pipeline:
        """The pipeline, built on first use in this process and reused after."""
        return pipeline_for(self.vocabulary_dir)


class Pipeline:
    """The stages with their loaded resources (vocabulary, jieba dictionary): build once per process."""

    spec: PipelineSpec | None = None  # set when built from a spec; workers rebuild it from there
    warmed: bool = False  # ``warm_up`` has run: the parts built on first use are built

    def __init__(self, vocabulary: Vocabulary, segmenter: Segmenter):
        self.vocabulary = vocabulary
        self.segmenter = segmenter
        self.fingerprint = vocabulary_fingerprint(vocabulary)  # recorded in the index it writes (archive.versions)
        self.version = f"{PIPELINE_VERSION}+vocab.{self.fingerprint[:8]}"
        self.labels = {**vocabulary.labels("groups_served"), **vocabulary.labels("programme_types")}

    @classmethod
    def from_vocabulary(cls, vocabulary: Vocabulary) -> Pipeline:
        return cls(vocabulary, Segmenter(vocabulary.domain_words()))

    def split(self, source: Source) -> list[Article]:
        """Source → clean articles with deterministic ids (raises SourceError on unusable input)."""
        articles = articles_from_source(source)
        seen: Counter[str] = Counter()
        for article in articles:  # the operator's date (archive ingest --published) for what prints none
            if source.published and (not article.published or "published_from_url" in article.quality_flags):
                article.published = source.published
                article.year_hint = int(source.published[:4])
                article.quality_flags = [f for f in article.quality_flags if f != "published_from_url"] + ["published_given"]
        for ordinal, article in enumerate(articles):
            article.ordinal = ordinal
            article.id = article_id(source.key, article.title, seen[article.title])
            seen[article.title] += 1
        return articles

    def enrich(self, article: Article) -> Article:
        """A clean article → segmented and enriched (in place)."""
        article.tokens = self.segmenter.cut(self.search_text(article))
        return enrich_article(article, self.vocabulary)

    def enrich_all(self, articles: list[Article]) -> PageResult:
        result = PageResult()
        for article in articles:
            try:
                result.articles.append(self.enrich(article))
            except Exception as error:  # one bad article must not sink its page
                result.failures.append(ArticleFailure(article, "enrich", error))
        page_date(result.articles)
        return result

    def process(self, source: Source) -> PageResult:
        """Source → enriched articles (the whole pure path)."""
        return self.enrich_all(self.split(source))

    @staticmethod
    def search_text(article: Article) -> str:
        """The body in simplified script (what segmentation and enrichment read)."""
        return article.body_simplified or article.body

    @staticmethod
    def search_title(article: Article) -> str:
        """The title in simplified script (what the title's word field holds)."""
        return article.title_simplified or article.title

    def document(self, article: Article, ingested_at: str | None = None) -> dict[str, Any]:
        """An enriched article → the stored document."""
        title = self.search_title(article)
        return build_document(
            article,
            labels=self.labels,
            pipeline_version=self.version,
            ingested_at=ingested_at or datetime.now(UTC).isoformat(timespec="seconds"),
            title_words=" ".join(self.segmenter.cut_for_search(title)),
            body_words=self.segmenter.search_words(article.tokens),
        )

    def warm_up(self) -> None:
        """One small page, as text and as HTML, taken through every stage (nothing is stored): the
        stages build some of their parts on first use (regexes, cue tables, script converters; ≈ 0.35 CPU s),
        which a process that forks workers or runs does once, before forking, instead of each child.
        Once per pipeline: the process-wide one is warmed by the warm fork server and then handed to
        every ingest that forks workers."""
        if self.warmed:
            return
        title, body = WARM_UP_PAGE.split("\n", 1)
        html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"
        for name, data in (("warm-up.txt", WARM_UP_PAGE), ("warm-up-traditional.txt", to_traditional(WARM_UP_PAGE)),
                           ("warm-up.html", html)):
            source = Source(key="warm-up", kind="file", location=name, data=data.encode("utf-8"))
            for article in self.process(source).articles:
                self.document(article)
        self.warmed = True

    def is_current(self, article: Article, stored: tuple[str, str] | None) -> bool:
        """True when the stored document was made from the same text by this pipeline version."""
        return stored == (content_hash(article), self.version)


def page_date(articles: list[Article]) -> None:
    """Articles of one page without a date of their own → the page's date (the one most of its
    dated articles carry), as a reader dates a newspaper page by its other articles."""
    dates = Counter(a.published or a.date_estimated for a in articles if a.published or a.date_estimated)
    if not dates:
        return
    common = max(dates, key=lambda day: (dates[day], day))
    for article in articles:
        if not article.published and not article.date_estimated:
            article.date_estimated = common


def vocabulary_fingerprint(vocabulary: Vocabulary) -> str:
    """The vocabulary's data files → a hash; documents enriched with other data get re-enriched."""
    return folder_fingerprint(vocabulary.source or None)


def folder_fingerprint(folder: str | Path | None) -> str:
    """A vocabulary folder (None = the packaged one; files it lacks come from the packaged one) → its hash,
    without loading it."""
    digest = hashlib.sha256()
    folders = dict.fromkeys([Path(folder or DATA_DIR), DATA_DIR])
    for name in sorted({p.name for folder in folders for p in folder.glob("*.yaml")}):
        path = next(folder / name for folder in folders if (folder / name).exists())
        digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def pipeline_for(vocabulary: str | None) -> Pipeline:
    """The pipeline for a vocabulary folder (None = the packaged one), built once per process for each
    content of its files: a long-lived process (a served run forked warm) never enriches with files
    that changed since it loaded them (hashing the files costs ≈ 0.2 ms).

    A reprocess uses the folder its event names; everything else uses ``default_pipeline``."""
    return loaded_pipeline(vocabulary, folder_fingerprint(vocabulary))


@lru_cache(maxsize=2)
def loaded_pipeline(vocabulary: str | None, fingerprint: str) -> Pipeline:
    """The pipeline for a folder whose files hash to ``fingerprint`` (the cache key), built once."""
    pipeline = Pipeline.from_vocabulary(load_vocabulary(vocabulary))
    pipeline.spec = PipelineSpec(vocabulary)
    return pipeline


def default_pipeline() -> Pipeline:
    """The process-wide pipeline (jieba and the vocabulary are loaded once) for the active
    vocabulary: ARCHIVE_VOCABULARY_DIR (archive.config.vocabulary_dir), else the packaged one."""
    return pipeline_for(vocabulary_dir())
