"""Public downloads of the whole published social map as HSDS 3.0 files."""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from directory.hsds import api, export, selectors

CONTENT_TYPES = {
    export.SERVICES_FILE: "application/json; charset=utf-8",
    export.TAXONOMY_FILE: "application/json; charset=utf-8",
    export.PACKAGE_FILE: "application/zip",
}


def _files(request: HttpRequest) -> dict[str, bytes]:
    # One export serves every download for a few minutes; building it reads the whole map.
    key = "hsds:download:" + request.get_host()
    files = cache.get(key)
    if files is None:
        ctx = selectors.export_context(api_url=request.build_absolute_uri(reverse("hsds_api_root")))
        files = export.export_all(ctx)
        cache.set(key, files, settings.HSDS_DOWNLOAD_CACHE_SECONDS)
    return files


@api.endpoint
def download(request: HttpRequest, name: str) -> HttpResponse:
    """services.json, taxonomy.json or datapackage.zip, rate-limited like the API."""
    if name not in CONTENT_TYPES:
        raise api.NotFound
    response = HttpResponse(_files(request)[name], content_type=CONTENT_TYPES[name])
    response["Content-Disposition"] = f'attachment; filename="steunwijzer-hsds-{name}"'
    response["Cache-Control"] = f"public, max-age={settings.HSDS_DOWNLOAD_CACHE_SECONDS}"
    return response
