from archive.enrich.context import ArticleContext
from archive.enrich.figures import extract_figures
from archive.vocabulary import load_vocabulary


def figures(text):
    return [(f.text, f.kind, f.value, f.qualifier, f.per_unit) for f in extract_figures(ArticleContext.from_text([], [text], load_vocabulary()))]


def test_money_people_and_items_carry_value_and_qualifier():
    text = "区总工会安排关爱专项资金30余万元，慰问一线职工1600余名，赠送近万份暖心礼包，慰问资金不少于60万元。"
    assert figures(text) == [
        ("30余万元", "money", 300000, "over", None),
        ("1600余名", "people", 1600, "over", None),
        ("近万份", "items", 10000, "approx", None),
        ("不少于60万元", "money", 600000, "at_least", None),
    ]


def test_chinese_numerals_and_bare_magnitudes_count():
    assert figures("两辆大巴车载着三千多人，送去千份春联。") == [
        ("两辆", "items", 2, "exact", None),
        ("三千多人", "people", 3000, "over", None),
        ("千份", "items", 1000, "exact", None),
    ]


def test_a_per_person_cap_is_per_unit_at_most_and_not_summed():
    found = extract_figures(ArticleContext.from_text([], ["发送每人不超过300元的年货礼包。"], load_vocabulary()))
    assert [(f.value, f.qualifier, f.per_unit, f.summable) for f in found] == [(300, "at_most", "person", False)]


def test_money_without_yuan_before_a_fund_counts():
    assert figures("今年春节，玉环工会设立近百万专项资金。") == [("近百万", "money", 1000000, "approx", None)]


def test_organisations_facilities_events_durations_and_weights_are_not_figures():
    text = "挖掘100家文体社团，新建5个户外劳动者服务站点，举办16场活动，连续10年，年产量达75万余斤，2100米，90%。"
    assert figures(text) == []


def test_names_slogans_ranks_and_quoted_titles_are_not_figures():
    text = "开展千名职工大走访活动，“5·1卡一元看大片”，获得前五名，第23个读书日，组织百名工匠体检。"
    assert figures(text) == []


def test_cases_and_vague_counts_are_not_figures():
    assert figures("处理职工咨询调解案件109件，劳动争议调解14件，沙发五六张。") == []


def test_lone_yi_is_an_article_unless_enumerated():
    assert figures("今年的慰问品中还包含了一份来自四川的苹果。") == []
    assert figures("包车两辆，其中发往安徽的一辆，发往河南的有一辆。") == [
        ("两辆", "items", 2, "exact", None), ("一辆", "items", 1, "exact", None), ("一辆", "items", 1, "exact", None),
    ]


def test_a_repeated_figure_is_listed_once_and_a_damaged_one_not_at_all():
    text = "100余名职工兴高采烈。上午10点，100余名职工踏上返乡路。?000萬元"
    assert figures(text) == [("100余名", "people", 100, "over", None)]


def test_a_total_and_its_part_are_not_both_summed():
    paragraphs = ["今年安排关爱专项资金30余万元，赠送4500份防疫物资。为项目赠送1200份防疫温暖包，总价近30万元。",
                  "累计投入600多万元资金。另发放慰问金48万元。"]
    found = extract_figures(ArticleContext.from_text([], paragraphs, load_vocabulary()))
    assert [(f.text, f.summable) for f in found if f.kind == "money"] == [
        ("30余万元", True), ("近30万元", False), ("600多万元", False), ("48万元", True),
    ]


def test_a_range_keeps_both_ends():
    found = extract_figures(ArticleContext.from_text([], ["每人补贴3000-5000元。"], load_vocabulary()))
    assert [(f.value, f.value_max, f.per_unit) for f in found] == [(3000, 5000, "person")]


def test_money_after_the_noun_it_buys_counts_even_when_that_noun_is_a_product_or_a_year():
    assert figures("机关干部带头认购农产品3.5万元，个人缴费每人每年60元。") == [
        ("3.5万元", "money", 35000, "exact", None),
        ("60元", "money", 60, "exact", "person"),
    ]


def test_a_quoted_facility_before_its_count_is_not_a_figure():
    assert figures("全市新建“工会驿站”12个，已建成“骑手驿站”22个。") == []


def test_a_generic_count_of_stations_named_deep_in_its_phrase_is_not_a_figure():
    assert figures("为28个户外劳动者服务站点更新配备空调，设置12个工种。") == []


