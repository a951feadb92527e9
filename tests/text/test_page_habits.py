"""Session 12's newspaper page habits, as a reader tells them apart: briefs run in after their mark, heads in 【】, leads
opening 【本報消息】, heads broken where their box ends (pdftotext), a count closing a 主题 over its 副题, a head as wide as the
column over its subtitle, photo stories between stories, and the ads, classifieds and weather at a page's foot."""

from __future__ import annotations

import pytest

from archive.scoring.textgen import fill_column
from archive.text.byline import parse_byline
from archive.text.headlines import continues_title, page_foot_lines, run_in_head
from archive.text.script import to_traditional
from archive.text.split import split_page

LEAD = "近日,青禾市总工会在全市开展劳动竞赛,共有120家企业的3000余名职工参加,比赛分为焊工、电工等六个工种。"
MORE = "据介绍,竞赛设立一等奖10名、二等奖20名,获奖职工将获得相应的技能等级认定和奖金,带动更多职工学技术、练本领。"
SECOND = "为关心关爱户外劳动者,西林区总工会近日在辖区设立20个爱心驿站,为环卫工人、快递小哥等提供饮水、休息等服务。"
SECOND_MORE = "西林区总工会相关负责人表示,将持续推进驿站建设,让户外劳动者感受到工会组织的温暖。"
BRIEFS = (
    ("东城区总工会为环卫工人送清凉", "7月10日,东城区总工会走进环卫所,为一线环卫工人送去防暑药品和清凉饮品300份。"),
    ("北湖街道职工书屋揭牌", "近日,北湖街道总工会职工书屋正式揭牌,首批藏书2000余册,向辖区职工免费开放。"),
    ("市建设工会举办安全知识竞赛", "日前,市建设工会举办建筑工地安全知识竞赛,12支代表队参加比赛。"),
)


def story() -> str:
    return f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n"


@pytest.mark.parametrize("form", ["■{head} {text}", "◆ {head}\u3000{text}", "【{head}】{text}"])
def test_a_column_of_briefs_run_in_after_their_mark_gives_an_item_per_head(form):
    page = story() + "\n" + "\n".join(form.format(head=head, text=text) for head, text in BRIEFS)
    articles = split_page(page)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”"] + [head for head, _ in BRIEFS]
    assert [a.paragraphs for a in articles[1:]] == [[text] for _, text in BRIEFS]


def test_briefs_run_in_and_cut_at_the_column_are_joined_before_their_heads_come_off():
    lines = [line for head, text in BRIEFS for line in fill_column(f"■{head} {text}", 18)]
    articles = split_page(story() + "\n工会简讯\n" + "\n".join(lines))
    assert [a.title for a in articles[1:]] == [head for head, _ in BRIEFS]
    assert [a.paragraphs for a in articles[1:]] == [[text] for _, text in BRIEFS]


def test_a_storys_own_sub_head_run_into_its_paragraph_stays_in_the_story():
    part = "■暖心服务送到家 今年以来,青禾市总工会把服务站建到车间门口,职工足不出厂就能办理各项业务。"
    articles = split_page(story() + part)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”"]


@pytest.mark.parametrize(("line", "parts"), [
    ("■东城区总工会为环卫工人送清凉 7月10日,东城区总工会走进环卫所。", ("东城区总工会为环卫工人送清凉", "7月10日,东城区总工会走进环卫所。")),
    ("【北湖街道总工会职工书屋揭牌】近日,职工书屋正式揭牌,向职工开放。", ("北湖街道总工会职工书屋揭牌", "近日,职工书屋正式揭牌,向职工开放。")),
    ("【两节送温暖】近日,青禾市总工会走访慰问困难职工。", None),  # a column's short label over its lead, no head
    ("■记者手记", None),
])
def test_a_run_in_head_is_read_off_its_line(line, parts):
    assert run_in_head(line) == parts


def test_a_head_in_brackets_over_its_text_is_a_title_and_a_short_bracketed_label_a_kicker():
    articles = split_page(story() + "\n【西林区总工会设立20个爱心驿站】\n" + SECOND + "\n\n【两节送温暖】\n爱心驿站温暖户外劳动者\n" + SECOND_MORE)
    assert [(a.kicker, a.title) for a in articles[1:]] == [(None, "西林区总工会设立20个爱心驿站"), ("【两节送温暖】", "爱心驿站温暖户外劳动者")]


@pytest.mark.parametrize(("lead", "byline"), [
    ("【本報消息】", "【本報消息】"), ("（本报讯）", "（本报讯）"), ("本報消息：", "本報消息"), ("【濠江日報消息】", "【濠江日報消息】"),
])
def test_a_hong_kong_or_macau_papers_lead_marks_are_its_byline(lead, byline):
    found, rest = parse_byline(lead + "工會聯合總會日前推出新一期職業技能培訓課程。")
    assert found is not None and found.text == byline and rest == "工會聯合總會日前推出新一期職業技能培訓課程。"


