"""URL converters: an id in a path is a whole number the database can hold, or the page is a 404."""

from __future__ import annotations

from flask import Flask
from werkzeug.routing import IntegerConverter

from textsupport.whole_numbers import MAX_ID


class IdConverter(IntegerConverter):
    """<int:...> from 1 to MAX_ID: /queue/items/99999999999999999999 is a 404, never a 500."""

    def __init__(self, url_map, *args, **kwargs) -> None:
        kwargs.setdefault("min", 1)
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)


def init_app(app: Flask) -> None:
    """Make every <int:...> in a route an id (set before the blueprints register their rules)."""
    app.url_map.converters["int"] = IdConverter
