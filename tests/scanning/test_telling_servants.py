"""The servant is told that documents were added, by e-mail and by SMS through the gateway's API (a
server on 127.0.0.1 plays Africa's Talking), in their language, naming no document and no person."""

import io
import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core import mail

from feature_phones.outbound import send_sms
from scanning.models import Contact
from scanning.run import process, receive


class Gateway(BaseHTTPRequestHandler):
    received = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        Gateway.received.append({"headers": self.headers, "form": urllib.parse.parse_qs(body)})
        numbers = urllib.parse.parse_qs(body)["to"][0].split(",")
        answer = {
            "SMSMessageData": {
                "Message": f"Sent to {len(numbers)}/{len(numbers)}",
                "Recipients": [
                    {"statusCode": 101, "number": n, "status": "Success", "messageId": "ATX"} for n in numbers
                ],
            }
        }
        data = json.dumps(answer).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def gateway(settings):
    Gateway.received = []
    server = HTTPServer(("127.0.0.1", 0), Gateway)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.FEATURE_PHONE_SMS_URL = f"http://127.0.0.1:{server.server_port}/version1/messaging"
    settings.FEATURE_PHONE_SMS_USERNAME = "isoko"
    settings.FEATURE_PHONE_SMS_API_KEY = "test-key"
    yield Gateway.received
    server.shutdown()
    server.server_close()


def test_sms_goes_to_the_gateway_with_its_key_and_is_accepted(gateway):
    sent = send_sms(["+25779000001"], "Muraho")
    assert [s.accepted for s in sent] == [True]
    assert gateway[0]["headers"].get("apiKey") == "test-key"  # header names are case-insensitive
    assert gateway[0]["form"] == {"username": ["isoko"], "to": ["+25779000001"], "message": ["Muraho"]}


def test_nothing_is_sent_when_sms_is_not_configured(settings):
    settings.FEATURE_PHONE_SMS_API_KEY = ""
    assert send_sms(["+25779000001"], "Muraho") == []


def test_an_unreachable_gateway_is_no_error(settings):
    settings.FEATURE_PHONE_SMS_URL = "http://127.0.0.1:9/version1/messaging"
    settings.FEATURE_PHONE_SMS_USERNAME, settings.FEATURE_PHONE_SMS_API_KEY = "isoko", "k"
    assert send_sms(["+25779000001"], "Muraho") == []


@pytest.mark.django_db
def test_servants_are_told_once_in_their_language_without_naming_the_document(
    gateway, stack, station, hr_justice, alice, bob
):
    alice.user.email = "alice@example.org"
    alice.user.save()
    Contact.objects.create(servant=alice, phone_number="+25779000001", language="rn")
    Contact.objects.create(servant=bob, phone_number="+25779000002", language="fr")
    batch = receive(io.BytesIO(stack), name="s.pdf", station=station, user=hr_justice)
    process(batch.pk)
    texts = {r["form"]["to"][0]: r["form"]["message"][0] for r in gateway}
    assert set(texts) == {"+25779000001", "+25779000002"}
    assert texts["+25779000001"] != texts["+25779000002"]  # Kirundi and French
    assert "Isôko" in texts["+25779000002"] and "dossier" in texts["+25779000002"]
    for text in texts.values():
        assert "Ndayishim" not in text and "nomination" not in text.lower() and "JU-1001" not in text
    assert [m.to for m in mail.outbox] == [["alice@example.org"]]
    process(batch.pk)  # run again: nobody is told twice
    assert len(gateway) == 2
