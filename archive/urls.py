from django.urls import path

from archive import correction_views, retention_views, views

app_name = "archive"
urlpatterns = [
    path("", views.my_dossier, name="my_dossier"),
    path("dossiers/", views.servant_search, name="servants"),
    path("dossiers/<uuid:public_id>/", views.dossier, name="dossier"),
    path("dossiers/<uuid:public_id>/opened/", views.who_opened, name="opened"),
    path("documents/<uuid:public_id>/", views.document, name="document"),
    path("documents/<uuid:public_id>/view.pdf", views.viewing_copy, name="viewing_copy"),
    path("files/<uuid:public_id>/", views.original, name="original"),
    path("batches/<uuid:public_id>/", views.batch, name="batch"),
    path("batches/<uuid:public_id>/report.csv", views.batch_report, name="batch_report"),
    path("batches/<uuid:public_id>/letters.pdf", views.batch_letters, name="batch_letters"),
    path("dossiers/<uuid:public_id>/letter.pdf", views.servant_letter, name="letter"),
    path("corrections/", correction_views.corrections, name="corrections"),
    path("corrections/new/", correction_views.correction_new, name="correction_new"),
    path("corrections/<uuid:pk>/", correction_views.correction, name="correction"),
    path("corrections/<uuid:pk>/scan", correction_views.correction_attachment, name="correction_attachment"),
    path("disposition/", retention_views.disposition, name="disposition"),
    path("disposition/propose/", retention_views.propose, name="disposition_propose"),
    path("disposition/<uuid:pk>/", retention_views.decide, name="disposition_decide"),
    path("disposition/review/", retention_views.review, name="disposition_review"),
    path("disposition/decide/", retention_views.decide_many, name="disposition_decide_many"),
    path("disposition/holds/", retention_views.holds, name="holds"),
    path("disposition/holds/new/", retention_views.hold_new, name="hold_new"),
]
