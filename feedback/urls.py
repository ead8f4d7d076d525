from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("feedback/procedures/<slug:slug>/", views.report, {"kind": "procedures"}, name="procedure"),
    path("feedback/figures/", views.figures, name="figures"),
    path("feedback/offices/<slug:slug>/", views.report, {"kind": "offices"}, name="office"),
]
