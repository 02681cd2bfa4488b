"""The editors' HSDS import page in Wagtail's admin: upload, check, and a readable report."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from directory.hsds.forms import ImportForm
from directory.hsds.importer import Options, import_bytes
from directory.hsds.limits import MB

PERMISSIONS = (
    "directory.add_service",
    "directory.change_service",
    "directory.add_organisation",
    "directory.change_organisation",
    "directory.add_location",
    "directory.change_location",
)
PUBLISH_PERMISSION = "directory.publish_service"
TEMPLATE = "hsds/admin/import.html"
MAX_CHANGES = 300
KIND_LABELS = {
    "organisation": gettext_lazy("Organisaties"),
    "location": gettext_lazy("Locaties"),
    "service": gettext_lazy("Aanbod"),
}
ACTION_LABELS = {"created": gettext_lazy("nieuw"), "changed": gettext_lazy("gewijzigd")}


def can_import(user) -> bool:
    """Editors who may add and change services, organisations and locations."""
    return user.has_perms(PERMISSIONS)


class LimitedUploadHandler(FileUploadHandler):
    """Stops reading an upload once it is larger than the import accepts."""

    def __init__(self, request=None, limit: int = 0):
        super().__init__(request)
        self.limit, self.received, self.exceeded = limit, 0, False

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.exceeded = True
            # connection_reset: the rest of a 200 MB body is not read at all.
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size):
        return None


def _too_big_message(size: int) -> str:
    return _("Het bestand is %(size)s MB. Dat is te groot: de grens is %(max)s MB.") % {
        "size": f"{size / MB:.1f}".replace(".", ","),
        "max": f"{settings.HSDS_IMPORT_MAX_BYTES / MB:.1f}".replace(".", ","),
    }


@csrf_exempt
def import_view(request: HttpRequest) -> HttpResponse:
    """Upload page; the CSRF check runs after the size limit is in place (Django's advice)."""
    if not can_import(request.user):
        raise PermissionDenied
    limit = settings.HSDS_IMPORT_MAX_BYTES
    if request.method == "POST":
        length = int(request.META.get("CONTENT_LENGTH") or 0)
        # Room for the form fields around the file; the handler catches a lying header.
        if length > limit + MB:
            form = ImportForm(can_publish=request.user.has_perm(PUBLISH_PERMISSION))
            return _render(request, form, too_big=_too_big_message(length))
        handler = LimitedUploadHandler(request, limit)
        request.upload_handlers.insert(0, handler)
        return _protected(request, handler)
    return _protected(request, None)


@csrf_protect
def _protected(request: HttpRequest, handler: LimitedUploadHandler | None) -> HttpResponse:
    can_publish = request.user.has_perm(PUBLISH_PERMISSION)
    if request.method != "POST":
        return _render(request, ImportForm(can_publish=can_publish))
    form = ImportForm(request.POST, request.FILES, can_publish=can_publish)
    if handler is not None and handler.exceeded:
        return _render(request, form, too_big=_too_big_message(handler.received))
    if not form.is_valid():
        return _render(request, form)
    upload = form.cleaned_data["file"]
    report = import_bytes(
        upload.name,
        upload.read(),
        Options(
            dry_run=form.cleaned_data["dry_run"],
            publish=bool(form.cleaned_data.get("publish")),
            user=request.user,
        ),
    )
    return _render(request, ImportForm(can_publish=can_publish), report=report, name=upload.name)


def _render(request, form, *, too_big: str = "", report=None, name: str = "") -> HttpResponse:
    return TemplateResponse(
        request,
        TEMPLATE,
        {
            "form": form,
            "too_big": too_big,
            "report": report,
            "file_name": name,
            "page_title": _("Open data importeren (HSDS)"),
            "header_icon": "upload",
            "max_mb": settings.HSDS_IMPORT_MAX_BYTES // MB,
            "counts_rows": [(KIND_LABELS.get(k, k), c) for k, c in report.counts.items()]
            if report
            else [],
            "changes": [
                (KIND_LABELS.get(k, k), ACTION_LABELS.get(a, a), n, f)
                for k, a, n, f in (report.changes[:MAX_CHANGES] if report else [])
            ],
        },
        status=400 if too_big else 200,
    )
