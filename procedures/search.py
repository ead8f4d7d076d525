"""Finding a procedure from what a citizen types, in any language, with or without accents or typos.

Each procedure has a SearchEntry holding its texts in the three languages, lower-cased and without
accents. PostgreSQL matches them with full-text search (French and English stemming, `unaccent`) and
pg_trgm word similarity for typos, both through GIN indexes. SQLite, the embedded default, matches them
with an FTS5 table and corrects typos against the words of the titles.
"""

import functools
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, TrigramSimilarity
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import F
from django.db.models.functions import Length
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from page_cache import version as catalogue_version
from page_cache.counting import BatchedCounts
from procedures.models import Procedure, SearchEntry, SearchLog, SearchWord

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_RESULTS = 50
BODY_CANDIDATES = 300
FEW_RESULTS = 2  # searches with this many results or fewer are recorded for the clerks
LANGUAGE_CODES = ("rn", "fr", "en")
FTS_TABLE = "procedures_search_fts"
# Words that carry no meaning on their own in the three languages; dropped unless nothing else is left.
STOPWORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "d",
        "de",
        "des",
        "du",
        "en",
        "et",
        "l",
        "la",
        "le",
        "les",
        "un",
        "une",
        "pour",
        "sur",
        "the",
        "of",
        "and",
        "for",
        "to",
        "an",
        "in",
        "on",
        "my",
        "ya",
        "y",
        "ca",
        "rya",
        "vya",
        "wa",
        "za",
        "ku",
        "mu",
        "n",
        "na",
        "ry",
        "cy",
    ]
)
TYPO_SIMILARITY = 0.6  # SQLite: share of the typed word's trigrams found in a title word
TYPO_ALTERNATIVES = 3
# pg_trgm's similarity of "pemis" and "permis" is 0.44; its default threshold (0.3) is kept, but set
# on each new connection so that a server-wide change cannot silently alter search.
PG_SIMILARITY_THRESHOLD = 0.3


