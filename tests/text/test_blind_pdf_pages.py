"""Blind gate for PDF pages: six newspaper pages nobody on the team had seen, expectations written before any run.

tests/data/pdf/blind holds 6 one-page PDFs (3 broadsheet 1017×1433 pt, 3 A3; 4–6 columns, some of unequal width) with
28 articles, made by a generator of their own (make_pages.py beside them, reportlab and its CID font STSong-Light),
not by archive.scoring.pdf_make: every block is placed by coordinates as a make-up editor places it. The layouts:
引题/主题/副题 stacks, heads centred over 2–4 columns, a head standing in the first column beside its text, picture
boxes with captions (图为…/▲…/a caption set beside the picture), a boxed 简讯 column of headed items with signatures,
vertical (竖排) heads in shaded strips, heads in shaded boxes, an inter-character spaced head, L-shaped stories (one
running deeper down its first column; one going round a job table), a narrow sidebar Q&A under a reversed label,
下转第4版/上接第1版 jump lines, bold sub-heads inside a feature, commentaries with □/■ bylines (one on the head's own
line), a readers' letter with its salutation, a 今日导读 box, notices (遗失声明, 征稿启事), ads, page headers with
版次/版名/日期/编辑 and footers. expected.json says, per page, the articles in reading order (title, kicker, subtitle,
the body's first and last words) and the phrases no body may keep.

A page is checked for: its headlines, found in reading order with nothing else taken for an article; each found
article's body starting at its first words (after the 本报讯 lead, which it may keep); each found article's body ending
at its last words (a printed signature may follow); no caption, label, byline, jump line, notice, ad or page chrome in
any body. Text is compared without whitespace, NFKC-folded (test_blind_pages.py's helpers, imported). A case the
extractor fails is a strict xfail saying what came out; expectations are never changed to match output.

First run, at d04cca1 (session 9 start), before anyone worked on these pages (no expectation changed after it; the
pages, generator and expected.json were committed alone first, in 68d85e3):
- Headlines: precision 0.923 (24 of 26 found articles are expected ones), recall 0.857 (24 of 28); headlines right
  and in order on 1 of 6 pages. Bodies starting at their first words: 20 of the 24 found articles, 4 of 6 pages; ending
  at their last words: 15 of 24, 2 of 6 pages; no chrome in any body: 4 of 6 pages. Pages passing every check: 1 of 6
  (p4, the A3 feature page). 12 cases passed, 13 strict xfails.
- Failure kinds: (1) non-articles read as articles: a 今日导读 box of items, a boxed 征稿启事 notice. (2) articles lost, their
  text given to another: a head set vertically (竖排) in a shaded strip left of its text (the one at the right edge of a
  letter was found); a head standing in the first column with its text in the columns beside it; a story whose text
  goes round a boxed table (its head over the table, its first column beside it); a one-column story whose head is set
  right. (3) reading order taken from head height, not from blocks: a narrow sidebar read before the story lower in
  the wide columns beside it; a boxed 简讯 column's items interleaved with the story beside the box. (4) bodies running
  on across a rule into the story below or beside (three stories on the front page into the one under them; a letter
  into the commentary under it), so a body ends with the next one's text, byline or signatures. (5) bylines and labels
  left in bodies: a ■ byline line under a head opens the body; a □ byline set on the head's own line ends the body
  above; a reversed column label (江城时评) and a 下转第4版 jump line inside the body above them; a cartoon's credit line at
  the end of a body.
- Passed: heads over 2–4 columns, heads in shaded boxes, the inter-character spaced head, the L-shaped story that
  runs deeper down its first column, the feature with bold sub-heads and a caption set beside its picture, the
  上接第1版 line, the 本报讯 leads, captions under pictures, the 遗失声明 notice, every ad, page headers and footers.
- Seen but not gated: every 引题 (4 of 4) and 副题 (4 of 4) read as the article's kicker and subtitle; the printed
  date (2026-01-14, printed as 2026年1月14日 and as 2026.1.14) right on all 6 pages.

Second run, at the end of session 9. The first run's failure kinds (not the pages) were given to the PDF engineer, who
built them into the repo's own generator (pdf_make.layout_kinds) and fixed them there; so these figures measure how
fixes written for those kinds on other pages carry to these ones:
- Headlines: precision 0.960 (24 of 25), recall 0.857 (24 of 28); pages whole 1 of 6. Fixed: the boxed 征稿启事 is no
  article (p6); page 3's lead and first brief open at their first words. Still failing: the 今日导读 box, the side
  head, the vertical head, the story round the table and the right-set head are lost or taken; order by head
  height; bodies running across rules; bylines, the label, the jump line and the cartoon credit in bodies.

Third run, at the end of session 10, after a second PDF engineer worked from the kinds still failing (a new generated
family, pdf_make.makeup_kinds, built to fail as these pages did): headlines precision 0.960 (24/25), recall 0.857
(24/28), unchanged; pages whole 2 of 6 (p2's headlines now in order: its strict xfail mark was removed by script).
The rules carried to the generated family (articles whole 0.747 → 0.962) and to the real dev pages' order (0.941 →
1.00), little to these pages: the side, vertical, table-wrapped and right-set heads are still lost.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.model import Article
from tests.text.test_blind_pages import (
    bodies_starting_elsewhere,
    cases,
    extracted,
    matches,
    outcome_lines,
    precision_and_recall,
    squash,
    tally,
)
from tests.text.test_blind_pages2 import chrome_in_bodies

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "blind"
PAGES = {page["file"]: page for page in json.loads((PDF / "expected.json").read_text(encoding="utf-8"))["pages"]}
CHECKS = ("headlines", "bodies", "ends", "chrome")
# Headlines over the 6 pages; floors just under the first run (moving one is a deliberate act).
PRECISION_FLOOR = 0.95  # measured 0.960 (24/25) at the second run (0.923, 24/26, at the first); one less is 0.958
RECALL_FLOOR = 0.85  # measured 0.857 (24/28) at the first run; one less is 0.821

# (page, check) → what the extractor gave at the first run; each is a strict xfail.
P1, P2, P3 = "p1_front_broadsheet_6col.pdf", "p2_rights_A3_L_shape_sidebar.pdf", "p3_grassroots_briefs_vertical.pdf"
P5, P6 = "p5_jobs_broadsheet_5col.pdf", "p6_opinion_A3_6col.pdf"
XFAIL: dict[tuple[str, str], str] = {
    (P1, "headlines"): "5 articles for 5, one wrong: the 今日导读 box is an article titled '今日导读' (its items its body), and "
                       "'首批“返乡包车”下周发车' (a head standing in the first column beside its text) is lost",
    (P3, "headlines"): "7 articles for 8: the vertical (竖排) head '职工书屋里的充电时光' is lost (its text goes to the lead), and the "
                       "简讯 items are read by head height, interleaved with the one-column story beside the box",
    (P5, "headlines"): "2 articles for 4: '户外劳动者有了“职业体检”' (text round the job table) and '职工互助保障新年度参保启动' "
                       "(head set right in the last column) are lost",
    (P6, "bodies"): "the commentary opens with its byline ('■王晓东下班后还要…'); the foot commentary opens mid-text "
                    "('工的心里话。工会干部多往一线跑,上门、一次回访…': its columns' lines interleaved)",
    (P1, "ends"): "four stories run on into others: the lead and the skills story into the 返乡包车 story under them, the "
                  "commentary too, and the right story ends with the commentary's byline ('…“职工之家”。□本报评论员郑凯')",
    (P3, "ends"): "the lead ends with the vertical-head story's end and signature ('…示范点46家。(通讯员彭亮)'); the first "
                  "brief ends with all the briefs' signatures ('…顺利完成学业。(何芳)(通讯员丁玲)(通讯员汪洋)')",
    (P5, "ends"): "the 托管班 story runs on into the lost 互助保障 story ('…发放互助金5600余万元。')",
    (P6, "ends"): "the letter runs on into the foot commentary ('…谢谢你们!读者马建设□李然会就在身边。'), which ends with "
                  "the cartoon's credit line ('漫画:下班后的“第二个工作日”朱慧卿作')",
    (P1, "chrome"): "the 下转第4版 jump line and the 江城时评 label in the lead's body, the 本报评论员 byline in the right story's, "
                    "the 导读 items in the '今日导读' article",
    (P6, "chrome"): "the ■ 王晓东 and □ 李 然 bylines, the cartoon's credit (漫画, 朱慧卿) in bodies; the 工人论坛 label and 投稿邮箱 "
                    "in the 征稿启事 'article'",
}


def bodies_ending_elsewhere(articles: list[Article], expected: list[dict]) -> list[str]:
    """Found and expected articles in → 'title: body end' for each found article not ending at its last words
    (or at its last words and the signature printed after them)."""
    wrong = []
    for article, index in zip(articles, matches(articles, expected)):
        if index is not None:
            e, body = expected[index], squash(article.body)
            ends = {squash(e["body_end"])} | ({squash(e["body_end"]) + squash(e["sign"])} if e.get("sign") else set())
            if not any(body.endswith(end) for end in ends):
                wrong.append(f"{e['title']}: {body[-30:]!r}")
    return wrong


def check(name: str, what: str) -> tuple[bool, str]:
    """Page file name and check in → (passed, what came out)."""
    return page_check(PDF / name, PAGES[name], what)


def page_check(path: Path, page: dict, what: str) -> tuple[bool, str]:
    """A PDF page, its entry in expected.json and a check in → (passed, what came out); blind sets 1 and 2 share it."""
    articles, expected = extracted(path), page["articles"]
    if what == "headlines":
        right, found, recalled, in_order = tally(articles, expected)
        return (right == found == recalled == len(expected) and in_order), f"titles={[a.title for a in articles]}"
    if what == "bodies":
        wrong = bodies_starting_elsewhere(articles, expected)
        return not wrong, f"bodies starting elsewhere={wrong}"
    if what == "ends":
        wrong = bodies_ending_elsewhere(articles, expected)
        return not wrong, f"bodies ending elsewhere={wrong}"
    kept = chrome_in_bodies(articles, page["absent"])
    return not kept, f"chrome kept={kept}"


def page_cases(what: str) -> list:
    return cases(PAGES, XFAIL, what)


@pytest.mark.parametrize("name", page_cases("headlines"))
def test_a_blind_pdf_page_gives_its_headlines_in_reading_order_and_nothing_else(name):
    ok, got = check(name, "headlines")
    assert ok, got


@pytest.mark.parametrize("name", page_cases("bodies"))
def test_each_article_found_on_a_blind_pdf_page_starts_at_its_first_words(name):
    ok, got = check(name, "bodies")
    assert ok, got


@pytest.mark.parametrize("name", page_cases("ends"))
def test_each_article_found_on_a_blind_pdf_page_ends_at_its_last_words(name):
    ok, got = check(name, "ends")
    assert ok, got


@pytest.mark.parametrize("name", page_cases("chrome"))
def test_no_article_on_a_blind_pdf_page_keeps_captions_labels_notices_or_page_chrome(name):
    ok, got = check(name, "chrome")
    assert ok, got


def test_blind_pdf_headlines_hold_their_precision_and_recall():
    precision, recall, said = precision_and_recall([tally(extracted(PDF / name), PAGES[name]["articles"])
                                                    for name in sorted(PAGES)],
                                                   sum(len(p["articles"]) for p in PAGES.values()))
    print(report())
    print(f"blind PDF headlines: {said}")
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR


def report() -> str:
    """Every case's outcome, one line each, and the pages passing every check (for the docstring's record of a run)."""
    return pages_report(sorted(PAGES), check)


def pages_report(names: list[str], run) -> str:
    """Page names and their check function in → every case's outcome, one line each, and the pages passing every
    check."""
    lines = [line for what in CHECKS for line in outcome_lines("pdf", what, names, run)]
    whole = [name for name in names if all(run(name, what)[0] for what in CHECKS)]
    return "\n".join(lines + [f"pages whole: {len(whole)} of {len(names)} {whole}"])
