"""Start-up checks that refuse an unsafe production configuration with a clear message."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=False)
def production_configuration(app_configs, **kwargs):
    if settings.DEBUG:
        return []
    errors = []
    if not settings.SECRET_KEY or settings.SECRET_KEY == settings.DEVELOPMENT_SECRET_KEY:
        errors.append(
            Error(
                "DEBUG is off but SECRET_KEY is empty or the development key.",
                hint="Set SECRET_KEY (or SECRET_KEY_FILE) to a long random value.",
                id="isoko.E001",
            )
        )
    if not settings.ALLOWED_HOSTS:
        errors.append(
            Error(
                "DEBUG is off but ALLOWED_HOSTS is empty.",
                hint="Set ALLOWED_HOSTS to the site's host names, comma-separated.",
                id="isoko.E002",
            )
        )
    return errors
