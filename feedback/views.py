"""The report form of a procedure or office page. No CSRF token: the pages that carry the form are the
same for everyone and kept in the page cache, and the form changes nothing anyone else relies on; the
honeypot, the signed time token and the per-address limit (feedback/guards.py) keep robots out."""

from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from feedback.figures import ministry_figures, useful_shares
from feedback.forms import ReportForm
from feedback.guards import over_the_limit
from feedback.models import Report
from feedback.services import report_create
from ministries.models import Office
from page_cache.headers import public_page
from procedures.models import Procedure


def _page(kind, slug):
    if kind == "procedures":
        return get_object_or_404(Procedure.objects.published().with_listing(), slug=slug)
    return get_object_or_404(Office.objects.select_related("institution__parent"), slug=slug)


@csrf_exempt
@never_cache
def report(request, kind, slug):
    page = _page(kind, slug)
    if request.method != "POST":
        form = ReportForm(initial={"kind": Report.Kind.PROBLEM})
        return render(request, "feedback/report.html", {"page": page, "form": form})
    if over_the_limit(request):
        return render(request, "feedback/too_many.html", {"page": page}, status=429)
    form = ReportForm(request.POST)
    if not form.is_valid():
        return render(request, "feedback/report.html", {"page": page, "form": form}, status=400)
    data = form.cleaned_data
    report = report_create(
        page=page,
        kind=data["kind"],
        topic=data["topic"],
        text=data["text"],
        contact=data["contact"],
        language=get_language(),
    )
    return render(request, "feedback/thanks.html", {"page": page, "kind": data["kind"], "report": report})


@public_page
def figures(request):
    return render(
        request,
        "feedback/figures.html",
        {"ministries": ministry_figures(), "procedures": useful_shares()},
    )
