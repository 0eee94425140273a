"""`clienteling training print-cards`: practice loyalty cards and product tags of the training
chain as PDF for 58 mm, 80 mm and A4. Each page is rendered at the printer's resolution, every
code on it decoded (zxing-cpp, as the app decodes pictures) and resolved by the training
terminal's own scan service: the card is that shopper, the tag that product. TRAINING is on
every page, and the bars are crisp (whole printer dots: no grey pixel across a barcode)."""

from __future__ import annotations

import json

import pytest
import zxingcpp
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from clienteling import paths
from clienteling.cli import main
from clienteling.demo.cards import practice_material
from clienteling.scan.image import decode_pixels
from clienteling.services.scanning import PRODUCT, SHOPPER
from clienteling.ui.practice_cards import PAPERS
from tests.conftest import training_terminal

SMALL = {"shoppers": 40, "products": 40, "stores": 2, "seed": 7}


@pytest.fixture
def training(tmp_path):
    with training_terminal(tmp_path, SMALL, start=False) as terminal:
        yield terminal


def pages(pdf, dpi: int) -> list[tuple[QImage, str]]:
    """Each page at `dpi` with its text."""
    doc = QPdfDocument()
    doc.load(str(pdf))
    assert doc.pageCount() > 0
    out = []
    for i in range(doc.pageCount()):
        points = doc.pagePointSize(i)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        out.append((doc.render(i, size), doc.getAllText(i).text()))
    doc.close()
    return out


def crisp_barcodes(image: QImage) -> int:
    """The EAN-13s in `image`, each checked crisp: a scan line through its middle is pure
    black and white, in runs of whole modules."""
    from PIL import Image

    grey = Image.fromqimage(image).convert("L")
    found = 0
    for code in zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.EAN13):
        p = code.position
        y = (p.top_left.y + p.bottom_left.y) // 2
        row = [grey.getpixel((x, y)) for x in range(p.top_left.x, p.top_right.x + 1)]
        assert set(row) <= {0, 255}, f"grey edges on {code.text}"
        runs, last, length = [], row[0], 0
        for value in row:
            if value == last:
                length += 1
            else:
                runs.append(length)
                last, length = value, 1
        module = min(runs)
        assert all(r % module == 0 for r in runs), f"bars of part modules on {code.text}"
        found += 1
    return found


def test_cards_and_tags_scan_as_the_practice_shoppers_and_products(training, tmp_path, capsys):
    services = training.start()
    services.syncing.sync()
    material = practice_material(training.home, shoppers=3, products=4)
    assert material.store_id == services.store_id and material.shoppers and material.products
    names = {s.loyalty_id: s.name for s in material.shoppers}
    skus = {p.sku for p in material.products}
    for paper in ("58mm", "80mm", "a4"):
        pdf = tmp_path / f"cards-{paper}.pdf"
        argv = ["training", "print-cards", str(pdf), "--paper", paper, "--json"]
        assert main([*argv, "--shoppers", "3", "--products", "4"]) == 0
        said = json.loads(capsys.readouterr().out)
        assert (said["cards"], said["tags"]) == (len(names), len(skus))
        shoppers_seen, products_seen, bars = set(), set(), 0
        for image, text in pages(pdf, PAPERS[paper].dpi):
            assert "TRAINING" in text, f"{paper}: a page without the training mark"
            bars += crisp_barcodes(image)
            codes = decode_pixels(image)
            assert codes, f"{paper}: a page without a code"
            for code in codes:
                outcome = services.scans.resolve(code.scan_text)
                if outcome.action == SHOPPER:
                    assert outcome.shopper_name == names[outcome.loyalty_id]
                    shoppers_seen.add(outcome.loyalty_id)
                else:
                    assert outcome.action == PRODUCT, (code.text, outcome.reason)
                    assert outcome.sku in skus
                    products_seen.add((outcome.sku, code.format))
        assert shoppers_seen == set(names), paper
        # each tag twice: its EAN-13 and its QR
        assert {sku for sku, _ in products_seen} == skus, paper
        assert {f for _, f in products_seen} == {"EAN-13", "QR Code"}, paper
        assert bars == len(skus), paper
        if paper != "a4":  # receipts: one card after another, a page each
            assert said["pages"] == len(names) + len(skus)


def test_cards_in_portuguese_show_the_local_money(training, tmp_path, capsys):
    training.start()
    training.close()
    pdf = tmp_path / "cards.pdf"
    assert main(["training", "print-cards", str(pdf), "--lang", "pt_BR", "--shoppers", "1"]) == 0
    text = " ".join(t for _, t in pages(pdf, 72))
    assert "TREINAMENTO" in text and "Cartão fidelidade" in text
    assert "R$" in text  # the training store is in Brazil: reais, from the catalog's local prices


def test_without_a_training_chain_it_says_to_start_training_once(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CLIENTELING_HOME", str(tmp_path / "home"))
    # A production terminal's folder is never read, whatever it holds.
    production = paths.production_dir()
    production.mkdir(parents=True)
    (production / "demo-hq.db").write_bytes(b"not the training chain")
    pdf = tmp_path / "cards.pdf"
    assert main(["training", "print-cards", str(pdf)]) == 1
    said = capsys.readouterr().err
    assert "clienteling --training" in said and "no training chain" in said
    assert not pdf.exists()
    assert main(["training", "print-cards", str(tmp_path / "cards.png")]) == 1
    assert ".pdf" in capsys.readouterr().err
    assert main(["training", "print-cards", str(tmp_path / "missing" / "cards.pdf")]) == 1
    assert "no such folder" in capsys.readouterr().err
