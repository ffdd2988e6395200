"""The webhook benchmark alone, on one backend: `python -m benchmarks.webhook_only sqlite|postgresql`.

Runs `benchmarks/webhook.py` as `make bench` does (replies against the floor and the baseline in
alternating slices, the p99 at 20 replies/s, then the status callbacks) on a fresh SQLite file or a
scratch PostgreSQL database beside BENCH_DATABASE_URL / TEST_DATABASE_URL, and prints its figures as
one JSON line, prefixed by the backend as in `make bench`'s summary. Run it under the suite lock.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from benchmarks import webhook
from benchmarks.__main__ import make_app, postgres_url

BACKENDS = ("sqlite", "postgresql")


def on_sqlite() -> dict:
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{Path(directory) / 'webhook.db'}"
        return webhook.run(make_app(url), url)


def on_postgresql() -> dict:
    from tests.support import databases

    if not postgres_url():
        raise SystemExit("PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL")
    url = databases.create_postgres_database("benchweb")
    try:
        rendered = url.render_as_string(hide_password=False)
        return webhook.run(make_app(rendered), rendered)
    finally:
        databases.drop_postgres_database(url)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in BACKENDS:
        print(f"usage: python -m benchmarks.webhook_only {'|'.join(BACKENDS)}", file=sys.stderr)
        return 2
    figures = on_sqlite() if argv[0] == "sqlite" else on_postgresql()
    print(json.dumps({f"{argv[0]}_{name}": value for name, value in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
