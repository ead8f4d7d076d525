"""What the API answers, field by field. Text fields are in the answer's language, with the
site's fallbacks (a text not yet written in that language is given in the next one: see `translations`)."""

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers

from api.translations import available_translations, translation_status
from forms_library.models import Form, FormFile
from ministries.models import Institution, Office, OpeningHours, Province
from procedures.models import Fee, LegalBasis, Procedure, RequiredDocument, Step, Theme

CURRENCY = "BIF"


def absolute(request, path):
    return request.build_absolute_uri(path) if request is not None else path


class ThemeSerializer(serializers.ModelSerializer):
    id = serializers.SlugField(source="slug", help_text="Stable identifier, the same in every language.")
    url = serializers.SerializerMethodField(help_text="The theme's page on the portal.")

    class Meta:
        model = Theme
        fields = ["id", "name", "description", "url"]

    def get_url(self, theme) -> str:
        return absolute(self.context.get("request"), theme.get_absolute_url())


class InstitutionSerializer(serializers.ModelSerializer):
    id = serializers.SlugField(source="slug", help_text="Stable identifier, the same in every language.")
    ministry = serializers.SerializerMethodField(help_text="The ministry's id (its own id for a ministry).")

    class Meta:
        model = Institution
        fields = ["id", "name", "acronym", "kind", "ministry", "website", "description"]

    def get_ministry(self, institution) -> str:
        return institution.slug if institution.parent_id is None else institution.parent.slug


@extend_schema_field(
    {
        "type": "string",
        "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
        "example": "07:30:00",
        "description": "Local time in Burundi (Africa/Bujumbura, UTC+02:00), HH:MM:SS.",
    }
)
class LocalTimeField(serializers.TimeField):
    """A time of day with no offset. JSON Schema's `format: time` is RFC 3339's full-time, which must
    carry one ("07:30:00+02:00"): an office's hours are the local clock's, so the schema says so."""


class OpeningHoursSerializer(serializers.ModelSerializer):
    opens = LocalTimeField()
    closes = LocalTimeField()

    class Meta:
        model = OpeningHours
        fields = ["weekday", "period", "opens", "closes"]
        extra_kwargs = {"weekday": {"help_text": "0 is Monday, 6 is Sunday."}}


class ProvinceSerializer(serializers.ModelSerializer):
    id = serializers.SlugField(source="slug")

    class Meta:
        model = Province
        fields = ["id", "name"]


class AreaServedSerializer(serializers.Serializer):
    provinces = ProvinceSerializer(many=True, source="serves_provinces.all")
    communes = serializers.SerializerMethodField()

    @extend_schema_field(
        inline_serializer(
            "Commune", {"id": serializers.SlugField(), "name": serializers.CharField()}, many=True
        )
    )
    def get_communes(self, office):
        return [{"id": commune.slug, "name": commune.name} for commune in office.serves_communes.all()]


class OfficeSerializer(serializers.ModelSerializer):
    id = serializers.SlugField(source="slug", help_text="Stable identifier, the same in every language.")
    institution = serializers.SlugField(source="institution.slug")
    commune = serializers.CharField(source="commune.name")
    province = serializers.SlugField(source="commune.province.slug")
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)
    hours = OpeningHoursSerializer(many=True, source="hours.all")
    area_served = AreaServedSerializer(source="*", help_text="Provinces and communes served besides its own.")
    url = serializers.SerializerMethodField()

    class Meta:
        model = Office
        fields = [
            "id",
            "name",
            "institution",
            "address",
            "commune",
            "province",
            "phone",
            "email",
            "latitude",
            "longitude",
            "is_one_stop_shop",
            "hours",
            "area_served",
            "url",
        ]

    def get_url(self, office) -> str:
        return absolute(self.context.get("request"), office.get_absolute_url())


class FormFileSerializer(serializers.ModelSerializer):
    format = serializers.CharField(source="file_format")
    size = serializers.IntegerField(source="size_bytes", help_text="In bytes.")
    sha256 = serializers.CharField(help_text="SHA-256 of the file, hexadecimal.")
    changed_at = serializers.DateTimeField(source="uploaded_at", help_text="When this version was uploaded.")
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = FormFile
        fields = ["language", "format", "size", "sha256", "version", "changed_at", "download_url"]

    def get_download_url(self, form_file) -> str:
        return absolute(self.context.get("request"), form_file.get_download_url())


class FormSerializer(serializers.ModelSerializer):
    id = serializers.CharField(source="reference_code", help_text="The code printed on the form.")
    institution = serializers.SlugField(source="institution.slug")
    files = FormFileSerializer(many=True, source="current_files", help_text="The current file per language.")

    class Meta:
        model = Form
        fields = ["id", "title", "description", "institution", "files"]


class StepSerializer(serializers.ModelSerializer):
    """A step in the shape eRegulations uses."""

    name = serializers.CharField(source="title")
    entity_in_charge = serializers.CharField(source="handled_by", help_text="Who handles it.")
    where = serializers.CharField(source="location")
    expected_days = serializers.IntegerField(help_text="0 when it is done the same day.")
    online = serializers.BooleanField(help_text="It can be done online.")
    optional = serializers.BooleanField(help_text="Not every applicant needs it.")
    parallel = serializers.BooleanField(help_text="It can be done at the same time as the step before.")

    class Meta:
        model = Step
        fields = [
            "position",
            "name",
            "description",
            "entity_in_charge",
            "where",
            "expected_days",
            "online",
            "optional",
            "parallel",
        ]


