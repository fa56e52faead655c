"""A static web server for the page-weight figures: gzip, ETag and Cache-Control, like a real host.

Files whose names carry a content hash (main.57a0d79d.min.css, quiz.59ec2c4332.js) may be kept
for a year without asking again; every other file is revalidated on each use (ETag, answered
with `304 Not Modified` and no body when unchanged). Text is sent gzipped at level 5: what
deploy/nginx.conf does on an intranet server. The server counts the bytes it sends for every
request (status line, headers and body): what Chromium receives.
"""
from __future__ import annotations

import gzip
import hashlib
import http.server
import re
import threading
from dataclasses import dataclass
from pathlib import Path

HASHED_NAME = re.compile(r"\.[0-9a-f]{8,}\.")
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


@dataclass(frozen=True)
class Transfer:
    path: str
    status: int
    bytes: int


class _Counting:
    """The response stream, counting what is written to it."""

    def __init__(self, stream: object) -> None:
        self.stream = stream
        self.count = 0

    def write(self, data: bytes) -> int:
        self.count += len(data)
        return self.stream.write(data)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


class GzipServer:
    """Serves `root` on 127.0.0.1 and a free port; `transfers` lists every response sent."""

    def __init__(self, root: Path) -> None:
        self.transfers: list[Transfer] = []
        outer = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, directory=str(root), **kwargs)  # type: ignore[arg-type]

            def setup(self) -> None:
                super().setup()
                self.wfile = _Counting(self.wfile)  # type: ignore[assignment]

            def do_GET(self) -> None:
                before = self.wfile.count  # type: ignore[attr-defined]
                status = self.respond()
                outer.transfers.append(Transfer(self.path, status, self.wfile.count - before))  # type: ignore[attr-defined]

            def respond(self) -> int:
                path = Path(self.translate_path(self.path))
                if path.is_dir():
                    path = path / "index.html"
                if not path.is_file():
                    self.send_error(404)
                    return 404
                data = path.read_bytes()
                kind = self.guess_type(str(path))
                zipped = kind.startswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", "")
                etag = f'"{hashlib.sha1(data).hexdigest()[:16]}{"-gz" if zipped else ""}"'
                keep = "public, max-age=31536000, immutable" if HASHED_NAME.search(path.name) else "no-cache"
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Cache-Control", keep)
                    self.end_headers()
                    return 304
                body = gzip.compress(data, 5) if zipped else data
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.send_header("Cache-Control", keep)
                self.send_header("Vary", "Accept-Encoding")
                if zipped:
                    self.send_header("Content-Encoding", "gzip")
                self.end_headers()
                self.wfile.write(body)
                return 200

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
