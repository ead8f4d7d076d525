"""The glossary: finding its terms in a text, marking them up on pages, exchanging it as CSV or TBX."""

import contextlib
import logging
import re

from django.core.cache import cache
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from page_cache import version as catalogue_version

CACHE_KEY = "translations:glossary:v2:{version}"
logger = logging.getLogger(__name__)

# This process's copy of the terms and of each language's mark-up, for one catalogue version: a
# procedure page marks up some twenty texts, and each used to fetch and unpickle the whole glossary
# from the shared cache. A change to a term moves the catalogue version (translations is public
# content), so the copy is never older than the pages it marks up.
_memo = {}


def _memo_for_current_version():
    try:
        version = catalogue_version.current()
    except catalogue_version.CacheUnavailable:
        return None, {}  # nothing to key a copy by: read each time, as pages are built each time
    if _memo.get("version") != version:
        _memo.clear()
        _memo["version"] = version
    return version, _memo


def terms():
    """Every term as plain data: this process's copy, else the shared cache, else one query.
    Without a reachable cache, read from the database: pages are still served (outages test)."""
    version, memo = _memo_for_current_version()
    if "terms" in memo:
        return memo["terms"]
    key = CACHE_KEY.format(version=version)
    try:
        data = cache.get(key) if version is not None else None
    except Exception:  # noqa: BLE001 (the shared cache is down: the page must not be)
        data = None
    if data is None:
        from translations.models import GlossaryTerm
        from translations.state import languages

        data = [
            {
                "abbreviation": term.abbreviation,
                **{f"term_{c}": getattr(term, f"term_{c}") or "" for c in languages()},
                **{f"definition_{c}": getattr(term, f"definition_{c}") or "" for c in languages()},
            }
            for term in GlossaryTerm.objects.all()
        ]
        if version is not None:
            with contextlib.suppress(Exception):
                cache.set(key, data, 24 * 3600)
    memo["terms"] = data
    return data


def forget(**kwargs):
    """A term changed: drop this process's copy now (other processes drop theirs when the catalogue
    version moves, once the change is committed)."""
    version = _memo.get("version")
    _memo.clear()
    if version is None:
        return
    try:
        cache.delete(CACHE_KEY.format(version=version))
    except Exception:  # noqa: BLE001
        logger.warning("glossary: the cached terms could not be dropped (cache unavailable)")


def _pattern(words):
    words = sorted({w for w in words if w}, key=len, reverse=True)  # longest first: "extrait de casier"
    if not words:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def used_in(text, language):
    """The terms that occur in `text`, written in `language`."""
    found = []
    lowered = (text or "").lower()
    for term in terms():
        words = [term[f"term_{language}"], term["abbreviation"]]
        pattern = _pattern(words)
        if pattern and pattern.search(lowered):
            found.append(term)
    return found


def notes_for(text, source, target):
    """For a translator: each glossary term of `text` with its agreed translation and meaning."""
    lines = []
    for term in used_in(text, source):
        wanted = term[f"term_{target}"] or "?"
        meaning = term[f"definition_{target}"] or term[f"definition_{source}"]
        line = f"{term[f'term_{source}'] or term['abbreviation']} → {wanted}"
        lines.append(f"{line}: {meaning}" if meaning else line)
    return lines


def _mark_up_of(language):
    """Each term's mark-up in `language` by its lower-cased words, and the pattern finding them."""
    _version, memo = _memo_for_current_version()
    found = memo.get(("mark-up", language))
    if found is None:
        by_word = {}
        for term in terms():
            name, abbreviation = term[f"term_{language}"], term["abbreviation"]
            definition = term[f"definition_{language}"]
            if abbreviation and name:
                by_word[abbreviation.lower()] = format_html('<abbr title="{}">{{}}</abbr>', name)
            if name and definition:
                by_word[name.lower()] = format_html('<dfn title="{}">{{}}</dfn>', definition)
        found = memo[("mark-up", language)] = (by_word, _pattern(by_word))
    return found


def mark_up(text, language):
    """`text`, escaped, with each glossary term it uses marked up once: an abbreviation as
    <abbr title="the term">, a term as <dfn title="its definition">."""
    if not text:
        return text
    by_word, pattern = _mark_up_of(language)
    if pattern is None:
        return text
    done = set()

    def replace(match):
        word = match.group(0)
        key = word.lower()
        if key in done:
            return escape(word)
        done.add(key)
        return by_word[key].replace("{}", escape(word))

    parts, position = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(replace(match))
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # every piece escaped above
