"""A printed page's furniture and the lines around its headlines, as a reader tells them apart: the page header
(masthead, 版次/栏目 label, 编辑 … 校对 … line) is no article, a bracketed name closes the story above, a photo
caption parts two stories, the 本版邮箱 footer is no text, and a three-line head is 引题/主题/副题."""

from __future__ import annotations

import pytest

from archive.scoring.textgen import fill_column
from archive.text.headlines import patterns
from archive.text.split import split_page

LEAD = "近日,青禾市总工会在全市开展劳动竞赛,共有120家企业的3000余名职工参加,比赛分为焊工、电工等六个工种。"
MORE = "据介绍,竞赛设立一等奖10名、二等奖20名,获奖职工将获得相应的技能等级认定和奖金,带动更多职工学技术、练本领。"
SECOND = "为关心关爱户外劳动者,西林区总工会近日在辖区设立20个爱心驿站,为环卫工人、快递小哥等提供饮水、休息等服务。"
SECOND_MORE = "西林区总工会相关负责人表示,将持续推进驿站建设,让户外劳动者感受到工会组织的温暖。"


@pytest.mark.parametrize("header", [
    "青禾工人报\n第2版 工会新闻", "编辑 王敏 校对 李静\n第3版", "A3 要闻\n本版编辑 杨刚 美编 胡桂", "2024年5月8日 星期三 第2版",
])
def test_a_page_header_is_furniture_not_the_first_title(header):
    articles = split_page(f"{header}\n劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}")
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”"] and articles[0].paragraphs == [LEAD, MORE]


def test_the_paper_named_alone_at_the_top_is_the_pages_newspaper():
    assert split_page(f"青禾工人报\n第2版 工会新闻\n劳动竞赛赛出“加速度”\n{LEAD}")[0].newspaper == "青禾工人报"


@pytest.mark.parametrize("signature", ["(通讯员 何静)", "（晓晨）", "（记者 王伟 通讯员 李静）"])
def test_a_signature_closing_a_story_is_not_the_next_title(signature):
    page = f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n{signature}\n\n西林区设立20个爱心驿站\n{SECOND}\n{SECOND_MORE}"
    assert [a.title for a in split_page(page)] == ["劳动竞赛赛出“加速度”", "西林区设立20个爱心驿站"]


@pytest.mark.parametrize("caption", ["图为职工在驿站内休息。", "职工在驿站内休息 记者 王伟 摄"])
def test_a_headline_right_under_a_photo_caption_opens_a_story_and_the_caption_leaves_the_body(caption):
    page = f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n{caption}\n爱心驿站温暖户外劳动者\n{SECOND}\n{SECOND_MORE}"
    articles = split_page(page)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "爱心驿站温暖户外劳动者"]
    assert articles[0].paragraphs == [LEAD, MORE]


def test_a_caption_line_that_carries_the_storys_facts_stays_text():
    line = "图为活动现场,当天共发放1200份礼包,慰问困难职工300余人。"
    assert split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n{line}")[0].paragraphs[-1] == line


def test_the_pages_mail_footer_is_not_article_text():
    article = split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n本版编辑：王敏\n本版邮箱：jdgrb@163.com")[0]
    assert article.paragraphs == [LEAD, MORE]


def test_three_head_lines_standing_apart_are_lead_in_title_and_subtitle():
    article = split_page(f"用心用情办好职工实事\n劳动竞赛赛出“加速度”\n青禾市3000余名职工同台比技能\n{LEAD}\n{MORE}")[0]
    assert (article.kicker, article.title, article.subtitle) == ("用心用情办好职工实事", "劳动竞赛赛出“加速度”", "青禾市3000余名职工同台比技能")


PARAGRAPHS = (
    "会议选举产生了张家港市快递行业联合工会委员会,并产生了工会主席、副主席、经审委主任等职务人选。",
    "据了解,快递行业工会的组建,可以更好地维护快递从业人员合法权益,进一步构建和谐劳动关系。",
    "大会现场还邀请了市中医院的医生以及法律专家,为快递员提供专家义诊、法律咨询等服务。",
)


def test_a_head_as_wide_as_the_column_ending_a_sentence_is_not_run_into_the_flush_lead_below_it():
    lead = "8月3日下午,宝丰县农民工康玉会代表10名受助者向市总工会送来锦旗,感谢市总帮扶中心为他们讨回了血汗钱。"
    lines = fill_column(lead, 20) + [line for p in PARAGRAPHS for line in fill_column("\u3000\u3000" + p, 20)]
    article = split_page("\n".join(["", "法律援助维权效果好,职工真诚感谢送锦旗!", *lines]))[0]  # the title as wide as the column
    assert article.title == "法律援助维权效果好,职工真诚感谢送锦旗!" and article.paragraphs[0] == lead


