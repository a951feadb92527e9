"""Headline evidence: the cue file's loader, titles over two lines, kickers, and a page's articles told
from the section heads inside them, with and without bylines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from archive.text.headlines import continues_title, is_kicker_shaped, load_cues, names_new_place, names_particulars, parse_cues
from archive.text.split import is_headline_like, split_page

BYLINE = re.compile(r"(?m)^本报讯 \S*?(?: \S*?)*?报道 ")
LEAD = "近日,宁波市海曙区总工会来到快递网点,为坚守岗位的快递小哥送去新春礼包和慰问金,希望他们在宁波过个好年。"
MORE = "据了解,今年海曙区总工会安排关爱专项资金30余万元,重点针对辖区困难职工、新业态群体和户外劳动者开展送温暖慰问。"
OTHER_LEAD = "日前,台州市总工会在临海启动“我在临海过大年”大型公益活动,300名留临过年的外地职工领到了留岗红包。"
OTHER_MORE = "活动现场还设置了全家福拍摄、健康体检、理发及修车等服务,外地职工和家属纷纷前来参加,现场气氛热烈。"
THIRD_LEAD = "3月6日,天长市总工会开展慰问抗疫一线女医务工作者活动,给她们送去慰问金和节日的祝福。"
THIRD_MORE = "在天长市人民医院,市总工会向女医务工作者发放倡议书,并送上慰问金,感谢她们为防控疫情作出的贡献。"


def test_the_cue_file_loads_into_word_lists():
    cues = load_cues()
    assert "总工会" in cues.actor_suffixes and "近日" in cues.lead_openers


def test_a_misspelt_cue_key_is_refused_with_its_name():
    data = {name: ["x"] for name in load_cues().__dataclass_fields__}
    data["lead_opener"] = data.pop("lead_openers")
    with pytest.raises(ValueError, match="lead_opener"):
        parse_cues(data)


def test_a_cue_list_of_the_wrong_type_is_refused():
    data = {name: ["x"] for name in load_cues().__dataclass_fields__}
    data["event_verbs"] = "开展"
    with pytest.raises(ValueError, match="event_verbs"):
        parse_cues(data)


@pytest.mark.parametrize("line, following", [
    ("法律援助维权效果好,职工真", "诚感谢送锦旗!"),  # broken inside 真诚
    ("宁波江北区总工会", "又收锦旗"),  # the second line is a predicate without its subject
    ("我市工会开展“金秋助", "学”活动"),  # an open quote
    ("首批100余名", "职工代表启程"),  # both too short to be a title and a subtitle
    ("炎炎夏日,", "他们为户外劳动者送“凉”方"),  # a headline line never ends on a comma
    ("法律援助维权效果好,职工", "真诚感谢送锦旗!"),  # a two-character clause cannot end a headline
    ("“幸福大巴” 汕头发车 800", "名在汕务工人员搭免费包车回家过年"),  # a number goes on to its measure word
    ("盛夏送清凉 武汉市", "总工会慰问民族建设项目一线工人"),  # the actor's name was broken after its place
    ("大连市沙河口区总", "“一个中心四个基地”给职工撑腰"),  # a first line naming only the actor
    ("療養“賦能”增勁!寧德市總工會", "勞模療休養活動圓滿完成"),  # the last clause names an actor and no event
    ("三小时速配", "四对佳偶!杭州温州青年职工联谊会浪漫启幕"),  # no predicate yet (速配: a verbal noun)
])
def test_a_title_broken_over_two_lines_is_one_title(line, following):
    assert continues_title(line, following)


@pytest.mark.parametrize("line, following", [
    ("情系归乡人 爱满“浙”里年", "宁波工会关怀保障及时送达"),
    ("助推数字经济 稳进提质", "首届“杭州数字工匠”认定工作启动"),
    ("让梦想触手可及", "——金华市总工会开展困难职工子女扶志活动"),
    ("让梦想触手可及", "金华市总工会开展困难职工子女扶志活动"),  # the first line says something: a subtitle follows
    ("首批100余名职工代表启程", "2021年度一线职工 疗休养活动启动"),
    ("宁波江北区总工会 又收锦旗", "去年帮了58名职工讨薪,涉及金额90余万元"),
    ("【两节送温暖】", "宁波工会关怀保障及时送达"),
    ("用心用情办好职工实事", "慰问抗疫一线女医务工作者"),  # a 引题 in general words that already says what is done
])
def test_a_title_and_its_subtitle_or_a_kicker_and_its_title_stay_two_lines(line, following):
    assert not continues_title(line, following)


@pytest.mark.parametrize("line, particular", [
    ("余姚市总工会组织一线职工疗养", True), ("福州工会驿站撑起夏日清凉伞", True), ("我市开展金秋助学", True),
    ("首批100余名职工代表启程", True), ("“浙工悦读 同读一本书”活动启动", True), ("寧波望春工業園區總工會組織百名工匠", True),
    ("稳就业促发展", False), ("用心用情办好职工实事", False), ("把工会服务送到职工心坎上", False),  # 把工会: no name before 工会
    ("推进乡村振兴 繁荣农贸市场", False),  # 乡村, 市场: the suffix opens a word of its own
])
def test_a_head_line_names_something_particular_by_a_number_a_quoted_name_or_a_named_body_or_place(line, particular):
    assert names_particulars(line) is particular


@pytest.mark.parametrize("line, kicker", [
    ("【劳动者之歌】", True), ("聚焦职工服务:", True), ("喜迎新春 情暖职工 共建和谐", True),
    ("宁波工会关怀保障及时送达", False), ("助推数字经济 稳进提质", False),
    ("“幸福大巴” 汕头发车 800名在汕务工人员", False),  # a quoted name and a count: a title's phrases, not a slogan's
])
def test_kickers_are_told_by_their_marks(line, kicker):
    assert is_kicker_shaped(line) is kicker


@pytest.mark.parametrize("line, headline", [
    ("近日, 余姚市总工会组织安排", False), ("7月5日,港区总工会走访", False),  # a lead's time clause
    ("炎炎夏日,他们为户外劳动者送“凉”方", True), ("近日热议:工会驿站该怎么建", True),
])
def test_a_line_opening_with_when_the_news_happened_and_a_comma_is_a_lead_not_a_headline(line, headline):
    assert is_headline_like(line) is headline


def test_a_page_without_bylines_gives_each_article_under_its_own_title():
    page = (
        f"海曙区总工会为快递小哥送去新春礼包\n{LEAD}\n{MORE}\n\n"
        f"临海连续10年向外来职工发放暖心红包\n{OTHER_LEAD}\n{OTHER_MORE}\n\n\n"
        f"慰问抗疫一线女医务工作者\n{THIRD_LEAD}\n{THIRD_MORE}\n"
    )
    articles = split_page(page)
    assert [(a.title, a.paragraphs) for a in articles] == [
        ("海曙区总工会为快递小哥送去新春礼包", [LEAD, MORE]),
        ("临海连续10年向外来职工发放暖心红包", [OTHER_LEAD, OTHER_MORE]),
        ("慰问抗疫一线女医务工作者", [THIRD_LEAD, THIRD_MORE]),
    ]


def test_a_head_after_a_story_signed_off_and_its_picture_opens_an_article_on_a_page_of_bylined_stories():
    signed = f"{MORE[:-1]}。（通讯员 钱晓蕾）"
    page = (
        f"海曙区总工会为快递小哥送去新春礼包\n\n本报讯 {LEAD}\n\n{signed}\n\n职工在服务站内休息。 记者 林涛 摄\n\n"
        f"职工书屋里书香浓\n\n{OTHER_LEAD}\n\n{OTHER_MORE}\n\n"
        f"临海连续10年向外来职工发放暖心红包\n\n本报讯 {THIRD_LEAD}\n\n"
        f"慰问抗疫一线女医务工作者\n\n本报讯 {THIRD_MORE}\n"
    )
    assert [a.title for a in split_page(page)] == [
        "海曙区总工会为快递小哥送去新春礼包", "职工书屋里书香浓", "临海连续10年向外来职工发放暖心红包", "慰问抗疫一线女医务工作者",
    ]


def test_a_qa_turn_is_no_head_and_a_column_label_is_a_kicker_over_its_head_or_a_part_of_the_story_above():
    assert not is_headline_like("记者：骑手遇到权益受损怎么办？") and not is_headline_like("问：工会能提供哪些帮助？")
    assert is_kicker_shaped("■案说工会") and not is_kicker_shaped("■ 工会帮他讨回公道，职工点赞")
    page = (
        f"海曙区总工会为快递小哥送去新春礼包\n{LEAD}\n■记者手记\n{MORE}\n"
        f"■案说工会\n临海连续10年向外来职工发放暖心红包\n{OTHER_LEAD}\n"
    )
    articles = split_page(page)
    assert [(a.kicker, a.title) for a in articles] == [
        (None, "海曙区总工会为快递小哥送去新春礼包"), ("■案说工会", "临海连续10年向外来职工发放暖心红包"),
    ]


def test_a_section_head_between_paragraphs_of_the_same_story_stays_inside_it():
    page = f"海曙区总工会为快递小哥送去新春礼包\n\n{LEAD}\n\n暖心慰问送不停\n\n{MORE}\n\n\n临海连续10年向外来职工发放暖心红包\n\n{OTHER_LEAD}\n"
    articles = split_page(page)
    assert [a.title for a in articles] == ["海曙区总工会为快递小哥送去新春礼包", "临海连续10年向外来职工发放暖心红包"]
    assert articles[0].headings == ["暖心慰问送不停"]


def test_lines_wrapped_at_a_column_are_rejoined_and_the_title_is_not_glued_to_its_lead():
    width = 17
    wrapped = "\n".join(LEAD[i:i + width] for i in range(0, len(LEAD), width))
    more = "\n".join(MORE[i:i + width] for i in range(0, len(MORE), width))
    other = "\n".join(OTHER_LEAD[i:i + width] for i in range(0, len(OTHER_LEAD), width))
    page = f"海曙区总工会为快递小哥送去新春礼包\n{wrapped}\n{more}\n\n临海连续10年向外来职工发放暖心红包\n{other}\n"
    articles = split_page(page)
    assert [(a.title, a.paragraphs) for a in articles] == [
        ("海曙区总工会为快递小哥送去新春礼包", [LEAD, MORE]),
        ("临海连续10年向外来职工发放暖心红包", [OTHER_LEAD]),
    ]


def test_a_title_tail_under_its_title_is_kept_but_chrome_and_photo_labels_are_not():
    page = f"张家港市快递行业联合工会\n正式成立\n{OTHER_LEAD}\n"
    assert [a.title for a in split_page(page)] == ["张家港市快递行业联合工会正式成立"]
    for chrome in ("浏览次数: 1286\n会议现场", "正文", "打印", "分享", "【字体:大 中 小】"):  # a photo label below chrome; chrome words
        page = f"张家港市快递行业联合工会正式成立\n{chrome}\n{OTHER_LEAD}\n"
        assert [a.title for a in split_page(page)] == ["张家港市快递行业联合工会正式成立"]


def test_the_start_of_a_lead_broken_mid_word_is_body_text_not_a_subtitle():
    page = "临海连续10年向外来职工发放暖心红包\n日前,台州市总工会在临\n海启动“我在临海过大年”大型公益活动,300名留临过年的外地职工领到了留岗红包。\n"
    assert [(a.title, a.subtitle, a.paragraphs) for a in split_page(page)] == [("临海连续10年向外来职工发放暖心红包", None, [OTHER_LEAD])]


def test_a_head_naming_a_place_the_story_above_never_names_is_a_new_story():
    assert names_new_place(["万州找律师事务所,万州区律师"], "8月3日下午,宝丰县农民工康玉会代表10名受助者向市总工会送来了锦旗。")
    assert names_new_place(["宁波快递小哥过个好年"], LEAD) is False  # LEAD: …希望他们在宁波过个好年
    assert names_new_place(["暖心慰问送不停"], LEAD) is None


def test_a_lead_opening_with_a_comma_or_a_closing_quote_line_joins_the_line_above():
    page = "临海连续10年向外来职工发放暖心红包\n日前,台州市总工会在临海启动“我在临海过大年”大型公益活动\n,300名留临过年的外地职工领到了留岗红包。\n"
    assert [a.paragraphs for a in split_page(page)] == [[OTHER_LEAD]]


def test_a_title_as_wide_as_the_column_is_not_glued_into_the_paragraph_above_when_a_lead_follows():
    width = 17  # the second title is 17 wide (digits at half width) and no blank line parts the articles
    wrapped = "\n".join(text[i:i + width] for text in (LEAD, MORE) for i in range(0, len(text), width))
    other = "\n".join(OTHER_LEAD[i:i + width] for i in range(0, len(OTHER_LEAD), width))
    page = f"海曙区总工会为快递小哥送去新春礼包\n{wrapped}\n临海连续10年向外来职工发放暖心红包\n{other}\n"
    assert [(a.title, a.paragraphs) for a in split_page(page)] == [
        ("海曙区总工会为快递小哥送去新春礼包", [LEAD, MORE]),
        ("临海连续10年向外来职工发放暖心红包", [OTHER_LEAD]),
    ]


def test_a_title_whose_first_words_were_broken_off_keeps_them():
    page = f"{LEAD}\n首批100\n余名职工代表启程\n本报讯(记者 彭军君) {OTHER_LEAD}\n"
    assert [a.title for a in split_page(page)][-1] == "首批100余名职工代表启程"


def test_a_web_page_split_only_at_bylines_keeps_its_one_story():
    page = f"海曙区总工会为快递小哥送去新春礼包\n{LEAD}\n暖心慰问送不停\n{MORE}\n临海连续10年向外来职工发放暖心红包\n{OTHER_LEAD}\n"
    assert len(split_page(page, headlines=False)) == 1


@pytest.mark.parametrize("blank_lines", [None, 0, 1, 2])
def test_the_seed_page_without_its_bylines_still_gives_its_ten_articles_and_keeps_its_section_heads(blank_lines):
    seed = (Path(__file__).resolve().parents[2] / "samples" / "zhejiang-workers-daily-2023-spring-festival.txt").read_text(encoding="utf-8")
    titles = [a.title for a in split_page(seed)]
    page = BYLINE.sub("", seed)
    if blank_lines is not None:
        page = re.sub(r"\n+", "\n" * (blank_lines + 1), page)
    assert "本报讯" not in page
    articles = split_page(page)
    assert [a.title for a in articles] == titles
    assert [a.headings for a in articles] == [["暖心慰问送不停", "留甬过年活动多"]] + [[]] * 9


def test_a_caption_or_summary_line_above_a_plain_text_story_is_not_its_first_paragraph():
    page = ("鄞州工会这样温暖职工“留甬的日子”\n\n精华股份员工在“鄞工驿站”里学画牡丹。\n\n"
            "核心摘要:全区各级工会向职工发放2万份大礼包。\n\n"
            "全区各级工会向职工发放2万份留鄞人员“温情大礼包”,对1200多名留鄞优秀职工进行实地走访慰问。\n")
    assert split_page(page)[0].paragraphs == ["全区各级工会向职工发放2万份留鄞人员“温情大礼包”,对1200多名留鄞优秀职工进行实地走访慰问。"]
    # the labels are html.yaml's summary_labels, the same list the web-page reader drops summary boxes by
    boxed = page.replace("核心摘要:全区各级工会向职工发放2万份大礼包。", "速览:全区发放2万份大礼包,走访1200多名职工。")
    assert split_page(boxed)[0].paragraphs == split_page(page)[0].paragraphs
    # a story that opens with one short sentence of its own keeps it when it opens the way a lead does
    lead = "工会驿站暖心上线\n\n近日记者从市总工会获悉。\n\n全市首批20家工会驿站同时挂牌,快递小哥和环卫工人可以在驿站歇脚。\n"
    assert split_page(lead)[0].paragraphs[0] == "近日记者从市总工会获悉。"


def test_a_title_line_ending_on_a_count_goes_on_to_what_it_counts():
    assert continues_title("“幸福大巴” 汕头发车 800名", "在汕务工人员搭免费包车回家过年")
    assert continues_title("烟台市总工会举办2025年", "“世界海员日”系列庆祝活动")
    assert not continues_title("喜迎新春 情暖职工 共建和谐", "首批职工代表启程")


def test_a_caption_closed_by_its_photographers_credit_above_the_lead_is_neither_body_nor_glued_to_it():
    caption = "近日,浙江省总工会和绍兴市总工会共同主办的职工读书月活动在中国黄酒博物馆启动。记者周金友 摄"
    lead = "在第23个“世界读书日”来临之际,浙江省总工会和绍兴市总工会共同主办的职工读书月活动在中国黄酒博物馆启动。"
    article = split_page(f"“浙工悦读 同读一本书”活动启动\n\n{caption}\n\n{lead}\n\n{MORE}")[0]
    assert article.paragraphs == [lead, MORE]


def test_a_page_of_captions_keeps_each_as_a_paragraph_of_its_own():
    captions = ["7月2日,德庆县总工会慰问组先后赶赴建筑工地、食品厂等地,为高温作业群体送去清凉慰问。/ 德庆 供图",
                "7月16日,龙城街道总工会启动“送清凉”活动,慰问环卫工人等高温天气作业人员800多人。/ 杨诗勇 摄"]
    assert split_page("\n".join(captions))[0].paragraphs == captions


def test_a_byline_broken_inside_its_last_name_and_a_title_set_twice_leave_the_body_as_written():
    text = f"海曙区总工会送温暖\n海曙区总工会送温暖\n本报讯 通讯员周永卫、俞\n洁报道 {LEAD}\n{MORE}"
    article = split_page(text)[0]
    assert article.title == "海曙区总工会送温暖" and article.paragraphs[0] == LEAD


def test_a_page_in_traditional_script_loses_the_same_furniture_as_in_simplified():
    page = ("新聞\n\n報料熱線:81850000\n\n鄞州工會這樣溫暖職工“留甬的日子”\n\n"
            "全區各級工會向職工發放2萬份留鄞人員“溫情大禮包”,對1200多名留鄞優秀職工進行實地走訪慰問。")
    assert split_page(page)[0].title == "鄞州工會這樣溫暖職工“留甬的日子”"


def test_a_last_sentence_broken_inside_a_word_is_body_text_not_a_headline_over_its_tail():
    page = f"海曙区总工会送温暖\n\n{LEAD}\n\n为进一步壮大工会法律服务队伍、扩大服务范\n\n围、提升服务能力。\n\n\n台州劳模工匠疗休养\n\n{OTHER_LEAD}"
    articles = split_page(page)
    assert [a.title for a in articles] == ["海曙区总工会送温暖", "台州劳模工匠疗休养"]
    assert articles[0].paragraphs[-1] == "为进一步壮大工会法律服务队伍、扩大服务范围、提升服务能力。"


def test_jump_notes_are_no_text_on_a_line_of_their_own_or_closing_a_paragraph_and_a_writers_line_opens_the_comment():
    page = (
        f"海曙区总工会为快递小哥送去新春礼包\n{LEAD}\n{MORE}（下转第3版）\n\n"
        f"临海连续10年向外来职工发放暖心红包\n上接第1版\n{OTHER_LEAD}\n\n"
        f"【短评】\n让关爱更暖更实\n□ 本报评论员 王伟\n{THIRD_LEAD}\n"
    )
    articles = split_page(page)
    assert [(a.title, a.paragraphs) for a in articles] == [
        ("海曙区总工会为快递小哥送去新春礼包", [LEAD, MORE]), ("临海连续10年向外来职工发放暖心红包", [OTHER_LEAD]),
        ("让关爱更暖更实", [THIRD_LEAD]),
    ]
    assert articles[2].reporters == ["王伟"]


def test_each_item_of_a_briefs_column_is_an_article_under_its_own_head_though_no_blank_line_parts_them():
    page = (
        f"海曙区总工会为快递小哥送去新春礼包\n{LEAD}\n{MORE}\n\n"
        f"工会简讯\n临海连续10年向外来职工发放暖心红包\n{OTHER_LEAD}\n天长市总工会慰问抗疫一线女医务工作者\n{THIRD_LEAD}\n"
    )
    articles = split_page(page)
    assert [(a.kicker, a.title, a.paragraphs) for a in articles] == [
        (None, "海曙区总工会为快递小哥送去新春礼包", [LEAD, MORE]), ("工会简讯", "临海连续10年向外来职工发放暖心红包", [OTHER_LEAD]),
        (None, "天长市总工会慰问抗疫一线女医务工作者", [THIRD_LEAD]),
    ]


@pytest.mark.parametrize("line, in_digest", [
    ("本期导读", True), ("【今日导读】", True), ("●法援律师说：加班费怎么算 6版", True), ("劳模工匠进校园▶第3版", True),
    ("职工书屋进车间（第2版）", True), ("寒冬里的一碗热汤 详见第7版", True),
    ("（下转第3版）", False),  # a jump line: read as such before
    ("我市发布第2版职工手册", False),  # a head naming an edition: no space, arrow or bracket before the page
    ("详细内容刊登在本报第3版。", False),  # a sentence naming a page ends in a full stop
])
def test_a_digest_box_label_and_its_teasers_closed_by_their_page_are_digest_lines(line, in_digest):
    from archive.text.headlines import is_digest_line

    assert is_digest_line(line) == in_digest


@pytest.mark.parametrize(("line", "following"), [
    ("“00后”电工的毫厘坚守", "电光里淬炼匠心"),  # a 引题 naming whose what over a 主题
    ("工会法官进社区 调解调到家门口", "城东街道“调解服务周”化解纠纷30余件"),  # a couplet
    ("新春佳节送祝福", "福州工会驿站撑起夏日“清凉伞”"),  # general words over a line saying who did what
])
def test_a_lead_in_whole_on_its_line_is_not_joined_to_the_title_under_it(line, following):
    assert not continues_title(line, following)


@pytest.mark.parametrize(("line", "following"), [
    ("浙能集团", "工会送出六大福袋"), ("张家港市快递", "行业联合工会正式成立"), ("临海连续10年", "向外来职工"),
])
def test_a_title_broken_before_its_actor_or_predicate_is_joined(line, following):
    assert continues_title(line, following)


def test_a_couplet_over_a_head_of_its_own_stands_whole_and_a_short_tail_finishes_one():
    # "工会律师进园区 送法送到车间旁" over "临平…": whole, even where jieba reads 旁临 as one word across the break
    assert not continues_title("工会法官进社区 调解送到家门旁", "临平产业园区“调解服务日”化解纠纷30余件")
    assert continues_title("青禾城区建设暖心驿站 让外卖骑手有个", "歇脚的“家”")
