from modeltranslation.translator import TranslationOptions, register

from procedures.models import (
    ChangeNote,
    Fee,
    LegalBasis,
    Procedure,
    RejectionReason,
    RequiredDocument,
    Step,
    Theme,
)

# Kirundi and French are required: Kirundi is the citizens' first language and French the one every
# clerk writes. English may follow; until then English readers get the French (settings: fallbacks).
REQUIRED = ("rn", "fr")


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = REQUIRED


@register(Procedure)
class ProcedureTranslation(TranslationOptions):
    fields = ("title", "summary", "eligibility", "validity", "renewal", "if_lost", "recourse")
    required_languages = {"rn": ("title", "summary"), "fr": ("title", "summary", "eligibility")}


@register(Step)
class StepTranslation(TranslationOptions):
    fields = ("title", "description", "location", "handled_by")
    required_languages = {"rn": ("title",), "fr": ("title",)}


@register(RequiredDocument)
class RequiredDocumentTranslation(TranslationOptions):
    fields = ("name", "condition")
    required_languages = {"rn": ("name",), "fr": ("name",)}


@register(Fee)
class FeeTranslation(TranslationOptions):
    fields = ("label", "payment_method")
    required_languages = {"rn": ("label",), "fr": ("label",)}


@register(RejectionReason)
class RejectionReasonTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = REQUIRED


@register(LegalBasis)
class LegalBasisTranslation(TranslationOptions):
    fields = ("title",)
    required_languages = REQUIRED


@register(ChangeNote)
class ChangeNoteTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ("fr",)
