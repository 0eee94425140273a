"""The terminals of `bench_orders.py`, in their own process so they are measured apart from HQ.

    python tests/benchmarks/order_clients.py PLAN.json RESULT.json

PLAN: {"port", "phase": "health" | "orders", "seconds", "terminals": [{"token",
"bodies": [...]}, ...]}. One thread per terminal, one kept-alive connection each
(http.client: the lightest client the standard library has, so the client's own
cost weighs as little as it can on both phases). A terminal stops at the end of
its bodies or after `seconds`, whichever comes first. An order whose body has
"resend": true is sent a second time right after (a terminal that lost the
first answer); both answers must agree.
"""

from __future__ import annotations

import http.client
import json
import sys
import threading
import time


def _terminal(port: int, phase: str, spec: dict, deadline: float, out: dict) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {
        "Authorization": f"Bearer {spec['token']}",
        "Content-Type": "application/json",
        "Clienteling-App-Version": "1.0.0",
        "Clienteling-Cache-Schema": "1",
        "Clienteling-Protocol": "1",
    }
    latencies, statuses, placed, mismatched = [], {}, [], 0

    def send(method: str, path: str, body: bytes | None) -> tuple[int, bytes]:
        conn.request(method, path, body=body, headers=headers)
        r = conn.getresponse()
        return r.status, r.read()

    for body in spec["bodies"]:
        if time.monotonic() > deadline:
            break
        t0 = time.perf_counter()
        if phase == "health":
            status, _ = send("GET", "/healthz", None)
        else:
            resend = body.pop("resend", False)
            status, answer = send("POST", "/v1/orders", json.dumps(body).encode())
        latencies.append(time.perf_counter() - t0)
        statuses[status] = statuses.get(status, 0) + 1
        if phase == "orders":
            if status == 201:
                placed.append(body["order_id"])
            if resend:
                again, answer2 = send("POST", "/v1/orders", json.dumps(body).encode())
                first, second = json.loads(answer), json.loads(answer2)
                if again != status or (status == 201 and first["order_id"] != second["order_id"]):
                    mismatched += 1
    conn.close()
    out.update(latencies=latencies, statuses=statuses, placed=placed, mismatched=mismatched)


def main() -> None:
    plan = json.loads(open(sys.argv[1]).read())
    results = [{} for _ in plan["terminals"]]
    t0 = time.perf_counter()
    deadline = time.monotonic() + plan["seconds"]
    threads = [
        threading.Thread(
            target=_terminal, args=(plan["port"], plan["phase"], spec, deadline, results[k])
        )
        for k, spec in enumerate(plan["terminals"])
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - t0
    statuses: dict[str, int] = {}
    for r in results:
        for s, n in r.get("statuses", {}).items():
            statuses[str(s)] = statuses.get(str(s), 0) + n
    summary = {
        "elapsed": elapsed,
        "latencies": [x for r in results for x in r.get("latencies", [])],
        "statuses": statuses,
        "placed": [x for r in results for x in r.get("placed", [])],
        "mismatched": sum(r.get("mismatched", 0) for r in results),
    }
    with open(sys.argv[2], "w") as f:
        json.dump(summary, f)


if __name__ == "__main__":
    main()
