"""Isôko settings: one module, driven by environment variables with safe development defaults.

DATABASE_URL   database (default: SQLite file db.sqlite3 next to manage.py)
SECRET_KEY     required when DEBUG is off (also SECRET_KEY_FILE)
DEBUG          1/0 (default 1: development and demo; 0 when ISOKO_ENV=production)
ALLOWED_HOSTS  comma-separated (default: localhost names when DEBUG is on)
ISOKO_ENV      "production" makes every unsafe setting a start-up error (the Dockerfile sets it)
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.conf import locale as django_locale
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
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "isoko",
    "accounts",
    "page_cache",
    "languages",
    "operations",
    "uploads",
    "ministries",
    "procedures",
    "forms_library",
    "audit",
    "archive",
    "demo",
]

MIDDLEWARE = [
    "operations.logging.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After the HTTPS redirect and HSTS, before everything that builds a page.
    "page_cache.middleware.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
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

# Staff logins: after AXES_FAILURE_LIMIT failures for a user name, that account is locked for a while
# (django-axes); every failure is also in the audit log.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
# Per address (a guessing script) and per account (a guessing network).
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
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
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # A database host that stops answering gives a 503 within seconds instead of hanging the worker.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
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
LOCALE_PATHS = [BASE_DIR / "locale"]
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
ARCHIVE_FILE_MAX_BYTES = env_int("ARCHIVE_FILE_MAX_BYTES", 200 * 1024 * 1024)
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
# Absolute links in e-mails sent outside a request (reminders, notifications).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Whole public pages in the cache (page_cache/middleware.py); tests turn it on where they test it.
PAGE_CACHE = env_bool("PAGE_CACHE", True)

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

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Isôko <no-reply@isoko.gov.bi>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "operations.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "loggers": {
        # One line per request in production; quiet in development and tests unless asked for.
        "isoko.requests": {"level": env_str("REQUEST_LOG_LEVEL", "WARNING" if DEBUG else "INFO")},
        # Django's own request log repeats what isoko.requests says, with less care for what it prints.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING" if not DEBUG else "INFO"},
    },
}
