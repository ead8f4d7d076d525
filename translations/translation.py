from modeltranslation.translator import TranslationOptions, register

from translations.models import GlossaryTerm


@register(GlossaryTerm)
class GlossaryTermTranslation(TranslationOptions):
    fields = ("term", "definition")
    required_languages = {"fr": ("term",)}
