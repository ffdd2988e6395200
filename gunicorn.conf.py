"""gunicorn reads this file from the project folder by default: checks made once, in the master,
before any worker starts (the Procfile's `gunicorn --workers 4 ... wsgi:app`).

Every module-level name here is read as a gunicorn setting, so imports stay inside the hook.
"""


def on_starting(server) -> None:
    """Refuse per-process sign-in throttling when production runs several workers: each would count alone."""
    from textsupport import config as settings_module

    with settings_module.exit_on_config_error():
        settings_module.check_workers(settings_module.load(), server.cfg.workers)
