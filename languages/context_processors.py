import functools

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.urls import get_urlconf, translate_url
from django.utils.translation import get_language

from languages.addresses import absolute_url


def _translated_path(path, code):
    # Resolving and reversing the path for each language cost a tenth of a new search's page; the
    # URL patterns change only with the URL configuration (tests may switch it).
    return _translated_with(get_urlconf() or settings.ROOT_URLCONF, path, code)


@functools.lru_cache(maxsize=4096)
def _translated_with(urlconf, path, code):
    return translate_url(path, code)


def language_links(request):
    """The current page in each language (switcher, hreflang alternates) and its canonical address."""
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        url = _translated_path(request.path, code)
        links.append(
            {
                "code": code,
                "name_local": LANG_INFO[code]["name_local"],
                "url": url,
                "absolute_url": absolute_url(url),
                "is_current": code == current,
            }
        )
    return {"language_links": links, "canonical_url": absolute_url(request.path)}
