"""Corpus gate: the dev pages as other sites and papers would set them (archive.scoring.variants), scored per
variant family by archive.scoring.perturbed_pages against the original pages' expectations. Floors sit just
under the measured share of pages passing every check; raising or lowering one is a deliberate act.
The HTML families read every third page here (``every=3``, each family its own third: ~11 CPU s for 25 families,
with the held-out PDF pages and two seeds of centred ones ~16 s);
``python -m archive.scoring`` reads them all. Skipped where ../shared is absent."""

from __future__ import annotations

import re

import pytest

from archive.scoring import CORPORA
from archive.scoring.perturbed_pages import added_chrome, report, with_added_chrome
from archive.scoring.variants import VARIANT_BYTES, Expected, html_variant, html_variant_expected, text_variant, variant_expected
from tests.conftest import SHARED

# Measured 2026-12-07 with every=2 (share of pages passing every check); in brackets before this session's fixes:
# headline in a styled div with a site-name <title> 1.0 (0.9), a date printed 09-18 06:23 with the year in the
# address 0.889 (0.111), flattened with a site-name <title> 0.9 (all 20 pages: 0.85, before 0.35), unseen_site 1.0 (0.9); text pages: original 0.963
# (0.889), without the 本报讯 lead 0.917 (0.75), re-broken at a column width 0.889 (0.667), broken mid-word 0.926 (0.815).
# Session 6 (all 20 pages): every HTML family 1.0 (flattened 0.85, flattened_site_title 0.85, renamed/no attributes 0.95,
# paragraphs as breaks 0.95, date_month_day 0.944, unseen_site 0.90 before the fullest run of paragraphs, the caption boxed
# with its picture, a link line's cost and the 更新时间 date); the families added then (table cells, styled divs,
# e-paper, headline only in <title>, 来源/责任编辑 lines, related lists, and two unseen-site mixes) first scored
# 0.933, 0.95, 1.0, 0.917, 1.0, 1.0, 0.95, 0.95.
FLOORS = {
    "html original": 1.0, "html reserialised": 1.0, "html renamed_attributes": 0.95, "html no_attributes": 0.95,
    "html wrapped": 0.95, "html flattened": 0.95, "html flattened_site_title": 0.95, "html chrome_reordered": 0.95,
    "html paragraphs_as_breaks": 0.95, "html paragraphs_as_divs": 0.95, "html headline_styled": 0.95, "html headline_styled_site_title": 0.95,
    "html date_chinese": 0.95, "html date_iso": 0.95, "html date_dotted": 0.95, "html date_slashed": 0.95,
    "html date_month_day": 0.95, "html unseen_site": 0.95,
    "html table_cells": 0.95, "html styled_divs": 0.95, "html epaper": 0.95, "html title_in_head_only": 0.95,
    "html credit_lines": 0.95, "html related_tail": 0.95, "html unseen_cms": 0.95, "html unseen_epaper": 0.95,
    # session 7, new families (all pages), first run → after: article_related_box 0.29 → 1.0 (a related box inside the
    # article cut it short), paginated 1.0 → 1.0, lazy_images 0.64 → 1.0 (a "▲ …" caption under a picture kept)
    "html article_related_box": 0.95, "html paginated": 0.95, "html lazy_images": 0.95,
    # session 8, new families (all pages), first run → after: badge_headline 0.00 → 1.0 (原创/独家/【视频】 kept in the
    # title), word_pasted 0.58 → 1.0 (16pt body runs taken for the headline), site_name_h1 0.65 → 1.0 (the site's name in
    # an <h1> linking home taken for the headline); kicker_subtitle, editor_note, closing_staff, date_in_source_line,
    # date_relative, table_layout, wrong_meta_charset, gov_furniture, app_share 1.0 → 1.0; subtitle_in_headline 0.10 → 1.0
    # (<h1>主题<br><small>副题</small></h1> read whole), title_truncated 1.0 → 1.0, second_page (page 2 of a split story) 1.0
    "html badge_headline": 0.95, "html word_pasted": 0.95, "html site_name_h1": 0.95, "html kicker_subtitle": 0.95,
    "html editor_note": 0.95, "html closing_staff": 0.95, "html date_in_source_line": 0.95, "html date_relative": 0.95,
    "html table_layout": 0.95, "html wrong_meta_charset": 0.95, "html gov_furniture": 0.95, "html app_share": 0.95,
    "html subtitle_in_headline": 0.95, "html title_truncated": 0.95, "html second_page": 0.95,
    # session 9 (all pages), first run → after: editor_note now expects a note boxed apart (bordered div, <blockquote>,
    # its own class, a rule <hr> under it) out of the body, as the second blind set reads it: 0.50 → 1.0;
    # editor_note_inline (the note a <p> like the others, 17_chinanews's way: the body's start) 1.0 → 1.0; video_player
    # (<video>/<audio> fallback text, a loading notice) 0.72 → 1.0; app_prompt_inside 0.93 → 1.0; related_inline (a label
    # and links among the paragraphs) 0.00 → 1.0; meta_date_only (PubDate, apub:time, bytedance:published_time …) 0.65 → 1.0;
    # body_split_by_ads (the article in boxes of one kind, an advertisement between) 0.93 → 1.0; font_gbk 1.0 → 1.0;
    # centred_captions (a sentence centred under a centred picture) 0.00 → 1.0; slogan_h1 (a slogan <h1> over an <h2>
    # headline) 0.75 → 1.0; date_numerals (the date printed 二〇二三年七月五日) 0.06 → 1.0; next_article_appended (the next
    # story's headline and paragraphs loaded under the article) 0.29 → 1.0; date_in_address_only (the date only in the
    # canonical/og:url address) 0.06 → 1.0; traditional_page (the whole page in traditional script, read against the
    # expectations converted alike) 0.90 → 1.0 (html.yaml's written cues matched in both scripts). unseen_portal (all of
    # session 9's kinds on one page, classes renamed) first run 0.40, no floor yet: a related list just above an
    # advertisement's split, an 编者按 box beside a player, a slogan <h1> over a renamed title class are left to fix.
    "html editor_note_inline": 0.95, "html video_player": 0.95, "html app_prompt_inside": 0.95, "html related_inline": 0.95,
    "html meta_date_only": 0.95, "html body_split_by_ads": 0.95, "html font_gbk": 0.95, "html centred_captions": 0.95,
    "html slogan_h1": 0.95, "html date_numerals": 0.95, "html next_article_appended": 0.95,
    "html date_in_address_only": 0.95, "html traditional_page": 0.95,
    # session 10 (all pages), first run → after: unseen_portal 0.40 → 1.0 (a related label closing one part of an article
    # cut by an ad, an 编者按 box under a player's notice, a slogan <h1> over a site-name <title>; the harness no longer
    # sets an ad between a picture and its caption); the third blind set's kinds on pages of our own: forum_repost
    # ([转帖]/【转载】/（转） before the subject) 0.05 → 1.0 (with two Discuz! replies under the post added later: 0.45 →
    # 1.0 once a "2# 发表于 …" reply header ends the article), epaper_heads_table (引题/主题/副题 rows by label or by type,
    # 版次/作者 rows; heads checked; labelled rows later also in plain type under a paper-name <title>) 0.00 → 1.0, body_parts_mixed (parts in wrappers of other kinds, an <iframe>/script
    # slot/banner and a 猜你喜欢/相关推荐 list between) 0.08 → 1.0, footnotes (注释/参考文献/注： under the article) 0.00 → 1.0
    "html unseen_portal": 0.95, "html forum_repost": 0.95, "html epaper_heads_table": 0.95, "html body_parts_mixed": 0.95,
    "html footnotes": 0.95,
    # session 11, the fourth blind set's kinds on pages of our own, first run → after: app_state_date (the visible time
    # without its year, the date only in a Nuxt/__INITIAL_STATE__/__NEXT_DATA__ state script, publishTime in ms, s or
    # a string, another story's time beside it) 0.11 → 1.0; reader_comments (name, comment and time of three readers
    # under the last paragraph, each in a <li>/<div> or flat, sometimes under a 转发/评论/赞 bar) 0.00 → 1.0
    "html app_state_date": 0.95, "html reader_comments": 0.95,
    # session 12, the fifth blind set's HTML kinds on pages of our own, first run → after: date_day_first (15/12/2012)
    # 0.11 → 1.0; date_in_spans (新华网's year/day/time spans, <span>2023</span>-<span>07</span>-…, Word runs) 0.11 → 1.0;
    # bulletin (a Word 简报: masthead with the issuer and date in runs, 报/送/发 and 印发 lines under the text) 0.06 → 1.0;
    # dateline_names (某某网柳州5月6日电 （陈思远） opening the body) 0.41 → 1.0; cms_form (博达 VSB: the article inside
    # <form name="_newscontent_fromname">, paragraphs in styled spans) 0.05 → 1.0; comment_box (0条评论, 还没有人跟贴，
    # 快来抢沙发吧 under the last paragraph) 0.56 → 1.0
    "html date_day_first": 0.95, "html date_in_spans": 0.95, "html bulletin": 0.95, "html dateline_names": 0.95,
    "html cms_form": 0.95, "html comment_box": 0.95,
    # text (27 pages; one page is 0.037; no_lead_byline 12): session 6 measured original 1.0, one_per_line 1.0,
    # double_spaced 1.0 (0.963: d017's expectation), no_lead_byline 1.0 (0.917: a caption closed by 记者… 摄 above the
    # lead), broken_mid_word 1.0 (0.926: a byline broken inside its last name), column_wrapped 0.963 (0.889: a title set
    # twice), traditional 1.0 (0.926: chrome read in simplified); new families page_header 1.0, epaper_nav 1.0 (first 0.963), commentary_opener 1.0
    # (first 0.926); session 7: column_wrapped 1.0 (a sentence ending at the column's edge no longer sets the paragraph gap)
    "text original": 0.97, "text no_lead_byline": 0.95, "text column_wrapped": 0.97, "text broken_mid_word": 0.97,
    "text one_per_line": 0.97, "text double_spaced": 0.97, "text traditional": 0.97,
    "text page_header": 0.97, "text epaper_nav": 0.97, "text commentary_opener": 0.97,
    # generated (seed 11, 40 pages): session 6 simplified 0.982 / 0.996 / 1.0 (counts 0.975 before a last sentence broken
    # inside a word was read as body), traditional 0.982 / 0.994 / 1.0
    "generated simplified titles_owned": 0.98, "generated simplified breaks_rejoined": 0.99, "generated simplified counts_right": 0.99,
    "generated traditional titles_owned": 0.98, "generated traditional breaks_rejoined": 0.985, "generated traditional counts_right": 0.97,
    # generated PDF pages, other articles in the dev layouts (seeds 1-5; the dev seed 7 scores 1.0 on all three):
    # 1.0 on all three (before heads were parted over gutters and rows followed under their picture or rule:
    # 0.980, 0.968, 0.932); one article of the 205 lost would be 0.995
    "pdf held-out headlines owned": 0.99, "pdf held-out text kept": 0.99, "pdf held-out articles whole": 0.99,
    # the same layouts with every headline stack centred over its columns (seeds 7 and 1-5; session 6, first run):
    # owned 0.992, text kept 0.992, articles whole 0.972 (seed 2's five-column page and seed 7's last page); session 7
    # 1.0 on all three (the text under two heads read at its own size, not a next row's subtitle crossing the gutter;
    # a centred head's columns mirrored about its middle)
    "pdf held-out centred headlines owned": 0.995, "pdf held-out centred text kept": 0.995, "pdf held-out centred articles whole": 0.99,
    # session 7, new family: the same pages with what papers print besides stories (a 导读 box, 上接/下转 jump lines, a
    # picture with its caption alone between stories; seeds 7 and 1-5): first run owned 0.942, kept 0.920, whole 0.758,
    # furniture out 0.619, 6 articles beyond; after (jump notes out of the text, a prose block naming a page no 版头)
    # 0.992, 0.958, 0.866, 1.0, 8 (the gate's seeds 7 and 3: 0.988, 0.951, 0.860, 1.0, 3)
    "pdf held-out print habits headlines owned": 0.99, "pdf held-out print habits text kept": 0.955,
    "pdf held-out print habits articles whole": 0.87, "pdf held-out print habits furniture out": 0.99,
    # session 9, new family: the same pages set as other papers set theirs (a head in its module's first column with its
    # text beside it, a vertical head left of its text, ■/□ byline lines over a story or on the head's line, a one-column
    # head flush right, a boxed 征稿启事/订阅启事/今日导读; pdf_make.layout_kinds; seeds 7 and 1-5): first run owned 0.803,
    # kept 0.700, extra 0.114, whole 0.426, furniture out 0.076, 69 articles beyond; after (framed notices and guides
    # furniture, a side head owns the text level with it, a vertical head owns text to its right and follows its row, a
    # byline line of its own or on a head's line is the byline, a column under its own head and picture stays its head's)
    # 0.946, 0.936, 0.023, 0.897, 0.980, 8 (the gate's seeds 7 and 3: first 0.817, 0.724, 0.101, 0.439, 0.061, 21;
    # after 0.963, 0.966, 0.000, 0.951, 0.991, 3). Print habits on the gate's seeds went 0.988, 0.951, 0.860 → 1.0, 0.963, 0.885.
    # The family then took in small heads (1.15 times the text, a letter's or a brief's) under the rule closing the module
    # above: first run (the code before this session) 0.747, 0.654, 0.129, 0.396, 0.058, 74 beyond (gate seeds 0.744,
    # 0.652, 0.115, 0.390, 0.053, 25); with the commits above but no small-head rule 0.886, 0.888, 0.052, 0.816, 0.933, 15;
    # after (a short phrase at least 1.1 times the text under a printed rule is a head) 0.935, 0.926, 0.038, 0.873, 0.971, 8
    # (gate seeds 0.927, 0.930, 0.028, 0.878, 0.947, 4): the floors below are this harder family's, not lowered ones.
    # session 10 (plates, sidebars, teasers, author lines, brief labels; see makeup kinds below) took the gate's seeds to
    # 0.951, 0.951, 0.902, 0.974 (all six seeds 0.955, 0.948, 0.023, 0.906, 0.985)
    "pdf held-out layout kinds headlines owned": 0.95, "pdf held-out layout kinds text kept": 0.95,
    "pdf held-out layout kinds articles whole": 0.90, "pdf held-out layout kinds furniture out": 0.97,
    # session 10, new family: the same stories made up as the blind PDF pages' papers place blocks (A3 and broadsheet,
    # 4-6 columns, a narrower sidebar column, rules of three weights, heads 2-3.2 times the text; a sidebar of three
    # stories under a reversed label, or a framed, sometimes shaded, 简讯 box of small-headed items with signatures
    # under a 简讯 label set white on a plate or large and black; a vertical head centred in a shaded strip; a
    # commentary under a reversed label with a ■/□/◎ author line and a cartoon credit; 下转第N版 without brackets; a
    # 今日导读 of teasers framed, ruled or shaded; pdf_make.makeup_kinds; seeds 7 and 1-5). First run (the code before
    # this session, fdb0583): owned 0.814, kept 0.903, whole 0.747, furniture out 0.760, areas in order 0.389, 38
    # articles beyond (gate seeds 7 and 3: 0.825, 0.917, 0.754, 0.833, 0.417, 9). After (type on a dark plate and brief
    # labels are labels, opening a module as a rule does; teasers ending in their pages are a guide, framed or not, each
    # ending its paragraph; a ■ author line is a paragraph of its own; a jump line leaves the text wherever it stands;
    # a narrow column of stories level with those beside it, and a frame's stories, are read whole; a head broken over
    # many short lines in a narrow column is a head; a small head may end in a closing quote or !): 0.983, 0.976,
    # 0.919, 0.966, 0.694, 2 (gate seeds 0.974, 0.974, 0.903, 0.967, 0.667, 0). Then (a run of teasers is a guide
    # wherever it stands, with the 今日导读 head over it; a ◎ author line over a first column is a byline line like ■):
    # 0.983, 0.985, 0.962, 0.997, 0.667, 0 (gate seeds 0.974, 0.978, 0.930, 1.0, 0.667, 0). Cartoons on every other page
    # then drawn in strokes (no picture under the credit): first 0.983, 0.985, 0.936, 0.954, 0.694, 0; after (a credit
    # naming the cartoon's title is a caption) the figures above again.
    # session 11 (a brief's short text under its head, chrome lines cut off the story above): gate seeds owned 0.974 →
    # 0.982, whole 0.930 → 0.947 (all six seeds 0.983 → 0.985, 0.962 → 0.968)
    "pdf held-out makeup kinds headlines owned": 0.975, "pdf held-out makeup kinds text kept": 0.97,
    "pdf held-out makeup kinds articles whole": 0.94, "pdf held-out makeup kinds furniture out": 0.99,
    "pdf held-out makeup kinds areas in order": 0.66,
    # session 11, new family: the same stories made up as front and county pages set theirs, built from blind PDF pages
    # 2's failure kinds (a colophon or staff line in the text's size right under the last stories, a framed row of three
    # 简讯 items side by side, a single short story in a narrow column beside the lead, a ——记… subtitle in the text's
    # size, a picture and caption in a first column over one text line; pdf_make.front_page_kinds, seeds 7 and 1-5).
    # First run (the code before this session): owned 0.787, kept 0.926, whole 0.382, furniture out 0.572, order 0.833
    # (gate seeds 7 and 3: 0.794, 0.943, 0.390, 0.565, 0.833). After (items level with a small head are heads, chrome
    # lines cut off blocks, a dash line under a head its subtitle, a caption's lines end at the text's indent, a single
    # short narrow story read by rows): 0.960, 0.963, 0.946, 1.0, 0.972 (gate seeds 0.992, 0.985, 0.984, 1.0, 0.967).
    # The family then took in a framed table under a story's text (and brief heads wrapped to their column, a story
    # once a page): first run (the code before this session) 0.777, 0.909, 0.327, 0.324, 0.861 (gate seeds 0.791, 0.920,
    # 0.315, 0.364, 0.833); after (a frame of short cells and figures is furniture) 0.951, 0.946, 0.939, 0.997, 0.967
    # (gate seeds 0.967, 0.958, 0.967, 1.0, 0.964): the floors below are this harder family's.
    # Session 11 (pdforder): every other single-story page made a two-story front page, a commentary over two of six
    # columns at the left under its label (its head two lines below the lead's at its right), read first. Before (heads
    # in rows of a fixed 40-point grid): owned 0.966, kept 0.959, whole 0.949, furniture out 0.997, order 0.911 (gate
    # seeds 0.973, 0.963, 0.973, 1.0, 0.929); after (a head within three text lines of its row's highest head is in
    # that row, read left to right): order 0.970 (gate seeds 0.964), the rest unchanged.
    "pdf held-out front page kinds headlines owned": 0.96, "pdf held-out front page kinds text kept": 0.95,
    "pdf held-out front page kinds articles whole": 0.96, "pdf held-out front page kinds furniture out": 0.99,
    "pdf held-out front page kinds headline order": 0.95,
    # session 12, new family: the same stories with what papers set into and beside them, built from blind PDF pages 3's
    # failure kinds (a boxed 小贴士/温馨提示/…的通知/公告, a framed 工会简讯 column of ■ heads in the text's size, a photo
    # news head over its picture, a pull quote between rules and a 人物名片/链接/小贴士 box in a feature, 文/图 and 本报记者…
    # 通讯员… byline lines, numbered captions, a framed story under a label left of a story level with it;
    # pdf_make.insert_kinds, seeds 7 and 1-5). First run (the code before this session): owned 0.766, kept 0.944, whole
    # 0.647, furniture out 0.430, order 0.917, 49 articles beyond (gate seeds 7 and 3: 0.761, 0.947, 0.652, 0.468, 1.0,
    # 15). After (a framed tip, notice or info box is furniture, ■ brief heads in a box, photo news, 文/图 bylines):
    # 0.991, 0.991, 0.964, 0.957, 1.0, 3 (gate seeds 0.991, 0.997, 0.973, 0.954, 1.0, 1). The family then took in a
    # subtitle with no dash a little larger than the text, an ad with its hotline under the stories on every other page,
    # and box heads wrapped to their box: first run (the code of the round before) 0.982, 0.984, 0.761, 0.945, 1.0, 8
    # (gate seeds 0.981, 0.994, 0.806, 0.976, 1.0, 2); after (such a subtitle joins the head, an ad is furniture, a pull
    # quote is furniture with its column's text running on across it, a photo news head under a story is no section
    # head, a 文/图 line opens its column's row, a ■ head wraps to a second line) 0.997, 0.998, 0.975, 0.989, 1.0, 1
    # (gate seeds 0.991, 0.999, 0.981, 0.992, 1.0, 1). Then every other framed story got a kicker under its label (its
    # head some four lines below the head beside the box): first run (the code of the round before) 0.997, 0.997,
    # 0.969, 0.989, 0.884, 1 (gate seeds 0.991, 0.995, 0.963, 0.992, 0.873, 1); after (a story alone in a frame is read
    # where its box starts; a row is never followed across a frame's edge) 0.997, 1.0, 0.988, 0.989, 1.0, 1 (gate seeds
    # 0.991, 0.999, 0.981, 0.992, 1.0, 1). Then every third page got a running foot (the paper, date and page in the
    # text's size right under the last stories): first run (the code of the round before) 0.988, 0.997, 0.932, 0.951,
    # 1.0, 1 (gate seeds 0.981, 0.994, 0.926, 0.954, 1.0, 1); after (a running foot is chrome, an ad's large name over a
    # hotline in the footer band is the ad's, a ■ head's second line read against the column's edge, not a signature
    # standing out past it) 1.0 on all five, 0 beyond (gate seeds the same).
    "pdf held-out insert kinds headlines owned": 0.99, "pdf held-out insert kinds text kept": 0.99,
    "pdf held-out insert kinds articles whole": 0.99, "pdf held-out insert kinds furniture out": 0.99,
    "pdf held-out insert kinds headline order": 0.99,
}

