"""PDF files as sources: generated newspaper pages, the real dev e-paper pages, and bad PDFs.

Pages are generated at test time in a temp dir (reportlab, STSong-Light); the real pages are
read from ../shared/dev-corpus/pdf and the gate is skipped when it is absent.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from archive.io.sources import read_path
from archive.model import Source
from archive.scoring.pdf_make import PageSpec, SpecArticle, render
from archive.text import articles_from_source, sniff_kind
from archive.text.errors import SourceError
from archive.text.pdf import pdf_articles
from archive.text.pdf_read import PdfError
from tests.conftest import SHARED
from tests.loopback import serving

PDF_DIR = SHARED / "dev-corpus" / "pdf"
BODY = ("近日，温州市总工会在鹿城区启动“夏送清凉”活动，为环卫工人、快递小哥和建筑工人送去防暑降温物资，"
        "共走访慰问一线职工三千余人次。", "活动现场，工会干部还为户外劳动者讲解防暑知识，并发放了爱心驿站地图。")
OTHER = ("台州市总工会组织五十名劳模工匠赴疗休养基地参加为期五天的疗休养活动，活动包括健康体检、参观学习和交流座谈。",
         "劳模们表示，将把工会的关爱转化为干事创业的动力。")


def _page(tmp_path: Path, spec: PageSpec, name: str = "page.pdf") -> tuple[Path, list]:
    path = tmp_path / name
    return path, render(spec, path)


def _canvas_pdf(draw, pages: int = 1, **options) -> bytes:
    from reportlab.pdfgen import canvas

    from archive.scoring.pdf_make import FONT, _font

    _font()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=options.pop("pagesize", (600, 800)), **options)
    for number in range(pages):
        pdf.setFont(FONT, 12)
        draw(pdf, number)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.mark.parametrize("centred", [False, True], ids=["heads_at_column_left", "heads_centred"])
def test_a_generated_page_gives_each_article_with_its_stack_and_whole_text_and_the_printed_date(tmp_path, centred):
    spec = PageSpec(columns=3, centred=centred, articles=(
        SpecArticle("温州市总工会夏送清凉到一线", BODY, kicker="关爱户外劳动者", subtitle="——三千余名职工受益", span=3,
                    caption="环卫工人领取防暑物资。（本报记者 李明 摄）"),
        SpecArticle("台州劳模工匠疗休养", OTHER, span=2),
    ))
    path, truths = _page(tmp_path, spec)
    articles = articles_from_source(read_path(path))
    assert [(a.kicker, a.title, a.subtitle) for a in articles] == [
        ("关爱户外劳动者", "温州市总工会夏送清凉到一线", "——三千余名职工受益"), (None, "台州劳模工匠疗休养", None)]
    assert ["".join(a.paragraphs) for a in articles] == [t.body for t in truths]
    assert {(a.published, a.newspaper, a.page) for a in articles} == {("2024-03-05", "职工周报", "3 要闻")}
    assert all("摄" not in a.body and "责任编辑" not in a.body for a in articles)


def test_pdf_bytes_are_sniffed_as_pdf_and_keep_their_identity(tmp_path):
    path, _ = _page(tmp_path, PageSpec(articles=(SpecArticle("温州市总工会夏送清凉到一线", BODY, span=2),)))
    renamed = tmp_path / "page.txt"
    renamed.write_bytes(path.read_bytes())
    source = read_path(renamed)
    assert sniff_kind(source.data) == "pdf" and source.content_type == "application/pdf"
    assert [a.title for a in articles_from_source(source)] == ["温州市总工会夏送清凉到一线"]


def test_a_pdf_served_as_application_pdf_is_fetched_and_read_by_its_layout(tmp_path):
    from archive.io.http import fetch_url

    path, _ = _page(tmp_path, PageSpec(articles=(SpecArticle("温州市总工会夏送清凉到一线", BODY, span=2),)))
    with serving(path.read_bytes(), "application/pdf", "/epaper/page02.pdf") as url:
        result = fetch_url(url, allow_hosts={"127.0.0.1"}, timeout=5)
    assert result.source.content_type == "application/pdf"
    assert [a.title for a in articles_from_source(result.source)] == ["温州市总工会夏送清凉到一线"]


def test_every_page_of_a_multi_page_pdf_gives_its_articles_in_page_order():
    def draw(pdf, number):
        pdf.setFont("STSong-Light", 24)
        pdf.drawString(40, 700, ["温州市总工会夏送清凉", "台州劳模工匠疗休养"][number])
        pdf.setFont("STSong-Light", 9)
        for i, line in enumerate((BODY if number == 0 else OTHER)[0][j:j + 30] for j in range(0, 60, 30)):
            pdf.drawString(40, 670 - i * 13, line)

    articles = pdf_articles(_canvas_pdf(draw, pages=2), "two.pdf")
    assert [a.title for a in articles] == ["温州市总工会夏送清凉", "台州劳模工匠疗休养"]


def test_an_unreadable_page_among_readable_ones_flags_the_articles_of_the_pdf():
    def draw(pdf, number):
        if number == 0:
            pdf.setFont("STSong-Light", 24)
            pdf.drawString(40, 700, "温州市总工会夏送清凉")
            pdf.setFont("STSong-Light", 9)
            pdf.drawString(40, 670, BODY[0][:30])
            pdf.drawString(40, 657, BODY[0][30:60])
        else:  # what a font without a Unicode map reads as
            pdf.setFont("Helvetica", 9)
            for i in range(10):
                pdf.drawString(40, 700 - 12 * i, "!\"#$%&'()*+,-./0123" * 3)

    articles = pdf_articles(_canvas_pdf(draw, pages=2), "two.pdf")
    assert [(a.title, a.quality_flags) for a in articles] == [("温州市总工会夏送清凉", ["pdf_page_unreadable"])]


def test_a_pdf_over_the_page_cap_is_refused_whole_with_the_cap_in_the_reason(monkeypatch):
    monkeypatch.setenv("ARCHIVE_PDF_MAX_PAGES", "50")
    data = _canvas_pdf(lambda pdf, n: pdf.drawString(40, 700, "第%d页" % n), pages=300)
    with pytest.raises(PdfError, match="300 pages is over the 50-page cap"):
        articles_from_source(Source("k", "file", "book.pdf", data))


@pytest.mark.parametrize("case, reason", [
    ("scan", "no text layer .*OCR is not supported"),
    ("encrypted", "encrypted PDF"),
    ("truncated", "damaged or unreadable PDF|no text layer"),
    ("garbage", "damaged or unreadable PDF"),
    ("huge", "over the 5000 pt a newspaper page can be"),
])
def test_bad_pdfs_are_refused_with_a_reason_never_a_crash(case, reason):
    good = _canvas_pdf(lambda pdf, n: pdf.drawString(40, 700, "温州市总工会夏送清凉到一线，三千余名职工受益。" * 2))
    data = {
        "scan": _canvas_pdf(lambda pdf, n: pdf.rect(40, 40, 500, 700, fill=1)),
        "encrypted": _canvas_pdf(lambda pdf, n: pdf.drawString(40, 700, "机密"), encrypt="secret"),
        "truncated": good[: len(good) // 3],
        "garbage": b"%PDF-1.4\n" + bytes(range(256)) * 40,
        "huge": _canvas_pdf(lambda pdf, n: pdf.drawString(40, 700, "海报"), pagesize=(9000, 9000)),
    }[case]
    with pytest.raises(SourceError, match=reason):
        articles_from_source(Source("k", "file", f"{case}.pdf", data))


@pytest.mark.skipif(not (PDF_DIR / "X1_founder_garbled_111.pdf").is_file(), reason="no ../shared dev PDF pages")
def test_a_garbled_text_layer_is_refused_not_indexed():
    with pytest.raises(PdfError, match="garbled text layer.*OCR is not supported"):
        articles_from_source(read_path(PDF_DIR / "X1_founder_garbled_111.pdf"))


@pytest.mark.skipif(not (PDF_DIR / "X2_legal_notices_gutter_20240801.pdf").is_file(), reason="no ../shared dev PDF pages")
def test_a_strip_of_legal_notices_gives_no_news_articles():
    with pytest.raises(PdfError, match="legal notices only"):
        articles_from_source(read_path(PDF_DIR / "X2_legal_notices_gutter_20240801.pdf"))


@pytest.mark.skipif(not (PDF_DIR / "index.jsonl").is_file(), reason="no ../shared dev PDF pages")
def test_a_real_front_page_gives_its_headlines_in_reading_order_with_its_printed_date():
    row = next(r for r in map(json.loads, (PDF_DIR / "index.jsonl").read_text().splitlines())
               if r["file"].startswith("01_"))
    articles = articles_from_source(read_path(PDF_DIR / row["file"]))
    assert ["".join(a.title.split()) for a in articles] == row["headlines_compact"]
    assert {a.published for a in articles} == {"2024-10-16"}


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED / "dev-corpus").is_dir(), reason="no ../shared dev corpus")
def test_pdf_page_scores_stay_above_their_floors():
    from archive.scoring.pdf_pages import report

    scores = report(SHARED).scores
    floors = {  # measured 1.000 everywhere but order (0.941); a floor moves only on purpose
        "generated headlines owned": 0.95, "generated text kept": 0.97, "generated articles whole": 0.9,
        "real headlines owned": 0.95, "real headline order": 0.9, "bad PDFs refused": 1.0,
    }
    assert {k: v for k, v in scores.items() if k in floors and v < floors[k]} == {}
    assert scores["generated text extra"] <= 0.02
    assert scores["real articles beyond headlines"] <= 1  # measured 0


def test_centred_heads_side_by_side_part_over_their_gutter_and_keep_the_columns_they_do_not_reach_over(tmp_path):
    # two heads on one baseline, centred over three columns and two, with the next row's kicker within reach
    # under them (it crosses their gutter, yet is no text of theirs); then a one-column article beside a head
    # centred over three columns, narrower than its text: its first column is the wide article's, not the neighbour's
    spec = PageSpec(columns=5, centred=True, articles=(
        SpecArticle("法律援助维权效果好,职工真诚感谢送锦旗!", (BODY[0] + OTHER[0] + BODY[0] + OTHER[1],), span=3),
        SpecArticle("三小时速配四对佳偶!杭州温州青年职工联谊会浪漫启幕", (BODY[0] + OTHER[0],), span=2),
        SpecArticle("患病职工急需手术费，欠薪公司却“失联”", BODY + OTHER, kicker="工会法律援助律师搭档办案解“薪”忧", span=5),
        SpecArticle("万州区律师进企业送服务", (OTHER[0] + BODY[0],)),
        SpecArticle("职工读书活动启动", (BODY[0] + OTHER[0] + BODY[0] + OTHER[0],), subtitle="——全省职工同读一本书", span=3),
    ))
    path, truths = _page(tmp_path, spec)
    articles = pdf_articles(path.read_bytes(), path.name)
    assert [(a.title, "".join(a.paragraphs)) for a in articles] == [(t.title, t.body) for t in truths]


def test_jump_lines_a_guide_box_and_a_lone_picture_stay_out_of_the_stories(tmp_path):
    # a story continued from another page (上接) and one going on to another (下转) high on the page, under a 导读 box,
    # with a picture and its caption standing alone between them: the notes are no text and no 版头
    spec = PageSpec(columns=3, body_size=10.5, title_size=18.0, guide=("▶ 新就业形态劳动者入会集中行动启动 第4版",), articles=(
        SpecArticle("温州市总工会夏送清凉到一线", BODY, jump_from="（上接第1版）"),
        SpecArticle("", (), caption="▲ 在技能大赛现场，选手们正在进行焊接比赛。通讯员 赵刚 供图", photo_only=True),
        SpecArticle("台州劳模工匠疗休养", OTHER, jump_to="（下转第8版）"),
    ))
    path, truths = _page(tmp_path, spec)
    articles = pdf_articles(path.read_bytes(), path.name)
    assert [(a.title, "".join(a.paragraphs)) for a in articles] == [(t.title, t.body) for t in truths]
    assert len(truths) == 2


def test_a_continuation_note_comes_off_a_paragraph_start_or_end_only():
    from archive.text.pdf_rules import load_rules

    assert load_rules().without_jumps(["（上接第1版）近日，活动举行。", "活动共慰问职工300人。（下转第3版）", "（转第二版）",
                                       "会上宣读了“第3版”规划。"]) == ["近日，活动举行。", "活动共慰问职工300人。", "会上宣读了“第3版”规划。"]


def test_other_papers_layouts_a_side_head_a_vertical_head_left_bylines_and_a_boxed_notice(tmp_path):
    # a head in its first column with its text beside it, a vertical head left of its text, ■ and □ byline lines
    # opening stories or set on the head's line (out of the text, into the byline), a one-column head set flush right
    # and a boxed 征稿启事 (page furniture, no article)
    spec = PageSpec(columns=3, body_size=10.0, title_size=20.0, articles=(
        SpecArticle("温州市总工会夏送清凉到一线", BODY + OTHER, span=3, byline="■本报记者 张华"),
        SpecArticle("征稿启事", ("本报即日起开展“我身边的劳动者”主题征文活动，欢迎踊跃投稿。",), boxed=True),
        SpecArticle("劳模疗休养", OTHER + BODY, span=2, side_head=True, byline="□本报记者 刘洋 通讯员 陈静"),
        SpecArticle("职工书屋落成", BODY, vertical_left=True),
        SpecArticle("劳模工匠进校园", BODY, span=2, head_byline="□本报记者 王伟"),
        SpecArticle("技能大赛开赛", OTHER, flush_right=True),
    ))
    path, truths = _page(tmp_path, spec)
    articles = pdf_articles(path.read_bytes(), path.name)
    assert [(a.title, "".join(a.paragraphs)) for a in articles] == [(t.title, t.body) for t in truths]
    assert [(a.reporters, a.correspondents) for a in articles][:2] == [(["张华"], []), (["刘洋"], ["陈静"])]
    assert articles[3].reporters == ["王伟"]


def test_a_commentary_under_a_reversed_label_keeps_its_author_as_byline_and_no_label_or_cartoon_credit(tmp_path):
    # 江城时评 white on a dark plate over the head, ■ 王晓东 on its own line, a cartoon and its credit after the text
    spec = PageSpec(columns=3, articles=(
        SpecArticle("温州市总工会夏送清凉到一线", BODY, span=3),
        SpecArticle("下班后的时间该还给职工", OTHER, span=2, label="江城时评", byline="■ 王晓东",
                    cartoon="漫画：下班后的“第二个工作日” 朱慧卿 作"),
    ))
    path, truths = _page(tmp_path, spec)
    articles = pdf_articles(path.read_bytes(), path.name)
    assert [(a.title, a.byline, "".join(a.paragraphs)) for a in articles] == [
        (t.title, b, t.body) for t, b in zip(truths, (None, "■王晓东"))]


BRIEFS = (("县医院开通一站式结算", "县人民医院近日开通医保一站式结算窗口，患者出院时只需跑一次，结算时间缩短一半。"),
          ("石门乡农民工领到技能证书", "石门乡二百名返乡农民工参加技能培训并通过考核，领到了电工、焊工等职业技能证书。"),
          ("流动书车开进偏远村组", "县图书馆的流动书车本月开进十二个偏远村组，为村民送去新书三千余册，深受欢迎。"))


def test_briefs_side_by_side_in_a_box_are_each_an_article_and_a_colophon_is_in_none(tmp_path):
    # a framed row of three 简讯 items, each under its own small head level with the others' (only the first stands
    # under the box's label); the page's staff line and colophon set in the text's size right under the stories
    for plain in (False, True):
        spec = PageSpec(columns=3, body_size=10.0, title_size=20.0, colophon=(
            "责任编辑 孙 丽 版式设计 郑 凯", "印刷：江城报业印务有限公司 零售价：1.50元"), articles=(
            SpecArticle("温州市总工会夏送清凉到一线", BODY + OTHER, span=3),
            SpecArticle("", (), items=BRIEFS, span=3, label="简讯", plain_label=plain),
        ))
        path, truths = _page(tmp_path, spec)
        articles = pdf_articles(path.read_bytes(), path.name)
        assert [(a.title, "".join(a.paragraphs)) for a in articles] == [(t.title, t.body) for t in truths]
        assert [t.title for t in truths][1:] == [head for head, _ in BRIEFS]


def test_a_dash_subtitle_in_the_texts_size_and_one_line_under_a_caption_are_read_as_set(tmp_path):
    # ——记… set in the text's size right under the head is its subtitle, not the body's first line; a picture and its
    # caption in the story's first column with one text line under them: that line opens the body, the caption does not
    spec = PageSpec(columns=3, body_size=10.0, title_size=20.0, articles=(
        SpecArticle("他把一辆公交车开成了流动的家", OTHER + BODY, span=3, subtitle="——记市劳动模范、公交驾驶员陈建国",
                    plain_subtitle=True),
        SpecArticle("温州市总工会启动夏送清凉活动为一线职工送去防暑物资", BODY + OTHER + BODY, span=3,
                    caption="职工们在活动现场交流。（本报记者 李明 摄）",
                    column_picture=True),
    ))
    path, truths = _page(tmp_path, spec)
    articles = pdf_articles(path.read_bytes(), path.name)
    assert [(a.title, a.subtitle, "".join(a.paragraphs)) for a in articles] == [
        (t.title, t.subtitle, t.body) for t in truths]


def test_a_single_short_story_in_a_narrow_column_is_read_by_rows_and_a_tall_one_whole():
    from archive.text.pdf_layout import Region, page_order

    def story(x0, top, x1, bottom, name):
        return Region(x0, top, x1, bottom, 9.0, top, x0, name)  # (the article is only looked at by the caller)

    lead, below = story(0, 0, 800, 300, "lead"), story(0, 320, 800, 900, "below")
    short = story(820, 0, 980, 250, "时评")  # a commentary beside the lead, ending above the story under it
    tall = story(820, 0, 980, 880, "sidebar")  # one story running down beside both
    assert [r.article for r in page_order([lead, below, short])] == ["lead", "时评", "below"]
    assert [r.article for r in page_order([lead, below, tall])] == ["lead", "below", "sidebar"]


def test_chrome_lines_are_staff_and_colophon_lines_never_sentences():
    from archive.text.pdf_layout import is_chrome_line

    assert all(map(is_chrome_line, ("责任编辑孙丽版式设计郑凯", "本版编辑：陆明 校对：韩雪", "印刷：江城报业印务有限公司",
                                    "广告热线：0577-88881234", "职工周报社出版 零售价：2.00元")))
    assert not any(map(is_chrome_line, ("咨询电话：0577-88881234。", "编辑部主任王磊说", "中工网版权所有，未经授权禁止使用")))


def test_a_framed_table_under_a_storys_text_is_no_part_of_it(tmp_path):
    # a table set into the story's columns (a frame, a header row, rows of figures): its cells stay out of the body,
    # and the story under it keeps its head
    spec = PageSpec(columns=3, body_size=10.0, title_size=20.0, articles=(
        SpecArticle("全市安全生产大检查排查隐患三千余处", BODY + OTHER + BODY, span=3, table=(
            ("项目", "排查数", "已整改", "整改率"), ("设备设施", "1867", "1792", "96%"), ("作业环境", "942", "915", "97%"))),
        SpecArticle("台州劳模工匠疗休养", OTHER, span=3),
    ))
    path, truths = _page(tmp_path, spec)
    articles = pdf_articles(path.read_bytes(), path.name)
    assert [(a.title, "".join(a.paragraphs)) for a in articles] == [(t.title, t.body) for t in truths]


def test_a_caption_ends_at_its_credit_though_the_line_under_it_starts_flush():
    # the story's first line set flush under the caption, in its size and face: the credit (…摄）) closes the caption
    from archive.text.pdf_layout import Block, Line, _caption_end
    from archive.text.pdf_read import Glyph
    from archive.text.pdf_rules import load_rules

    def line(text, top):
        return Line([Glyph(ch, 10.0 * i, top, 10.0 * i + 10, top + 10, 10.0) for i, ch in enumerate(text)])

    block = Block([line("职工们在活动现场交流。（本报记者 李明 摄）", 0), line("本报讯 近日，温州市总工会在鹿城区启动", 13)])
    assert _caption_end(block, load_rules()) == 1
    assert _caption_end(Block([line("图为职工们在活动现场", 0), line("交流。（本报记者 李明 摄）", 13)]), load_rules()) == 2


def test_boxed_tips_notices_and_info_boxes_are_furniture_and_a_photo_news_head_owns_the_text_under_its_picture(tmp_path):
    # 温馨提示 and 关于…的通知 in frames, a 人物名片 box under a story: none an article, none in a body; a 图片新闻 head over
    # its picture owns the short text under it, credit and all, though that text reads like a caption
    photo_text = "近日，市总工会职工服务中心的工会驿站正式开门迎客，为户外劳动者提供歇脚、饮水和充电服务。（本报记者 李明 摄）"
    spec = PageSpec(columns=3, body_size=10.0, title_size=20.0, articles=(
        SpecArticle("温州市总工会夏送清凉到一线", BODY + OTHER, span=2, info_box=("人物名片", "陈建国，公交驾驶员", "安全行车三十万公里")),
        SpecArticle("温馨提示", ("本市职工疗休养报名将于本月底截止，请各基层工会抓紧组织报名。",), span=1, boxed=True),
        SpecArticle("工会驿站开门迎客", (photo_text,), span=1, photo_news=True),
        SpecArticle("关于开展职工健康体检的通知", ("各分会：定于下月开展全体职工健康体检，请做好人员安排。",), span=3, boxed=True,
                    box_style="shade"),
        SpecArticle("台州劳模工匠疗休养", OTHER, span=3),
    ))
    path, truths = _page(tmp_path, spec)
    articles = pdf_articles(path.read_bytes(), path.name)
    assert [(a.title, "".join(a.paragraphs)) for a in articles] == [(t.title, t.body.replace(" ", "")) for t in truths]
    assert [t.title for t in truths] == ["温州市总工会夏送清凉到一线", "工会驿站开门迎客", "台州劳模工匠疗休养"]


def test_marked_brief_heads_in_a_framed_column_are_each_an_article_and_a_marked_intertitle_in_a_story_is_not(tmp_path):
    # a 工会简讯 box: ■县医院开通一站式结算 in the text's size over its text, then the next ■ head; the mark is no part
    # of the title. A ■ line in a story's own column (no box, no brief label over it) stays in the story.
    items = (("县医院开通一站式结算", "近日，县医院开通职工医保一站式结算窗口，住院职工出院当天即可结清费用，不再来回跑。（何芳）"),
             ("石门乡农民工拿到技能证书", "日前，石门乡五十名农民工参加电焊培训，全部拿到职业技能等级证书。（通讯员 丁玲）"),
             ("流动书车开进偏远村组", "县总工会的流动书车本月开进八个偏远村组，送去图书两千余册。（通讯员 汪洋）"))
    spec = PageSpec(columns=3, body_size=10.0, title_size=20.0, areas=(2, 1), articles=(
        SpecArticle("温州市总工会夏送清凉到一线", (BODY[0], "■一线职工有了清凉驿站", BODY[1], *OTHER), span=2),
        SpecArticle("", (), items=items, span=1, area=1, label="工会简讯", brief_column=True),
    ))
    path, truths = _page(tmp_path, spec)
    articles = pdf_articles(path.read_bytes(), path.name)
    assert [(a.title, "".join(a.paragraphs)) for a in articles] == [(t.title, t.body.replace(" ", "")) for t in truths]
    assert [t.title for t in truths][1:] == [head for head, _ in items]


@pytest.mark.parametrize("line, reporters", [
    ("文/图 本报记者 李明", ["李明"]), ("文/本报记者 陈静 图/受访者提供", ["陈静"]), ("文/图 欧阳小明", ["欧阳小明"]),
    ("图/受访者提供", []), ("本报记者 王磊 通讯员 张华", ["王磊"]), ("文/图李明", ["李明"]),
    ("文/本报记者陈静图/受访者提供", ["陈静"])])
def test_a_wen_tu_byline_line_opening_the_text_is_the_credit(line, reporters):
    from archive.text.pdf import credit_paragraph

    credit = credit_paragraph(line)
    assert credit is not None and (credit.text, credit.reporters) == (line, reporters)
    assert credit_paragraph("文化是职工的精神家园，书屋是职工的加油站。") is None and credit_paragraph("图片新闻") is None


def test_a_larger_subtitle_a_pull_quote_and_an_ad_stay_out_of_the_text_and_a_photo_news_head_under_a_story_stays_a_head(
        tmp_path):
    # a 副题 with no dash a little larger than the text under the head is the subtitle (the 文/图 line under it the
    # byline); a sentence in quotes set large between rules in the second column is a pull quote, the column's text
    # running on across it; a photo news head right under a story, its picture under it, is no section head of that
    # story; an ad under the stories (the advertiser large, its hotline) is furniture
    spec = PageSpec(columns=3, body_size=10.0, title_size=22.0, ad=("江城农商银行", "职工安心贷 利率优惠", "服务热线：0577-96596"),
                    articles=(
        SpecArticle("温州市总工会夏送清凉到一线", BODY + OTHER + BODY + OTHER, span=2, subtitle="三千余名户外劳动者受益",
                    small_subtitle=True, byline="文/图 本报记者 李明", pull_quote="“把职工的小事当成工会的大事来办。”"),
        SpecArticle("台州劳模工匠疗休养", OTHER + BODY, span=1),
        SpecArticle("工会驿站开门迎客", ("近日，市总工会职工服务中心的工会驿站正式开门迎客，为户外劳动者提供歇脚、饮水和充电服务。（本报记者 李明 摄）",),
                    span=1, photo_news=True),
    ))
    path, truths = _page(tmp_path, spec)
    articles = pdf_articles(path.read_bytes(), path.name)
    assert [(a.title, a.subtitle, a.byline, "".join(a.paragraphs)) for a in articles] == [
        (t.title, t.subtitle, "文/图本报记者李明" if t.subtitle else None, t.body.replace(" ", "")) for t in truths]
    assert len(truths) == 3



def test_a_story_boxed_under_a_label_and_kicker_is_read_where_its_box_starts():
    # a 记者观察 box at the left, its head four lines down under the label and a kicker, a story beside the box with
    # its head at the box's top: the box is read first, a story under them after both
    from archive.text.pdf_layout import Region, boxed_regions, page_order
    from archive.text.pdf_read import Box

    def story(x0, top, x1, bottom, head_top, name):
        return Region(x0, top, x1, bottom, 9.0, head_top, x0, name)

    def page() -> list[Region]:
        return [story(420, 90, 800, 300, 90, "beside"), story(36, 130, 400, 300, 130, "box"), story(36, 320, 800, 600, 320, "under")]

    assert [r.article for r in page_order(boxed_regions(page(), (Box(32, 90, 404, 304),)))] == ["box", "beside", "under"]
    assert [r.article for r in page_order(boxed_regions(page(), ()))] == ["beside", "box", "under"]  # (no box: by heads)


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED / "dev-corpus").is_dir(), reason="no ../shared dev corpus")
def test_a_boxed_storys_columns_level_with_the_story_beside_the_box_stay_in_the_box(tmp_path):
    # insert kinds pages with a framed story under a label and a kicker beside a story whose first row is level with
    # the box's second column (its head too short to stand over it): that column is the box's, and the box is read
    # right before the story beside it
    from archive.scoring.pdf_make import corpus_pages, insert_kinds

    specs = insert_kinds(corpus_pages(SHARED / "dev-corpus" / "articles.jsonl", 7), 7)
    for number in (2, 8):
        path, truths = _page(tmp_path, specs[number], f"page{number}.pdf")
        articles = pdf_articles(path.read_bytes(), path.name)
        found = {a.title.replace(" ", ""): "".join(a.paragraphs) for a in articles}
        titles = [a.title.replace(" ", "") for a in articles]
        framed = next(a for a in specs[number].articles if a.framed)
        neighbour = next(t for t in truths if t.follows == framed.title)
        assert titles.index(neighbour.title.replace(" ", "")) == titles.index(framed.title.replace(" ", "")) + 1
        assert all(found.get(t.title.replace(" ", "")) == t.body.replace(" ", "") for t in truths if t.title in (framed.title, neighbour.title))


def test_a_running_foot_under_the_last_story_and_an_ad_in_the_footer_band_stay_out_of_the_text(tmp_path):
    # the paper, date and page repeated in the text's size right under the last story (职工周报 2024年3月5日 星期二 第3版)
    # is chrome, not the story's last line; an ad's large name over its hotline in the footer band is the ad's
    spec = PageSpec(columns=2, body_size=10.0, title_size=20.0, colophon=("职工周报 2024年3月5日 星期二 第3版",), articles=(
        SpecArticle("温州市总工会夏送清凉到一线", (BODY + OTHER) * 4, span=2),  # (the foot well below the header band)
        SpecArticle("台州劳模工匠疗休养", (OTHER + BODY) * 3, span=2),
    ))
    path, truths = _page(tmp_path, spec)
    articles = pdf_articles(path.read_bytes(), path.name)
    assert [(a.title, "".join(a.paragraphs)) for a in articles] == [(t.title, t.body) for t in truths]
    assert articles[0].published == "2024-03-05"


def test_a_brief_head_wider_than_its_column_runs_on_to_its_second_line():
    # ■福州工会驿站撑起夏日“清凉 / 伞” over the brief's indented text: one head, its mark off, though a signature line
    # stands out past the column's edge
    from archive.text.pdf_layout import Block, Line, _marked_heads
    from archive.text.pdf_read import Glyph
    from archive.text.pdf_rules import load_rules

    def line(text, top, x=0.0):
        return Line([Glyph(ch, x + 10.0 * i, top, x + 10.0 * i + 10, top + 10, 10.0) for i, ch in enumerate(text)])

    block = Block([line("■福州工会驿站撑起夏日“清凉", 0), line("伞”", 13), line("眼下，热浪席卷福州，外卖骑", 26, 20.0),
                   line("手、快递员穿梭在烈日下。（通讯员 汪洋）", 39)])
    assert _marked_heads(block, load_rules()) == [(0, 2)]


def test_a_phrase_a_little_larger_than_the_text_under_a_head_is_its_subtitle_but_a_byline_so_set_is_not():
    from archive.text.pdf_layout import Block, Line, Stack, _larger_phrase
    from archive.text.pdf_read import Glyph

    def block(text, top, size):
        return Block([Line([Glyph(ch, size * i, top, size * i + size, top + size, size) for i, ch in enumerate(text)])])

    head = Stack([block("医疗互助保障计划启动", 0, 22.0)])
    prose = [Block([Line([Glyph(ch, 9.0 * i, 60 + 13 * k, 9.0 * i + 9, 69 + 13 * k, 9.0) for i, ch in enumerate(line)])
                    for k, line in enumerate(("本报讯 近日，市总工会启动新一年度职工医疗互助保障", "计划，在职职工每人每年缴费60元。"))])]
    assert _larger_phrase(block("在职职工每人每年缴费60元即可参加", 30, 10.4), head, prose)
    assert not _larger_phrase(block("本报记者 李明", 30, 10.4), head, prose)  # a byline set larger: the byline
    assert not _larger_phrase(block("在职职工每人每年缴费60元即可参加", 30, 9.0), head, prose)  # the text's own size