def test_a_level_word_after_the_unit_describes_the_people_counted():
    assert figures("组织全区60名市级以上劳动模范疗休养。") == [("60名", "people", 60, "exact", None)]


def test_a_round_up_paragraph_of_another_actor_gives_no_figures_but_a_funder_paragraph_does():
    found = extract_figures(ArticleContext.from_text([], [
        "区总工会为环卫工人送上年货礼包200份。",
        "团区委组织青年志愿者走进社区，共服务群众300余人次。",
        "据介绍，某通信公司在此次活动中出资30万元。",
    ], load_vocabulary()))
    assert [f.text for f in found] == ["200份", "30万元"]


def test_teams_working_days_thresholds_and_a_rate_s_one_are_not_figures():
    assert figures("来自全区的42支代表队共1100余名运动员参赛。") == [("1100余名", "people", 1100, "over", None)]
    assert figures("企业工会线上申请，最快3个工作日到账。") == []
    assert figures("职工人数在25人以下（含25人）的小微企业工会经费可全额返还。") == []
    assert figures("按每招用1人补贴500元的标准给予稳岗补贴。") == [("500元", "money", 500, "exact", None)]
    # 每人1份 is a per-unit amount, not a rate's denominator
    assert figures("为每人发放1份清凉包。") == [("1份", "items", 1, "exact", "person")]


def test_facilities_built_and_a_count_of_stages_are_not_items():
    assert figures("计划新建户外劳动者服务站18个，目前已建成12个。") == []
    assert figures("今年已建成爱心母婴室15个，发放宣传资料300份。") == [("300份", "items", 300, "exact", None)]
    assert figures("经过理论考试和实际操作两个环节的角逐，评出一等奖2名。") == [("2名", "people", 2, "exact", None)]


def test_people_who_deliver_the_service_are_not_counted():
    text = "16名劳模工匠和志愿者为社区居民提供义诊、义剪等服务，当天共服务群众400余人次。"
    assert figures(text) == [("400余人次", "people", 400, "over", None)]
    assert figures("志愿者为200名职工提供免费体检。") == [("200名", "people", 200, "exact", None)]
    assert figures("赵喻明等90名同志为“湖湘工匠”。") == [("90名", "people", 90, "exact", None)]


def test_figures_in_a_worker_s_own_words_are_not_the_programme_s():
    text = "“住院花了两万多，互助金报了4000多元，减轻了不少负担。”在区人民医院住院的职工冉先生说。"
    assert figures(text) == []
    said = "县总工会负责人说：“今年我们为1200名环卫工人每人发放了200元红包。”"
    assert figures(said) == [("1200名", "people", 1200, "exact", None), ("200元", "money", 200, "exact", "person")]


def test_a_count_before_a_list_of_levels_counts_the_people_the_list_describes():
    assert figures("区总工会组织全区32名省、市级劳动模范赴威海疗休养，看望男、女职工20名。") == [
        ("32名", "people", 32, "exact", None), ("20名", "people", 20, "exact", None),
    ]
    assert figures("为全市500名国家、省、市级劳模发放补贴。") == [("500名", "people", 500, "exact", None)]
    assert figures("走访10个村、社区。") == []  # the list's last item is the head: still places


def test_the_items_of_a_list_of_cases_are_cases_like_its_first():
    assert figures("处理咨询调解案件109件，其中涉及拖欠工资的51件、医疗费3件、工伤11件。") == []


def test_things_a_service_was_done_to_are_not_items_handed_out():
    text = "共为86名环卫工人理发，维修电动车40余辆。该充电站每天为300多辆网约车提供充电服务。为环卫工人送去保暖用品300套。"
    assert figures(text) == [("86名", "people", 86, "exact", None), ("300套", "items", 300, "exact", None)]


def test_a_headline_figure_rounding_a_body_figure_counts_once():
    def with_headline(headline, body):
        found = extract_figures(ArticleContext.from_text([headline], [body], load_vocabulary()))
        return [(f.text, f.value) for f in found]

    body = "辖区内12家快递企业的136名快递员当场填写入会申请书。"
    assert with_headline("百余名“快递小哥”有了“娘家”", body) == [("136名", 136)]
    assert with_headline("三百余名“快递小哥”有了“娘家”", body) == [("136名", 136), ("三百余名", 300)]


