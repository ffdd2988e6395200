"""`python -m scheduler`: the scheduler process."""

from __future__ import annotations

import sys

from scheduler.runner import run
from textsupport import config, create_app, logs
from textsupport.config import exit_on_config_error


def main() -> int:
    """Configure logging, assemble the app, and run the scheduler until told to stop."""
    with exit_on_config_error():
        app = create_app()
    logs.configure(json_lines=config.of(app).production)
    return run(app)


if __name__ == "__main__":
    sys.exit(main())
