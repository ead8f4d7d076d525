"""Translation gaps of the published catalogue, per ministry and language.

One small function on purpose: a full translation-status model is being built elsewhere and will
replace it; the dashboard only needs `gaps_per_ministry()`'s answer."""

from django.conf import settings
from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from modeltranslation.translator import translator

from procedures.models import Procedure

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _empty(field, code):
    return Q(**{f"{field}_{code}": ""}) | Q(**{f"{field}_{code}__isnull": True})


def _count(condition):
    return Count("pk", filter=condition)


def gaps_per_ministry():
    """{ministry id: {"procedures": n, "texts": t, "missing": {"rn": m, ...}}} for published procedures.

    `texts` counts the translated fields written in at least one language (an optional field left
    empty everywhere is no gap); `missing[code]` those among them still empty in that language: the
    fields empty in it less those empty in every language. One query, whatever the catalogue's size."""
    fields = translator.get_options_for_model(Procedure).fields
    annotations = {"procedures": Count("pk")}
    for field in fields:
        annotations[f"nowhere__{field}"] = _count(Q(*[_empty(field, code) for code in LANGUAGES]))
        for code in LANGUAGES:
            annotations[f"empty__{code}__{field}"] = _count(_empty(field, code))
    rows = (
        Procedure.objects.published()
        .annotate(ministry_id=Coalesce("institution__parent_id", "institution_id"))
        .values("ministry_id")
        .annotate(**annotations)
        .order_by()
    )
    result = {}
    for row in rows:
        nowhere = {field: row[f"nowhere__{field}"] for field in fields}
        result[row["ministry_id"]] = {
            "procedures": row["procedures"],
            "texts": sum(row["procedures"] - nowhere[field] for field in fields),
            "missing": {
                code: sum(row[f"empty__{code}__{field}"] - nowhere[field] for field in fields)
                for code in LANGUAGES
            },
        }
    return result
