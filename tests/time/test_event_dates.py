"""event_date: which time expression dates an event, and when none does."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.model import When
from dossier.time import as_event_date, event_date, find_times
from dossier.time.event_dates import antecedent_date, lead_date

A = date(2022, 7, 20)  # a Wednesday
C = date(2024, 10, 11)  # a Friday
MAIN = When(value="2022-07-19", granularity="day", basis="relative", text="Tuesday", start=0, end=7)


def _date_of(nlp, sentence, trigger, anchor, main_event=None, light_verbs=None):
    doc = nlp(sentence)
    index = next(t.i for t in doc if t.text == trigger)
    return event_date(doc, index, find_times(doc, anchor), anchor, main_event=main_event,
                      light_verbs=light_verbs)


LIGHT = frozenset({"hold", "sign"})


@pytest.mark.slow
@pytest.mark.parametrize("sentence, trigger, value", [
    ("On Monday the two sides held talks in Doha.", "talks", "2022-07-18"),  # a light verb
    ("In 2019 the president praised the summit.", "summit", None),  # an act about the event
    ("The president recalled the truce in 2019.", "truce", None),
])
def test_event_noun_takes_its_verbs_time_only_through_a_light_verb(nlp, sentence, trigger, value):
    when = _date_of(nlp, sentence, trigger, A, light_verbs=LIGHT)
    assert (when.value if when else None) == value


@pytest.mark.slow
@pytest.mark.parametrize("sentence, trigger, anchor, value", [
    ("The president arrived in Rome on Tuesday for talks.", "arrived", A, "2022-07-19"),
    ("A missile attack on the port on October 1 killed dozens.", "attack", C, "2024-10-01"),
    ("Since the 2022 invasion, trade has collapsed.", "invasion", C, "2022"),
    ("On Tuesday, the two leaders held talks in the capital.", "talks", A, "2022-07-19"),
    ("Officials last month accused the militia of looting.", "accused", C, "2024-09"),
    ("The blast occurred at 3 p.m. on Tuesday.", "occurred", A, "2022-07-19"),
    ("The minister will visit the border next week.", "visit", C, "2024-W42"),
])
def test_event_date_takes_attached_or_same_clause_time(nlp, sentence, trigger, anchor, value):
    when = _date_of(nlp, sentence, trigger, anchor)
    assert when is not None and when.value == value


@pytest.mark.slow
@pytest.mark.parametrize("sentence, trigger, anchor", [
    # the time belongs to the saying, not to the attack reported
    ("The minister said on Monday that troops had attacked the village.", "attacked", A),
    ("The siege of the city lasted three years.", "siege", A),  # a duration is no date
    ("The army recently attacked the town.", "attacked", A),  # nor is a vague reference
    ("The two presidents met in Tehran.", "met", A),  # never the publication date
    ("The minister arrived on Tuesday.", "arrived", None),  # no anchor: no calendar date
])
def test_event_date_gives_none_without_usable_time(nlp, sentence, trigger, anchor):
    assert _date_of(nlp, sentence, trigger, anchor) is None


@pytest.mark.slow
def test_event_date_inherits_main_event_in_present_tense(nlp):
    when = _date_of(nlp, "The two presidents are meeting in Tehran.", "meeting", A, MAIN)
    assert (when.value, when.basis) == ("2022-07-19", "inherited")


@pytest.mark.slow
@pytest.mark.parametrize("sentence, trigger, value", [
    # a reported act takes the time of its report
    ("On Monday, police said gunmen attacked a convoy near the border.", "attacked", "2022-07-18"),
    # coordinated verbs share their time, the object of a light verb too
    ("The envoy flew to Cairo on Tuesday and met the foreign minister.", "met", "2022-07-19"),
    ("Last week the two sides met and signed a truce.", "truce", "2022-W28"),
    # a "when" clause shares the time it hangs from
    ("In 2019, when the rebels seized the port, the navy withdrew.", "seized", "2019"),
    ("Since March 2021, when the junta arrested the president, the economy has shrunk.",
     "arrested", "2021-03"),
    # a participle of result shares the time of its clause
    ("Gunmen stormed the hotel on Monday, killing six guests.", "killing", "2022-07-18"),
    # a purpose infinitive shares the time of the act it is the purpose of
    ("The envoy travelled to Paris on Monday to press the allies for more arms.", "press",
     "2022-07-18"),
    # a participle describing a noun trigger dates it
    ("The council rejected a proposal made on Monday to lift the embargo.", "proposal",
     "2022-07-18"),
])
def test_event_date_carries_time_of_governing_clause(nlp, sentence, trigger, value):
    when = _date_of(nlp, sentence, trigger, A)
    assert when is not None and when.value == value


@pytest.mark.slow
@pytest.mark.parametrize("sentence, trigger", [
    # an act told in the pluperfect came before the report dated
    ("Officials said on Monday that the militia had seized two towns.", "seized"),
    # a noun as subject names an earlier act, not the saying's time
    ("The minister said on Tuesday that the shipment of rifles was illegal.", "shipment"),
    # a possessive time dates its own noun, not the clause around it
    ("Despite Monday's walkout, the two delegations met in Geneva.", "met"),
    # an adverbial clause of another time keeps its own (here none)
    ("After the talks collapsed, the army shelled the town on Tuesday.", "collapsed"),
    # an infinitive under an earlier (pluperfect) act is no purpose of the dated one
    ("The court ruled on Monday that the state had failed to protect the witnesses.", "protect"),
])
def test_event_date_does_not_carry_time_to_earlier_acts(nlp, sentence, trigger):
    assert _date_of(nlp, sentence, trigger, A) is None


@pytest.mark.slow
@pytest.mark.parametrize("sentence, trigger", [
    ("The rebel group accuses the government of neglect.", "accuses"),  # a standing state
    ("The militia has been fighting the army for years.", "fighting"),
    ("Officials routinely deny supplying weapons to the rebels.", "supplying"),
])
def test_event_date_does_not_inherit_into_standing_states(nlp, sentence, trigger):
    assert _date_of(nlp, sentence, trigger, A, MAIN) is None


@pytest.mark.slow
def test_progressive_under_a_dated_report_takes_the_report_s_date(nlp):
    sentence = "Chile said on Monday that negotiations with Peru are progressing well."
    when = _date_of(nlp, sentence, "negotiations", A, MAIN)
    assert when is not None and when.value == "2022-07-18"


@pytest.mark.slow
def test_event_date_does_not_inherit_into_past_tense(nlp):
    assert _date_of(nlp, "The two presidents met in Tehran.", "met", A, MAIN) is None


@pytest.mark.slow
def test_event_date_prefers_time_nearest_in_tree(nlp):
    sentence = "After talks on Monday, the rebels attacked the base on Tuesday."
    assert _date_of(nlp, sentence, "attacked", A).value == "2022-07-19"


@pytest.mark.parametrize("when, value", [
    (When("2022-07-19T15:00", "time", "relative", "3 p.m.", timex_type="TIME"), "2022-07-19"),
    (When("2024-W38", "week", "relative", "this week"), "2024-W38"),
    (When("2024-Q3", "quarter", "relative", "the third quarter"), "2024-Q3"),
    (When("199", "decade", "explicit", "the 1990s"), "199"),
    (When("P3Y", None, "relative", "three years", timex_type="DURATION"), None),
    (When("P1D", None, "relative", "daily", timex_type="SET"), None),
    (When("PAST_REF", None, "relative", "recently"), None),
    (When("PRESENT_REF", None, "relative", "now"), None),
    (When("XXXX-WXX-2", "day", "unresolved", "Tuesday"), None),
    (When("XXXX-XX-XXTMO", "time", "unresolved", "this morning", timex_type="TIME"), None),
])
def test_as_event_date_keeps_only_calendar_values(when, value):
    result = as_event_date(when)
    assert (result.value if result else None) == value


LEAD_TEXT = "Clashes Go On\n\n{lead} {second}"


def _lead_date_of(nlp, lead, trigger, second="Later the army shelled a village."):
    text = LEAD_TEXT.format(lead=lead, second=second)
    doc = nlp(text)
    index = next(t.i for t in doc if t.text == trigger)
    return lead_date(doc, index, A, text.index(lead))


@pytest.mark.slow
@pytest.mark.parametrize("lead, trigger", [
    ("Police in the capital say they arrested six protesters at a rally.", "arrested"),
    ("Regional officials are pleading with villagers to leave the flooded valley.", "pleading"),
    ("The navy seized a tanker carrying fuel to the rebels.", "seized"),
])
def test_lead_reports_the_day_s_news(nlp, lead, trigger):
    when = _lead_date_of(nlp, lead, trigger)
    assert when is not None and when.value == "2022-07-20" and when.basis == "published"


@pytest.mark.slow
@pytest.mark.parametrize("lead, trigger", [
    # a perfect, a habit or a plan is no news of the day
    ("Western leaders have repeatedly urged the junta to free its prisoners.", "urged"),
    ("The rebels often attack convoys on the mountain road.", "attack"),
    ("The opposition accuses the army of torturing detainees.", "accuses"),
    ("The two presidents will meet in Geneva to discuss the border.", "meet"),
])
def test_lead_date_leaves_standing_and_planned_acts(nlp, lead, trigger):
    assert _lead_date_of(nlp, lead, trigger) is None


@pytest.mark.slow
def test_lead_date_is_for_the_lead_only(nlp):
    lead = "The minister visited the border town to see the damage."
    assert _lead_date_of(nlp, lead, "shelled", second="The army shelled a village.") is None


def _antecedent_date_of(nlp, text, trigger):
    doc = nlp(text)
    index = max(t.i for t in doc if t.text == trigger)
    return antecedent_date(doc, index, find_times(doc, A), A)


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, value", [
    # a definite subject names what an earlier, dated sentence introduced
    ("The envoy issued a statement on Monday. The statement threatened sanctions.",
     "threatened", "2022-07-18"),
    # a party acting again in the next sentence, in the simple past: the same occasion
    ("The council met on Tuesday in Cairo. The council demanded a ceasefire.",
     "demanded", "2022-07-19"),
    ("Monday's summit opened in Lima. Later the summit ended without a deal.", "summit",
     "2022-07-18"),
])
def test_definite_noun_takes_its_antecedent_s_date(nlp, text, trigger, value):
    when = _antecedent_date_of(nlp, text, trigger)
    assert (when.value if when else None) == value


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger", [
    # an indefinite noun is a new one
    ("The envoy issued a statement on Monday. A statement threatened sanctions.", "threatened"),
    # a party's act two sentences on, or in the perfect, has a time of its own
    ("The council met on Tuesday in Cairo. Talks went on. The council demanded a ceasefire.",
     "demanded"),
    ("The council met on Tuesday in Cairo. The council has demanded a ceasefire.", "demanded"),
    # too far back
    ("The envoy issued a statement on Monday. Talks went on. The rains came. "
     "The statement threatened sanctions.", "threatened"),
])
def test_indefinite_or_distant_noun_takes_no_antecedent_date(nlp, text, trigger):
    assert _antecedent_date_of(nlp, text, trigger) is None


OCCASION = frozenset({"gather", "arrive"})


@pytest.mark.slow
@pytest.mark.parametrize("sentence, trigger, value", [
    # the occasion a gathering is "for" takes the gathering's time
    ("Farmers began gathering outside parliament early Monday for a two-day protest.",
     "protest", "2022-07-18"),
    ("The delegates arrived in Vienna on Monday for negotiations with the union.",
     "negotiations", "2022-07-18"),
    # a "for" of reason names an earlier act
    ("Police detained four students on Monday for the bombing of the station.", "bombing", None),
])
def test_occasion_of_a_gathering_takes_its_time(nlp, sentence, trigger, value):
    doc = nlp(sentence)
    index = next(t.i for t in doc if t.text == trigger)
    when = event_date(doc, index, find_times(doc, A), A, light_verbs=LIGHT, occasion_verbs=OCCASION)
    assert (when.value if when else None) == value


@pytest.mark.slow
@pytest.mark.parametrize("sentence, trigger, value", [
    # an "as" clause told in the past shares the main clause's time
    ("The strike began late Monday night, as thousands of dockers marched to the port.",
     "marched", "2022-07-18"),
    ("The vote opened on Monday while soldiers guarded the polling stations.",
     "guarded", "2022-07-18"),
    # in another tense it is a background
    ("The envoys met on Monday, as the rebels are expected to attack the port.", "attack", None),
    # a predicate adjective under a dated report
    ("The premier told his ministers on Monday that the army was ready to withdraw.",
     "ready", "2022-07-18"),
])
def test_simultaneous_clause_and_reported_predicate_share_the_time(nlp, sentence, trigger, value):
    when = _date_of(nlp, sentence, trigger, A, light_verbs=LIGHT)
    assert (when.value if when else None) == value
