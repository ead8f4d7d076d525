from django.utils import translation
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView


class DocumentationView(SpectacularSwaggerSplitView):
    """Swagger UI served from this site (drf-spectacular-sidecar): readers may have no access to a CDN.
    The split view loads its start-up script from a URL, as the site's CSP forbids inline scripts."""

    template_name = "api/swagger_ui.html"
    title = "Isôko open data API"


class SchemaView(SpectacularAPIView):
    """The OpenAPI 3 description, in English unless `?lang=` asks for another language: the same
    address gives the same document whatever the reader's browser says."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        with translation.override("en"):
            return super().get(request, *args, **kwargs)
