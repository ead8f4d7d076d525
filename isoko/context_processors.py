from django.conf import settings
from django.conf.locale import LANG_INFO
from django.urls import translate_url
from django.utils.translation import get_language


def language_links(request):
    """The current page in each language, for the language switcher and hreflang alternates."""
    current = get_language()
    path = request.path
    links = [
        {
            "code": code,
            "name_local": LANG_INFO[code]["name_local"],
            "url": translate_url(path, code),
            "is_current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]
    return {"language_links": links}
