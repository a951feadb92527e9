"""The PDF page layout (glyphs → lines → blocks → articles) on plain glyph data, no PDF involved."""

from __future__ import annotations

from archive.text.pdf_layout import lay_out, page_lines, page_meta, unique_glyphs
from archive.text.pdf_read import Box, Glyph, PdfPage
from archive.text.pdf_rules import load_rules

WIDTH, HEIGHT = 600.0, 800.0


def run(text: str, x: float, top: float, size: float, *, vertical: bool = False, pitch: float | None = None) -> list[Glyph]:
    """Glyphs of ``text`` set from (x, top) at ``size``, left to right (or top to bottom)."""
    step = pitch or size
    out = []
    for i, ch in enumerate(text):
        gx, gy = (x, top + i * step) if vertical else (x + i * step, top)
        out.append(Glyph(ch, gx, gy, gx + size, gy + size, size, "Song"))
    return out


def column(text: str, x: float, top: float, width: float, size: float = 9.0, *, indent: bool = True) -> list[Glyph]:
    """Text set in a column ``width`` wide from ``top``: the first line indented two characters."""
    per_line = int(width // size)
    glyphs, line, rest = [], 0, text
    first = True
    while rest:
        room = per_line - (2 if first and indent else 0)
        piece, rest = rest[:room], rest[room:]
        start = x + (2 * size if first and indent else 0)
        glyphs += run(piece, start, top + line * size * 1.5, size)
        first, line = False, line + 1
    return glyphs


def page(*runs: list[Glyph], images: tuple[Box, ...] = ()) -> PdfPage:
    return PdfPage(1, WIDTH, HEIGHT, tuple(g for r in runs for g in r), images)


BODY_A = "市总工会近日开展送温暖活动，为一线职工送去慰问品和慰问金，共走访企业四十家。" * 4
BODY_B = "区工会组织劳模疗休养，一百二十名职工参加，活动持续五天，职工们纷纷点赞。" * 3
HEADER = run("职工周报", 40, 20, 24) + run("2024年3月5日 星期二", 420, 22, 9) + run("第3版：要闻", 420, 34, 9)
FOOTER = run("责任编辑：王立新", 40, 780, 8) + run("3", 560, 780, 8)


def test_text_running_down_one_column_and_on_into_the_next_is_one_article_joined_without_spaces():
    body = column(BODY_A, 40, 110, 120) + column(BODY_A[::-1], 180, 110, 120, indent=False)
    laid = lay_out(page(HEADER, FOOTER, run("市总工会开展送温暖活动", 40, 70, 22), body))
    assert [a.title for a in laid.articles] == ["市总工会开展送温暖活动"]
    assert "".join(laid.articles[0].paragraphs) == BODY_A + BODY_A[::-1]


def test_a_kicker_above_and_a_subtitle_below_the_title_stack_with_it():
    laid = lay_out(page(
        run("聚焦一线", 40, 60, 13), run("工会送清凉", 40, 78, 24), run("——高温下的关爱", 40, 106, 13),
        column(BODY_A, 40, 130, 300),
    ))
    article = laid.articles[0]
    assert (article.kicker, article.title, article.subtitle) == ("聚焦一线", "工会送清凉", "——高温下的关爱")


def test_each_headline_owns_the_text_under_it_and_the_page_furniture_is_dropped_and_read():
    laid = lay_out(page(
        HEADER, FOOTER,
        run("市总工会开展送温暖活动", 40, 70, 20), column(BODY_A, 40, 100, 250),
        run("区工会组织劳模疗休养", 310, 70, 20), column(BODY_B, 310, 100, 250),  # 2.5 sizes apart
    ))
    assert [a.title for a in laid.articles] == ["市总工会开展送温暖活动", "区工会组织劳模疗休养"]
    assert ["".join(a.paragraphs) for a in laid.articles] == [BODY_A, BODY_B]
    meta = page_meta(laid.furniture, load_rules())
    assert (meta.published, meta.newspaper, meta.page) == ("2024-03-05", "职工周报", "3 要闻")
    assert not any("责任编辑" in p for a in laid.articles for p in a.paragraphs)


def test_a_caption_under_a_picture_is_kept_out_of_the_article_text():
    picture = Box(40, 100, 290, 200)
    laid = lay_out(page(
        run("工会送清凉", 40, 70, 22), run("职工在现场交流。", 40, 203, 8), column(BODY_A, 40, 222, 250),
        images=(picture,),
    ))
    assert laid.captions == ["职工在现场交流。"]
    assert "".join(laid.articles[0].paragraphs) == BODY_A


def test_a_vertical_headline_owns_the_text_beside_it():
    laid = lay_out(page(
        run("工会送清凉", 40, 70, 22), column(BODY_A, 40, 100, 250),
        run("劳模疗休养", 560, 100, 22, vertical=True), column(BODY_B, 330, 100, 210),
    ))
    assert sorted(a.title for a in laid.articles) == ["劳模疗休养", "工会送清凉"]
    by_title = {a.title: "".join(a.paragraphs) for a in laid.articles}
    assert by_title["劳模疗休养"] == BODY_B


def test_a_headline_set_with_spaces_between_characters_is_one_headline():
    laid = lay_out(page(run("工会送清凉", 40, 70, 22, pitch=34), column(BODY_A, 40, 100, 250)))
    assert [a.title for a in laid.articles] == ["工会送清凉"]


def test_a_headline_drawn_twice_in_place_reads_once():
    title = run("工会送清凉", 40, 70, 22)
    shadow = [Glyph(g.text, g.x0 + 0.6, g.top + 0.6, g.x1 + 0.6, g.bottom + 0.6, g.size, g.font) for g in title]
    assert len(unique_glyphs(title + shadow)) == 5
    laid = lay_out(page(title, shadow, column(BODY_A, 40, 100, 250)))
    assert [a.title for a in laid.articles] == ["工会送清凉"]


def test_a_smaller_head_inside_a_column_of_text_is_a_section_head_not_an_article():
    laid = lay_out(page(
        run("优先发展教育事业", 40, 60, 36),
        column(BODY_A, 40, 110, 150), run("职工教育取得成效", 40, 258, 13), column(BODY_B, 40, 278, 150),
    ))
    assert [a.title for a in laid.articles] == ["优先发展教育事业"]
    assert laid.articles[0].headings == ["职工教育取得成效"]
    assert "".join(laid.articles[0].paragraphs) == BODY_A + "职工教育取得成效" + BODY_B


def test_a_lead_paragraph_set_larger_than_the_rest_stays_in_its_article():
    lead = "本报讯 温州市总工会近日启动夏送清凉活动，为三千余名户外劳动者送去防暑物资。"
    laid = lay_out(page(
        run("工会送清凉", 40, 60, 24), column(lead, 40, 96, 250, size=10.5), column(BODY_A, 40, 135, 250),
    ))
    assert [a.title for a in laid.articles] == ["工会送清凉"]
    assert "".join(laid.articles[0].paragraphs) == lead + BODY_A


def test_legal_notices_are_not_news():
    notice = "本院受理原告诉被告借款纠纷一案，现依法向你公告送达起诉状副本，自公告之日起经过三十日即视为送达。特此公告。" * 3
    laid = lay_out(page(
        run("信息服务", 40, 60, 20), column(notice, 40, 90, 250, size=7), column(notice, 310, 90, 250, size=7),
    ))
    assert laid.articles == []
    assert laid.dropped_notices >= 1


def test_single_glyphs_stacked_one_above_another_are_a_vertical_line():
    lines = page_lines(run("产区变景区", 500, 100, 24, vertical=True))
    assert [(line.text, line.vertical) for line in lines] == [("产区变景区", True)]


def test_columns_set_under_a_type_size_apart_are_not_read_across_but_a_wide_space_between_names_stays():
    narrow = column(BODY_A, 40, 100, 117, indent=False) + column(BODY_B, 40 + 117 + 7, 100, 117, indent=False)
    laid = lay_out(page(run("市总工会开展送温暖活动", 40, 70, 20), narrow))
    assert "".join(laid.articles[0].paragraphs) == BODY_A + BODY_B
    named = run("本报讯记者", 40, 100, 9) + run("王芳通讯员", 40 + 5 * 9 + 6, 100, 9) + column(BODY_A, 40, 114, 200, indent=False)
    assert [line.text for line in page_lines(named)][:1] == ["本报讯记者 王芳通讯员"]


def test_any_scatter_of_glyphs_lays_out_without_an_error():
    import random

    rng = random.Random(11)
    for _ in range(15):
        glyphs = []
        for _ in range(rng.randint(0, 200)):
            size = rng.choice([6.0, 8.0, 9.0, 9.0, 9.0, 14.0, 24.0, 40.0])
            x, y = rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT)
            glyphs.append(Glyph(rng.choice("工会职工送温暖。，“”（）1a 公告本院"), x, y, x + size * rng.uniform(0, 1.2),
                                y + size, size, rng.choice(["Song", "Hei"])))
        laid = lay_out(page(glyphs, images=(Box(100, 100, 300, 250),)))
        assert all(isinstance(a.title, str) for a in laid.articles)


