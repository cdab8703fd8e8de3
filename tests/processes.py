"""Helpers for tests that start real servers as child processes on loopback."""

from __future__ import annotations

import socket
import sys


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def die_with_parent() -> None:
    """Linux: the child gets SIGTERM when pytest dies (a CI timeout kills pytest without
    running the fixtures' cleanup, which would leave servers running). A `preexec_fn`."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
