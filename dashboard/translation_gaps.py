"""Translation gaps of the published catalogue, per ministry and language.

One small function on purpose: a full translation-status model is being built elsewhere and will
replace it; the dashboard only needs `gaps_per_ministry()`'s answer."""

from django.conf import settings
from django.db.models import Case, Count, IntegerField, Q, Sum, When
from django.db.models.functions import Coalesce
from modeltranslation.translator import translator

from procedures.models import Procedure

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _empty(field, code):
    return Q(**{f"{field}_{code}": ""}) | Q(**{f"{field}_{code}__isnull": True})


def _count(condition):
    return Coalesce(Sum(Case(When(condition, then=1), default=0, output_field=IntegerField())), 0)


def gaps_per_ministry():
    """{ministry id: {"procedures": n, "texts": t, "missing": {"rn": m, ...}}} for published procedures.

    `texts` counts the translated fields written in at least one language (an optional field left
    empty everywhere is no gap); `missing[code]` those among them still empty in that language. One
    query, whatever the catalogue's size."""
    fields = translator.get_options_for_model(Procedure).fields
    annotations = {"procedures": Count("pk")}
    for field in fields:
        in_any = ~Q(*[_empty(field, code) for code in LANGUAGES], _connector=Q.AND)
        annotations[f"texts__{field}"] = _count(in_any)
        for code in LANGUAGES:
            annotations[f"missing__{code}__{field}"] = _count(in_any & _empty(field, code))
    rows = (
        Procedure.objects.published()
        .annotate(ministry_id=Coalesce("institution__parent_id", "institution_id"))
        .values("ministry_id")
        .annotate(**annotations)
        .order_by()
    )
    result = {}
    for row in rows:
        result[row["ministry_id"]] = {
            "procedures": row["procedures"],
            "texts": sum(row[f"texts__{field}"] for field in fields),
            "missing": {code: sum(row[f"missing__{code}__{f}"] for f in fields) for code in LANGUAGES},
        }
    return result
