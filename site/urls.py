"""URL configuration: fixed endpoints first, then language-prefixed pages (Dutch without prefix)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.i18n import set_language
from steunwijzer.ops.health import health
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from home import views as home_views

urlpatterns = [
    # For the load balancer: outside the language prefixes, never cached, no session.
    path("health/", health, name="health"),
    path("admin/", include(wagtailadmin_urls)),
    # Open data (HSDS 3.0): the read API and the downloads, the same in every language.
    path("api/hsds/", include("directory.hsds.urls")),
    path("open-data/", include("directory.hsds.download_urls")),
    path("django-admin/", admin.site.urls),
    path("documenten/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", home_views.security_txt, name="security_txt"),
    path("taal/", set_language, name="set_language"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("zoeken/", home_views.search, name="search"),
    path("zelftest/", include("selftest.urls")),
    # Wagtail's page view with cached routing; Wagtail's own (same pattern, same name) is unused.
    re_path(serve_pattern, home_views.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "home.errors.page_not_found"
# The 503 page when the database failed (also outside views), else home's 500 page.
handler500 = "steunwijzer.ops.errors.server_error"
