"""`python -m scheduler`: the scheduler process; `python -m scheduler --dispatch-only`: a dispatcher."""

from __future__ import annotations

import argparse
import sys

from scheduler import dispatcher, runner
from textsupport import config, create_app, logs
from textsupport.config import exit_on_config_error


def main(argv: list[str] | None = None) -> int:
    """Configure logging, assemble the app, and run the scheduler (or a dispatcher) until told to stop."""
    parser = argparse.ArgumentParser(prog="python -m scheduler")
    parser.add_argument(
        "--dispatch-only",
        action="store_true",
        help="run a dispatcher: send what is due, paced with every other dispatcher (any number may run)",
    )
    args = parser.parse_args(argv)
    with exit_on_config_error():
        app = create_app()
    logs.configure(json_lines=config.of(app).production)
    return dispatcher.run(app) if args.dispatch_only else runner.run(app)


if __name__ == "__main__":
    sys.exit(main())
