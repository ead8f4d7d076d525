"""A proposal as a reviewer reads it: the snapshot diff, with opening hours by weekday ("Monday,
afternoon: closes 17:30 → 16:00", not "closing time #10") and every proposed file ready to open."""

import mimetypes

from django.db.models import FileField
from django.utils.translation import gettext as _

from review import snapshots


def _field(model, name):
    return next((f for f in model._meta.concrete_fields if f.attname == name), None)


def _row_models(model):
    spec = snapshots.spec_for(model)
    for name in spec.rows:
        yield name, getattr(model, name).rel.related_model


def changes(model, base, proposed):
    """snapshots.diff, with the rows of a weekly timetable (rows with a weekday) compared day by day."""
    found = snapshots.diff(model, base, proposed)
    for name, child in _row_models(model):
        if _field(child, "weekday") is None:
            continue
        section = str(child._meta.verbose_name_plural)
        old_rows = (base or {}).get("rows", {}).get(name, [])
        new_rows = (proposed or {}).get("rows", {}).get(name, [])
        found = [c for c in found if c["section"] != section] + weekly(child, section, old_rows, new_rows)
    return found


def _time(value):
    """ "17:30:00" -> "17:30"."""
    text = str(value or "")
    return text[:5] if len(text) >= 5 and text[5:] in ("", ":00") else text


def weekly(model, section, old_rows, new_rows):
    """Opening periods keyed by (weekday, period): what opens or closes at another time, what is added
    or removed, in weekday order."""
    weekday, period = _field(model, "weekday"), _field(model, "period")

    def key(row):
        return (row.get("weekday"), row.get("period") if period else None)

    def name(k):
        day = str(dict(weekday.flatchoices).get(k[0], k[0]))
        return f"{day}, {dict(period.flatchoices).get(k[1], k[1])}" if period else day

    def hours(row):
        return f"{_time(row.get('opens'))}–{_time(row.get('closes'))}"

    old = {key(r): r for r in old_rows}
    new = {key(r): r for r in new_rows}
    order = [k for k, _c in period.flatchoices] if period else []
    found = []
    for k in sorted(old.keys() | new.keys(), key=lambda k: (k[0], order.index(k[1]) if k[1] in order else 0)):
        entry = {"section": section, "language": None}
        if k not in new:
            found.append({**entry, "field": name(k), "old": hours(old[k]), "new": _("closed")})
        elif k not in old:
            found.append({**entry, "field": name(k), "old": _("closed"), "new": hours(new[k])})
        else:
            for attname in ("opens", "closes"):
                before, after = _time(old[k].get(attname)), _time(new[k].get(attname))
                if before != after:
                    label = str(_field(model, attname).verbose_name)
                    found.append({**entry, "field": f"{name(k)}: {label}", "old": before, "new": after})
    return found


def files(model, base, proposed):
    """Files the proposal brings (rows with a file that the public version does not have), each with
    its index among the proposed rows, so that a reviewer can open it before deciding."""
    found = []
    for name, child in _row_models(model):
        file_fields = [f for f in child._meta.concrete_fields if isinstance(f, FileField)]
        if not file_fields:
            continue
        public = {r.get("id") for r in (base or {}).get("rows", {}).get(name, [])}
        for index, row in enumerate((proposed or {}).get("rows", {}).get(name, [])):
            for f in file_fields:
                if row.get(f.attname) and (row.get("id") not in public or not base):
                    found.append(
                        {
                            "rows": name,
                            "index": index,
                            "field": f.attname,
                            "name": row[f.attname].rsplit("/", 1)[-1],
                            "language": row.get("language"),
                            "size": row.get("size_bytes"),
                        }
                    )
    return found


def open_file(model, proposed, rows, index, attname):
    """(file, content type, name) of a file named in a proposal; LookupError if there is none."""
    child = dict(_row_models(model)).get(rows)
    field = _field(child, attname) if child else None
    if not isinstance(field, FileField):
        raise LookupError(attname)
    try:
        stored = proposed["rows"][rows][index][attname]
    except (KeyError, IndexError, TypeError) as error:
        raise LookupError(index) from error
    if not stored or not field.storage.exists(stored):
        raise LookupError(stored)
    content_type = mimetypes.guess_type(stored)[0] or "application/octet-stream"
    return field.storage.open(stored, "rb"), content_type, stored.rsplit("/", 1)[-1]
