from django.urls import path

from procedures import views

app_name = "procedures"
urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("procedures/", views.procedure_list, name="list"),
    path("themes/<slug:slug>/", views.theme_detail, name="theme"),
    path("procedures/<slug:slug>/", views.procedure_detail, name="detail"),
    path("legal-texts/<str:sha256>/", views.legal_text, name="legal_text"),
]
