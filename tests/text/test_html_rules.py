"""The HTML extractor's rules one by one, each on a small Chinese example."""

from __future__ import annotations

from archive.text.html import (
    extract_html, headline_of, is_prose, is_site_name, load_cues, dated_without_year, stamped_without_year, trim_body,
)
from archive.text.html import body_font_px, font_px, parse_html, type_weight

CUES = load_cues()


def page(body: str, head: str = "<title>某某网</title>") -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def test_site_and_channel_parts_come_off_a_title_but_a_dash_inside_the_headline_stays():
    assert [headline_of(t, CUES) for t in (
        "宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网",
        "港特首梁振英就住宅违建事件道歉 - BBC中文网 - 两岸三地",
        "临江日报数字报-援企稳岗 工会在行动",
        "1-10月德清县固定资产投资结构趋稳趋优",
        "棱镜|数据业大整顿：爬虫与现金贷共生共荣",
    )] == ["宇航员在太空中喝酒会怎么样？后果很严重", "港特首梁振英就住宅违建事件道歉", "援企稳岗 工会在行动",
           "1-10月德清县固定资产投资结构趋稳趋优", "棱镜|数据业大整顿：爬虫与现金贷共生共荣"]


def test_a_site_name_is_told_from_a_headline():
    assert [is_site_name(t, CUES) for t in ("临江县总工会", "中国日报网", "工会动态首页", "临江县总工会开展送清凉活动")] == [
        True, True, True, False]


def test_prose_is_a_sentence_not_a_heading_label_or_caption():
    assert [is_prose(t) for t in ("雨天出行注意交通安全。", "一句话，啥事都怪中国", "出国前：政治科目会出啥考题？",
                                  "划重点：", "共享充电宝。视觉中国 资料")] == [True, True, False, False, False]


def test_body_runs_from_the_first_paragraph_to_the_last_keeping_a_lead_in_and_a_byline():
    lines = ["2012年6月24日", "本报记者 林涛", "女士们、先生们：", "很高兴又一次和大家见面。", "下面，我愿意回答大家的提问。",
             "（实习生王芳对此文亦有贡献）", "图片均来自网络"]
    assert trim_body(lines) == ["本报记者 林涛", "女士们、先生们：", "很高兴又一次和大家见面。", "下面，我愿意回答大家的提问。"]


def test_a_visible_date_without_a_year_takes_the_given_year():
    assert dated_without_year(["加拿大必读", "发布时间：10-08", "12:00"], 2019) == "2019-10-08"
    assert dated_without_year(["发布时间：10月8日 12:00"], 2024) == "2024-10-08"
    assert dated_without_year(["发布日期:", "06-24"], 2012) == "2012-06-24"  # label and date in elements of their own


def test_an_unlabelled_timestamp_without_a_year_is_a_date_but_an_update_time_or_a_phone_number_is_not():
    assert stamped_without_year(["首页 > 新闻", "09-18 06:23 来源：某某网"], 2019) == "2019-09-18"
    assert stamped_without_year(["最后更新: 09-07 09:27:48"], 2019) is None
    assert stamped_without_year(["新闻热线 027-66668888", "10-04"], 2020) is None  # no clock time: a bare 10-04 is not read


def test_a_page_whose_date_is_a_timestamp_takes_its_year_from_the_canonical_address():
    html = ("<html><head><title>工会驿站暖心上线_某某网</title><link rel='canonical' href='https://news.example.org/2021/a0308.html'>"
            "</head><body><h1>工会驿站暖心上线服务户外劳动者</h1><div>03-08 09:15</div><div>相关：2020-01-01 http://x.cn/2019-05/03/1.htm</div>"
            "<p>3月7日，石门区首批20家工会驿站同时挂牌，快递小哥和环卫工人可以在驿站歇脚。</p></body></html>")
    assert extract_html(html).published == "2021-03-08"


def test_the_year_for_a_yearless_date_comes_from_a_modified_date_meta_tag():
    html = page("<h1>工会驿站暖心上线服务户外劳动者</h1><div class='info'>发布时间：03-08</div>"
                "<p>3月7日，石门区首批20家工会驿站同时挂牌，快递小哥和环卫工人可以在驿站歇脚。</p>",
                "<title>工会驿站暖心上线服务户外劳动者</title><meta itemprop='dateModified' content='2024-03-09 10:00'>")
    assert extract_html(html).published == "2024-03-08"


def test_prose_in_br_separated_text_inside_a_td_is_the_body():
    html = page("<table><tr><td><a href='/'>首页</a> <a href='/a'>要闻</a></td></tr>"
                "<tr><td>南岸市举办职工技能大赛</td></tr><tr><td>3月14日，南岸市职工技能大赛开幕，420名选手参赛。<br>"
                "大赛设电工、焊工等8个工种，第一名将获推荐申报劳动奖章。<br></td></tr></table>")
    extracted = extract_html(html)
    assert (extracted.title, extracted.lines) == ("南岸市举办职工技能大赛", [
        "3月14日，南岸市职工技能大赛开幕，420名选手参赛。", "大赛设电工、焊工等8个工种，第一名将获推荐申报劳动奖章。"])


def test_a_summary_box_disclaimer_promotion_and_in_body_link_line_stay_out_of_the_body():
    html = page("<h1>新就业形态劳动者入会突破十万人</h1><div><p>划重点：</p><ul><li>入会人数一年内增长近四成，覆盖所有街道。</li></ul>"
                "<p>声明：本文转载自滨海发布，如有侵权请联系删除。</p>"
                "<p>记者从市总工会获悉，截至10月底，全市新就业形态劳动者入会人数突破10万人。</p>"
                "<p>相关阅读：<a href='/1'>全市首个骑手工会联合会成立</a></p>"
                "<p>入会后，劳动者可享受法律援助、意外保险等服务。</p><p>长按识别二维码，关注我们，获取更多资讯。</p></div>",
                "<title>新就业形态劳动者入会突破十万人_滨海新闻网</title>")
    assert extract_html(html).lines == ["记者从市总工会获悉，截至10月底，全市新就业形态劳动者入会人数突破10万人。",
                                        "入会后，劳动者可享受法律援助、意外保险等服务。"]


