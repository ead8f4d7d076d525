from django.db import models
from django.db.models import Q

from forms_library.models import FormFile
from ministries.models import Office


class ProcedureQuerySet(models.QuerySet):
    def published(self):
        """What citizens may see: published procedures."""
        return self.filter(status=self.model.Status.PUBLISHED)

    def visible_to_public(self):
        """Published procedures and withdrawn ones (whose page says they are no longer offered)."""
        return self.filter(status__in=[self.model.Status.PUBLISHED, self.model.Status.WITHDRAWN])

    def for_ministry(self, ministry):
        """Procedures of the ministry and of its agencies."""
        return self.filter(Q(institution=ministry) | Q(institution__parent=ministry))

    def most_consulted(self):
        return self.order_by("-view_count", "slug")

    def with_listing(self):
        """What a list of procedures shows: the institution and its ministry."""
        return self.select_related("institution", "institution__parent")

    def with_details(self):
        """Everything the procedure page shows, in a fixed number of queries."""
        required_document = self.model._meta.get_field("documents").related_model
        documents = required_document.objects.select_related("form").prefetch_related(
            models.Prefetch("form__files", queryset=FormFile.objects.filter(is_current=True))
        )
        return self.with_listing().prefetch_related(
            "themes",
            "steps",
            "fees",
            "rejection_reasons",
            "legal_bases",
            "change_notes",
            models.Prefetch("documents", queryset=documents),
            models.Prefetch(
                "offices", queryset=Office.objects.select_related("commune").prefetch_related("hours")
            ),
        )
