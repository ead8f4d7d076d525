from django.template import Context, Template
from django.utils import translation

from procedures.models import Procedure


def test_each_language_reads_its_own_text(passport):
    for code, expected in {"rn": "passport rn", "fr": "passport fr", "en": "passport en"}.items():
        with translation.override(code):
            assert Procedure.objects.get(pk=passport.pk).title == expected


def test_missing_english_falls_back_to_french_then_kirundi(passport):
    Procedure.objects.filter(pk=passport.pk).update(title_en="")
    with translation.override("en"):
        assert Procedure.objects.get(pk=passport.pk).title == "passport fr"
    Procedure.objects.filter(pk=passport.pk).update(title_fr="")
    with translation.override("en"):
        assert Procedure.objects.get(pk=passport.pk).title == "passport rn"


def test_missing_kirundi_falls_back_to_french(passport):
    Procedure.objects.filter(pk=passport.pk).update(summary_rn="")
    with translation.override("rn"):
        assert Procedure.objects.get(pk=passport.pk).summary == "Résumé"


def test_fallback_text_carries_its_own_lang_attribute(passport):
    Procedure.objects.filter(pk=passport.pk).update(title_rn="")
    procedure = Procedure.objects.get(pk=passport.pk)
    template = Template('{% load translated %}<h1{% lang_attr p "title" %}>{{ p.title }}</h1>')
    with translation.override("rn"):
        assert template.render(Context({"p": procedure})) == '<h1 lang="fr">passport fr</h1>'
    with translation.override("fr"):
        assert template.render(Context({"p": procedure})) == "<h1>passport fr</h1>"