# ---- session 9: the second blind page set's failure kinds, on pages of our own ----------------------------------

@pytest.mark.parametrize("writer, reporters, correspondents", [
    ("本报通讯员 程亮", [], ["程亮"]),  # the paper's own correspondent, 本报 before the role
    ("本报记者 王 磊 李 娜", ["王磊", "李娜"], []),  # two-character names padded to three columns
    ("□ 本报评论员 林 平", ["林平"], []),
    ("◎ 本报记者 周立新", ["周立新"], []),
])
def test_a_byline_line_under_a_head_is_the_storys_byline_not_part_of_its_title(writer, reporters, correspondents):
    page = f"劳动竞赛赛出“加速度”\n{writer}\n{LEAD}\n{MORE}\n\n西林区设立20个爱心驿站\n{SECOND}\n{SECOND_MORE}"
    articles = split_page(page)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "西林区设立20个爱心驿站"]
    assert (articles[0].reporters, articles[0].correspondents, articles[0].paragraphs) == (reporters, correspondents, [LEAD, MORE])


def test_a_commentarys_padded_writer_line_is_its_byline_not_its_first_words():
    comment = "职工权益无小事,工会组织要把维权服务做在前头,让每一位劳动者都能体面劳动、舒心工作。"
    article = split_page(f"评论\n维权服务要做在前头\n□ 陶 然\n{comment}")[0]
    assert (article.title, article.reporters, article.paragraphs) == ("维权服务要做在前头", ["陶然"], [comment])


@pytest.mark.parametrize("colophon", [
    "本报地址：青禾市人民路88号 邮编：310012\n广告热线：0571-85310000 发行热线：0571-85310001\n印刷：青禾日报报业集团印务有限公司",
    "本版责任编辑 王 磊 美编 李 娜 校对 张 三",
    "（本版责任编辑：王敏 版面设计：李静）",
    "编辑 王敏 | 责任校对 何 静\n零售价：1.50元",
    "本版主编/王敏 视觉设计/李 静",
    "本版责任编辑王敏 美编李静 校对何芳",  # roles run straight into the names
    "本版责任编辑：王敏 电话：0571-85310000",  # a phone after the names
])
def test_the_papers_colophon_and_staff_line_closing_a_page_are_no_article_text(colophon):
    articles = split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n\n西林区设立20个爱心驿站\n{SECOND}\n{SECOND_MORE}\n{colophon}")
    assert [a.paragraphs for a in articles] == [[LEAD, MORE], [SECOND, SECOND_MORE]]


def test_a_storys_sentence_giving_a_hotline_stays_text():
    line = "职工如遇欠薪问题,可拨打工会维权热线或发行热线0571-85310001咨询。"
    assert split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n{line}")[0].paragraphs == [LEAD, line]


@pytest.mark.parametrize("digest", [
    "本期导读\n●法援律师说：加班费怎么算 6版\n●职工书屋进车间 ▶3版\n●快递小哥的暖心驿站（第2版）",
    "【今日导读】\n劳模谈：匠心从哪里来 第4版\n寒冬里的一碗热汤  详见第7版",
    "今日导读\n●法援律师说：加班费怎么算\n▶6版\n●职工书屋进车间\n第3版",  # each teaser's page on a line of its own
])
def test_a_digest_box_over_the_lead_story_is_page_chrome_not_its_kicker(digest):
    articles = split_page(f"{digest}\n【两节送温暖】\n劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n\n西林区设立20个爱心驿站\n{SECOND}")
    assert [(a.kicker, a.title) for a in articles] == [("【两节送温暖】", "劳动竞赛赛出“加速度”"), (None, "西林区设立20个爱心驿站")]
    assert articles[0].paragraphs == [LEAD, MORE]


@pytest.mark.parametrize("caption", [
    ["图为工会志愿者在建筑工", "地为工人送上清凉饮品。", "（摄影 林平）"],  # opening on its picture, the credit on a line of its own
    ["职工们在新落成的职工书屋阅读，现", "场气氛热烈。（通讯员 何", "静 摄）"],  # no mark: a comma inside its first line, cut inside a word
])
def test_a_photo_caption_cut_at_the_column_between_two_stories_is_no_title_and_no_text(caption):
    lead, second = fill_column(LEAD + MORE, 11), fill_column(SECOND + SECOND_MORE, 11)
    page = "\n".join(["劳动竞赛赛出“加速度”", *lead, "", *caption, "", "西林区设立20个爱心驿站", *second])
    articles = split_page(page)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "西林区设立20个爱心驿站"]
    assert ["".join(a.paragraphs) for a in articles] == [LEAD + MORE, SECOND + SECOND_MORE]


