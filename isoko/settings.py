"""Isôko settings: one module, driven by environment variables with safe development defaults.

DATABASE_URL   database (default: SQLite file db.sqlite3 next to manage.py)
SECRET_KEY     required when DEBUG is off (also SECRET_KEY_FILE)
DEBUG          1/0 (default 1: development and demo; 0 when ISOKO_ENV=production)
ALLOWED_HOSTS  comma-separated (default: localhost names when DEBUG is on)
ISOKO_ENV      "production" makes every unsafe setting a start-up error (the Dockerfile sets it)
TRUSTED_PROXY_COUNT  reverse proxies in front of the application (default 0), for the login lockout
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.conf import locale as django_locale
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from isoko.env import env_bool, env_int, env_list, env_str, refuse_unsafe_production

BASE_DIR = Path(__file__).resolve().parent.parent

DEVELOPMENT_SECRET_KEY = "django-insecure-isoko-development-key-never-use-in-production"  # noqa: S105
ENVIRONMENT = env_str("ISOKO_ENV", "development")
IS_PRODUCTION = ENVIRONMENT == "production"
DEBUG = env_bool("DEBUG", not IS_PRODUCTION)
SECRET_KEY = env_str("SECRET_KEY", DEVELOPMENT_SECRET_KEY if DEBUG else "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"] if DEBUG else [])
# Reviewers and administrators confirm logins with a TOTP code; development and the demo may skip it.
REQUIRE_STAFF_2FA = env_bool("REQUIRE_STAFF_2FA", IS_PRODUCTION)
OTP_TOTP_ISSUER = "Isôko"
refuse_unsafe_production(
    require_staff_2fa=REQUIRE_STAFF_2FA,
    is_production=IS_PRODUCTION,
    debug=DEBUG,
    secret_key=SECRET_KEY,
    development_key=DEVELOPMENT_SECRET_KEY,
    allowed_hosts=ALLOWED_HOSTS,
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it must come before it.
    "modeltranslation",
    "accounts.apps.StaffAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_filters",
    "csp",
    "axes",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "isoko",
    "accounts",
    "page_cache",
    "languages",
    "operations",
    "uploads",
    "background",
    "translations",
    "review",
    "ministries",
    "procedures",
    "forms_library",
    "journeys",
    "feature_phones",
    "audit",
    "api",
    "feedback",
    "translation_desk",
    "dashboard",
    "archive",
    "backups",
    "mirror",
    "scanning",
    "demo",
]

MIDDLEWARE = [
    "operations.logging.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above the page cache, whose 304s would otherwise lose the open data answers' CORS headers.
    "api.middleware.OpenDataCorsMiddleware",
    # After the HTTPS redirect and HSTS, before everything that builds a page.
    "page_cache.middleware.PublicPageCacheMiddleware",
    "operations.middleware.OutageTolerantSessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "operations.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

# Staff logins: after AXES_FAILURE_LIMIT failures for one account from one address, that account is
# locked for a while from that address (django-axes); every failure is also in the audit log.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
# By the pair (account, address), never by the address alone nor the account alone: behind a reverse
# proxy or a ministry's NAT every clerk shares one address, and locking by address (or by account
# name, which anyone can type) would let one person keep everyone else out. Guessing one account
# from many addresses is left to long passwords and the second factor.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Reverse proxies in front of the application that append the client's address to X-Forwarded-For
# (0: none, the connection's own address is the client's). Too high a number lets a client choose
# its address by sending the header itself; too low makes every client the proxy.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured(f"TRUSTED_PROXY_COUNT={TRUSTED_PROXY_COUNT} cannot be negative.")
AXES_CLIENT_IP_CALLABLE = "operations.proxies.client_ip"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# Staff sessions end after a working day without a request (the expiry moves on with each request)
# and when the browser closes: a clerk's session left open on a shared office computer does not last.
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_HOURS", 9) * 3600
# The session's end moves on with activity: operations.middleware.OutageTolerantSessionMiddleware saves
# it at most every few minutes rather than on every request (a write per page view otherwise).
SESSION_SAVE_EVERY_REQUEST = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
AXES_VERBOSE = False

ROOT_URLCONF = "isoko.urls"
WSGI_APPLICATION = "isoko.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "languages.context_processors.language_links",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        # A persistent connection that died (database restarted, network cut) is replaced before the
        # request uses it, instead of failing that request.
        conn_health_checks=True,
    )
}
# Select boxes (ModelChoiceField) read their options with .iterator(), which on PostgreSQL opens a
# server-side cursor: three round trips per box instead of one (and unusable behind a transaction-
# pooling PgBouncer). Ignored by SQLite.
DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The embedded default: write-ahead log, and fsync at checkpoints rather than at every commit (still
    # safe against a crash of the application; a power cut may lose the last commits, never the file).
    # A batch ingest commits once per document: this makes 50 documents ~3 s faster on a busy disk.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # A database host that stops answering gives a 503 within seconds instead of hanging the worker.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
    # Parameters sent apart from the statement (psycopg 3's server-side binding), so that psycopg
    # prepares a statement the second time a connection runs it and PostgreSQL plans it once: the
    # public pages run the same few statements over and over (the search's, a procedure page's).
    # docs/performance.md; DATABASE_PREPARE_THRESHOLD= (empty) turns preparing off, e.g. behind a
    # transaction-pooling PgBouncer.
    DATABASES["default"]["OPTIONS"].setdefault("server_side_binding", True)
    _prepare_threshold = env_str("DATABASE_PREPARE_THRESHOLD", "1")
    DATABASES["default"]["OPTIONS"].setdefault(
        "prepare_threshold", int(_prepare_threshold) if _prepare_threshold else None
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------------------------------
# Django knows nothing of Kirundi: without this entry the language switcher raises KeyError.
django_locale.LANG_INFO["rn"] = {
    "bidi": False,
    "code": "rn",
    "name": "Kirundi",
    "name_local": "Ikirundi",
}
LANGUAGE_CODE = env_str("LANGUAGE_CODE", "rn")
LANGUAGES = [
    ("rn", _("Kirundi")),
    ("fr", _("French")),
    ("en", _("English")),
]
# Django and the libraries ship no Kirundi: locale_libraries/ holds it (apart from locale/, which
# makemessages --no-obsolete regenerates). Listed second, so the project's own words win.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_libraries"]
# The language manage.py commands speak (isoko/command_line.py): the operator's, not the citizens'.
OPERATOR_LANGUAGE = env_str("OPERATOR_LANGUAGE", "en")
if OPERATOR_LANGUAGE not in dict(LANGUAGES):
    raise ImproperlyConfigured(
        f"OPERATOR_LANGUAGE={OPERATOR_LANGUAGE!r} is not one of {', '.join(code for code, _name in LANGUAGES)}."
    )
FORMAT_MODULE_PATH = ["isoko.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Africa/Bujumbura"

# Content missing in a language is shown in the next language a reader of it most likely understands.
# Kirundi readers usually read French; English readers get French before Kirundi.
MODELTRANSLATION_DEFAULT_LANGUAGE = "rn"
MODELTRANSLATION_LANGUAGES = ("rn", "fr", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("rn", "fr", "en"),
    "rn": ("fr", "en"),
    "fr": ("rn", "en"),
    "en": ("fr", "rn"),
}
# The admin's translation tabs need jQuery UI; a CDN is unreachable for offline clerks, so ship it.
JQUERY_UI_URL = "isoko/vendor/jquery-ui.min.js"

# --- Static and uploaded files ---------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Personnel files: originals and viewing copies, never under MEDIA_ROOT nor any public URL (archive/).
ARCHIVE_ROOT = Path(env_str("ARCHIVE_ROOT", str(BASE_DIR / "archive_files")))
STORAGES["archive"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": ARCHIVE_ROOT, "file_permissions_mode": 0o440},
}
# Or S3-compatible object storage (django-storages): set the bucket; credentials come from boto3's usual
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or an instance role). Files are never served from the bucket:
# no public ACL, no signed URLs, every read goes through the permission-checked views.
ARCHIVE_S3_BUCKET = env_str("ARCHIVE_S3_BUCKET", "")
if ARCHIVE_S3_BUCKET:
    STORAGES["archive"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": ARCHIVE_S3_BUCKET,
            "endpoint_url": env_str("ARCHIVE_S3_ENDPOINT_URL", "") or None,
            "region_name": env_str("ARCHIVE_S3_REGION", "") or None,
            "location": env_str("ARCHIVE_S3_PREFIX", ""),
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": False,
        },
    }
# Text from scans (archive/ocr.py): OCRmyPDF and Tesseract from Debian. Tesseract has no Kirundi model;
# Kirundi is written in the Latin script and French's model reads it best of those Debian ships.
ARCHIVE_OCR_ON_INGEST = env_bool("ARCHIVE_OCR_ON_INGEST", True)
ARCHIVE_OCR_LANGUAGES = env_str("ARCHIVE_OCR_LANGUAGES", "fra+eng")
ARCHIVE_OCR_JOBS = env_int("ARCHIVE_OCR_JOBS", 1)  # cores one OCR task uses; scale out with workers
ARCHIVE_OCR_TIMEOUT_SECONDS = env_int("ARCHIVE_OCR_TIMEOUT_SECONDS", 900)
ARCHIVE_OCR_RETRY_SECONDS = env_int("ARCHIVE_OCR_RETRY_SECONDS", 60)  # doubled at each new attempt
# A batch uploaded in the admin runs on the task queue (archive/ingest/tasks.py): retried three times,
# this many seconds later, doubled at each new attempt.
ARCHIVE_INGEST_RETRY_SECONDS = env_int("ARCHIVE_INGEST_RETRY_SECONDS", 60)
ARCHIVE_FILE_MAX_BYTES = env_int("ARCHIVE_FILE_MAX_BYTES", 200 * 1024 * 1024)
# Days HR has to answer a servant's correction request (archive/corrections.py).
ARCHIVE_CORRECTION_DAYS = env_int("ARCHIVE_CORRECTION_DAYS", 30)
FORM_UPLOAD_MAX_BYTES = env_int("FORM_UPLOAD_MAX_BYTES", 10 * 1024 * 1024)
# Optional virus scan of every upload by a ClamAV daemon (uploads/clamav.py): a Unix socket path, or a
# host and port. Unset: no scan. Set: an upload is refused when the daemon cannot be asked.
CLAMAV_SOCKET = env_str("CLAMAV_SOCKET", "")
CLAMAV_HOST = env_str("CLAMAV_HOST", "")
CLAMAV_PORT = env_int("CLAMAV_PORT", 3310)
CLAMAV_TIMEOUT = env_int("CLAMAV_TIMEOUT", 30)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# People who are not staff (public servants) log in on the site's own pages; the admin has its own.
LOGIN_URL = "accounts:login"
# A public servant who logs in (or sets a password from a letter) lands on their personnel file.
LOGIN_REDIRECT_URL = "archive:my_dossier"

CONTACT_EMAIL = env_str("CONTACT_EMAIL", "isoko@example.bi")
# The public address: every absolute link (pages, sitemap, robots.txt, e-mails) is built from it,
# never from the Host header of a request (a cached page is shared by every host).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# USSD and SMS (feature_phones/): off until the gateway is configured. The gateway proves itself with
# the shared secret (header X-Gateway-Secret or ?key= in its callback address) and/or its addresses.
FEATURE_PHONE_GATEWAY = env_str("FEATURE_PHONE_GATEWAY", "africastalking")
FEATURE_PHONE_GATEWAY_SECRET = env_str("FEATURE_PHONE_GATEWAY_SECRET", "")
FEATURE_PHONE_GATEWAY_ADDRESSES = env_list("FEATURE_PHONE_GATEWAY_ADDRESSES", [])
# Requests per phone number and window; a USSD session sends one per key pressed.
FEATURE_PHONE_RATE_LIMIT = env_int("FEATURE_PHONE_RATE_LIMIT", 30)
FEATURE_PHONE_RATE_WINDOW_SECONDS = env_int("FEATURE_PHONE_RATE_WINDOW_SECONDS", 60)
FEATURE_PHONE_LANGUAGE_DAYS = env_int("FEATURE_PHONE_LANGUAGE_DAYS", 90)

# Whole public pages in the cache (page_cache/middleware.py); tests turn it on where they test it.
PAGE_CACHE = env_bool("PAGE_CACHE", True)
# A procedure page's parts kept per catalogue version (procedures/page_parts.py); off, each page is
# built from its rows every time (to measure that, or to rule the parts out when looking into one).
KEEP_PAGE_PARTS = env_bool("KEEP_PAGE_PARTS", True)

# The cache is shared by all workers when REDIS_URL is set (production); per process otherwise.
REDIS_URL = env_str("REDIS_URL", "")
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # A Redis that stops answering must cost a page one second, not hang it: pages are then
            # built without the cache (page_cache/middleware.py).
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Processes serving requests (gunicorn reads WEB_CONCURRENCY as its number of workers). When the shared
# cache cannot count, each allows 1/WEB_PROCESSES of a limit (operations/allowances.py), so that the
# workers together never allow more than the limit.
WEB_PROCESSES = env_int("WEB_CONCURRENCY", 1)

# Background work (background/celery.py): Celery on Redis when TASK_BROKER_URL is set (redis://host:6379/1),
# in-process otherwise (the demo). A task is acknowledged when it has finished, so one that was running
# on a worker that died is given to another worker after TASK_VISIBILITY_TIMEOUT seconds.
CELERY_BROKER_URL = env_str("TASK_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True  # outcomes are recorded on the domain's own rows (TextRecognition…)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env_int("TASK_VISIBILITY_TIMEOUT", 3600),
    "unacked_restore_interval": env_int("TASK_RESTORE_INTERVAL", 10),
    "unacked_restore_throttle": 1,
}

# --- Production safety -----------------------------------------------------------------------------
# No inline script anywhere, on citizen pages or in the admin. JSON-LD blocks are data, not script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # The container health check speaks plain HTTP on loopback.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# --- Open data API (api/) ----------------------------------------------------------------------------
# Read-only and anonymous: no authentication class, so an API call never reads a session or a cookie.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "UNICODE_JSON": True,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Isôko open data API",
    "DESCRIPTION": (
        "Burundi's administrative procedures, institutions, offices, forms and life events, as published "
        "on Isôko, in Kirundi, French and English. Read-only; only published content. Licence: "
        "Creative Commons Attribution 4.0 (CC BY 4.0)."
    ),
    "VERSION": "1",
    "LICENSE": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    # The documentation page loads Swagger UI from this site: clients may be offline from any CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": False,
    "ENUM_NAME_OVERRIDES": {},
    # The ids a filter accepts (ministry, province, theme) listed as the enum they are (api/docs.py).
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "api.docs.list_record_ids"],
}
OPEN_DATA_LICENCE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
# Where dump_open_data writes the bulk files that /open-data/ serves.
OPEN_DATA_ROOT = Path(env_str("OPEN_DATA_ROOT", str(MEDIA_ROOT / "open-data")))

# Sites that may show a procedure in a frame (/<lang>/embed/procedures/<slug>/ only); any by default.
EMBED_FRAME_ANCESTORS = env_list("EMBED_FRAME_ANCESTORS", ["*"])

# Backups (backups/, deploy/): pgBackRest on PostgreSQL (its own PGBACKREST_* variables or
# /etc/pgbackrest/pgbackrest.conf), SQLite's online backup otherwise, restic for files (RESTIC_REPOSITORY,
# default BACKUP_ROOT/restic, and RESTIC_PASSWORD or RESTIC_PASSWORD_FILE, required).
BACKUP_ROOT = Path(env_str("BACKUP_ROOT", str(BASE_DIR / "backup_files")))
BACKUP_PATHS = env_list("BACKUP_PATHS", [])  # more folders to keep besides ARCHIVE_ROOT and MEDIA_ROOT
BACKUP_HOST = env_str(
    "BACKUP_HOST", "isoko"
)  # restic's host name for our snapshots, the same on every machine
BACKUP_PG_STANZA = env_str("BACKUP_PG_STANZA", "isoko")
BACKUP_PG_BINDIR = env_str("BACKUP_PG_BINDIR", "")  # default: Debian's newest /usr/lib/postgresql/*/bin
# pgBackRest and the drill's scratch cluster run as the data directory's owner; PostgreSQL refuses root.
BACKUP_PG_RUN_AS = env_str("BACKUP_PG_RUN_AS", "postgres" if os.geteuid() == 0 else "")

# The static mirror (mirror/, deploy/nginx/): where it is written and kept up to date after each
# publication (none: no mirror), where rclone copies it, and the Ed25519 seed its manifest is signed with.
MIRROR_ROOT = env_str("MIRROR_ROOT", "")
MIRROR_PUSH_TO = env_str("MIRROR_PUSH_TO", "")
MIRROR_SIGNING_KEY = env_str("MIRROR_SIGNING_KEY", "")

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Isôko <no-reply@isoko.gov.bi>")

# How the console log reads: "json" (one object a line, for the log collector in production) or
# "text" (lines like Django's own, for a developer's terminal: `make run` sets it).
LOG_FORMAT = env_str("LOG_FORMAT", "json")
if LOG_FORMAT not in ("json", "text"):
    raise ImproperlyConfigured("LOG_FORMAT must be 'json' or 'text'.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "operations.logging.JsonFormatter"},
        # runserver's lines as Django prints them ([date] "GET / HTTP/1.1" 200 6245), others with their level.
        "text": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {levelname} {name}: {message}",
            "style": "{",
        },
    },
    # On the handler, so it sees every record, from any logger, that reaches it.
    "filters": {"scrub_query_strings": {"()": "operations.logging.ScrubQueryStrings"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["scrub_query_strings"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Django's own handlers (a plain console line, mail to ADMINS with the whole request) go: its
        # records reach the root handler above, as one JSON line without query string.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        # One line per request in production; quiet in development and tests unless asked for.
        "isoko.requests": {"level": env_str("REQUEST_LOG_LEVEL", "WARNING" if DEBUG else "INFO")},
        # Django's own request log repeats what isoko.requests says, with less care for what it prints.
        "django.request": {"level": "ERROR"},
        # Django stops runserver's lines at its own handler; they come to the root handler instead.
        "django.server": {"level": "WARNING" if not DEBUG else "INFO", "propagate": True},
    },
}

# Scanning station (scanning/): stacks of scanned paper dossiers.
SCANNING_MIN_PPI = env_int("SCANNING_MIN_PPI", 300)  # effective resolution below this is flagged
SCANNING_MAX_PAGES = env_int("SCANNING_MAX_PAGES", 1200)  # pages of one stack
SCANNING_FILE_MAX_BYTES = env_int("SCANNING_FILE_MAX_BYTES", 2 * 1024**3)
SCANNING_READ_PROCESSES = env_int("SCANNING_READ_PROCESSES", 2)  # processes reading one stack
SCANNING_WATCH_SETTLE_SECONDS = env_int("SCANNING_WATCH_SETTLE_SECONDS", 30)  # unchanged this long: written
# Outbound SMS (feature_phones/outbound.py): nothing is sent until the key and user name are set.
FEATURE_PHONE_SMS_URL = env_str("FEATURE_PHONE_SMS_URL", "https://api.africastalking.com/version1/messaging")
FEATURE_PHONE_SMS_USERNAME = env_str("FEATURE_PHONE_SMS_USERNAME", "")
FEATURE_PHONE_SMS_API_KEY = env_str("FEATURE_PHONE_SMS_API_KEY", "")
FEATURE_PHONE_SMS_SENDER = env_str("FEATURE_PHONE_SMS_SENDER", "")