PAGE = """<html><head><title>某区总工会开展送清凉活动_某某网</title>
<meta property="article:published_time" content="2023-07-05T08:00:00+08:00"></head>
<body><div class="nav">首页 | 新闻 | 工会</div>
<div class="main"><h1 class="title">某区总工会开展送清凉活动</h1><div class="info">发布时间：2023-07-05 08:00</div>
<div class="content"><p>近日，某区总工会走访一线职工，送上清凉物资。</p><p>活动共慰问职工300余人，发放慰问品500份。</p></div></div>
<div class="footer">版权所有 某某网</div></body></html>"""
EXPECTED = Expected("page.html", "某区总工会开展送清凉活动", "2023-07-05", "近日，某区总工会走访一线职工", "发放慰问品500份。")


def test_the_perturbed_scorer_is_listed_among_the_corpora():
    assert "perturbed_pages" in CORPORA


def test_html_variants_change_the_signal_they_name_and_keep_the_text():
    renamed = html_variant(PAGE, EXPECTED, "renamed_attributes")
    assert "nav" not in renamed and "content" not in renamed.replace('content="', "") and "近日，某区总工会" in renamed
    assert "<p>" not in html_variant(PAGE, EXPECTED, "paragraphs_as_breaks").replace("<br><br>", "")
    styled = html_variant(PAGE, EXPECTED, "headline_styled_site_title")
    assert "<h1" not in styled and "font-size:24px" in styled and "<title>某某新闻网</title>" in styled
    wrapped = html_variant(PAGE, EXPECTED, "wrapped")
    assert wrapped.count("<table>") == 1 and "<td><div><div><div" in wrapped
    dated = html_variant(PAGE, EXPECTED, "date_chinese")
    assert "2023年7月5日 08:00" in dated and "published_time" not in dated
    assert "07-05 08:00" in html_variant(PAGE, EXPECTED, "date_month_day")
    assert html_variant(PAGE.replace("发布时间：2023-07-05 08:00", ""), EXPECTED, "date_iso") is None  # no visible date to reprint


