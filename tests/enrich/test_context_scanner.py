"""The article context (one splitter, one round-up judgement, the article's actor) and the one scan."""

import pickle
import random
import re
import sys

from archive.enrich.context import PHRASE_END, ArticleContext, Block, block_stops
from archive.enrich.matching import any_in, decimal_or_space_chars, digit_class, first_in, heads, run_after, run_before, run_stops
from archive.enrich.organisations import _SuffixRule, find_organisations
from archive.enrich.scanner import GROUP, KINDS, PLACE, Scanner, vocabulary_scanner
from archive.sentences import CLAUSE_END, SENTENCE_END
from archive.text import markers
from archive.vocabulary import load_vocabulary


def test_each_kind_gets_its_leftmost_longest_spans_from_one_scan():
    scanner = Scanner({"place": ["宁波", "宁波市", "海曙"], "org": ["市总工会", "总工会", "工会"]})
    spans = scanner.scan("宁波市总工会和海曙工会")
    assert (scanner.number("place"), scanner.number("org")) == (0, 1)  # the lists' order
    assert (spans.of(0), spans.of(1)) == ([(0, 3), (7, 9)], [(2, 6), (9, 11)])


def test_a_rejected_match_gives_way_to_the_next_shorter_one_as_a_regex_would():
    spans = Scanner({"org": ["有限公司", "公司", "集团"]}).scan("集团化的有限公司")
    no_hua = _SuffixRule(frozenset(), (), ("化",))  # a suffix followed by 化 is none
    assert spans.of(0, no_hua) == [(4, 8)]


def test_a_suffix_rule_reads_the_word_after_the_suffix_as_str_startswith_would():
    rule = _SuffixRule(frozenset({"区总"}), ("工会",), ("化", "工作"))
    assert not rule.accepts("集团化", 0, 2) and rule.accepts("集团", 0, 2)  # 化 follows; nothing follows
    assert rule.accepts("公司工人", 0, 2) and not rule.accepts("公司工作", 0, 2)  # 工 opens 工作, not 工人
    assert not rule.accepts("区总工会", 0, 2) and rule.accepts("区总化", 0, 2)  # an abbreviation's own words
    at_end = _SuffixRule(frozenset(), (), ("",))  # an empty blocked word blocks a suffix ending the text
    assert not at_end.accepts("集团", 0, 2) and at_end.accepts("集团化", 0, 2)


def test_a_pickled_scanner_rebuilds_its_automaton_and_finds_the_same_spans():
    scanner = Scanner({"place": ["宁波", "宁波市"], "none": [], "org": ["市总工会", "工会"], "story": ["作品", "品"]})
    copy = pickle.loads(pickle.dumps(scanner))
    text = "宁波市总工会的作品"
    assert copy.names == ["place", "none", "org", "story"]  # numbered as before, the empty list too
    assert ([copy.scan(text).of(k) for k in (0, 1, 2)], copy.scan(text).distinct(3)) == (
        [scanner.scan(text).of(k) for k in (0, 1, 2)], 2)


def test_the_text_stage_and_the_enrichment_end_sentences_at_the_same_characters():
    assert markers.SENTENCE_END is SENTENCE_END
    text = "一路顺风……”下着绵绵细雨，工会送去礼包。"
    block = ArticleContext.from_text([], [text], load_vocabulary()).blocks[1]
    assert text[slice(*block.sentence(14))] == "”下着绵绵细雨，工会送去礼包"
    assert text[slice(*block.clause(14))] == "工会送去礼包"


def test_the_one_splitter_stops_at_every_stop_character_and_only_there():
    texts = ["", "无标点", CLAUSE_END * 2, "一路顺风……”下着细雨，工会送去礼包。\n他说：好！对吗?是的;再见、", "a,b:c!d"]
    for text in texts:
        clause = [i for i, ch in enumerate(text) if ch in CLAUSE_END]
        assert block_stops(text) == ([i for i in clause if ch_ends_sentence(text[i])], clause)
    assert block_stops("甲，乙。丙") == ([3], [1, 3])


