"""How often any two countries vote alike at the UN: the "with Russia" figure generalised to a pair."""

from __future__ import annotations

from ally_explorer.db import unvotes


def test_belarus_with_russia_equals_the_with_russia_figure_for_every_year(store):
    pair = unvotes.pair_agreement_series(store, "BLR", "RUS")
    assert pair == unvotes.agreement_series(store, "BLR")
    assert pair[0].year == 1946 and len(pair) > 70
    for year in (1992, 2014):
        (row,) = [a for a in pair if a.year == year]
        assert unvotes.agreement_by_country(store, year)["BLR"] == row


def test_every_allys_pair_with_russia_equals_its_with_russia_series(store):
    for iso3 in ("CHN", "IND", "IRN", "PRK", "SYR", "HUN", "SVK", "TUR", "DEU", "USA"):
        assert unvotes.pair_agreement_series(store, iso3, "RUS") == unvotes.agreement_series(store, iso3), iso3


def test_a_pair_is_symmetric_and_counted_from_the_votes(store):
    india_china = unvotes.pair_agreement_series(store, "IND", "CHN")
    assert india_china == unvotes.pair_agreement_series(store, "CHN", "IND")
    expected = store.conn.execute(
        """
        SELECT CAST(substr(r.date, 1, 4) AS INTEGER) AS year, sum(i.vote = c.vote), count(*)
        FROM un_votes i JOIN un_votes c ON c.rcid = i.rcid JOIN un_roll_calls r ON r.rcid = i.rcid
        WHERE i.country_id = (SELECT id FROM un_countries WHERE code = 'IN')
          AND c.country_id = (SELECT id FROM un_countries WHERE code = 'CN')
        GROUP BY year ORDER BY year
        """
    ).fetchall()
    assert [(a.year, a.agreed, a.compared) for a in india_china] == expected
    # The People's Republic took China's seat in 1971: no earlier pair of votes.
    assert india_china[0].year == 1971


def test_a_country_with_itself_or_without_votes_has_no_series(store, empty_store):
    assert unvotes.pair_agreement_series(store, "IND", "IND") == []
    assert unvotes.pair_agreement_series(store, "IND", "XXX") == []
    assert unvotes.pair_agreement_series(empty_store, "IND", "CHN") == []
