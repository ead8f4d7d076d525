from modeltranslation.translator import TranslationOptions, register

from archive.models import CareerType, DocumentType


@register(DocumentType)
class DocumentTypeTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("rn", "fr")


@register(CareerType)
class CareerTypeTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("rn", "fr")