def test_on_an_indented_page_the_staff_line_under_the_last_paragraph_is_not_run_into_it():
    paragraphs = [LEAD, MORE, SECOND, SECOND_MORE]
    lines = ["劳动竞赛赛出“加速度”"] + [line for p in paragraphs for line in fill_column("\u3000\u3000" + p, 20)]
    staff = "本版责任编辑 王 磊 校对 李娜 版式 张三"  # as wide as the column, under the last paragraph's last line
    article = split_page("\n".join(lines + [staff]))[0]
    assert article.paragraphs == paragraphs


@pytest.mark.parametrize("line", ["本版编辑的话", "本版编辑王敏介绍,这组稿件历时三个月采写完成。"])
def test_a_column_named_for_the_editor_or_a_sentence_about_one_is_no_staff_line(line):
    from archive.text.split import is_chrome

    assert not is_chrome(line)


# ---- session 10: the third blind page set's kinds, in examples of our own ----

@pytest.mark.parametrize("masthead", [
    "青禾工人报\n国内统一连续出版物号 CN51-0099\n邮发代号 61-22\n2025年5月6日 星期二\n农历乙巳年四月初九 今日8版\n总第4521期",
    "某某日报\n农历甲辰年正月十二\n晴转多云 3℃～12℃\n总第812期 今日12版",
])
def test_a_front_pages_masthead_block_is_furniture_not_an_article(masthead):
    articles = split_page(f"{masthead}\n\n劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}")
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”"] and articles[0].paragraphs == [LEAD, MORE]


@pytest.mark.parametrize("page_name", ["城乡·民生", "工会 · 动态", "职工生活周刊", "劳动者之家"])
def test_a_page_name_in_the_header_is_not_the_first_titles_first_words(page_name):
    # "第3版" / "城乡·民生" / 劳动竞赛赛出“加速度”: the page's name, not a title's first words
    articles = split_page(f"第3版 2025年5月6日\n{page_name}\n劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}")
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”"]


def test_a_lead_in_ending_like_a_page_name_under_the_header_stays_the_kicker():
    articles = split_page(f"第3版 2025年5月6日\n劳动创造美好生活\n劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}")
    assert (articles[0].kicker, articles[0].title) in (("劳动创造美好生活", "劳动竞赛赛出“加速度”"), (None, "劳动创造美好生活"))


@pytest.mark.parametrize("signature", ["（通讯员 张敏 李波）", "(本报记者 陈静)", "（杜鹃）"])
def test_a_signature_below_a_printed_story_leaves_its_body_for_its_byline(signature):
    article = split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n{signature}\n\n驿站暖了户外劳动者的心\n{SECOND}")[0]
    assert article.paragraphs == [LEAD, MORE] and article.byline == signature.strip("()（）")


def test_a_signature_after_the_last_sentence_leaves_the_body_and_names_the_correspondents():
    article = split_page(f"劳动竞赛赛出“加速度”\n本报讯 {LEAD}\n{MORE}（通讯员 张敏 李波）")[0]
    assert article.paragraphs == [LEAD, MORE] and article.correspondents == ["张敏", "李波"]


def test_an_experts_sign_off_closes_the_letter_and_is_not_the_next_titles_first_words():
    answer = "答：职工可以先与用人单位协商，协商不成的，可以向劳动争议仲裁委员会申请仲裁。"
    page = f"加班费被拖欠怎么办\n问：公司拖欠加班费，我该怎么办？\n{answer}\n青禾市总工会法律援助中心律师 孟强\n驿站暖了户外劳动者的心\n本报讯 {SECOND}"
    articles = split_page(page)
    assert [a.title for a in articles] == ["加班费被拖欠怎么办", "驿站暖了户外劳动者的心"]
    assert articles[0].paragraphs[-1] == answer and articles[0].byline == "青禾市总工会法律援助中心律师 孟强"


def test_a_role_alone_under_a_head_is_its_byline_not_the_titles_last_words():
    articles = split_page(f"让劳动者更有尊严\n本报评论员\n\n{LEAD}\n{MORE}")
    assert articles[0].title == "让劳动者更有尊严" and articles[0].byline == "本报评论员" and articles[0].paragraphs == [LEAD, MORE]


