"""Settings shared by every environment; safe for production (DEBUG off).

Every environment variable is read here or in production.py and listed in .env.example.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "home",
    "directory",
    "directory.wegwijzer",
    "directory.hsds",
    "selftest",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "selftest.middleware.SessionExpiryMiddleware",
    # Last, as django-axes requires: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "steunwijzer.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "steunwijzer.ops.context_processors.cache_generation",
            ],
        },
    },
]

WSGI_APPLICATION = "steunwijzer.wsgi.application"

# SQLite in the project folder is the embedded default; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # Keep connections between requests: a new one costs a few ms per request (SQLite reads
        # the whole schema again), a large share of a fast page. Checked before reuse.
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sessions live in the database (or the cache in production) so app servers stay stateless.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# static_src holds our own CSS and JS; static_build is filled from npm by `make assets`.
STATICFILES_DIRS = [BASE_DIR / "static_src", BASE_DIR / "static_build"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

LOCMEM_CACHE = "django.core.cache.backends.locmem.LocMemCache"
CACHES = {
    "default": {
        "BACKEND": os.environ.get("CACHE_BACKEND", LOCMEM_CACHE),
        "LOCATION": os.environ.get("CACHE_LOCATION", "steunwijzer"),
    }
}
if CACHES["default"]["BACKEND"] == LOCMEM_CACHE:
    # Room for the site chrome, page fragments, facet counts and cached pages of one process
    # (Django's default of 300 would let them crowd each other out); a few tens of MB at most.
    CACHES["default"]["OPTIONS"] = {"MAX_ENTRIES": 2000}

WAGTAIL_SITE_NAME = "Steunwijzer"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "csv", "txt"]
WAGTAILEMBEDS_FINDERS = []  # no oEmbed calls to third parties; see home.blocks.VideoBlock
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_MODERATION_ENABLED = True

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "steunwijzer@localhost")

# Shown in /.well-known/security.txt.
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "mailto:security@example.org")

# Security headers. The public site runs with a strict Content-Security-Policy (no inline
# script or style); Wagtail's admin needs inline code and is exempt.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

PAGE_SIZE = 10

# --- Self-test ---
# django-axes first: it refuses logins after too many failures before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("SELFTEST_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = int(os.environ.get("SELFTEST_LOGIN_COOLOFF_MINUTES", "30")) / 60  # hours
# Per user name and address: a guesser is stopped without locking the member out everywhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "selftest/auth/locked_out.html"
AXES_VERBOSE = False
# Idle and absolute session limits, enforced by selftest.middleware for every logged-in user.
SELFTEST_SESSION_IDLE_SECONDS = int(os.environ.get("SELFTEST_SESSION_IDLE_SECONDS", "1800"))
SELFTEST_SESSION_MAX_SECONDS = int(os.environ.get("SELFTEST_SESSION_MAX_SECONDS", "28800"))
SESSION_COOKIE_AGE = SELFTEST_SESSION_MAX_SECONDS
SELFTEST_INVITATION_MAX_AGE_DAYS = int(os.environ.get("SELFTEST_INVITATION_MAX_AGE_DAYS", "7"))
# The anonymous benchmark is shown only when at least this many councils contributed.
SELFTEST_BENCHMARK_MIN_COUNCILS = 5

# --- Social map ---
# Turns an address into a point; the default uses the shipped PC4 table and needs no network.
DIRECTORY_GEOCODER = os.environ.get("DIRECTORY_GEOCODER", "directory.geocoding.OfflineGeocoder")
# Set to use Elasticsearch for the social map's search; empty means the database backend.
DIRECTORY_ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
# Prefix of the index names, so several environments can share one cluster.
DIRECTORY_ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "steunwijzer-")
# Refresh the index after each edit (tests; production relies on the refresh interval).
DIRECTORY_ELASTICSEARCH_REFRESH = False
# Seconds a search may wait for Elasticsearch before the database answers instead; below 2 s,
# so that the database's answer still reaches the resident within the 2 s the issue promises.
DIRECTORY_SEARCH_TIMEOUT = float(os.environ.get("DIRECTORY_SEARCH_TIMEOUT", "1.5"))
# After a failure, seconds before Elasticsearch is tried again.
DIRECTORY_SEARCH_RETRY_AFTER = 30
# Map tiles. Empty (the default): markers on a plain background, so a resident's browser
# contacts no third party unless the municipality chooses a tile server (and names it in its
# privacy statement). An https origin is added to img-src.
DIRECTORY_MAP_TILE_URL = os.environ.get("DIRECTORY_MAP_TILE_URL", "")
DIRECTORY_MAP_ATTRIBUTION = os.environ.get("DIRECTORY_MAP_ATTRIBUTION", "")
if DIRECTORY_MAP_TILE_URL.startswith("https://"):
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(
        "https://" + DIRECTORY_MAP_TILE_URL.split("/")[2]
    )
# Error reports from one address per window, counted in the cache.
DIRECTORY_REPORT_RATE_LIMIT = 5
DIRECTORY_REPORT_RATE_WINDOW = 3600
# Entries not checked for this many days count as stale on the dashboard.
DIRECTORY_STALE_AFTER_DAYS = 365

# --- Wegwijzer ---
# Its forms post without a CSRF cookie, so residents get no cookie but the session cookie;
# why that is safe is in directory/wegwijzer/csrf.py. Exempts posts to GuidePages only.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.csrf.CsrfViewMiddleware"),
    "directory.wegwijzer.csrf.GuideCsrfExemptMiddleware",
)

# --- Open data (HSDS) ---
# Namespace of the HSDS ids (uuid5) of this installation's own objects. Derived from the site's
# address, so two municipalities never hand out the same id; set it to keep ids after a move.
HSDS_ID_NAMESPACE = os.environ.get("HSDS_ID_NAMESPACE", "")
# Title, licence and contact of the read API's OpenAPI document and of the downloads.
HSDS_API_TITLE = os.environ.get("HSDS_API_TITLE", "Steunwijzer: sociale kaart (HSDS 3.0)")
HSDS_LICENSE_NAME = os.environ.get("HSDS_LICENSE_NAME", "CC0 1.0")
HSDS_LICENSE_URL = os.environ.get(
    "HSDS_LICENSE_URL", "https://creativecommons.org/publicdomain/zero/1.0/"
)
HSDS_CONTACT_NAME = os.environ.get("HSDS_CONTACT_NAME", "Redactie sociale kaart")
HSDS_CONTACT_EMAIL = os.environ.get("HSDS_CONTACT_EMAIL", "opendata@example.org")
HSDS_CONTACT_URL = os.environ.get("HSDS_CONTACT_URL", "")
# Requests per client address per window on /api/hsds/ and the downloads, counted in the cache.
HSDS_API_RATE_LIMIT = int(os.environ.get("HSDS_API_RATE_LIMIT", "120"))
HSDS_API_RATE_WINDOW = int(os.environ.get("HSDS_API_RATE_WINDOW", "60"))
HSDS_API_MAX_PER_PAGE = 100
# Seconds a generated download is kept in the cache.
HSDS_DOWNLOAD_CACHE_SECONDS = int(os.environ.get("HSDS_DOWNLOAD_CACHE_SECONDS", "300"))
# Limits of an import, so a huge file, a zip bomb or deep nesting gets a report, not a hang.
HSDS_IMPORT_MAX_BYTES = int(os.environ.get("HSDS_IMPORT_MAX_BYTES", str(100 * 1024 * 1024)))
HSDS_IMPORT_MAX_UNZIPPED_BYTES = int(
    os.environ.get("HSDS_IMPORT_MAX_UNZIPPED_BYTES", str(200 * 1024 * 1024))
)
HSDS_IMPORT_MAX_ZIP_MEMBERS = 40
HSDS_IMPORT_MAX_ZIP_RATIO = 200
HSDS_IMPORT_MAX_ROWS = int(os.environ.get("HSDS_IMPORT_MAX_ROWS", "100000"))
HSDS_IMPORT_MAX_DEPTH = 32
HSDS_IMPORT_MAX_SECONDS = int(os.environ.get("HSDS_IMPORT_MAX_SECONDS", "240"))
# At most this many problems are listed; the count says how many there were.
HSDS_IMPORT_MAX_ISSUES = 500

# --- Operations ---
INSTALLED_APPS.insert(0, "steunwijzer.ops")
# Request ids and the request log wrap everything; the page cache answers before the session,
# CSRF and authentication middleware run (a hit costs no queries); the database-down page
# catches errors of every view.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "steunwijzer.ops.middleware.RequestIdMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "steunwijzer.ops.middleware.DatabaseUnavailableMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "steunwijzer.ops.middleware.PageCacheMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "steunwijzer.ops.middleware.SiteCacheMiddleware",
)
# Cache failures become misses (steunwijzer.ops.failsafe), so a dead Redis slows the site down
# instead of taking it down.
CACHES["default"] = {
    "BACKEND": "steunwijzer.ops.failsafe.FailSafeCache",
    "OPTIONS": {
        "BACKEND": CACHES["default"]["BACKEND"],
        "LOCATION": CACHES["default"]["LOCATION"],
        "OPTIONS": CACHES["default"].get("OPTIONS", {}),
    },
}
# Full-page cache for anonymous visitors of Wagtail pages, seconds; off (0) unless set, on in
# production (production.py); see steunwijzer/ops/cache.py.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
PAGE_CACHE_ALIAS = "default"
# Fragments of pages ({% wagtailpagecache %}) and the site chrome, seconds; a purge makes them
# stale at once, this bounds how long a per-process cache can lag behind another process.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "300"))
PAGE_CACHE_NEVER_PATHS = ["/admin/", "/django-admin/", "/zelftest/", "/health/"]
PAGE_CACHE_NEVER_PAGE_TYPES = ["wegwijzer.GuidePage"]
# Saving or deleting one of these purges the page cache (pages list providers and settings).
PAGE_CACHE_PURGE_MODELS = [
    "directory.Service",
    "directory.Organisation",
    "directory.Location",
    # Labels of facets, cards and detail pages (cached by directory.terms).
    "directory.SupportLine",
    "directory.LifeDomain",
    "directory.TargetGroup",
    "directory.Language",
    "directory.Municipality",
    "home.SiteSettings",
    "home.FooterLink",
    "home.EmergencyNumber",
    "wagtailimages.Image",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.PageViewRestriction",
    "home.PublicationKind",
    "home.Audience",
    "home.Theme",
    "home.Publisher",
    "wagtailredirects.Redirect",
]
# URL parts that are secrets and are masked in the request log (invitation links).
LOG_MASKED_URL_KWARGS = ["token"]
# The load balancer probes /health/ over plain http inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
LOGGING["filters"] = {"request_id": {"()": "steunwijzer.ops.logging.RequestIdFilter"}}
LOGGING["formatters"] = {
    "json": {"()": "steunwijzer.ops.logging.JsonFormatter"},
    "plain": {"format": "%(levelname)s %(name)s [%(request_id)s] %(message)s"},
}
LOGGING["handlers"]["console"]["filters"] = ["request_id"]
LOGGING["handlers"]["console"]["formatter"] = "plain"
