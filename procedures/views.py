from django.shortcuts import get_object_or_404, render

from ministries.models import Institution
from procedures.models import Procedure, Theme


def home(request):
    return render(
        request,
        "procedures/home.html",
        {
            "themes": Theme.objects.all(),
            "ministries": Institution.objects.ministries(),
            "procedures": Procedure.objects.published().with_listing()[:12],
        },
    )


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    procedures = Procedure.objects.published().filter(themes=theme).with_listing()
    return render(request, "procedures/theme.html", {"theme": theme, "procedures": procedures})


def procedure_detail(request, slug):
    procedure = get_object_or_404(Procedure.objects.visible_to_public().with_details(), slug=slug)
    return render(request, "procedures/procedure.html", {"procedure": procedure})
