"""A loopback server for the OpenAI files and batches endpoints, for tests and benchmarks.

    POST /v1/files               multipart upload (purpose=batch), kept on disk
    GET  /v1/files/{id}          file object
    GET  /v1/files/{id}/content  the bytes
    POST /v1/batches             a batch over an uploaded file
    GET  /v1/batches/{id}        the batch object

Each batch plays a scripted scenario (in order of creation; `completed` when the script runs
out): `completed`; `expired` (the first half answered, the rest in the error file with
`batch_expired`); `partial` (every second request fails, in the error file); `malformed`
(one output line cut short); `running` (in_progress until `finish(batch_id, scenario)`).
`answer(body) -> completion dict` answers one request line. Files live in a temporary
folder and lines are streamed, so a run of 100k requests keeps the server's memory flat.

Run it alone (for benchmarks, so its memory is not counted with the client's):
`python tests/batch_server.py` prints its base URL and serves until killed.
"""

from __future__ import annotations

import json
import mmap
import re
import shutil
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

Answer = Callable[[dict], dict]


def completion(arguments: str, *, prompt_tokens: int = 900, completion_tokens: int = 120) -> dict:
    """A tools-mode chat.completion whose tool call carries `arguments` (the draft JSON)."""
    message = {"role": "assistant", "content": None, "tool_calls": [
        {"id": "call_0", "type": "function", "function": {"name": "ArticleDraft", "arguments": arguments}}]}
    return {"id": "chatcmpl-batch", "object": "chat.completion", "created": 0, "model": "stub-model",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens}}


def article_of(body: dict) -> str:
    """The article text inside a request's user message."""
    user = body["messages"][-1]["content"]
    found = re.search(r"<<<ARTICLE\n(.*)\nARTICLE>>>", user, re.S)
    return found.group(1) if found else user


def first_sentence_answer(body: dict) -> dict:
    """A draft quoting the article's first sentence as an attack's evidence (benchmarks)."""
    text = article_of(body)
    first = text.split(". ")[0].rstrip(".") + "."
    draft = {"summary": first[:200], "attacks": [{"kind": "other", "evidence": [first]}], "diplomacy": []}
    return completion(json.dumps(draft))


