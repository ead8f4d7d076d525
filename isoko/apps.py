from django.apps import AppConfig


class IsokoConfig(AppConfig):
    name = "isoko"
    verbose_name = "Isôko"

    def ready(self):
        from isoko import checks  # noqa: F401  (registers the start-up checks)
