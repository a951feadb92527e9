from archive.enrich.labels import find_labels
from archive.vocabulary import load_vocabulary


def labels(*paragraphs):
    found = find_labels("", list(paragraphs), load_vocabulary())
    return found.groups_served, found.programme_types


def test_groups_and_programmes_come_from_trigger_words():
    assert labels("区总工会为快递小哥和环卫工人送上慰问品。") == (
        ["new_employment_forms", "outdoor_workers"], ["condolence_visits"])


def test_a_phrase_containing_a_trigger_does_not_count():
    assert labels("为外来务工人员送上1000份邮政快递券。") == (["migrant_workers"], ["travel_home"])


def test_a_group_only_speaking_or_described_is_not_served():
    assert labels("李飞是千千万万个新就业形态劳动者中的一员。", "劳模讲述奋斗故事。") == ([], [])


def test_a_station_counts_only_when_built_or_equipped():
    assert labels("活动在工会驿站举行。")[1] == []
    assert labels("新建工会驿站3个，配备空调和饮用水。")[1] == ["service_stations"]


def test_evidence_keeps_the_sentence_that_triggered_each_label():
    found = find_labels("", ["为坚守岗位的一线职工送去慰问金。"], load_vocabulary())
    assert found.evidence == {"condolence_visits": ["为坚守岗位的一线职工送去慰问金"],
                              "frontline_workers": ["为坚守岗位的一线职工送去慰问金"]}


def test_groups_naming_a_perk_that_awardees_get_are_not_served():
    assert labels("入选者每年可参加劳模先进和一线职工免费疗休养等活动。") == ([], ["health_services"])


def test_prizes_listed_for_a_campaign_are_not_a_programme():
    assert labels("活动奖品涵盖运动券、书券等内容，从休闲娱乐、健身健康等方面关心医务人员。")[1] == []