class BatchServer:
    def __init__(self, answer: Answer = first_sentence_answer, scenarios: list[str] | None = None,
                 background: bool = False):
        # background: a batch runs in a thread after create (in_progress until done), as a
        # provider does; otherwise it finishes before create answers (deterministic tests)
        self.answer, self.scenarios, self.background = answer, list(scenarios or []), background
        self.folder = Path(tempfile.mkdtemp(prefix="batch-server-"))
        self.files: dict[str, dict] = {}
        self.batches: dict[str, dict] = {}
        self.uploads = 0  # file uploads seen (a resumed submit must not upload again)
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def __enter__(self) -> "BatchServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------------ files

    def add_file(self, name: str, purpose: str, source: Path | None = None, data: bytes = b"") -> dict:
        with self._lock:
            fid = f"file-{len(self.files) + 1}"
            path = self.folder / fid
        if source is not None:
            source.replace(path)
        else:
            path.write_bytes(data)
        obj = {"id": fid, "object": "file", "bytes": path.stat().st_size, "created_at": int(time.time()),
               "filename": name, "purpose": purpose, "status": "processed"}
        self.files[fid] = {**obj, "path": path}
        return obj

    # ------------------------------------------------------------------ batches

    def create_batch(self, request: dict) -> dict:
        with self._lock:
            bid = f"batch-{len(self.batches) + 1}"
            scenario = self.scenarios.pop(0) if self.scenarios else "completed"
        batch = {"id": bid, "object": "batch", "endpoint": request["endpoint"], "errors": None,
                 "input_file_id": request["input_file_id"], "completion_window": request["completion_window"],
                 "status": "in_progress", "output_file_id": None, "error_file_id": None,
                 "created_at": int(time.time()), "metadata": request.get("metadata"),
                 "request_counts": {"total": 0, "completed": 0, "failed": 0}}
        self.batches[bid] = batch
        if scenario == "running":
            pass
        elif self.background:
            threading.Thread(target=self.finish, args=(bid, scenario), daemon=True).start()
        else:
            self.finish(bid, scenario)
        return self.batches[bid]

    def finish(self, bid: str, scenario: str = "completed") -> None:
        """Run the batch now: write its output and error files as the scenario says."""
        batch = dict(self.batches[bid])  # published whole at the end: a poll never sees half
        source = self.files[batch["input_file_id"]]["path"]
        out, err = self.folder / f"{bid}.out", self.folder / f"{bid}.err"
        done = failed = n = 0
        with open(source, encoding="utf-8") as fh, open(out, "w") as o, open(err, "w") as e:
            lines = [line for line in fh if line.strip()] if scenario == "expired" else fh
            total = len(lines) if scenario == "expired" else None
            for n, line in enumerate(lines):
                req = json.loads(line)
                cid = req["custom_id"]
                if scenario == "expired" and n >= total // 2:
                    e.write(_error_line(cid, "batch_expired", "This request could not be executed before the completion window expired.") + "\n")
                    failed += 1
                elif scenario == "partial" and n % 2 == 1:
                    e.write(_error_line(cid, "server_error", "The model is overloaded.") + "\n")
                    failed += 1
                else:
                    row = json.dumps({"id": f"req-{n}", "custom_id": cid, "error": None, "response": {
                        "status_code": 200, "request_id": f"r{n}", "body": self.answer(req["body"])}})
                    o.write((row[: len(row) // 2] if scenario == "malformed" and n == 0 else row) + "\n")
                    done += 1
        status = "expired" if scenario == "expired" else "completed"
        batch.update(status=status, request_counts={"total": done + failed, "completed": done, "failed": failed})
        if done:
            batch["output_file_id"] = self.add_file(f"{bid}_output.jsonl", "batch_output", source=out)["id"]
        if failed:
            batch["error_file_id"] = self.add_file(f"{bid}_error.jsonl", "batch_output", source=err)["id"]
        self.batches[bid] = batch


def _error_line(cid: str, code: str, message: str) -> str:
    return json.dumps({"id": f"err-{cid}", "custom_id": cid, "response": None,
                       "error": {"code": code, "message": message}})


def _handler(server: BatchServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet
            pass

        def _send(self, status: int, obj: dict | None = None, path: Path | None = None) -> None:
            self.send_response(status)
            if path is not None:
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", str(path.stat().st_size))
                self.end_headers()
                with open(path, "rb") as fh:
                    shutil.copyfileobj(fh, self.wfile, 1 << 20)
                return
            data = json.dumps(obj).encode()
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            if self.path == "/v1/files":
                return self._send(200, _upload(server, self.rfile, length, self.headers["Content-Type"]))
            body = json.loads(self.rfile.read(length) or b"{}")
            if self.path == "/v1/batches":
                if body.get("input_file_id") not in server.files:
                    return self._send(404, {"error": {"message": "no such file", "type": "invalid_request_error"}})
                return self._send(200, server.create_batch(body))
            self._send(404, {"error": {"message": f"no route {self.path}"}})

        def do_GET(self) -> None:
            parts = self.path.strip("/").split("/")  # v1, files|batches, id[, content]
            if len(parts) >= 3 and parts[1] == "batches" and parts[2] in server.batches:
                return self._send(200, server.batches[parts[2]])
            if len(parts) >= 3 and parts[1] == "files" and parts[2] in server.files:
                f = server.files[parts[2]]
                if parts[3:] == ["content"]:
                    return self._send(200, path=f["path"])
                return self._send(200, {k: v for k, v in f.items() if k != "path"})
            self._send(404, {"error": {"message": f"no route {self.path}", "type": "invalid_request_error"}})

    return Handler


def _upload(server: BatchServer, stream, length: int, content_type: str) -> dict:
    """Spool the multipart body to disk, then cut the `file` part out of it (mmap: the
    upload never sits in memory)."""
    boundary = b"--" + content_type.split("boundary=")[1].strip('"').encode()
    with tempfile.NamedTemporaryFile(dir=server.folder, delete=False) as spool:
        left = length
        while left:
            chunk = stream.read(min(left, 1 << 20))
            if not chunk:
                break
            spool.write(chunk)
            left -= len(chunk)
    fields, file_name, dest = {}, "upload.jsonl", Path(spool.name + ".file")
    with open(spool.name, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        pos = mm.find(boundary)
        while pos != -1:
            head_end = mm.find(b"\r\n\r\n", pos)
            nxt = mm.find(b"\r\n" + boundary, head_end)
            if head_end == -1 or nxt == -1:
                break
            head = mm[pos:head_end].decode("utf-8", "replace")
            name = re.search(r'name="([^"]+)"', head)
            if name and name.group(1) == "file":
                found = re.search(r'filename="([^"]*)"', head)
                file_name = found.group(1) if found else file_name
                with open(dest, "wb") as out:
                    for start in range(head_end + 4, nxt, 1 << 20):
                        out.write(mm[start:min(start + (1 << 20), nxt)])
            elif name:
                fields[name.group(1)] = mm[head_end + 4:nxt].decode()
            pos = nxt + 2
    Path(spool.name).unlink()
    server.uploads += 1
    return server.add_file(file_name, fields.get("purpose", "batch"), source=dest)


def serve(answer: Answer = first_sentence_answer) -> None:
    """Serve in the background mode until killed, printing the base URL first."""
    with BatchServer(answer, background=True) as srv:
        print(srv.base_url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            sys.exit(0)


if __name__ == "__main__":
    serve()
