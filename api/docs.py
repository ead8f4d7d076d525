from django.db import DatabaseError
from django.utils import translation
from django_filters import ModelChoiceFilter
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


def list_record_ids(result, generator, request, public):
    """Filters that name a record by its id (`?ministry=justice`) list the ids there are: an id that
    names nothing is answered with a 400 naming the parameter (a typo is not ignored), so the schema
    says which ids are valid rather than "any string". A drf-spectacular post-processing hook; the
    list follows the catalogue (the schema is built per request)."""
    from api.filters import OfficeApiFilter, ProcedureApiFilter

    if request is None:  # built outside a request (`manage.py check`, `spectacular`): no catalogue to list
        return result
    ids = {}
    try:
        for filterset in (ProcedureApiFilter, OfficeApiFilter):
            for name, choice in filterset.base_filters.items():
                if isinstance(choice, ModelChoiceFilter):
                    field = choice.extra.get("to_field_name", "pk")
                    ids[name] = sorted(str(v) for v in choice.queryset.values_list(field, flat=True))
    except DatabaseError:
        # No catalogue to read (`manage.py check --deploy` before migrating): the ids stay "any string".
        return result
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "query" and parameter["name"] in ids:
                    parameter["schema"] = {"type": "string", "enum": ids[parameter["name"]]}
    return result
