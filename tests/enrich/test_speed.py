"""Speed target: enrichment is no slower than jieba segmentation of the same text.

Both run in this process on the seed page's articles (×10), after a warm-up, best of a few
rounds taken alternately so a noisy machine slows both alike. The product target is a ratio
of 1.0; the assert keeps a generous floor (test machines are shared) and prints the real one.
"""

import time

import pytest

from archive.enrich import enrich_article, load_vocabulary
from archive.io.sources import read_path
from archive.text import articles_from_source
from tests.enrich.corpus import SEED

REPEATS = 10
ROUNDS = 3
FLOOR = 0.6


def article_text(article) -> str:
    return "\n".join([h for h in (article.kicker, article.title, article.subtitle) if h] + article.paragraphs)


def chars_per_second(work, chars: int) -> float:
    started = time.perf_counter()
    for _ in range(REPEATS):
        work()
    return chars * REPEATS / (time.perf_counter() - started)


@pytest.mark.skipif(not SEED.exists(), reason="the bundled seed page is missing from samples/")
def test_enrichment_is_about_as_fast_as_jieba_on_the_seed_page():
    jieba = pytest.importorskip("jieba")
    vocabulary = load_vocabulary()
    articles = articles_from_source(read_path(SEED))
    texts = [article_text(a) for a in articles]
    chars = sum(map(len, texts))
    enrich = lambda: [enrich_article(a, vocabulary) for a in articles]
    segment = lambda: [jieba.lcut(t) for t in texts]
    enrich(), segment()  # warm-up: vocabulary structures, jieba's dictionary
    enrich_rate = segment_rate = 0.0
    for _ in range(ROUNDS):
        enrich_rate = max(enrich_rate, chars_per_second(enrich, chars))
        segment_rate = max(segment_rate, chars_per_second(segment, chars))
    ratio = enrich_rate / segment_rate
    print(f"\nenrich {enrich_rate:,.0f} chars/s, jieba.lcut {segment_rate:,.0f} chars/s, ratio {ratio:.2f}")
    assert ratio >= FLOOR
