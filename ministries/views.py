from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from ministries.models import Institution, Office
from page_cache.headers import public_page


@public_page
def ministry_detail(request, slug):
    ministry = get_object_or_404(Institution.objects.ministries(), slug=slug)
    context = {
        "ministry": ministry,
        "agencies": ministry.agencies.all(),
        "offices": Office.objects.for_ministry(ministry).select_related("commune"),
    }
    return render(request, "ministries/ministry.html", context)


@public_page
def office_detail(request, slug):
    office = get_object_or_404(
        Office.objects.select_related("institution", "commune__province").prefetch_related(
            "hours", "serves_provinces", "serves_communes"
        ),
        slug=slug,
    )
    context = {
        "office": office,
        "areas": [*office.serves_provinces.all(), *office.serves_communes.all()],
        "weekday": timezone.localdate().weekday(),
    }
    return render(request, "ministries/office.html", context)


@public_page
def links(request):
    institutions = Institution.objects.exclude(website="").order_by("parent_id", "name")
    return render(request, "ministries/links.html", {"institutions": institutions})
