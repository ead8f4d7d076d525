from django.urls import include, path
from rest_framework.routers import DefaultRouter

from api import views
from api.docs import DocumentationView, SchemaView

app_name = "api"

router = DefaultRouter()
router.include_format_suffixes = False
router.register("procedures", views.ProcedureViewSet, basename="procedure")
router.register("institutions", views.InstitutionViewSet, basename="institution")
router.register("offices", views.OfficeViewSet, basename="office")
router.register("forms", views.FormViewSet, basename="form")
router.register("themes", views.ThemeViewSet, basename="theme")

urlpatterns = [
    path("schema/", SchemaView.as_view(), name="schema"),
    path("docs/", DocumentationView.as_view(url_name="api:schema"), name="docs"),
    path("", include(router.urls)),
]
