from django.urls import include, path
from rest_framework.routers import DefaultRouter

from api import bulk_views, views
from api.docs import DocumentationView, SchemaView
from api.embed import embedded_procedure

app_name = "api"

router = DefaultRouter()
router.include_format_suffixes = False
router.register("procedures", views.ProcedureViewSet, basename="procedure")
router.register("institutions", views.InstitutionViewSet, basename="institution")
router.register("offices", views.OfficeViewSet, basename="office")
router.register("forms", views.FormViewSet, basename="form")
router.register("themes", views.ThemeViewSet, basename="theme")

# Mounted at /open-data/ by isoko/urls.py.
bulk_patterns = (
    [
        path("", bulk_views.open_data_file, name="index"),
        path("<str:name>", bulk_views.open_data_file, name="file"),
    ],
    "open_data",
)

# Mounted in every language (/<lang>/embed/...) by isoko/urls.py.
embed_patterns = (
    [path("procedures/<slug:slug>/", embedded_procedure, name="procedure")],
    "embed",
)

urlpatterns = [
    path("schema/", SchemaView.as_view(), name="schema"),
    path("docs/", DocumentationView.as_view(url_name="api:schema"), name="docs"),
    path("", include(router.urls)),
]
