"""Two people saved the same proposal: merge what does not clash, and let the person choose what does.

A change form carries the edit version it was loaded at. When someone else saved since, the posted
form is compared field by field with that version (the base, from its revision) and with what is saved
now ("theirs"):
- a field only they changed takes their value, so pressing Save again never writes back a stale value;
- a field only this person changed keeps what they typed;
- a field both changed, differently, shows both values; the form carries theirs, and this person's
  value rides along in a hidden `mine:<field>` input with a "keep mine" box to tick.
Rows are matched by their id in the form, and with the base by their identity (`key`), never by their
place; a row the other person deleted is marked for deletion, and what was typed into it is listed so
it is not lost.
"""

from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils.translation import gettext as _

from procedures.models import Procedure
from procedures.revisions import PARTS, RELATIONS
from review.snapshots import display as _display
from review.snapshots import label as _label

KEEP_MINE = "keep_mine"
MINE = "mine:"
MAX_ROWS = 1000  # a crafted INITIAL_FORMS cannot make us loop for ever


@dataclass
class Clash:
    key: str  # the form key (title_en, fees-0-amount_bif)
    where: str
    label: str
    language: str | None
    theirs: str
    mine: str
    can_keep_mine: bool = True
    mine_values: list = field(default_factory=list)  # as posted, sent back if "keep mine" is ticked


@dataclass
class Merge:
    data: object  # a mutable QueryDict to bind the form and formsets to
    clashes: list = field(default_factory=list)


def apply_choices(post):
    """The posted data with each "keep mine" choice put back, and the choice inputs removed."""
    data = post.copy()
    for key in post.getlist(KEEP_MINE):
        if MINE + key in post:
            data.setlist(key, post.getlist(MINE + key))
    for key in [k for k in data if k.startswith(MINE) or k == KEEP_MINE]:
        del data[key]
    return data


def merge(post, *, current, base_snapshot, form_class, inline_forms):
    """Merge `post` (loaded at the version of `base_snapshot`) with `current`, the procedure as saved now.

    `form_class` is the procedure's admin form; `inline_forms` maps formset prefixes to row form classes.
    """
    result = Merge(data=post.copy())
    base_snapshot = base_snapshot or {}
    base_fields = base_snapshot.get("fields", {})
    for name, form_field in form_class.base_fields.items():
        model_field = _model_field(Procedure, name)
        if model_field is None or name == "edit_version":
            continue
        if name in RELATIONS:
            base = base_snapshot.get(name)
            theirs = list(getattr(current, name).values_list("pk", flat=True))
        else:
            base = base_fields.get(model_field.attname, _MISSING)
            theirs = model_field.value_from_object(current)
        if base is _MISSING:
            continue
        _merge_one(result, name, "", Procedure, model_field, form_field, base, theirs)
    for prefix, row_form in inline_forms.items():
        _merge_rows(result, post, prefix, row_form, current, base_snapshot.get(prefix, []))
    return result


_MISSING = object()


def _merge_rows(result, post, prefix, row_form, current, base_rows):
    model = PARTS[prefix]
    try:
        count = min(int(post.get(f"{prefix}-INITIAL_FORMS", 0)), MAX_ROWS)
    except ValueError:
        return
    ids = [post.get(f"{prefix}-{index}-id", "") for index in range(count)]
    saved = {str(row.pk): row for row in model.objects.filter(procedure=current, pk__in=_digits(ids))}
    where_name = str(model._meta.verbose_name_plural).capitalize()
    keyed = all("key" in row for row in base_rows)  # revisions taken before rows had keys: by place
    base_by_key = {row["key"]: row for row in base_rows} if keyed else {}
    for index, row_id in enumerate(ids):
        row = saved.get(row_id)
        if keyed:
            base = base_by_key.get(str(row.key)) if row is not None else None
        else:
            base = base_rows[index] if index < len(base_rows) else None
        where = f"{where_name} {index + 1}"
        if row is None:  # the other person deleted this row: so is it here, and what was typed is listed
            result.data[f"{prefix}-{index}-DELETE"] = "on"
            typed = _typed_in_row(post, prefix, index, row_form)
            if typed:
                result.clashes.append(
                    Clash(
                        f"{prefix}-{index}", where, _("deleted by the other person"), None, "–", typed, False
                    )
                )
            continue
        if base is None:
            continue
        for name, form_field in row_form.base_fields.items():
            model_field = _model_field(model, name)
            if model_field is None or name in ("id", "procedure") or model_field.attname not in base:
                continue
            theirs = model_field.value_from_object(row)
            key = f"{prefix}-{index}-{name}"
            _merge_one(result, key, where, model, model_field, form_field, base[model_field.attname], theirs)


def _merge_one(result, key, where, model, model_field, form_field, base, theirs):
    mine = result.data.getlist(key)
    base_value, their_value = _comparable(base, model_field), _comparable(theirs, model_field)
    if base_value == their_value:
        return  # they did not change it: what this person typed stands
    my_value = _parsed(form_field, mine, model_field)
    _put(result.data, key, form_field, theirs)
    if my_value in (base_value, their_value):
        return  # only they changed it, or both made the same change
    result.data.setlist(MINE + key, mine or [""])
    label, language = _label(model, model_field.attname)
    result.clashes.append(
        Clash(
            key,
            where,
            label,
            language,
            _display(model, model_field.attname, _single(theirs))
            if not model_field.many_to_many
            else _list(theirs),
            " / ".join(mine) or "–",
            mine_values=mine or [""],
        )
    )


def _model_field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:  # a form-only field
        return None


def _comparable(value, model_field):
    """A value in one plain form whatever it came from: JSON, the database or a parsed form input."""
    if model_field.many_to_many:
        return tuple(sorted(str(getattr(v, "pk", v)) for v in (value or [])))
    value = getattr(value, "pk", value)
    if value in (None, ""):
        return ""
    try:
        return str(model_field.to_python(value))
    except ValidationError:  # not valid for the field: compared as typed
        return str(value)


def _parsed(form_field, raw, model_field):
    if model_field.many_to_many:
        return _comparable(raw, model_field)
    if isinstance(form_field, forms.BooleanField):
        return _comparable(
            form_field.widget.value_from_datadict({"x": raw[0]} if raw else {}, {}, "x"), model_field
        )
    text = raw[-1] if raw else ""
    try:
        value = form_field.to_python(text)
    except ValidationError:
        return f"invalid:{text}"  # typed but not valid: differs from anything saved
    return _comparable(value, model_field)


def _put(data, key, form_field, value):
    """Write a saved value into posted data as the form's widget would have rendered it."""
    if isinstance(form_field, forms.ModelMultipleChoiceField):
        data.setlist(key, [str(getattr(v, "pk", v)) for v in value])
    elif isinstance(form_field, forms.BooleanField):
        if value:
            data[key] = "on"
        else:
            data.pop(key, None)
    elif value in (None, ""):
        data[key] = ""
    elif isinstance(form_field, forms.ModelChoiceField):
        data[key] = str(getattr(value, "pk", value))
    else:
        formatted = form_field.widget.format_value(form_field.prepare_value(value))
        data[key] = "" if formatted is None else str(formatted)


def _typed_in_row(post, prefix, index, row_form):
    names = [n for n in row_form.base_fields if n not in ("id", "procedure", "position", "DELETE")]
    return " / ".join(v for n in names for v in post.getlist(f"{prefix}-{index}-{n}") if v.strip())


def _digits(values):
    return [int(v) for v in values if v.isdigit() and len(v) < 19]


def _single(value):
    return getattr(value, "pk", value)


def _list(values):
    return ", ".join(str(v) for v in values) or "–"
