"""Sending translators the texts a ministry lacks in a language, and taking their work back.

An import never touches a public page: a procedure's translations go into its working copy, submitted
for review (as a minor change) when the import started it; an institution's, office's or form's become
a review proposal. Everything in the file is checked first (ids, source fingerprints, placeholders,
lengths); one refusal and nothing at all is changed.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ministries.roles import staff_ministry
from procedures import services as procedure_services
from procedures.models import Procedure
from review import services as review_services
from review import snapshots
from review.models import Proposal
from translation_desk import exchange
from translation_desk.catalogue import PROCEDURE_PARTS, items, records
from translations import glossary, state

# Translators work from French into Kirundi and English, and from Kirundi into French.
SOURCE_FOR = {"rn": "fr", "en": "fr", "fr": "rn"}
# What a translation must carry over unchanged: {name} and %(name)s placeholders, web and mail
# addresses, and numbers (fees, articles of law, days).
PLACEHOLDER = re.compile(r"\{[^{}\s]*\}|%\([^)]+\)[sd]|https?://\S+|[\w.+-]+@[\w-]+\.[\w.]+|\d[\d.,  ]*\d|\d")


def placeholders(text):
    return Counter(re.sub(r"[.,  ]", "", p) if p[0].isdigit() else p for p in PLACEHOLDER.findall(text))


def _language_name(code):
    from django.utils.translation import get_language_info

    return get_language_info(code)["name_translated"]


# --- Export -------------------------------------------------------------------------------------


def waiting_for_review():
    """Keys ("app.model.pk") of the records whose change already waits for a reviewer: an import
    touching them would be refused, so their texts are left out of translators' files."""
    procedures = Procedure.objects.filter(draft_of__isnull=False).exclude(status=Procedure.Status.DRAFT)
    keys = {f"procedures.procedure.{pk}" for pk in procedures.values_list("draft_of_id", flat=True)}
    for proposal in Proposal.objects.waiting().exclude(object_id=""):
        keys.add(f"{proposal.content_type.app_label}.{proposal.content_type.model}.{proposal.object_id}")
    return keys


def record_key(obj):
    """The record a text belongs to, as `waiting_for_review` names it (a row: its procedure)."""
    obj = getattr(obj, "procedure", obj)
    return f"{obj._meta.app_label}.{obj._meta.model_name}.{obj.pk}"


def export_document(*, ministry, language):
    """The missing and stale texts of `ministry`'s public records in `language`, to translate (not
    those of records whose change waits for review)."""
    source = SOURCE_FOR[language]
    units = []
    waiting = waiting_for_review()
    for item in items(ministry, language):
        status = item.status
        if not (status.status == state.MISSING or status.stale) or record_key(item.obj) in waiting:
            continue
        source_text = getattr(item.obj, f"{status.field}_{source}", None) or ""
        if not source_text:
            continue
        notes = [("location", item.where), ("field", item.field_label)]
        notes += [("glossary", line) for line in glossary.notes_for(source_text, source, language)]
        units.append(
            exchange.Unit(
                id=f"{item.key}:{state.fingerprint(source_text)}",
                source=source_text,
                target=getattr(item.obj, f"{status.field}_{language}", None) or "",
                needs_review=status.stale,
                notes=notes,
            )
        )
    return exchange.Document(source, language, units)


# --- Import -------------------------------------------------------------------------------------


@dataclass
class Change:
    obj: object
    field: str
    where: str
    field_label: str
    old: str
    new: str
    source_language: str


def check_import(*, ministry, language, content):
    """The changes a translator's file makes, every one checked; a ValidationError lists what is wrong."""
    try:
        document = exchange.read(content)
    except exchange.UnreadableFile as error:
        raise ValidationError(_("This file is neither an XLIFF 2 nor a PO file that can be read.")) from error
    if document.target_language != language:
        raise ValidationError(
            _("This file is a translation into “%(file)s”, not into %(language)s.")
            % {"file": document.target_language, "language": _language_name(language)}
        )
    if document.source_language not in SOURCE_FOR:
        raise ValidationError(_("This file does not say which language it was translated from."))
    known = {
        f"{o._meta.app_label}.{o._meta.model_name}.{o.pk}": (o, where) for o, _u, where in records(ministry)
    }
    errors, changes, seen = [], [], set()
    for unit in document.units:
        change = _check_unit(unit, document, language, known, seen, errors)
        if change is not None:
            changes.append(change)
    if errors:
        raise ValidationError(errors)
    return changes


