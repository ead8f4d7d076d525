"""HR search over the dossiers a reader may see: matricule, names with or without accents and with typos,
document type, and the text of born-digital PDFs."""

import difflib

from django.db import connection
from django.db.models import Q

from archive.text import fold

# Below this similarity a name is not offered as "did you mean".
FUZZY_THRESHOLD = 0.3
FUZZY_LIMIT = 50


def search_servants(servants, query="", type_code=""):
    """`servants` narrowed to those matching every word of `query` (and holding a document of that type)."""
    if type_code:
        servants = servants.filter(documents__document_type__code=type_code).distinct()
    words = fold(query).split()
    if not words:
        return servants
    exact = servants
    for word in words:
        exact = exact.filter(
            Q(matricule__iexact=word)
            | Q(search_name__contains=word)
            | Q(documents__search_text__contains=word)
        )
    exact = exact.distinct()
    if exact.exists():
        return exact
    return _fuzzy(servants, " ".join(words))


def _fuzzy(servants, folded):
    """Names close to the query: trigram similarity on PostgreSQL, difflib elsewhere."""
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramWordSimilarity

        return (
            servants.annotate(similarity=TrigramWordSimilarity(folded, "search_name"))
            .filter(similarity__gte=FUZZY_THRESHOLD)
            .order_by("-similarity")[:FUZZY_LIMIT]
        )
    scored = []
    for pk, name in servants.values_list("pk", "search_name").iterator():
        best = max(
            [difflib.SequenceMatcher(None, folded, name).ratio()]
            + [difflib.SequenceMatcher(None, folded, part).ratio() for part in name.split()]
        )
        if best >= 0.6:
            scored.append((best, pk))
    keep = [pk for _score, pk in sorted(scored, reverse=True)[:FUZZY_LIMIT]]
    return servants.filter(pk__in=keep)
