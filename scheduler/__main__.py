"""`python -m scheduler`: the scheduler process."""

from __future__ import annotations

import logging
import sys

from scheduler.runner import run
from textsupport import create_app
from textsupport.config import exit_on_config_error


def main() -> int:
    """Configure logging, assemble the app, and run the scheduler until told to stop."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    with exit_on_config_error():
        app = create_app()
    return run(app)


if __name__ == "__main__":
    sys.exit(main())