def test_html_variants_of_unseen_sites_add_the_furniture_and_markup_they_name():
    cells = html_variant(PAGE, EXPECTED, "table_cells")
    assert "<p>" not in cells and cells.count("<td") == 2 and "近日，某区总工会" in cells
    divs = html_variant(PAGE, EXPECTED, "styled_divs")
    assert "<p>" not in divs and "class=" not in divs and "text-indent:2em" in divs
    epaper = html_variant(PAGE, EXPECTED, "epaper")
    assert "2023年07月05日 星期三" in epaper and "上一篇：" in epaper and "返回目录" in epaper
    head_only = html_variant(PAGE, EXPECTED, "title_in_head_only")
    assert "<h1" not in head_only and "<title>某区总工会开展送清凉活动_" in head_only
    credits = html_variant(PAGE, EXPECTED, "credit_lines")
    assert credits.index("来源：某某日报") < credits.index("近日，某区总工会") < credits.index("王晓")
    related = html_variant(PAGE, EXPECTED, "related_tail")
    assert related.index("发放慰问品500份") < related.index('<a href="/news/') < related.index("版权所有")


def test_html_variants_of_newer_cms_pages_add_an_inline_box_a_pager_and_lazy_pictures_inside_the_article():
    page = PAGE.replace("发放慰问品500份。</p>", "发放慰问品500份。</p><p>工会还将持续开展关爱活动，让职工感受温暖。</p>")
    expected = Expected("page.html", "某区总工会开展送清凉活动", "2023-07-05", "近日，某区总工会走访一线职工", "让职工感受温暖。")
    boxed = html_variant(page, expected, "article_related_box")
    assert boxed.index("<article>") < boxed.index("近日") < boxed.index("float:right") < boxed.index("让职工感受温暖") < boxed.index("</article>")
    paged = html_variant(page, expected, "paginated")
    assert paged.index("让职工感受温暖") < paged.index("下一页") < paged.index("版权所有")
    lazy = html_variant(page, expected, "lazy_images")
    assert "data-" in lazy and "loading.gif" in lazy and lazy.index("近日") < lazy.index("<img") < lazy.index("让职工感受温暖")