def test_two_headlines_side_by_side_close_together_are_parted_over_the_gutter_of_the_text_under_them():
    # each head over its own column, the right one starting where its column does, 6 pt apart on one baseline
    laid = lay_out(page(
        run("工会送来清凉", 40, 70, 22), column(BODY_A, 40, 100, 126),
        run("劳模疗休养", 178, 70, 22), column(BODY_B, 178, 100, 126),
    ))
    assert [a.title for a in laid.articles] == ["工会送来清凉", "劳模疗休养"]
    assert ["".join(a.paragraphs) for a in laid.articles] == [BODY_A, BODY_B]
    # a head set with space between its characters over both columns of its text stays one head
    spaced = lay_out(page(run("工会送清凉到一线", 40, 70, 22, pitch=33),
                          column(BODY_A, 40, 100, 126), column(BODY_A[::-1], 178, 100, 126, indent=False)))
    assert [a.title for a in spaced.articles] == ["工会送清凉到一线"]
    assert "".join(spaced.articles[0].paragraphs) == BODY_A + BODY_A[::-1]


def test_a_column_level_with_an_articles_first_row_under_its_picture_is_that_articles_not_a_far_headline_above():
    # 送温暖 runs over two columns; under it 疗休养, a short head over a picture across both columns and its text
    top = column(BODY_A[:60], 40, 100, 126) + column(BODY_A[60:120], 178, 100, 126, indent=False)
    below = column(BODY_B[:50], 40, 350, 126) + column(BODY_B[50:100], 178, 350, 126, indent=False)
    laid = lay_out(page(run("市总工会开展送温暖活动", 40, 70, 22), top, run("劳模疗休养", 40, 220, 22), below,
                        images=(Box(40, 250, 304, 340),)))
    by_title = {a.title: "".join(a.paragraphs) for a in laid.articles}
    assert by_title == {"市总工会开展送温暖活动": BODY_A[:120], "劳模疗休养": BODY_B[:100]}


