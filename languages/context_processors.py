from django.conf import settings
from django.conf.locale import LANG_INFO
from django.urls import translate_url
from django.utils.translation import get_language

from languages.addresses import absolute_url


def language_links(request):
    """The current page in each language (switcher, hreflang alternates) and its canonical address."""
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(request.path, code)
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
