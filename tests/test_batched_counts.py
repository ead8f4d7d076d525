"""Counts are sent in batches by a thread of their own, never inside the request that counted."""

import threading
import time

from page_cache.counting import BatchedCounts


class Receiver:
    def __init__(self):
        self.batches = []
        self.threads = []
        self.arrived = threading.Event()

    def __call__(self, batch):
        self.batches.append(batch)
        self.threads.append(threading.current_thread())
        self.arrived.set()


def test_a_batch_is_sent_by_its_own_thread_not_by_the_request_that_counted():
    receiver = Receiver()
    counts = BatchedCounts(receiver, every_seconds=0.05)
    for _ in range(3):
        counts.add("passport")
    counts.add("birth-certificate")
    assert receiver.batches == []  # nothing was sent while counting

    assert receiver.arrived.wait(timeout=5)
    assert receiver.batches == [{"passport": 3, "birth-certificate": 1}]
    assert receiver.threads[0] is not threading.current_thread()


def test_a_failing_send_loses_that_batch_only():
    sent = []

    def send(batch):
        sent.append(batch)
        if len(sent) == 1:
            raise ConnectionError("the database went away")

    counts = BatchedCounts(send, every_seconds=0.05)
    counts.add("passport")
    deadline = time.monotonic() + 5
    while not sent and time.monotonic() < deadline:
        time.sleep(0.01)
    counts.add("national-id-card")
    while len(sent) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sent == [{"passport": 1}, {"national-id-card": 1}]


def test_with_no_delay_the_counts_are_sent_at_once():
    receiver = Receiver()
    BatchedCounts(receiver, every_seconds=0).add("passport")
    assert receiver.batches == [{"passport": 1}]
