from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.http import HttpResponse
from django.urls import include, path, reverse
from django.views.decorators.cache import cache_control
from django.views.generic import TemplateView

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
}


@cache_control(public=True, max_age=86400)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


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
    path("admin/", admin.site.urls),
    path(
        "sitemap.xml",
        cache_control(public=True, max_age=3600)(sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap",
    ),
    path("robots.txt", robots_txt),
    path("healthz", healthz, name="healthz"),
]
urlpatterns += i18n_patterns(
    path("", include("procedures.urls")),
    path("", include("ministries.urls")),
    path("forms/", include("forms_library.urls")),
    path("", include("accounts.urls")),
    path("archive/", include("archive.urls")),
    path("", include(about_pages)),
    prefix_default_language=True,
)

admin.site.site_header = "Isôko"
admin.site.site_title = "Isôko"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