@pytest.mark.parametrize("label", ["【一线故事】", "◆追梦人", ""])
def test_a_series_label_and_its_editors_note_above_a_head_are_no_story(label):
    note = "编者按：一线岗位是青年成长的舞台。本报今起推出系列报道，讲述职工在平凡岗位上奋斗的故事。"
    articles = split_page(f"第2版\n{label}\n{note}\n劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}")
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”"] and articles[0].paragraphs == [LEAD, MORE]


def test_an_editors_note_under_a_head_stays_its_storys_text():
    note = "编者按：一线岗位是青年成长的舞台。本报今起推出系列报道，讲述职工在平凡岗位上奋斗的故事。"
    assert split_page(f"劳动竞赛赛出“加速度”\n{note}\n{LEAD}\n{MORE}")[0].paragraphs == [note, LEAD, MORE]


def narrow(text: str, width: int = 18) -> str:
    """Text in → its lines cut at a narrow column, as a page cut at 18–22 columns prints them."""
    return "\n".join(fill_column(text, width))


@pytest.mark.parametrize("blank", ["", "\n"])
def test_on_a_narrow_page_a_head_between_two_stories_opens_the_second(blank):
    # a paragraph's lines run to the column's edge: "万州找律师事务所,万州区律师", short of it, is a head, not a broken line
    page = (f"劳动竞赛赛出“加速度”\n{narrow(LEAD)}\n{blank}{narrow(MORE)}\n（通讯员 张敏 李波）\n\n"
            f"驿站暖了户外劳动者,职工点赞\n{narrow(SECOND)}\n{blank}{narrow(SECOND_MORE)}")
    articles = split_page(page)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "驿站暖了户外劳动者,职工点赞"]
    assert articles[0].paragraphs == [LEAD, MORE] and articles[1].paragraphs[0] == SECOND


def test_a_signature_cut_at_the_column_after_the_last_sentence_leaves_the_body():
    page = f"劳动竞赛赛出“加速度”\n{narrow(MORE + '（记者 郑静燕 通讯员 林勇）')}\n\n驿站暖了户外劳动者\n{narrow(SECOND)}"
    articles = split_page(page)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "驿站暖了户外劳动者"]
    assert articles[0].paragraphs == [MORE] and articles[0].correspondents == ["林勇"]


def test_a_picture_between_a_head_and_its_lead_leaves_the_head_the_title():
    page = (f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n\n驿站暖了户外劳动者\n图为职工在驿站内休息。（赵亮 摄）\n本报讯 {SECOND}\n{SECOND_MORE}")
    articles = split_page(page)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "驿站暖了户外劳动者"]
    assert articles[1].paragraphs == [SECOND, SECOND_MORE]


@pytest.mark.parametrize("credit", ["本报记者 宋勇 摄", "宋勇 摄"])
def test_a_photo_credit_cut_off_its_caption_goes_with_the_caption(credit):
    page = f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n\n图为职工在驿站内休息。\n{credit}\n驿站暖了户外劳动者\n{SECOND}"
    articles = split_page(page)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "驿站暖了户外劳动者"] and articles[0].paragraphs == [LEAD, MORE]


@pytest.mark.parametrize("label", ["记者手记", "■编后", "【链接】"])
def test_a_sidebar_under_its_label_with_a_head_of_its_own_is_an_article(label):
    # 记者手记 / 平凡岗位也能出彩 / the reporter's view: an article of its own under the feature, its label the kicker
    view = "采访中，记者感受最深的是一线职工对工作的执着。在他们看来，把每一件小事做好，就是最大的本事。"
    articles = split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n\n{label}\n平凡岗位也能出彩\n{view}")
    assert [(a.kicker, a.title) for a in articles] == [(None, "劳动竞赛赛出“加速度”"), (label, "平凡岗位也能出彩")]
    assert articles[1].paragraphs == [view]


def test_a_head_set_wider_than_the_column_is_never_run_into_the_caption_under_it():
    # "盛夏送清凉 武汉市总工会慰问…" runs past the 18-column text: a head across the columns, not a broken body line
    head = "盛夏送清凉 青禾市总工会慰问建设项目一线工人"
    page = (f"劳动竞赛赛出“加速度”\n{narrow(LEAD)}\n{narrow(MORE)}\n\n{head}\n"
            f"{narrow('图为工会干部为一线职工送上慰问品。（摄影 马敏）')}\n{narrow('本报讯 ' + SECOND)}")
    articles = split_page(page)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", head] and articles[1].paragraphs == [SECOND]


