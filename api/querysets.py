"""What the API reads, each in a fixed number of queries however many rows: only published content."""

from django.db.models import IntegerField, OuterRef, Prefetch, Subquery, Sum
from django.db.models.functions import Coalesce

from forms_library.models import Form, FormFile
from ministries.models import Institution, Office
from procedures.models import Fee, Procedure, RequiredDocument, Theme

CURRENT_FILES = Prefetch("files", queryset=FormFile.objects.filter(is_current=True).order_by("language"))


def offices():
    return Office.objects.select_related("institution", "commune__province").prefetch_related(
        "hours", "serves_provinces", "serves_communes"
    )


def institutions():
    return Institution.objects.select_related("parent").order_by("pk")


def themes():
    return Theme.objects.all()


def forms():
    return Form.objects.select_related("institution").prefetch_related(CURRENT_FILES)


def procedure_list():
    """Published procedures, with the institution, its ministry and the total fee."""
    total = (
        Fee.objects.filter(procedure=OuterRef("pk"))
        .order_by()
        .values("procedure")
        .annotate(total=Sum("amount_bif"))
        .values("total")
    )
    return (
        Procedure.objects.published()
        .with_listing()
        .annotate(api_total_fee=Coalesce(Subquery(total, output_field=IntegerField()), 0))
    )


def procedure_details():
    """Published procedures with every part the API shows."""
    documents = RequiredDocument.objects.select_related("form__institution").prefetch_related(
        Prefetch("form__files", queryset=FormFile.objects.filter(is_current=True).order_by("language"))
    )
    return (
        Procedure.objects.published()
        .with_listing()
        .prefetch_related(
            "themes",
            "steps",
            "fees",
            "rejection_reasons",
            "legal_bases",
            "change_notes",
            Prefetch("documents", queryset=documents),
            Prefetch("offices", queryset=offices()),
        )
    )