def test_people_counted_by_where_they_come_from_are_counted():
    text = "慰问50名企业职工和20名村民，120余名工会干部参加培训，首批120名省部级以上劳动模范疗休养，10人以上企业。"
    assert figures(text) == [
        ("50名", "people", 50, "exact", None), ("20名", "people", 20, "exact", None),
        ("120余名", "people", 120, "over", None), ("120名", "people", 120, "exact", None),
    ]


def test_a_range_with_its_unit_written_twice_is_one_figure_keeping_its_top():
    found = extract_figures(ArticleContext.from_text([], ["资助标准为每人2000元至5000元不等。"], load_vocabulary()))
    assert [(f.text, f.value, f.value_max, f.per_unit) for f in found] == [("2000元至5000元", 2000, 5000, "person")]


def test_generic_counts_of_places_and_teams_are_not_items():
    assert figures("班子成员分成6个小组，计划再开设3个托管点，发放300个爱心包。") == [("300个", "items", 300, "exact", None)]


def test_the_noun_after_a_relative_clause_is_the_one_counted():
    assert figures("36辆贴着“工会送您返岗”标识的“点对点”大巴驶出，发放500份印有工会标识的礼包。") == [
        ("36辆", "items", 36, "exact", None), ("500份", "items", 500, "exact", None),
    ]


def test_people_hired_or_taking_a_role_to_serve_are_providers():
    assert figures("聘请18名在校大学生志愿者担任辅导老师，12名律师担任法律顾问，招收职工子女120名。") == [
        ("120名", "people", 120, "exact", None),
    ]


def test_people_counted_by_a_service_role_are_providers_unless_the_clause_serves_them():
    # 志愿者 / 保育员 / 退休教师 deliver the service (figures.yaml provider_nouns) ...
    text = "街道工会招募保育员6名，20名志愿者参与服务，5名退休教师义务辅导孩子作业。"
    assert figures(text) == []
    # ... unless a recipient word before them in the phrase makes them the ones served
    assert figures("慰问30名志愿者，为20名保育员开展培训。") == [
        ("30名", "people", 30, "exact", None), ("20名", "people", 20, "exact", None),
    ]
    # ... or a recipient word after them (trained, awarded); 工作人员 is no service role
    assert figures("组织200名志愿者参加急救培训，1600余名一线工作人员收到慰问品。") == [
        ("200名", "people", 200, "exact", None), ("1600余名", "people", 1600, "over", None),
    ]


def test_childcare_places_and_classes_counted_with_ge_are_not_items():
    assert figures("新增普惠托位200个，开设两个托管班，提供就业岗位500个。") == [("500个", "items", 500, "exact", None)]


def test_a_full_width_decimal_point_reads_as_a_decimal_point():
    assert figures("发放慰问金１８．６万元。") == [("１８．６万元", "money", 186000, "exact", None)]
    assert figures("发放慰问金18．6万元。") == [("18．6万元", "money", 186000, "exact", None)]


def test_a_count_reached_round_is_approximate_while_several_tens_or_hundreds_state_no_number():
    assert figures("活动吸引上千名职工参与，线上3000人观看。") == [
        ("上千名", "people", 1000, "approx", None), ("3000人", "people", 3000, "exact", None),
    ]
    # 数百名, 几十名, 好几千人, 十几万元: no number stated, and never the magnitude alone (几十名 is not 十名)
    assert [figures(text) for text in ("数百名职工参加。", "几十名职工到场。", "好几千人观看。", "筹款十几万元。")] == [[], [], [], []]


def test_a_head_count_before_an_age_range_is_found():
    assert figures("活动吸引了30名年龄在25至35岁之间的青年职工。") == [("30名", "people", 30, "exact", None)]


def test_a_collective_contract_s_wage_floor_is_not_money_handed_out():
    assert figures("集体合同约定最低工资标准为每月2300元，并为职工发放过节费10万元。") == [
        ("10万元", "money", 100000, "exact", None),
    ]


def test_a_cap_stated_before_its_verb_is_at_most_and_not_summed():
    found = extract_figures(ArticleContext.from_text([], ["符合条件的职工单人最高可获5000元补助，最多可申请3万元贷款。"], load_vocabulary()))
    assert [(f.value, f.qualifier, f.per_unit, f.summable) for f in found] == [(5000, "at_most", "person", False), (30000, "at_most", None, False)]
    assert figures("救助金以5000元封顶。") == [("5000元封顶", "money", 5000, "at_most", None)]
    # a superlative is no cap
    assert figures("最多的一次发放了200份。") == [("200份", "items", 200, "exact", None)]


