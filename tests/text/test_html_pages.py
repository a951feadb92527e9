"""Realistic HTML article pages (fixtures written for these tests) come out as one clean article:
right title and date, body from the first to the last sentence, and no boilerplate."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.io.sources import read_path
from archive.text import articles_from_source

HTML = Path(__file__).resolve().parents[1] / "data" / "html"

PAGES = {
    "gov_union_site.html": dict(
        title="青川市总工会开展“冬日暖阳”户外劳动者关爱行动", published="2025-01-16",
        first="1月15日,青川市总工会启动“冬日暖阳”户外劳动者关爱行动,",
        last="让户外劳动者冷可取暖、累可歇脚。",
        absent=["当前位置", "浏览次数", "今天是", "版权所有", "ICP备", "首页", "党务公开"],
    ),
    "epaper_gbk.html": dict(
        title="援企稳岗 工会在行动", published="2023-12-05",
        first="近日,海港区总工会向辖区126家中小企业发放稳岗补贴共计380万元,",
        last="帮助职工稳岗增收。",
        absent=["第03版", "劳模工作室结对帮带", "数字报纸", "版权所有", "00003"],
    ),
    "portal_related_share.html": dict(
        title="“夏送清凉”进工地 高温下的关爱不停歇", published="2024-07-12",
        first="7月11日,气温突破38℃,南岭市总工会“夏送清凉”慰问队",
        last="走访慰问一线职工2.6万人次。",
        absent=["分享到", "相关新闻", "高温津贴标准", "网友评论", "责任编辑", "Copyright", "南岭新闻网"],
    ),
    "mirror_traditional.html": dict(
        title="雲嶺市總工會為新就業形態勞動者送健康", published="2022-06-30",
        first="6月28日,雲嶺市總工會聯合市第二人民醫院",
        last="讓勞動者在家門口享受健康服務。",
        absent=["(huì)", "熱門資訊", "防暑降溫", "標籤", "首頁", "Copyright"],
    ),
    "editor_footer_br.html": dict(
        title="东川区总工会举办单身青年职工联谊会", published="2024-05-19",
        first="近日,东川区总工会在湖畔文化公园举办",
        last="为单身青年职工搭建交友平台。",
        absent=["责任编辑", "审核", "上一篇", "下一篇", "职工技能比武", "联系电话"],
    ),
    # Hand-built pages for failure kinds seen on sites nobody here has: the site's name as <title>,
    # og:title and <h1>; the headline repeated atop the body after a 声明 disclaimer (WeChat sections);
    # text between <br>s in a <td> with a date without a year (the year is in the page's address);
    # a summary box, caption, in-body link line, credit and prose comments around <section>s.
    "site_name_title.html": dict(
        title="临江县总工会为环卫工人送去防暑降温物资", published="2024-07-18",
        first="7月17日，临江县总工会党组书记带队走进城区环卫作业点，",
        last="让关爱落到实处。",
        absent=["首页", "工会动态", "基层风采", "版权所有", "发布时间"],
    ),
    "wechat_title_repeat_disclaimer.html": dict(
        title="“工会驿站”暖心上线，户外劳动者有了歇脚地", published="2024-03-08",
        first="3月7日，石门区首批20家“工会驿站”同时挂牌，",
        last="实现街道全覆盖。",
        absent=["声明", "如有侵权", "原标题", "供图", "来源：石门发布", "审核", "暖心上线"],
    ),
    "br_text_in_td.html": dict(
        title="南岸市举办2024年职工职业技能大赛", published="2024-03-15",
        first="3月14日，南岸市2024年职工职业技能大赛在市职业技术学院开幕，",
        last="推动更多职工走技能成才之路。",
        absent=["南岸市人民政府", "打印本页", "关闭窗口", "ICP备", "发布时间"],
    ),
    "summary_box_section.html": dict(
        title="新就业形态劳动者入会突破十万人", published="2024-11-02",
        first="记者从市总工会获悉，截至10月底，",
        last="意外保险和子女托管等服务。",
        absent=["划重点", "一年内增长近四成", "骑手在“暖新驿站”内休息", "相关阅读", "骑手工会联合会", "网友评论",
                "我们骑手终于", "林涛", "版权所有"],
    ),
}


@pytest.fixture(scope="module", params=sorted(PAGES))
def page(request):
    articles = articles_from_source(read_path(HTML / request.param))
    return request.param, articles


def test_each_html_page_is_one_article_with_its_title_and_date(page):
    name, articles = page
    expected = PAGES[name]
    assert [(a.title, a.published) for a in articles] == [(expected["title"], expected["published"])]


def test_each_html_body_runs_from_the_first_to_the_last_sentence(page):
    name, articles = page
    assert articles[0].paragraphs[0].startswith(PAGES[name]["first"])
    assert articles[0].paragraphs[-1].endswith(PAGES[name]["last"])


def test_no_boilerplate_is_left_in_an_html_body(page):
    name, articles = page
    body = articles[0].body
    assert [phrase for phrase in PAGES[name]["absent"] if phrase in body] == []


def test_an_epaper_page_keeps_its_kicker_subtitle_byline_newspaper_and_page():
    article = articles_from_source(read_path(HTML / "epaper_gbk.html"))[0]
    assert (article.kicker, article.subtitle, article.reporters, article.correspondents, article.newspaper, article.page) == (
        "专项资金直达一线 服务专员驻企解难", "海港区总工会助力中小企业稳定用工纪实", ["林晓帆"], ["郭敏", "陈启航"], "海港日报", "第03版:工会新闻",
    )


def test_a_traditional_mirror_page_gets_simplified_search_text_and_a_gloss_flag():
    article = articles_from_source(read_path(HTML / "mirror_traditional.html"))[0]
    assert (article.script, article.title_simplified, article.quality_flags) == (
        "traditional", "云岭市总工会为新就业形态劳动者送健康", ["pinyin_glosses"],
    )
    assert article.body_simplified.startswith("6月28日,云岭市总工会联合市第二人民医院")
    assert (article.reporters, article.correspondents) == (["許文傑"], ["羅曉梅"])


def test_a_truncated_html_page_still_gives_a_flagged_article(tmp_path):
    whole = (HTML / "gov_union_site.html").read_text(encoding="utf-8")
    cut = whole[: whole.index("预计惠及")]
    path = tmp_path / "cut.html"
    path.write_text(cut, encoding="utf-8")
    [article] = articles_from_source(read_path(path))
    assert article.title == "青川市总工会开展“冬日暖阳”户外劳动者关爱行动"
    assert "truncated_html" in article.quality_flags
    assert article.paragraphs[-1].endswith("市总工会共筹措资金45万元,")
