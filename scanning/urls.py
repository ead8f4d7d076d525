from django.urls import path

from scanning import views

app_name = "scanning"
urlpatterns = [
    path("", views.station, name="station"),
    path("sheets.pdf", views.sheets, name="sheets"),
    path("figures/", views.figures, name="figures"),
    path("batches/<uuid:public_id>/", views.batch, name="batch"),
    path("batches/<uuid:public_id>/pages/<int:number>.jpg", views.thumbnail, name="thumbnail"),
    path("batches/<uuid:public_id>/pages/<int:number>/", views.page_action, name="page_action"),
    path("batches/<uuid:public_id>/documents/<int:pk>/", views.document_action, name="document_action"),
    path("batches/<uuid:public_id>/paper/", views.paper, name="paper"),
]
