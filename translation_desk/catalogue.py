"""The public catalogue as translators see it: every translated field of every public record, per
ministry, with its state in each language (translations/state.py).

A field that is empty in every language is not counted: it is not a missing translation, only an
optional field nobody filled in. Themes belong to no ministry; they are listed on their own.
"""

from collections import Counter
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from forms_library.models import Form
from ministries.models import Institution, Office
from procedures.models import Procedure, Theme
from translations import state

# The rows of a procedure that carry translated text, in page order.
PROCEDURE_PARTS = ("steps", "documents", "fees", "rejection_reasons", "legal_bases")


@dataclass(frozen=True)
class Item:
    """One field of one record in one language."""

    obj: object
    status: state.FieldStatus
    admin_url: str
    where: str  # the record it belongs to, as staff know it ("Passport renewal › step 2")

    @property
    def key(self):
        """The id translators' files use: app.model.pk.field."""
        meta = self.obj._meta
        return f"{meta.app_label}.{meta.model_name}.{self.obj.pk}.{self.status.field}"

    @property
    def field_label(self):
        return str(self.obj._meta.get_field(self.status.field).verbose_name)

    @property
    def field_url(self):
        """The admin page, at the field (its language tab) or, for a procedure's row, at its rows."""
        status = self.status
        if isinstance(self.obj, Procedure) or not hasattr(self.obj, "procedure"):
            return f"{self.admin_url}#id_{status.field}_{status.language}"
        return f"{self.admin_url}#{self.obj._meta.get_field('procedure').remote_field.related_name}-group"

    @property
    def procedure(self):
        return getattr(self.obj, "procedure", self.obj if isinstance(self.obj, Procedure) else None)


def _admin_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def public_procedures():
    """Procedures citizens see (published or withdrawn), never a working copy, with their rows."""
    return (
        Procedure.objects.visible_to_public()
        .filter(draft_of__isnull=True)
        .select_related("institution")
        .prefetch_related(*PROCEDURE_PARTS)
    )


def records(ministry):
    """(record, admin address, where) for every public record of `ministry`; None: the themes."""
    if ministry is None:
        for theme in Theme.objects.all():
            yield theme, _admin_url(theme), str(theme)
        return
    for procedure in public_procedures().for_ministry(ministry):
        url = _admin_url(procedure)
        yield procedure, url, procedure.title
        for relation in PROCEDURE_PARTS:
            for row in getattr(procedure, relation).all():
                label = row._meta.verbose_name
                yield row, url, f"{procedure.title} › {label} {row.position}"
    for model in (Institution, Office, Form):
        for obj in model.objects.for_ministry(ministry):
            yield obj, _admin_url(obj), str(obj)


def items(ministry, language):
    """Every field of `ministry`'s public records in `language` that has a text in some language."""
    for obj, url, where in records(ministry):
        for field in state.translated_fields(type(obj)):
            if not any(state.texts_of(obj, field).values()):
                continue
            yield Item(obj, state.field_status(obj, field, language), url, where)


def needs_work(item):
    return item.status.status == state.MISSING or item.status.stale or item.status.unreviewed


@dataclass
class Figures:
    ministry: Institution | None
    language: str
    counts: Counter
    procedures: int
    procedures_complete: int

    @property
    def total(self):
        return self.counts["total"]

    @property
    def complete_share(self):
        """Share of the ministry's public procedures with every text in this language (none missing)."""
        return self.procedures_complete / self.procedures if self.procedures else None

    @property
    def name(self):
        return self.ministry.name if self.ministry else _("Themes (all ministries)")


def figures(ministry, language):
    """Counts per state (missing, draft, translated, reviewed, stale, unreviewed) for one ministry."""
    counts = Counter()
    incomplete = set()
    procedures = set()
    for item in items(ministry, language):
        status = item.status
        counts["total"] += 1
        counts[status.status] += 1
        counts["stale"] += status.stale
        counts["unreviewed"] += status.unreviewed
        procedure = item.procedure
        if procedure is not None:
            procedures.add(procedure.pk)
            if status.status == state.MISSING:
                incomplete.add(procedure.pk)
    return Figures(ministry, language, counts, len(procedures), len(procedures - incomplete))


def all_figures(language):
    """`figures` for every ministry, then for the themes."""
    rows = [figures(ministry, language) for ministry in Institution.objects.ministries()]
    return [*rows, figures(None, language)]


def kirundi_shares(language="rn"):
    """Per ministry: (ministry, public procedures, those with every text in `language`), in a fixed
    number of queries (the statistics page is public)."""
    totals, complete = Counter(), Counter()
    for procedure in public_procedures():
        ministry_id = procedure.institution.ministry_id
        totals[ministry_id] += 1
        rows = [procedure, *(row for rel in PROCEDURE_PARTS for row in getattr(procedure, rel).all())]
        complete[ministry_id] += all(
            state.field_status(row, field, language).status != state.MISSING
            for row in rows
            for field in state.translated_fields(type(row))
            if any(state.texts_of(row, field).values())
        )
    return [
        (ministry, totals[ministry.pk], complete[ministry.pk])
        for ministry in Institution.objects.ministries()
        if totals[ministry.pk]
    ]