def test_html_variants_of_session_8_set_badges_word_runs_site_headings_and_staff_lines():
    badge = html_variant(PAGE, EXPECTED, "badge_headline")
    assert re.search(r"<h1[^>]*>(?:<(?:span|em|i|b)[^>]*>[^<]+</(?:span|em|i|b)>|【视频】|\[图文\]|【独家】)", badge)
    word = html_variant(PAGE, EXPECTED, "word_pasted")
    assert "<h1" not in word and 'class="MsoNormal"' in word and 'lang="EN-US">300<' in word and "某区总工会开展送清凉活动</title>" not in word
    site = html_variant(PAGE, EXPECTED, "site_name_h1")
    assert re.search(r'<h1><a href="/"><img[^>]*alt="(?:某某职工之家|某某工人先锋|某某新闻网)"', site) and site.count("<h1") == 1
    around = html_variant(PAGE, EXPECTED, "kicker_subtitle")
    assert around.index("某区总工会开展送清凉活动</h1>") > around.index("</title>") and re.search(r"</h1>\s*<(?:div|h3|p)", around)
    staff = html_variant(PAGE, EXPECTED, "closing_staff")
    assert staff.index("发放慰问品500份") < max(staff.find(word) for word in ("审核", "监制", "校对")) < staff.index("版权所有")
    sourced = html_variant(PAGE, EXPECTED, "date_in_source_line")
    assert "2023年7月5日 10:21" in sourced and "2023-07-05" not in sourced
    relative = html_variant(PAGE, EXPECTED, "date_relative")
    assert re.search(r"(?:天前|小时前|周前|昨天 08:12) · 2023-07-05", relative)
    table = html_variant(PAGE, EXPECTED, "table_layout")
    assert "<p>" not in table and "class=" not in table and '<font size="5"' in table and "栏目导航" in table
    gov = html_variant(PAGE, EXPECTED, "gov_furniture")
    assert re.search(r"(?:字体|字号|浏览次数|【打印】)[^<]*</div><p>近日", gov) and re.search(r"500份。</p><div>(?:<a[^>]*>)?[【扫附分]", gov)
    app = html_variant(PAGE, EXPECTED, "app_share")
    assert app.index("+ 关注") < app.index("近日") < app.index("500份") < app.index("相关推荐") < app.index("版权所有")
    assert re.search(r"某区总工会开展送清凉活动<br><small[^>]*>", html_variant(PAGE, EXPECTED, "subtitle_in_headline"))
    assert html_variant(PAGE, EXPECTED, "title_truncated") is None  # a short headline is not cut
    long_title = "某区总工会开展夏送清凉活动慰问一线职工"
    cut = html_variant(PAGE.replace("某区总工会开展送清凉活动", long_title), Expected("p.html", long_title, EXPECTED.published, EXPECTED.body_start, EXPECTED.body_end), "title_truncated")
    assert re.search(r"<title>某区总工会开展[^<]*\.\.\._某某新闻网</title>", cut) and f"<h1 class=\"title\">{long_title}</h1>" in cut
    assert re.search(r'<meta (?:charset="gb2312"|http-equiv="content-type" content="text/html; charset=gbk")>',
                     html_variant(PAGE, EXPECTED, "wrong_meta_charset")) and VARIANT_BYTES["wrong_meta_charset"] == "utf-8"


