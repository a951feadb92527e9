from archive.enrich.dates import article_year, programme_dates


def test_a_day_range_resolves_against_the_article_year():
    assert programme_dates(["活动时间为1月21日—1月30日。"], 2023) == {"gte": "2023-01-21", "lte": "2023-01-30"}


def test_a_range_across_new_year_ends_in_the_next_year():
    assert programme_dates(["12月20日至1月5日开展送温暖。"], 2022) == {"gte": "2022-12-20", "lte": "2023-01-05"}


def test_until_end_of_month_starts_at_publication():
    assert programme_dates(["即日起至2月底开展慰问。"], 2023, "2023-01-12") == {"gte": "2023-01-12", "lte": "2023-02-28"}


def test_without_a_year_nothing_is_guessed():
    assert programme_dates(["活动时间为1月21日—1月30日。"], None) is None


def test_the_year_hint_wins_over_publication():
    assert (article_year("2024-02-01", 2023), article_year("2024-02-01"), article_year(None)) == (2023, 2024, None)
