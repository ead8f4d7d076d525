"""`{% feedback_form procedure %}` and `{% feedback_form office %}`: the lower apps' pages ask for the
form through this tag, so that they never import this app."""

from django import template
from django.urls import reverse

from feedback.forms import ReportForm

register = template.Library()


@register.inclusion_tag("feedback/form.html")
def feedback_form(page):
    name = "feedback:procedure" if page._meta.model_name == "procedure" else "feedback:office"
    return {"action": reverse(name, args=[page.slug]), "form": ReportForm()}
