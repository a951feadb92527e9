"""Story detection, pure part: shingles, band keys, the match verdict, story ids and primaries."""

from __future__ import annotations

import dataclasses
import json
import pickle
from itertools import permutations

import numpy as np
import pytest

from archive import stories
from archive.datafile import DataFileError
from archive.text.script import _converter

# One union's 送温暖 report, written for these tests (not taken from any corpus).
REPORT = [
    "本报讯 记者王敏报道 新春将至，鼓楼区总工会启动“两节”送温暖活动，走访慰问坚守岗位的快递员、外卖骑手和环卫工人。",
    "1月17日上午，区总工会一行来到辖区快递网点，为一线职工送上300份“冬日暖包”，内含保温杯、护手霜和暖宝宝。",
    "今年区总工会共安排专项资金45万元，重点慰问困难职工、新就业形态劳动者和留宁过年职工1200名。",
    "区总工会负责人表示，将持续做好新就业形态劳动者服务，推动建设更多户外劳动者驿站，让职工感受到娘家人的温暖。",
    "活动期间，区总工会还联合医院开展义诊，为环卫工人测量血压、讲解冬季健康知识，并发放防寒手套800副。",
]
# The same union's report a year later: the same formula, other facts.
NEXT_YEAR = [
    "本报讯 记者李娜报道 春节临近，鼓楼区总工会开展新春送温暖活动，走访慰问节日期间坚守一线的公交司机和医护人员。",
    "1月9日下午，区总工会工作人员来到公交场站，为司机们送去500份新春礼包，内有米面油和春联。",
    "今年区总工会投入送温暖资金62万元，覆盖困难职工家庭、劳动模范和一线职工共计2100人。",
    "区总工会负责人介绍，下一步将聚焦货车司机和网约车司机群体，开展入会服务和法律咨询，切实维护职工权益。",
    "此外，区总工会在全区16个工会驿站设立爱心年货角，免费提供热饮和应急药品。",
]


def text(article_id: str, paragraphs: list[str]) -> stories.StoryText:
    return stories.story_text(article_id, "\n".join(paragraphs))


def test_a_copy_in_traditional_script_under_other_chrome_is_a_copy():
    mirror = _converter("tw2s").convert(_converter("s2tw").convert("\n".join(REPORT)))
    chrome = "首页 > 工会动态\n" + mirror + "\n……阅读全文"
    assert stories.verdict(text("a", REPORT), stories.story_text("b", chrome)) == "copy"


def test_an_edited_lead_or_a_dropped_paragraph_is_still_a_copy():
    edited = ["记者从鼓楼区总工会获悉，区总工会启动“两节”送温暖活动。"] + REPORT[1:]
    dropped = REPORT[:2] + REPORT[3:]
    assert stories.verdict(text("a", REPORT), text("b", edited)) == "copy"
    assert stories.verdict(text("a", REPORT), text("c", dropped)) == "copy"


def test_the_first_half_kept_by_an_aggregator_is_an_excerpt_of_the_story():
    half = REPORT[:2] + ["今年区总工会共安排专项资金45万元……阅读全文"]
    assert stories.verdict(text("a", REPORT), text("b", half)) == "excerpt"
    assert stories.verdict(text("b", half), text("a", REPORT)) == "excerpt"  # symmetric


def test_a_brief_lifted_from_inside_the_report_is_its_own_story():
    assert stories.verdict(text("a", REPORT), text("b", REPORT[2:4])) is None
    assert stories.verdict(text("a", REPORT), text("b", REPORT[4:])) is None


def test_the_same_unions_formulaic_report_from_another_year_is_another_story():
    assert stories.verdict(text("a", REPORT), text("b", NEXT_YEAR)) is None


# REPORT as another district's union writes it from the same provincial template: its place, its
# reporter, its date and its figures swapped in, every sentence otherwise the same.
OTHER_DISTRICT = [paragraph.replace("鼓楼区", "江北区").replace("王敏", "陈立").replace("1月17日", "1月20日")
                  .replace("300份", "450份").replace("45万元", "38万元").replace("1200名", "960名").replace("800副", "650副")
                  for paragraph in REPORT]


