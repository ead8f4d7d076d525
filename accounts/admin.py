from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from accounts import services
from accounts.models import OneTimeCode

User = get_user_model()


@admin.action(description=_("Issue a two-step login set-up code"), permissions=["issue_codes"])
def issue_enrolment_codes(modeladmin, request, queryset):
    codes = [
        (
            user,
            services.issue_code(
                user=user, purpose=OneTimeCode.Purpose.TWO_FACTOR_ENROLMENT, issued_by=request.user
            ),
        )
        for user in queryset.filter(is_active=True, is_staff=True)
    ]
    context = {**modeladmin.admin_site.each_context(request), "title": _("Set-up codes"), "codes": codes}
    response = render(request, "accounts/issued_codes.html", context)
    response["Cache-Control"] = "no-store"
    return response


class StaffUserAdmin(UserAdmin):
    actions = [issue_enrolment_codes]

    def has_issue_codes_permission(self, request):
        """Only administrators hand out set-up codes (in person, never by e-mail)."""
        return request.user.is_superuser


admin.site.unregister(User)
admin.site.register(User, StaffUserAdmin)


@admin.register(OneTimeCode)
class OneTimeCodeAdmin(admin.ModelAdmin):
    """Which codes were issued, to whom and whether they were used. The codes themselves are never kept."""

    list_display = ["user", "purpose", "issued_by", "created_at", "expires_at", "used_at", "failed_attempts"]
    list_filter = ["purpose"]
    search_fields = ["user__username"]
    readonly_fields = list_display

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
