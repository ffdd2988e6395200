"""GET /healthz."""

import pytest

from tests.support.databases import make_settings
from textsupport import create_app


def test_healthz_is_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json()["status"] == "ok"
    assert response.get_json()["database"] == "ok"


@pytest.mark.parametrize(
    "unreachable",
    [
        "postgresql+psycopg://postgres@127.0.0.1:9/none",  # nothing listens on port 9
        "sqlite:////nonexistent-directory/textsupport.db",
    ],
)
def test_healthz_is_503_when_the_database_is_unreachable(unreachable):
    app = create_app(make_settings(unreachable))
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json() == {"status": "error", "database": "unreachable"}
    app.extensions["textsupport.db"].dispose()