def test_a_page_cut_by_characters_runs_its_lines_with_digits_on():
    # a page cut at 18 characters, not 18 columns: "…共有120家企业的300" is as full as a line of Han
    lines = [LEAD[at:at + 18] for at in range(0, len(LEAD), 18)]
    assert split_page("劳动竞赛赛出“加速度”\n" + "\n".join(lines))[0].paragraphs == [LEAD]


def test_a_lead_cut_at_the_column_under_a_heads_picture_runs_on():
    lead = "2025年冬的一天,王女士来到了青禾市劳动仲裁大厅。8万余元的工资被拖了一年多,公司电话却打不通。"
    page = f"劳动竞赛赛出“加速度”\n{narrow(LEAD, 22)}\n\n患病职工急需手术费,欠薪公司却“失联”\n▲志愿者为职工义诊。（徐伟 摄）\n{narrow(lead, 22)}\n{narrow(MORE, 22)}\n{narrow(SECOND_MORE, 22)}"
    articles = split_page(page)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "患病职工急需手术费,欠薪公司却“失联”"] and articles[1].paragraphs == [lead, MORE, SECOND_MORE]


# ---- session 11: the fourth blind page set's kinds, in examples of our own ----

@pytest.mark.parametrize("masthead", [
    "青禾县报\n准印证号：（浙）0123\n内部资料 免费交流\n2025年6月5日 星期四\n今日天气：多云 18℃～26℃",
    "某某集团报\n浙内准字第56号　内部资料\n第236期  天气预报 晴 3-12℃",
    "青禾矿工报\n内部资料·免费交流\n今日天气 小雨转阴 东南风3级",
])
def test_a_county_or_company_papers_masthead_block_is_furniture_not_an_article(masthead):
    # a paper printed under a permit says so in its masthead (准印证号, 内部资料 免费交流), beside its issue and weather
    articles = split_page(f"{masthead}\n\n劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}")
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”"] and articles[0].paragraphs == [LEAD, MORE]


@pytest.mark.parametrize("header", ["青禾报    第2版    综合新闻", "某某电力报\u3000\u3000第4版\u3000\u3000基层动态"])
def test_a_header_padded_between_paper_page_and_page_name_is_not_the_first_titles_first_words(header):
    articles = split_page(f"{header}\n劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}")
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”"]


@pytest.mark.parametrize(("byline", "correspondents"), [("□ 通讯员 邹婷", ["邹婷"]), ("□通讯员 张敏 李波", ["张敏", "李波"])])
def test_a_marked_byline_under_a_head_on_a_narrow_page_is_the_byline_not_the_titles_end(byline, correspondents):
    # "…的三本账" / "□ 通讯员 邹婷" on a page cut at 18 columns: a small paper's staff marked without 本报
    lines = "\n".join(fill_column(LEAD, 18) + fill_column(MORE, 18))
    article = split_page(f"一家企业工会的三本账\n{byline}\n{lines}")[0]
    assert article.title == "一家企业工会的三本账" and article.correspondents == correspondents


def test_a_column_label_opening_with_a_role_word_is_still_no_byline():
    articles = split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n\n■记者手记\n实干才能出实绩\n{SECOND}")
    assert all(a.byline is None for a in articles)


@pytest.mark.parametrize("caption", ["图为职工在驿站内休息。（李明 摄）", "▲职工在驿站内休息。（通讯员 王芳 摄）"])
def test_a_photo_caption_between_a_storys_paragraphs_leaves_its_body(caption):
    article = split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n{caption}\n{MORE}")[0]
    assert article.paragraphs == [LEAD, MORE]


def test_a_small_papers_notes_and_credits_around_its_last_story_are_no_text():
    # the essay's writer's workplace, the staff, the illustrator and the call for contributions
    closing = "（作者单位：青禾重工集团）\n本期责任编辑：王磊 版式：李娜 校对：张强\n本版插图：陈静\n欢迎投稿 投稿邮箱：qhb@163.com 内部资料 注意保存"
    article = split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n{closing}")[0]
    assert article.paragraphs == [LEAD, MORE]


@pytest.mark.parametrize("sentence", ["今天天气炎热，工会为户外职工送去清凉。", "欢迎广大职工踊跃投稿，讲述身边的劳动故事。"])
def test_a_storys_sentence_on_the_weather_or_asking_for_contributions_stays_text(sentence):
    article = split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n{sentence}\n{MORE}")[0]
    assert sentence in article.paragraphs


