"""Bytes -> str: refuse what is not text, and find the charset of what is."""

from __future__ import annotations

from charset_normalizer import from_bytes

from eventwire.errors import InputError

# Magic numbers of the binary formats people most often drop into a news folder by mistake.
MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x1f\x8b": "gzip data",
    b"\xd0\xcf\x11\xe0": "an MS Office document",
    b"\x7fELF": "an executable",
    b"SQLite format 3": "a SQLite database",
}


def decode_bytes(source: str, data: bytes) -> str:
    if not data.strip():
        raise InputError(source, "empty document")
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise InputError(source, f"binary content ({what}), not text or HTML")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="strict")
    if data[:4096].count(b"\x00") > 0:
        raise InputError(source, "binary content (NUL bytes), not text or HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data[:200_000])
    best = matches.best()
    # Among equally plausible single-byte guesses, Western European (cp1252) is by far the most
    # common for English-language news; the detector can otherwise pick cp1250 for the same bytes.
    if best is not None and best.encoding in ("cp1250", "iso8859_2", "latin_1", "iso8859_15"):
        best = next((m for m in matches if m.encoding == "cp1252"), best)
    if best is None or best.encoding is None:
        raise InputError(source, "cannot decode: not UTF-8 and no other text encoding fits")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise InputError(source, f"cannot decode as {best.encoding}: {err}") from err
    if _control_ratio(text) > 0.05:
        raise InputError(source, "binary content (too many control characters), not text")
    return text


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(sample)
