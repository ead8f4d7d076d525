"""Which language an API answer is in: `?lang=` when given, else the Accept-Language header."""

from django.conf import settings
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


class UnknownLanguage(ValueError):
    pass


def requested_language(request):
    """(language, from_header): `from_header` says the answer depends on Accept-Language (Vary)."""
    explicit = request.GET.get("lang")
    if explicit is not None:
        if explicit not in LANGUAGES:
            raise UnknownLanguage(explicit)
        return explicit, False
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code), True
        except LookupError:
            continue
    return settings.LANGUAGE_CODE, True