def test_an_editors_note_boxed_apart_is_not_the_body_and_one_set_inline_is_its_start():
    expected = Expected("note.html", EXPECTED.title, EXPECTED.published, EXPECTED.body_start, EXPECTED.body_end)
    boxed = html_variant(PAGE, expected, "editor_note")
    assert html_variant_expected(expected, "editor_note") == expected  # the box (or a 原标题 line) is not the article
    assert re.search(r"(?:<blockquote>|<div [^>]*>|<hr>).*近日，某区总工会", boxed) and ("编" in boxed or "原标题" in boxed)
    inline = html_variant(PAGE, expected, "editor_note_inline")
    wanted = html_variant_expected(expected, "editor_note_inline")
    assert wanted.body_start.startswith(("编者按", "【编者按】", "编者的话"))
    assert inline.index("</h1>") < inline.index(f"<p>{wanted.body_start}</p>") < inline.index("<p>近日，某区总工会")


def test_html_variants_of_session_10_set_a_forum_tag_a_heads_table_a_body_in_mixed_parts_and_footnotes():
    paragraphs = "".join(f"<p>第{n}段，市总工会走访慰问困难职工家庭，送去慰问金和生活物资。</p>" for n in range(1, 7))
    page = PAGE.replace("<p>近日，某区总工会走访一线职工，送上清凉物资。</p><p>活动共慰问职工300余人，发放慰问品500份。</p>", paragraphs)
    expected = Expected("page.html", EXPECTED.title, EXPECTED.published, "第1段，市总工会", "送去慰问金和生活物资。")
    forum = html_variant(page, expected, "forum_repost")
    assert re.search(r'<h1[^>]*><a href="forum\.php[^"]*">[^<]+</a> <span id="thread_subject">某区总工会开展送清凉活动</span>', forum)
    heads = html_variant(page, expected, "epaper_heads_table")
    wanted = html_variant_expected(expected, "epaper_heads_table")
    assert wanted.kicker and wanted.subtitle and heads.index(wanted.kicker) < heads.index("某区总工会开展送清凉活动</td>") < heads.index(wanted.subtitle)
    assert "<h1" not in heads and "版次：第03版" in heads
    parts = html_variant(page, expected, "body_parts_mixed")
    assert re.search("猜你喜欢|相关推荐", parts) and parts.index("第1段") < parts.index("<li>") < parts.index("第6段")
    notes = html_variant(page, expected, "footnotes")
    assert "<sup>[1]</sup>" in notes and notes.index("第6段") < max(notes.find(label) for label in ("注释", "参考文献", "注："))


