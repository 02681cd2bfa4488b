"""Ordering rules: informal help first, independent support always, specific helpers."""

import pytest

from directory.wegwijzer.matching import (
    CARER,
    COMPLAINT,
    DEBTS,
    GENERAL,
    INDEPENDENT,
    MUNICIPALITY,
    NETWORK,
    Candidate,
    group_kinds,
    results_arrange,
)
from directory.wegwijzer.routing import Profile

EVERYONE = frozenset({"iedereen"})


def c(pk, line, name="", *, domains=("zorg-en-gezondheid",), groups=("iedereen",), **kw):
    return Candidate(
        pk=pk,
        name=name or f"Dienst {pk}",
        line=line,
        domains=frozenset(domains),
        groups=frozenset(groups),
        words=(name or f"Dienst {pk}").lower(),
        **kw,
    )


MAP = [
    c(1, "informeel", "Burenhulp"),
    c(2, "clientondersteuning", "Cliëntondersteuning", independent=True),
    c(3, "clientondersteuning", "Hulp bij bezwaar en klacht", independent=True),
    c(4, "informeel", "Steunpunt mantelzorg", domains=["mantelzorg"], groups=["mantelzorgers"]),
    c(5, "informeel", "Maatje bij geldzorgen", domains=["geldzaken-en-schulden"]),
    c(6, "kortdurend", "Welzijn"),
    c(7, "toegang", "Wmo-loket", municipal=True),
    c(8, "toegang", "Toegang van een aanbieder"),  # not the municipality: never the access point
    c(9, "clientondersteuning", "Ondersteuning door een zorgaanbieder"),  # not independent
    c(10, "informeel", "Wandelclub", domains=["welzijn-en-meedoen"]),  # other domain
    c(11, "informeel", "Ouderenadviseur", groups=["ouderen"], min_age=60),
    c(12, "kortdurend", "Jongerenwerk", groups=["jeugd-en-ouders"], min_age=12, max_age=23),
]
HEALTH = frozenset({"zorg-en-gezondheid"})


def arrange(**profile):
    profile.setdefault("domains", HEALTH)
    groups = results_arrange(Profile(**profile), MAP)
    return {g.kind: [i.pk for i in g.items] for g in groups}, [g.kind for g in groups]


@pytest.mark.parametrize(
    ("profile", "kinds"),
    [
        ({}, [NETWORK, INDEPENDENT, GENERAL, MUNICIPALITY]),
        ({"complaint": True}, [NETWORK, INDEPENDENT, COMPLAINT, GENERAL, MUNICIPALITY]),
        ({"for_whom": "carer"}, [NETWORK, CARER, INDEPENDENT, GENERAL, MUNICIPALITY]),
        (
            {"domains": frozenset({"geldzaken-en-schulden"})},
            [NETWORK, INDEPENDENT, DEBTS, GENERAL, MUNICIPALITY],
        ),
        (
            {
                "for_whom": "carer",
                "complaint": True,
                "domains": frozenset({"geldzaken-en-schulden"}),
            },
            [NETWORK, CARER, INDEPENDENT, COMPLAINT, DEBTS, GENERAL, MUNICIPALITY],
        ),
    ],
    ids=["plain", "complaint", "carer", "debts", "everything"],
)
def test_groups_come_in_the_legal_order(profile, kinds):
    assert list(group_kinds(Profile(**profile))) == kinds
    assert arrange(**profile)[1] == kinds


def test_independent_support_is_always_shown_even_with_an_empty_map():
    groups = results_arrange(Profile(), [])
    assert INDEPENDENT in [g.kind for g in groups]


@pytest.mark.parametrize(
    ("profile", "kind", "expected"),
    [
        # Informal help that fits the domain, and nothing from another line or domain.
        ({}, NETWORK, [1]),
        # Only independent organisations count as independent client support.
        ({}, INDEPENDENT, [2, 3]),
        ({}, GENERAL, [6]),
        # The access point is the municipality's own, never a provider's intake.
        ({}, MUNICIPALITY, [7]),
        # A complaint claims the complaint service first, so it is not shown twice.
        ({"complaint": True}, COMPLAINT, [3]),
        ({"complaint": True}, INDEPENDENT, [2]),
        ({"for_whom": "carer"}, CARER, [4]),
        ({"domains": frozenset({"geldzaken-en-schulden"})}, DEBTS, [5]),
        ({"domains": frozenset({"geldzaken-en-schulden"})}, NETWORK, []),
        # Target group and age: older people also get the older-people adviser.
        (
            {"groups": EVERYONE | {"ouderen"}, "age_band": "oudere"},
            NETWORK,
            [11, 1],
        ),
        ({"groups": EVERYONE | {"jeugd-en-ouders"}, "age_band": "jeugd"}, GENERAL, [12, 6]),
        # A 70-year-old is not sent to youth work, even when the group would fit.
        ({"groups": EVERYONE | {"jeugd-en-ouders"}, "age_band": "oudere"}, GENERAL, [6]),
    ],
)
def test_each_group_holds_the_right_services(profile, kind, expected):
    assert arrange(**profile)[0][kind] == expected


def test_every_service_is_shown_at_most_once():
    shown, _ = arrange(for_whom="carer", complaint=True, domains=HEALTH | {"geldzaken-en-schulden"})
    flat = [pk for items in shown.values() for pk in items]
    assert len(flat) == len(set(flat))


def test_a_service_in_the_residents_language_comes_first():
    candidates = [
        c(1, "informeel", "Aaa"),
        c(2, "informeel", "Bbb", languages=frozenset({"ar"})),
    ]
    groups = results_arrange(Profile(domains=HEALTH, language="ar"), candidates)
    assert [i.pk for i in groups[0].items] == [2, 1]


def test_every_result_says_why():
    profile = Profile(
        domains=HEALTH,
        complaint=True,
        because=(("domain:zorg-en-gezondheid", "Gezondheid"), ("complaint", "Niet eens")),
    )
    groups = {g.kind: g for g in results_arrange(profile, MAP)}
    assert groups[NETWORK].items[0].because == ("Gezondheid",)
    assert groups[COMPLAINT].because == ("Niet eens",)
    assert groups[COMPLAINT].items[0].because == ("Niet eens", "Gezondheid")
    assert groups[INDEPENDENT].because == ("Niet eens",)


def test_groups_are_limited_to_a_short_list():
    many = [c(100 + i, "informeel", f"Vrijwilliger {i}") for i in range(10)]
    groups = results_arrange(Profile(domains=HEALTH), many)
    assert len(groups[0].items) == 3
