"""Broken lines are re-joined, headings and real paragraph ends kept; skipped enumerations are found."""

from __future__ import annotations

from archive.text.gaps import enumeration_skips
from archive.text.split import split_page
from archive.text.repair import LineLayout, join_indented_runs, line_layout, reads_as_title, repair_broken_lines, repair_lines

LONG = "北仑区总工会都给广大留仑职工考虑到。为给留仑职工送上新春的快乐和祝福,春节期间,北仑区总工"


def test_a_word_split_across_lines_is_joined():
    assert repair_broken_lines([LONG, "会特别推出多项活动。"]) == [LONG + "会特别推出多项活动。"]


def test_a_line_ending_in_a_comma_joins_the_next_even_when_short():
    assert repair_broken_lines(["同样是关爱留甬过年职工,", "今年余姚市总工会推出了暖心行动。"]) == [
        "同样是关爱留甬过年职工,今年余姚市总工会推出了暖心行动。"]


def test_headings_and_finished_paragraphs_stay_separate():
    lines = ["暖心慰问送不停", "日前,区总工会来到快递网点送去礼包。", "留甬过年活动多", "春节期间,活动丰富。"]
    assert repair_broken_lines(lines) == lines


def test_a_line_is_never_joined_into_the_next_article_byline_or_an_enumerated_item():
    lines = [LONG, "本报讯 记者王明报道 近日,活动举行。", LONG, "(二)运用技术技能。"]
    assert repair_broken_lines(lines) == lines


def test_a_semicolon_at_the_column_edge_goes_on_but_one_short_of_it_ends_an_item():
    column = LineLayout(paragraph_gap=0, width=16)
    before, at_edge, after = "司机都经过培训。", "到达目的地后会通过电话报个平安;", "大巴上配置了GPS路况监控设备。"
    assert len(at_edge) == 16
    assert repair_lines([before, at_edge, after], [0, 0, 0], column)[0] == [before, at_edge + after]
    assert repair_lines([before, "报个平安;", after], [0, 0, 0], column)[0] == [before, "报个平安;", after]


def test_a_title_as_wide_as_the_column_is_told_from_a_paragraph_first_line():
    assert reads_as_title("杭州温州青年职工联谊会浪漫启幕", "活动现场,剧本杀、抢麦猜歌名等趣味横生")  # an actor and an event
    assert reads_as_title("临海连续10年向外来职工发放暖心红包", "日前,台州市总工会在临海启动")  # a lead below
    assert not reads_as_title("会议选举产生了张家港市快递行业联合工会", "工会委员会、经费审查委员会")  # opens as a paragraph does
    assert not reads_as_title("宁波市总工会举行职工技能大赛颁奖仪式暨", "表彰大会")  # the phrase runs on
    assert not reads_as_title("近日,宁波市总工会举行职工技能大赛", "颁奖仪式")  # a clause mark: text


def test_a_list_broken_after_an_enumeration_comma_joins_a_line_that_looks_like_an_item():
    assert repair_broken_lines(["据了解,服务中心于2013年6月成立,每周一、", "三、五派出维权律师志愿者值班。"]) == [
        "据了解,服务中心于2013年6月成立,每周一、三、五派出维权律师志愿者值班。"]
    assert repair_broken_lines(["服务中心有三项安排。", "三、五派出律师。"]) == ["服务中心有三项安排。", "三、五派出律师。"]


def test_an_enumeration_starting_at_two_is_a_gap():
    assert enumeration_skips(["认定条件如下:", "(二)甲。", "(三)乙。"]) == ["paren_cn: found 2, expected 1"]


def test_a_complete_enumeration_is_not_a_gap():
    assert enumeration_skips(["一、甲。", "二、乙。", "三、丙。", "1.子项。", "2.子项。"]) == []


def test_an_enumeration_that_jumps_is_a_gap():
    assert enumeration_skips(["①甲", "②乙", "④丁"]) == ["circled: found 4, expected 3"]


def test_a_title_as_wide_as_the_column_under_its_kicker_is_not_run_into_the_lead():
    layout = LineLayout(0, 16.0)
    lines = ["加入读书行列 培养读书兴趣", "“浙工悦读 同读一本书”活动启动", "近日,浙江省总工会和绍兴市总工", "会共同主办的读书月活动启动。"]
    repaired, _ = repair_lines(lines, [0] * len(lines), layout)
    assert repaired == ["加入读书行列 培养读书兴趣", "“浙工悦读 同读一本书”活动启动", "近日,浙江省总工会和绍兴市总工会共同主办的读书月活动启动。"]


def test_a_sentence_ending_at_the_column_edge_does_not_set_the_paragraph_gap():
    # paragraphs parted by one blank line, wrapped at 20; one sentence ends right at the edge and the paragraph
    # runs on below it: the paragraph gap is still one line, so a paragraph's first line breaking mid-word
    # ("…项目工" / "地从事…") goes on into the next, however much it looks like a line standing alone
    text = ("8月3日下午,宝丰县农民工代表受助者向市\n总工会送来了锦旗,感谢市总帮扶中心为他\n们讨回了血汗钱。\n\n"
            "康玉会等农民工在宝丰产业就业平台项目工\n地从事基础建筑工作,完工后项目方没有按\n时支付工资,他们多次索要没有得到答复。\n"
            "该案由于时间跨度较大,办案难度增加,但办\n案律师不辞劳苦,调解成功。\n\n"
            "法律援助是工会维护广大职工合法利益的重\n要手段,受到职工的一致好评。")
    lines, gaps = [line for line in text.split("\n") if line], [0, 0, 0, 1, 0, 0, 0, 0, 1, 0]
    layout = line_layout(lines, gaps)
    assert layout.paragraph_gap == 1 and layout.width is not None
    assert any(line.startswith("康玉会等农民工在宝丰产业就业平台项目工地从事") for line in repair_lines(lines, gaps, layout)[0])


