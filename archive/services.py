"""Changes to servants and their dossiers that span several rows."""

from django.db import transaction

from archive.models import Servant


def servant_create(
    *, matricule, surname, given_names="", date_of_birth=None, institution, career_type_id=None
):
    """A new servant (and so a new, empty dossier), validated."""
    with transaction.atomic():
        servant = Servant(
            matricule=matricule,
            surname=surname,
            given_names=given_names,
            date_of_birth=date_of_birth,
            institution=institution,
            ministry_id=institution.ministry_id,
            career_type_id=career_type_id,
        )
        servant.full_clean()
        servant.save()
    return servant
