from django.urls import path

from accounts import views

app_name = "accounts"
urlpatterns = [
    path("account/login/", views.LoginView.as_view(), name="login"),
    path("account/logout/", views.LogoutView.as_view(), name="logout"),
    path("account/password/", views.set_password_with_code, name="activate"),
    path("account/two-step/", views.two_step, name="two_step"),
]
