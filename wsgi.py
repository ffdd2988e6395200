"""WSGI entry point for `flask --app wsgi` and production servers (gunicorn wsgi:app)."""

from textsupport import config, create_app, logs

with config.exit_on_config_error():
    app = create_app()
logs.configure(json_lines=config.of(app).production)
