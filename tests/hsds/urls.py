"""The project's URLs plus the open data ones, for tests that must not wait on site/urls.py."""

from django.urls import include, path
from steunwijzer.urls import urlpatterns as site_patterns

urlpatterns = [
    path("api/hsds/", include("directory.hsds.urls")),
    path("open-data/", include("directory.hsds.download_urls")),
    *site_patterns,
]
