"""Place resolution over real parses (slow tier: the `nlp` fixture loads the spaCy model).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from dossier.places import event_location, resolve_places

pytestmark = pytest.mark.slow

# (sentence, mention text, expected country (ISO3 or None), expected name or None = any)
CASES = [
    ("The minister landed in Tehran on Monday.", "Tehran", "IRN", "Tehran"),
    ("Officials inspected an airfield in central Iran last week.", "central Iran", "IRN", "Iran"),
    ("He was greeted at Tehran's Mehrabad airport by the oil minister.",
     "Tehran's Mehrabad airport", "IRN", "Tehran"),
    ("Shelling continued in the Kursk region overnight.", "Kursk region", "RUS", "Kursk region"),
    ("Troops were redeployed to Kursk province in August.", "Kursk province", "RUS", None),
    ("A patrol boat sank in the Black Sea.", "Black Sea", None, "Black Sea"),
    ("Aid trucks queued at the border of the Gaza Strip.", "Gaza Strip", "PSE", "Gaza Strip"),
    ("Settlers attacked a village in the West Bank.", "West Bank", "PSE", "West Bank"),
    ("Drones struck a fuel depot in Crimea.", "Crimea", "UKR", "Crimea"),
    ("Heavy fighting was reported across the Donbas.", "Donbas", "UKR", "Donbas"),
    ("Rebels fired on a tanker in the Red Sea.", "Red Sea", None, "Red Sea"),
    ("A tanker was seized in the Strait of Hormuz.", "Strait of Hormuz", None, "Strait of Hormuz"),
    ("The delegation flew to Moscow for talks.", "Moscow", "RUS", "Moscow"),
    ("Protesters gathered in Kyiv on Sunday.", "Kyiv", "UKR", "Kyiv"),
    ("Old maps still call the city Kiev.", "Kiev", "UKR", "Kyiv"),
    ("Flood survivors in Derna need clean water.", "Derna", "LBY", None),
    ("The ship docked at Hodeidah after a long delay.", "Hodeidah", "YEM", None),
    ("The summit will be held in Ankara next month.", "Ankara", "TUR", "Ankara"),
    ("Turkey hosted the talks.", "Turkey", "TUR", "Turkey"),
    ("Türkiye hosted the talks.", "Türkiye", "TUR", "Turkey"),
    ("Officials from the U.S. met their counterparts.", "U.S.", "USA", "United States"),
    ("Britain summoned the ambassador.", "Britain", "GBR", "United Kingdom"),
    ("Exports from the United Arab Emirates rose sharply.", "United Arab Emirates", "ARE", None),
    ("The envoy travelled to Pyongyang in secret.", "Pyongyang", "PRK", "Pyongyang"),
    ("Missiles fell near Kharkiv on Friday.", "Kharkiv", "UKR", "Kharkiv"),
    ("Fighting intensified around Pokrovsk.", "Pokrovsk", "UKR", "Pokrovsk"),
    ("Refugees fled northern Syria in their thousands.", "northern Syria", "SYR", "Syria"),
    ("The hostages were freed in Doha.", "Doha", "QAT", "Doha"),
    ("The ministers met in Brussels on Tuesday.", "Brussels", "BEL", "Brussels"),
    ("The president spoke in Washington on Thursday.", "Washington", "USA", None),
    ("A storm hit Paris, Texas, on Monday.", "Paris, Texas", "USA", "Paris"),
    ("The court sat in Paris for the hearing.", "Paris", "FRA", "Paris"),
    ("Tripoli was calm after the ceasefire in Libya.", "Tripoli", "LBY", "Tripoli"),
    ("Shops reopened in Tripoli, Lebanon, after the clashes.", "Tripoli, Lebanon", "LBN", "Tripoli"),
    ("Famine spread across Darfur this year.", "Darfur", "SDN", "Darfur"),
    ("Sailors crossed the Taiwan Strait at dawn.", "Taiwan Strait", None, "Taiwan Strait"),
    ("Tanks massed near the Golan Heights.", "Golan Heights", "SYR", "Golan Heights"),
    ("Talks on Nagorno-Karabakh resumed.", "Nagorno-Karabakh", "AZE", None),
    ("Election officials in the U.S. state of Georgia certified the count.", "Georgia", "USA", "Georgia"),
    ("The ship sailed through the Suez Canal.", "Suez Canal", "EGY", "Suez Canal"),
    ("Armenia and Azerbaijan resumed border talks.", "Azerbaijan", "AZE", "Azerbaijan"),
    ("Monitors patrolled the frontier near Yerevan.", "Yerevan", "ARM", "Yerevan"),
    ("Gunmen attacked a convoy in Mali.", "Mali", "MLI", "Mali"),
    ("Rains flooded parts of eastern Congo.", "eastern Congo", "COD", None),
    ("The carrier group moved into the South China Sea.", "South China Sea", None, "South China Sea"),
    ("Beijing protested the sale of weapons to Taiwan.", "Taiwan", "TWN", "Taiwan"),
]


@pytest.mark.parametrize("sentence,text,country,name", CASES, ids=[c[1] for c in CASES])
def test_resolve_places_geocodes_mention(nlp, sentence, text, country, name):
    places = resolve_places(nlp(sentence), dateline=None, countries=[])
    match = [w for w in places if w.text == text]
    assert match, f"no place {text!r} in {[(w.text, w.name) for w in places]}"
    where = match[0]
    assert where.country == country
    if name is not None:
        assert where.name == name
    assert sentence[where.start:where.end] == where.text
    assert where.lat is not None and where.lon is not None


# The small model tags some towns as peoples (NORP); named as a settlement or after a locative
# preposition they are places all the same.
SETTLEMENT_CASES = [
    ("A car bomb went off near the town of Samarra on Tuesday.", "Samarra", "IRQ"),
    ("Gunmen ambushed a convoy outside the city of Samarra.", "Samarra", "IRQ"),
]


@pytest.mark.parametrize("sentence,text,country", SETTLEMENT_CASES,
                         ids=[c[0][:24] for c in SETTLEMENT_CASES])
def test_resolve_places_reads_a_named_settlement(nlp, sentence, text, country):
    places = resolve_places(nlp(sentence), dateline=None, countries=[])
    assert [(w.text, w.country) for w in places] == [(text, country)]


@pytest.mark.parametrize("sentence", [
    "The cleric appealed to Shiites across the region.",
    "Food was handed out to Iraqis in the camp.",
    "The charity sent blankets to Kurds near the border.",
    "Aid reached Iraqi towns near the border.",
])
def test_resolve_places_leaves_peoples_after_a_preposition(nlp, sentence):
    places = resolve_places(nlp(sentence), dateline=None, countries=[])
    assert all(w.country is None or w.text not in ("Shiites", "Iraqis", "Kurds", "Iraqi")
               for w in places), [(w.text, w.country) for w in places]


def test_resolve_places_skips_actors_that_are_no_place(nlp):
    doc = nlp("The White House said the Kremlin had rejected the offer.")
    assert resolve_places(doc, dateline=None, countries=["USA", "RUS"]) == []


def test_resolve_places_lists_parts_of_a_comma_list(nlp):
    doc = nlp("Firms in China, Hong Kong and the United Arab Emirates were sanctioned.")
    names = [w.name for w in resolve_places(doc, dateline=None, countries=[])]
    assert names == ["China", "Hong Kong", "United Arab Emirates"]


def test_resolve_places_country_has_geonames_id_and_capital_coordinates(nlp):
    (iran,) = resolve_places(nlp("Iran rejected the report."), dateline=None, countries=[])
    assert iran.geonameid == 130758
    assert iran.lat == pytest.approx(35.69, abs=0.1) and iran.lon == pytest.approx(51.42, abs=0.1)


def test_resolve_places_prefers_us_paris_when_article_is_in_texas(nlp):
    doc = nlp("Storms hit Dallas overnight. In Paris, the mayor closed the schools.")
    paris = [w for w in resolve_places(doc, dateline=None, countries=["USA"]) if w.text == "Paris"]
    assert paris and paris[0].country == "USA"


def test_resolve_places_reads_georgia_as_the_state_in_an_atlanta_story(nlp):
    doc = nlp("Voters in Atlanta lined up early. Georgia is a swing state.")
    georgia = [w for w in resolve_places(doc, dateline=None, countries=["USA", "USA"])
               if w.text == "Georgia"]
    assert georgia and georgia[0].country == "USA"


def test_resolve_places_reads_georgia_as_the_country_in_a_tbilisi_story(nlp):
    doc = nlp("Protesters marched in Tbilisi. Georgia applied to join the European Union.")
    georgia = [w for w in resolve_places(doc, dateline=None, countries=["GEO", "RUS"])
               if w.text == "Georgia"]
    assert georgia and georgia[0].country == "GEO"


def test_resolve_places_uses_the_dateline_as_context(nlp):
    doc = nlp("Hundreds rallied in Paris against the plan.")
    [paris] = resolve_places(doc, dateline="DALLAS, Texas", countries=[])
    assert paris.country == "USA"


# -- event_location ---------------------------------------------------------------------

LOCATION_CASES = [
    ("Putin arrived in Iran on Tuesday.", "arrived", "Iran"),
    ("Officials visited an airfield in central Iran twice.", "visited", "Iran"),
    ("The minister was greeted at Tehran's Mehrabad airport by officials.", "greeted", "Tehran"),
    ("In Ankara, the two ministers signed a trade agreement.", "signed", "Ankara"),
    ("Russian jets struck targets near Kharkiv overnight.", "struck", "Kharkiv"),
    ("Iran's foreign minister met his Russian counterpart in Moscow.", "met", "Moscow"),
    ("The talks in Geneva ended without a deal.", "talks", "Geneva"),
]


@pytest.mark.parametrize("sentence,trigger,expected", LOCATION_CASES,
                         ids=[c[1] for c in LOCATION_CASES])
def test_event_location_finds_place_of_trigger(nlp, sentence, trigger, expected):
    doc = nlp(sentence)
    places = resolve_places(doc, dateline=None, countries=[])
    index = next(t.i for t in doc if t.text == trigger)
    where = event_location(doc, index, places)
    assert where is not None and where.name == expected


@pytest.mark.parametrize("sentence,trigger", [
    ("Iran rejected the accusations on Monday.", "rejected"),
    ("The United States imposed sanctions on Iran.", "imposed"),
    ("Tehran sent drones to Russia last year.", "sent"),
])
def test_event_location_ignores_actors_and_targets(nlp, sentence, trigger):
    doc = nlp(sentence)
    places = resolve_places(doc, dateline=None, countries=[])
    index = next(t.i for t in doc if t.text == trigger)
    assert event_location(doc, index, places) is None


def test_event_location_travel_to_a_country_is_the_place(nlp):
    doc = nlp("The Japanese foreign minister travelled to Turkey on Friday.")
    places = resolve_places(doc, dateline=None, countries=[])
    index = next(t.i for t in doc if t.text == "travelled")
    where = event_location(doc, index, places)
    assert where is not None and where.country == "TUR"


def test_event_location_stays_in_the_trigger_sentence(nlp):
    doc = nlp("The talks were held in Doha. Later, the envoy criticised the plan.")
    places = resolve_places(doc, dateline=None, countries=[])
    index = next(t.i for t in doc if t.text == "criticised")
    assert event_location(doc, index, places) is None


def test_event_location_ignores_a_place_deep_inside_the_topic(nlp):
    from dossier.places import event_location, resolve_places

    doc = nlp("The two ministers are meeting in Cairo on issues facing the region, including the war in Sudan.")
    places = resolve_places(doc, dateline=None, countries=[])
    trigger = next(t.i for t in doc if t.text == "meeting")
    found = event_location(doc, trigger, places)
    assert found is not None and found.country == "EGY"


def test_event_location_is_none_when_only_the_topic_has_a_place(nlp):
    from dossier.places import event_location, resolve_places

    doc = nlp("The envoys discussed several issues, including the fighting in Sudan.")
    places = resolve_places(doc, dateline=None, countries=[])
    trigger = next(t.i for t in doc if t.text == "discussed")
    assert event_location(doc, trigger, places) is None
