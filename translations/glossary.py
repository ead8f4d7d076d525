"""The glossary: finding its terms in a text, marking them up on pages, exchanging it as CSV or TBX."""

import contextlib
import hashlib
import logging
import re

from django.core.cache import cache
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from page_cache import version as catalogue_version
from page_cache.fragments import VersionedFragments

CACHE_KEY = "translations:glossary:v2:{version}"
logger = logging.getLogger(__name__)
# The terms and each language's mark-up, kept by each process for the current catalogue version, with
# the page cache on or off: an uncached procedure page marks up some twenty texts.
_kept = VersionedFragments(size=16, with_page_cache=False)


def terms():
    """Every term as plain data: this process's copy for the current catalogue version (each of the
    twenty texts of a procedure page used to fetch and unpickle the whole glossary from the shared
    cache), else the shared cache, else one query. A change to a term moves the catalogue
    version (translations is public content), so no copy is older than the pages it marks up.
    Without a reachable cache, read from the database: pages are still served (outages test)."""
    return _kept.get("terms", _shared_terms)


def fingerprint():
    """A digest of every term: what a page's mark-up depends on, for parts kept by their content."""
    return _kept.get(
        "fingerprint", lambda: hashlib.blake2b(repr(terms()).encode(), digest_size=16).hexdigest()
    )


def _shared_terms():
    try:
        key = CACHE_KEY.format(version=catalogue_version.current())
        data = cache.get(key)
    except Exception:  # noqa: BLE001 (the shared cache is down: the page must not be)
        key, data = None, None
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
        if key is not None:
            with contextlib.suppress(Exception):
                cache.set(key, data, 24 * 3600)
    return data


def forget(**kwargs):
    """A term changed: drop this process's copy and the shared one now (other processes follow the
    catalogue version once the change is committed)."""
    _kept.clear()
    try:
        cache.delete(CACHE_KEY.format(version=catalogue_version.current()))
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

    def build():
        by_word = {}
        for term in terms():
            name, abbreviation = term[f"term_{language}"], term["abbreviation"]
            definition = term[f"definition_{language}"]
            if abbreviation and name:
                by_word[abbreviation.lower()] = format_html('<abbr title="{}">{{}}</abbr>', name)
            if name and definition:
                by_word[name.lower()] = format_html('<dfn title="{}">{{}}</dfn>', definition)
        return by_word, _pattern(by_word)

    return _kept.get(("mark-up", language), build)


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
