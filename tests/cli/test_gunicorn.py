"""gunicorn, as the Procfile runs it, refuses production with per-process throttling and several workers."""

import os
import subprocess
import sys

from tests.support.databases import production_settings
from textsupport.config import PROJECT_ROOT


def test_gunicorn_refuses_memory_throttling_with_two_production_workers(tmp_path):
    env = {
        **os.environ,
        **production_settings(f"sqlite:///{tmp_path}/textsupport.db", RATELIMIT_STORAGE_URI="memory://"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", "127.0.0.1:0", "wsgi:app"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,  # a gunicorn that started would run until killed: the test fails here instead
        check=False,
    )
    assert result.returncode != 0
    assert "textsupport: configuration error: RATELIMIT_STORAGE_URI=memory://" in result.stderr
    assert "2 web workers" in result.stderr
