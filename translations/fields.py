from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from translations import state


class TranslationStateField(models.JSONField):
    """Where each translated field of the row stands per language (translations/state.py).

    Kept up to date on every save, as `auto_now` keeps a date: a new or changed text becomes a draft,
    translated from the language it was before. Part of the row's content, so it is copied with
    working copies, revisions and proposals, and never compared in reviewers' diffs on its own."""

    shown_in_diffs = False

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("verbose_name", _("translation status"))
        kwargs.setdefault("default", dict)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("editable", False)
        kwargs.setdefault("encoder", DjangoJSONEncoder)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        for key in ("verbose_name", "default", "blank", "editable", "encoder"):
            kwargs.pop(key, None)
        return name, "translations.fields.TranslationStateField", args, kwargs

    def pre_save(self, model_instance, add):
        value = state.refresh(model_instance)
        setattr(model_instance, self.attname, value)
        return value
