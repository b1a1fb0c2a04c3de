"""The E-mail tab against a local SMTP server: a test message, sending, a stop, the rest."""

from __future__ import annotations

import ssl
from collections import Counter

import pytest
from documents_helpers import make_demo, make_screen, wait_job
from mail_helpers import Authenticator, Handler, make_tls, smtp_server
from PySide6.QtWidgets import QMessageBox

from catchdesk.core.mailing import ALREADY_SENT, FAILED, SENT, SKIPPED
from catchdesk.core.models import Event

PASSWORD = "s3cret-Pa55"


@pytest.fixture
def demo(store):
    return make_demo(store, attendees=40, came=12)


@pytest.fixture
def screen(qtbot, store, demo):
    screen = make_screen(qtbot, store, demo)
    screen.tabs.setCurrentWidget(screen.mail)
    return screen


def fill(tab, server, *, user: str = "", security: str = "none") -> None:
    form = tab.form
    form.host.setText(server.hostname)
    form.security.setCurrentIndex(form.security.findData(security))
    form.port.setValue(server.port)
    form.user.setText(user)
    form.sender.setText("events@digital-day.be")


def send(qtbot, tab):
    with qtbot.waitSignal(tab.sending_finished, timeout=60_000) as finished:
        tab.send()
    wait_job(qtbot, tab)
    return finished.args[0]


def test_test_message_then_certificates_over_starttls_with_a_password(
    qtbot, screen, demo, store, tmp_path, monkeypatch
):
    tab = screen.mail
    tls = make_tls(tmp_path)
    tab.ssl_context = ssl.create_default_context(cafile=str(tls.cert_file))
    handler = Handler()
    auth = Authenticator("organiser", PASSWORD)
    options = {"tls_context": tls.server_context(), "require_starttls": True}
    with smtp_server(handler, authenticator=auth, auth_required=True, **options) as server:
        fill(tab, server, user="organiser", security="starttls")
        tab.test_address.setText("me@organiser.be")
        tab.test_button.click()
        assert tab.job is None  # no password typed yet: said, not tried
        assert "password of organiser" in tab.test_notice.text()
        tab.form.password.setText(PASSWORD)
        with qtbot.waitSignal(tab.test_sent, timeout=30_000):
            tab.test_button.click()
        wait_job(qtbot, tab)
        [test] = handler.to("me@organiser.be")
        assert "Test message" in test.message["Subject"]
        assert tab.test_notice.kind == "ok"

        monkeypatch.setattr(
            QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
        )
        with qtbot.waitSignal(tab.sending_finished, timeout=60_000) as finished:
            tab.send_button.click()
        wait_job(qtbot, tab)
    report = finished.args[0]
    assert report.counts()[SENT] == len(demo.came)
    assert {r.recipients[0] for r in handler.received[1:]} == {p.email for p in demo.came}
    assert report.counts()[SKIPPED] == len(demo.people) - len(demo.came) + _others(store, demo)
    assert tab.send_notice.kind == "ok"
    left_out = [row for row in tab.report_model.rows if row.outcome == "left out"]
    reasons = {"never checked in", "registration cancelled", "no e-mail address"}
    assert left_out and {row.why for row in left_out} <= reasons
    with store.read() as session:
        smtp = session.get(Event, demo.event_id).settings["smtp"]
    assert smtp["host"] == "127.0.0.1" and smtp["user"] == "organiser"
    assert "password" not in smtp
    assert PASSWORD.encode() not in (tmp_path / "store.sqlite").read_bytes()


def _others(store, demo) -> int:
    """Attendees who are not registered participants (coaches, cancelled…): left out too."""
    from sqlalchemy import func, select

    from catchdesk.core.models import Attendee

    with store.read() as session:
        everyone = session.scalar(select(func.count()).where(Attendee.event_id == demo.event_id))
    return everyone - len(demo.people)


class StopAfter(Handler):
    """Accepts mail and presses the tab's Cancel after the n-th certificate arrived."""

    def __init__(self, tab, after: int) -> None:
        super().__init__()
        self.tab, self.after = tab, after

    async def handle_DATA(self, server, session, envelope):
        reply = await super().handle_DATA(server, session, envelope)
        if len(self.received) == self.after:
            self.tab.job.cancel()
        return reply


def test_sending_stopped_part_way_goes_on_with_the_others(qtbot, screen, demo):
    tab = screen.mail
    refused = demo.came[-1].email
    handler = StopAfter(tab, after=5)
    handler.refuse = {refused}
    with smtp_server(handler) as server:
        fill(tab, server)
        first = send(qtbot, tab)
        assert first.cancelled and first.counts()[SENT] == 5
        assert "Sending was stopped" in tab.send_notice.text()
        assert f"{len(demo.came) - 5} not handled yet" in tab.send_notice.text()
        second = send(qtbot, tab)
        third = send(qtbot, tab)
    counts = Counter(r.recipients[0] for r in handler.received)
    assert set(counts.values()) == {1}  # nobody got their certificate twice
    assert set(counts) == {p.email for p in demo.came} - {refused}
    assert second.counts()[SENT] == len(demo.came) - 6
    assert second.counts()[ALREADY_SENT] == 5 and second.counts()[FAILED] == 1
    assert third.counts()[SENT] == 0 and third.counts()[FAILED] == 1
    [failed] = [row for row in tab.report_model.rows if row.severity == "error"]
    assert failed.where == refused and "refused" in failed.why
    assert tab.report_model.rows[0] is failed  # failures first
    assert tab.send_notice.kind == "warning"


def test_settings_are_checked_before_anything_is_tried(qtbot, screen):
    tab = screen.mail
    tab.form.host.setText("")
    tab.send()
    assert tab.job is None and "name of the mail server" in tab.send_notice.text()
    tab.form.host.setText("smtp.example.be")
    tab.form.sender.setText("not an address")
    tab.send()
    assert tab.job is None and "is not an e-mail address" in tab.send_notice.text()
    tab.form.sender.setText("events@example.be")
    tab.form.user.setText("organiser")
    tab.form.security.setCurrentIndex(tab.form.security.findData("none"))
    tab.form.password.setText("x")
    tab.send()
    assert tab.job is None and "unencrypted" in tab.send_notice.text()


def test_only_the_people_ticked_in_certificates_can_be_sent_to(qtbot, screen, demo):
    tab = screen.mail
    chosen = demo.came[:2]
    screen.certificates.model.set_ticked([p.id for p in chosen], True)
    assert "(2)" in tab.ticked_radio.text()
    tab.ticked_radio.setChecked(True)
    handler = Handler()
    with smtp_server(handler) as server:
        fill(tab, server)
        report = send(qtbot, tab)
    assert report.counts()[SENT] == 2
    assert sorted(r.recipients[0] for r in handler.received) == sorted(p.email for p in chosen)
