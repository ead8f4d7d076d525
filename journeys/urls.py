from django.urls import path

from journeys import views

app_name = "journeys"
urlpatterns = [
    path("journeys/", views.journey_list, name="list"),
    path("journeys/<slug:slug>/", views.journey_detail, name="detail"),
]
