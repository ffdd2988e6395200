"""The fake Twilio in a process of its own: the same API, and its log of creates read back whole, each
with the kernel's time its request arrived."""

import os
import signal
import threading
import time
import urllib.error
import urllib.request

import pytest

from tests.support.fakes.twilio_process import FakeTwilioProcess
from textsupport.sms import SendError, TwilioGateway

ACCOUNT, TOKEN = "AC" + "7" * 32, "process-token"
LATENCY = 0.05
STALL = 1.0


@pytest.fixture(scope="module")
def remote():
    server = FakeTwilioProcess(ACCOUNT, TOKEN, latency=LATENCY)
    with server as fake:
        yield server, fake


def gateway(server, token=TOKEN):
    return TwilioGateway(ACCOUNT, token, {"from_": "+17805550199"}, server.base_url)


def test_each_create_comes_back_once_with_its_times_in_order(remote):
    server, fake = remote
    count = len(fake.sync().created)
    sent, kept = [], gateway(server)
    for to, body, client in [
        ("+17805550101", "On a new connection.", gateway(server)),
        ("+17805550102", "On a second new connection.", kept),
        ("+17805550103", "On that one again.", kept),  # a kept-alive connection's next request
    ]:
        before = time.time()
        sent.append((client.send(to, body, None).provider_sid, to, body, before, time.time()))
        fake.sync()
    fake.sync()  # a read with nothing new adds nothing
    assert len(fake.created) == count + 3
    assert [(m["sid"], m["to"], m["body"]) for m in fake.created[-3:]] == [s[:3] for s in sent]
    times = zip(sent, fake.received_times[-3:], fake.arrival_times[-3:], fake.created_times[-3:], strict=True)
    for (*_, before, after), received, arrived, answered in times:
        assert before <= received <= arrived and arrived + LATENCY <= answered <= after


def test_a_request_that_waits_for_a_stalled_fake_keeps_the_time_it_arrived(remote):
    server, fake = remote
    client = gateway(server)
    client.ready()
    os.kill(server._process.pid, signal.SIGSTOP)  # the fake's process stalls, as on a busy host
    try:
        sending = threading.Thread(target=client.send, args=("+17805550107", "Waits.", None))
        before = time.time()
        sending.start()
        time.sleep(STALL)
    finally:
        os.kill(server._process.pid, signal.SIGCONT)
    sending.join(timeout=10)
    fake.sync()
    assert fake.created[-1]["to"] == "+17805550107"
    assert fake.received_times[-1] - before < STALL / 2 <= STALL <= fake.arrival_times[-1] - before


def test_a_second_reader_reads_the_same_log(remote):
    server, fake = remote
    gateway(server).send("+17805550104", "Read twice.", None)
    again = type(fake)(server.base_url).sync()
    assert again.created == fake.sync().created
    assert again.received_times == fake.received_times
    assert again.arrival_times == fake.arrival_times


def test_it_still_checks_credentials_like_twilio(remote):
    server, fake = remote
    count = len(fake.sync().created)
    with pytest.raises(SendError, match="401"):
        gateway(server, token="wrong").send("+17805550105", "Wrong token.", None)
    with pytest.raises(urllib.error.HTTPError, match="404") as refused:
        urllib.request.urlopen(server.base_url + "/2010-04-01/Accounts/nobody/Messages.json")  # noqa: S310
    refused.value.close()
    assert len(fake.sync().created) == count


def test_the_process_is_gone_after_the_block():
    server = FakeTwilioProcess(ACCOUNT, TOKEN)
    with server as fake:
        gateway(server).send("+17805550106", "Only one.", None)
        assert len(fake.sync().created) == 1
    assert server._process.poll() is not None
    with pytest.raises(urllib.error.URLError):
        fake.sync()
