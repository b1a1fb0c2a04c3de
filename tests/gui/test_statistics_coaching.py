"""Coaching in the statistics screen: per coach and per topic, no-shows and the waitlist."""

from __future__ import annotations

from coaching_gui_helpers import make_demo
from PySide6.QtWidgets import QLabel

from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.lifecycle import mark_done, mark_no_show
from catchdesk.core.coaching.waitlist import join_waitlist
from catchdesk.core.models import Event
from catchdesk.ui.statistics import StatisticsScreen


def test_coaching_use_per_coach_and_topic_with_no_shows_and_the_waitlist(qtbot, store):
    demo = make_demo(store)
    first, second, third, fourth = demo.people[:4]
    with store.write() as session:
        event = session.get(Event, demo.event.id)
        early = demo.at("09:00")
        sophie = demo.coaches["Sophie"]
        done = book(session, event, first.id, coach_id=sophie, topic="référencement", now=early)
        missed = book(session, event, second.id, coach_id=sophie, topic="référencement", now=early)
        book(session, event, third.id, topic="e-commerce", now=early)
        mark_done(session, event, done.id, now=demo.clock())
        mark_no_show(session, event, missed.id, now=demo.clock())
        join_waitlist(session, event, fourth.id, "référencement", now=demo.clock())
    screen = StatisticsScreen(demo.context())
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    with qtbot.waitSignal(screen.figures_shown, timeout=10_000):
        screen.show()
    try:
        note = screen.findChild(QLabel, "coachingNumberNote").text()
        assert note == "1 held · 1 no-shows · 1 waiting"
        coaches = {row[0]: row[1:] for row in screen.coach_table.rows()}
        assert len(coaches) == 8
        sophie_row = coaches["Sophie Vandenberghe · Table 1"]
        assert sophie_row[:3] == ["1", "1", "1"]  # booked (held), done, no-shows
        topics = {row[0]: row[1:] for row in screen.topic_table.rows()}
        assert topics["référencement"] == ["1", "1", "1", "1"]
        assert topics["e-commerce"] == ["1", "0", "0", "0"]
        tabs = screen.rooms_and_coaching
        assert [tabs.tabText(i) for i in range(tabs.count())] == [
            "Attended / capacity",
            "Coaching per coach",
            "Coaching per topic",
        ]
    finally:
        screen.stop_jobs()
