"""Fuzz of the scan interpreter: mutated codes of every family, random text and bytes.

    python tests/benchmarks/fuzz_scan.py --count 1000000 --seed 1

Every input goes through `interpret`, then `describe` (as JSON) and `summary`.
A crash is any exception, or a result that is neither a recognised type nor a
`Rejected` with a known code and a reason. Prints the count per result kind,
the crashes (with the input's repr) and the throughput; exits 1 on any crash.
The same generator feeds the quick fuzz in tests/unit/test_scan_fuzz.py.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from clienteling.scan import (
    CheckAlgorithm,
    LoyaltyFormat,
    RejectCode,
    Rejected,
    ScanConfig,
    describe,
    encode_enrollment,
    encode_order_tracking,
    encode_signed_shopper_code,
    encode_signup,
    interpret,
    summary,
)
from clienteling.scan.results import Scan

KEY = b"fuzz-shopper-code-key-0123456789"
NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
CONFIG = ScanConfig(
    loyalty_formats=(
        LoyaltyFormat("LY", 13, CheckAlgorithm.MOD10),
        LoyaltyFormat("GC", 12, CheckAlgorithm.GS1),
        LoyaltyFormat("M", 9, CheckAlgorithm.MOD11),
        LoyaltyFormat("", 10, CheckAlgorithm.NONE),
    ),
    product_url_prefixes=("https://shop.example.com/p/", "https://m.example.com/produto"),
    tracking_url_prefix="https://track.example.com/o/",
    shopper_code_keys=(KEY,),
)

SEEDS: tuple[str, ...] = (
    "4006381333931",
    "96385074",
    "036000291452",
    "04252614",
    "01234565",
    "10614141000415",
    "]E04006381333931",
    "]C10109506000134352172612311 0ABC\x1d21XYZ123".replace(" ", ""),
    "]d2010950600013435217261200\x1d10AB-12\x1d3103000500",
    "]Q3000106141411234567897\x1d400PO-12",
    "(01)09506000134352(17)261231(10)ABC",
    "(414)5412345000013(3922)1234(8200)https://example.com/x",
    "(02)10614141000415(37)24(15)270300",
    "https://id.gs1.org/01/09506000134352/10/ABC123?17=261231",
    "https://example.com/01/9506000134352?3103=000195",
    "https://id.example.com/a/b/01/09506000134352/22/V1/10/L%2F1/21/S9?linkType=x&15=260100",
    "https://shop.example.com/p/SKU-123?utm=qr",
    "https://m.example.com/produto/ABC_9",
    "LY00000123455",
    "GC1234567890",
    "M0000006X",
    "1234567890",
    encode_order_tracking("0b8f1c2e-3f4a-4b5c-8d9e-0f1a2b3c4d5e"),
    encode_order_tracking("0b8f1c2e-3f4a-4b5c-8d9e-0f1a2b3c4d5e", "https://track.example.com/o/"),
    encode_enrollment("https://hq.example.com:8443/api", "ABCD-EFGH-JKLM-NPQR"),
    encode_enrollment("http://127.0.0.1:8765", "WXYZ-2345"),
    encode_signup("BR-SP-01", "E123"),
    encode_signup("PT-LX-02"),
    encode_signed_shopper_code("LY00000123455", datetime(2026, 6, 1, tzinfo=UTC), KEY),
    encode_signed_shopper_code("LY00000123455", datetime(2026, 4, 1, tzinfo=UTC), KEY),
)

# Characters mutations insert: the syntax of every format, controls, and text from afar.
ALPHABET = (
    "0123456789" * 4
    + "AXZaxz-_./:?=&%()#+ ]"
    + "\x1d\x1d\x00\t\r\n\x1e\x7f\x85\xa0\u00e9\u0661\u00b2\uff11\u200b\ufeff\ud800\U0001f600"
)
RESULT_KINDS = {"product", "gs1", "digital_link", "retailer_url", "loyalty", "signed_shopper",
                "order", "enrollment", "signup", "rejected"}  # fmt: skip


def _char(rnd: random.Random) -> str:
    return rnd.choice(ALPHABET) if rnd.random() < 0.9 else chr(rnd.randrange(0x110000))


def _mutate_once(rnd: random.Random, text: str) -> str:
    i = rnd.randrange(len(text) + 1)
    op = rnd.randrange(8)
    if op == 0:
        return text[:i] + _char(rnd) + text[i + 1 :]  # replace
    if op == 1:
        return text[:i] + _char(rnd) + text[i:]  # insert
    if op == 2:
        return text[:i] + text[i + 1 :]  # delete
    if op == 3:
        return text[:i]  # truncate
    if op == 4:
        j = rnd.randrange(len(text) + 1)
        return text[:i] + text[min(i, j) : max(i, j)] + text[i:]  # duplicate a slice
    if op == 5:
        return rnd.choice(("]C1", "]e0", "]d2", "]Q3", "]E0", "]E4", "]Q1", "\x1d", " ")) + text
    if op == 6:
        return text + rnd.choice(("\r\n", "\t", "\n", "\x1d", "\x00", " ", "/", "?17=261231"))
    return text + rnd.choice(SEEDS)  # two codes in one


def mutated(rnd: random.Random) -> str:
    text = rnd.choice(SEEDS)
    for _ in range(rnd.choice((1, 1, 1, 2, 3, 5))):
        text = _mutate_once(rnd, text)
    return text


def random_text(rnd: random.Random) -> str:
    return "".join(_char(rnd) for _ in range(rnd.randrange(60)))


def random_bytes(rnd: random.Random) -> bytes:
    return rnd.randbytes(rnd.randrange(60))


def mutated_bytes(rnd: random.Random) -> bytes:
    data = bytearray(mutated(rnd).encode("utf-8", "surrogatepass"))
    if data and rnd.random() < 0.5:
        data[rnd.randrange(len(data))] = rnd.randrange(256)
    return bytes(data)


def huge(rnd: random.Random) -> str | bytes:
    """Near and past the size limit: repeated codes, digits, or bytes."""
    size = rnd.choice((4095, 4096, 4097, 5000, 100_000, 1_000_000))
    unit = rnd.choice((*SEEDS, "0", "\x1d", "9" * 7, "é"))
    text = (unit * (size // len(unit) + 1))[:size]
    return text.encode() if rnd.random() < 0.3 else text


GENERATORS: tuple[tuple[Callable[[random.Random], str | bytes], int], ...] = (
    (mutated, 70),
    (random_text, 12),
    (random_bytes, 8),
    (mutated_bytes, 9),
    (huge, 1),
)


def inputs(count: int, seed: int) -> Iterator[str | bytes]:
    """`count` inputs, the same ones for the same seed; the valid seeds come first."""
    rnd = random.Random(seed)
    makers = [g for g, _ in GENERATORS]
    weights = [w for _, w in GENERATORS]
    for n in range(count):
        yield SEEDS[n] if n < len(SEEDS) else rnd.choices(makers, weights)[0](rnd)


def problem(result: Scan) -> str | None:
    """What is wrong with a result (None: it is a recognised kind or a proper rejection)."""
    if getattr(result, "kind", None) not in RESULT_KINDS:
        return f"unexpected result {result!r}"
    if isinstance(result, Rejected) and (
        not isinstance(result.code, RejectCode) or not result.reason.strip()
    ):
        return f"rejection without code or reason: {result!r}"
    json.dumps(describe(result))
    return None if summary(result) else "empty summary"


def check(payload: str | bytes) -> tuple[str, str | None]:
    """The result's label (its kind, or "rejected:<code>") and its problem; on an exception,
    "crash" and the exception."""
    try:
        result = interpret(payload, CONFIG, now=NOW)
        trouble = problem(result)
    except Exception as exc:
        return "crash", f"{type(exc).__name__}: {exc}"
    label = f"rejected:{result.code}" if isinstance(result, Rejected) else result.kind
    return label, trouble


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    labels: Counter[str] = Counter()
    crashes: list[str] = []
    started = time.perf_counter()
    for payload in inputs(args.count, args.seed):
        label, trouble = check(payload)
        labels[label] += 1
        if trouble is not None:
            crashes.append(f"{trouble} <- {payload[:200]!r} (length {len(payload)})")
    seconds = time.perf_counter() - started
    _report(args, labels, crashes, seconds)
    return 1 if crashes else 0


def _report(args: argparse.Namespace, labels: Counter[str], crashes: list[str], s: float) -> None:
    print(f"python tests/benchmarks/fuzz_scan.py --count {args.count} --seed {args.seed}")
    print(f"inputs {args.count}, crashes {len(crashes)}, {s:.1f} s, {args.count / s:,.0f} inputs/s")
    recognised = sum(
        n for label, n in labels.items() if not label.startswith(("rejected", "crash"))
    )
    print(f"recognised {recognised}, rejected {labels.total() - recognised - labels['crash']}")
    for label, n in sorted(
        labels.items(), key=lambda item: (item[0].startswith("rejected"), -item[1])
    ):
        print(f"  {label:26} {n:9}")
    for line in crashes[:50]:
        print("CRASH", line)


if __name__ == "__main__":
    sys.exit(main())
