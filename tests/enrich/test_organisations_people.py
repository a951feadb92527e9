from archive.enrich.context import ArticleContext
from archive.enrich.organisations import find_organisations
from archive.enrich.people import find_people, parse_byline
from archive.model import Organisation, Person
from archive.vocabulary import load_vocabulary


def test_unions_companies_and_abbreviations_are_found():
    paragraphs = ["春节临近，浙江省能源集团有限公司工会准备了六大福袋。", "春节期间，浙能集团工会将走访慰问。",
                  "日前，海曙区总工会来到顺丰速运徐家漕路网点。"]
    found = find_organisations(ArticleContext.from_text([], paragraphs, load_vocabulary()))
    assert found == [
        Organisation("浙江省能源集团有限公司", "浙能集团", "enterprise"),
        Organisation("浙江省能源集团有限公司工会", "浙能集团工会", "union"),
        Organisation("浙能集团", "浙能集团", "enterprise"),
        Organisation("浙能集团工会", "浙能集团工会", "union"),
        Organisation("海曙区总工会", None, "union"),
        Organisation("顺丰速运", "顺丰", "enterprise"),
        Organisation("顺丰速运徐家漕路网点", "顺丰速运", "enterprise"),
    ]


def test_a_union_needs_an_owner_and_a_government_body_a_place():
    assert find_organisations(ArticleContext.from_text([], ["刷工会卡，强化工会作用，把党委政府的关怀送到。"], load_vocabulary())) == []


def test_a_byline_gives_reporters_and_correspondents():
    assert parse_byline(["本报讯 记者张浩呈 通讯员郑轶文、王飞报道 新春将至"]) == (["张浩呈"], ["郑轶文", "王飞"])


def test_named_people_keep_their_role():
    people = find_people(["李国峰"], [], ["拿到慰问品的快递员刘宗伯特别高兴。党组书记、一级巡视员陈强率队慰问。"], load_vocabulary())
    assert people == [Person("李国峰", "reporter"), Person("刘宗伯", "快递员"), Person("陈强", "党组书记、一级巡视员")]


def test_a_one_character_surname_inside_a_two_character_one_is_still_a_surname():
    # 马 is a surname of its own as well as the second half of 司马: both are read.
    people = find_people([], [], ["环卫工马丽领到了慰问品。快递员司马光说，工会的关心很暖心。"], load_vocabulary())
    assert people == [Person("马丽", "环卫工"), Person("司马光", "快递员")]


def test_a_candidate_name_is_judged_once_per_suffix_and_remembered():
    from archive.enrich.organisations import _find_names, _name_tables

    tables = _name_tables(load_vocabulary())
    text = "海曙区总工会和强化工会"
    assert _find_names(text, [(3, 6), (9, 11)], tables) == [("海曙区总工会", "union")]  # 强化工会: no owner
    assert tables.verdicts["海曙区总工会"] == ("总工会", "海曙区总工会")
    assert tables.verdicts["强化工会"] == ("工会", None)
    assert _find_names(text, [(3, 6), (9, 11)], tables) == [("海曙区总工会", "union")]  # the same, remembered
    # the same candidate led by another suffix (工会 alone) is judged afresh, not read from the memo
    assert _find_names(text, [(4, 6)], tables) == [("海曙区总工会", "union")]
    assert tables.verdicts["海曙区总工会"] == ("工会", "海曙区总工会")
