"""Every row of a procedure (step, document, fee, reason, legal basis, other name) gets a `key`: its
identity whatever its place, shared by a working copy's row and the published row it was copied from.

Existing working copies were copied in order, so their rows are paired with the published rows by
place, once, here (best effort: a row the clerk inserted, deleted or moved since is paired with
whatever now stands at its place, as it was before this migration). From now on the key is copied
with the row and rows are never matched by place again.
"""

import uuid

from django.db import migrations, models

PARTS = {
    "step": "step",
    "requireddocument": "document",
    "fee": "fee",
    "rejectionreason": "rejection",
    "legalbasis": "legal_basis",
    "searchterm": "search_term",
}


def give_keys(apps, schema_editor):
    Procedure = apps.get_model("procedures", "Procedure")
    copies = dict(Procedure.objects.filter(draft_of__isnull=False).values_list("pk", "draft_of_id"))
    for model_name in PARTS:
        model = apps.get_model("procedures", model_name)
        by_procedure = {}
        for row in model.objects.order_by("procedure_id", "position", "pk").only("pk", "procedure_id"):
            by_procedure.setdefault(row.procedure_id, []).append(row)
        keys = {}  # row pk -> key
        for copy_pk, original_pk in copies.items():
            for original, copied in zip(by_procedure.get(original_pk, []), by_procedure.get(copy_pk, [])):
                keys[original.pk] = keys[copied.pk] = uuid.uuid4()
        for rows in by_procedure.values():
            for row in rows:
                row.key = keys.get(row.pk) or uuid.uuid4()
        model.objects.bulk_update(
            [row for rows in by_procedure.values() for row in rows], ["key"], batch_size=500
        )


def _key_field(null):
    if null:
        return models.UUIDField(null=True, editable=False, verbose_name="row identity")
    return models.UUIDField(default=uuid.uuid4, editable=False, verbose_name="row identity")


class Migration(migrations.Migration):
    dependencies = [("procedures", "0007_merge_step_fields_and_translation_state")]

    operations = [
        *(migrations.AddField(name, "key", _key_field(null=True)) for name in PARTS),
        migrations.RunPython(give_keys, migrations.RunPython.noop),
        *(migrations.AlterField(name, "key", _key_field(null=False)) for name in PARTS),
        *(
            migrations.AddConstraint(
                name,
                models.UniqueConstraint(
                    fields=["procedure", "key"], name=f"{prefix}_key_unique_per_procedure"
                ),
            )
            for name, prefix in PARTS.items()
        ),
    ]
