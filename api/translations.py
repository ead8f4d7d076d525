"""Per language, which texts of a procedure are written in it and which are shown from another language."""

from modeltranslation.translator import NotRegistered, translator

from api.languages import LANGUAGES
from languages.templatetags.translated import shown_language

# A procedure "is available" in a language when its title and summary are written in it.
AVAILABLE_WHEN = ("title", "summary")
PARTS = ("steps", "documents", "fees", "rejection_reasons", "legal_bases")


def _translated_fields(obj):
    try:
        return translator.get_options_for_model(type(obj)).fields
    except NotRegistered:
        return ()


def _texts(procedure):
    """(path, object, field) for every translated text of the procedure that has a value in some language."""
    objects = [("", procedure)]
    for relation in PARTS:
        objects += [
            (f"{relation}[{index}].", part) for index, part in enumerate(getattr(procedure, relation).all())
        ]
    for prefix, obj in objects:
        for field in _translated_fields(obj):
            if any(getattr(obj, f"{field}_{code}", None) for code in LANGUAGES):
                yield f"{prefix}{field}", obj, field


def available_translations(procedure):
    return [
        code for code in LANGUAGES if all(getattr(procedure, f"{f}_{code}", None) for f in AVAILABLE_WHEN)
    ]


def translation_status(procedure):
    """{language: {"complete": bool, "fallbacks": {path: language the text is shown in}}}."""
    texts = list(_texts(procedure))
    status = {}
    for code in LANGUAGES:
        fallbacks = {
            path: shown_language(obj, field, code)
            for path, obj, field in texts
            if not getattr(obj, f"{field}_{code}", None)
        }
        status[code] = {"complete": not fallbacks, "fallbacks": fallbacks}
    return status
