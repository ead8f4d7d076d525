from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static as static_url
from django.urls import include, path, reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from api.urls import bulk_patterns, embed_patterns
from feature_phones.views import simulator as feature_phone_simulator
from journeys.sitemaps import JourneySitemap
from languages.addresses import absolute_url
from languages.sitemaps import MultilingualSitemap
from ministries.sitemaps import MinistrySitemap, OfficeSitemap
from operations.health import healthz
from page_cache.headers import public_page
from procedures.sitemaps import ProcedureSitemap, ThemeSitemap


class StaticPagesSitemap(MultilingualSitemap):
    priority = 0.7

    def items(self):
        return [
            "procedures:home",
            "forms_library:list",
            "ministries:links",
            "pages:about",
            "pages:how-to",
            "pages:contact",
        ]

    def location(self, name):
        return reverse(name)


SITEMAPS: dict[str, Sitemap] = {
    "pages": StaticPagesSitemap,
    "procedures": ProcedureSitemap,
    "themes": ThemeSitemap,
    "ministries": MinistrySitemap,
    "offices": OfficeSitemap,
    "journeys": JourneySitemap,
}


@require_safe
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {absolute_url(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(public=True, max_age=86400)
def favicon(request):
    """Browsers and crawlers ask for /favicon.ico: a 404 there is an error in the console. It leads to
    the icon every page links to, whose address (a hash of its content) is cached for a year; the
    redirect itself only for a day, so a new icon is found the day it is released."""
    return HttpResponsePermanentRedirect(static_url("img/favicon.svg"))


def page(template):
    return public_page(
        TemplateView.as_view(template_name=template, extra_context={"contact_email": settings.CONTACT_EMAIL})
    )


about_pages = (
    [
        path("about/", page("pages/about.html"), name="about"),
        path("how-to/", page("pages/how_to.html"), name="how-to"),
        path("contact/", page("pages/contact.html"), name="contact"),
    ],
    "pages",
)

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path(
        "admin/feature-phone-simulator/",
        admin.site.admin_view(feature_phone_simulator),
        name="feature_phone_simulator",
    ),
    path("admin/translation-desk/", include("translation_desk.urls")),
    path("admin/", admin.site.urls),
    # Called by the USSD/SMS gateway, not by browsers: no language prefix.
    path("feature-phones/", include("feature_phones.urls")),
    path(
        "sitemap.xml",
        require_safe(cache_control(public=True, max_age=3600)(sitemap)),
        {"sitemaps": SITEMAPS},
        name="sitemap",
    ),
    path("robots.txt", robots_txt),
    path("favicon.ico", favicon),
    path("healthz", healthz, name="healthz"),
    # The open data API is one address per resource for every language (?lang=, Accept-Language).
    path("api/v1/", include("api.urls")),
    path("open-data/", include(bulk_patterns)),
]
urlpatterns += i18n_patterns(
    path("", include("procedures.urls")),
    path("", include("ministries.urls")),
    path("", include("journeys.urls")),
    path("forms/", include("forms_library.urls")),
    path("", include("accounts.urls")),
    path("archive/", include("archive.urls")),
    path("archive/scanning/", include("scanning.urls")),
    path("", include(about_pages)),
    path("embed/", include(embed_patterns)),
    path("", include("feedback.urls")),
    prefix_default_language=True,
)

admin.site.site_header = "Isôko"
admin.site.site_title = "Isôko"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