def ch_ends_sentence(ch: str) -> bool:
    return ch in SENTENCE_END or ch == "\n"


def test_the_context_splits_each_block_once_and_offers_the_scanner_spans():
    context = ArticleContext.from_text(["宁波市总工会送温暖"], ["海曙区总工会为快递小哥送去年货。他们说：谢谢！"], load_vocabulary())
    block = context.blocks[1]
    assert [block.text[a:b] for a, b in block.sentences()] == ["海曙区总工会为快递小哥送去年货", "他们说：谢谢"]
    assert [block.text[a:b] for a, b in block.spans.of(GROUP)] == ["快递小哥"]
    assert [block.text[a:b] for a, b in block.spans.of(PLACE)] == ["海曙区"]
    assert context.actor == "宁波市总工会"


def test_a_round_up_item_of_another_actor_is_judged_once_for_every_facet():
    context = ArticleContext.from_text([], [
        "区总工会为环卫工人送上年货礼包200份。",
        "团区委组织青年志愿者走进社区，共服务群众300余人次。",
        "据介绍，某通信公司在此次活动中出资30万元。",
    ], load_vocabulary())
    items = [(context.other_actors_item(b), context.funded_elsewhere(b)) for b in context.blocks[1:]]
    assert items == [(False, False), (True, True), (True, False)]


def test_a_vocabulary_pickled_after_use_enriches_the_same():
    vocabulary = load_vocabulary()
    headings, paragraphs = ["宁波市总工会送温暖"], ["海曙区总工会为快递小哥送去年货200份。", "来源：宁波日报"]
    before = find_organisations(ArticleContext.from_text(headings, paragraphs, vocabulary))
    copy = pickle.loads(pickle.dumps(vocabulary))  # its compiled scanner and rules included
    assert find_organisations(ArticleContext.from_text(headings, paragraphs, copy)) == before != []


def test_the_digit_class_stops_where_str_isdigit_does():
    digit = re.compile("[%s]" % digit_class())
    assert [ch for ch in map(chr, range(sys.maxunicode + 1)) if bool(digit.match(ch)) != ch.isdigit()] == []


def test_the_spelt_out_class_holds_what_the_str_methods_say():
    every = list(map(chr, range(sys.maxunicode + 1)))
    plane0 = re.compile("[%s]" % decimal_or_space_chars())
    assert [ch for ch in every[:0x10000] if bool(plane0.match(ch)) != (ch.isdecimal() or ch.isspace())] == []


def test_a_run_table_stops_where_a_negated_class_does():
    every = list(map(chr, range(sys.maxunicode + 1)))
    for stops, spaces in (("，。的", True), ("，（）", False)):
        # the class a run may hold: every character but the stops, the digits and (with spaces) the spaces
        table, run = run_stops(stops, spaces), re.compile("[^%s%s%s]" % (re.escape(stops), digit_class(), r"\s" if spaces else ""))
        stopped = [code < len(table) and table[code] == 1 for code in range(len(every))]
        assert [ch for ch, stop in zip(every, stopped) if stop != (ch in stops or ch.isdigit() or (spaces and ch.isspace()))] == []
        # a run after and before a position, bounded, as the regexes read them
        line = "近3000名 快递小哥的“暖心”礼包，（共12份）来自市总工会①号"
        for pos in range(len(line) + 1):
            for stop in (pos + 3, pos + 12, len(line) + 5):
                assert run_after(line, pos, stop, table) == re.compile(run.pattern + "*").match(line, pos, stop).end()
            lo = max(0, pos - 8)
            assert run_before(line, lo, pos, table) == re.compile(run.pattern + r"*\Z").search(line, lo, pos).start()


