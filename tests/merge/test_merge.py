"""Merging reports of one happening (dossier.merge): pure functions over hand-built mentions.
The sentences are invented; each test states the family of evidence it checks, with cases
that must merge and cases that must not."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import pytest
from store_support import PUTIN, RUS, UKR, mention, ref

from dossier.errors import ConfigError
from dossier.merge import build_events, corroborate, group, leads
from dossier.merge.data import compatibility
from dossier.merge.features import object_classes
from dossier.merge.schema import Compatibility
from dossier.datafile import load_text
from dossier.model import EventObject, Report, When

USA, IRQ, IRN, PAK = ref("United States", "USA"), ref("Iraq", "IRQ"), ref("Iran", "IRN"), ref("Pakistan", "PAK")
LAVROV = ref("Sergey Lavrov", "RUS", "person", entity_id="sergey-lavrov")
OFFICIAL = ref("Russian official", "RUS", "person")
BLINKEN = ref("Antony Blinken", "USA", "person", entity_id="antony-blinken")


def rep(doc: str, n: int, m, *, published: date = date(2024, 3, 4), origin: str | None = None,
        outlet: str | None = None, lead: str | None = None) -> Report:
    return Report(f"{doc}#{n}", replace(m, doc=doc), published, origin, outlet, lead)


def groups(reports) -> list[set[str]]:
    return sorted((set(g.keys) for g in group(reports)), key=sorted)


def together(reports) -> bool:
    return len(group(reports)) == 1


# -- type, dyad --------------------------------------------------------------------------

def test_one_strike_reported_by_two_articles_is_one_event():
    assert together([rep("a", 0, mention()), rep("b", 0, mention(trigger="shelled"))])


def test_directed_types_keep_their_direction_undirected_do_not():
    assert not together([rep("a", 0, mention()), rep("b", 0, mention(actor=UKR, recipient=RUS))])
    talks = mention(type_="CONSULT", trigger="met")
    assert together([rep("a", 0, talks), rep("b", 0, replace(talks, actor=UKR, recipient=RUS))])


def test_a_joint_raid_is_cooperate_between_partners_and_assault_on_the_target():
    joint = mention(type_="COOPERATE", trigger="joined", actor=IRQ, recipient=USA)
    raid = mention(type_="ASSAULT", trigger="raided", actor=USA, recipient=IRQ)
    assert together([rep("a", 0, joint), rep("a", 1, raid)])


def test_a_threat_and_the_attack_it_threatens_stay_two_events():
    threat = mention(type_="THREATEN", trigger="warned")
    assert not together([rep("a", 0, threat), rep("a", 1, mention())])


def test_a_state_fits_a_person_of_that_state_but_two_known_people_do_not_fit():
    by_state = mention(type_="CONSULT", trigger="met", actor=RUS)
    assert together([rep("a", 0, by_state), rep("b", 0, replace(by_state, actor=PUTIN))])
    assert not together([rep("a", 0, replace(by_state, actor=LAVROV)),
                         rep("b", 0, replace(by_state, actor=PUTIN))])
    # an unnamed official may be anyone of the state
    assert together([rep("a", 0, replace(by_state, actor=OFFICIAL)),
                     rep("b", 0, replace(by_state, actor=PUTIN))])


# -- dates -------------------------------------------------------------------------------

def test_a_month_fits_a_day_of_it_two_days_do_not():
    assert together([rep("a", 0, mention(when="2024-03-02")), rep("b", 0, mention(when="2024-03"))])
    assert not together([rep("a", 0, mention(when="2024-03-02")),
                         rep("b", 0, mention(when="2024-03-01"))])


def test_an_undated_report_joins_an_unambiguous_event_of_the_weeks_before_it():
    dated = rep("a", 0, mention(when="2024-03-02"))
    assert together([dated, rep("b", 0, mention(when=None), published=date(2024, 3, 5))])
    # published long after: another happening of the same dyad
    assert not together([dated, rep("b", 0, mention(when=None), published=date(2024, 9, 5))])


def test_an_undated_report_fitting_two_events_starts_its_own():
    found = groups([rep("a", 0, mention(when="2024-03-01")), rep("b", 0, mention(when="2024-03-02")),
                    rep("c", 0, mention(when=None), published=date(2024, 3, 4))])
    assert found == [{"a#0"}, {"b#0"}, {"c#0"}]


def test_an_undated_report_prefers_the_event_of_its_own_article():
    found = groups([rep("a", 0, mention(when="2024-03-01")), rep("b", 0, mention(when="2024-03-02")),
                    rep("b", 1, mention(when=None, start=80))])
    assert {"b#0", "b#1"} in found


def test_undated_reports_between_parties_of_one_state_are_not_merged():
    raid = mention(actor=PAK, recipient=PAK, when=None)
    assert not together([rep("a", 0, raid), rep("b", 0, raid)])
    assert together([rep("a", 0, replace(raid, date=mention().date)),
                     rep("b", 0, replace(raid, date=mention().date))])


def test_an_inherited_date_is_held_against_own_dates_only():
    inherited = mention(when="2024-03-01")
    inherited = replace(inherited, date=replace(inherited.date, basis="inherited"))
    assert not together([rep("a", 0, mention(when="2024-02-20")), rep("b", 0, inherited)])
    # against an undated report it tells nothing: both are placed by publication
    assert together([rep("a", 0, inherited), rep("b", 0, mention(when=None),
                                                  published=date(2024, 2, 28))])


# -- status ------------------------------------------------------------------------------

def test_a_claim_and_its_denial_are_one_contested_event():
    claim = mention(type_="AID", when=None, status="claim", source=USA, actor=IRN, recipient=RUS)
    denial = replace(claim, status="denial", source=IRN, trigger=replace(claim.trigger, start=90))
    [event] = build_events([rep("a", 0, claim), rep("a", 1, denial)])
    c = event.corroboration
    assert c.contested and c.claimed_by == ("United States",) and c.denied_by == ("Iran",)


def test_what_a_party_admits_is_not_the_act_it_denies():
    claim = mention(type_="AID", when=None, status="claim", source=USA, actor=IRN, recipient=RUS)
    denial = replace(claim, status="denial", source=IRN, trigger=replace(claim.trigger, start=90))
    admission = replace(claim, source=IRN, trigger=replace(claim.trigger, start=150))
    reports = [rep("a", 0, claim), rep("a", 1, denial), rep("a", 2, admission)]
    assert {"a#2"} in groups(reports) and {"a#0", "a#1"} in groups(reports)


def test_a_planned_act_joins_the_reported_one_only_on_the_same_day():
    visit = mention(type_="CONSULT", trigger="visited", when="2024-03-12")
    planned = replace(visit, status="future")
    assert together([rep("a", 0, planned), rep("b", 0, visit)])
    assert not together([rep("a", 0, replace(planned, date=mention(when="2024-03").date)),
                         rep("b", 0, visit)])


# -- objects, places ---------------------------------------------------------------------

def test_drones_and_ballistic_missiles_are_two_deliveries_weapons_fit_both():
    aid = mention(type_="AID", trigger="sent", actor=IRN, recipient=RUS)
    drones = replace(aid, object=EventObject("attack drones"))
    missiles = replace(aid, object=EventObject("ballistic missiles"))
    weapons = replace(aid, object=EventObject("weapons"))
    assert not together([rep("a", 0, drones), rep("b", 0, missiles)])
    assert together([rep("a", 0, weapons), rep("b", 0, missiles)])


def test_object_classes_come_from_the_data_file():
    assert object_classes("hundreds of short-range ballistic missiles") == {"missiles"}
    assert object_classes("drones and missiles") == {"drones", "missiles"}
    assert object_classes("a new park") == frozenset()


def test_two_countries_as_places_are_two_events():
    from dossier.model import Where

    a = replace(mention(), location=Where("Kharkiv", "UKR", "Kharkiv"))
    b = replace(mention(), location=Where("Belgorod", "RUS", "Belgorod"))
    assert not together([rep("a", 0, a), rep("b", 0, b)])


# -- one trigger, several parties ----------------------------------------------------------

def _tour(*recipients):
    return [mention(type_="CONSULT", trigger="toured", start=10, actor=USA, recipient=r)
            for r in recipients]


def test_one_trigger_with_four_parties_is_one_multilateral_act():
    assert leads(_tour(RUS, UKR, IRN)) == [None, 0, 0]


def test_one_trigger_with_two_recipients_is_two_acts():
    assert leads(_tour(RUS, UKR)) == [None, None]
    # two actors doing the same thing stay two acts however many they are
    both = [mention(trigger="shelled", actor=a, recipient=UKR) for a in (RUS, IRN, PAK, USA)]
    assert leads(both) == [None] * 4


def test_an_agreement_between_every_two_of_three_is_one_act():
    # "an agreement among the US, Russia and Ukraine": every pair of the three, one act
    among = [mention(type_="AGREE", trigger="agreement", start=10, actor=a, recipient=r)
             for a, r in ((USA, RUS), (USA, UKR), (RUS, UKR))]
    assert leads(among) == [None, 0, 0]
    # two of the pairs only ("agreed with Russia and with Ukraine") are two agreements
    assert leads(among[:2]) == [None, None]


def test_followers_go_where_their_lead_goes():
    tour = _tour(RUS, UKR, IRN)
    reports = [rep("a", n, m, lead=None if n == 0 else "a#0") for n, m in enumerate(tour)]
    assert together(reports)


# -- determinism, explanations, corroboration ---------------------------------------------------

def test_events_do_not_depend_on_the_order_of_reports():
    reports = [rep("a", 0, mention(when="2024-03-02")), rep("b", 0, mention(when="2024-03")),
               rep("c", 0, mention(when=None), published=date(2024, 3, 3)),
               rep("d", 0, mention(when="2024-03-05")), rep("e", 0, mention(when="2024"))]
    first = group(reports)
    for order in itertools.permutations(reports):
        assert group(list(order)) == first


def test_every_member_says_why_it_is_there():
    [event] = group([rep("a", 0, mention(when="2024-03-02")), rep("b", 0, mention(when="2024-03"))])
    seed, joined = event.explanations
    assert seed.joined is None and joined.joined == "a#0"
    assert "date 2024-03 fits 2024-03-02" in joined.reasons
    assert any(r.startswith("dyad") for r in joined.reasons)


def test_a_copy_is_not_an_independent_article():
    reports = [rep("a", 0, mention(), outlet="Daily Lorem"),
               rep("b", 0, mention(), origin="a", outlet="Ipsum Wire"),
               rep("c", 0, mention(status="claim", source=BLINKEN), outlet="Ipsum Wire")]
    c = corroborate(reports)
    assert (c.mentions, c.articles, c.outlets, c.sources, c.asserted) == (3, 2, 2, 1, 1)
    assert c.claimed_by == ("Antony Blinken (USA)",) and not c.contested


def test_compatibility_file_is_checked_against_its_schema():
    assert compatibility().undated_window_days > 0
    text = "type_pairs: []\nundated_window_days: 30\ndomestic_undated_joins: false\n" \
           "multilateral_min_parties: 4\nobject_classes:\n  missiles: {parent: arms, words: [missile]}\n"
    with pytest.raises(ConfigError, match="unknown parent"):
        load_text(text, Compatibility, "x.yaml")
    with pytest.raises(ConfigError, match="undated_windw"):
        load_text(text.replace("undated_window_days", "undated_windw"), Compatibility, "x.yaml")


def test_an_article_reporting_an_act_done_and_one_not_done_reports_two_acts():
    met = mention(type_="CONSULT", trigger="met", when=None)
    not_invited = replace(met, status="negated", trigger=replace(met.trigger, start=90))
    assert not together([rep("a", 0, met), rep("a", 1, not_invited)])
    # another article's negation disputes it
    [event] = build_events([rep("a", 0, met), rep("b", 0, replace(not_invited, doc="b"))])
    assert event.corroboration.contested


def test_a_headline_dated_by_its_publication_joins_the_body_s_day_before():
    """"X accuses Y" in a headline takes the publication day; the body's "on Thursday" is
    the day before: one accusation. Two days back is another one."""
    headline = replace(mention(type_="ACCUSE", trigger="accuses", when=None),
                       date=When("2024-03-04", "day", "published", ""))
    body = mention(type_="ACCUSE", trigger="accused", when="2024-03-03")
    assert together([rep("a", 0, headline), rep("a", 1, body)])
    older = mention(type_="ACCUSE", trigger="accused", when="2024-03-01")
    assert not together([rep("a", 0, headline), rep("a", 1, older)])


# -- another occasion (a report its article tells as another occasion of its act) ------------

def _another(m):
    from dossier.model import ANOTHER_OCCASION
    return replace(m, rules=(*m.rules, ANOTHER_OCCASION))


def test_an_articles_other_occasion_stays_apart_from_its_act():
    act = mention(when="2024-03-02")
    earlier = _another(mention(trigger="shelled", start=90, when="2024-03"))
    assert not together([rep("a", 0, act), rep("a", 1, earlier)])
    # two reports that both say so may be one happening
    again = _another(mention(trigger="hit", start=150, when="2024-03"))
    assert groups([rep("a", 0, act), rep("a", 1, earlier), rep("a", 2, again)]) == \
        [{"a#0"}, {"a#1", "a#2"}]


def test_an_undated_other_occasion_joins_no_other_articles_event():
    past = _another(mention(trigger="threatened", when=None))
    assert not together([rep("a", 0, past), rep("b", 0, mention(when=None))])


def test_an_other_occasion_joins_another_article_only_at_its_precision():
    earlier = _another(mention(trigger="shelled", when="2024-03"))
    assert not together([rep("a", 0, earlier), rep("b", 0, mention(when="2024-03-02"))])
    assert together([rep("a", 0, earlier), rep("b", 0, mention(when="2024-03"))])
    assert together([rep("a", 0, _another(mention(when="2024-03-02"))),
                     rep("b", 0, mention(trigger="hit", when="2024-03-02"))])
