from django.shortcuts import get_object_or_404, render

from ministries.models import Institution, Office
from procedures.models import Procedure


def ministry_detail(request, slug):
    ministry = get_object_or_404(Institution.objects.ministries(), slug=slug)
    context = {
        "ministry": ministry,
        "agencies": ministry.agencies.all(),
        "procedures": Procedure.objects.published().for_ministry(ministry).with_listing(),
        "offices": Office.objects.for_ministry(ministry).select_related("commune"),
    }
    return render(request, "ministries/ministry.html", context)


def office_detail(request, slug):
    office = get_object_or_404(
        Office.objects.select_related("institution", "commune__province").prefetch_related(
            "hours", "serves_provinces", "serves_communes"
        ),
        slug=slug,
    )
    procedures = Procedure.objects.published().filter(offices=office).with_listing()
    return render(request, "ministries/office.html", {"office": office, "procedures": procedures})