def framed(*runs: list[Glyph], frames: tuple[Box, ...] = (), rules: tuple[Box, ...] = ()) -> PdfPage:
    return PdfPage(1, WIDTH, HEIGHT, tuple(g for r in runs for g in r), (), 0, rules, frames)


def test_a_framed_notice_or_guide_is_page_furniture_but_a_framed_news_box_keeps_its_text():
    # a boxed 征稿启事 and a boxed 今日导读 (teasers ending in their page) beside a story: neither is an article
    story = run("工会送清凉", 40, 70, 22) + column(BODY_A, 40, 100, 250)
    notice = run("征稿启事", 340, 110, 14) + column("本报即日起开展主题征文活动，欢迎广大职工踊跃投稿，来稿请注明联系电话。", 330, 135, 220)
    guide = run("今日导读", 340, 260, 14) + run("新就业形态劳动者入会集中行动启动 4版", 330, 285, 9) + \
        run("职工书屋建设再上新台阶 6版", 330, 300, 9)
    laid = lay_out(framed(story, notice, guide, frames=(Box(325, 100, 560, 180), Box(325, 250, 560, 320))))
    assert [(a.title, "".join(a.paragraphs)) for a in laid.articles] == [("工会送清凉", BODY_A)]
    # a framed 简讯 box is news: its head and text stay an article
    brief = run("职工书屋落成", 340, 110, 14) + column(BODY_B, 330, 135, 220)
    laid = lay_out(framed(story, brief, frames=(Box(325, 100, 560, 330),)))
    assert sorted(a.title for a in laid.articles) == ["工会送清凉", "职工书屋落成"]


