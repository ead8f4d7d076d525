"""Names for the inputs of the admin's tabular inlines (templates/admin/edit_inline/tabular.html)."""

from django import template

register = template.Library()


@register.filter
def labelled(bound_field):
    """The field's input named by its label: a tabular inline shows the label only as a column header,
    which assistive technologies do not tie to the inputs below it."""
    if not hasattr(bound_field, "as_widget") or bound_field.is_hidden:
        return bound_field
    widget_attrs = bound_field.field.widget.attrs
    attrs = {} if "aria-label" in widget_attrs else {"aria-label": str(bound_field.label)}
    html = bound_field.as_widget(attrs=attrs)
    if bound_field.field.show_hidden_initial:
        html += bound_field.as_hidden(only_initial=True)
    return html