def test_an_insurance_s_cover_is_no_figure():
    assert figures("参保职工因意外住院最高可获赔5万元，最高可获得10万元赔偿，最高保障20万元。") == []


def test_the_largest_single_payout_is_an_amount_paid_not_a_cap():
    assert figures("其中单笔最高赔付8万元。") == [("8万元", "money", 80000, "exact", None)]
    assert figures("单笔赔付最高达6万元。") == [("高达6万元", "money", 60000, "exact", None)]
    # a may word makes it a cap again
    assert figures("单次最高可报销2000元。") == [("2000元", "money", 2000, "at_most", None)]


def test_collectives_honoured_speakers_visitors_and_a_places_workforce_are_no_programme_figures():
    assert figures("会上表彰了10个先进集体、5个工人先锋号和50名先进个人。") == [("50名", "people", 50, "exact", None)]
    assert figures("座谈会上，5名职工代表作了交流发言，6位劳模先后致辞。") == []
    assert figures("春节期间景区共接待游客3万人次，吸引2万名游客前来观光。") == []
    assert figures("全市共有职工40万人。全县现有职工12万余人。") == []
    # the audience, and a workforce doing something, are counted
    assert figures("300名职工聆听了劳模的发言。") == [("300名", "people", 300, "exact", None)]
    assert figures("全区有1.8万名职工参保。") == [("1.8万名", "people", 18000, "exact", None)]


def test_people_named_by_an_organisation_word_inside_their_noun_are_counted():
    # 基层工会干部: cadres of grassroots unions, not a union (工会 alone would not count)
    assert figures("对全县150名基层工会主席进行业务培训，培训80名新任工会干部，慰问100名困难企业职工。") == [
        ("150名", "people", 150, "exact", None), ("80名", "people", 80, "exact", None), ("100名", "people", 100, "exact", None)]


def test_a_show_s_acts_and_facilities_planned_in_a_list_are_not_items():
    assert figures("晚会上演了12个节目。") == []
    assert figures("今年将建设户外劳动者服务站点、爱心驿站等20个。") == []


def test_people_counted_after_a_noun_written_before_the_number_are_counted():
    assert figures("律师现场解答职工关于劳动合同、工资支付、社会保险等方面的问题60余人次。") == [
        ("60余人次", "people", 60, "over", None)]


def test_a_part_of_the_people_served_shares_its_total_s_verb():
    text = "表彰优秀志愿者100名，其中优秀社工28名。"
    assert figures(text) == [("100名", "people", 100, "exact", None), ("28名", "people", 28, "exact", None)]
    assert figures("共有100名志愿者参与服务，其中党员志愿者28人。") == []


def test_yishang_after_the_unit_includes_the_number_so_is_at_least_while_yu_and_duo_are_over():
    assert figures("活动吸引500人以上参加，发放1000元以上的补贴，另有300余名职工和200多人。") == [
        ("500人以上", "people", 500, "at_least", None),
        ("1000元以上", "money", 1000, "at_least", None),
        ("300余名", "people", 300, "over", None),
        ("200多人", "people", 200, "over", None),
    ]


def test_children_counted_with_ge_are_people_and_class_hours_stalls_households_and_desks_are_not_items():
    text = "托管班招收40个孩子，开设20个课时，设置摊位60个，慰问100个困难家庭，配备50张课桌，书屋新添书架6个。"
    assert figures(text) == [("40个", "people", 40, "exact", None)]


def test_desks_handed_over_are_items():
    assert figures("为山区小学捐赠50套课桌椅和200个书包。") == [("50套", "items", 50, "exact", None), ("200个", "items", 200, "exact", None)]


def test_a_workers_pay_in_a_first_person_quote_or_after_a_verb_of_earning_is_not_a_programme_figure():
    assert figures("“参加技能培训以后，工资涨了，我现在每个月多拿3000元。”说起变化，王师傅满脸笑容。") == []
    assert figures("王师傅说，参加培训后，一个月能多挣2000多块钱。") == []
    # a body speaking in the first person plural keeps its figures
    assert figures("“今年我们投入帮扶资金200万元，惠及职工3000人，工会还将加大力度。”") == [
        ("200万元", "money", 2000000, "exact", None), ("3000人", "people", 3000, "exact", None)]


def test_a_funds_size_after_dadao_or_yida_counts():
    assert figures("全年参保资金总额达到230万元，专项经费已达50万元。") == [
        ("230万元", "money", 2300000, "exact", None), ("50万元", "money", 500000, "exact", None)]