def _wrapped(paragraph: str, width: int = 24) -> str:
    """A paragraph set indented and wrapped at ``width`` characters, as an e-paper's text gives it."""
    text = "\u3000\u3000" + paragraph
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def test_on_an_indented_page_a_flush_full_line_under_a_sentence_ending_at_the_edge_goes_on_in_its_paragraph():
    first = "今年春天,王女士入职青岛一家商贸有限公司。不久后,公司开始拖欠工资,截至九月底,累计欠薪达八万余元,更糟糕的是她被确诊脑部肿瘤,急需赴京手术。"
    quote = "“案子能赢,钱拿不到——对当事人来说白赢。”"  # 22 characters after the indent: the line is full
    after = "王建霖找到了自己的师傅、市北区总工会法律援助团队的资深律师栗文龙一起办案。庭审前后,办案律师多次与公司法定代表人张某沟通。"
    text = _wrapped(first) + "\n" + _wrapped(quote + after) + "\n多方联动显成效\n" + _wrapped(first)
    joined = join_indented_runs(text)
    assert "白赢。”王建霖找到了自己的师" in joined  # a paragraph's next line, though a sentence ended above it
    assert "\n多方联动显成效\n" in joined  # a head set flush holds no full stop: it stays
    assert join_indented_runs(text.replace("\u3000", "")) == text.replace("\u3000", "")  # no indent, nothing to read
    paragraphs = [p for a in split_page("维权有门\n\n" + text) for p in a.paragraphs]
    assert any("白赢。”王建霖找到了自己的师傅" in p for p in paragraphs)


def test_on_an_indented_page_each_paragraph_runs_on_while_its_lines_fill_the_column_and_a_flush_head_under_its_short_last_line_stays():
    question = "记者：骑手的工作时间由算法决定，出了问题该找谁？"
    answer = "郑明远：算法是企业制定并使用的，派单规则、时长设置都是企业的管理行为，企业要对算法规则的合理性负责。"
    lead = "去年以来，南岭市总工会推动两家主要外卖平台在本地的配送企业与骑手代表开展集体协商，就连续工作时长提醒达成协议。"
    text = "\n".join([_wrapped(lead, 23), "工会律师：平台不能用“系统派单”推卸责任", _wrapped(question, 23), _wrapped(answer, 23),
                      _wrapped(lead, 23)])
    joined = join_indented_runs(text).split("\n")
    assert [line.strip() for line in joined] == [lead, "工会律师：平台不能用“系统派单”推卸责任", question, answer, lead]


def test_the_column_width_is_read_before_paragraphs_are_joined_so_the_flush_paragraphs_of_the_page_are_rejoined_too():
    flush = "近日,由中国海员建设工会全国委员会主办,山东省海员工会、烟台市总工会等承办的系列活动圆满收官,百余名中外船员齐聚烟台。"
    indented = "6月24日,庆祝“世界海员日”暨海上旅游嘉年华活动在烟台启动,中国海员建设工会全国委员会二级巡视员参加活动并讲话。"
    lines = [flush[i:i + 20] for i in range(0, len(flush), 20)]
    text = "烟台市总工会举办2025年“世界海员日”系列庆祝活动\n" + "\n".join(lines) + "\n" + _wrapped(indented, 20) + "\n" + _wrapped(flush, 20)
    articles = split_page(text)
    assert [a.title for a in articles] == ["烟台市总工会举办2025年“世界海员日”系列庆祝活动"]
    assert articles[0].paragraphs[:2] == [flush, indented]


def test_a_line_left_inside_open_brackets_or_opening_on_a_full_stop_goes_on_below():
    layout = LineLayout(paragraph_gap=0, width=15)
    lines = ["活动现场。受到职工欢迎。（通讯", "员 张军敏 摄）", "技能比武现场，为一线职工送去清凉", "。 本报记者 徐杰 摄"]
    assert repair_lines(lines, [1, 0, 1, 0], layout)[0] == [
        "活动现场。受到职工欢迎。（通讯员 张军敏 摄）", "技能比武现场，为一线职工送去清凉。 本报记者 徐杰 摄",
    ]


def test_a_caption_cut_at_the_column_runs_on_to_its_credit_and_a_title_under_it_stands_apart():
    layout = LineLayout(paragraph_gap=0, width=17)
    lines = ["图为工会志愿者在建筑工地为工人送上", "清凉饮品。（摄影 林平）", "农民工讨薪有了法援“快车道”",
             "近日,青禾市总工会法律援助中心为", "12名农民工讨回欠薪。"]
    assert repair_lines(lines, [1, 0, 0, 0, 0], layout)[0] == [
        "图为工会志愿者在建筑工地为工人送上清凉饮品。（摄影 林平）", "农民工讨薪有了法援“快车道”", "近日,青禾市总工会法律援助中心为12名农民工讨回欠薪。",
    ]