class DocumentSerializer(serializers.ModelSerializer):
    certified_copies = serializers.BooleanField(source="certified", help_text="The copies must be certified.")
    condition = serializers.CharField(help_text="Only needed when this holds; empty: always.")
    form = serializers.CharField(source="form.reference_code", allow_null=True, default=None)

    class Meta:
        model = RequiredDocument
        fields = ["position", "name", "originals", "copies", "certified_copies", "condition", "form"]


class FeeSerializer(serializers.ModelSerializer):
    amount = serializers.IntegerField(source="amount_bif")
    currency = serializers.SerializerMethodField()

    class Meta:
        model = Fee
        fields = ["position", "label", "amount", "currency", "payment_method"]

    def get_currency(self, fee) -> str:
        return CURRENCY


class TotalSerializer(serializers.Serializer):
    amount = serializers.IntegerField()
    currency = serializers.CharField()


class LegalTextSerializer(serializers.Serializer):
    url = serializers.CharField()
    format = serializers.CharField()
    size = serializers.IntegerField()
    sha256 = serializers.CharField()


class LegalBasisSerializer(serializers.ModelSerializer):
    document = serializers.SerializerMethodField(help_text="The text itself when the site keeps a copy.")

    class Meta:
        model = LegalBasis
        fields = ["position", "kind", "reference", "title", "article", "enacted_on", "url", "document"]

    @extend_schema_field(LegalTextSerializer(allow_null=True))
    def get_document(self, basis):
        if not basis.document:
            return None
        return {
            "url": absolute(self.context.get("request"), basis.get_document_url()),
            "format": basis.document_format,
            "size": basis.document_size,
            "sha256": basis.document_sha256,
        }


class ChangeNoteSerializer(serializers.Serializer):
    date = serializers.DateField(source="published_on")
    text = serializers.CharField()


class TranslationStatusSerializer(serializers.Serializer):
    complete = serializers.BooleanField(help_text="Every text is written in this language.")
    fallbacks = serializers.DictField(
        child=serializers.CharField(),
        help_text='Texts not written in this language, and the language shown instead: {"steps[0].description": "fr"}.',
    )


class ProcedureSummarySerializer(serializers.ModelSerializer):
    """A procedure in a list."""

    id = serializers.SlugField(source="slug", help_text="Stable identifier, the same in every language.")
    institution = serializers.SlugField(source="institution.slug")
    ministry = serializers.SlugField(source="institution.ministry.slug")
    total_fee = serializers.SerializerMethodField()
    is_free = serializers.SerializerMethodField()
    last_changed_at = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField(help_text="The procedure's page on the portal, in this language.")
    api_url = serializers.SerializerMethodField()

    class Meta:
        model = Procedure
        fields = [
            "id",
            "title",
            "summary",
            "institution",
            "ministry",
            "total_fee",
            "is_free",
            "last_changed_at",
            "url",
            "api_url",
        ]

    def _total(self, procedure):
        # Lists annotate the total (api/querysets.py); a full procedure has its fees prefetched.
        total = getattr(procedure, "api_total_fee", None)
        return procedure.total_fee_bif if total is None else total

    @extend_schema_field(TotalSerializer)
    def get_total_fee(self, procedure):
        return {"amount": self._total(procedure), "currency": CURRENCY}

    def get_is_free(self, procedure) -> bool:
        return self._total(procedure) == 0

    def get_last_changed_at(self, procedure) -> str:
        return (procedure.published_at or procedure.updated_at).isoformat()

    def get_url(self, procedure) -> str:
        return absolute(self.context.get("request"), procedure.get_absolute_url())

    def get_api_url(self, procedure) -> str:
        return absolute(self.context.get("request"), reverse("api:procedure-detail", args=[procedure.slug]))


class ProcedureSerializer(ProcedureSummarySerializer):
    """A procedure with everything its page shows."""

    available_translations = serializers.SerializerMethodField(
        help_text="Languages in which its title and summary are written."
    )
    translations = serializers.SerializerMethodField()
    institution = InstitutionSerializer()
    themes = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    steps = StepSerializer(many=True)
    documents = DocumentSerializer(many=True)
    fees = FeeSerializer(many=True)
    rejection_reasons = serializers.SlugRelatedField(slug_field="text", many=True, read_only=True)
    legal_bases = LegalBasisSerializer(many=True)
    offices = OfficeSerializer(many=True)
    forms = serializers.SerializerMethodField()
    total_days = serializers.IntegerField(help_text="Expected time from the first step to the last, in days.")
    change_notes = ChangeNoteSerializer(many=True)

    class Meta(ProcedureSummarySerializer.Meta):
        fields = [
            "id",
            "available_translations",
            "translations",
            "title",
            "summary",
            "eligibility",
            "institution",
            "ministry",
            "themes",
            "steps",
            "documents",
            "fees",
            "total_fee",
            "is_free",
            "total_days",
            "rejection_reasons",
            "validity",
            "renewal",
            "if_lost",
            "recourse",
            "legal_bases",
            "offices",
            "forms",
            "last_reviewed_on",
            "last_changed_at",
            "change_notes",
            "url",
            "api_url",
        ]

    def get_available_translations(self, procedure) -> list[str]:
        return available_translations(procedure)

    @extend_schema_field(serializers.DictField(child=TranslationStatusSerializer()))
    def get_translations(self, procedure):
        return translation_status(procedure)

    @extend_schema_field(FormSerializer(many=True))
    def get_forms(self, procedure):
        return FormSerializer(procedure.downloadable_forms(), many=True, context=self.context).data
