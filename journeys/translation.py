from modeltranslation.translator import TranslationOptions, register

from journeys.models import Journey, JourneyStep


@register(Journey)
class JourneyTranslation(TranslationOptions):
    fields = ("title", "summary")
    required_languages = ("rn", "fr")


@register(JourneyStep)
class JourneyStepTranslation(TranslationOptions):
    fields = ("title", "text")
    required_languages = ("rn", "fr")
