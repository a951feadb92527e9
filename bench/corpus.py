"""A synthetic but realistic corpus: the repo's own pages recombined into N articles.

Paragraphs from samples/ and tests/data/ pages are shuffled into new articles; places,
served groups and figures are swapped so that every article differs and enrichment has
real work. Pages are laid out like the seed page (headline, "本报讯 …" byline, paragraphs),
ten articles to a page, and the seed pages themselves come first.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED_PAGE_DIRS = (REPO / "samples", REPO / "tests" / "data" / "html", REPO / "tests" / "data" / "text")
SEED_SUFFIXES = (".txt", ".html", ".htm")

PLACES = ("宁波", "海曙区", "奉化区", "北仑区", "余姚市", "台州", "临海", "玉环", "舟山", "杭州", "拱墅区",
          "绍兴", "越城区", "湖州", "安吉县", "温州", "鹿城区", "瑞安市", "嘉兴", "桐乡市", "金华", "义乌市",
          "衢州", "江山市", "丽水", "龙泉市", "上虞区", "诸暨市", "慈溪市", "象山县")
CITIES = ("宁波", "台州", "舟山", "杭州", "绍兴", "湖州", "温州", "嘉兴", "金华", "衢州", "丽水")
GROUPS = ("快递小哥", "环卫工人", "货车司机", "医务人员", "外卖送餐员", "困难职工", "农民工", "一线职工",
          "新就业形态劳动者", "户外劳动者", "劳动模范", "留守儿童", "返乡职工", "网约车司机")
GIFTS = ("慰问品", "新春礼包", "防疫物资", "春联", "暖心红包", "观影券", "爱心大礼包")
SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高"
GIVEN = ("浩呈", "伟锋", "晨路", "国峰", "雪", "莉", "燕", "宇", "婷", "磊", "敏", "静", "军", "芳")
DIGITS = re.compile(r"\d+")


@dataclass
class CorpusPage:
    name: str
    data: bytes
    articles: int  # articles the generator wrote into it (seed pages: as split)


def seed_pages() -> list[Path]:
    """The repo's own pages (not the shared dev corpus)."""
    return [p for d in SEED_PAGE_DIRS if d.is_dir() for p in sorted(d.iterdir()) if p.suffix in SEED_SUFFIXES]


def seed_material(pipeline) -> tuple[list[str], list[str]]:
    """The seed pages → (titles, paragraphs) to recombine, read with the project's own text stage."""
    from bench.sources import source_for_file

    titles: list[str] = []
    paragraphs: list[str] = []
    for path in seed_pages():
        try:
            articles = pipeline.split(source_for_file(path))
        except Exception:
            continue
        for article in articles:
            if article.title:
                titles.append(article.title)
            paragraphs += [p for p in article.paragraphs if len(p) >= 40]
    return titles, paragraphs


def _swap_places(text: str, rng: random.Random) -> str:
    for place in PLACES:
        if place in text and rng.random() < 0.7:
            text = text.replace(place, rng.choice(PLACES))
    return text


def _swap_figures(text: str, rng: random.Random) -> str:
    def new_number(match: re.Match) -> str:
        digits = match.group(0)
        if len(digits) == 4 and digits.startswith("20"):  # a year stays a year
            return digits
        return str(rng.randint(10 ** (len(digits) - 1) if len(digits) > 1 else 1, 10 ** len(digits) - 1))

    return DIGITS.sub(new_number, text)


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def make_article(titles: list[str], paragraphs: list[str], rng: random.Random) -> str:
    """One recombined article in the seed page's layout."""
    city = rng.choice(CITIES)
    title = _swap_places(rng.choice(titles), rng)
    body = [_swap_figures(_swap_places(p, rng), rng) for p in rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(3, 6)))]
    group, gift = rng.choice(GROUPS), rng.choice(GIFTS)
    body.insert(rng.randint(1, len(body)), f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日,{city}市总工会为{rng.randint(20, 3000)}名"
                f"{group}送去{rng.randint(100, 9000)}份{gift},发放慰问金{rng.randint(2, 90)}万元,惠及{rng.choice(PLACES)}"
                f"{rng.randint(2, 60)}家企业。")
    byline = f"本报讯 记者{_name(rng)} 通讯员{_name(rng)}报道 "
    return "\n\n".join([title, byline + body[0], *body[1:]])


def generate(n_articles: int, pipeline, seed: int = 7, per_page: int = 10,
             include_seeds: bool = True) -> list[CorpusPage]:
    """N recombined articles as pages of ``per_page`` (plus the seed pages themselves)."""
    rng = random.Random(seed)
    titles, paragraphs = seed_material(pipeline)
    pages = [CorpusPage(p.name, p.read_bytes(), 0) for p in seed_pages()] if include_seeds else []
    for number, start in enumerate(range(0, n_articles, per_page)):
        count = min(per_page, n_articles - start)
        text = "\n\n\n".join(make_article(titles, paragraphs, rng) for _ in range(count))
        pages.append(CorpusPage(f"page-{number:05d}.txt", text.encode("utf-8"), count))
    return pages


def write(pages: list[CorpusPage], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for page in pages:
        path = folder / page.name
        path.write_bytes(page.data)
        paths.append(path)
    return paths
