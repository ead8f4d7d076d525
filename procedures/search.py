"""Finding procedures from what a citizen types, in any of the three languages."""

from django.db.models import Q

from procedures.models import Procedure

MAX_QUERY_LENGTH = 200
LANGUAGE_CODES = ("rn", "fr", "en")
SEARCHED_FIELDS = ("title", "summary")


def clean_query(raw):
    """The query as searched: printable characters only, spaces collapsed, at most 200 characters."""
    printable = "".join(ch if ch.isprintable() else " " for ch in raw or "")
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def search_procedures(query, queryset=None):
    """Published procedures matching every word of `query` in any language."""
    queryset = (queryset if queryset is not None else Procedure.objects.published()).with_listing()
    words = query.split()
    if not words:
        return queryset.none()
    for word in words:
        matches = Q()
        for field in SEARCHED_FIELDS:
            for code in LANGUAGE_CODES:
                matches |= Q(**{f"{field}_{code}__icontains": word})
        queryset = queryset.filter(matches)
    return queryset
