"""The self-test in Wagtail's admin: versions, themes with questions, councils, invitations, log."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from selftest import admin_views
from selftest.models import (
    AuditEvent,
    Council,
    Invitation,
    QuestionnaireVersion,
    ReadMore,
    Theme,
)


class VersionViewSet(ModelViewSet):
    model = QuestionnaireVersion
    icon = "list-ul"
    menu_label = _("Vragenlijsten")
    url_prefix = "zelftest/versies"
    name = "selftest_versions"
    form_fields = ["name", "notes"]
    list_display = ["name", "status", "published_at", "created_at"]
    list_filter = ["status"]
    search_fields = ["name"]
    copy_view_enabled = False
    add_view_class = admin_views.VersionCreateView
    edit_view_class = admin_views.VersionEditView
    delete_view_class = admin_views.VersionDeleteView

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("publish/<int:pk>/", admin_views.publish_version, name="publish"),
            path("copy-version/<int:pk>/", admin_views.copy_version, name="copy_version"),
        ]


class ThemeViewSet(ModelViewSet):
    model = Theme
    icon = "folder-open-inverse"
    menu_label = _("Thema's en vragen")
    url_prefix = "zelftest/themas"
    name = "selftest_themes"
    list_display = ["title", "key", "version"]
    list_filter = ["version"]
    copy_view_enabled = False
    permission_policy = admin_views.NoAddPolicy(Theme)


class CouncilViewSet(ModelViewSet):
    model = Council
    icon = "group"
    menu_label = _("Raden en teams")
    url_prefix = "zelftest/raden"
    name = "selftest_councils"
    list_display = ["name", "municipality_name", "municipality_code", "role"]
    list_filter = ["role"]
    search_fields = ["name", "municipality_name"]
    copy_view_enabled = False


class InvitationViewSet(ModelViewSet):
    model = Invitation
    icon = "mail"
    menu_label = _("Uitnodigingen")
    url_prefix = "zelftest/uitnodigingen"
    name = "selftest_invitations"
    form_fields = ["council", "email"]
    list_display = ["email", "council", "created_at", "accepted_at"]
    list_filter = ["council"]
    search_fields = ["email"]
    copy_view_enabled = False
    add_view_class = admin_views.InvitationCreateView
    permission_policy = admin_views.NoChangePolicy(Invitation)


class ReadMoreViewSet(ModelViewSet):
    model = ReadMore
    icon = "doc-full"
    menu_label = _("Lees meer bij vragen")
    url_prefix = "zelftest/lees-meer"
    name = "selftest_read_more"
    list_display = ["question_code", "publication", "sort_order"]
    search_fields = ["question_code"]
    copy_view_enabled = False


class AuditEventViewSet(ModelViewSet):
    model = AuditEvent
    icon = "history"
    menu_label = _("Logboek")
    url_prefix = "zelftest/logboek"
    name = "selftest_audit"
    list_display = ["created_at", "action", "username", "council", "assessment", "detail"]
    list_filter = ["action"]
    search_fields = ["username", "detail"]
    form_fields = ["action"]
    inspect_view_enabled = True
    copy_view_enabled = False
    permission_policy = admin_views.ReadOnlyPolicy(AuditEvent)


class SelftestGroup(ModelViewSetGroup):
    menu_label = _("Zelftest")
    menu_icon = "tasks"
    menu_order = 300
    items = (
        VersionViewSet,
        ThemeViewSet,
        ReadMoreViewSet,
        CouncilViewSet,
        InvitationViewSet,
        AuditEventViewSet,
    )


@hooks.register("register_admin_viewset")
def register_viewset():
    return SelftestGroup()