@pytest.mark.parametrize("subhead", ["“一个都不能少”", "“暖心账”"])
def test_a_short_phrase_in_quotes_set_off_between_paragraphs_is_a_sub_head_not_a_title(subhead):
    # a quoted phrase no longer than a section head names a part of the story, even with a blank line above it
    more = "在焊工比赛现场,选手们戴着面罩全神贯注,焊花飞溅中一道道焊缝平整均匀,评委们不时点头称赞。"
    articles = split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n\n{subhead}\n{MORE}\n{more}\n\n驿站暖了户外劳动者的心\n{SECOND}\n{SECOND_MORE}")
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "驿站暖了户外劳动者的心"]
    assert subhead in articles[0].paragraphs


def test_a_quoted_sentence_set_as_a_head_between_stories_still_opens_one():
    articles = split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n\n“驿站让我们歇脚有了好去处”\n{SECOND}\n{SECOND_MORE}")
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "“驿站让我们歇脚有了好去处”"]


@pytest.mark.parametrize("label", ["职工说事", "■职工说事", "【职工说事】"])
def test_a_caption_without_a_full_stop_and_a_column_label_part_two_stories(label):
    # "▲职工在驿站内休息" stops short of the column with a head below: the picture's caption, not a line cut mid-sentence
    page = f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n▲职工在驿站内休息\n{label}\n驿站暖了户外劳动者的心\n{SECOND}\n{SECOND_MORE}"
    articles = split_page(page)
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "驿站暖了户外劳动者的心"]
    assert articles[1].paragraphs == [SECOND, SECOND_MORE]


def test_a_caption_cut_at_the_column_still_runs_on_to_its_end():
    lines = "\n".join(fill_column(LEAD, 16) + fill_column(MORE, 16))
    caption = "\n".join(fill_column("图为工会志愿者在建筑工地为工人送上清凉饮品。（摄影 林平）", 16))
    articles = split_page(f"劳动竞赛赛出“加速度”\n{lines}\n{caption}\n驿站暖了户外劳动者的心\n{SECOND}")
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "驿站暖了户外劳动者的心"]


@pytest.mark.parametrize("box", [
    "数说\n1200余名\n职工参加技能培训\n3.6万元\n发放慰问金\n28个\n户外劳动者驿站建成",
    "■数读·这一年\n1200余名 职工参加技能培训\n职工满意度96%\n发放慰问金：3.6万元，同比增长15%",
])
def test_a_data_box_under_a_story_is_neither_a_story_nor_the_next_ones_head(box):
    # a 数说 box: its label over figures each with what it counts; the head under it opens the next story
    articles = split_page(f"劳动竞赛赛出“加速度”\n{LEAD}\n{MORE}\n{box}\n驿站暖了户外劳动者的心\n{SECOND}\n{SECOND_MORE}")
    assert [a.title for a in articles] == ["劳动竞赛赛出“加速度”", "驿站暖了户外劳动者的心"]
    assert articles[0].paragraphs == [LEAD, MORE] and articles[1].paragraphs == [SECOND, SECOND_MORE]


def test_a_story_headed_like_a_data_box_over_prose_keeps_its_text():
    articles = split_page(f"数说十年巨变\n{LEAD}\n{MORE}")
    assert articles[0].title == "数说十年巨变" and articles[0].paragraphs == [LEAD, MORE]


@pytest.mark.parametrize(("clause", "main"), [("只要职工有需要", "工会服务就跟到哪里"), ("当高温来袭时", "驿站暖了户外劳动者的心"),
                                              ("随着夏季用电高峰来临", "电力工会为一线员工送清凉")])
def test_a_head_whose_first_line_is_an_adverbial_clause_is_one_title(clause, main):
    # a condition or circumstance (只要…, 当…时, 随着…) is no sentence of its own: the line under it completes the title
    article = split_page(f"{clause}\n{main}\n{LEAD}\n{MORE}")[0]
    assert article.title.replace(" ", "") == clause + main and article.subtitle is None


@pytest.mark.parametrize("line", ["当好职工“娘家人”", "在线服务平台上线", "只要职工有需要，工会就在身边"])
def test_a_line_opening_with_dang_or_zai_in_another_sense_or_a_whole_sentence_is_no_adverbial_clause(line):
    # 当好 (act as) and 在线 (online) open no clause; a line holding its main clause after a comma is a sentence
    assert patterns().adverbial_clause.match(line) is None
