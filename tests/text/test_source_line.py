"""A page's 来源：line names its publisher when it has no masthead, so 市总工会 finds its city."""

from archive.enrich import enrich_article
from archive.model import Source
from archive.text import articles_from_source

PAGE = "来源：慈溪日报  作者：张三\n\n市总工会开展送温暖活动\n\n近日，市总工会走访慰问困难职工30名，送去慰问金3万元。\n"


def articles(text: str):
    return articles_from_source(Source("sha256:t", "file", "page.txt", text.encode("utf-8")))


def test_the_source_line_becomes_the_newspaper_and_resolves_the_bare_city_union():
    (article,) = articles(PAGE)
    assert article.newspaper == "慈溪日报"
    venues = [(p.city, p.county) for p in enrich_article(article).venue_places]
    assert venues == [("宁波市", "慈溪市")]


def test_a_source_line_naming_no_publisher_gives_none():
    (article,) = articles(PAGE.replace("慈溪日报", "本站"))
    assert article.newspaper is None
