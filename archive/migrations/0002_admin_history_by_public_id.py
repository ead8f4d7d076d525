"""The admin's own history rows (LogEntry) of archive records are kept under the record's public_id, as the
admin's URLs now are (archive/admin.py): rows written before point at the integer id and would no longer
show on the record's history page, and "Recent actions" would link by the sequential id. Data only."""

import uuid

from django.db import migrations

MODELS = ("servant", "document", "ingestbatch")


def _is_uuid(text):
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _rewrite(apps, to_public):
    content_type = apps.get_model("contenttypes", "ContentType")
    log_entry = apps.get_model("admin", "LogEntry")
    for model_name in MODELS:
        kind = content_type.objects.filter(app_label="archive", model=model_name).first()
        if kind is None:
            continue
        model = apps.get_model("archive", model_name)
        entries = list(log_entry.objects.filter(content_type=kind).only("pk", "object_id"))
        old = {entry.object_id for entry in entries}
        if to_public:
            pairs = model.objects.filter(pk__in=[i for i in old if i.isdigit()]).values_list("pk", "public_id")
        else:
            pairs = model.objects.filter(public_id__in=[i for i in old if _is_uuid(i)]).values_list(
                "public_id", "pk"
            )
        new = {str(key): str(value) for key, value in pairs}
        for entry in entries:
            if entry.object_id in new:
                log_entry.objects.filter(pk=entry.pk).update(object_id=new[entry.object_id])


def to_public_id(apps, schema_editor):
    _rewrite(apps, to_public=True)


def to_pk(apps, schema_editor):
    _rewrite(apps, to_public=False)


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0001_initial"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(to_public_id, to_pk)]