def test_a_report_written_from_the_same_template_by_another_district_is_another_story():
    # 鼓楼区 → 江北区, 1月17日 → 1月20日, 300份 → 450份, 45万元 → 38万元 …: the shingles alone call it a copy
    shingles_only = dataclasses.replace(stories.RULES, swapped_particulars=10**6)
    assert stories.verdict(text("a", REPORT), text("b", OTHER_DISTRICT), shingles_only) == "copy"
    assert stories.verdict(text("a", REPORT), text("b", OTHER_DISTRICT)) is None
    # … and its own copies (a mirror in traditional script) are its copies, not REPORT's
    mirror = _converter("tw2s").convert(_converter("s2tw").convert("\n".join(OTHER_DISTRICT)))
    assert stories.verdict(text("b", OTHER_DISTRICT), stories.story_text("c", mirror)) == "copy"
    assert stories.verdict(text("a", REPORT), stories.story_text("c", mirror)) is None


def test_a_copy_that_rounds_its_figures_is_still_a_copy():
    rounded = [paragraph.replace("45万元", "40余万元").replace("1200名", "1000余名").replace("800副", "近800副")
               for paragraph in REPORT]
    assert stories.verdict(text("a", REPORT), text("b", rounded)) == "copy"
    assert stories._unmatched_figures((32000.0, 1442.0, 48000.0), (30000.0, 1400.0, 50000.0)) == ([], [])  # 3.2万 ~ 3万余 …
    assert stories._unmatched_figures((1200.0,), (800.0,)) == ([1200.0], [800.0])


def test_a_verbatim_summary_from_across_the_report_is_an_excerpt_and_a_lifted_stretch_is_not():
    summary = [REPORT[1], REPORT[4]]  # sentences of its second and last paragraphs: about 40% of it
    assert stories.verdict(text("a", REPORT), text("b", summary)) == "excerpt"
    assert stories.verdict(text("a", REPORT), text("b", REPORT[2:4])) is None  # two paragraphs in one stretch


def test_particulars_and_positions_are_read_only_for_a_pair_the_shingles_match():
    # a worker builds band keys for every article; only a pair the shingles call a copy reads its
    # particulars (a district's template report) and only a possible summary its positions
    report, other_year, district = text("a", REPORT), text("b", NEXT_YEAR), text("c", OTHER_DISTRICT)
    assert "_particulars" not in vars(report) and "positions" not in vars(report)
    assert stories.verdict(report, other_year) is None  # too few shared shingles: nothing more read
    assert "_particulars" not in vars(report) and "_particulars" not in vars(other_year)
    assert stories.verdict(report, district) is None  # shingles match, particulars differ
    assert "_particulars" in vars(report) and "_particulars" in vars(district) and "positions" not in vars(report)
    assert "鼓楼" in report.places - district.places and "江北" in district.places - report.places
    summary = text("d", [REPORT[1], REPORT[4]])
    assert stories.verdict(report, summary) == "excerpt" and "positions" in vars(report)
    assert report.positions.size == report.shingles.size
    assert stories.StoryText("e", report.length, report.shingles, report.opening).positions.size == 0  # no body, no positions


def test_particulars_are_figures_as_values_and_place_names():
    figures, places = stories.particulars("1月17日，鼓楼区总工会为1200名职工发放3.2万元，全市各级工会参与。")
    assert figures == (1.0, 17.0, 1200.0, 32000.0)
    assert places == frozenset({"鼓楼"})  # 全市: a word, not a name