def test_comments_after_the_article_are_cut_even_without_a_comment_class():
    html = page("<h1>东川区总工会举办职工联谊会</h1><div><p>近日，东川区总工会在湖畔公园举办单身青年职工联谊会，80名职工参加。</p>"
                "<p>网友评论</p><p>这个活动太好了，希望以后多举办，让更多年轻人认识朋友。</p></div>")
    assert extract_html(html).lines == ["近日，东川区总工会在湖畔公园举办单身青年职工联谊会，80名职工参加。"]


def test_an_article_hidden_until_a_script_shows_it_is_still_the_body_but_a_hidden_duplicate_is_not():
    html = page("<div style='display:none'><h1>工会驿站暖心上线</h1><p>分享卡片里的导语，不属于正文。</p></div>"
                "<h2 id='activity-name'>工会驿站暖心上线</h2><div id='js_content' style='visibility: hidden;'>"
                "<p>3月7日，石门区首批20家工会驿站同时挂牌，快递小哥、外卖骑手可以在驿站喝水、充电、歇脚。</p>"
                "<p>下一步，区总工会将在年内把驿站增加到50家，实现街道全覆盖。</p></div>",
                "<title>工会驿站暖心上线</title>")
    extracted = extract_html(html)
    assert (extracted.title, extracted.lines) == ("工会驿站暖心上线", [
        "3月7日，石门区首批20家工会驿站同时挂牌，快递小哥、外卖骑手可以在驿站喝水、充电、歇脚。",
        "下一步，区总工会将在年内把驿站增加到50家，实现街道全覆盖。"])


def test_only_a_line_set_as_a_subtitle_or_kicker_becomes_one():
    body = ("<div>{above}</div><h1>东川区总工会举办职工联谊会</h1><div>{below}</div>"
            "<p>近日，东川区总工会在湖畔公园举办单身青年职工联谊会，80名职工参加。</p>")
    head = "<title>东川区总工会举办职工联谊会</title>"
    neighbours = [(extract_html(page(body.format(above=above, below=below), head)).kicker,
                   extract_html(page(body.format(above=above, below=below), head)).subtitle) for above, below in (
        ("环球微信公众号", "中国人民大学重阳金融研究院执行院长"),
        ("心动不如行动 青春相约湖畔", "——东川区总工会服务青年职工纪实"),
        ("", "原标题：快讯！东川区总工会举办联谊会"),
    )]
    assert neighbours == [(None, None), ("心动不如行动 青春相约湖畔", "东川区总工会服务青年职工纪实"), (None, None)]


def test_a_paragraph_citing_an_agency_stays_in_the_article_instead_of_opening_a_new_one():
    from archive.io.sources import source_from_bytes
    from archive.text import articles_from_source

    html = page("<h1>全国总工会部署今冬明春送温暖活动</h1><div><p>据新华社北京12月5日电，全国总工会近日印发通知，部署开展送温暖活动。</p>"
                "<p>另据新华社北京12月6日电，各地工会已筹措帮扶资金，确保困难职工温暖过冬。</p></div>",
                "<title>全国总工会部署今冬明春送温暖活动</title>")
    articles = articles_from_source(source_from_bytes(html.encode(), "page.html"))
    assert [(a.title, [p[:5] for p in a.paragraphs]) for a in articles] == [
        ("全国总工会部署今冬明春送温暖活动", ["据新华社北", "另据新华社"])]


def test_related_stories_with_summaries_under_the_article_are_not_its_body():
    article = "".join(f"<p>第{n}段，市总工会走访慰问困难职工家庭，送去慰问金和生活物资，帮助他们温暖过冬。</p>" for n in range(1, 4))
    related = "".join(f"<li><a href='/{n}'>某区总工会开展第{n}场职工活动</a><p>这是另一条新闻的摘要，介绍了某区总工会开展的活动，内容丰富。</p></li>"
                      for n in range(8))
    html = page(f"<h1>市总工会送温暖</h1><div>{article}</div><div><h3>区县动态</h3><ul>{related}</ul></div>",
                "<title>市总工会送温暖_某某网</title>")
    assert [line[:3] for line in extract_html(html).lines] == ["第1段", "第2段", "第3段"]


def test_a_headline_set_by_type_alone_is_read_as_one_when_the_title_names_only_the_site():
    html = ("<html><head><title>某某新闻网</title></head><body><div>首页 | 新闻</div>"
            "<div style='font-size:24px;font-weight:bold;text-align:center'>石门区首批工会驿站挂牌服务户外劳动者</div>"
            "<div style='font-size:14px'>作者：张三</div>"
            "<p>3月7日，石门区首批20家工会驿站同时挂牌，快递小哥和环卫工人可以在驿站歇脚。</p>"
            "<p>驿站提供饮水、充电和休息等服务，方便户外劳动者。</p></body></html>")
    assert extract_html(html).title == "石门区首批工会驿站挂牌服务户外劳动者"


def test_type_weight_reads_font_sizes_in_any_unit_and_bold():
    tags = parse_html("<div style='font-size:1.5em'>a</div><span style='font-size: 18pt; font-weight:700'>b</span>"
                      "<font size='5'>c</font><p style='font-size:14px'>d</p><b>e</b>").find_all(["div", "span", "font", "p", "b"])
    assert [type_weight(tag) for tag in tags] == [2.0, 2.5, 2.0, 0.0, 0.5]


