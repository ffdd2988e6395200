"""A database outage a test can switch on and off without touching the shared server.

PostgreSQL: the app connects through a TCP proxy on loopback; stopping the proxy refuses new
connections and cuts open ones, as a restarting server does. SQLite: the database's folder is moved
away and the app's pool emptied, so opening the file fails until it is moved back.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import threading
from pathlib import Path

from sqlalchemy import make_url


class TcpProxy:
    """Forwards loopback connections to `target`; `stop` refuses and cuts them, `start` listens again."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self._listener: socket.socket | None = None
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        with self._lock:
            for sock in self._open:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self._open.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # stopped
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class Outage:
    """Gives the URL an app should use, and `down()`: a `with` block during which that URL fails."""

    def __init__(self, database_url: str, tmp_path: Path) -> None:
        url = make_url(database_url)
        self._proxy = None
        if url.get_backend_name() == "sqlite":
            self._folder = tmp_path / "database"
            self._folder.mkdir()
            path = self._folder / Path(url.database).name
            shutil.copyfile(url.database, path)
            self.url = f"sqlite:///{path}"
        else:
            self._proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
            self._proxy.start()
            self.url = url.set(host="127.0.0.1", port=self._proxy.port).render_as_string(hide_password=False)

    @contextlib.contextmanager
    def down(self, app):
        """The database is unreachable for `app` inside the block."""
        if self._proxy is not None:
            self._proxy.stop()
        else:
            self._folder.rename(self._folder.with_name("database-away"))
        app.extensions["textsupport.db"].dispose()  # pooled connections would outlive the outage
        try:
            yield
        finally:
            if self._proxy is not None:
                self._proxy.start()
            else:
                self._folder.with_name("database-away").rename(self._folder)

    def close(self) -> None:
        if self._proxy is not None:
            self._proxy.stop()
