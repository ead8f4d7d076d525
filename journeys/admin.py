from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from journeys.models import Journey, JourneyLink, JourneyStep
from review.admin import ReviewedAdminMixin


class StepInline(TranslationTabularInline):
    model = JourneyStep
    extra = 1
    fields = ["number", "title", "text", "optional", "combination"]


class LinksFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        steps = {
            form.cleaned_data.get("number")
            for form in getattr(self, "step_forms", [])
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        }
        for form in self.forms:
            number = form.cleaned_data.get("step_number") if form.cleaned_data else None
            if number is not None and steps and number not in steps and not form.cleaned_data.get("DELETE"):
                raise ValidationError(
                    _("Step %(number)s does not exist in this journey.") % {"number": number}
                )


class LinkInline(admin.TabularInline):
    model = JourneyLink
    formset = LinksFormSet
    extra = 1
    fields = ["step_number", "procedure"]
    autocomplete_fields = ["procedure"]


@admin.register(Journey)
class JourneyAdmin(ReviewedAdminMixin, TabbedTranslationAdmin):
    """Clerks of any ministry propose journeys; a reviewer's approval publishes them."""

    list_display = ["title", "slug", "is_sample"]
    search_fields = ["title_rn", "title_fr", "title_en", "slug"]
    fields = ["title", "slug", "summary", "is_sample"]
    inlines = [StepInline, LinkInline]

    def _create_formsets(self, request, obj, change):
        formsets, inline_instances = super()._create_formsets(request, obj, change)
        steps = next((f for f in formsets if f.model is JourneyStep), None)
        for formset in formsets:
            if isinstance(formset, LinksFormSet) and steps is not None:
                formset.step_forms = steps.forms
        return formsets, inline_instances
