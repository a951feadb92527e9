from archive.enrich.places import find_places
from archive.vocabulary import load_vocabulary


def places(title, *paragraphs):
    venues, mentioned = find_places(title, list(paragraphs), load_vocabulary())
    as_tuples = lambda items: [(p.province, p.city, p.county, p.code) for p in items]
    return as_tuples(venues), as_tuples(mentioned)


def test_a_district_union_is_the_venue_with_its_code():
    assert places("", "日前，海曙区总工会工作人员来到网点慰问快递小哥。") == (
        [("浙江省", "宁波市", "海曙区", "330203")], [])


def test_a_city_name_fused_with_a_district_gives_the_district():
    assert places("温暖职工", "近日，绍兴越城区总工会启动送温暖活动。")[0] == [("浙江省", "绍兴市", "越城区", "330602")]


def test_duplicate_district_names_resolve_by_the_article_city():
    nanjing = places("", "南京市鼓楼区总工会走进快递网点。鼓楼工会还新建驿站。")[0]
    fuzhou = places("福州鼓楼工会送清凉", "近日，福州市鼓楼区总工会开展送清凉。")[0]
    assert (nanjing, fuzhou) == ([("江苏省", "南京市", "鼓楼区", "320106")], [("福建省", "福州市", "鼓楼区", "350102")])


def test_home_towns_and_partner_regions_are_mentioned_not_venues():
    venues, mentioned = places("", "近日，舟山市总工会举行平安返乡活动。来自安徽阜阳的张师傅说，感谢工会。")
    assert (venues, mentioned) == ([("浙江省", "舟山市", None, "330900")], [("安徽省", "阜阳市", None, "341200")])


def test_municipality_district_and_whole_municipality():
    assert places("", "12月28日，北京市朝阳区总工会走访慰问重点工程工地。")[0] == [("北京市", "北京市", "朝阳区", "110105")]
    assert places("", "近日，重庆市总工会启动送温暖。")[0] == [("重庆市", None, None, "500000")]


def test_short_forms_that_are_words_or_inside_words_are_not_places():
    venues, mentioned = places("", "宁波市总工会把党和政府的关怀送到，提供健康保障和安全教育，和平友好。")
    assert (venues, mentioned) == ([("浙江省", "宁波市", None, "330200")], [])


def test_one_character_abbreviations_count_only_fused():
    assert places("", "舟山市总工会为留甬人员提供培训。")[1] == [("浙江省", "宁波市", None, "330200")]


def test_a_renamed_unit_gets_its_current_name():
    assert places("", "2月5日，上虞市总工会举办招聘会。")[0] == [("浙江省", "绍兴市", "上虞区", "330604")]


def test_a_navigation_bar_and_a_footer_hold_no_places():
    nav = ["北京", "天津", "河北", "山西"]
    assert places("", *nav, "武汉市总工会慰问一线工人。", "地址：北京市丰台区东铁营横七条12号") == (
        [("湖北省", "武汉市", None, "420100")], [])


def test_places_before_a_service_phone_line_in_the_same_paragraph_still_count():
    body = "丽水市总工会今年还开通了发往武汉、合肥等地的包车。东站服务电话:0578-2051883。"
    assert places("", body)[1] == [("湖北省", "武汉市", None, "420100"), ("安徽省", "合肥市", None, "340100")]


def test_a_bare_city_union_takes_a_county_s_city_only_when_the_lead_names_no_city():
    lead = "由晚报、市总工会共同组织的包车从丽水发车，发往河南息县。"
    assert places("丽水春运首趟民工包车发车", lead)[0] == [("浙江省", "丽水市", None, "331100")]
    assert places("", "宝丰县的农民工向市总工会送来锦旗，感谢法律援助。")[0] == [("河南省", "平顶山市", None, "410400")]


def test_a_long_county_short_form_needs_only_its_province_in_the_article():
    _, mentioned = places("道里区总工会组织劳模赴五大连池疗休养", "黑龙江省劳动模范刘强说，工会把我们当亲人。")
    assert mentioned == [("黑龙江省", "黑河市", "五大连池市", "231182")]


def test_a_two_character_county_short_form_still_needs_its_city():
    _, mentioned = places("河北省总工会推进职工健康保障", "省总工会为职工提供健康保障服务。")
    assert mentioned == []
