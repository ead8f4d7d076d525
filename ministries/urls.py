from django.urls import path

from ministries import views

app_name = "ministries"
urlpatterns = [
    path("ministries/<slug:slug>/", views.ministry_detail, name="ministry"),
    path("offices/<slug:slug>/", views.office_detail, name="office"),
    path("links/", views.links, name="links"),
    path("my-commune/", views.my_commune, name="my_commune"),
    path("my-commune/offices/<slug:slug>/", views.offices_for_commune, name="offices_for_commune"),
]