def test_a_page_set_flat_in_body_gives_its_whole_run_of_paragraphs_and_stops_at_the_link_list():
    links = "".join(f"<div><a href='/n{n}'>其他新闻标题第{n}条关于工会的报道</a></div>" for n in range(6))
    html = ("<html><head><title>某某新闻网</title></head><body>" + links
            + "<h1>石门区首批工会驿站挂牌服务户外劳动者</h1>"
            + "<div>3月7日，石门区首批20家工会驿站同时挂牌，快递小哥和环卫工人可以在驿站歇脚。驿站由区总工会统一配置。</div>"
            + "<div>驿站现场</div>"
            + "<div>驿站提供饮水、充电和休息等服务，方便户外劳动者。全区今年将再建30家，覆盖所有街道和主要商圈，每家驿站配有冰箱、微波炉和急救箱，由周边社区和企业工会轮流值守管理。</div>"
            + links + "</body></html>")
    page = extract_html(html)
    assert page.title == "石门区首批工会驿站挂牌服务户外劳动者"
    assert page.lines[0].startswith("3月7日") and page.lines[-1].startswith("驿站提供饮水") and len(page.lines) == 3


def test_a_flat_page_gives_its_fullest_run_of_paragraphs_not_a_long_notice_in_its_footer():
    notice = "如欲取得最佳浏览效果，请使用最新的浏览器。虽然你可以使用目前的浏览器浏览网站，但是你不能获得最佳视觉享受，请考虑升级你的浏览器软件或者开启样式表功能，以便正常浏览本站的全部内容和服务。"
    paragraphs = ["3月7日，石门区首批20家工会驿站同时挂牌，快递小哥和环卫工人可以在驿站歇脚。",
                  "驿站提供饮水、充电和休息等服务，方便户外劳动者。", "全区今年将再建30家驿站，覆盖所有街道。",
                  "区总工会负责人表示，驿站将由周边社区和企业工会轮流值守，做到有人管、有人用、用得好。"]
    links = "".join(f"<li><a href='/n{n}'>其他新闻标题第{n}条</a></li>" for n in range(6))
    html = ("<html><head><title>某某新闻网</title></head><body><h1>石门区首批工会驿站挂牌</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + links + f"<p><strong>{notice}</strong></p></body></html>")
    assert extract_html(html).lines == paragraphs


def test_a_short_sentence_boxed_with_its_picture_is_a_caption_even_without_a_caption_class():
    html = page("<h1>港区工会慰问一线职工</h1><div><div><img src='a.jpg'><p>工会干部为职工送上清凉物资。</p></div>"
                "<p>7月5日，港区总工会走访12家企业，慰问高温下坚守岗位的职工300余人。</p>"
                "<p>活动共发放防暑降温物资500份。</p></div>")
    assert extract_html(html).lines == ["7月5日，港区总工会走访12家企业，慰问高温下坚守岗位的职工300余人。", "活动共发放防暑降温物资500份。"]


def test_a_caption_closed_by_its_photo_credit_is_cut_off_the_paragraph_it_runs_into():
    html = page("<h1>港区工会慰问一线职工</h1><div><img src='a.jpg'><b>图为慰问现场（李明摄）</b>"
                "<span>7月5日，港区总工会走访12家企业，慰问高温下坚守岗位的职工300余人。</span>"
                "<p>活动共发放防暑降温物资500份。</p></div>")
    assert extract_html(html).lines[0] == "7月5日，港区总工会走访12家企业，慰问高温下坚守岗位的职工300余人。"


def test_a_comment_thread_longer_than_the_article_is_not_its_body():
    comment = ("<div><div><a href='/u'>网友甲</a></div><div>说得好，工会就该多为一线职工办实事，希望这样的活动常态化，"
               "让更多人受益。</div><div><a href='#'>回复</a></div><div><a href='#'>举报</a></div><div><a href='#'>分享</a></div></div>")
    menu = "".join(f"<li><a href='/c{n}'>栏目名称</a></li>" for n in range(20))
    html = page("<ul>" + menu + "</ul><h1>港区工会慰问一线职工</h1><div><p>7月5日，港区总工会走访12家企业，慰问高温下坚守岗位的职工300余人，"
                "为他们送去清凉物资和慰问金，并现场听取职工对工会工作的意见建议。</p><p>活动共发放防暑降温物资500份。</p></div>"
                "<div>" + comment * 8 + "</div>")
    assert extract_html(html).lines[0].startswith("7月5日")


def test_an_update_time_without_a_year_dates_the_page_before_a_related_story_does():
    html = ("<html><head><title>港区工会慰问一线职工</title><link rel='canonical' href='https://news.example.org/2012/a1210.html'>"
            "</head><body><h1>港区工会慰问一线职工</h1><div>更新时间</div><div>12-10, 北京时间10:41</div>"
            "<p>7月5日，港区总工会走访12家企业，慰问高温下坚守岗位的职工300余人。</p>"
            "<ul><li><a href='/x'>港区工会举办技能比赛</a></li></ul><p>2012年12月6日</p></body></html>")
    assert extract_html(html).published == "2012-12-10"


def test_a_box_of_related_stories_set_inside_the_article_is_skipped_and_the_article_goes_on_after_it():
    paragraphs = [f"<p>第{n}段，市总工会走访慰问困难职工家庭，送去慰问金和生活物资，帮助他们温暖过冬。</p>" for n in range(1, 5)]
    box = ("<div style='float:right;width:40%'><strong>相关阅读</strong><ul><li><a href='/1'>区总工会为500名环卫工人免费体检</a></li>"
           "<li><a href='/2'>新就业形态劳动者入会集中行动启动</a></li></ul></div>")
    inline = page(f"<h1>市总工会送温暖</h1><article>{''.join(paragraphs[:2])}{box}{''.join(paragraphs[2:])}</article>")
    assert [line[:3] for line in extract_html(inline).lines] == ["第1段", "第2段", "第3段", "第4段"]
    # the same label on a line of its own, its links under it: other stories follow, the article has ended
    tail = page(f"<h1>市总工会送温暖</h1><div>{''.join(paragraphs[:2])}<p>相关阅读</p>"
                "<p><a href='/1'>区总工会为500名环卫工人免费体检</a></p><p>第3段，另一条新闻的摘要写在这里，内容丰富多彩。</p></div>")
    assert [line[:3] for line in extract_html(tail).lines] == ["第1段", "第2段"]


def test_a_line_under_a_picture_opening_with_a_mark_pointing_at_it_is_its_caption_but_not_elsewhere():
    html = page("<h1>港区工会慰问一线职工</h1><div><p>7月5日，港区总工会走访12家企业，慰问高温下坚守岗位的职工300余人。</p>"
                "<p><img src='loading.gif' data-src='a.jpg'></p><p>▲ 职工在活动现场领取慰问品。</p>"
                "<p>▲ 活动共发放防暑降温物资500份，覆盖全区企业。</p></div>")
    assert extract_html(html).lines == ["7月5日，港区总工会走访12家企业，慰问高温下坚守岗位的职工300余人。",
                                        "▲ 活动共发放防暑降温物资500份，覆盖全区企业。"]


def test_a_badge_set_inside_the_headline_element_is_not_part_of_the_headline():
    head = "<title>港区工会慰问一线职工_某某网</title>"
    body = "<div><p>7月5日，港区总工会走访12家企业，慰问高温下坚守岗位的职工300余人。</p></div>"
    titles = [extract_html(page(heading + body, head)).title for heading in (
        "<h1><span class='tag'>独家</span>港区工会慰问一线职工</h1>",
        "<h1>【视频】港区工会慰问一线职工</h1>",
        "<h1>港区工会慰问一线职工<em>热</em></h1>",
        "<h1><img src='v.png' alt='视频'>原创 港区工会慰问一线职工</h1>",
    )]
    assert titles == ["港区工会慰问一线职工"] * 4
    # a headline that opens with a badge word, not set apart from it, keeps it
    assert extract_html(page("<h1>视频会议部署送温暖工作</h1>" + body, "<title>视频会议部署送温暖工作</title>")).title == "视频会议部署送温暖工作"


def test_type_marks_a_headline_only_when_larger_than_the_body_text_and_a_line_of_its_own():
    run = "<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{}</span>"
    paragraphs = ("岁末年初寒意浓，暖心慰问送温暖。", "12月28日，梅林镇总工会走访困难职工家庭，送去慰问金和米、油等生活物资，共计42户。",
                  "在困难职工李建华家中，镇总工会工作人员详细了解他的身体状况和家庭收入情况，叮嘱他保重身体。",
                  "此次慰问共发放慰问金8.4万元，慰问物资折合1.2万元，覆盖全镇所有困难职工家庭。")
    body = "".join(f"<p class='MsoNormal'>{run.format(paragraphs[0])}{run.format(paragraphs[1])}</p>" if n == 0 else
                   f"<p class='MsoNormal'>{run.format(text)}</p>" for n, text in enumerate(paragraphs[1:]))
    headline = "<div style='font-size:22pt;font-weight:bold;text-align:center'>梅林镇总工会为困难职工送去新年“暖心包”</div>"
    extracted = extract_html(page(headline + "<div>时间：2023年12月29日</div>" + body, "<title>详情页</title>"))
    assert extracted.title == "梅林镇总工会为困难职工送去新年“暖心包”"
    assert extracted.lines[0].startswith("岁末年初寒意浓，暖心慰问送温暖。12月28日")
    elements = parse_html("<p style='font-size:16pt'>" + "职工" * 60 + "</p><div style='font-size:16pt'>标题</div>"
                          "<div style='font-size:22pt'>标题</div>").find_all(True)
    body_px = body_font_px(elements, [font_px(tag) for tag in elements])
    assert body_px == 16 * 4 / 3 and [type_weight(tag, body_px) for tag in elements if tag.name == "div"] == [0.0, 2.0]
    # over a body set at 18 px, a 22 px line is still set larger (a mobile page), an 18 px one is body text
    mobile = parse_html("<div style='font-size:22px'>标题</div><div style='font-size:18px'>标题</div>").find_all("div")
    assert [type_weight(tag, 18.0) for tag in mobile] == [2.0, 0.0]


def test_a_heading_that_links_to_the_front_page_is_the_sites_name_not_the_headline():
    html = page("<div><h1><a href='/'><img src='logo.png' alt='梅林镇职工之家'>梅林镇职工之家</a></h1></div>"
                "<h2>梅林镇总工会为困难职工送去新年暖心包</h2><div>时间：2023年12月29日</div>"
                "<div><p>12月28日，梅林镇总工会走访困难职工家庭，送去慰问金和米、油等生活物资。</p>"
                "<p>此次慰问共发放慰问金8.4万元。</p></div>", "<title>梅林镇职工之家</title>")
    assert extract_html(html).title == "梅林镇总工会为困难职工送去新年暖心包"


def test_of_a_headline_set_over_lines_the_main_line_is_the_headline_not_the_subtitle_under_it():
    body = "<div><p>7月5日，港区总工会走访12家企业，慰问高温下坚守岗位的职工300余人。</p></div>"
    for heading in ("<h1>港区工会慰问一线职工<br><small>各级工会把关爱送到职工身边</small></h1>",
                    "<h1>港区工会慰问一线职工<br><span>——各级工会把关爱送到职工身边</span></h1>"):
        assert extract_html(page(heading + body, "<title>港区工会慰问一线职工_某某网</title>")).title == "港区工会慰问一线职工"
    # a headline broken over two lines is one headline
    two = extract_html(page("<h1>港区工会慰问<br>一线职工三百余人</h1>" + body, "<title>某某网</title>"))
    assert two.title == "港区工会慰问 一线职工三百余人"


PARAGRAPHS = [f"<p>第{n}段，市总工会走访慰问困难职工家庭，送去慰问金和生活物资，帮助他们温暖过冬。</p>" for n in range(1, 7)]


def first_words(html: str) -> list[str]:
    return [line[:3] for line in extract_html(html).lines]


def test_the_fallback_text_of_a_video_or_audio_player_and_a_loading_notice_are_not_the_article():
    video = ("<div><video controls poster='p.jpg'><source src='a.mp4'>您的浏览器不支持HTML5视频播放，请升级浏览器。</video></div>"
             "<audio controls><source src='a.mp3'>您的浏览器不支持音频播放</audio>")
    assert first_words(page(f"<h1>市总工会送温暖</h1><div>{video}{''.join(PARAGRAPHS[:3])}</div>")) == ["第1段", "第2段", "第3段"]
    notice = "<div id='player'></div><div style='color:#999'>视频加载中，请稍候...</div>"
    assert first_words(page(f"<h1>市总工会送温暖</h1><div>{notice}{''.join(PARAGRAPHS[:3])}</div>")) == ["第1段", "第2段", "第3段"]


def test_an_editors_note_boxed_apart_is_not_the_article_but_one_set_as_its_first_paragraph_is():
    note = "编者按：岁末年初，各级工会组织广泛开展送温暖活动，本报今起推出系列报道，敬请关注。"
    body = "".join(PARAGRAPHS[:3])
    for box in (f"<div style='border:1px solid #ccc'><p><strong>编者按：</strong>{note[4:]}</p></div>",
                f"<blockquote><p>{note}</p></blockquote>",
                f"<div class='editor-note'><p>编者按</p><p>{note[4:]}</p></div>",
                f"<p><strong>【编者按】</strong>{note[4:]}</p><hr>"):
        assert first_words(page(f"<h1>市总工会送温暖</h1><div class='content'>{box}{body}</div>")) == ["第1段", "第2段", "第3段"], box
    # 17_chinanews: the note is a <p> like the paragraphs under it, the article's opening
    inline = page(f"<h1>市总工会送温暖</h1><div class='content'><p>{note}</p>{body}</div>")
    assert first_words(inline) == ["编者按", "第1段", "第2段", "第3段"]


def test_a_few_related_links_among_the_paragraphs_do_not_end_the_article_that_goes_on_under_them():
    related = "<p><strong>相关链接：</strong></p><p><a href='/1'>区总工会为500名环卫工人免费体检</a></p><p><a href='/2'>新就业形态劳动者入会集中行动启动</a></p>"
    html = page(f"<h1>市总工会送温暖</h1><div>{''.join(PARAGRAPHS[:3])}{related}{''.join(PARAGRAPHS[3:])}</div>")
    assert first_words(html) == ["第1段", "第2段", "第3段", "第4段", "第5段", "第6段"]
    # an open-the-app prompt between paragraphs set flat in <body>: the run of paragraphs goes on under it
    prompt = "<div><a href='https://app.example.org'>打开APP阅读全文</a></div>"
    flat = page(f"<h1>市总工会送温暖</h1>{''.join(PARAGRAPHS[:3])}{prompt}{''.join(PARAGRAPHS[3:])}<div><a href='/x'>首页</a></div>")
    assert first_words(flat) == ["第1段", "第2段", "第3段", "第4段", "第5段", "第6段"]


def test_an_article_set_in_boxes_of_one_kind_with_an_advertisement_between_is_one_body():
    ad = "<div style='width:640px'><a href='https://ad.example.com'><img src='banner.jpg'></a><span>广告</span></div>"
    html = page(f"<h1>市总工会送温暖</h1><div class='main'><div class='txt'>{''.join(PARAGRAPHS[:3])}</div>{ad}"
                f"<div class='txt'>{''.join(PARAGRAPHS[3:5])}</div></div><div class='txt'><a href='/1'>更多</a></div>")
    assert first_words(html) == ["第1段", "第2段", "第3段", "第4段", "第5段"]


def test_a_publication_date_only_in_a_portals_meta_tag_dates_the_page():
    body = f"<h1>市总工会送温暖</h1><div>{''.join(PARAGRAPHS[:3])}</div>"
    for meta in ("<meta name='apub:time' content='2023/07/05 10:21:00'>",
                 "<meta property='bytedance:published_time' content='2023-07-05T10:21:00+08:00'>",
                 "<meta name='PubDate' content='2023-07-05 10:21'>"):
        assert extract_html(page(body, f"<title>某某网</title>{meta}")).published == "2023-07-05", meta


def test_a_centred_sentence_under_a_centred_picture_is_its_caption_where_the_paragraphs_are_not_centred():
    picture = "<p style='text-align: center;'><img src='a.jpg'></p><p style='text-align: center;'>活动现场，职工们排队领取清凉物资。</p>"
    html = page(f"<h1>市总工会送温暖</h1><div>{''.join(PARAGRAPHS[:2])}{picture}{''.join(PARAGRAPHS[2:4])}</div>")
    assert first_words(html) == ["第1段", "第2段", "第3段", "第4段"]
    # a page that centres every paragraph (a poem, a notice) keeps its centred lines
    centred = "".join(p.replace("<p>", "<p style='text-align:center'>") for p in PARAGRAPHS[:3])
    poem = page(f"<h1>市总工会送温暖</h1><div>{centred}<p style='text-align:center'><img src='a.jpg'></p>"
                "<p style='text-align:center'>活动现场，职工们排队领取清凉物资。</p></div>")
    assert first_words(poem) == ["第1段", "第2段", "第3段", "活动现"]


def test_a_slogan_heading_across_the_top_is_not_the_headline_set_nearer_the_article():
    html = page(f"<div><h1>奋进新征程 建功新时代</h1></div><div><a href='/'>首页</a></div><h2>市总工会走访慰问困难职工家庭</h2>"
                f"<div>{''.join(PARAGRAPHS[:3])}</div>")
    assert extract_html(html).title == "市总工会走访慰问困难职工家庭"


def test_a_date_printed_in_chinese_numerals_dates_the_page():
    from archive.text.dates import first_date

    assert first_date("发布时间：二〇二三年七月五日") == "2023-07-05" and first_date("二零二三年十二月二十五日") == "2023-12-25"
    assert first_date("一九九九年二月三十日") is None and first_date("十一月五日") is None  # no such day; no year
    html = page(f"<h1>市总工会送温暖</h1><div class='info'>发布时间：二〇二三年七月五日 来源：市总工会</div><div>{''.join(PARAGRAPHS[:3])}</div>")
    assert extract_html(html).published == "2023-07-05"


def test_the_next_story_loaded_under_the_article_is_not_part_of_it_but_a_sub_head_among_its_paragraphs_is():
    first, second = "".join(PARAGRAPHS[:3]), "".join(PARAGRAPHS[3:])
    html = page(f"<h1>市总工会送温暖</h1><div class='c'>{first}</div><h2>区总工会为500名环卫工人免费体检</h2><div class='c'>{second}</div>")
    assert first_words(html) == ["第1段", "第2段", "第3段"]
    # a page set flat: the text of the article parted by <br>s, the next story's paragraphs under its headline
    flat = page(f"<h1>市总工会送温暖</h1><div class='c'>{'<br>'.join(p[3:-4] for p in PARAGRAPHS[:3])}</div>"
                f"<h2>区总工会为500名环卫工人免费体检</h2><div>{second}</div>")
    assert first_words(flat) == ["第1段", "第2段", "第3段"]
    sub_head = page(f"<h1>市总工会送温暖</h1><div class='c'>{first}<h2>区总工会为环卫工人免费体检</h2>{second}</div>")
    assert first_words(sub_head) == ["第1段", "第2段", "第3段", "区总工", "第4段", "第5段", "第6段"]


def test_a_page_that_prints_no_date_is_dated_by_its_own_address():
    body = f"<h1>市总工会送温暖</h1><div>{''.join(PARAGRAPHS[:3])}</div>"
    for head in ("<link rel='canonical' href='https://www.example.gov.cn/art/2023/7/5/art_1229_5678.html'>",
                 "<meta property='og:url' content='https://news.example.org/2023-07/05/c_1129732.htm'>"):
        assert extract_html(page(body, f"<title>某某网</title>{head}")).published == "2023-07-05", head


def test_a_page_in_traditional_script_has_its_furniture_read_as_the_simplified_is():
    paragraphs = [f"<p>第{n}段，市總工會走訪慰問困難職工家庭，送去慰問金和生活物資，幫助他們溫暖過冬。</p>" for n in range(1, 7)]
    note = "<div style='border:1px solid #ccc'><p><strong>編者按：</strong>歲末年初，各級工會組織廣泛開展送溫暖活動，敬請關注。</p></div>"
    related = "<p><strong>相關閱讀：</strong></p><p><a href='/1'>區總工會為500名環衛工人免費體檢</a></p><p><a href='/2'>新就業形態勞動者入會集中行動啟動</a></p>"
    html = page(f"<h1>市總工會送溫暖</h1><div>{note}{''.join(paragraphs[:3])}{related}{''.join(paragraphs[3:])}"
                "<p>責任編輯：王曉</p><p>第7段，這一段在責任編輯之後，不是文章。</p></div>")
    assert first_words(html) == ["第1段", "第2段", "第3段", "第4段", "第5段", "第6段"]
    assert "相關閱讀" in CUES.tail_markers.pattern and "相关阅读" in CUES.tail_markers.pattern


def test_a_forums_type_tag_before_the_subject_is_not_part_of_the_headline():
    # Discuz! sets the thread's type as a link before its subject, and again in <title>
    for tag in ("[转帖]", "【转载】", "[原创]", "（转）", "[轉帖]"):
        html = page(f"<h1><a href='forum.php?typeid=3'>{tag}</a> <span id='thread_subject'>市总工会公布2025年为职工办的十件实事</span></h1>"
                    f"<div>{''.join(PARAGRAPHS[:3])}</div>", f"<title>{tag} 市总工会公布2025年为职工办的十件实事 - 工会论坛 - Powered by Discuz!</title>")
        assert extract_html(html).title == "市总工会公布2025年为职工办的十件实事", tag


def test_an_epaper_heads_table_gives_the_kicker_and_subtitle_by_label_or_by_row():
    title, kicker, subtitle = "市总工会推出一线职工积分奖励办法", "高温下的坚守", "一线职工参与技术革新可积分兑换奖励"
    info = "<table><tr><td>版次：第03版</td><td>版名：工会新闻</td></tr><tr><td>作者：本报记者 张晓</td><td>日期：2023年07月05日</td></tr></table>"
    tables = {
        "label cells": f"<tr><td>引题</td><td>{kicker}</td></tr><tr><td>主题</td><td style='font-size:24px'>{title}</td></tr>"
                       f"<tr><td>副题</td><td>{subtitle}</td></tr>",
        "label inline": f"<tr><td>引题：{kicker}</td></tr><tr><td style='font-size:24px'>主题：{title}</td></tr><tr><td>副题：{subtitle}</td></tr>",
        "traditional labels": f"<tr><td>引題：{kicker}</td></tr><tr><td style='font-size:24px'>主題：{title}</td></tr><tr><td>副題：{subtitle}</td></tr>",
        "rows by type": f"<tr><td style='font-size:14px'>{kicker}</td></tr><tr><td style='font-size:24px;font-weight:bold'>{title}</td></tr>"
                        f"<tr><td style='font-size:16px'>{subtitle}</td></tr>",
    }
    for name, rows in tables.items():
        got = extract_html(page(f"<table>{rows}</table>{info}<div>{''.join(PARAGRAPHS[:3])}</div>", f"<title>{title}</title>"))
        assert (got.kicker, got.title, got.subtitle) == (kicker, title, subtitle), name
        assert [line[:3] for line in got.lines] == ["第1段", "第2段", "第3段"], name
    # labelled rows in plain type under a <title> naming only the paper: the 主题 row is the headline, not the 版次 line
    plain = f"<tr><td>引题</td><td>{kicker}</td></tr><tr><td>主题</td><td>{title}</td></tr><tr><td>副题</td><td>{subtitle}</td></tr>"
    got = extract_html(page(f"<table>{plain}</table>{info}<div>{''.join(PARAGRAPHS[:3])}</div>", "<title>某某日报数字报</title>"))
    assert (got.kicker, got.title, got.subtitle) == (kicker, title, subtitle)
    # a layout table holding the article's sentences is no heads table: the line above its headline is not a kicker
    layout = page(f"<table><tr><td>工会动态</td></tr><tr><td style='font-size:24px'>{title}</td></tr>"
                  f"<tr><td>{''.join(PARAGRAPHS[:3])}</td></tr></table>", f"<title>{title}</title>")
    assert extract_html(layout).kicker is None


def test_an_article_cut_in_parts_of_other_wrappers_by_ads_and_a_list_of_other_stories_is_one_body():
    ad = "<div style='margin:12px 0'><iframe src='https://ad.example.com/slot'></iframe></div>"
    guess = ("<div><div>猜你喜欢</div><ul><li><a href='/1'>区总工会为500名环卫工人免费体检</a></li>"
             "<li><a href='/2'>新就业形态劳动者入会集中行动启动</a></li><li><a href='/3'>市总工会举办职工技能大赛 300余名选手同台竞技</a></li></ul></div>")
    html = page(f"<h1>市总工会送温暖</h1><div class='main'><div class='txt'>{''.join(PARAGRAPHS[:2])}</div>{ad}"
                f"<section>{''.join(PARAGRAPHS[2:4])}</section>{guess}{''.join(PARAGRAPHS[4:])}</div>"
                "<div class='foot'>版权所有 某某网</div>")
    assert first_words(html) == ["第1段", "第2段", "第3段", "第4段", "第5段", "第6段"]
    # the related list at the article's end still ends it
    tail = page(f"<h1>市总工会送温暖</h1><div class='main'><div class='txt'>{''.join(PARAGRAPHS[:3])}</div>{guess}</div>")
    assert first_words(tail) == ["第1段", "第2段", "第3段"]


def test_notes_and_references_under_the_article_are_not_the_article():
    notes = {
        "注释：": "<p>注释：</p><p>[1]《中国工会章程》，中国工人出版社2023年版，第5页。</p><p>[2]参见某省总工会课题组：《职工队伍状况调查报告》，2022年。</p>",
        "参考文献": "<p><strong>参考文献</strong></p><p>①张晓：《新时代产业工人队伍建设研究》，《工会理论研究》2021年第3期。</p>",
        "注：": "<p>注：文中数据来源于某某市统计局和市总工会职工服务中心。</p>",
        "註釋：": "<p>註釋：</p><p>[1]《中國工會章程》，中國工人出版社2023年版，第5頁。</p>",
    }
    for label, tail in notes.items():
        html = page(f"<h1>市总工会送温暖</h1><div class='c'>{''.join(PARAGRAPHS[:3])}{tail}<p>责任编辑：王晓</p></div>")
        assert first_words(html) == ["第1段", "第2段", "第3段"], label


def test_notes_closing_the_article_unlabelled_go_when_the_text_cites_their_marks_but_a_numbered_list_stays():
    cited = "<p>第1段，坚持以职工为中心推进产业工人队伍建设改革。<sup>[1]</sup></p>"
    notes = "<p>[1]《中国工会章程》，中国工人出版社2023年版，第5页。</p><p>[2]参见某省总工会课题组：《职工队伍状况调查报告》，2022年。</p>"
    html = page(f"<h1>市总工会送温暖</h1><div class='c'>{cited}{''.join(PARAGRAPHS[1:3])}{notes}</div>")
    assert first_words(html) == ["第1段", "第2段", "第3段"]
    listed = "<p>①加强职工技能培训，每年培训一线职工1000人次。</p><p>②完善困难职工帮扶机制，做到应帮尽帮。</p>"
    html = page(f"<h1>市总工会送温暖</h1><div class='c'>{''.join(PARAGRAPHS[:3])}{listed}</div>")
    assert first_words(html) == ["第1段", "第2段", "第3段", "①加强", "②完善"]


def test_an_article_part_nested_in_a_wrapper_of_its_own_joins_the_parts_beside_the_wrapper():
    links = "".join(f"<li><a href='/{n}'>{headline}</a></li>" for n, headline in enumerate((
        "区总工会为500名环卫工人免费体检", "新就业形态劳动者入会集中行动启动", "市总工会举办职工技能大赛 300余名选手同台竞技",
        "夏送清凉：工会把关爱送到高温作业一线", "职工书屋建设再上新台阶，全市已建成职工书屋1200家")))
    ad = f"<div><div>猜你喜欢</div><ul>{links}</ul></div>"
    html = page(f"<h1>市总工会送温暖</h1><div class='main'><div class='w'><div class='txt'>{''.join(PARAGRAPHS[:3])}</div></div>{ad}"
                f"<section>{''.join(PARAGRAPHS[3:])}</section></div>")
    assert first_words(html) == ["第1段", "第2段", "第3段", "第4段", "第5段", "第6段"]


def test_replies_under_a_forum_post_are_not_the_article():
    replies = "".join(f"<tr><td>网友{n}</td><td><div>{n}# 发表于 2025-1-8 10:1{n}</div><div>工会为职工办实事，点赞！希望每一件都能落到实处。</div></td></tr>"
                      for n in (2, 3))
    html = page(f"<h1>市总工会送温暖</h1><table><tr><td>楼主</td><td><div>发表于 2025-1-5 09:30</div><div>{''.join(PARAGRAPHS[:3])}</div></td></tr>"
                f"{replies}</table>")
    assert first_words(html) == ["第1段", "第2段", "第3段"]


def test_an_app_pages_date_comes_from_its_state_script_the_one_whose_month_and_day_the_page_prints():
    # 1715481000000 ms = 2024-05-12 10:30 in China; the state also lists another story (2024-03-01)
    state = ('<script>window.__NUXT__=(function(a){return {data:[{list:[{id:1,publishTime:1709254800000},'
             '{id:2,publishTime:1715481000000}]}]}}(null));</script>')
    body = "<h1>市总工会为环卫工人送清凉</h1><div>05-12 10:30</div><div class='c'><p>" + "日前，市总工会走访慰问环卫工人，送上清凉物资。" * 3 + "</p></div>"
    assert extract_html(page(body + state)).published == "2024-05-12"
    string_state = '<script>window.__INITIAL_STATE__={"article":{"publishTimeStr":"2024-05-12 10:30:00"}};</script>'
    assert extract_html(page(body + string_state)).published == "2024-05-12"


ARTICLE_LAST = "活动中，工会干部与一线职工亲切交谈，详细了解他们的工作和生活情况。"


def last_line_under(*lines: str, comments: str = "") -> str:
    """Two paragraphs of an article, then ``comments`` (markup) and ``lines`` (each a <p>) in its container → the body's
    last line as extracted."""
    paragraphs = f"<p>日前，市总工会走访慰问环卫工人，送上清凉物资和慰问金。</p><p>{ARTICLE_LAST}</p>"
    flat = "".join(f"<p>{line}</p>" for line in lines)
    return extract_html(page(f"<h1>市总工会为环卫工人送清凉</h1><div class='c'>{paragraphs}{comments}{flat}</div>")).lines[-1]


def test_readers_comments_under_the_last_paragraph_end_the_article():
    items = "".join(f"<li><span>{who}</span><p>{said}</p><span>{when}</span></li>" for who, said, when in (
        ("工会小蜜蜂", "工会为职工办实事，点赞！希望每一件都能落到实处。", "5-13 09:12"),
        ("一线老职工", "我们车间的职工都很关注这件事，大家心里暖暖的。", "昨天 21:05")))
    assert last_line_under(comments=f"<ul>{items}</ul>") == ARTICLE_LAST
    flat = ("工会小蜜蜂", "工会为职工办实事，点赞！希望每一件都能落到实处。", "5-13 09:12",
            "一线老职工", "我们车间的职工都很关注这件事，大家心里暖暖的。", "2小时前")
    assert last_line_under(*flat, comments="<div>转发 12　评论 4　赞 36</div>") == ARTICLE_LAST
    assert last_line_under(*flat) == ARTICLE_LAST


def test_comments_named_before_what_they_said_end_the_article_but_a_live_reports_timed_updates_do_not():
    assert last_line_under("工会小蜜蜂：工会为职工办实事，点赞！希望每一件都能落到实处。", "5-13 09:12",
                           "一线老职工：我们车间的职工都很关注这件事，大家心里暖暖的。", "2-18 12:30") == ARTICLE_LAST
    # 图文直播: times over the updates, no commenter named: the report goes on
    assert last_line_under("5月13日 10:30", "代表们陆续入场，大会即将开始。", "5月13日 10:45", "大会开幕，全体起立唱国歌。",
                           "5月13日 11:20", "大会选举产生了新一届委员会。") == "大会选举产生了新一届委员会。"


BULLETIN_TEXT = ("<p>3月3日至4日，县总工会举办职工技能培训班，来自全县各乡镇、企业的120名职工参加培训。</p>"
                 "<p>下一步，县总工会将继续开展多层次职工技能培训，为全县经济发展提供技能人才支撑。</p>")


def test_an_article_set_inside_a_cms_form_is_read_and_a_search_form_is_not():
    # 博达 VSB: <form name="_newscontent_fromname"> around the headline and the body in styled spans
    spans = "".join(f"<p><span style='font-size:16px'>{part}</span><span style='font-size:16px'>{rest}</span></p>"
                    for part, rest in (("4月17日下午，校工会在东区田径场举办", "教职工趣味运动会，800余名教职工参加。"),
                                       ("校工会负责人表示，将继续丰富", "教职工文体生活，增强凝聚力。")))
    found = extract_html(page("<div class='nav'><a href='/'>首页</a><a href='/a'>工会动态</a></div>"
                              "<form name='search'><input name='q'>站内搜索</form>"
                              f"<form name='_newscontent_fromname'><h1>校工会举办教职工趣味运动会</h1>"
                              f"<div id='vsb_content'><div class='v_news_content'>{spans}</div></div></form>"))
    assert (found.title, found.lines) == ("校工会举办教职工趣味运动会", [
        "4月17日下午，校工会在东区田径场举办教职工趣味运动会，800余名教职工参加。", "校工会负责人表示，将继续丰富教职工文体生活，增强凝聚力。"])


def test_a_bulletins_date_comes_from_its_masthead_or_its_issued_line_set_in_word_runs():
    # Word sets digits and ideographs in runs of their own: 2026 年 3 月 5 日 are six elements
    runs = "<span lang=EN-US>2026</span><span>年</span><span lang=EN-US>3</span><span>月</span><span lang=EN-US>5</span><span>日{}</span>"
    masthead = f"<p>工会工作简报</p><p>某某县总工会办公室<span>　　　　</span>{runs.format('')}</p><h2>县总工会举办职工技能培训班</h2>"
    assert extract_html(page(masthead + BULLETIN_TEXT)).published == "2026-03-05"
    issued = f"<h2>县总工会举办职工技能培训班</h2>{BULLETIN_TEXT}<p>某某县总工会办公室<span>　　</span>{runs.format('印发')}</p>"
    assert extract_html(page(issued)).published == "2026-03-05"


def test_a_date_split_over_spans_or_printed_day_first_dates_the_page():
    info = {"<div class='info'><span>2026</span>-<span>03</span>-<span>05</span> <span>09:30</span></div>": "2026-03-05",
            "<div class='t'><span class='year'><em> 2026</em></span><span class='day'><em> 03</em>/<em>05</em></span>"
            "<span class='time'> 10:21:33</span></div>": "2026-03-05",
            "<table><tr><td>發佈日期：</td><td>15/12/2012</td></tr></table>": "2012-12-15"}
    assert [extract_html(page(f"<h1>县总工会举办职工技能培训班</h1>{line}{BULLETIN_TEXT}")).published for line in info] == list(info.values())


def test_a_bulletins_distribution_lines_and_an_empty_comment_box_end_the_article():
    distribution = "<p>报：市总工会，县委、县政府领导</p><p>送：县委办、县政府办</p><p>发：各乡镇（街道）工会</p><p>抄送：县人社局</p>"
    comment_box = "<p>0条评论</p><p>还没有人跟贴，快来抢沙发吧</p><p>发表评论</p><p>暂无评论，快来抢沙发！</p>"
    for tail in (distribution, comment_box):
        found = extract_html(page(f"<h1>县总工会举办职工技能培训班</h1><div>{BULLETIN_TEXT}{tail}</div>"))
        assert found.lines[-1] == "下一步，县总工会将继续开展多层次职工技能培训，为全县经济发展提供技能人才支撑。"
