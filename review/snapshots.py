"""Reviewed content as plain data: taken from rows, compared field by field, written back on approval.

Shared by every reviewed model (procedures/revisions.py builds its procedure snapshots from these
helpers too). An app registers a model with the rows and relations that belong to its content:

    snapshots.register(Office, rows={"hours": REPLACE}, relations=["serves_provinces"])

A snapshot is {"fields": {attname: value}, "rows": {name: [row, …]}, "relations": {name: [pk, …]}},
every translated field in every language.
"""

import json
import uuid
from dataclasses import dataclass, field

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext as _

REPLACE = "replace"  # rows are replaced by the proposed ones (opening hours)
APPEND = "append"  # rows are only ever added (each uploaded file version stays)


@dataclass
class Spec:
    model: type
    rows: dict = field(default_factory=dict)  # related name -> REPLACE or APPEND
    relations: list = field(default_factory=list)  # many-to-many field names
    exclude: set = field(default_factory=set)  # fields that are not content


_registry = {}


def register(model, *, rows=None, relations=None, exclude=()):
    _registry[model] = Spec(model, rows or {}, relations or [], {"id", *exclude})


def spec_for(model):
    return _registry.get(model)


# --- Fields -------------------------------------------------------------------------------------


def translated_base_fields(model):
    """Fields kept per language: the untranslated column only mirrors the default language's."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        return set(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return set()


def content_fields(model, skip):
    skip = set(skip) | translated_base_fields(model)
    return [f for f in model._meta.concrete_fields if f.attname not in skip and f.name not in skip]


def plain(value):
    if isinstance(value, uuid.UUID):
        return str(value)  # as JSON keeps it, so that a row's key compares equal read back or not
    return value.name if isinstance(value, FieldFile) else value  # a stored file is kept by its name


def row_data(obj, fields):
    return {f.attname: plain(f.value_from_object(obj)) for f in fields}


def _parent_link(model, child_model):
    return next(f for f in child_model._meta.concrete_fields if f.is_relation and f.related_model is model)


# --- Taking and applying ------------------------------------------------------------------------


def take(obj):
    """`obj`'s content as JSON data (dates as text), the same whether just taken or read back."""
    spec = spec_for(type(obj))
    data = {"fields": row_data(obj, content_fields(spec.model, spec.exclude)), "rows": {}, "relations": {}}
    for name in spec.rows:
        related = getattr(obj, name)
        link = _parent_link(spec.model, related.model)
        fields = content_fields(related.model, {link.name})
        data["rows"][name] = [{"id": row.pk, **row_data(row, fields)} for row in related.order_by("pk")]
    for name in spec.relations:
        data["relations"][name] = sorted(getattr(obj, name).values_list("pk", flat=True))
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def apply(model, obj, snapshot):
    """Make `obj` (None: a new one) hold `snapshot`, checked like a form would; returns the object."""
    spec = spec_for(model)
    obj = obj if obj is not None else model()
    for f in content_fields(model, spec.exclude):
        if f.attname in snapshot["fields"]:
            setattr(obj, f.attname, f.to_python(snapshot["fields"][f.attname]))
    obj.full_clean()
    obj.save()
    for name, policy in spec.rows.items():
        _apply_rows(model, obj, name, policy, snapshot["rows"].get(name, []))
    for name in spec.relations:
        getattr(obj, name).set(snapshot["relations"].get(name, []))
    return obj


def _apply_rows(model, obj, name, policy, rows):
    related = getattr(obj, name)
    link = _parent_link(model, related.model)
    existing = set(related.values_list("pk", flat=True))
    if policy == REPLACE:
        related.all().delete()
    for row in rows:
        if policy == APPEND and row.get("id") in existing:
            continue
        values = {}
        for f in content_fields(related.model, {link.name, "id"}):
            # Numbered and stamped on save (a file's version, when it was uploaded): not copied.
            if f.attname in row and (
                f.editable or not (f.has_default() or getattr(f, "auto_now_add", False))
            ):
                values[f.attname] = f.to_python(row[f.attname])
        child = related.model(**{link.name: obj}, **values)
        child.full_clean(exclude=[link.name])
        child.save()


# --- Comparing ----------------------------------------------------------------------------------


def _field(model, attname):
    return next((f for f in model._meta.concrete_fields if f.attname == attname), None)


def label(model, attname):
    """(readable field name, language or None) for a column: title_fr -> ("title", "fr")."""
    f = _field(model, attname)
    if f is None:
        return attname, None
    original = getattr(f, "translated_field", f)
    return str(original.verbose_name), getattr(f, "language", None)