def normalize(text):
    """Lower case, accents removed, apostrophes as spaces: 'Carte d’Identité' -> 'carte d identite'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    without_accents = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[’'`´]", " ", without_accents).casefold()


def words(text):
    return re.findall(r"\w+", normalize(text))


def clean_query(raw):
    """The query as searched: printable characters only, spaces collapsed, at most 200 characters."""
    printable = "".join(ch if ch.isprintable() else " " for ch in raw or "")
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


# --- Building the index -------------------------------------------------------------------------


def _entry_values(procedure):
    values = {"terms": " ".join(normalize(t.term) for t in procedure.search_terms.all())}
    for code in LANGUAGE_CODES:
        values[f"title_{code}"] = normalize(getattr(procedure, f"title_{code}"))
        body = [getattr(procedure, f"summary_{code}")]
        body += [getattr(step, f"title_{code}") for step in procedure.steps.all()]
        body += [getattr(document, f"name_{code}") for document in procedure.documents.all()]
        values[f"body_{code}"] = normalize(" ".join(filter(None, body)))
    values["keywords"] = " ".join(
        filter(None, [values["title_rn"], values["title_fr"], values["title_en"], values["terms"]])
    )
    return values


def rebuild_search_index(procedure_ids=None):
    """Recompute the search entries of the given procedures (all when None). Returns how many."""
    # Working copies are never searched: only what citizens can see is indexed.
    procedures = Procedure.objects.filter(draft_of__isnull=True).prefetch_related(
        "search_terms", "steps", "documents"
    )
    if procedure_ids is not None:
        procedures = procedures.filter(pk__in=list(procedure_ids))
    rebuilt = []
    with transaction.atomic():
        existing = {e.procedure_id: e for e in SearchEntry.objects.filter(procedure__in=procedures)}
        for procedure in procedures:
            values = _entry_values(procedure)
            entry = existing.get(procedure.pk) or SearchEntry(procedure=procedure)
            for name, value in values.items():
                setattr(entry, name, value)
            entry.save()
            rebuilt.append(entry)
        if procedure_ids is not None:
            SearchEntry.objects.filter(procedure_id__in=list(procedure_ids)).exclude(
                procedure__in=procedures
            ).delete()
        _update_vocabulary(rebuilt, full=procedure_ids is None)
        _backend().index(rebuilt)
        # The index follows the content a moment later (after its commit): a search page cached in
        # between would miss the change, so cached pages go stale again once the index has it.
        catalogue_version.bump_after_commit()
    return len(rebuilt)


def _update_vocabulary(entries, *, full):
    """Keep SearchWord in step with the words of titles and other names (the typo-correction targets)."""
    found = {w for entry in entries for w in re.findall(r"\w+", entry.keywords) if 3 <= len(w) <= 100}
    if full:
        SearchWord.objects.exclude(word__in=found).delete()
    SearchWord.objects.bulk_create([SearchWord(word=w) for w in sorted(found)], ignore_conflicts=True)


_pending = threading.local()


def schedule_reindex(procedure_id):
    """Re-index a procedure once the current transaction commits (once, however many rows changed)."""
    ids = getattr(_pending, "ids", None)
    if ids is None:
        ids = _pending.ids = set()
    ids.add(procedure_id)
    if not any(entry[1] is _reindex_pending for entry in connection.run_on_commit):
        transaction.on_commit(_reindex_pending)


def _reindex_pending():
    ids, _pending.ids = getattr(_pending, "ids", None) or set(), set()
    if ids:
        rebuild_search_index(ids)


# --- Searching ----------------------------------------------------------------------------------


@dataclass
class SearchResults:
    query: str
    procedure_ids: list[int] = field(default_factory=list)
    highlight_words: set[str] = field(default_factory=set)


def search_procedures(query):
    """Published procedures matching `query`, best first, and the words to highlight in them."""
    query = clean_query(query)
    if not query:
        return SearchResults(query)
    return _backend().search(query)


def record_search(query, language, result_count, times=1):
    """Count a search that found little, so clerks see what citizens could not find."""
    if not query or result_count > FEW_RESULTS:
        return
    key = {"query": normalize(query)[:MAX_QUERY_LENGTH], "language": language, "day": timezone.localdate()}
    updated = SearchLog.objects.filter(**key).update(times=F("times") + times, result_count=result_count)
    if not updated:
        try:
            with transaction.atomic():
                SearchLog.objects.create(**key, result_count=result_count, times=times)
        except IntegrityError:  # a concurrent search created the row first
            SearchLog.objects.filter(**key).update(times=F("times") + times)


def _record_searches(search, times):
    try:
        record_search(*search, times=times)
    except DatabaseError:  # the page itself came from the cache; only a statistic is lost
        logger.warning("database unavailable: %s searches not recorded", times)


_searches_served_from_cache = BatchedCounts(send=_record_searches)


def record_search_soon(query, language, result_count):
    """Count a search that found little, whether its page was built or came from the page cache;
    the counts are written every few seconds in one batch, never during the search itself."""
    if query and result_count <= FEW_RESULTS:
        _searches_served_from_cache.add((query, language, result_count))


def flush_search_counts():
    """Write the searches counted in this process so far (the batch otherwise waits a few seconds)."""
    _searches_served_from_cache.flush()


WORD = re.compile(r"(\w+)")


@functools.lru_cache(maxsize=8192)
def _normalized_word(word):
    return normalize(word)


def highlight(text, highlight_words):
    """`text` escaped, with the words that match the search wrapped in <mark>."""
    if not highlight_words:
        return escape(text)
    prefixes = tuple(highlight_words)
    parts = WORD.split(text)  # separators at even positions, words (\w, nothing to escape) at odd ones
    for index, part in enumerate(parts):
        if index % 2 == 0:
            parts[index] = escape(part)
        elif _normalized_word(part).startswith(prefixes):
            parts[index] = f"<mark>{part}</mark>"
    return mark_safe("".join(parts))  # noqa: S308 (every separator escaped, words are \w only)


def _meaningful_words(query):
    tokens = words(query)
    kept = [t for t in tokens if t not in STOPWORDS]
    return kept or tokens


def _stem(word):
    # A light stem for prefix matching where no real stemmer is available: plural endings only.
    for ending in ("es", "s", "x"):
        if len(word) > 4 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def _trigrams(word):
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(typed, word):
    """How much of what was typed is found in `word`: the share of its trigrams that `word` has too."""
    typed_trigrams = _trigrams(typed)
    return len(typed_trigrams & _trigrams(word)) / len(typed_trigrams) if typed_trigrams else 0.0


class PostgresSearch:
    configs = ("isoko_fr", "isoko_en", "isoko_simple")

    def index(self, entries):
        if not entries:
            return
        titles = (
            SearchVector("title_fr", config="isoko_fr", weight="A")
            + SearchVector("title_en", config="isoko_en", weight="A")
            + SearchVector("title_rn", config="isoko_simple", weight="A")
            + SearchVector("terms", config="isoko_simple", weight="A")
            + SearchVector("terms", config="isoko_fr", weight="A")
            + SearchVector("terms", config="isoko_en", weight="A")
        )
        bodies = (
            SearchVector("body_fr", config="isoko_fr", weight="C")
            + SearchVector("body_en", config="isoko_en", weight="C")
            + SearchVector("body_rn", config="isoko_simple", weight="C")
        )
        SearchEntry.objects.filter(pk__in=[e.pk for e in entries]).update(
            title_vector=titles, vector=titles + bodies
        )

    def search(self, query):
        text = " ".join(_meaningful_words(query))
        if not text:
            return SearchResults(query)
        # Exact words (stemmed, any language) in titles first; typos only when those find little;
        # then procedures that mention the words elsewhere.
        ids = list(self._matches(text).values_list("procedure_id", flat=True)[:MAX_RESULTS])
        if len(ids) <= FEW_RESULTS:
            ids += [
                pk
                for pk in self._typo_matches(text).values_list("procedure_id", flat=True)[:MAX_RESULTS]
                if pk not in ids
            ]
        if len(ids) < MAX_RESULTS:
            ids += self._body_matches(text, exclude=ids)
        return SearchResults(query, ids[:MAX_RESULTS], self._highlight_words(text, ids))

    def _query(self, text, search_type="websearch"):
        """`text` as understood by each language's configuration, any of them matching."""
        search_query = None
        for config in self.configs:
            part = SearchQuery(text, config=config, search_type=search_type)
            search_query = part if search_query is None else search_query | part
        return search_query

    def _titles_matching(self, search_query):
        return (
            self._published()
            .filter(title_vector=search_query)
            .annotate(rank=SearchRank(F("title_vector"), search_query))
            .order_by("-rank", "procedure_id")
        )

    def _published(self):
        return SearchEntry.objects.filter(procedure__status=Procedure.Status.PUBLISHED)

    def _matches(self, text):
        """Entries whose titles or other names contain the words (stemmed in any language), best first."""
        return self._titles_matching(self._query(text))

    def _typo_matches(self, text):
        """Titles matching once each typed word may also be a title word it resembles (pg_trgm)."""
        groups = []
        for word in text.split():
            alternatives = [word, *(w for w in self._similar_words(word) if w != word)]
            groups.append("(" + " | ".join(alternatives) + ")")
        # Only \w+ words reach here, so the raw tsquery syntax cannot be broken by what was typed.
        return self._titles_matching(self._query(" & ".join(groups), search_type="raw"))

    def similar_words_queryset(self, word):
        return (
            SearchWord.objects.filter(word__trigram_similar=word)
            .annotate(similarity=TrigramSimilarity("word", word))
            .order_by("-similarity", "word")
        )

    def _similar_words(self, word):
        # Asked by the typo phase and again for highlighting: one query per word and search.
        memo = self.__dict__.setdefault("_similar_memo", {})
        if word not in memo:
            memo[word] = (
                []
                if len(word) < 3
                else list(
                    self.similar_words_queryset(word).values_list("word", flat=True)[:TYPO_ALTERNATIVES]
                )
            )
        return memo[word]

    def _body_matches(self, text, *, exclude):
        """Procedures that mention the words only in their summary, steps or documents. At most
        BODY_CANDIDATES of them are ranked, so a word found everywhere stays fast."""
        search_query = self._query(text)
        candidates = (
            self._published()
            .filter(vector=search_query)
            .exclude(procedure_id__in=exclude)
            .values("pk")[:BODY_CANDIDATES]
        )
        ranked = (
            SearchEntry.objects.filter(pk__in=candidates)
            .annotate(rank=SearchRank(F("vector"), search_query))
            .order_by("-rank", "procedure_id")
            .values_list("procedure_id", flat=True)
        )
        return list(ranked[:MAX_RESULTS])

    def _highlight_words(self, text, ids):
        found = {_stem(w) for w in text.split()}
        for word in text.split():
            found.update(self._similar_words(word))
        return {w for w in found if len(w) >= 2}