def test_a_second_page_of_a_split_story_starts_at_its_first_paragraph_between_two_pagers():
    paragraphs = "".join(f"<p>第{n}段，市总工会走访慰问困难职工家庭，送去慰问金和生活物资。</p>" for n in range(1, 7))
    page = PAGE.replace("<p>近日，某区总工会走访一线职工，送上清凉物资。</p><p>活动共慰问职工300余人，发放慰问品500份。</p>", paragraphs)
    expected = Expected("page.html", EXPECTED.title, EXPECTED.published, "第1段，市总工会", "送去慰问金和生活物资。")
    second = html_variant(page, expected, "second_page")
    assert "第3段" not in second and second.index("下一页") < second.index("第4段") < second.index("第6段") < second.rindex("下一页")
    assert html_variant_expected(expected, "second_page", page).body_start.startswith("第4段")


def test_added_furniture_counts_against_the_body_only_where_the_variant_put_it():
    assert added_chrome("正文 上一篇", "正文 上一篇 下一篇 返回目录") == ["下一篇", "返回目录"]
    record = {"must_not_contain": ["版权所有"]}
    assert with_added_chrome(record, "a", "a 返回目录")["must_not_contain"] == ["版权所有", "返回目录"]


def test_text_variants_of_papers_add_a_page_header_navigation_and_a_commentary_opener():
    text = "某区总工会开展送清凉活动\n\n本报讯 记者张三 通讯员李四报道 近日，某区总工会走访一线职工，送上清凉物资。"
    assert text_variant(text, EXPECTED, "page_header").split("\n\n")[1] == "某区总工会开展送清凉活动"
    assert "2023年07月05日 星期三" in text_variant(text, EXPECTED, "page_header")
    assert "下一篇" in text_variant(text, EXPECTED, "epaper_nav").rsplit("送上清凉物资。", 1)[1]
    opened, wanted = text_variant(text, EXPECTED, "commentary_opener"), variant_expected(EXPECTED, "commentary_opener")
    assert "本报讯" not in opened and wanted.body_start.endswith(EXPECTED.body_start) and wanted.body_start in opened


def test_text_variants_take_off_the_lead_rebreak_lines_and_convert_the_script():
    text = "某区总工会开展送清凉活动\n\n本报讯 记者张三 通讯员李四报道 近日，某区总工会走访一线职工，送上清凉物资。"
    assert "本报讯" not in text_variant(text, EXPECTED, "no_lead_byline")
    assert all(len(line) <= 30 for line in text_variant(text, EXPECTED, "column_wrapped").split("\n")[2:])
    assert "總工會" in text_variant(text, EXPECTED, "traditional")
    assert "\n\n" not in text_variant(text, EXPECTED, "one_per_line")


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED / "dev-corpus" / "html" / "index.jsonl").is_file(), reason="shared dev corpus not present")
def test_perturbed_page_families_score_at_or_above_their_floors():
    scores = report(SHARED, every=3)
    below = {name: scores.scores.get(name) for name, floor in FLOORS.items() if scores.scores.get(name, 0.0) < floor}
    assert below == {}, scores.format()