def _check_unit(unit, document, language, known, seen, errors):
    key, _sep, source_fp = unit.id.rpartition(":")
    record_key, _sep, field = key.rpartition(".")
    obj, where = known.get(record_key, (None, ""))
    if obj is None or not source_fp or field not in state.translated_fields(type(obj)) or key in seen:
        errors.append(
            _(
                "Unknown id “%(id)s”: it is not a text of this ministry's public pages, or it is twice in the file."
            )
            % {"id": unit.id}
        )
        return None
    seen.add(key)
    target = unit.target.strip()
    if not target:
        return None  # not translated yet
    source = document.source_language
    source_text = getattr(obj, f"{field}_{source}", None) or ""
    label = str(obj._meta.get_field(field).verbose_name)
    names = {"where": where, "field": label, "language": _language_name(source)}
    if state.fingerprint(source_text) != source_fp:
        errors.append(
            _(
                "The %(language)s text of “%(where)s” (%(field)s) changed since this file was made: export a new file."
            )
            % names
        )
        return None
    missing = placeholders(source_text) - placeholders(target)
    extra = placeholders(target) - placeholders(source_text)
    if missing or extra:
        errors.append(
            _("The translation of “%(where)s” (%(field)s) must keep %(kept)s as in the original%(added)s.")
            % {
                **names,
                "kept": ", ".join(sorted(missing)) or "–",
                "added": (_("; it adds %(extra)s") % {"extra": ", ".join(sorted(extra))}) if extra else "",
            }
        )
        return None
    max_length = obj._meta.get_field(f"{field}_{language}").max_length
    if max_length and len(target) > max_length:
        errors.append(
            _("The translation of “%(where)s” (%(field)s) is longer than %(max)d characters.")
            % {**names, "max": max_length}
        )
        return None
    old = getattr(obj, f"{field}_{language}", None) or ""
    status = state.field_status(obj, field, language)
    if target == old and not (status.stale and not unit.needs_review):
        return None  # unchanged, and not confirmed as still right
    return Change(obj, field, where, label, old, target, source)


def require_importer(user, ministry):
    """A clerk of the ministry (or a superuser) proposes the translations; a reviewer then decides."""
    if user.is_superuser:
        return
    profile = getattr(user, "staff_profile", None)
    if not (profile and profile.role == profile.Role.CLERK and staff_ministry(user) == ministry):
        raise PermissionDenied(_("Only a clerk of this ministry can propose translations."))


@transaction.atomic
def import_translations(*, ministry, language, content, user):
    """Check the file again and turn its changes into proposals for review. Returns what was proposed."""
    require_importer(user, ministry)
    changes = check_import(ministry=ministry, language=language, content=content)
    by_procedure, by_record = defaultdict(list), defaultdict(list)
    for change in changes:
        procedure = (
            change.obj if isinstance(change.obj, Procedure) else getattr(change.obj, "procedure", None)
        )
        if procedure is not None:
            by_procedure[procedure].append(change)
        else:
            by_record[change.obj].append(change)
    _refuse_waiting(by_procedure, by_record)
    proposed = [_propose_procedure(p, c, language, user) for p, c in by_procedure.items()]
    proposed += [_propose_record(o, c, language, user) for o, c in by_record.items()]
    return proposed


def _refuse_waiting(by_procedure, by_record):
    waiting = [p for p in by_procedure if p.working_copies.exclude(status=Procedure.Status.DRAFT).exists()]
    waiting += [
        o
        for o in by_record
        if Proposal.objects.for_object(o).filter(status=Proposal.Status.SUBMITTED).exists()
    ]
    if waiting:
        raise ValidationError(
            [
                _("A change to “%(record)s” is already waiting for review: import again once it is decided.")
                % {"record": str(o)}
                for o in waiting
            ]
        )


def _write(obj, change, language):
    setattr(obj, f"{change.field}_{language}", change.new)
    state.mark(obj, change.field, language, state.TRANSLATED, source=change.source_language)


def _propose_procedure(procedure, changes, language, user):
    started = not procedure.working_copies.exists()
    copy = procedure_services.procedure_working_copy(procedure=procedure, user=user)
    rows = {relation: {row.key: row for row in getattr(copy, relation).all()} for relation in PROCEDURE_PARTS}
    for change in changes:
        if isinstance(change.obj, Procedure):
            _write(copy, change, language)
            continue
        relation = next(
            r for r in PROCEDURE_PARTS if isinstance(change.obj, getattr(Procedure, r).rel.related_model)
        )
        row = rows[relation].get(change.obj.key)  # the same row, wherever the clerk moved it
        if row is None:  # the clerk's unfinished changes removed it: never written onto another row
            raise ValidationError(
                _(
                    "“%(row)s” (%(kind)s of “%(record)s”) was removed from the draft: "
                    "import its translation once that change is decided."
                )
                % {"row": str(change.obj), "kind": change.obj._meta.verbose_name, "record": str(procedure)}
            )
        _write(row, change, language)
        row.save()
    copy.mark_edited()
    copy.save()
    procedure_services.record_saved(procedure=copy, user=user)
    if started:
        procedure_services.procedure_submit(procedure=copy, user=user, minor=True)
    return copy


def _propose_record(obj, changes, language, user):
    draft = type(obj)._default_manager.get(pk=obj.pk)
    for change in changes:
        _write(draft, change, language)
    return review_services.proposal_submit(
        model=type(obj),
        obj=obj,
        kind=Proposal.Kind.CHANGE,
        proposed=snapshots.take(draft),
        user=user,
        object_repr=str(obj),
    )
