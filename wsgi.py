"""WSGI entry point for `flask --app wsgi` and production servers (gunicorn wsgi:app)."""

from textsupport import create_app
from textsupport.config import exit_on_config_error

with exit_on_config_error():
    app = create_app()
