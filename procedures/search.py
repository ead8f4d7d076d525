"""Finding a procedure from what a citizen types, in any language, with or without accents or typos.

Each procedure has a SearchEntry holding its texts in the three languages, lower-cased and without
accents. PostgreSQL matches them with full-text search (French and English stemming, `unaccent`) and
pg_trgm word similarity for typos, both through GIN indexes. SQLite, the embedded default, matches them
with an FTS5 table and corrects typos against the words of the titles.
"""

import functools
import html
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchVector
from django.db import DatabaseError, connection, transaction
from django.db.models.functions import Length
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from page_cache import version as catalogue_version
from page_cache.counting import BatchedCounts, counts_cache_hits
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
        removed = 0
        if procedure_ids is not None:
            removed, _kinds = (
                SearchEntry.objects.filter(procedure_id__in=list(procedure_ids))
                .exclude(procedure__in=procedures)
                .delete()
            )
        _update_vocabulary(rebuilt, full=procedure_ids is None)
        _backend().index(rebuilt)
        # The index follows the content a moment later (after its commit): a search page cached in
        # between would miss the change, so cached pages go stale again once the index has it. A
        # draft's entry changes no search citizens make: no page is dropped for it.
        if removed or any(entry.procedure.is_public for entry in rebuilt):
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
    # One callback per change (each finds nothing left to do once the first has run): cheaper to
    # register than to look for an earlier one among the transaction's callbacks, a private list.
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
    # The query with each misspelt word replaced by the title word most like it ("" when none was).
    suggestion: str = ""


def search_procedures(query):
    """Published procedures matching `query`, best first, and the words to highlight in them."""
    query = clean_query(query)
    if not query:
        return SearchResults(query)
    return _backend().search(query)


def record_searches(counts):
    """Count many searches, {(query, language, result_count): times}, in one statement per 500: a
    new row for each query not yet seen today, its count increased for the others."""
    today = timezone.localdate()
    rows = {}
    for (query, language, result_count), times in counts.items():
        if not query or result_count > FEW_RESULTS:
            continue
        key = (normalize(query)[:MAX_QUERY_LENGTH], language, today)
        rows[key] = (result_count, rows.get(key, (0, 0))[1] + times)
    table = connection.ops.quote_name(SearchLog._meta.db_table)
    values = list(rows.items())
    with connection.cursor() as cursor:
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            placeholders = ", ".join(["(%s, %s, %s, %s, %s)"] * len(chunk))
            cursor.execute(
                f"INSERT INTO {table} (query, language, day, result_count, times) VALUES {placeholders} "
                "ON CONFLICT (query, language, day) DO UPDATE SET "
                f"times = {table}.times + excluded.times, result_count = excluded.result_count",
                [
                    value
                    for (query, language, day), (result_count, times) in chunk
                    for value in (query, language, day, result_count, times)
                ],
            )


def _record_searches(counts):
    try:
        record_searches(counts)
    except DatabaseError:  # the pages themselves were served; only a statistic is lost
        logger.warning("database unavailable: %s searches not recorded", sum(counts.values()))


_searches_served_from_cache = BatchedCounts(send=_record_searches)


@counts_cache_hits("search")
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
            # The standard library's escape, which Django's wraps: a results page escapes thousands
            # of separators, and the wrapper's lazy-string checks cost more than the escaping.
            parts[index] = html.escape(part)
        elif _normalized_word(part).startswith(prefixes):
            parts[index] = f"<mark>{part}</mark>"
    return mark_safe("".join(parts))  # noqa: S308 (every separator escaped, words are \w only)


def _meaningful_words(query):
    tokens = words(query)
    kept = [t for t in tokens if t not in STOPWORDS]
    return kept or tokens


def did_you_mean(query, resembling):
    """`query` with each word that is in no title replaced by the title word most like it among
    `resembling[word]` (when alike enough on either database); "" when no word was replaced. A word in
    a title, or whose plural stem is, is kept."""
    typed = words(query)
    corrected = [_corrected(word, resembling.get(word, ())) for word in typed]
    return " ".join(corrected) if corrected != typed else ""


