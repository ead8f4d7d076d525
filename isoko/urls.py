from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
urlpatterns += i18n_patterns(
    path("", include("procedures.urls")),
    path("", include("ministries.urls")),
    path("forms/", include("forms_library.urls")),
    prefix_default_language=True,
)

admin.site.site_header = "Isôko"
admin.site.site_title = "Isôko"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    urlpatterns.append(path("favicon.ico", RedirectView.as_view(url=settings.STATIC_URL + "img/favicon.svg")))