def test_a_head_set_in_its_first_column_owns_the_text_beside_it_not_the_head_above():
    # 疗休养's head fills the top of its first column; its text starts level with it in the two columns to its right,
    # under 送温暖's module and the rule that closes it
    top = column(BODY_A, 40, 100, 520)
    side = run("劳模疗休", 40, 230, 22) + run("养启程", 40, 256, 22)
    text = column(BODY_B, 180, 230, 170) + column(BODY_B[::-1], 360, 230, 170, indent=False)
    laid = lay_out(framed(run("市总工会开展送温暖活动", 40, 70, 22), top, side, text, rules=(Box(40, 215, 560, 215.5),)))
    by_title = {a.title: "".join(a.paragraphs) for a in laid.articles}
    assert by_title == {"市总工会开展送温暖活动": BODY_A, "劳模疗休养启程": BODY_B + BODY_B[::-1]}


def test_a_vertical_head_set_left_of_its_text_owns_the_text_right_of_it():
    laid = lay_out(page(
        run("工会送清凉", 40, 70, 22), column(BODY_A, 40, 100, 520),
        run("劳模疗休养", 40, 220, 22, vertical=True), column(BODY_B, 80, 220, 250),
    ))
    by_title = {a.title: "".join(a.paragraphs) for a in laid.articles}
    assert by_title == {"工会送清凉": BODY_A, "劳模疗休养": BODY_B}


def test_a_byline_line_over_the_first_column_does_not_part_it_from_the_columns_beside_it():
    # ■本报记者 张华 on its own line over the first column: the text of all three columns starts a line lower
    first = run("■本报记者 张华", 40, 100, 9) + column(BODY_A[:80], 40, 113.5, 160)
    rest = column(BODY_A[80:160], 220, 113.5, 160, indent=False) + column(BODY_A[160:], 400, 113.5, 160, indent=False)
    laid = lay_out(page(run("工会送清凉", 40, 70, 22), first, rest))
    assert [a.title for a in laid.articles] == ["工会送清凉"]
    assert "".join(laid.articles[0].paragraphs) == "■本报记者 张华" + BODY_A


def test_a_byline_set_on_the_heads_line_is_that_heads_not_the_end_of_the_story_above():
    # □本报记者 刘洋 in text type at the right end of 疗休养's head line, right under 送温暖's last line
    laid = lay_out(page(
        run("工会送清凉", 40, 70, 22), column(BODY_A, 40, 100, 520),
        run("劳模疗休养", 40, 160, 22), run("□本报记者 刘洋", 400, 172, 9), column(BODY_B, 40, 190, 520),
    ))
    by_title = {a.title: a.paragraphs for a in laid.articles}
    assert "".join(by_title["工会送清凉"]) == BODY_A
    assert by_title["劳模疗休养"][0] == "□本报记者 刘洋"
    assert "".join(by_title["劳模疗休养"][1:]) == BODY_B


def test_a_column_under_its_own_heads_picture_is_not_taken_by_a_neighbours_row_level_with_it():
    # 助学's head over a picture, its text under it; beside it 驿站's head lower down, its text level with 助学's:
    # the neighbour's row does not reach into a column its own head stands over with only its picture between
    laid = lay_out(page(
        run("金秋助学活动启动", 40, 70, 22), column(BODY_A, 40, 260, 250),
        run("驿站撑起清凉伞", 330, 200, 22), column(BODY_B, 330, 260, 250),
        images=(Box(40, 100, 290, 240),),
    ))
    by_title = {a.title: "".join(a.paragraphs) for a in laid.articles}
    assert by_title == {"金秋助学活动启动": BODY_A, "驿站撑起清凉伞": BODY_B}


