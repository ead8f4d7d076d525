from django.urls import path

from feature_phones import views

app_name = "feature_phones"
urlpatterns = [
    path("ussd/", views.ussd, name="ussd"),
    path("sms/", views.sms, name="sms"),
]