def test_a_sentence_opening_with_the_words_is_no_byline():
    assert parse_byline("本报消息称,青禾市将新建职工公寓。")[0] is None


def test_a_traditional_page_with_bracketed_leads_and_no_blank_lines_gives_each_story():
    page = to_traditional(
        "街坊工会举办长者健康日\n【本报消息】街坊总会辖下工会日前在北区举办长者健康日活动,为三百多名长者量血压。\n活动现场还设有义剪摊位。（记者 李明）\n"
        "图为职工在讲座现场。\n建筑业工会吁保障工人职安\n本报讯 建筑业工会昨日发表声明,呼吁加强工地巡查。\n"
    )
    articles = split_page(page)
    assert [a.title for a in articles] == [to_traditional("街坊工会举办长者健康日"), to_traditional("建筑业工会吁保障工人职安")]
    assert articles[0].paragraphs[-1] == to_traditional("活动现场还设有义剪摊位。") and articles[0].reporters == ["李明"]


@pytest.mark.parametrize("head", [["劳模", "工匠进校园宣讲"], ["“幸", "福大巴”开进工业园区"], ["全市新建职工书屋", "12家"], ["让梦想", "触手可及"]])
def test_a_head_broken_where_its_box_ends_is_one_title_as_pdftotext_prints_it(head):
    page = "第3版\n\n" + "\n".join(head) + "\n\n" + "\n".join(fill_column(SECOND + SECOND_MORE + LEAD + MORE, 16)) + "\n\f"
    assert [a.title for a in split_page(page)] == ["".join(head)]


def test_a_label_over_a_head_is_not_its_first_words():
    page = story() + "\n今日谈\n慰问抗疫一线女医务工作者\n□ 本报评论员 王伟\n" + SECOND
    assert split_page(page)[-1].title == "慰问抗疫一线女医务工作者"


@pytest.mark.parametrize(("line", "following", "goes_on"), [
    ("全市新建户外劳动者驿站120个", "环卫工人快递小哥有了歇脚点", False),  # the count closes the head: a subtitle follows
    ("“幸福大巴” 汕头发车 800名", "在汕务工人员搭免费包车回家过年", True),  # a count after a verb: what it counts follows
])
def test_a_count_right_after_what_it_counts_closes_a_head(line, following, goes_on):
    assert continues_title(line, following) is goes_on


def test_on_a_tabloid_cut_at_the_column_a_head_as_wide_as_the_column_keeps_its_subtitle():
    page = story() + "春风行动送出就业岗位3600个\n职工可凭工会会员卡免费使用\n" + "\n".join(fill_column("本报讯 " + SECOND + SECOND_MORE, 14))
    articles = split_page(page)
    assert [(a.title, a.subtitle) for a in articles[1:]] == [("春风行动送出就业岗位3600个", "职工可凭工会会员卡免费使用")]


@pytest.mark.parametrize("label", ["", "图片新闻\n", "图说\n"])
def test_a_photo_story_between_two_stories_is_an_article_of_its_own(label):
    photo = "近日,供电公司检修班组连夜抢修线路,保障居民用电。（通讯员 李明 摄）"
    page = story() + "\n" + label + "夜色中的检修工\n" + photo + "\n\n西林区设立20个爱心驿站\n" + SECOND
    articles = split_page(page)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "夜色中的检修工", "西林区设立20个爱心驿站"]
    assert articles[1].paragraphs == [photo] and articles[1].kicker == (label.strip() or None)


FOOT = [
    "遗失声明", "李明遗失身份证一张,证号3301021990,声明作废。", "招聘:厨师2名,服务员5名,包食宿。电话:0571-86326348",
    "老字号年货节", "凭本报到店领取礼品一份", "地址:青禾市中山路188号", "今日天气", "多云 12～18℃", "新闻热线:0571-85310000",
]


def test_the_ads_classifieds_hotline_and_weather_at_a_pages_foot_are_no_text_of_its_last_story():
    articles = split_page(story() + "\n".join(FOOT) + "\n")
    assert [a.paragraphs for a in articles] == [[LEAD, MORE]]


def test_a_pages_foot_is_the_run_of_its_last_lines_and_a_story_with_a_hotline_in_a_sentence_keeps_it():
    lines = ["劳动竞赛赛出“加速度”", LEAD, MORE, *FOOT]
    assert page_foot_lines(lines) == frozenset(range(3, len(lines)))
    told = "职工如有需要,可拨打咨询电话0571-85310000。"
    assert page_foot_lines(["劳动竞赛赛出“加速度”", LEAD, told]) == frozenset()