def _corrected(word, alike):
    if not alike or {word, _stem(word)} & set(alike):
        return word
    score, best = max((similarity(word, candidate), candidate) for candidate in alike)
    return best if score >= TYPO_SIMILARITY else word


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


# One round trip per search: every phase of PostgresSearch.search in one statement (see its docstring).
# %(words)s is the array of meaningful words, %(text)s the same words joined by spaces.
PG_SEARCH_SQL = f"""
WITH typed AS (
    SELECT word, place FROM unnest(%(words)s::text[]) WITH ORDINALITY AS t(word, place)
),
exact AS MATERIALIZED (
    SELECT websearch_to_tsquery('isoko_fr', %(text)s) || websearch_to_tsquery('isoko_en', %(text)s)
        || websearch_to_tsquery('isoko_simple', %(text)s) AS query
),
published AS NOT MATERIALIZED (
    SELECT e.id, e.procedure_id, e.title_vector, e.vector
    FROM procedures_searchentry e JOIN procedures_procedure p ON p.id = e.procedure_id
    WHERE p.status = %(published)s
),
in_titles AS (
    SELECT procedure_id, ts_rank(title_vector, exact.query) AS rank
    FROM published, exact WHERE title_vector @@ exact.query
    ORDER BY rank DESC, procedure_id LIMIT {MAX_RESULTS}
),
-- Typos are only looked for when the words as typed find little in titles: up to 3 title words like
-- each typed word (pg_trgm, GIN index), which are also the words highlighted.
resembling AS (
    {{resembling}}
),
corrected AS MATERIALIZED (
    -- "(passeport | passport) & (perdu)": each typed word or a title word it resembles.
    SELECT to_tsquery('isoko_fr', text) || to_tsquery('isoko_en', text)
        || to_tsquery('isoko_simple', text) AS query
    FROM (
        SELECT string_agg('(' || alternatives || ')', ' & ' ORDER BY place) AS text
        FROM (
            SELECT typed.place, string_agg(DISTINCT alternative, ' | ') AS alternatives
            FROM typed, LATERAL (
                SELECT typed.word AS alternative
                UNION SELECT word FROM resembling WHERE resembling.place = typed.place
            ) choices
            GROUP BY typed.place
        ) groups
    ) typo_text
),
corrected_titles AS (
    SELECT procedure_id, ts_rank(title_vector, corrected.query) AS rank
    FROM published, corrected
    WHERE (SELECT count(*) FROM in_titles) <= {FEW_RESULTS} AND title_vector @@ corrected.query
      AND procedure_id NOT IN (SELECT procedure_id FROM in_titles)
    ORDER BY rank DESC, procedure_id LIMIT {MAX_RESULTS}
),
elsewhere AS (  -- at most {BODY_CANDIDATES} candidates are ranked, so a word found everywhere stays fast
    SELECT procedure_id, ts_rank(vector, exact.query) AS rank
    FROM (
        SELECT procedure_id, vector FROM published, exact
        WHERE (SELECT count(*) FROM in_titles) + (SELECT count(*) FROM corrected_titles) < {MAX_RESULTS}
          AND vector @@ exact.query
          AND procedure_id NOT IN (SELECT procedure_id FROM in_titles)
          AND procedure_id NOT IN (SELECT procedure_id FROM corrected_titles)
        LIMIT {BODY_CANDIDATES}
    ) candidates, exact
    ORDER BY rank DESC, procedure_id LIMIT {MAX_RESULTS}
)
SELECT 1, procedure_id, NULL, rank FROM in_titles
UNION ALL SELECT 2, procedure_id, NULL, rank FROM corrected_titles
UNION ALL SELECT 3, procedure_id, NULL, rank FROM elsewhere
UNION ALL SELECT 4, place, word, score FROM resembling
ORDER BY 1, 4 DESC, 2
"""


