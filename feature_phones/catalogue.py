"""What a feature phone reads of the published catalogue: menus' lists and the texts of a procedure.

Everything comes from published procedures only, as on the site, in the active language (with the
site's fallbacks), and is returned as plain text, before it is spelt in GSM-7.
"""

from django.db.models import prefetch_related_objects
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from journeys.models import Journey
from journeys.services import journey_or_none, steps_of
from ministries.communes import where_to_apply
from ministries.models import Commune, Province
from procedures.models import Procedure, Theme
from procedures.search import search_procedures

SECTIONS = ("documents", "fees", "time")
# What a menu line needs of a procedure: its title in each language (for the fallbacks). Summaries and
# other long texts are left in the database, which keeps a replayed session fast.
TITLE_FIELDS = ("id", "slug", "status", "title_rn", "title_fr", "title_en")


def themes_with_procedures():
    """Life events that have at least one published procedure, in the site's order."""
    published = Procedure.objects.published()
    return list(Theme.objects.filter(procedures__in=published).distinct().order_by("position", "slug"))


def procedures_of_theme(theme_id):
    return list(Procedure.objects.published().filter(themes=theme_id).only(*TITLE_FIELDS).order_by("slug"))


def procedures_by_id(ids):
    """Published procedures among `ids`, in the order of `ids` (the search's order)."""
    found = Procedure.objects.published().only(*TITLE_FIELDS).in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def published_procedure(procedure_id):
    """The procedure, or None once it is no longer published. Each section then reads only its own
    rows (a replayed session rarely needs more than one of them)."""
    institution = ("institution__name_rn", "institution__name_fr", "institution__name_en")
    return (
        Procedure.objects.published()
        .select_related("institution")
        .only(*TITLE_FIELDS, "institution", *institution)
        .filter(pk=procedure_id)
        .first()
    )


def provinces():
    return list(Province.objects.order_by("name"))


def _amount(value):
    return number_format(value, force_grouping=True)


def documents_text(procedure):
    lines = []
    for number, document in enumerate(procedure.documents.all(), start=1):
        pieces = []
        if document.originals:
            pieces.append(
                ngettext("%(count)d original", "%(count)d originals", document.originals)
                % {"count": document.originals}
            )
        if document.copies:
            pieces.append(
                ngettext("%(count)d copy", "%(count)d copies", document.copies) % {"count": document.copies}
            )
        if document.certified:
            pieces.append(_("certified"))
        line = f"{number}. {document.name} ({', '.join(pieces)})"
        if document.condition:
            line += " - " + _("only when: %(condition)s") % {"condition": document.condition}
        lines.append(line)
    return "\n".join(lines) or _("No document to bring.")


def total_text(procedure):
    total = procedure.total_fee_bif
    return _("Total: %(amount)s BIF") % {"amount": _amount(total)} if total else _("Free of charge.")


def fees_text(procedure):
    lines = [f"{fee.label}: {_amount(fee.amount_bif)} BIF" for fee in procedure.fees.all() if fee.amount_bif]
    return "\n".join([*lines, total_text(procedure)])


def days_text(days):
    if not days:
        return _("Done the same day.")
    return ngettext("About %(count)d day in all.", "About %(count)d days in all.", days) % {"count": days}


def time_text(procedure):
    lines = [days_text(procedure.total_days)]
    for number, step in enumerate(procedure.steps.all(), start=1):
        duration = ngettext("%(count)d day", "%(count)d days", step.expected_days) % {
            "count": step.expected_days
        }
        lines.append(f"{number}. {step.title} ({duration})")
    return "\n".join(lines)


def section_text(procedure, section):
    # The rows of that section only, once (the total and the lines read the same rows).
    prefetch_related_objects(
        [procedure], {"documents": "documents", "fees": "fees", "time": "steps"}[section]
    )
    return {"documents": documents_text, "fees": fees_text, "time": time_text}[section](procedure)


def communes_of(province_id):
    return list(Commune.objects.filter(province=province_id).order_by("name"))


def _office_line(item):
    office = item.office
    line = f"{office.name}, {office.address} ({office.commune.name})"
    if item.periods:
        line += ": " + ", ".join(f"{h.opens:%H:%M}-{h.closes:%H:%M}" for h in item.periods)
    return line


def where_text(procedure, commune, now=None):
    """The procedure's offices serving `commune` with today's hours; when none does, says so and
    gives the nearest known (those of its province, else all), as the procedure page's frame does."""
    where = where_to_apply(procedure.offices.all(), commune, now)
    if where.competent:
        lines = [_("For %(commune)s, apply at:") % {"commune": commune.name}]
        return "\n".join(lines + [_office_line(item) for item in where.competent])
    if not where.nearest:
        return _("Ask %(institution)s.") % {"institution": procedure.institution.name}
    lines = [_("No office serves %(commune)s. Nearest:") % {"commune": commune.name}]
    return "\n".join(lines + [_office_line(item) for item in where.nearest])


def journeys():
    return list(Journey.objects.order_by("slug"))


def journey_text(slug):
    """The journey's steps, one a line: "2. Title (optional): A or B"."""
    journey = journey_or_none(slug)
    if journey is None:
        return _("This journey is no longer published.")
    lines = [journey.title]
    for step in steps_of(journey):
        word = " %s " % (_("or") if step.combination == "or" else _("and"))
        line = f"{step.number}. {step.title}"
        if step.optional:
            line += f" ({_('optional')})"
        if step.procedures:
            line += ": " + word.join(p.title for p in step.procedures)
        lines.append(line)
    return "\n".join(lines)


def search_ids(query):
    """The site's search: published procedures matching `query`, best first."""
    return search_procedures(query).procedure_ids
