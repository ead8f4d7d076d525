from django.core.paginator import InvalidPage
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


class Pages(PageNumberPagination):
    """`?page=` and `?page_size=` (at most 200); a page that does not exist is a 400 naming it."""

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
        except InvalidPage:
            raise ValidationError(
                {
                    "page": [
                        _("No page %(number)s: pages run from 1 to %(last)d.")
                        % {"number": number, "last": paginator.num_pages}
                    ]
                }
            ) from None
        self.request = request
        return list(self.page)
