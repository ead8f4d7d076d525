from csp.constants import SELF
from csp.decorators import csp_replace
from django.apps import apps
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from ministries import communes
from ministries.models import Institution, Office, OfficeNotice
from page_cache.fragments import VersionedFragments
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
        "notices": office.notices.current(timezone.localdate()),
    }
    return render(request, "ministries/office.html", context)


@public_page
def links(request):
    institutions = Institution.objects.exclude(website="").order_by("parent_id", "name")
    return render(request, "ministries/links.html", {"institutions": institutions})


def _next_address(request, value):
    """Where to go back after choosing: a page of this site only."""
    if value and url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()}):
        return value
    return reverse("ministries:my_commune")


# No CSRF token: the form is in frames shared by every visitor without a commune, and the most another
# site could do through it is set a visitor's commune, which the visitor sees and changes in one click.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def my_commune(request):
    """The citizen's commune, chosen once and kept in a cookie (no account, no JavaScript)."""
    chosen = communes.chosen_commune(request)
    next_address = _next_address(request, request.POST.get("next") or request.GET.get("next"))
    error = ""
    if request.method == "POST":
        if "forget" in request.POST:
            response = HttpResponseRedirect(next_address)
            response.delete_cookie(communes.COOKIE)
            return response
        commune = communes.commune_from_slug(request.POST.get("commune", "").strip())
        if commune is not None:
            response = HttpResponseRedirect(next_address)
            response.set_cookie(
                communes.COOKIE,
                commune.slug,
                max_age=communes.COOKIE_SECONDS,
                samesite="Lax",
                httponly=True,
                secure=request.is_secure(),
            )
            return response
        error = _("Choose your commune in the list.")
    context = {
        "chosen": chosen,
        "provinces": communes.provinces_with_communes(),
        "next": next_address,
        "error": error,
    }
    return render(request, "ministries/my_commune.html", context, status=400 if error else 200)


# The frames built lately, per procedure, commune, language and minute ("open now" moves by the minute):
# most readers of a procedure page come from a few communes, and the frame is asked with every view.
_frames = VersionedFragments(size=2048)


def _frame_body(slug, commune, minute):
    # Ministries sit below procedures and never import them: the procedure is read by name.
    procedure = (
        apps.get_model("procedures", "Procedure").objects.filter(slug=slug, status="published").first()
    )
    if procedure is None:
        return None
    offices = Office.objects.filter(procedures=procedure)
    context = {
        # Notices on any of the procedure's offices, dated: the frame is built again every minute.
        "notices": OfficeNotice.objects.filter(office__in=offices)
        .current(minute.date())
        .select_related("office"),
        "where": communes.where_to_apply(offices, commune, minute) if commune else None,
        "provinces": [] if commune else communes.provinces_with_communes(),
        "next": reverse("procedures:detail", kwargs={"slug": slug}),
    }
    return render_to_string("ministries/offices_for_commune.html", context)


@xframe_options_sameorigin
@csp_replace({"frame-ancestors": [SELF]})
@require_safe
def offices_for_commune(request, slug):
    """The small page shown in a frame on a procedure page: the offices serving the citizen's commune
    first, with today's hours and whether they are open now (or the choice of a commune). The procedure
    page stays the same for everyone (and in every cache); only this page depends on the cookie, and no
    shared cache stores it."""
    commune = communes.commune_from_slug(request.GET.get("commune", "")) or communes.chosen_commune(request)
    minute = timezone.localtime().replace(second=0, microsecond=0)
    key = (slug, commune.slug if commune else "", get_language(), minute)
    body = _frames.get(key, lambda: _frame_body(slug, commune, minute))
    if body is None:
        raise Http404("No such procedure.")
    response = HttpResponse(body)
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ("Cookie",))
    return response
