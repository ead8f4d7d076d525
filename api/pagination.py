from django.core.paginator import EmptyPage, InvalidPage
from django.utils.translation import gettext as _
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination


class Pages(PageNumberPagination):
    """`?page=` and `?page_size=` (at most 200). A page number that is not one is a 400 naming it; a page
    past the last is a 404 saying where the pages end."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def get_page_size(self, request):
        value = request.query_params.get(self.page_size_query_param)
        if value is None:
            return self.page_size
        if not value.isdigit() or not 1 <= int(value) <= self.max_page_size:
            raise ValidationError(
                {"page_size": [_("A whole number from 1 to %(max)d.") % {"max": self.max_page_size}]}
            )
        return int(value)

    def paginate_queryset(self, queryset, request, view=None):
        page_size = self.get_page_size(request)
        paginator = self.django_paginator_class(queryset, page_size)
        number = request.query_params.get(self.page_query_param, "1")
        try:
            self.page = paginator.page(number)
        except InvalidPage as error:
            message = _("No page %(number)s: pages run from 1 to %(last)d.") % {
                "number": number,
                "last": paginator.num_pages,
            }
            past_the_end = isinstance(error, EmptyPage) and number.isdigit() and int(number) > 0
            raise (NotFound if past_the_end else ValidationError)({"page": [message]}) from None
        self.request = request
        return list(self.page)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_query_param:
                parameter["schema"]["minimum"] = 1
            elif parameter["name"] == self.page_size_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_page_size)
        return parameters
