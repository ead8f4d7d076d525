"""A procedure's content as plain data: taken from the rows, compared, and written back to rows.

Built on review/snapshots.py, as offices, institutions and forms are; procedures keep their own
shape (a working copy's rows, a Revision per state) because a proposal there is edited over days,
submitted with a public change note and scheduled, where the others are one reviewed save.

A snapshot holds every content field in every language, the rows listed on the page (steps,
documents, fees, reasons for rejection, legal bases, other names) and the offices and themes.
Workflow fields (status, who submitted, view count…) are not content and are never part of it.
"""

from django.conf import settings

from ministries.models import Office
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
from review.snapshots import content_fields as _content_fields
from review.snapshots import diff_rows
from review.snapshots import row_data as _row
from translations.state import STATE_FIELD, approved, approved_rows

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


def publish_content(source, target):
    """Copy an approved working copy's content onto the published procedure: every text the reviewer
    saw change is a reviewed translation from now on (translations/state.py)."""
    apply_snapshot(target, approved_snapshot(take_snapshot(source), take_snapshot(target)))


def approve_in_place(procedure):
    """A new procedure is approved: its texts are reviewed translations (its rows are updated here,
    the procedure's own state when the caller saves it)."""
    snapshot = approved_snapshot(take_snapshot(procedure), None)
    procedure.translation_state = snapshot["fields"][STATE_FIELD]
    for relation, model in PARTS.items():
        if not any(f.attname == STATE_FIELD for f in model._meta.concrete_fields):
            continue
        rows = getattr(procedure, relation).order_by("position", "pk").values_list("pk", flat=True)
        for pk, data in zip(rows, snapshot[relation], strict=False):
            model.objects.filter(pk=pk).update(**{STATE_FIELD: data[STATE_FIELD]})


def approved_snapshot(snapshot, base):
    """`snapshot` as approved by a reviewer against `base` (None: everything is new)."""
    base = base or {"fields": {}}
    fields = snapshot["fields"]
    result = {
        **snapshot,
        "fields": {
            **fields,
            STATE_FIELD: approved(fields.get(STATE_FIELD), base["fields"].get(STATE_FIELD)),
        },
    }
    for relation in PARTS:
        result[relation] = approved_rows(snapshot.get(relation, []), base.get(relation, []))
    return result


# --- Comparing (the row-by-row comparison is review/snapshots.py's, shared with all reviewed content)


def diff_snapshots(old, new):
    """Every difference between two snapshots, field by field and language by language."""
    old = old or {"fields": {}}
    section = str(Procedure._meta.verbose_name)
    changes = diff_rows(Procedure, section, [old["fields"]], [new["fields"]], numbered=False)
    for relation, model in PARTS.items():
        changes += diff_rows(
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