@functools.lru_cache(maxsize=64)
def _search_sql(places):
    resembling = " UNION ALL ".join(
        f"(SELECT {place} AS place, word, similarity(word, %(word{place})s) AS score "
        f"FROM procedures_searchword "
        f"WHERE (SELECT count(*) FROM in_titles) <= {FEW_RESULTS} AND word %% %(word{place})s "
        f"ORDER BY similarity(word, %(word{place})s) DESC, word LIMIT {TYPO_ALTERNATIVES})"
        for place in places
    )
    return PG_SEARCH_SQL.replace(
        "{resembling}", resembling or "SELECT 0 AS place, NULL::text AS word, 0::real AS score WHERE false"
    )


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
        """Exact words (stemmed, any language) in titles first; typos only when those find little; then
        procedures that mention the words elsewhere; and the title words resembling each typed word, to
        highlight them. One statement, so a new search costs one round trip to the database."""
        typed = _meaningful_words(query)
        if not typed:
            return SearchResults(query)
        ids, alike = [], {}
        with connection.cursor() as cursor:  # prepared on PostgreSQL (prepare_threshold, isoko/settings.py)
            cursor.execute(*self.statement(typed))
            for _tier, id_or_place, word, _rank in cursor.fetchall():
                if word is not None:  # most alike first; id_or_place is the place of the typed word
                    alike.setdefault(typed[id_or_place - 1], []).append(word)
                elif id_or_place not in ids:
                    ids.append(id_or_place)
        found = {_stem(word) for word in typed}.union(*alike.values())
        highlighted = {w for w in found if len(w) >= 2}
        return SearchResults(query, ids[:MAX_RESULTS], highlighted, did_you_mean(query, alike))

    def statement(self, typed):
        """The search's SQL and its parameters, for the words `typed` (\\w+ only, so the raw tsquery
        built from them cannot be broken by what was typed)."""
        params = {"words": typed, "text": " ".join(typed), "published": Procedure.Status.PUBLISHED}
        # Each word is its own subquery with the word as a value the planner sees, so that the trigram
        # index serves it (a word taken from the array row by row would be compared to every word).
        # Numbers are not misspelt words: none is looked up.
        long_words = [
            (place, word)
            for place, word in enumerate(typed, start=1)
            if len(word) >= 3 and not word.isdigit()
        ]
        params.update({f"word{place}": word for place, word in long_words})
        return _search_sql(tuple(place for place, _word in long_words)), params


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
        exact, groups, highlight_words, alike = [], [], set(), {}
        for token in tokens:
            stem = _stem(token)
            alike[token] = self._title_words_like(token)
            similar = [word for word in alike[token] if word != token]
            alternatives = [f'"{stem}"*'] + [f'"{word}"' for word in similar]
            highlight_words.update(a.strip('"*') for a in alternatives)
            exact.append(alternatives[0])
            groups.append("(" + " OR ".join(alternatives) + ")")
        ids = self._ranked(" AND ".join(exact), " AND ".join(groups))
        highlighted = {w for w in highlight_words if len(w) >= 2}
        return SearchResults(query, ids, highlighted, did_you_mean(query, alike))

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

    def _title_words_like(self, word):
        """Title words that `word` is, or is probably a misspelling of (same first letter, close
        length), most alike first: `word` itself first when it is one."""
        if len(word) < 4:
            return []
        candidates = (
            SearchWord.objects.filter(word__startswith=word[0])
            .annotate(length=Length("word"))
            .filter(length__range=(len(word) - 2, len(word) + 3))
            .values_list("word", flat=True)
        )
        scored = sorted(((similarity(word, c), c) for c in candidates), reverse=True)
        alike = [c for score, c in scored if score >= TYPO_SIMILARITY]
        return alike[: TYPO_ALTERNATIVES + (word in alike)]  # the word itself and three others


def configure_postgres_connection(sender, connection, **kwargs):
    """connection_created handler: the typo tolerance of the `%` operator used by search. (Statements
    are prepared through the database OPTIONS, isoko/settings.py.)"""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # set_config() rather than SET: a parameter is sent apart (server-side binding), and SET
            # takes none.
            cursor.execute(
                "SELECT set_config('pg_trgm.similarity_threshold', %s, false)", [str(PG_SIMILARITY_THRESHOLD)]
            )


def _backend():
    return PostgresSearch() if connection.vendor == "postgresql" else SqliteSearch()
