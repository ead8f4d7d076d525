"""Keep the search index in step with procedures: a side concern, so it listens rather than being called."""

from django.db.backends.signals import connection_created
from django.db.models.signals import post_delete, post_save

from procedures.models import Procedure, RequiredDocument, SearchTerm, Step
from procedures.search import configure_postgres_connection, schedule_reindex


def _procedure_changed(sender, instance, **kwargs):
    schedule_reindex(instance.pk)


def _part_changed(sender, instance, **kwargs):
    if instance.procedure_id:
        schedule_reindex(instance.procedure_id)


def connect():
    post_save.connect(_procedure_changed, sender=Procedure, dispatch_uid="search_procedure_saved")
    for model in (Step, RequiredDocument, SearchTerm):
        post_save.connect(_part_changed, sender=model, dispatch_uid=f"search_{model.__name__}_saved")
        post_delete.connect(_part_changed, sender=model, dispatch_uid=f"search_{model.__name__}_deleted")
    connection_created.connect(configure_postgres_connection, dispatch_uid="search_trigram_threshold")
