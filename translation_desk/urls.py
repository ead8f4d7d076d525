from django.contrib import admin
from django.urls import path

from translation_desk import views

app_name = "translation_desk"

urlpatterns = [
    path("", admin.site.admin_view(views.overview), name="overview"),
    path("<slug:slug>/<str:language>/", admin.site.admin_view(views.ministry_page), name="ministry"),
    path(
        "<slug:slug>/<str:language>/export.<str:file_format>",
        admin.site.admin_view(views.export),
        name="export",
    ),
    path("<slug:slug>/<str:language>/import/", admin.site.admin_view(views.import_file), name="import"),
]
