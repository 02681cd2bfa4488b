"""Report, dialogue view, year on year, benchmark and public summaries."""

import pytest
from django.urls import reverse

from selftest.models import Role
from tests.factories.selftest import CouncilFactory, make_assessment

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(council, version):
    return make_assessment(
        council,
        version,
        answers={"BE-1": "no", "BE-2": "partly", "ON-1": "not_applicable"},
        default="yes",
        submitted=True,
    )


def test_report_shows_scores_lights_and_improvement_points(client, site, member, answered):
    client.force_login(member)
    html = client.get(reverse("selftest:report", args=[answered.pk])).content.decode()
    assert "Totale score: 88%" in html  # 11.5 of 13: not applicable is left out
    assert "Advies voor BE-1" in html and "Advies voor BE-2" in html
    assert "Advies voor ON-2" not in html  # a yes needs no advice
    assert "sw-light--red" in html  # Beleidsplan: no + partly = 25%
    assert "<svg" in html and 'role="img"' in html
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert "style=" not in svg  # strict CSP
    assert "<caption>Antwoorden en score per thema</caption>" in html


def test_report_query_count_is_bounded(
    client, site, member, council, version, answered, django_assert_max_num_queries
):
    # With earlier years on the same questionnaire, whose themes and questions are read once.
    make_assessment(council, version, year=2022, default="no", submitted=True)
    make_assessment(council, version, year=2023, default="partly", submitted=True)
    client.force_login(member)
    client.get(reverse("selftest:report", args=[answered.pk]))
    with django_assert_max_num_queries(15):  # issue 7's budget per page
        client.get(reverse("selftest:report", args=[answered.pk]))


def test_year_on_year_table(client, site, member, council, version, answered):
    make_assessment(council, version, year=2023, default="no", submitted=True)
    current = make_assessment(council, version, year=2026, default="yes")
    client.force_login(member)
    html = client.get(reverse("selftest:report", args=[current.pk])).content.decode()
    assert "Vergeleken met eerdere jaren" in html
    assert '<th scope="col">2023</th>' in html and '<th scope="col">2025</th>' in html


def test_benchmark_only_from_five_councils(client, site, member, version, answered):
    client.force_login(member)
    url = reverse("selftest:report", args=[answered.pk])
    for i in range(3):
        make_assessment(CouncilFactory(), version, default="partly", submitted=True)
    assert "Gemiddelde van alle raden" not in client.get(url).content.decode()  # 4 councils
    make_assessment(CouncilFactory(), version, default="partly", submitted=True)
    html = client.get(url).content.decode()
    assert "Gemiddelde van alle raden" in html
    assert "5 raden en teams" in html


def test_dialogue_needs_sharing_and_marks_differences(client, site, member, version, answered):
    team = CouncilFactory(name="Gemeente Weert team", role=Role.MUNICIPALITY)
    theirs = make_assessment(team, version, default="yes", submitted=True)
    client.force_login(member)
    url = reverse("selftest:dialogue", args=[answered.pk])
    assert "Er is (nog) geen zelftest van de andere partij" in client.get(url).content.decode()
    theirs.shared_for_dialogue = True
    theirs.save()
    html = client.get(url).content.decode()
    assert "Op 3 vragen verschillen de antwoorden" in html
    assert html.count('class="sw-st-diff"') == 3


def test_publish_withdraw_and_reopen(client, site, member, answered, council, version):
    assessment = make_assessment(council, version, year=2026)
    client.force_login(member)
    public = reverse("selftest:published_detail", args=[answered.pk])
    assert client.get(public).status_code == 404  # opt-in: nothing public by default
    client.post(reverse("selftest:publish", args=[answered.pk]), {"publish": "1"})
    client.logout()
    response = client.get(public)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Totale score" in html and "Anna" not in html
    client.force_login(member)
    client.post(reverse("selftest:publish", args=[answered.pk]), {"publish": "0"})
    assert client.get(public).status_code == 404
    # a draft cannot be published
    client.post(reverse("selftest:publish", args=[assessment.pk]), {"publish": "1"})
    assessment.refresh_from_db()
    assert not assessment.is_published


def test_reopen_needs_a_reason_and_is_logged(client, site, member, answered):
    client.force_login(member)
    url = reverse("selftest:reopen", args=[answered.pk])
    response = client.post(url, {"reason": ""})
    assert response.status_code == 400
    answered.refresh_from_db()
    assert answered.is_submitted
    client.post(url, {"reason": "Nieuwe informatie over het budget."})
    answered.refresh_from_db()
    assert not answered.is_submitted
    html = client.get(reverse("selftest:overview", args=[answered.pk])).content.decode()
    assert "Nieuwe informatie over het budget." in html