def display(model, attname, value):
    if value in (None, ""):
        return "–"
    f = _field(model, attname)
    if f is not None and f.is_relation:
        related = f.related_model._default_manager.filter(pk=value).first()
        return str(related) if related else str(value)
    if f is not None and f.choices:
        return str(dict(f.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(value)


def comparable(value):
    # An empty text saved by a form ("") and one never set (None) are the same to a reader.
    return None if value in (None, "") else value


ROW_KEY = "key"  # a row's identity, shared with the rows copied from it (procedures.models.ProcedurePart)


def paired(old_rows, new_rows):
    """(old index, new index) for every row of either list, matched by their `key`; None where a row is
    only in one list (added or removed). Rows without a key (revisions taken before rows had one,
    rows of models that have none) are matched by their place, as nothing else tells them apart."""
    if not all(ROW_KEY in row for row in (*old_rows, *new_rows)):
        count = max(len(old_rows), len(new_rows))
        return [
            (index if index < len(old_rows) else None, index if index < len(new_rows) else None)
            for index in range(count)
        ]
    old_at = {row[ROW_KEY]: index for index, row in enumerate(old_rows)}
    new_keys = {row[ROW_KEY] for row in new_rows}
    pairs = [(old_at.get(row[ROW_KEY]), index) for index, row in enumerate(new_rows)]
    return pairs + [(index, None) for index, row in enumerate(old_rows) if row[ROW_KEY] not in new_keys]


def moved(pairs):
    """The pairs whose row changed place among the rows kept: those outside the longest run kept in
    the same order (so a row inserted before the others does not make every other one "moved")."""
    kept = [pair for pair in pairs if None not in pair]
    olds = [old for old, _new in kept]
    # Longest increasing subsequence of the old places, in the new order (lists of rows are short).
    best = [1] * len(olds)
    for i in range(len(olds)):
        for j in range(i):
            if olds[j] < olds[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    steady, length, last = set(), max(best, default=0), None
    for i in reversed(range(len(olds))):
        if best[i] == length and (last is None or olds[i] < last):
            steady.add(kept[i])
            length, last = length - 1, olds[i]
    return [pair for pair in kept if pair not in steady]


def row_name(model, row):
    """What a reader calls a row of `model` given as snapshot data (its __str__, in the active language)."""
    names = {f.attname for f in model._meta.concrete_fields if not f.is_relation}
    try:
        return str(model(**{name: value for name, value in row.items() if name in names}))
    except (TypeError, ValueError):
        return "–"


def diff_rows(model, section, old_rows, new_rows, *, numbered=True, skip=("position", "id", ROW_KEY)):
    """Differences between two lists of rows of `model`, each row matched by its identity (its `key`):
    a row is added, removed, moved, or shown field by field where it changed."""
    changes = []
    pairs = paired(old_rows, new_rows)
    shifted = set(moved(pairs))
    for old_index, new_index in pairs:
        old = old_rows[old_index] if old_index is not None else {}
        new = new_rows[new_index] if new_index is not None else {}
        number = (new_index if new_index is not None else old_index) + 1
        if numbered and ROW_KEY in (old or new):
            changes += _row_changes(model, section, old_index, new_index, old, new, shifted)
        if new_index is None and ROW_KEY in old:
            continue  # removed: its one line says so
        changes += _field_changes(model, section, old, new, f" #{number}" if numbered else "", skip)
    return changes


def _row_changes(model, section, old_index, new_index, old, new, shifted):
    row = {"section": section, "language": None}
    if old_index is None:
        field = _("#%(number)d added") % {"number": new_index + 1}
        return [{**row, "change": "added", "field": field, "old": "–", "new": row_name(model, new)}]
    if new_index is None:
        field = _("#%(number)d removed") % {"number": old_index + 1}
        return [{**row, "change": "removed", "field": field, "old": row_name(model, old), "new": "–"}]
    if (old_index, new_index) in shifted:
        field = _("#%(number)d moved") % {"number": new_index + 1}
        where = _("%(row)s, #%(number)d")
        return [
            {
                **row,
                "change": "moved",
                "field": field,
                "old": where % {"row": row_name(model, old), "number": old_index + 1},
                "new": where % {"row": row_name(model, new), "number": new_index + 1},
            }
        ]
    return []


def _field_changes(model, section, old, new, number, skip):
    changes = []
    for attname in dict.fromkeys([*old, *new]):
        if attname in skip or getattr(_field(model, attname), "shown_in_diffs", True) is False:
            continue  # e.g. the translation status, which follows the texts shown beside it
        if comparable(old.get(attname)) != comparable(new.get(attname)):
            name, language = label(model, attname)
            changes.append(
                {
                    "section": section,
                    "change": "changed",
                    "field": f"{name}{number}",
                    "language": language,
                    "old": display(model, attname, old.get(attname)),
                    "new": display(model, attname, new.get(attname)),
                }
            )
    return changes


def diff(model, old, new):
    """Every difference between two snapshots of `model` (either may be None: created, deleted)."""
    spec = spec_for(model)
    old = old or {"fields": {}, "rows": {}, "relations": {}}
    new = new or {"fields": {}, "rows": {}, "relations": {}}
    section = str(model._meta.verbose_name)
    changes = diff_rows(model, section, [old["fields"]], [new["fields"]], numbered=False)
    for name in spec.rows:
        child = getattr(model, name).rel.related_model
        changes += diff_rows(
            child, str(child._meta.verbose_name_plural), old["rows"].get(name, []), new["rows"].get(name, [])
        )
    for name in spec.relations:
        before, after = set(old["relations"].get(name, [])), set(new["relations"].get(name, []))
        if before != after:
            f = model._meta.get_field(name)
            names = {o.pk: str(o) for o in f.related_model._default_manager.filter(pk__in=before | after)}
            changes.append(
                {
                    "section": section,
                    "field": str(f.verbose_name),
                    "language": None,
                    "old": ", ".join(sorted(names.get(pk, str(pk)) for pk in before)) or "–",
                    "new": ", ".join(sorted(names.get(pk, str(pk)) for pk in after)) or "–",
                }
            )
    return changes
