"""The scheduler process: one BlockingScheduler whose jobs call services.

Run it as `python -m scheduler` (or `flask --app wsgi scheduler`), never inside web workers:
APScheduler 3 keeps jobs per process, so exactly-once comes from database constraints.
"""
