"""The demo social map: realistic size, both sites, and idempotent."""

from wagtail.models import Page

from directory import demo
from directory.models import (
    DirectoryPage,
    ErrorReport,
    Location,
    OpeningException,
    OpeningHours,
    Organisation,
    Service,
    SupportLine,
)
from tests.factories.home import HomePageFactory

MODELS = (
    Organisation,
    Location,
    Service,
    OpeningHours,
    OpeningException,
    ErrorReport,
    DirectoryPage,
    Service.covered_municipalities.through,
    Service.life_domains.through,
    Service.target_groups.through,
    Service.languages.through,
)


def counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in MODELS}


def test_the_demo_loader_is_idempotent(locales, reference_data):
    root = Page.get_first_root_node()
    HomePageFactory(parent=root, slug="midden-limburg-west", title="Midden-Limburg West")
    HomePageFactory(parent=root, slug="sudwest-fryslan", title="Súdwest-Fryslân")
    messages: list[str] = []
    demo.load(report=messages.append)
    first = counts()
    demo.load(report=messages.append)
    assert counts() == first

    assert first["directory.Service"] >= 80
    assert first["directory.Organisation"] >= 40
    assert first["directory.DirectoryPage"] == 4  # Dutch and English on both sites
    assert not Service.objects.filter(is_demo=False).exists()
    used_lines = set(Service.objects.values_list("support_line__slug", flat=True))
    assert used_lines == set(SupportLine.objects.values_list("slug", flat=True))
    assert not Service.objects.filter(covered_municipalities__isnull=True).exists()
    assert any("diensten" in m for m in messages)
