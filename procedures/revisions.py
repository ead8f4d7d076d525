"""A procedure's content as plain data: taken from the rows, compared, and written back to rows.

A snapshot holds every content field in every language, the rows listed on the page (steps,
documents, fees, reasons for rejection, legal bases, other names) and the offices and themes.
Workflow fields (status, who submitted, view count…) are not content and are never part of it.
"""

from django.conf import settings
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext as _

from ministries.models import Institution, Office
from procedures.models import (
    Fee,
    LegalBasis,
    Procedure,
    RejectionReason,
    RequiredDocument,
    SearchTerm,
    Step,
    Theme,
)

WORKFLOW_FIELDS = {
    "id",
    "slug",
    "status",
    "draft_of",
    "edit_version",
    "submitted_at",
    "submitted_by",
    "review_comment",
    "publish_on",
    "published_at",
    "replaced_by",
    "is_sample",
    "view_count",
    "created_at",
    "updated_at",
    "next_review_on",
    "review_reminder_sent_on",
}
# Relation name on Procedure -> model of the rows, in page order.
PARTS = {
    "steps": Step,
    "documents": RequiredDocument,
    "fees": Fee,
    "rejection_reasons": RejectionReason,
    "legal_bases": LegalBasis,
    "search_terms": SearchTerm,
}
RELATIONS = {"offices": Office, "themes": Theme}
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _content_fields(model, skip):
    # The untranslated column of a translated field (title) only mirrors a language column (title_rn):
    # the language columns are the content.
    skip = skip | _translated_base_fields(model)
    return [f for f in model._meta.concrete_fields if f.attname not in skip and f.name not in skip]


def _row(obj, fields):
    return {f.attname: _plain(f.value_from_object(obj)) for f in fields}


def _plain(value):
    return value.name if isinstance(value, FieldFile) else value  # a stored file is kept by its name


def take_snapshot(procedure):
    """The procedure's content as JSON-ready data."""
    data = {"fields": _row(procedure, _content_fields(Procedure, WORKFLOW_FIELDS))}
    for relation, model in PARTS.items():
        fields = _content_fields(model, {"id", "procedure"})
        data[relation] = [
            _row(row, fields) for row in getattr(procedure, relation).order_by("position", "pk")
        ]
    for relation in RELATIONS:
        data[relation] = sorted(getattr(procedure, relation).values_list("pk", flat=True))
    return data


def apply_snapshot(procedure, snapshot):
    """Make `procedure`'s content equal to `snapshot`: fields, rows and relations (rows are replaced)."""
    for field in _content_fields(Procedure, WORKFLOW_FIELDS):
        if field.attname in snapshot["fields"]:
            setattr(procedure, field.attname, field.to_python(snapshot["fields"][field.attname]))
    procedure.save()
    for relation, model in PARTS.items():
        getattr(procedure, relation).all().delete()
        fields = {f.attname: f for f in _content_fields(model, {"id", "procedure"})}
        rows = [
            {name: fields[name].to_python(value) for name, value in row.items() if name in fields}
            for row in snapshot.get(relation, [])
        ]
        _drop_dangling_links(fields, rows)
        model.objects.bulk_create(model(procedure=procedure, **row) for row in rows)
    for relation, model in RELATIONS.items():
        existing = model.objects.filter(pk__in=snapshot.get(relation, []))
        getattr(procedure, relation).set(existing)


def _drop_dangling_links(fields, rows):
    """An older version may link to a form deleted since: restore it without that link."""
    for attname, field in fields.items():
        if not field.is_relation:
            continue
        wanted = {row[attname] for row in rows if row.get(attname) is not None}
        existing = set(field.related_model.objects.filter(pk__in=wanted).values_list("pk", flat=True))
        for row in rows:
            if row.get(attname) is not None and row[attname] not in existing:
                row[attname] = None


def copy_content(source, target):
    apply_snapshot(target, take_snapshot(source))


# --- Comparing ----------------------------------------------------------------------------------


def _field(model, attname):
    return next((f for f in model._meta.concrete_fields if f.attname == attname), None)


def _label(model, attname):
    field = _field(model, attname)
    if field is None:
        return attname, None
    original = getattr(field, "translated_field", field)  # title_fr -> title
    return str(original.verbose_name), getattr(field, "language", None)


def _display(model, attname, value):
    if value in (None, ""):
        return "–"
    field = _field(model, attname)
    if field is not None and field.is_relation:
        related = field.related_model.objects.filter(pk=value).first()
        return str(related) if related else str(value)
    if field is not None and field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(value)


def _translated_base_fields(model):
    """Fields whose content is kept per language: the base column duplicates the default language."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        return set(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return set()


def _comparable(value):
    # An empty text saved by a form ("") and one never set (None) are the same to a reader.
    return None if value in (None, "") else value


def _diff_rows(model, section, old_rows, new_rows):
    changes = []
    for index in range(max(len(old_rows), len(new_rows))):
        old = old_rows[index] if index < len(old_rows) else {}
        new = new_rows[index] if index < len(new_rows) else {}
        for attname in dict.fromkeys([*old, *new]):
            if attname == "position":
                continue
            if _comparable(old.get(attname)) != _comparable(new.get(attname)):
                label, language = _label(model, attname)
                if model is not Procedure:
                    label = f"{label} #{index + 1}"
                changes.append(
                    {
                        "section": section,
                        "field": label,
                        "language": language,
                        "old": _display(model, attname, old.get(attname)),
                        "new": _display(model, attname, new.get(attname)),
                    }
                )
    return changes


def diff_snapshots(old, new):
    """Every difference between two snapshots, field by field and language by language."""
    old = old or {"fields": {}}
    changes = _diff_rows(Procedure, str(Procedure._meta.verbose_name), [old["fields"]], [new["fields"]])
    for relation, model in PARTS.items():
        changes += _diff_rows(
            model, str(model._meta.verbose_name_plural), old.get(relation, []), new.get(relation, [])
        )
    for relation, model in RELATIONS.items():
        before, after = set(old.get(relation, [])), set(new.get(relation, []))
        if before != after:
            names = dict(model.objects.filter(pk__in=before | after).values_list("pk", "slug"))
            changes.append(
                {
                    "section": str(Procedure._meta.get_field(relation).verbose_name),
                    "field": str(Procedure._meta.get_field(relation).verbose_name),
                    "language": None,
                    "old": ", ".join(sorted(names.get(pk, str(pk)) for pk in before)) or "–",
                    "new": ", ".join(sorted(names.get(pk, str(pk)) for pk in after)) or "–",
                }
            )
    return changes


def institution_of(snapshot):
    return Institution.objects.filter(pk=snapshot["fields"].get("institution_id")).first()
