"""Time expressions in sentences of our own, resolved against a publication date.

Each case: a sentence, the expression in it, the publication date, and the TIMEX3 value a
careful analyst would give (the sentence's tense decides which way relative ones point).
Loads the real spaCy model (slow tier): the tense comes from the parse.
"""

from __future__ import annotations

from datetime import date

import pytest

from dossier.time import find_times

A = date(2022, 7, 20)   # a Wednesday, ISO week 29
B = date(2024, 9, 17)   # a Tuesday, ISO week 38
C = date(2024, 10, 11)  # a Friday, ISO week 41, fourth quarter
D = date(2023, 3, 15)   # a Wednesday, first quarter
E = date(2021, 12, 30)  # a Thursday, ISO week 52
F = date(2025, 1, 6)    # a Monday, ISO week 2
G = date(2019, 11, 2)   # a Saturday

CASES = [
    # weekdays: past tense looks back (the publication day itself included), future ahead
    ("The minister arrived on Tuesday for talks.", "Tuesday", A, "2022-07-19"),
    ("The minister will arrive on Tuesday for talks.", "Tuesday", A, "2022-07-26"),
    ("The minister arrived on Wednesday.", "Wednesday", A, "2022-07-20"),
    ("Rebels attacked the town Monday.", "Monday", A, "2022-07-18"),
    ("Rebels attacked the town on Friday.", "Friday", A, "2022-07-15"),
    ("The summit will open on Friday.", "Friday", A, "2022-07-22"),
    ("The ministers are going to meet on Thursday.", "Thursday", A, "2022-07-21"),
    ("Talks had collapsed on Sunday.", "Sunday", A, "2022-07-17"),
    ("The envoy met officials on Tuesday.", "Tuesday", B, "2024-09-17"),
    ("The envoy met officials Monday.", "Monday", B, "2024-09-16"),
    ("The envoy met officials on Friday.", "Friday", B, "2024-09-13"),
    ("The envoy will travel to the capital on Friday.", "Friday", B, "2024-09-20"),
    ("The council said on Friday that it would vote.", "Friday", C, "2024-10-11"),
    ("The council will vote on Monday.", "Monday", C, "2024-10-14"),
    ("The council voted on Monday.", "Monday", C, "2024-10-07"),
    ("Protesters gathered last Friday.", "last Friday", B, "2024-09-13"),
    ("Officials will meet next Monday.", "next Monday", B, "2024-09-23"),
    ("The strike began Sunday.", "Sunday", F, "2025-01-05"),
    ("The strike will begin Sunday.", "Sunday", F, "2025-01-12"),
    ("The army withdrew on Saturday.", "Saturday", G, "2019-11-02"),
    ("The army said Friday that it had withdrawn.", "Friday", G, "2019-11-01"),
    ("The ferry sank Tuesday night.", "Tuesday night", A, "2022-07-19TNI"),
    ("The vote took place on Monday morning.", "Monday morning", B, "2024-09-16TMO"),
    ("Officials plan to visit the site on Thursday.", "Thursday", A, "2022-07-21"),
    ("Organisers planned a march on Saturday.", "Saturday", A, "2022-07-23"),
    # today, yesterday, parts of the day
    ("The leaders spoke yesterday.", "yesterday", A, "2022-07-19"),
    ("The leaders speak today.", "today", A, "2022-07-20"),
    ("The leaders will speak tomorrow.", "tomorrow", A, "2022-07-21"),
    ("The leaders spoke last night.", "last night", A, "2022-07-19TNI"),
    ("The leaders will speak tonight.", "tonight", A, "2022-07-20TNI"),
    ("The leaders spoke this morning.", "this morning", A, "2022-07-20TMO"),
    ("Talks resumed yesterday afternoon.", "yesterday afternoon", B, "2024-09-16TAF"),
    # last / this / next
    ("Troops crossed the border last week.", "last week", B, "2024-W37"),
    ("Troops crossed the border this week.", "this week", B, "2024-W38"),
    ("Troops will cross the border next week.", "next week", B, "2024-W39"),
    ("Officials charged last month that arms were shipped.", "last month", C, "2024-09"),
    ("The deal was signed this month.", "this month", C, "2024-10"),
    ("The deal will be signed next month.", "next month", C, "2024-11"),
    ("A summit is expected later this month.", "later this month", C, "2024-10"),
    ("Elections were held last year.", "last year", C, "2023"),
    ("Elections will be held next year.", "next year", C, "2025"),
    ("Prices rose this year.", "this year", C, "2024"),
    ("Prices rose sharply last month.", "last month", F, "2024-12"),
    ("Prices rose sharply last year.", "last year", F, "2024"),
    ("The bank will decide next month.", "next month", E, "2022-01"),
    ("Troops crossed the border last week.", "last week", F, "2025-W01"),
    ("Troops crossed the border last week.", "last week", E, "2021-W51"),
    ("Output will recover early next year.", "early next year", C, "2025"),
    ("The firm was founded late last year.", "late last year", B, "2023"),
    ("Sales fell earlier this year.", "earlier this year", B, "2024"),
    ("Sales fell last quarter.", "last quarter", B, "2024-Q2"),
    ("Sales will rise next quarter.", "next quarter", B, "2024-Q4"),
    ("The talks ended last weekend.", "last weekend", B, "2024-W37-WE"),
    ("Rallies are planned for this weekend.", "this weekend", B, "2024-W38-WE"),
    # "last summer" said in autumn is the summer just gone
    ("Fighting raged last summer.", "last summer", C, "2024-SU"),
    ("Fighting raged last summer.", "last summer", D, "2022-SU"),
    ("Fighting raged this summer.", "this summer", C, "2024-SU"),
    ("The reform will take effect next spring.", "next spring", C, "2025-SP"),
    ("Fighting raged last fall.", "last fall", D, "2022-FA"),
    ("The treaty was ratified last November.", "last November", D, "2022-11"),
    # months and days without a year
    ("Tanks rolled across the border in February.", "February", A, "2022-02"),
    ("A delegation visited the airfield two times in June.", "June", A, "2022-06"),
    ("The vote will be held in September.", "September", A, "2022-09"),
    ("The vote was held in September.", "September", A, "2021-09"),
    ("The plant closed in December.", "December", F, "2024-12"),
    ("The plant will close in March.", "March", F, "2025-03"),
    ("The war began in late February.", "late February", A, "2022-02"),
    ("Talks are set for mid-November.", "mid-November", C, "2024-11"),
    ("The payment is due in January.", "January", C, "2025-01"),
    ("Missiles struck the capital on October 1.", "October 1", C, "2024-10-01"),
    ("A massive attack on the port on October 1 killed dozens.", "October 1", C, "2024-10-01"),
    ("The treaty will be signed on November 5.", "November 5", C, "2024-11-05"),
    ("The treaty was signed on November 25.", "November 25", date(2024, 1, 10), "2023-11-25"),
    ("The treaty was signed on December 20.", "December 20", F, "2024-12-20"),
    ("The offer expires Jan. 15.", "Jan. 15", E, "2022-01-15"),
    ("The company reported results on Sept. 30.", "Sept. 30", C, "2024-09-30"),
    # fully specified
    ("The accord was signed on July 19, 2022.", "July 19, 2022", B, "2022-07-19"),
    ("The accord was signed on 19 July 2022.", "19 July 2022", B, "2022-07-19"),
    ("The dam was completed in March 2019.", "March 2019", B, "2019-03"),
    ("Russia delivered the systems in 2016.", "2016", C, "2016"),
    ("A deal was finalised in late 2023.", "late 2023", C, "2023"),
    ("Since the 2022 invasion, trade has collapsed.", "2022", C, "2022"),
    ("Growth has slowed since 2000.", "2000", C, "2000"),
    ("Turnout fell in the 2020 elections.", "2020", C, "2020"),
    ("Prices soared in the 1970s.", "the 1970s", C, "197"),
    ("The city was founded in the 12th century.", "the 12th century", C, "11"),
    ("The report is dated 2021-03-04.", "2021-03-04", C, "2021-03-04"),
    ("Output fell in the third quarter of 2023.", "the third quarter of 2023", C, "2023-Q3"),
    ("Harvests failed in the summer of 2021.", "the summer of 2021", C, "2021-SU"),
    ("Revenue rose in fiscal 2023.", "fiscal 2023", C, "2023"),
    ("Output fell in the first half of 2023.", "the first half of 2023", C, "2023-H1"),
    ("The band split in the mid-1990s.", "the mid-1990s", C, "199"),
    ("The war ended in nineteen ninety-five.", "nineteen ninety-five", C, "1995"),
    # quarters without a year
    ("Profit rose in the third quarter.", "the third quarter", C, "2024-Q3"),
    ("Profit will rise in the fourth quarter.", "the fourth quarter", C, "2024-Q4"),
    ("Profit rose in the fourth quarter.", "the fourth quarter", D, "2022-Q4"),
    ("Third-quarter profit rose by a tenth.", "Third-quarter", C, "2024-Q3"),
    # ago
    ("The fighting started two years ago.", "two years ago", B, "2022"),
    ("The fighting started three months ago.", "three months ago", B, "2024-06"),
    ("The fighting started two weeks ago.", "two weeks ago", B, "2024-W36"),
    ("The fighting started ten days ago.", "ten days ago", B, "2024-09-07"),
    ("The fighting started a decade ago.", "a decade ago", B, "2014"),
    ("The war began nineteen years ago.", "nineteen years ago", B, "2005"),
    ("The fighting started several years ago.", "several years ago", B, "PAST_REF"),
    # durations
    ("The siege lasted three years.", "three years", C, "P3Y"),
    ("The siege lasted for two weeks.", "two weeks", C, "P2W"),
    ("Talks ran for five hours.", "five hours", C, "PT5H"),
    ("Shelling continued over the past three months.", "the past three months", C, "P3M"),
    ("Both sides agreed to a two-year ceasefire.", "two-year", C, "P2Y"),
    ("The siege lasted twenty-one days.", "twenty-one days", C, "P21D"),
    ("The mission ran for several years.", "several years", C, "PXY"),
    ("The regime ruled for a decade.", "a decade", C, "P10Y"),
    ("Inflation will stay high for the next six months.", "the next six months", C, "P6M"),
    ("The border stayed shut for years.", "years", C, "PXY"),
    ("Tensions have risen in recent weeks.", "recent weeks", C, "PXW"),
    # references
    ("The border is now closed.", "now", C, "PRESENT_REF"),
    ("The border is currently closed.", "currently", C, "PRESENT_REF"),
    ("The army recently moved troops north.", "recently", C, "PAST_REF"),
    ("Such deals may be struck in the future.", "the future", C, "FUTURE_REF"),
    ("Such deals were struck in the past.", "the past", C, "PAST_REF"),
    # sets
    ("Flights to the capital run daily.", "daily", C, "P1D"),
    ("The council meets every Monday.", "every Monday", C, "XXXX-WXX-1"),
    # times of day
    ("The blast occurred at 3 p.m. on Tuesday.", "3 p.m. on Tuesday", A, "2022-07-19T15:00"),
    ("The polls close at 8:30 p.m.", "8:30 p.m.", A, "2022-07-20T20:30"),
    ("The blast occurred at noon yesterday.", "noon yesterday", A, "2022-07-19T12:00"),
    # no publication date: relative expressions keep TIMEX3's underspecified form
    ("The minister arrived on Tuesday.", "Tuesday", None, "XXXX-WXX-2"),
    ("The deal was signed last month.", "last month", None, "XXXX-XX"),
    ("The deal was signed on October 1.", "October 1", None, "XXXX-10-01"),
    ("The deal was signed on October 1, 2024.", "October 1, 2024", None, "2024-10-01"),
    ("The deal was signed in 2019.", "2019", None, "2019"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expression, published, value", CASES,
                         ids=[f"{c[1]}@{c[2]}:{c[0][:28]}" for c in CASES])
def test_find_times_resolves_expression(nlp, sentence, expression, published, value):
    start = sentence.index(expression)
    found = find_times(nlp(sentence), published)
    overlapping = [w for w in found if w.start < start + len(expression) and start < w.end]
    assert [w.value for w in overlapping] == [value], found


def test_table_has_enough_cases():
    assert len(CASES) >= 100
    assert len({(c[0], c[2]) for c in CASES}) == len(CASES)  # no duplicate rows shadowing others


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expression, published, basis, timex_type", [
    ("The accord was signed on July 19, 2022.", "July 19, 2022", A, "explicit", "DATE"),
    ("The envoy met officials on Tuesday.", "Tuesday", B, "relative", "DATE"),
    ("The envoy met officials on Tuesday.", "Tuesday", None, "unresolved", "DATE"),
    ("The siege lasted three years.", "three years", B, "relative", "DURATION"),
    ("Flights to the capital run daily.", "daily", B, "relative", "SET"),
    ("The polls close at 8:30 p.m.", "8:30 p.m.", B, "relative", "TIME"),
])
def test_find_times_reports_basis_and_type(nlp, sentence, expression, published, basis, timex_type):
    start = sentence.index(expression)
    when = next(w for w in find_times(nlp(sentence), published) if w.start <= start < w.end)
    assert (when.basis, when.timex_type) == (basis, timex_type)


@pytest.mark.slow
def test_find_times_offsets_point_into_text(nlp):
    text = "Officials met on Tuesday.\n\nThey will meet again next month, in the third quarter."
    for when in find_times(nlp(text), B):
        assert text[when.start:when.end] == when.text


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "The rebels fired 2000 rockets at the town.",
    "The fund lost $1990 in fees.",
    "Prices in the spring of their step.",
    "The may be a problem, they said.",
    "Air quality is a current concern for the account.",
])
def test_find_times_ignores_look_alikes(nlp, sentence):
    assert [w.text for w in find_times(nlp(sentence), B) if w.timex_type == "DATE"
            and w.value[:1].isdigit()] == []