def test_a_cartoon_credit_and_a_jump_line_without_brackets_stay_out_of_the_text():
    # 漫画/张三 under a cartoon set in the text's column and ▶下转4版 closing the story: neither is the story's text
    body = column(BODY_A, 40, 100, 250)
    laid = lay_out(page(run("工会送清凉", 40, 70, 22), body, run("▶下转4版", 200, body[-1].top + 13.5, 9),
                        run("漫画/张三", 40, 330, 9), images=(Box(40, 200, 290, 325),)))
    assert laid.captions == ["漫画/张三"]
    assert "".join(laid.articles[0].paragraphs) == BODY_A


def test_a_small_head_under_a_printed_rule_opens_a_module_and_the_story_above_ends_at_the_rule():
    # a letter under a commentary in one column: its head only 1.15 times the text, right under the rule between them
    upper = column(BODY_A, 40, 100, 250)
    laid = lay_out(framed(run("工会送清凉", 40, 70, 22), upper, run("读者来信说心里话", 40, 230, 10.5),
                          column(BODY_B, 40, 248, 250), rules=(Box(40, 220, 290, 220.5),)))
    by_title = {a.title: "".join(a.paragraphs) for a in laid.articles}
    assert by_title == {"工会送清凉": BODY_A, "读者来信说心里话": BODY_B}
    # the same phrase with no rule over it is no head (a bold lead-in of the story's own text)
    laid = lay_out(page(run("工会送清凉", 40, 70, 22), upper, run("读者来信说心里话", 40, 230, 10.5), column(BODY_B, 40, 248, 250)))
    assert [a.title for a in laid.articles] == ["工会送清凉"]


def plated(*runs: list[Glyph], plates: tuple[Box, ...] = (), rules: tuple[Box, ...] = ()) -> PdfPage:
    return PdfPage(1, WIDTH, HEIGHT, tuple(g for r in runs for g in r), (), 0, rules, (), plates)


def test_a_label_set_white_on_a_plate_is_no_text_and_the_small_head_under_it_opens_a_module():
    # 江城时评 reversed on a dark plate under a story closed by its 下转第4版 line; under the label a letter's head only
    # 1.15 times its text: the label is in no body, the jump line neither, and the small head is the letter's
    upper = column(BODY_A, 40, 100, 250)
    jump = run("下转第4版", 200, upper[-1].top + 13.5, 9)
    laid = lay_out(plated(run("工会送清凉", 40, 70, 22), upper, jump, run("江城时评", 44, 220, 10),
                          run("读者来信说心里话", 40, 244, 10.5), column(BODY_B, 40, 262, 250),
                          plates=(Box(40, 216, 88, 234),)))
    by_title = {a.title: "".join(a.paragraphs) for a in laid.articles}
    assert by_title == {"工会送清凉": BODY_A, "读者来信说心里话": BODY_B}


def test_a_guide_of_two_line_teasers_ending_in_their_pages_is_no_article_framed_or_not():
    # 今日导读 with teasers running over two lines, each ending ▶2版: no frame round it, no rule
    teasers = [column(text, 330, 130 + 45 * i, 220) for i, text in enumerate((
        "“两节”送温暖活动全面启动，各级工会走访慰问困难职工和一线劳动者 ▶2版",
        "新就业形态劳动者入会集中行动在全省铺开，快递员有了自己的“娘家” ▶4版",
        "职工书屋建设再上新台阶，一批示范点向周边社区开放 ▶6版"))]
    laid = lay_out(page(run("工会送清凉", 40, 70, 22), column(BODY_A, 40, 100, 250), run("今日导读", 330, 100, 16), *teasers))
    assert [(a.title, "".join(a.paragraphs)) for a in laid.articles] == [("工会送清凉", BODY_A)]


