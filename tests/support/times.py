"""Named instants for frozen-time tests, each with its weekday and Edmonton local time."""

from datetime import UTC, datetime

UTC = UTC

# Sun 2026-03-08 08:59 UTC = 01:59 MST, one minute before clocks spring forward to 03:00 MDT.
BEFORE_SPRING_FORWARD = datetime(2026, 3, 8, 8, 59, tzinfo=UTC)
# Sun 2026-03-08 16:00 UTC = 10:00 MDT, the daily send time on the spring-forward day.
SPRING_FORWARD_SEND = datetime(2026, 3, 8, 16, 0, tzinfo=UTC)
# Sat 2026-03-07 17:00 UTC = 10:00 MST, the send time the day before.
DAY_BEFORE_SPRING_SEND = datetime(2026, 3, 7, 17, 0, tzinfo=UTC)
# Sun 2026-11-01 17:00 UTC = 10:00 MST, the send time on the fall-back day.
FALL_BACK_SEND = datetime(2026, 11, 1, 17, 0, tzinfo=UTC)
# Sun 2026-11-01 06:59 UTC = 00:59 MDT, shortly before 02:00 MDT falls back to 01:00 MST.
FALL_BACK_JUST_AFTER_MIDNIGHT = datetime(2026, 11, 1, 6, 59, tzinfo=UTC)
# Mon 2026-11-23 06:30 UTC = Sun 2026-11-22 23:30 MST: UTC date and local date differ.
LATE_SUNDAY_EVENING = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)
# Mon 2026-03-09 16:00 UTC = 10:00 MDT, the send time on the first Monday of summer time.
SPRING_MONDAY_SEND = datetime(2026, 3, 9, 16, 0, tzinfo=UTC)
# Mon 2026-11-23 17:00 UTC = 10:00 MST, the daily send time.
MONDAY_SEND = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)
# Mon 2026-11-23 18:00:05 UTC = 11:00:05 MST, five seconds into a TOTP time step.
MONDAY_ELEVEN = datetime(2026, 11, 23, 18, 0, 5, tzinfo=UTC)
# Mon 2026-11-23 19:00 UTC = 12:00 MST, a working day's noon: the queue's usual "now".
MONDAY_NOON = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)
# Tue 2026-11-24 09:00 UTC = 02:00 MST, inside quiet hours.
TUESDAY_NIGHT = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
# Tue 2026-11-24 15:00 UTC = 08:00 MST: the day's text is planned, not sent.
TUESDAY_MORNING = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
# Tue 2026-11-24 17:00 UTC = 10:00 MST, the daily send time.
TUESDAY_SEND = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
# Wed 2026-11-25 17:00 UTC = 10:00 MST, the daily send time.
WEDNESDAY_SEND = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)
