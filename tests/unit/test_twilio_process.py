"""The fake Twilio in a process of its own: the same API, and its log of creates read back whole."""

import time
import urllib.error
import urllib.request

import pytest

from tests.support.fakes.twilio_process import FakeTwilioProcess
from textsupport.sms import SendError, TwilioGateway

ACCOUNT, TOKEN = "AC" + "7" * 32, "process-token"
LATENCY = 0.05


@pytest.fixture(scope="module")
def remote():
    server = FakeTwilioProcess(ACCOUNT, TOKEN, latency=LATENCY)
    with server as fake:
        yield server, fake


def send(server, to, body, token=TOKEN):
    return TwilioGateway(ACCOUNT, token, {"from_": "+17805550199"}, server.base_url).send(to, body, None)


def test_each_create_comes_back_once_with_its_arrival_and_answer(remote):
    server, fake = remote
    count, before = len(fake.sync().created), time.time()
    first = send(server, "+17805550101", "First of two.")
    assert [m["sid"] for m in fake.sync().created[-1:]] == [first.provider_sid]
    second = send(server, "+17805550102", "Second of two.")
    fake.sync()
    fake.sync()  # a read with nothing new adds nothing
    assert len(fake.created) == count + 2
    created = fake.created[-2:]
    assert [(m["sid"], m["to"], m["body"]) for m in created] == [
        (first.provider_sid, "+17805550101", "First of two."),
        (second.provider_sid, "+17805550102", "Second of two."),
    ]
    arrived, answered = fake.arrival_times[-2:], fake.created_times[-2:]
    assert before <= arrived[0] < arrived[1] <= time.time()
    assert all(a + LATENCY <= b for a, b in zip(arrived, answered, strict=True))
    assert len(fake.created) == len(fake.arrival_times) == len(fake.created_times)


def test_a_second_reader_reads_the_same_log(remote):
    server, fake = remote
    send(server, "+17805550103", "Read twice.")
    again = type(fake)(server.base_url).sync()
    assert again.created == fake.sync().created
    assert again.arrival_times == fake.arrival_times


def test_it_still_checks_credentials_like_twilio(remote):
    server, fake = remote
    count = len(fake.sync().created)
    with pytest.raises(SendError, match="401"):
        send(server, "+17805550104", "Wrong token.", token="wrong")
    with pytest.raises(urllib.error.HTTPError, match="404") as refused:
        urllib.request.urlopen(server.base_url + "/2010-04-01/Accounts/nobody/Messages.json")
    refused.value.close()
    assert len(fake.sync().created) == count


def test_the_process_is_gone_after_the_block():
    server = FakeTwilioProcess(ACCOUNT, TOKEN)
    with server as fake:
        send(server, "+17805550105", "Only one.")
        assert len(fake.sync().created) == 1
    assert server._process.poll() is not None
    with pytest.raises(urllib.error.URLError):
        fake.sync()