class SqliteSearch:
    def index(self, entries):
        with connection.cursor() as cursor:
            for entry in entries:
                cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [entry.procedure_id])
                title = " ".join([entry.title_rn, entry.title_fr, entry.title_en, entry.terms])
                body = " ".join([entry.body_rn, entry.body_fr, entry.body_en])
                cursor.execute(
                    f"INSERT INTO {FTS_TABLE} (rowid, title, body) VALUES (%s, %s, %s)",
                    [entry.procedure_id, title, body],
                )

    def search(self, query):
        tokens = _meaningful_words(query)
        if not tokens:
            return SearchResults(query)
        exact, groups, highlight_words = [], [], set()
        for token in tokens:
            stem = _stem(token)
            alternatives = [f'"{stem}"*'] + [f'"{word}"' for word in self._similar_title_words(token)]
            highlight_words.update(a.strip('"*') for a in alternatives)
            exact.append(alternatives[0])
            groups.append("(" + " OR ".join(alternatives) + ")")
        ids = self._ranked(" AND ".join(exact), " AND ".join(groups))
        return SearchResults(query, ids, {w for w in highlight_words if len(w) >= 2})

    def _ranked(self, exact, corrected):
        """Titles (or other names) with the words as typed first, then with typos corrected ("permis de
        conduire" is not "permis de construire"), then procedures matching elsewhere."""
        in_title = self._match(f"title : ({corrected})", preferring=f"title : ({exact})")
        return (in_title + [pk for pk in self._match(corrected) if pk not in in_title])[:MAX_RESULTS]

    def _match(self, expression, preferring=None):
        """Rows matching `expression`, best first; those also matching `preferring` before the others."""
        preferred = f"f.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s) DESC, "
        sql = (
            f"SELECT f.rowid FROM {FTS_TABLE} f JOIN procedures_procedure p ON p.id = f.rowid "
            f"WHERE {FTS_TABLE} MATCH %s AND p.status = %s "
            f"ORDER BY {preferred if preferring else ''}bm25({FTS_TABLE}, 10.0, 1.0), f.rowid "
            f"LIMIT {MAX_RESULTS}"
        )
        params = [expression, Procedure.Status.PUBLISHED] + ([preferring] if preferring else [])
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]

    def _similar_title_words(self, word):
        """Title words that `word` is probably a misspelling of (same first letter, close length)."""
        if len(word) < 4:
            return []
        candidates = (
            SearchWord.objects.filter(word__startswith=word[0])
            .annotate(length=Length("word"))
            .filter(length__range=(len(word) - 2, len(word) + 3))
            .values_list("word", flat=True)
        )
        scored = sorted(((similarity(word, c), c) for c in candidates if c != word), reverse=True)
        return [c for score, c in scored[:TYPO_ALTERNATIVES] if score >= TYPO_SIMILARITY]


def configure_postgres_connection(sender, connection, **kwargs):
    """connection_created handler: the typo tolerance of the `%` operator used by search."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET pg_trgm.similarity_threshold = %s", [PG_SIMILARITY_THRESHOLD])


def _backend():
    return PostgresSearch() if connection.vendor == "postgresql" else SqliteSearch()
