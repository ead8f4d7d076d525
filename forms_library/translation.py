from modeltranslation.translator import TranslationOptions, register

from forms_library.models import Form


@register(Form)
class FormTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"rn": ("title",), "fr": ("title",)}
