"""Keep a ministry clerk inside their own ministry everywhere in the admin.

Lists, object URLs and foreign-key choices are all narrowed to the clerk's ministry. Superusers and
reviewers see everything; a staff account with no profile sees nothing.
"""

from django.http import Http404
from django.utils.translation import gettext as _

from ministries.models import Institution
from ministries.roles import scope_queryset, sees_everything, staff_ministry


class MinistryScopedMixin:
    """For ModelAdmin and inlines: narrow querysets and relation choices to the user's ministry."""

    def get_queryset(self, request):
        return scope_queryset(super().get_queryset(request), request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if field is not None and hasattr(field, "queryset"):
            field.queryset = self._scoped_choices(db_field, field.queryset, request.user)
        return field

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if field is not None and hasattr(field, "queryset"):
            field.queryset = self._scoped_choices(db_field, field.queryset, request.user)
        return field

    def _scoped_choices(self, db_field, queryset, user):
        if sees_everything(user) or not hasattr(queryset, "for_ministry"):
            return queryset
        ministry = staff_ministry(user)
        if ministry is None:
            return queryset.none()
        if db_field.related_model is Institution and db_field.name == "parent":
            return queryset.filter(pk=ministry.pk)
        return queryset.for_ministry(ministry)


class MinistryScopedAdmin(MinistryScopedMixin):
    """For ModelAdmin: another ministry's object is a 404, never an editable page."""

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404(_("There is no such object, or it belongs to another ministry."))
        return obj

    def has_module_permission(self, request):
        return super().has_module_permission(request) and self._has_scope(request)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._has_scope(request)

    def has_add_permission(self, request):
        return super().has_add_permission(request) and self._has_scope(request)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._has_scope(request)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._has_scope(request)

    @staticmethod
    def _has_scope(request):
        return sees_everything(request.user) or staff_ministry(request.user) is not None
