"""The social map in Wagtail's admin: snippets grouped under "Sociale kaart", a dashboard panel."""

import datetime as dt

import django_filters
from django.conf import settings
from django.db.models import Q
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory import selectors
from directory.admin_views import MarkVerifiedView
from directory.bulk_actions import MarkVerifiedBulkAction
from directory.models import (
    ErrorReport,
    Language,
    LifeDomain,
    Location,
    Municipality,
    Organisation,
    ReportStatus,
    Service,
    ServiceStatus,
    SupportLine,
    TargetGroup,
)
from directory.services import error_report_close


def _stale_cutoff() -> dt.date:
    return timezone.localdate() - dt.timedelta(days=settings.DIRECTORY_STALE_AFTER_DAYS)


class ServiceAdminFilterSet(WagtailFilterSet):
    """Filters editors use to find what needs work."""

    support_line = django_filters.ModelChoiceFilter(
        queryset=SupportLine.objects.all(), label=_("Ondersteuningslijn")
    )
    life_domains = django_filters.ModelChoiceFilter(
        queryset=LifeDomain.objects.all(), label=_("Levensdomein")
    )
    target_groups = django_filters.ModelChoiceFilter(
        queryset=TargetGroup.objects.all(), label=_("Doelgroep")
    )
    covered_municipalities = django_filters.ModelChoiceFilter(
        queryset=Municipality.objects.filter(covering_services__isnull=False).distinct(),
        label=_("Gemeente"),
    )
    status = django_filters.ChoiceFilter(choices=ServiceStatus.choices, label=_("Status"))
    stale = django_filters.BooleanFilter(
        label=_("Langer dan een jaar niet gecontroleerd"), method="filter_stale"
    )

    class Meta:
        model = Service
        fields = [
            "support_line",
            "life_domains",
            "target_groups",
            "covered_municipalities",
            "status",
            "live",
        ]

    def filter_stale(self, queryset, name, value):
        stale = Q(last_verified_on__lt=_stale_cutoff()) | Q(last_verified_on__isnull=True)
        if value is None:
            return queryset
        return queryset.filter(stale) if value else queryset.exclude(stale)


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "help"
    menu_label = _("Aanbod")
    menu_order = 100
    list_display = ["name", "organisation", "support_line", "status", "last_verified_on"]
    list_export = [
        "name",
        "organisation",
        "support_line",
        "status",
        "is_free",
        "referral_required",
        "offers_home_visit",
        "min_age",
        "max_age",
        "last_verified_on",
        "live",
    ]
    export_filename = "sociale-kaart-aanbod"
    filterset_class = ServiceAdminFilterSet
    search_fields = ["name", "short_description", "organisation__name"]
    search_backend_name = None
    ordering = ["name"]

    def get_queryset(self, request):
        return Service.objects.select_related("organisation", "support_line")

    @property
    def mark_verified_view(self):
        return MarkVerifiedView.as_view()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("verify/<int:pk>/", self.mark_verified_view, name="mark_verified"),
        ]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisaties")
    menu_order = 200
    list_display = ["name", "is_independent", "is_municipal", "status"]
    list_filter = ["is_independent", "is_municipal", "status", "is_demo"]
    list_export = [
        "name",
        "kvk_number",
        "website",
        "email",
        "phone",
        "is_independent",
        "is_municipal",
        "status",
    ]
    export_filename = "sociale-kaart-organisaties"
    search_fields = ["name", "kvk_number"]
    search_backend_name = None


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "home"
    menu_label = _("Locaties")
    menu_order = 300
    list_display = ["name", "organisation", "city", "municipality", "wheelchair_access"]
    list_filter = ["municipality", "wheelchair_access", "hearing_loop"]
    list_export = [
        "name",
        "organisation",
        "street_address",
        "postcode",
        "city",
        "municipality",
        "latitude",
        "longitude",
        "wheelchair_access",
        "accessible_toilet",
        "hearing_loop",
        "parking",
    ]
    export_filename = "sociale-kaart-locaties"
    search_fields = ["name", "city", "postcode", "organisation__name"]
    search_backend_name = None


class ErrorReportViewSet(SnippetViewSet):
    model = ErrorReport
    icon = "warning"
    menu_label = _("Foutmeldingen")
    menu_order = 400
    list_display = ["service", "message", "status", "created_at"]
    list_filter = ["status"]
    list_export = ["service", "message", "status", "created_at", "closed_at", "editor_note"]
    export_filename = "sociale-kaart-foutmeldingen"
    search_fields = ["message", "service__name"]
    search_backend_name = None
    ordering = ["status", "-created_at"]


def _term_viewset(term_model, icon: str, order: int) -> type[SnippetViewSet]:
    return type(
        f"{term_model.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": term_model,
            "icon": icon,
            "menu_order": order,
            "list_display": ["name_nl", "name_en", "slug", "sort_order"],
            "list_export": ["slug", "name_nl", "name_en", "sort_order"],
            "search_fields": ["name_nl", "name_en", "slug"],
            "search_backend_name": None,
        },
    )


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_order = 900
    list_display = ["name", "code", "province"]
    list_filter = ["province"]
    list_export = ["code", "name", "province"]
    search_fields = ["name", "code"]
    search_backend_name = None


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Sociale kaart")
    menu_icon = "site"
    menu_order = 250
    items = (
        ServiceViewSet,
        OrganisationViewSet,
        LocationViewSet,
        ErrorReportViewSet,
        _term_viewset(SupportLine, "list-ol", 500),
        _term_viewset(LifeDomain, "tag", 510),
        _term_viewset(TargetGroup, "user", 520),
        _term_viewset(Language, "globe", 530),
        MunicipalityViewSet,
    )


register_snippet(DirectoryViewSetGroup)


@hooks.register("register_snippet_listing_buttons")
def verify_button(snippet, user, next_url=None):
    if isinstance(snippet, Service) and user.has_perm("directory.change_service"):
        url = reverse("wagtailsnippets_directory_service:mark_verified", args=[snippet.pk])
        yield Button(
            _("Markeren als gecontroleerd"),
            f"{url}?next={next_url}" if next_url else url,
            icon_name="tick",
            priority=50,
        )


hooks.register("register_bulk_action", MarkVerifiedBulkAction)


@hooks.register("after_edit_snippet")
def close_report_when_handled(request, instance):
    # Editors close a report by setting its status; who and when are recorded here.
    if (
        isinstance(instance, ErrorReport)
        and instance.status == ReportStatus.CLOSED
        and instance.closed_at is None
    ):
        error_report_close(report=instance, user=request.user)


class DirectoryAttentionPanel(Component):
    """Dashboard panel: open error reports and entries nobody checked for a year."""

    name = "directory_attention"
    order = 90
    template_name = "directory/admin/dashboard_panel.html"

    def get_context_data(self, parent_context=None):
        return {
            "stale": list(selectors.services_stale(limit=8)),
            "stale_total": selectors.services_stale(limit=None).count(),
            "reports": list(selectors.error_reports_open(limit=8)),
            "reports_total": selectors.error_reports_open(limit=None).count(),
        }


@hooks.register("construct_homepage_panels")
def add_directory_panel(request, panels):
    if request.user.has_perm("directory.change_service"):
        panels.append(DirectoryAttentionPanel())
