"""The HSDS import page in Wagtail's admin menu, for editors of the social map."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from directory.hsds.admin_views import can_import, import_view


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("open-data/importeren/", import_view, name="hsds_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Open data importeren"),
        reverse("hsds_import"),
        name="hsds-import",
        icon_name="upload",
        order=450,
    )
