from django.http import Http404
from django.shortcuts import render

from journeys import services
from page_cache.headers import public_page


@public_page
def journey_list(request):
    return render(request, "journeys/list.html", {"journeys": services.journeys_with_steps()})


@public_page
def journey_detail(request, slug):
    journey = services.journey_or_none(slug)
    if journey is None:
        raise Http404("No such journey.")
    return render(request, "journeys/detail.html", {"journey": journey, "steps": services.steps_of(journey)})
