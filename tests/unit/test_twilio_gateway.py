"""The Twilio adapter speaks real HTTP to TWILIO_API_BASE (a local fake), never to Twilio."""

import threading
from datetime import UTC, datetime, timedelta

import pytest

from tests.support.fakes.twilio_api import FakeTwilioServer
from textsupport.sms import Failure, SendError, TwilioGateway

ACCOUNT = "AC" + "1" * 32
TOKEN = "test-auth-token"
SENDER = {"from_": "+17805550199"}


@pytest.fixture
def twilio():
    server = FakeTwilioServer(ACCOUNT, TOKEN)
    with server as fake:
        yield server, fake


def gateway(server, token=TOKEN, timeout=10):
    return TwilioGateway(ACCOUNT, token, SENDER, server.base_url + "/", timeout=timeout)


def test_send_posts_to_the_configured_base_with_credentials(twilio):
    server, fake = twilio
    result = gateway(server).send(
        "+17805550100", "Small steps still count.", "https://sms.example.org/twilio/status"
    )
    assert fake.requests == [
        {
            "To": "+17805550100",
            "From": "+17805550199",
            "Body": "Small steps still count.",
            "StatusCallback": "https://sms.example.org/twilio/status",
        }
    ]
    assert result.provider_sid == fake.created[0]["sid"]
    assert result.status == "queued"


def test_messaging_service_sender_is_used_when_configured(twilio):
    server, fake = twilio
    TwilioGateway(ACCOUNT, TOKEN, {"messaging_service_sid": "MG" + "2" * 32}, server.base_url).send(
        "+17805550100", "Hi"
    )
    assert fake.requests[0]["MessagingServiceSid"] == "MG" + "2" * 32


@pytest.mark.parametrize(
    ("fault", "failure", "created"),
    [
        ("429", Failure.RETRY, 0),
        ("500", Failure.AMBIGUOUS, 0),
        ("500-after-create", Failure.AMBIGUOUS, 1),
        ("21610", Failure.OPTED_OUT, 0),
        ("21211", Failure.INVALID_NUMBER, 0),
        ("21614", Failure.INVALID_NUMBER, 0),
    ],
)
def test_faults_are_classified_for_the_dispatcher(twilio, fault, failure, created):
    server, fake = twilio
    fake.faults.append(fault)
    with pytest.raises(SendError) as raised:
        gateway(server).send("+17805550100", "Hello")
    assert raised.value.failure is failure
    assert len(fake.created) == created


def test_a_hang_is_a_read_timeout_and_ambiguous(twilio):
    server, fake = twilio
    fake.faults.append("hang-after-create")
    fake.hang_seconds = 2
    with pytest.raises(SendError) as raised:
        gateway(server, timeout=0.5).send("+17805550100", "Hello")
    assert raised.value.failure is Failure.AMBIGUOUS
    assert "read timeout" in raised.value.detail


def test_ready_builds_the_threads_client_before_its_first_send(twilio, monkeypatch):
    """A paced text must not spend its slot building the SDK client (a burst over the rate once the
    first window's texts all reached Twilio together): `ready` builds it, one per sending thread."""
    from twilio import rest

    server, fake = twilio
    built: list[int] = []
    real = rest.Client

    def counting(*args, **kwargs):
        built.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(rest, "Client", counting)
    ours = gateway(server)
    ours.ready()
    assert built == [threading.get_ident()]
    ours.send("+17805550100", "Hello")
    ours.ready()
    assert len(built) == 1 and len(fake.created) == 1  # the send and a second ready built nothing
    other = threading.Thread(target=ours.ready)
    other.start()
    other.join()
    assert len(built) == 2 and built[1] != built[0]  # another sending thread has its own


def test_connection_refused_is_retryable():
    closed = TwilioGateway(ACCOUNT, TOKEN, SENDER, "http://127.0.0.1:9")
    with pytest.raises(SendError) as raised:
        closed.send("+17805550100", "Hello")
    assert raised.value.failure is Failure.RETRY


def test_wrong_credentials_are_rejected_not_retried(twilio):
    server, fake = twilio
    with pytest.raises(SendError) as raised:
        gateway(server, token="wrong").send("+17805550100", "Hello")
    assert raised.value.failure is Failure.REJECTED
    assert fake.requests == []


def test_find_sent_reconciles_an_ambiguous_send(twilio):
    server, fake = twilio
    fake.faults.append("500-after-create")
    since = datetime.now(UTC) - timedelta(minutes=1)
    with pytest.raises(SendError):
        gateway(server).send("+17805550100", "Hello")
    found = gateway(server).find_sent("+17805550100", "Hello", since)
    assert found is not None and found.provider_sid == fake.created[0]["sid"]
    assert gateway(server).find_sent("+17805550100", "Other text", since) is None
    assert gateway(server).find_sent("+17805550101", "Hello", since) is None


def test_find_sent_reads_past_the_newest_fifty_and_skips_texts_already_matched(twilio):
    """A person sent many texts since: the one looked for is further down than any fixed page."""
    server, fake = twilio
    since = datetime.now(UTC) - timedelta(minutes=1)
    first = gateway(server).send("+17805550100", "Same words")
    second = gateway(server).send("+17805550100", "Same words")
    for n in range(60):
        gateway(server).send("+17805550100", f"Later text {n}")
    found = gateway(server).find_sent("+17805550100", "Same words", since)
    assert found is not None and found.provider_sid in {first.provider_sid, second.provider_sid}
    other = gateway(server).find_sent("+17805550100", "Same words", since, frozenset({found.provider_sid}))
    assert other is not None and {found.provider_sid, other.provider_sid} == {
        first.provider_sid,
        second.provider_sid,
    }
    both = frozenset({first.provider_sid, second.provider_sid})
    assert gateway(server).find_sent("+17805550100", "Same words", since, both) is None


DEAD_PROXY = "http://127.0.0.1:9"  # nothing listens: a request sent through it never reaches the fake


@pytest.fixture
def no_proxy_settings(monkeypatch):
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_a_proxy_set_in_the_environment_is_used(twilio, no_proxy_settings):
    server, fake = twilio
    no_proxy_settings.setenv("HTTP_PROXY", DEAD_PROXY)
    with pytest.raises(SendError):
        gateway(server).send("+17805550100", "Hello")
    assert fake.requests == []
    no_proxy_settings.setenv("NO_PROXY", "127.0.0.1")
    gateway(server).send("+17805550100", "Hello")
    assert len(fake.created) == 1


def test_the_environment_is_read_when_the_client_is_built_not_on_every_send(twilio, no_proxy_settings):
    """requests would scan the environment twice per request (a third of a create's CPU); the proxy
    settings are read once per client, so a variable set afterwards changes nothing for it."""
    server, fake = twilio
    sender = gateway(server)
    sender.send("+17805550100", "Hello")
    no_proxy_settings.setenv("HTTP_PROXY", DEAD_PROXY)
    sender.send("+17805550100", "Hello again")
    assert len(fake.created) == 2
