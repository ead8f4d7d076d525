"""The procedure form's errors in one list at the top, each saying which field, in which language and
in which row ("Step 2 · Title (French): This field is required."), and linking to it: a required
French title otherwise hides behind a language tab, saying only "this field is required"."""

import re

from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

LANGUAGE_SUFFIX = re.compile(r"_(rn|fr|en)$")


def _field_words(form, name):
    field = form.fields.get(name)
    label = str(field.label) if field is not None and field.label else name
    label = re.sub(r"\s*\[[a-z-]+\]$", "", label)  # modeltranslation's " [fr]": the language is said below
    language = LANGUAGE_SUFFIX.search(name)
    if language:
        label = _("%(field)s (%(language)s)") % {
            "field": label,
            "language": get_language_info(language.group(1))["name_translated"],
        }
    return label


def _form_errors(form, where):
    for name, errors in form.errors.items():
        if name == "__all__":
            yield {"where": where, "field": "", "message": " ".join(errors), "anchor": ""}
            continue
        yield {
            "where": where,
            "field": _field_words(form, name),
            "message": " ".join(errors),
            "anchor": form[name].auto_id if name in form.fields else "",
        }


def summary(form, formsets):
    """Every error of the main form and its inline rows, in the order of the page."""
    found = list(_form_errors(form, ""))
    for formset in formsets:
        name = str(formset.model._meta.verbose_name).capitalize()
        for error in formset.non_form_errors():
            found.append({"where": name, "field": "", "message": str(error), "anchor": ""})
        for index, row in enumerate(formset.forms):
            if row.errors:
                found.extend(_form_errors(row, f"{name} {index + 1}"))
    return found
