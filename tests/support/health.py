"""What /healthz reports for spools with nothing in them (the integration and the route tests)."""

NO_LINES = {"lines": 0, "bytes": 0, "oldest_age_seconds": None}
NOTHING_SET_ASIDE = {"lines": 0, "bytes": 0, "files": [], "last_age_seconds": None}
EMPTY_SPOOL = {**NO_LINES, "replies": NO_LINES, "statuses": NO_LINES, "set_aside": NOTHING_SET_ASIDE}
