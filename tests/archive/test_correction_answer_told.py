"""A servant is told by e-mail when HR answers their correction request (not when HR merely takes it in
hand), in Kirundi, with the address where the answer is read; the answer itself stays behind the login."""

import pytest
from django.core import mail

from archive.corrections import correction_advance, correction_ask


@pytest.fixture
def asked(filled):
    alice = filled["alice"]
    alice.user.email = "alice@example.bi"
    alice.user.save(update_fields=["email"])
    return correction_ask(
        servant=alice, user=alice.user, subject="details", description="Itariki y'amavuko si yo."
    )


def test_the_servant_is_mailed_when_hr_answers(asked, hr_justice, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        correction_advance(correction=asked, user=hr_justice, state="in_progress")
    assert mail.outbox == []  # taken in hand is not an answer
    with django_capture_on_commit_callbacks(execute=True):
        correction_advance(correction=asked, user=hr_justice, state="refused", answer="Ivyanditswe ni vyo.")
    (message,) = mail.outbox
    assert message.to == ["alice@example.bi"]
    assert f"/rn/archive/corrections/{asked.pk}/" in message.body
    assert "Ivyanditswe ni vyo." not in message.body  # the answer is read signed in, not in a mailbox
    assert message.subject != "Isôko: HR answered your correction request"  # written in Kirundi


def test_no_address_no_mail_and_no_error(filled, hr_justice, django_capture_on_commit_callbacks):
    alice = filled["alice"]
    asked = correction_ask(servant=alice, user=alice.user, subject="details", description="Ikosa.")
    with django_capture_on_commit_callbacks(execute=True):
        correction_advance(correction=asked, user=hr_justice, state="corrected", answer="Vyakosowe.")
    assert mail.outbox == []


def test_the_request_page_gives_a_reference_number(client, asked):
    client.force_login(asked.servant.user)
    html = client.get(asked.get_absolute_url()).content.decode()
    assert f'<dd class="reference">{str(asked.pk)[:8].upper()}</dd>' in html
