"""Pages for people who are not staff (public servants reading their own dossier): log in, log out,
and choose a password with the code printed on a letter."""

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render, resolve_url
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from accounts import services
from accounts.forms import PasswordWithCodeForm


@never_cache
@sensitive_post_parameters("code", "new_password1", "new_password2")
def set_password_with_code(request):
    initial = {"username": request.GET.get("username", ""), "code": request.GET.get("code", "")}
    form = PasswordWithCodeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.set_password_with_code(
                username=form.cleaned_data["username"],
                code=form.cleaned_data["code"],
                password=form.cleaned_data["new_password1"],
            )
        except services.CodeRefused as refused:
            form.add_error("code", refused.message)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect(resolve_url(settings.LOGIN_REDIRECT_URL))
    status = 400 if form.is_bound else 200
    return render(request, "accounts/set_password.html", {"form": form}, status=status)


class LoginView(auth_views.LoginView):
    template_name = "accounts/login_public.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    next_page = "/"