def test_a_cue_regex_gives_the_words_its_matches_open_with_or_none_when_it_cannot_tell():
    assert heads(re.compile("期望|希望(?!工程)|期待")) == ("希望", "期待", "期望")
    assert heads(re.compile("(?:部(?!分)|委员会)[:：]?")) == ("委员会", "部")
    assert heads(re.compile("[为向]了|给")) == ("为", "向", "给")
    assert (heads(re.compile("(?:们)?将")), heads(re.compile("\\d+人")), heads(re.compile("ab", re.I))) == (None, None, None)


def test_a_word_test_by_first_and_last_characters_says_what_startswith_and_endswith_say():
    from archive.enrich.places import _Words

    text = "湖南路上的通讯员黄山河"
    for words in (("路", "公园"), ("通讯员", "记者"), ("",), ()):
        w = _Words(words)
        assert [w.open_at(text, p) for p in range(len(text) + 2)] == [text.startswith(words, p) for p in range(len(text) + 2)]
        assert [w.end_at(text, p) for p in range(len(text) + 1)] == [text.endswith(words, 0, p) for p in range(len(text) + 1)]


def test_a_block_bounds_a_position_as_the_one_splitter_does():
    from bisect import bisect_left

    from archive.enrich.context import _between

    def bounds(stops: list[int], pos: int, length: int) -> tuple[int, int]:
        k = bisect_left(stops, pos)
        return (stops[k - 1] + 1 if k else 0), (stops[k] if k < len(stops) else length)

    for found in ([], [3], [1, 3, 7], [0, 2, 4, 6, 8]):
        assert [_between(found, p, 10) for p in range(11)] == [bounds(found, p, 10) for p in range(11)]


def test_a_blocks_phrase_bounds_are_where_stepping_to_a_phrase_end_character_stops():
    rng = random.Random(7)
    alphabet = "甲乙丙丁" + PHRASE_END + "、…"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        block = Block(text, 1, None)  # type: ignore[arg-type]
        for pos in range(len(text) + 1):
            limit = rng.randint(0, len(text))
            stop = pos
            while stop < limit and text[stop] not in PHRASE_END:
                stop += 1
            start = pos
            while start > 0 and text[start - 1] not in PHRASE_END:
                start -= 1
            assert (block.phrase_end(pos, limit), block.phrase_start(pos)) == (stop, start)


def test_quotations_are_found_where_their_regexes_find_them():
    from archive.enrich.context import Block
    from archive.enrich.matching import short_quotes
    from archive.vocabulary import load_vocabulary
    from tests.patterns import random_texts

    texts = random_texts("“”「」《》‘’\n甲乙丙丁戊", seed=11, longest=40, count=3000)
    for limit in (1, 5, 16):
        short = re.compile(r"[“「《‘]([^“”「」《》‘’\n]{1,%d})[”」》’]" % limit)
        assert [list(short_quotes(t, limit)) for t in texts] == [[m.span() for m in short.finditer(t)] for t in texts]
    vocabulary = load_vocabulary()
    least = vocabulary.cues.long_quote_min
    long = re.compile(r"“[^“”]{%d,}?”" % least)
    texts = random_texts("“”" + "甲乙丙丁戊己庚辛" * 3, seed=12, longest=4 * least, count=3000)
    assert [Block(t, 1, vocabulary).long_quotes() for t in texts] == [[m.span() for m in long.finditer(t)] for t in texts]


def test_the_vocabulary_scanner_numbers_its_kinds_as_the_constants_say():
    scanner = vocabulary_scanner(load_vocabulary())
    assert tuple(scanner.names) == KINDS
    assert (scanner.number("place"), scanner.number("group")) == (PLACE, GROUP)


def test_first_in_gives_the_earliest_word_in_the_range_whichever_is_listed_first():
    text = "市总工会副主席出席会议并讲话，区总工会召开全委会"
    assert first_in(text, ("讲话", "出席"), 0, len(text)) == text.index("出席")
    assert first_in(text, ("召开",), 0, text.index("，")) == -1  # past the range's end
    assert any_in(text, ("召开",), 0, len(text)) and not any_in(text, ("召开",), 0, text.index("，"))
