"""One-to-one coaching: coaches, slots, bookings and their life, the waitlist, the screens' data.

Modules by responsibility (import the one you need; this package imports none of them, so the
desk window does not pay for coaching at start-up):

- :mod:`.settings` — the event's coaching settings and their defaults;
- :mod:`.coaches` — coaches, their topics, languages, place and colour;
- :mod:`.slots` — slots generated from availability, added by hand, blocked;
- :mod:`.rules` — the booking rules, as checks returning a refusal;
- :mod:`.booking` — booking a chosen slot or the next free one (found by :mod:`.next_free`);
- :mod:`.lifecycle` — arrived, done, no-show, cancelled, rebooking;
- :mod:`.waitlist` — the waitlist and the offering of freed slots;
- :mod:`.grid` — the day grid and a coach's day; :mod:`.figures` — statistics;
- :mod:`.info` — bookings as flat records; :mod:`.lookup` — the person a scan names;
- :mod:`.errors` and :mod:`.messages` — refusals and their sentences in fr/en/nl.
"""