def test_the_rules_are_read_from_their_data_file_and_an_unknown_key_is_refused(tmp_path):
    assert stories.RULES == stories.load_rules()
    wrong = tmp_path / "stories.yaml"
    wrong.write_text("copy_jaccard: 0.5\ncopy_jacard: 0.6\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="copy_jacard"):
        stories.load_rules(str(wrong))


def test_band_keys_are_the_same_in_every_process_and_share_keys_between_copies():
    keys = stories.bands_of("a", "\n".join(REPORT))
    assert len(keys) == stories.BANDS + 1 and all(isinstance(key, int) and -2**63 <= key < 2**63 for key in keys)  # a long each
    assert keys[:stories.BANDS] == stories.band_keys(stories.signature(stories.story_text("a", "\n".join(REPORT))))
    assert stories.openings(keys) == keys[-1:] and not keys[-1] & 1  # a full text's opening key is even
    assert keys == stories.bands_of("b", "\n".join(REPORT))
    assert set(keys) & set(stories.bands_of("c", "\n".join(REPORT[:2] + REPORT[3:])))
    assert stories.bands_of("d", "太短") == []  # too little text to tell copies apart
    # an excerpt keeping the first half opens like its story: it looks up the story's opening key
    half = stories.bands_of("e", "\n".join(REPORT[:2]) + "……阅读全文")
    assert stories.openings(half)[0] & 1 and keys[-1] in stories.lookups(half)  # an excerpt's is odd
    assert keys[-1] not in stories.lookups(keys)  # full texts opening alike are not paired by it


def test_the_story_id_and_the_clusters_do_not_depend_on_the_order_pairs_are_seen():
    pairs = [("c", "b"), ("e", "d"), ("b", "d")]
    results = set()
    for order in permutations(pairs):
        clusters = stories.Clusters()
        for a, b in order:
            clusters.union(a, b)
        clusters.add("f")
        results.add(tuple(sorted((root, tuple(members)) for root, members in clusters.groups().items())))
    assert results == {(("b", ("b", "c", "d", "e")), ("f", ("f",)))}


def test_the_primary_copy_is_the_fullest_undamaged_one():
    members = [stories.Member("a", 300, flags=("truncated",)), stories.Member("b", 280, "traditional"),
               stories.Member("c", 280), stories.Member("d", 120)]
    assert stories.primary(members) == "c"
    assert stories.primary([stories.Member("x", 100), stories.Member("w", 100)]) == "w"


def test_the_signature_is_read_back_from_what_the_index_stores_and_estimates_the_text():
    report = stories.story_text("a", "\n".join(REPORT))
    values = stories.signature(report)
    assert values.size == stories.BINS
    stored = stories.packed_signature(stories.bands_of("a", "\n".join(REPORT)).values)
    assert isinstance(stored, str) and stories.packed_signature(values[:0]) is None
    read = stories.sketch(stories.unpacked_signature(json.loads(json.dumps(stored))))  # as the index gives it back
    assert read is not None and read.values.tolist() == values.tolist()
    assert abs(read.size - report.shingles.size) < 0.25 * report.shingles.size  # from the signature alone
    assert stories.estimated_jaccard(read, read) == 1.0
    # a short text fills few bins: the empty ones are carried over from their neighbours, the same way in every copy
    short = stories.story_text("s", REPORT[1])
    assert stories.signature(short).tolist() == stories.signature(stories.story_text("t", "【" + REPORT[1] + "】\n……阅读全文")).tolist()


def test_the_screen_reads_a_copy_and_drops_another_years_report_and_a_sliver():
    def sketch(paragraphs: list[str]) -> stories.Sketch:
        return stories.sketch(stories.bands_of("x", "\n".join(paragraphs)).values)

    report = sketch(REPORT)
    assert stories.may_match(report, sketch(REPORT[:2] + REPORT[3:])) > 0.5  # a paragraph dropped
    assert stories.may_match(report, sketch(NEXT_YEAR)) == 0.0
    assert stories.may_match(report, sketch(REPORT[4:])) == 0.0  # a fifth of it: never a copy


def test_the_screen_counts_equal_values_as_a_plain_count_does_at_every_threshold():
    rng = np.random.default_rng(7)
    for dtype in (np.uint8, np.uint32):  # the session's low bytes, a sketch's full values
        values_a = rng.integers(0, 4, (4000, stories.BINS)).astype(dtype)  # every count from about 0 to 128
        values_b = np.where(rng.random((4000, stories.BINS)) < rng.random((4000, 1)), values_a, rng.integers(0, 4, (4000, stories.BINS)).astype(dtype))
        sizes_a, sizes_b = rng.uniform(10, 900, 4000), rng.uniform(10, 900, 4000)
        counts = np.count_nonzero(values_a == values_b, axis=1)
        assert stories._equal_counts(values_a, values_b).tolist() == counts.tolist()
        estimate = counts / stories.BINS
        share = np.minimum(sizes_a, sizes_b) / np.maximum(sizes_a, sizes_b)
        containment = estimate * (1 + 1 / share) / (1 + estimate)
        passing = (estimate >= stories.SCREEN_JACCARD) & (share >= stories.SCREEN_SHARE) & (
            (estimate >= stories.SCREEN_COPY) | (containment >= stories.SCREEN_CONTAINMENT))
        screened = stories.screen(values_a, values_b, sizes_a, sizes_b)
        assert screened.tolist() == np.where(passing, estimate, 0.0).tolist()
        assert 0 < np.count_nonzero(screened) < 4000


def test_band_keys_carry_their_text_to_the_indexing_process_and_are_stored_as_keys_only():
    keys = stories.bands_of("a", "\n".join(REPORT))
    moved = pickle.loads(pickle.dumps(keys))  # a pool worker's document, handed to the indexing process
    assert json.loads(json.dumps({"story_bands": moved})) == {"story_bands": list(keys)}
    report, made = stories.story_text("a", "\n".join(REPORT)), stories.made_text(moved, "a", "\n".join(REPORT))
    assert made is not None
    assert ((made.length, made.shingles.tolist(), made.opening.tolist(), made.excerpt, made.positions.tolist(), made.figures, made.places)
            == (report.length, report.shingles.tolist(), report.opening.tolist(), report.excerpt, report.positions.tolist(),
                report.figures, report.places))
    assert stories.made_text(moved, "b", "\n".join(REPORT)) is None and stories.made_text(list(keys), "a", "\n".join(REPORT)) is None
    carried, read = stories.sketch(moved.values), stories.sketch(stories.unpacked_signature(stories.packed_signature(keys.values)))
    assert carried is not None and read is not None and carried.values.tolist() == read.values.tolist()


def test_the_band_index_pairs_each_document_with_every_earlier_holder_of_a_band_until_it_is_boilerplate():
    rng = np.random.default_rng(7)
    index, holders, refused, expected, got = stories.BandIndex(shared=3), {}, set(), [], []
    for batch in range(4):
        slots = np.arange(batch * 5, batch * 5 + 5)
        # bands 0..BANDS-1, each a few values: documents share bands often, and some band grows past 3 holders
        hashes = (np.arange(stories.BANDS) * 10 + rng.integers(0, 3, size=(5, stories.BANDS))).astype(np.uint64)
        for slot, row in zip(slots.tolist(), hashes.tolist()):
            for value in row:
                held = holders.setdefault(value, [])
                if len(held) < 3:
                    expected += [(slot, other) for other in held]
                    held.append(slot)
                else:  # a fourth holder: the band is boilerplate, it pairs no more
                    refused.add(value)
        left, right = index.add(hashes.ravel(), np.repeat(slots, stories.BANDS))
        got += list(zip(left.tolist(), right.tolist()))
    assert sorted(got) == sorted(expected) and len(expected) > 100
    assert index.boilerplate.tolist() == sorted(refused) and refused
    assert index.is_boilerplate(np.array(sorted(holders), dtype=np.uint64)).tolist() == [v in refused for v in sorted(holders)]


def test_band_hashes_are_equal_for_equal_band_keys_only():
    a = stories.signature(stories.story_text("a", "\n".join(REPORT)))
    b = stories.signature(stories.story_text("b", "\n".join(REPORT[:2] + REPORT[3:])))
    hashes = stories.band_hashes(np.stack([a, b]))
    keys = [stories.band_keys(a), stories.band_keys(b)]
    assert hashes.shape == (2, stories.BANDS)
    assert (hashes[0] == hashes[1]).tolist() == [x == y for x, y in zip(*keys)] and (hashes[0] == hashes[1]).any()
    assert hashes.view(np.int64).tolist() == keys  # a band key is its band hash, as a signed long
    assert len(set(hashes[0].tolist())) == stories.BANDS  # bands never collide with each other
