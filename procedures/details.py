"""Everything a procedure page lists, read in two queries whatever the number of rows.

Django's prefetch reads one kind of row per query: steps, documents, fees, reasons, legal bases, change
notes, the documents' forms and their current files, the offices' hours — ten queries for one page.
Here the procedure's own rows and those of the forms and hours it shows come back in one UNION query,
each row as a JSON object of its columns, and are turned into model instances and put where prefetch
would have put them: `procedure.steps.all()`, `document.form.files.all()`, `office.hours.all()` read
them without a query. The offices (with their commune) are one ordinary query.
"""

import datetime
import functools
import json
from collections import defaultdict
from operator import attrgetter

from django.conf import settings
from django.db import connections, models
from django.db.models import F, Q, Value
from django.db.models.functions import JSONObject
from django.utils import timezone

from forms_library.models import Form, FormFile
from ministries.models import Office, OpeningHours

# The procedure's own rows, by the name prefetch gives them on the procedure. (Their models are read
# from the relations: this module is imported by procedures.querysets, which procedures.models uses.)
KIND = "_model"  # the key, in each JSON row, naming its model
PARTS = ("steps", "documents", "fees", "rejection_reasons", "legal_bases", "change_notes")


def load_details(procedures):
    """Fill the prefetch caches of `procedures` with every row their pages show (two queries)."""
    if not procedures:
        return
    ids = [procedure.pk for procedure in procedures]
    models.prefetch_related_objects(
        procedures, models.Prefetch("offices", queryset=Office.objects.select_related("commune"))
    )
    parts = {name: type(procedures[0])._meta.get_field(name).related_model for name in PARTS}
    rows = _rows(ids, parts.values(), procedures[0]._state.db)
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
    hours = defaultdict(list)
    for hour in rows.get(OpeningHours, []):
        hours[hour.office_id].append(hour)
    for procedure in procedures:
        for office in procedure.offices.all():
            _prefetched(office, "hours", hours[office.pk], reverse="office")


def _row_queries(ids, parts):
    procedure = Q(procedure__in=ids)
    current_files = Q(is_current=True, form__required_by__procedure__in=ids)
    return [
        *(model.objects.filter(procedure) for model in parts),
        Form.objects.filter(required_by__procedure__in=ids),
        FormFile.objects.filter(current_files),
        OpeningHours.objects.filter(office__procedures__in=ids),
    ]


def _rows(ids, parts, db):
    """Model -> its instances, in the model's own order, from one UNION ALL query."""
    sql, params, labels = _compiled(db, tuple(parts), len(ids))
    actual_ids = dict(zip(_placeholders(len(ids)), ids, strict=True))
    params = [actual_ids.get(param, param) if type(param) is int else param for param in params]
    with connections[db].cursor() as cursor:
        cursor.execute(sql, params)
        fetched = cursor.fetchall()
    found = defaultdict(dict)  # a form needed by two documents comes back twice: keep one
    for (row,) in fetched:
        row = json.loads(row) if isinstance(row, str | bytes) else row
        model = labels[row.pop(KIND)]
        found[model][row["id"]] = _instance(model, row, db)
    return {model: _ordered(model, list(rows.values())) for model, rows in found.items()}


def _placeholders(count):
    # Ids no row has, compiled into the query in place of the procedures' ids, then swapped for them.
    return list(range(-(10**12), -(10**12) - count, -1))


@functools.lru_cache(maxsize=32)
def _compiled(db, parts, count):
    """The UNION's SQL for `count` procedures, compiled once: building nine querysets and their JSON
    costs more than running them."""
    queries = _row_queries(_placeholders(count), parts)
    rows = [query.order_by().annotate(row=_json_row(query.model)).values_list("row") for query in queries]
    union = rows[0].union(*rows[1:], all=True)
    sql, params = union.query.get_compiler(using=db).as_sql()
    return sql, tuple(params), {query.model._meta.label: query.model for query in queries}


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
        rows.sort(key=attrgetter(field.attname), reverse=descending)
    return rows


def _attach_files(forms, files):
    """Forms by id, each with its current files as `form.files.all()`."""
    by_form = defaultdict(list)
    for form_file in files:
        by_form[form_file.form_id].append(form_file)
    for form in forms:
        _prefetched(form, "files", by_form[form.pk], reverse="form")
    return {form.pk: form for form in forms}


def _prefetched(instance, name, rows, *, reverse):
    """What prefetch_related leaves: a queryset whose results are `rows`, and each row's link back."""
    for row in rows:
        setattr(row, reverse, instance)
    queryset = getattr(instance, name).all()
    queryset._result_cache = rows
    queryset._prefetch_done = True
    instance.__dict__.setdefault("_prefetched_objects_cache", {})[name] = queryset