def test_an_author_line_under_a_commentarys_head_is_a_paragraph_of_its_own_not_the_texts_first_words():
    # ■ 王晓东 on its own line under the head, the text's first line not indented under it
    laid = lay_out(page(run("下班后还要随时待命吗", 40, 70, 22), run("■王晓东", 40, 100, 9),
                        column(BODY_B, 40, 113.5, 250, indent=False)))
    assert laid.articles[0].paragraphs[0] == "■王晓东"
    assert "".join(laid.articles[0].paragraphs[1:]) == BODY_B


def test_a_narrow_sidebar_starting_level_with_the_stories_beside_it_is_read_after_them_and_wide_groups_by_rows():
    # the sidebar (x 440-560, under a quarter of the width) runs down past 劳模疗休养启程's head: read whole, after it
    main = run("工会送清凉", 40, 70, 22) + column(BODY_A, 40, 100, 380) + run("劳模疗休养启程", 40, 300, 22) + \
        column(BODY_B, 40, 330, 380)
    sidebar = run("年终奖怎么发", 440, 72, 14) + column(BODY_B * 3, 440, 100, 120)
    laid = lay_out(page(main, sidebar))
    assert [a.title for a in laid.articles] == ["工会送清凉", "劳模疗休养启程", "年终奖怎么发"]
    # two groups of columns as wide as each other side by side: read in rows of heads
    left = run("工会送清凉", 40, 70, 22) + column(BODY_A, 40, 100, 250) + run("劳模疗休养启程", 40, 300, 22) + \
        column(BODY_B, 40, 330, 250)
    right = run("驿站撑起清凉伞", 310, 72, 22) + column(BODY_B * 2, 310, 100, 250) + run("金秋助学活动启动", 310, 302, 22) + \
        column(BODY_A, 310, 330, 250)
    laid = lay_out(page(left, right))
    assert [a.title for a in laid.articles] == ["工会送清凉", "驿站撑起清凉伞", "劳模疗休养启程", "金秋助学活动启动"]


def test_a_head_broken_over_five_short_lines_in_a_narrow_column_is_a_head():
    # 徐汇首家综合 / 型司机之家正 / … five lines of at most six characters at 18 pt in a narrow column, beside a
    # wide story's head
    head = "徐汇首家综合型司机之家正式建成五个微型服务点位同步投用"
    narrow = [run(head[6 * k:6 * k + 6], 440, 70 + 22 * k, 18) for k in range(5)]
    laid = lay_out(page(run("工会送清凉活动", 40, 70, 22), column(BODY_A, 40, 100, 380), *narrow,
                        column(BODY_B, 440, 190, 120)))
    assert sorted(a.title for a in laid.articles) == ["工会送清凉活动", head]


def test_a_framed_box_of_briefs_under_a_brief_label_is_read_whole_not_interleaved_with_the_stories_beside_it():
    # 简讯 set large and black over a framed column of three items (heads 1.15 times the text, under rules); beside the
    # box two stories whose heads stand level with the first and the third item's
    box, rules, y = run("简讯", 44, 70, 16), [], 94.0
    for title, text in (("职工书屋落成", BODY_B[:60]), ("让阅读和职工“零距离”", BODY_A[:60]), ("驿站送清凉", BODY_B[:60])):
        box += run(title, 44, y, 10.5) + column(text, 44, y + 18, 126)
        y += 18 + 13.5 * 6
        rules.append(Box(44, y - 8, 170, y - 7.5))
    beside = run("工会送清凉", 200, 72, 22) + column(BODY_A, 200, 100, 360) + run("劳模疗休养启程", 200, 300, 22) + \
        column(BODY_B, 200, 330, 360)
    laid = lay_out(PdfPage(1, WIDTH, HEIGHT, tuple(box + beside), (), 0, tuple(rules[:-1]), (Box(36, 62, 178, 420),)))
    assert [a.title for a in laid.articles] == ["职工书屋落成", "让阅读和职工“零距离”", "驿站送清凉", "工会送清凉", "劳模疗休养启程"]
    assert "简讯" not in "".join(p for a in laid.articles for p in a.paragraphs)


