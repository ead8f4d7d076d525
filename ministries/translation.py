from modeltranslation.translator import TranslationOptions, register

from ministries.models import Institution, Office, OfficeNotice


@register(Institution)
class InstitutionTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("rn", "fr")


@register(Office)
class OfficeTranslation(TranslationOptions):
    fields = ("name", "address")
    required_languages = ("rn", "fr")


@register(OfficeNotice)
class OfficeNoticeTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ("rn", "fr")
