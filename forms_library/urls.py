from django.urls import path

from forms_library import views

app_name = "forms_library"
urlpatterns = [
    path("", views.form_list, name="list"),
    path("<str:code>/<str:language>/", views.download, name="download"),
]
