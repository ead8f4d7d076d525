from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from translations.fields import TranslationStateField


class Province(models.Model):
    """One of Burundi's provinces. Geography is data: administrators add or rename it in the admin."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self):
        return self.name


class Commune(models.Model):
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="communes", verbose_name=_("province")
    )
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("Not yet checked against the law that defines the communes; shown as sample data."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        constraints = [
            models.UniqueConstraint(fields=["province", "name"], name="commune_name_unique_per_province"),
        ]

    def __str__(self):
        return self.name


class InstitutionQuerySet(models.QuerySet):
    def ministries(self):
        """Top-level institutions: the ministries."""
        return self.filter(parent__isnull=True)

    def for_ministry(self, ministry):
        """The ministry itself and the agencies under it."""
        return self.filter(Q(pk=ministry.pk) | Q(parent=ministry))


class Institution(models.Model):
    """A ministry (no parent) or an agency, directorate, court or commune under one ministry."""

    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("Ministry")
        AGENCY = "agency", _("Agency")
        DIRECTORATE = "directorate", _("Directorate")
        COURT = "court", _("Court")
        COMMUNE = "commune", _("Communal administration")

    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agencies",
        verbose_name=_("ministry"),
        help_text=_("The ministry this body reports to. Leave empty for a ministry."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.AGENCY)
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    is_sample = models.BooleanField(
        _("sample content"), default=False, help_text=_("Demo data, shown to visitors as sample content.")
    )
    translation_state = TranslationStateField()

    objects = InstitutionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="ministry") & Q(parent__isnull=True))
                | (~Q(kind="ministry") & Q(parent__isnull=False)),
                name="institution_ministry_has_no_parent",
                violation_error_message=_(
                    "A ministry has no parent; every other body belongs to a ministry."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def get_absolute_url(self):
        """A ministry has a page; an agency is shown on its ministry's page."""
        slug = self.slug if self.parent_id is None else self.parent.slug
        return reverse("ministries:ministry", kwargs={"slug": slug})

    def clean(self):
        if self.parent_id and self.parent.parent_id:
            raise ValidationError(
                {"parent": _("Choose a ministry: an agency cannot report to another agency.")}
            )
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("An institution cannot report to itself.")})

    @property
    def ministry(self):
        return self if self.parent_id is None else self.parent

    @property
    def ministry_id(self):
        return self.pk if self.parent_id is None else self.parent_id


class OfficeQuerySet(models.QuerySet):
    def for_ministry(self, ministry):
        """Offices of the ministry and of its agencies."""
        return self.filter(Q(institution=ministry) | Q(institution__parent=ministry))

    def serving(self, commune):
        """Offices competent for `commune`: it is among their communes or its province among their
        provinces, or they are in it and name no area at all."""
        no_area = Q(serves_communes__isnull=True, serves_provinces__isnull=True)
        return self.filter(
            Q(serves_communes=commune)
            | Q(serves_provinces=commune.province_id)
            | (Q(commune=commune) & no_area)
        ).distinct()


class Office(models.Model):
    """A place where citizens apply: a counter, a communal office, a provincial one-stop shop."""

    institution = models.ForeignKey(
        Institution, on_delete=models.PROTECT, related_name="offices", verbose_name=_("institution")
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    commune = models.ForeignKey(
        Commune, on_delete=models.PROTECT, related_name="offices", verbose_name=_("commune")
    )
    address = models.CharField(_("address"), max_length=300)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    is_one_stop_shop = models.BooleanField(
        _("one-stop shop"), default=False, help_text=_("A provincial one-stop shop (guichet unique).")
    )
    serves_provinces = models.ManyToManyField(
        Province, blank=True, related_name="served_by", verbose_name=_("provinces served")
    )
    serves_communes = models.ManyToManyField(
        Commune, blank=True, related_name="served_by", verbose_name=_("communes served")
    )
    translation_state = TranslationStateField()

    objects = OfficeQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__gte=-90, latitude__lte=90, longitude__gte=-180, longitude__lte=180),
                name="office_coordinates_valid",
                violation_error_message=_("Give both coordinates, within range, or neither."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("ministries:office", kwargs={"slug": self.slug})

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))


class OpeningHours(models.Model):
    """One opening period of an office: a weekday morning or afternoon."""

    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    class Period(models.TextChoices):
        MORNING = "morning", _("Morning")
        AFTERNOON = "afternoon", _("Afternoon")

    office = models.ForeignKey(
        Office, on_delete=models.CASCADE, related_name="hours", verbose_name=_("office")
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    period = models.CharField(_("period"), max_length=10, choices=Period.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.UniqueConstraint(fields=["office", "weekday", "period"], name="hours_unique_per_period"),
            models.CheckConstraint(
                condition=Q(opens__lt=models.F("closes")),
                name="hours_open_before_close",
                violation_error_message=_("The office must open before it closes."),
            ),
            models.CheckConstraint(condition=Q(weekday__lte=6), name="hours_weekday_valid"),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


class StaffProfile(models.Model):
    """What a staff account may do: a clerk edits one ministry's content; a reviewer approves changes."""

    class Role(models.TextChoices):
        CLERK = "clerk", _("Ministry clerk")
        REVIEWER = "reviewer", _("Reviewer (civil service)")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
        verbose_name=_("user"),
    )
    ministry = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="staff",
        verbose_name=_("ministry"),
        limit_choices_to={"parent__isnull": True},
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.CLERK)

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.ministry}"

    def clean(self):
        if self.ministry_id and self.ministry.parent_id:
            raise ValidationError({"ministry": _("Choose a ministry, not an agency.")})


class OfficeNoticeQuerySet(models.QuerySet):
    def for_ministry(self, ministry):
        """Notices on the offices of the ministry and of its agencies."""
        return self.filter(Q(office__institution=ministry) | Q(office__institution__parent=ministry))

    def current(self, day):
        """Notices shown on `day`: from their first day to their last, both included."""
        return self.filter(starts_on__lte=day, ends_on__gte=day)


class OfficeNotice(models.Model):
    """A dated notice on an office ("closed on 12 December"), shown until its last day; reviewed."""

    office = models.ForeignKey(
        Office, on_delete=models.CASCADE, related_name="notices", verbose_name=_("office")
    )
    text = models.CharField(_("notice"), max_length=300)
    starts_on = models.DateField(_("shown from"))
    ends_on = models.DateField(_("shown until (included)"))

    objects = OfficeNoticeQuerySet.as_manager()

    class Meta:
        ordering = ["starts_on", "id"]
        verbose_name = _("office notice")
        verbose_name_plural = _("office notices")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_on__lte=models.F("ends_on")),
                name="notice_starts_before_it_ends",
                violation_error_message=_("A notice must start before it ends."),
            ),
        ]

    def __str__(self):
        return f"{self.office}: {self.text[:40]}"
