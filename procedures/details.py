"""Everything a procedure page lists, read in one query whatever the number of rows.

Django's prefetch reads one kind of row per query: steps, documents, fees, reasons, legal bases, change
notes, the documents' forms and their current files, the offices, their communes and hours — a dozen
queries for one page. Here they all come back in one UNION query, each row as a JSON object of its
columns, and are turned into model instances and put where prefetch would have put them:
`procedure.steps.all()`, `procedure.offices.all()`, `document.form.files.all()`, `office.hours.all()`
read them without a query. On PostgreSQL the statement is prepared (planned once per connection).
"""

import datetime
import decimal
import functools
import json
import re
import unicodedata
from collections import defaultdict
from operator import attrgetter

from django.conf import settings
from django.db import connections, models
from django.db.models import F, Q, Value
from django.db.models.functions import JSONObject
from django.utils import timezone

from forms_library.models import Form, FormFile
from ministries.models import Commune, Office, OpeningHours
from procedures.prepared import preparing_cursor

# The procedure's own rows, by the name prefetch gives them on the procedure. (Their models are read
# from the relations: this module is imported by procedures.querysets, which procedures.models uses.)
KIND = "_model"  # the key, in each JSON row, naming its model
PARTS = ("steps", "documents", "fees", "rejection_reasons", "legal_bases", "change_notes")


def load_details(procedures):
    """Fill the prefetch caches of `procedures` with every row their pages show (one query)."""
    if not procedures:
        return
    ids = [procedure.pk for procedure in procedures]
    model = type(procedures[0])
    db = procedures[0]._state.db
    sql, placeholders, labels = _compiled(db, _parts(model), len(ids))
    actual_ids = dict(zip(_placeholders(len(ids)), ids, strict=True))
    rows = _instances(_fetched(sql, [actual_ids[p] for p in placeholders], db), labels, db)
    _attach(procedures, rows)


def public_page_rows(model, slug, db="default"):
    """Every row the page at `slug` shows, as the JSON texts the database wrote them (one statement),
    for public_page_from(): all that the page is built from, and so what fingerprints it."""
    sql, placeholders, _labels = _compiled_page(db, model)
    return _fetched(sql, [slug] * len(placeholders), db)


def public_page_from(model, texts, db="default"):
    """The procedure of public_page_rows(), with every row where prefetch would put it; None if none."""
    _sql, _placeholders, labels = _compiled_page(db, model)
    rows = _instances(texts, labels, db)
    if not rows.get(model):
        return None
    procedure = rows[model][0]
    institutions = {institution.pk: institution for institution in rows[_institution_model(model)]}
    institution = institutions[procedure.institution_id]
    institution.parent = institutions.get(institution.parent_id)
    procedure.institution = institution
    _attach([procedure], rows)
    return procedure


def _parts(model):
    """The models of the procedure's own rows, and of the links to the offices it lists."""
    return (*(model._meta.get_field(name).related_model for name in PARTS), model.offices.through)


def _institution_model(model):
    return model._meta.get_field("institution").related_model


def _attach(procedures, rows):
    """Put the rows where prefetch would have put them."""
    parts = {name: type(procedures[0])._meta.get_field(name).related_model for name in PARTS}
    forms = _attach_files(rows.get(Form, []), rows.get(FormFile, []))
    by_procedure = {procedure.pk: procedure for procedure in procedures}
    for name, model in parts.items():
        grouped = defaultdict(list)
        for row in rows.get(model, []):
            grouped[row.procedure_id].append(row)
        for procedure in procedures:
            _prefetched(procedure, name, grouped[procedure.pk], reverse="procedure")
    for document in rows.get(parts["documents"], []):
        document.procedure = by_procedure[document.procedure_id]
        if document.form_id is not None:
            document.form = forms[document.form_id]
    _attach_offices(procedures, rows)


def _attach_offices(procedures, rows):
    """`procedure.offices.all()`, each office with its commune and `office.hours.all()`."""
    communes = {commune.pk: commune for commune in rows.get(Commune, [])}
    hours = defaultdict(list)
    for hour in rows.get(OpeningHours, []):
        hours[hour.office_id].append(hour)
    offices = {}
    for office in rows.get(Office, []):  # in the offices' own order
        office.commune = communes[office.commune_id]
        _prefetched(office, "hours", hours[office.pk], reverse="office")
        offices[office.pk] = office
    listed = defaultdict(set)
    for link in rows.get(type(procedures[0]).offices.through, []):
        listed[link.procedure_id].add(link.office_id)
    for procedure in procedures:
        shown = [office for pk, office in offices.items() if pk in listed[procedure.pk]]
        _prefetched(procedure, "offices", shown)


def _row_queries(ids, parts):
    """The rows of the procedures `ids` (a list, or a subquery of their ids)."""
    procedure = Q(procedure__in=ids)
    current_files = Q(is_current=True, form__required_by__procedure__in=ids)
    return [
        *(model.objects.filter(procedure) for model in parts),
        Form.objects.filter(required_by__procedure__in=ids),
        FormFile.objects.filter(current_files),
        Office.objects.filter(procedures__in=ids),
        Commune.objects.filter(offices__procedures__in=ids),
        OpeningHours.objects.filter(office__procedures__in=ids),
    ]


def _fetched(sql, params, db):
    """The UNION's rows, each the text of its JSON object."""
    postgresql = connections[db].vendor == "postgresql"  # SQLite's JSON is text already
    with preparing_cursor(db, json_as_text=True) if postgresql else connections[db].cursor() as cursor:
        cursor.execute(sql, params)
        return [row for (row,) in cursor.fetchall()]


