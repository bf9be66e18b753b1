"""Ingest: files, sidecars, JSON Lines and HTML into Documents; publication dates; boilerplate; bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from accordwatch.ingest import date_by_numbering, read_documents
from accordwatch.ingest.release_numbers import ReleaseNumber, estimate_day, release_number
from accordwatch.model import Document, Failure

REPORT = (
    "Elders broker truce in Badghis\r\n"
    "\r\n"
    "Tribal elders in Qala-e-Naw brokered a three-day truce between rival militias on Tuesday, "
    "officials said — the first since the spring.\r\n"
    "The provincial governor said both sides would exchange eleven detainees before Friday.\r\n"
)


def read_one(path: Path) -> Document:
    batch = read_documents([path])
    assert batch.failures == []
    assert len(batch.documents) == 1
    return batch.documents[0]


def read_failure(path: Path) -> Failure:
    batch = read_documents([path])
    assert batch.documents == []
    assert len(batch.failures) == 1
    return batch.failures[0]


# ------------------------------------------------------------------------------ sidecars and text


def test_sidecar_metadata_is_used_and_text_is_stored_unchanged(write):
    path = write("badghis.txt", REPORT)
    write("badghis.meta.json", json.dumps({
        "id": "bdg-2021-05-11", "published": "2021-05-11", "outlet": "Western Herald",
        "title": "Elders broker truce in Badghis", "url": "https://example.org/badghis-truce",
    }))

    document = read_one(path)

    assert document.id == "bdg-2021-05-11"
    assert document.published == date(2021, 5, 11)
    assert document.published_from == "metadata"
    assert document.outlet == "Western Herald"
    assert document.title == "Elders broker truce in Badghis"
    assert document.url == "https://example.org/badghis-truce"
    # CRLF line ends and the em dash survive: offsets must point into exactly what was in the file
    assert document.text == REPORT
    assert document.text.encode("utf-8") == path.read_bytes()
    assert document.warnings == []


def test_without_sidecar_the_file_name_is_the_id(write):
    document = read_one(write("badghis-truce.txt", REPORT))
    assert document.id == "badghis-truce"
    assert document.title is None
    assert document.outlet is None


# ------------------------------------------------------------------------------ publication date


def test_dateline_with_year_gives_the_publication_date(write):
    path = write("kabul.txt", "KABUL, Afghanistan (Jan. 25, 2013)\n"
                              "Officials in the capital said talks with insurgent envoys would resume next week.\n")
    document = read_one(path)
    assert document.published == date(2013, 1, 25)
    assert document.published_from == "dateline"
    assert document.warnings == []


def test_a_dateline_with_a_full_stop_for_its_comma_still_dates_the_report(write):
    document = read_one(write("kunar.txt", "KUNAR, Afghanistan (Nov. 3. 2013)\n"
                                           "Elders in the valley said the road had reopened after the floods.\n"))
    assert document.published == date(2013, 11, 3)


def test_dateline_without_year_takes_the_year_named_in_the_text_and_warns(write):
    path = write("herat.txt", "HERAT, March 3 (Reuters) - Local elders met provincial officials on Sunday "
                              "to discuss a truce.\nThe governor said the accord reached in 2019 would hold "
                              "through the winter.\n")
    document = read_one(path)
    assert document.published == date(2019, 3, 3)
    assert document.published_from == "dateline"
    # the guess is flagged: the dateline had no year of its own
    assert any("no year" in w or "inferred" in w for w in document.warnings), document.warnings


def test_no_date_anywhere_is_flagged_unknown(write):
    path = write("undated.txt", "Elders met officials to discuss a local truce in the western province.\n"
                                "They said prisoners would be exchanged once both sides agree on lists.\n")
    document = read_one(path)
    assert document.published is None
    assert document.published_from is None
    assert any("unknown" in w for w in document.warnings), document.warnings


def test_metadata_date_contradicted_by_dateline_warns_with_both_dates(write):
    path = write("maimana.txt", "MAIMANA, Afghanistan (June 4, 2021)\n"
                                "A local militia freed nine hostages after talks mediated by village elders.\n")
    write("maimana.meta.json", json.dumps({"id": "maimana", "published": "2021-06-07"}))
    document = read_one(path)
    assert document.published == date(2021, 6, 7)  # metadata wins...
    assert document.published_from == "metadata"
    # ...but the contradiction is reported, naming both dates
    assert any("2021-06-04" in w and "2021-06-07" in w for w in document.warnings), document.warnings


def test_metadata_date_that_is_not_a_date_is_reported_and_ignored(write):
    path = write("kunduz.txt", "KUNDUZ, Afghanistan (Oct. 2, 2015)\n"
                               "Government forces retook the city centre after three days of fighting.\n")
    write("kunduz.meta.json", json.dumps({"published": "last Tuesday"}))
    document = read_one(path)
    assert document.published == date(2015, 10, 2)
    assert document.published_from == "dateline"
    assert any("last Tuesday" in w for w in document.warnings)


def test_acronym_and_date_in_the_body_is_not_a_dateline(write):
    path = write("unama.txt", "Prisoner talks stall again\n"
                              "The government said the next round would open in Doha. Officials from UNAMA, "
                              "the UN mission, said on March 3 that both sides had agreed to meet, as they "
                              "did in 2020.\n")
    document = read_one(path)
    assert document.published is None
    assert any("unknown" in w for w in document.warnings)


# ------------------------------------------------------------------------------ boilerplate


BOILERPLATE_PAGE = [
    "Militia frees nine hostages in Faryab",
    "",
    "MAIMANA, Afghanistan (June 4, 2021) - A local militia freed nine hostages on Thursday after talks "
    "mediated by village elders, a provincial spokesman said.",
    "Share this article",
    "The hostages, all employees of a road construction firm, were handed over to the district governor "
    "in the afternoon.",
    "Follow us on Twitter",
    "",
    "Officials said the release was part of a wider understanding reached with community leaders last month.",
    "",
    "Comments (0)",
    "Your email address will not be published.",
    "Related headlines",
    "Floods damage homes in northern districts",
    "Governor opens new clinic in Andkhoy",
]
FURNITURE = ["Share this article", "Follow us on Twitter", "Comments (0)",
             "Your email address will not be published.", "Related headlines",
             "Floods damage homes in northern districts", "Governor opens new clinic in Andkhoy"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_page_furniture_is_boilerplate_and_offsets_slice_the_stored_text(write, newline):
    text = "  " + newline.join(BOILERPLATE_PAGE) + newline  # leading blanks: offsets must still be exact
    document = read_one(write("faryab.txt", text))
    assert document.text == text

    kinds = {document.text[start:end]: kind for start, end, kind in document.lines}
    # every non-blank line is classified, and its offsets slice exactly that line out of the stored text
    assert sorted(kinds) == sorted(line for line in BOILERPLATE_PAGE if line)
    assert len(document.lines) == len(kinds)
    for line in FURNITURE:
        assert kinds[line] == "boilerplate", line
    for line in (BOILERPLATE_PAGE[2], BOILERPLATE_PAGE[4], BOILERPLATE_PAGE[7]):
        assert kinds[line] == "body", line
    assert kinds["Militia frees nine hostages in Faryab"] == "heading"

    share = document.text.index("Share this article")
    assert document.is_boilerplate(share, share + 5)
    body = document.text.index("The hostages")
    assert not document.is_boilerplate(body, body + 12)


WRAPPED = ("Soldiers raid a market in Zabul\n"
           "\n"
           "Soldiers searching for a bomb maker detained\n"
           "three men and seized two rifles in a market in\n"
           "Shahjoy district on Monday, the provincial police\n"
           "chief said.\n")


@pytest.mark.parametrize("wrap", ["\n", "\u2028"], ids=["newline", "line-separator"])
def test_a_hard_wrapped_paragraph_is_news_line_by_line(write, wrap):
    document = read_one(write("wrapped.txt", WRAPPED.replace("\n", wrap).replace(wrap + wrap, "\n\n")))
    kinds = [(document.text[start:end], kind) for start, end, kind in document.lines]
    assert kinds[0] == ("Soldiers raid a market in Zabul", "heading")
    assert [kind for _, kind in kinds[1:]] == ["body"] * 4, kinds


@pytest.mark.parametrize("text", [
    "Rebels seize two border villages after a night of fighting",
    "Police break up a sit-in by striking nurses outside the health ministry on Monday",
    "TROOPS RETAKE HILLTOP TOWN FROM INSURGENTS, ARMY SAYS",
])
def test_a_text_with_no_paragraph_is_its_own_news(write, text):
    # a snippet or an alert sent alone (no line ends as a sentence) is the whole report, not a heading
    document = read_one(write("alert.txt", text + "\n"))
    assert [kind for *_, kind in document.lines] == ["body"]


def test_a_heading_over_a_story_stays_a_heading(write):
    document = read_one(write("story.txt", "Rebels seize two border villages\n\n"
                                           "Rebel fighters took two villages near the border on Sunday, "
                                           "residents said.\n"))
    assert [kind for *_, kind in document.lines] == ["heading", "body"]


# ------------------------------------------------------------------------------ JSON Lines


def test_jsonl_good_bad_and_textless_lines(write):
    good = {"id": "wire-1", "text": "Negotiators met in Doha on Monday to discuss a prisoner exchange.",
            "published": "2020-09-14", "outlet": "Gulf Wire", "title": "Negotiators meet in Doha",
            "desk": "asia", "tags": ["talks", "prisoners"]}
    path = write("wire.jsonl", json.dumps(good) + "\n"
                               '{"id": "wire-2", "text": "broken\n'
                               + json.dumps({"id": "wire-3", "title": "no text here"}) + "\n")
    batch = read_documents([path])

    assert [d.id for d in batch.documents] == ["wire-1"]
    document = batch.documents[0]
    assert document.text == good["text"]
    assert document.published == date(2020, 9, 14)
    assert document.outlet == "Gulf Wire"
    assert document.title == "Negotiators meet in Doha"
    assert document.metadata == {"desk": "asia", "tags": ["talks", "prisoners"], "encoding": "utf-8"}

    assert [(f.source, f.line) for f in batch.failures] == [(str(path), 2), (str(path), 3)]
    malformed, textless = (str(f) for f in batch.failures)
    assert malformed.startswith(f"{path}:2: ")
    assert "malformed JSON" in malformed
    assert textless.startswith(f"{path}:3: ")
    assert "'text'" in textless


def test_jsonl_records_with_unicode_separators_and_crlf_line_ends(write):
    # U+2028 and U+0085 are legal raw inside JSON strings: they must not split a record
    first = {"id": "wire-8", "text": "Talks resumed in Doha.\u2028Both sides exchanged prisoner lists."}
    second = {"id": "wire-9", "text": "Elders met in Herat.\x85They asked for a local truce."}
    path = write("sep.jsonl", json.dumps(first, ensure_ascii=False) + "\r\n" + json.dumps(second, ensure_ascii=False)
                 + "\r\n{broken\r\n")
    batch = read_documents([path])
    assert [d.text for d in batch.documents] == [first["text"], second["text"]]
    assert [(f.line, "malformed JSON" in f.reason) for f in batch.failures] == [(3, True)]


# ------------------------------------------------------------------------------ HTML


PAGE = """<!DOCTYPE html>
<html><head><title>Elders broker truce in Badghis</title></head>
<body>
<nav><ul><li><a href="/">Homepage Link</a></li><li><a href="/world">World Desk Index</a></li>
<li><a href="/sport">Sport Pages Index</a></li></ul></nav>
<article>
<h1>Elders broker truce in Badghis</h1>
<p>Tribal elders in Badghis province brokered a three-day truce between rival militias on Tuesday, according
to local officials who attended the gathering in Qala-e-Naw.</p>
<p>The provincial governor said both sides had agreed to exchange eleven detainees before the end of the week,
and that monitors from the district council would observe the handover.</p>
</article>
<footer><a href="#">Share on Facebook</a> <a href="#">Contact the newsroom</a></footer>
</body></html>
"""


def test_html_page_keeps_the_article_and_drops_the_navigation(write):
    batch = read_documents([write("badghis.html", PAGE)])
    assert batch.failures == []
    assert len(batch.documents) == 1
    document = batch.documents[0]
    text = " ".join(document.text.split())
    assert "brokered a three-day truce between rival militias on Tuesday" in text
    assert "exchange eleven detainees before the end of the week" in text
    for furniture in ("Homepage Link", "World Desk Index", "Sport Pages Index"):
        assert furniture not in document.text
    # whatever footer text is kept must not count as news
    if "Share on Facebook" in document.text:
        start = document.text.index("Share on Facebook")
        assert document.is_boilerplate(start, start + 5)
    assert document.title == "Elders broker truce in Badghis"


def test_html_page_without_article_text_is_a_failure(write):
    path = write("empty-page.html", "<html><head><title>Index</title></head><body><nav><ul><li><a href='/'>Home</a>"
                                    "</li><li><a href='/w'>World</a></li></ul></nav><script>var a = 1;</script>"
                                    "</body></html>")
    failure = read_failure(path)
    assert str(path) in str(failure)
    assert "no article text" in failure.reason


# ------------------------------------------------------------------------------ encodings

ACCENTED = ("Les négociateurs ont déclaré à Genève qu'ils étaient prêts à libérer cinquante détenus.\n"
            "Die Gespräche über den Austausch wurden am Montag fortgesetzt, sagte ein Sprecher.\n")
WINDOWS_PUNCTUATION = ("Officials said the \u201cfirst phase\u201d of the handover \u2013 some 200 men \u2013 "
                       "was complete and had cost \u20ac40,000.\nThe governor\u2019s office would not comment.\n")
CYRILLIC = "Представитель губернатора заявил, что обмен пленными продолжится в понедельник.\n"
SWEDISH = "Förhandlarna i Göteborg sade att fångutväxlingen fortsätter på måndag.\n"


@pytest.mark.parametrize(
    ("text", "encoded", "encodings"),
    [
        (REPORT, "\ufeff".encode("utf-16-le") + REPORT.encode("utf-16-le"), {"utf-16"}),
        (REPORT, "\ufeff".encode("utf-16-be") + REPORT.encode("utf-16-be"), {"utf-16"}),
        (REPORT, "\ufeff".encode("utf-32-le") + REPORT.encode("utf-32-le"), {"utf-32"}),
        (ACCENTED, b"\xef\xbb\xbf" + ACCENTED.encode("utf-8"), {"utf-8-sig"}),
        (ACCENTED, ACCENTED.encode("utf-8"), {"utf-8"}),
        (ACCENTED, ACCENTED.encode("latin-1"), {"latin-1", "iso8859-1", "cp1252"}),
        (WINDOWS_PUNCTUATION, WINDOWS_PUNCTUATION.encode("cp1252"), {"cp1252"}),
        (CYRILLIC, CYRILLIC.encode("cp1251"), {"cp1251"}),
        (SWEDISH, SWEDISH.encode("latin-1"), {"latin-1", "iso8859-1", "cp1252"}),
    ],
    ids=["utf16-le-bom", "utf16-be-bom", "utf32-bom", "utf8-bom", "utf8", "latin1", "windows-1252", "windows-1251",
         "latin1-swedish"],
)
def test_texts_in_other_encodings_are_read_and_the_encoding_recorded(write, text, encoded, encodings):
    document = read_one(write("in/report.txt", encoded))
    assert document.text == text.removeprefix("\ufeff")
    assert document.metadata["encoding"] in encodings


def test_a_utf16_jsonl_feed_is_read_line_by_line(write):
    lines = [json.dumps({"id": f"w{n}", "text": f"Elders met the governor for the {n}th time."}) for n in (4, 5)]
    path = write("wire.jsonl", "\ufeff".encode("utf-16-le") + "\n".join(lines).encode("utf-16-le"))
    batch = read_documents([path])
    assert batch.failures == []
    assert [(d.id, d.metadata["encoding"]) for d in batch.documents] == [("w4", "utf-16"), ("w5", "utf-16")]


def test_nul_heavy_bytes_are_refused_in_one_line(write):
    path = write("in/scan.txt", bytes(range(256)) * 30)
    failure = read_failure(path)
    assert str(failure).startswith(f"{path}: binary")
    assert "\n" not in str(failure)


# ------------------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("binary.txt", b"PK\x03\x04\x00\x00\x14\x00 not a report", "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4, "binary"),
        ("notes.docx", b"Elders met officials to discuss a truce.", "unsupported file type '.docx'"),
    ],
    ids=["binary", "empty", "whitespace", "nul-heavy-image", "unsupported-extension"],
)
def test_bad_file_gives_a_failure_naming_file_and_problem(write, name, content, problem):
    path = write(name, content)
    failure = read_failure(path)
    assert failure.source == str(path)
    message = str(failure)
    assert message.startswith(f"{path}: ")
    assert problem in message


def test_missing_path_gives_a_failure(tmp_path):
    path = tmp_path / "nowhere" / "report.txt"
    failure = read_failure(path)
    assert str(failure) == f"{path}: no such file or folder"


def test_broken_sidecar_is_a_failure_naming_the_sidecar(write):
    path = write("r1.txt", REPORT)
    sidecar = write("r1.meta.json", '{"id": "r1", ')
    failure = read_failure(path)
    # kept under the report's path (so --retry-failed reads the report again), naming the sidecar
    assert str(failure).startswith(f"{path}: sidecar {sidecar.name} ")
    assert "not valid JSON" in failure.reason


def test_folder_with_good_and_bad_files_yields_the_good_documents(write, tmp_path):
    write("batch/a-good.txt", REPORT)
    write("batch/a-good.meta.json", json.dumps({"id": "good-a", "published": "2021-05-11"}))
    write("batch/b-empty.txt", "")
    write("batch/c-binary.txt", b"\x00\x01\x02\x03")
    write("batch/nested/d-good.txt", "KABUL, Afghanistan (Jan. 25, 2013)\nTalks will resume next week, "
                                     "officials in the capital said on Friday.\n")
    write("batch/agreement.yaml", "id: x\n")

    batch = read_documents([tmp_path / "batch"])

    assert sorted(d.id for d in batch.documents) == ["d-good", "good-a"]
    assert sorted(Path(f.source).name for f in batch.failures) == ["b-empty.txt", "c-binary.txt"]
    # the sidecar is read with its report, not as a document; the agreement file is listed as skipped
    assert batch.not_documents == [str(tmp_path / "batch" / "agreement.yaml")]


# ------------------------------------------------------------------------------ links, pipes, paths


def test_symlink_loops_in_a_folder_are_reported_and_the_rest_is_read(write, tmp_path):
    write("in/a-good.txt", REPORT)
    folder = tmp_path / "in"
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "ping.txt").symlink_to(folder / "pong.txt")
    (folder / "pong.txt").symlink_to(folder / "ping.txt")
    (folder / "nested").mkdir()
    (folder / "nested" / "up").symlink_to(folder, target_is_directory=True)

    batch = read_documents([folder])

    assert [d.id for d in batch.documents] == ["a-good"]
    reported = {Path(f.source).relative_to(folder).as_posix(): f for f in batch.failures}
    assert sorted(reported) == ["nested/up", "ping.txt", "pong.txt", "self.txt"]
    for failure in reported.values():
        assert "symlink loop" in failure.reason
        assert "\n" not in str(failure)


def test_a_linked_folder_of_reports_is_read_and_a_dangling_link_reported(write, tmp_path):
    write("elsewhere/b-linked.txt", REPORT.replace("Badghis", "Faryab"))
    write("in/a-good.txt", REPORT)
    (tmp_path / "in" / "more").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "deleted.txt")

    batch = read_documents([tmp_path / "in"])

    assert [d.id for d in batch.documents] == ["a-good", "b-linked"]
    [failure] = batch.failures
    assert failure.source == str(tmp_path / "in" / "gone.txt")
    assert "broken symbolic link" in failure.reason


def _read_with_a_deadline(paths: list[Path], fifo: Path, seconds: float = 10.0):
    """read_documents(PATHS), failing (not hanging) if it blocks opening FIFO."""
    import os
    import threading

    outcome: list = []
    reader = threading.Thread(target=lambda: outcome.append(read_documents(paths)), daemon=True)
    reader.start()
    reader.join(seconds)
    if reader.is_alive():  # blocked in open(): give it a writer so the thread ends, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(seconds)
        pytest.fail(f"reading {fifo} blocked: a named pipe was opened")
    return outcome[0]


def test_a_named_pipe_called_txt_is_refused_without_being_opened(write, tmp_path):
    import os

    write("in/a-good.txt", REPORT)
    fifo = tmp_path / "in" / "feed.txt"
    os.mkfifo(fifo)
    for given in ([fifo], [tmp_path / "in"]):
        batch = _read_with_a_deadline(given, fifo)
        [failure] = batch.failures
        assert failure.source == str(fifo)
        assert "not a regular file" in failure.reason and "\n" not in str(failure)
    assert [d.id for d in batch.documents] == ["a-good"]


def test_a_named_pipe_as_sidecar_is_refused_without_being_opened(write, tmp_path):
    import os

    report = write("r1.txt", REPORT)
    sidecar = tmp_path / "r1.meta.json"
    os.mkfifo(sidecar)
    [failure] = _read_with_a_deadline([report], sidecar).failures
    assert failure.source == str(report)
    assert "not a regular file" in failure.reason


def test_relative_paths_are_kept_absolute(write, tmp_path, monkeypatch):
    write("in/r1.txt", REPORT)
    write("in/empty.txt", "")
    monkeypatch.chdir(tmp_path)
    batch = read_documents([Path("in")])
    assert [d.source for d in batch.documents] == [str(tmp_path / "in" / "r1.txt")]
    assert [f.source for f in batch.failures] == [str(tmp_path / "in" / "empty.txt")]


def _one_record(tmp_path: Path, record: dict) -> Document:
    feed = tmp_path / "releases.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [document] = read_documents([feed]).documents
    return document


def test_a_feed_title_dates_a_report_that_has_no_dateline(tmp_path):
    # a press office's headline led by its day, the year from the release number in the text
    document = _one_record(tmp_path, {
        "id": "r1", "release": "Mar. 3: Patrol Finds Weapons Cache in Uruzgan",
        "text": "RELEASE 2011-03-CA-012\nA patrol found a cache of mortar rounds near Tarin Kot yesterday."})
    assert document.title.startswith("Mar. 3:")
    assert (document.published, document.published_from) == (date(2011, 3, 3), "title")
    assert any("year taken" in w for w in document.warnings)


def test_a_dateline_in_the_title_dates_the_report(tmp_path):
    document = _one_record(tmp_path, {"id": "r2", "headline": "HERAT, Afghanistan (June 4, 2012)",
                                      "text": "Border police seized two trucks of fuel at Islam Qala today."})
    assert (document.published, document.published_from) == (date(2012, 6, 4), "title")


def test_a_title_without_any_year_leaves_the_date_unknown(tmp_path):
    document = _one_record(tmp_path, {"id": "r3", "title": "Mar. 3: Patrol Finds Weapons Cache",
                                      "text": "A patrol found a cache of mortar rounds near Tarin Kot yesterday."})
    assert document.published is None


# ------------------------------------------------------------------------------ release numbering


def _release(number: str, dateline: str = "", body: str = "Soldiers detained a courier in Zabul province.") -> str:
    return f"Provincial Command - Afghanistan\n{number}\nFor Immediate Release\n{dateline}{body}\n"


def _jsonl(write, name: str, records: list[dict]) -> Path:
    return write(name, "\n".join(json.dumps(r) for r in records) + "\n")


def test_an_undated_release_takes_the_day_between_its_dated_neighbours(write):
    path = _jsonl(write, "releases.jsonl", [
        {"id": "a", "text": _release("2014-03-R-010", "KANDAHAR, Afghanistan (March 4, 2014) ")},
        {"id": "b", "text": _release("2014-03-R-030", "KANDAHAR, Afghanistan (March 12, 2014) ")},
        {"id": "c", "text": _release("2014-03-R-020")},
    ])
    batch = read_documents([path])
    date_by_numbering(batch.documents)
    undated = next(d for d in batch.documents if d.id == "c")
    assert undated.published == date(2014, 3, 8)  # halfway from number 10 (4th) to number 30 (12th)
    assert undated.published_from == "numbering"  # told apart from a stated day
    assert any("estimated" in w for w in undated.warnings)
    assert not any("unknown" in w for w in undated.warnings)
    assert {d.id: d.published_from for d in batch.documents}["a"] == "dateline"


def test_numbering_counts_from_the_first_of_the_month_and_on_past_the_last_dated_release(write):
    dated = [(ReleaseNumber(2014, 3, "R", 40), date(2014, 3, 11)),
             (ReleaseNumber(2014, 3, "R", 80), date(2014, 3, 21))]
    assert estimate_day(ReleaseNumber(2014, 3, "R", 4), dated) == date(2014, 3, 2)  # before the first dated one
    assert estimate_day(ReleaseNumber(2014, 3, "R", 100), dated) == date(2014, 3, 26)  # at the last two's pace
    assert estimate_day(ReleaseNumber(2014, 3, "R", 900), dated) == date(2014, 3, 31)  # never past the month
    assert estimate_day(ReleaseNumber(2014, 3, "R", 40), dated) == date(2014, 3, 11)  # the same number: its day


def test_numbering_needs_a_dated_neighbour_of_the_same_series_and_month(write):
    dated = [(ReleaseNumber(2014, 3, "Q", 40), date(2014, 3, 11)),  # another series
             (ReleaseNumber(2014, 4, "R", 40), date(2014, 4, 11)),  # another month
             (ReleaseNumber(2014, 3, "R", 41), date(2014, 2, 28))]  # dated outside its month
    assert estimate_day(ReleaseNumber(2014, 3, "R", 20), dated) is None


def test_a_release_number_is_read_in_the_title_or_the_head_of_the_text_only(write):
    assert release_number("Release 2013-11-CA-207: raid in Paktika", "No number here.").number == 207
    assert release_number(None, "NEWS RELEASE 2013-11-CA-207 For Immediate Release").series == "CA"
    assert release_number(None, "x" * 700 + " 2013-11-CA-207") is None  # deep in the body: not the release's
    assert release_number(None, "Call 2013-11-07 for the schedule.") is None  # a date, not a number
    assert release_number(None, "Order 2013-13-CA-207") is None  # no 13th month


def test_ingest_dates_an_undated_release_from_releases_stored_before(store, write):
    from accordwatch import pipeline
    from accordwatch.store.documents import documents
    pipeline.ingest(store, [_jsonl(write, "first.jsonl", [
        {"id": "a", "text": _release("2014-03-R-010", "KANDAHAR, Afghanistan (March 4, 2014) ")},
        {"id": "b", "text": _release("2014-03-R-030", "KANDAHAR, Afghanistan (March 12, 2014) ")}])])
    pipeline.ingest(store, [_jsonl(write, "second.jsonl", [{"id": "c", "text": _release("2014-03-R-025")}])])
    with store.session() as session:
        stored = {d.id: d for d in documents(session)}
    assert stored["c"].published == date(2014, 3, 10)
    assert stored["c"].published_from == "numbering"


def test_yesterday_in_an_undated_release_counts_from_its_estimated_day(store, write):
    from accordwatch import pipeline
    from accordwatch.settings import load_settings
    from accordwatch.store.records import load_records
    pipeline.ingest(store, [_jsonl(write, "releases.jsonl", [
        {"id": "a", "text": _release("2014-03-R-010", "KANDAHAR, Afghanistan (March 4, 2014) ")},
        {"id": "b", "text": _release("2014-03-R-030", "KANDAHAR, Afghanistan (March 12, 2014) ")},
        {"id": "c", "text": _release("2014-03-R-020", body="Yesterday a joint patrol arrested three bomb makers "
                                                           "in Arghandab district, Kandahar province.")}])])
    pipeline.extract(store, load_settings())
    with store.session() as session:
        events = [e for e in load_records(session).events if e.doc_id == "c" and e.category == "COERCE"]
    assert events and str(events[0].date) == "2014-03-07"


@pytest.mark.parametrize(("text", "day"), [
    ("Velsa, Mar 4 (AWN) Police on Tuesday detained two traders, in a case dating from 2021.\n", date(2021, 3, 4)),
    ("New Orvane, March 12: Farmers marched to the district office, the third march since 2020.\n",
     date(2020, 3, 12)),
    ("Tesmar, 9 Jan - The curfew imposed in 2022 was lifted in the old town.\n", date(2022, 1, 9)),
])
def test_a_dateline_as_agencies_of_south_asia_write_it_dates_the_report(write, text: str, day: date) -> None:
    document = read_one(write("agency.txt", text))
    assert document.published == day and document.published_from == "dateline"


@pytest.mark.parametrize("text", [
    "Elders met on Monday, March 4 - they said the truce of 2020 held.\n",
    "Mr Khan, May 4: a letter of 2020 to the editor.\n",
])
def test_a_name_and_a_day_in_running_text_or_a_letter_are_no_dateline(write, text: str) -> None:
    assert read_one(write("running.txt", text)).published_from != "dateline"
