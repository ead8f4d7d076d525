"""The read-only open data API (/api/v1/). Thin views: what they read is in api/querysets.py, what they
answer in api/serializers.py, and every answer gets the headers of api/responses.py."""

from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.exceptions import MethodNotAllowed, ValidationError

from api import querysets, serializers
from api.filters import ByMinistryFilter, OfficeApiFilter, ProcedureApiFilter
from api.languages import LANGUAGES, UnknownLanguage, requested_language
from api.pagination import Pages
from api.responses import add_open_data_headers

LANG_PARAMETER = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    enum=list(LANGUAGES),
    description="Language of the texts; without it, the Accept-Language header decides (default rn).",
)
ALWAYS_ALLOWED = {"lang"}
BAD_PARAMETERS = OpenApiResponse(
    {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    description='What is wrong, by parameter: {"page": ["No page 9: pages run from 1 to 2."]}.',
)
PAST_THE_LAST_PAGE = OpenApiResponse(
    BAD_PARAMETERS.response,
    description='A page past the last: {"page": ["No page 9: pages run from 1 to 2."]}.',
)
NOT_FOUND = OpenApiResponse(
    {"type": "object", "properties": {"detail": {"type": "string"}}, "required": ["detail"]},
    description="No published record has this id.",
)


def documented(serializer, list_summary, detail_summary):
    """The list and detail actions of a view set, with the language parameter and their error answers."""
    return extend_schema_view(
        list=extend_schema(
            summary=list_summary,
            parameters=[LANG_PARAMETER],
            responses={200: serializer, 400: BAD_PARAMETERS, 404: PAST_THE_LAST_PAGE},
        ),
        retrieve=extend_schema(
            summary=detail_summary,
            parameters=[LANG_PARAMETER],
            responses={200: serializer, 400: BAD_PARAMETERS, 404: NOT_FOUND},
        ),
    )


class OpenDataViewSet(viewsets.ReadOnlyModelViewSet):
    """Answers in the requested language; refuses parameters it does not know (a typo is not ignored)."""

    lookup_field = "slug"
    lookup_url_kwarg = "id"
    lookup_value_regex = "[^/]+"
    pagination_class = Pages
    filterset_class = ByMinistryFilter

    def dispatch(self, request, *args, **kwargs):
        try:
            self.language, self.language_from_header = requested_language(request)
            self.language_error = None
        except UnknownLanguage as error:
            self.language, self.language_from_header, self.language_error = "en", False, str(error)
        with translation.override(self.language):
            response = super().dispatch(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()  # texts and error messages in the answer's language
        return add_open_data_headers(
            response, language=self.language, varies_by_header=self.language_from_header
        )

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # A method the API does not answer is a 405 whatever its parameters (TRACE /?x=1 was a 400).
        if request.method.lower() not in self.http_method_names or not hasattr(self, request.method.lower()):
            raise MethodNotAllowed(request.method)
        errors = {}
        if self.language_error is not None:
            errors["lang"] = [_("Choose one of: %(languages)s.") % {"languages": ", ".join(LANGUAGES)}]
        allowed = self.allowed_parameters()
        for name in sorted(request.query_params):
            if name not in allowed:
                errors[name] = [_("Unknown parameter.")]
            elif request.query_params[name] == "" and name not in errors:
                # `?updated_since=` is not a date: say so rather than answer as if it were left out.
                errors[name] = [_("Give a value, or leave the parameter out.")]
        if errors:
            raise ValidationError(errors)

    def allowed_parameters(self):
        if self.action != "list":
            return ALWAYS_ALLOWED
        filters = set(self.filterset_class.base_filters) if self.filterset_class else set()
        return ALWAYS_ALLOWED | filters | {"page", "page_size"}


@extend_schema_view(
    list=extend_schema(
        summary="Published procedures",
        parameters=[LANG_PARAMETER],
        responses={200: serializers.ProcedureSummarySerializer, 400: BAD_PARAMETERS, 404: PAST_THE_LAST_PAGE},
    ),
    retrieve=extend_schema(
        summary="One published procedure, in full",
        parameters=[LANG_PARAMETER],
        responses={200: serializers.ProcedureSerializer, 400: BAD_PARAMETERS, 404: NOT_FOUND},
    ),
)
class ProcedureViewSet(OpenDataViewSet):
    filterset_class = ProcedureApiFilter

    def get_queryset(self):
        if self.action == "list":
            return querysets.procedure_list()
        return querysets.procedure_details()

    def get_serializer_class(self):
        if self.action == "list":
            return serializers.ProcedureSummarySerializer
        return serializers.ProcedureSerializer


@documented(serializers.InstitutionSerializer, "Ministries and the bodies under them", "One institution")
class InstitutionViewSet(OpenDataViewSet):
    queryset = querysets.institutions()
    serializer_class = serializers.InstitutionSerializer


@documented(serializers.OfficeSerializer, "Offices where citizens apply", "One office, with its hours")
class OfficeViewSet(OpenDataViewSet):
    queryset = querysets.offices()
    serializer_class = serializers.OfficeSerializer
    filterset_class = OfficeApiFilter


@documented(serializers.FormSerializer, "Downloadable forms", "One form, with its current files")
class FormViewSet(OpenDataViewSet):
    lookup_field = "reference_code"
    queryset = querysets.forms()
    serializer_class = serializers.FormSerializer


@documented(serializers.ThemeSerializer, "Life events procedures are grouped under", "One life event")
class ThemeViewSet(OpenDataViewSet):
    queryset = querysets.themes()
    serializer_class = serializers.ThemeSerializer
    filterset_class = None