def _instances(texts, labels, db):
    """Model -> its instances, in the model's own order."""
    found = defaultdict(dict)  # a form needed by two documents comes back twice: keep one
    for text in texts:
        row = json.loads(text)
        model = labels[row.pop(KIND)]
        found[model][row["id"]] = _instance(model, row, db)
    return {model: _ordered(model, list(rows.values())) for model, rows in found.items()}


def _placeholders(count):
    # Ids no row has, compiled into the query in place of the procedures' ids, then swapped for them.
    return list(range(-(10**12), -(10**12) - count, -1))


@functools.lru_cache(maxsize=32)
def _compiled(db, parts, count):
    """The UNION's SQL for `count` procedures, compiled once: building nine querysets and their JSON
    costs more than running them. Only the procedures' ids are left as parameters; the column names
    and model labels Django passes as parameters are written into the statement, which is then the
    same on every page and can be prepared (procedures/prepared.py)."""
    placeholders = set(_placeholders(count))
    return _union(db, _row_queries(_placeholders(count), parts), lambda param: param in placeholders)


# Compiled in place of the slug, then swapped for it: no slug can be this (and it is never written in).
SLUG_PLACEHOLDER = "\x00slug"


@functools.lru_cache(maxsize=4)
def _compiled_page(db, model):
    """The UNION's SQL for the procedure page at a slug: the procedure, its institution and ministry,
    and all its rows, with the slug as the only parameter (repeated)."""
    chosen = model.objects.visible_to_public().filter(slug=SLUG_PLACEHOLDER)
    ids = chosen.values("pk")
    institutions = _institution_model(model).objects
    queries = [
        chosen,
        institutions.filter(procedures__in=ids),
        institutions.filter(agencies__procedures__in=ids),
        *_row_queries(ids, _parts(model)),
    ]
    return _union(db, queries, lambda param: param == SLUG_PLACEHOLDER)


def _union(db, queries, is_parameter):
    rows = [query.order_by().annotate(row=_json_row(query.model)).values_list("row") for query in queries]
    union = rows[0].union(*rows[1:], all=True)
    sql, params = union.query.get_compiler(using=db).as_sql()
    sql, placeholders = _with_constants_written_in(sql, params, is_parameter)
    return sql, placeholders, {query.model._meta.label: query.model for query in queries}


# What may be written into the statement: names of columns and models, never anything typed by anyone.
CONSTANT = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


def _with_constants_written_in(sql, params, is_parameter):
    """`sql` with each parameter for which `is_parameter` is false written in as a literal, and the
    others left as parameters, in order."""
    pieces = sql.split("%s")
    if len(pieces) != len(params) + 1:
        raise ValueError("a parameter marker is not where Django put one")
    written, kept = [pieces[0]], []
    for param, piece in zip(params, pieces[1:], strict=True):
        if is_parameter(param):
            written.append("%s")
            kept.append(param)
        elif type(param) is bool:
            written.append("TRUE" if param else "FALSE")
        elif isinstance(param, str) and CONSTANT.fullmatch(str(param)):  # str(): a choice's value
            written.append(f"'{param!s}'")
        else:
            raise ValueError(f"not a constant to write into a statement: {param!r}")
        written.append(piece)
    return "".join(written), tuple(kept)


def _json_row(model):
    """The row's columns as one JSON object, with the model it is of (one column: a UNION's parts
    then line up whatever the model)."""
    return JSONObject(**{KIND: Value(model._meta.label)}, **{name: F(name) for name in _columns(model)})


def _columns(model):
    return [field.attname for field in model._meta.concrete_fields]


def _instance(model, row, db):
    """The instance a query would have built from these column values (JSON: dates are text)."""
    values = []
    json_as_text = connections[db].vendor != "postgresql"  # SQLite nests a JSON column as its text
    for field in model._meta.concrete_fields:
        value = row[field.attname]
        if json_as_text and isinstance(field, models.JSONField) and isinstance(value, str):
            value = json.loads(value)
        elif isinstance(value, float) and isinstance(field, models.DecimalField):
            value = decimal.Decimal(repr(value))  # JSON reads 3.36123 as a float: keep its digits
        elif value is not None and not field.is_relation:
            value = field.to_python(value)
            if isinstance(value, datetime.datetime) and settings.USE_TZ and timezone.is_naive(value):
                value = timezone.make_aware(value, datetime.UTC)  # SQLite keeps UTC without an offset
        values.append(value)
    return model.from_db(db, _columns(model), values)


def _ordered(model, rows):
    """Sorted as the model's Meta.ordering sorts them (stable sorts, last key first)."""
    for name in reversed(model._meta.ordering):
        descending = name.startswith("-")
        name = name.lstrip("-")
        field = model._meta.pk if name == "pk" else model._meta.get_field(name)
        value = attrgetter(field.attname)
        rows.sort(key=lambda row: _sortable(value(row)), reverse=descending)
    return rows


def _sortable(value):
    """Names sorted as a reader expects (Ézi next to Ejo, not after Zuba), numbers and dates as they are."""
    if isinstance(value, str):
        return unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().casefold()
    return value


def _attach_files(forms, files):
    """Forms by id, each with its current files as `form.files.all()`."""
    by_form = defaultdict(list)
    for form_file in files:
        by_form[form_file.form_id].append(form_file)
    for form in forms:
        _prefetched(form, "files", by_form[form.pk], reverse="form")
    return {form.pk: form for form in forms}


def _prefetched(instance, name, rows, *, reverse=None):
    """What prefetch_related leaves: a queryset whose results are `rows`, and each row's link back
    (none for a many-to-many relation)."""
    for row in rows if reverse else ():
        setattr(row, reverse, instance)
    queryset = getattr(instance, name).all()
    queryset._result_cache = rows
    queryset._prefetch_done = True
    instance.__dict__.setdefault("_prefetched_objects_cache", {})[name] = queryset
