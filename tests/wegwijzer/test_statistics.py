"""Anonymous monthly counts: small numbers are hidden, editors see the rest."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission, User

from directory.wegwijzer.models import Metric, RouteCount
from directory.wegwijzer.services import route_count_add
from directory.wegwijzer.statistics import cell, statistics_report
from tests.wegwijzer.conftest import BASE, walk_route

pytestmark = pytest.mark.django_db
GUIDE = "0b5f5f3e-3c5b-4b55-9a7d-3c1f0b9e0a11"


@pytest.mark.parametrize(("count", "shown"), [(0, None), (1, None), (9, None), (10, 10), (57, 57)])
def test_counts_under_ten_are_hidden(count, shown):
    assert cell(count).count == shown


def test_adding_counts_twice_increments(reference_data):
    route_count_add(guide=GUIDE, events=[(Metric.STARTED, ""), (Metric.DOMAIN, "wonen")])
    route_count_add(guide=GUIDE, events=[(Metric.STARTED, "")])
    counts = dict(RouteCount.objects.values_list("metric", "count"))
    assert counts == {"started": 2, "domain": 1}


def test_a_route_counts_start_completion_and_what_was_chosen(client, guide_page, social_map):
    walk_route(client)
    client.get(BASE + "uitslag/")
    client.get(BASE + "uitslag/")  # a reload is not a second completion
    rows = {(m, v): c for m, v, c in RouteCount.objects.values_list("metric", "value", "count")}
    assert rows[("started", "")] == 1
    assert rows[("completed", "")] == 1
    assert rows[("domain", "geldzaken-en-schulden")] == 1
    assert rows[("group", "mantelzorgers")] == 1
    assert rows[("for_whom", "carer")] == 1
    assert rows[("result", "onafhankelijk")] == 1


def test_the_report_combines_guides_and_hides_small_numbers(reference_data):
    month = dt.date(2026, 11, 1)
    for guide, count in [(GUIDE, 6), ("1b5f5f3e-3c5b-4b55-9a7d-3c1f0b9e0a11", 6)]:
        RouteCount.objects.create(guide=guide, month=month, metric="started", count=count)
    RouteCount.objects.create(guide=GUIDE, month=month, metric="completed", count=9)
    RouteCount.objects.create(guide=GUIDE, month=month, metric="domain", value="wonen", count=30)
    report = statistics_report(today=dt.date(2026, 11, 20))
    assert report.per_month[0].started.count == 12
    assert report.per_month[0].completed.hidden
    wonen = next(r for r in report.per_value if r.label == "Wonen")
    assert wonen.cells[0].count == 30


def test_editors_with_permission_see_the_report(client, reference_data, admin_client):
    RouteCount.objects.create(
        guide=GUIDE, month=dt.date.today().replace(day=1), metric="started", count=42
    )
    RouteCount.objects.create(
        guide=GUIDE, month=dt.date.today().replace(day=1), metric="completed", count=3
    )
    response = admin_client.get("/admin/wegwijzer/cijfers/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "42" in html and "minder dan 10" in html
    assert "Cijfers van de wegwijzer" in html  # the title, not just "Home"


def test_editors_without_permission_are_refused(client, reference_data):
    user = User.objects.create_user("redacteur", password="x" * 12)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    refused = client.get("/admin/wegwijzer/cijfers/")
    assert refused.status_code in (302, 403)  # Wagtail sends a refused editor to the dashboard
    assert "Routes per maand" not in refused.content.decode()
    user.user_permissions.add(Permission.objects.get(codename="view_routecount"))
    user = User.objects.get(pk=user.pk)
    client.force_login(user)
    assert client.get("/admin/wegwijzer/cijfers/").status_code == 200
