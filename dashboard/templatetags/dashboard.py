from django import template

from dashboard.page import dashboard_for

register = template.Library()


@register.inclusion_tag("dashboard/panel.html", takes_context=True)
def work_dashboard(context):
    """The work dashboard on the admin index (templates/admin/index.html), so that the admin site
    (accounts, a lower app) never imports this one."""
    request = context["request"]
    return {"request": request, **dashboard_for(request.user)}
