"""Events are chained after their transaction commits (audit.models.seal), in committed order: `seq` is
an event's place in the chain. Events chained before this were chained in id order, under the lock."""

from django.db import migrations, models
from django.db.models import Max


def number_existing_events(apps, schema_editor):
    Event = apps.get_model("audit", "AuditEvent")
    Head = apps.get_model("audit", "ChainHead")
    Event.objects.exclude(hash="").update(seq=models.F("pk"))
    last = Event.objects.aggregate(last=Max("seq"))["last"] or 0
    Head.objects.filter(pk=1).update(last_seq=last)


class Migration(migrations.Migration):
    dependencies = [("audit", "0004_hash_chain")]

    operations = [
        migrations.AddField(
            model_name="auditevent",
            name="seq",
            field=models.BigIntegerField(
                blank=True, editable=False, null=True, unique=True, verbose_name="place in the chain"
            ),
        ),
        migrations.AddField(model_name="chainhead", name="last_seq", field=models.BigIntegerField(default=0)),
        migrations.RunPython(number_existing_events, migrations.RunPython.noop),
    ]