def test_teasers_set_one_to_a_line_from_one_edge_are_a_guide_each_ending_at_its_page():
    # three teasers, each one line from the same left edge, the first running to the box's right edge
    teasers = [run(text, 330, 130 + 15 * i, 9) for i, text in enumerate((
        "“两节”送温暖活动全面启动，走访慰问困难职工 ▶2版", "新就业形态劳动者入会集中行动铺开 ▶4版", "职工书屋建设再上新台阶 ▶6版"))]
    laid = lay_out(page(run("工会送清凉", 40, 70, 22), column(BODY_A, 40, 100, 250), run("今日导读", 330, 100, 16), *teasers))
    assert [a.title for a in laid.articles] == ["工会送清凉"]


def test_teasers_under_a_storys_text_in_its_column_are_a_guide_not_the_storys_end():
    # 今日导读 set in text type right under the story's last line, its teasers under it: no head of their own to stop
    # the story's column, yet they are page furniture
    body = column(BODY_A, 40, 100, 250)
    under = body[-1].top + 20
    guide = run("今日导读", 40, under, 9) + column("两节送温暖活动全面启动 ▶2版", 40, under + 14, 250) + \
        column("新就业形态劳动者入会集中行动铺开 ▶4版", 40, under + 28, 250)
    laid = lay_out(page(run("工会送清凉", 40, 70, 22), body, guide))
    assert [(a.title, "".join(a.paragraphs)) for a in laid.articles] == [("工会送清凉", BODY_A)]


def test_a_circled_author_line_over_the_first_column_does_not_part_it_from_the_columns_beside_it():
    # ◎ 周明远 on its own line over the first column, as ■本报记者 张华 is set
    first = run("◎周明远", 40, 100, 9) + column(BODY_A[:80], 40, 113.5, 160)
    rest = column(BODY_A[80:160], 220, 113.5, 160, indent=False) + column(BODY_A[160:], 400, 113.5, 160, indent=False)
    laid = lay_out(page(run("工会送清凉", 40, 70, 22), first, rest))
    assert [a.title for a in laid.articles] == ["工会送清凉"]
    assert laid.articles[0].paragraphs[0] == "◎周明远" and "".join(laid.articles[0].paragraphs[1:]) == BODY_A


def test_a_cartoons_credit_with_the_cartoons_title_is_a_caption_not_the_end_of_the_text():
    # 漫画：下班后的“第二个工作日” 朱慧卿 作 under a cartoon drawn in strokes (no picture on the page), after the text
    body = column(BODY_A, 40, 100, 250)
    credit = run("漫画：下班后的“第二个工作日” 朱慧卿 作", 40, body[-1].top + 90, 8.5)
    laid = lay_out(page(run("工会送清凉", 40, 70, 22), body, credit))
    assert "".join(laid.articles[0].paragraphs) == BODY_A
    assert laid.captions == ["漫画：下班后的“第二个工作日” 朱慧卿 作"]


def test_a_head_set_two_lines_lower_under_its_label_is_read_in_its_row_left_to_right():
    """Two stories side by side: at the left a commentary whose head stands under a reversed label (□评论), so two
    text lines below the head of the news story at its right. A reader reads the row left to right: the commentary
    first, wherever a fixed grid of heights would part the two heads (tops 535 and 555 straddle one at 540)."""
    from archive.text.pdf_layout import Region, head_rows, page_order

    news = Region(360.0, 535.0, 967.0, 666.0, 10.0, 535.0, 360.0, None)
    comment = Region(50.0, 555.0, 347.0, 773.0, 10.0, 555.0, 50.0, None)
    lower = Region(50.0, 800.0, 520.0, 982.0, 10.0, 800.0, 50.0, None)
    assert head_rows([news, comment, lower]) == [[news, comment], [lower]]
    order = page_order([news, comment])
    assert order[0] is comment and order[1] is news
