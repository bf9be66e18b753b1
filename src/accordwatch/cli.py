"""The command line: thin commands over accordwatch.pipeline; the only module that prints.

Example: accordwatch run examples/afghanistan-2020
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from accordwatch import cli_review, pipeline
from accordwatch.agreements import Agreement, is_agreement_file, load_agreement
from accordwatch.errors import AccordwatchError
from accordwatch.export import EXPORTERS, FOLDER_FORMATS, ExportInput, interchange
from accordwatch.export.stored import StoredExport
from accordwatch.kb import default_knowledge_base
from accordwatch.report import print_summary, write_report
from accordwatch.review import reviewed_records
from accordwatch.settings import Settings, load_settings
from accordwatch.store import Store, open_store
from accordwatch.store.agreements import save_agreement, stored_agreements
from accordwatch.store.documents import documents

app = typer.Typer(help="accordwatch: is a peace agreement being kept? Reads reports, extracts sourced "
                       "events and claims, and holds them against what each party promised.",
                  no_args_is_help=True, add_completion=False)
console = Console()
# soft_wrap: one failure is one line, however long its path, also when stderr is a file or a pipe
errors = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[str | None, typer.Option("--db", help="SQLAlchemy database URL [env ACCORDWATCH_DB; "
                                                            "default sqlite:///accordwatch.db]")]
AgreementOption = Annotated[Path | None, typer.Option("--agreement", "-a", help="agreement definition (YAML)")]
def _workers(value: str | None) -> int | str | None:
    """--workers: a number of processes (1 or more) or `auto`."""
    if value is None or value == "auto":
        return value
    if value.isdigit() and int(value) >= 1:
        return int(value)
    raise typer.BadParameter(f"{value!r} is neither a number of processes (1 or more) nor 'auto'")


WorkersOption = Annotated[str | None, typer.Option("--workers", "-j", metavar="N|auto", parser=_workers,
                                                   help="processes that parse the reports, each loading the model "
                                                        "(the records are the same for any number); auto: one per "
                                                        "core when there is enough text to parse [env "
                                                        "ACCORDWATCH_WORKERS; default auto]")]
DaskOption = Annotated[str | None, typer.Option("--dask", metavar="tcp://HOST:PORT",
                                                help="send the parse to this Dask scheduler's cluster (extraction "
                                                     "stays here, in order: the records are the same) [env "
                                                     "ACCORDWATCH_DASK]")]
AsOfOption = Annotated[str | None, typer.Option("--as-of", help="status as of this day (YYYY-MM-DD); "
                                                                "default: the latest publication date")]


class State:
    db: str | None = None


state = State()


@app.callback()
def main(db: DbOption = None) -> None:
    """Global options."""
    state.db = db


def fail(message: str, code: int = 1) -> NoReturn:
    errors.print(f"[red]Error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code)


def _settings() -> Settings:
    try:
        return load_settings(db=state.db)
    except AccordwatchError as err:  # a bad ACCORDWATCH_* variable
        fail(str(err))


@contextmanager
def _store():
    try:
        store = open_store(_settings().db)
    except AccordwatchError as err:
        fail(str(err))
    try:
        yield store
    except AccordwatchError as err:  # a read-only or locked database found at the first write
        fail(str(err))
    finally:
        store.close()


def _writable(output: Path) -> Path:
    """OUTPUT, once it is sure it can be written: said before any work, not after all of it."""
    folder = output.parent
    if not folder.exists():
        fail(f"cannot write {output}: folder {folder} does not exist")
    if not folder.is_dir():
        fail(f"cannot write {output}: {folder} is not a folder")
    if output.is_dir():
        fail(f"cannot write {output}: it is a folder")
    existed = output.exists()
    try:
        with output.open("a", encoding="utf-8"):  # append: an existing file is left as it is
            pass
    except OSError as err:
        fail(f"cannot write {output} in folder {folder}: {err.strerror or err}")
    if not existed:
        output.unlink()
    return output


def _as_of(value: str | None, store: Store) -> date:
    if value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            fail(f"--as-of {value!r} is not a date (YYYY-MM-DD)")
    return pipeline.latest_publication(store) or date.today()


def _agreements_for(paths: list[Path], given: Path | None, store: Store) -> list[Agreement]:
    """The agreement named, else agreement files in the folders read, else those already stored."""
    try:
        if given is not None:
            found = [load_agreement(given)]
        else:
            found = []
            for folder in (p for p in paths if p.is_dir()):
                for candidate in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
                    if not is_agreement_file(candidate):  # a tally, a config: said, not read as an agreement
                        console.print(f"[dim]{escape(str(candidate))}: not an agreement (no parties and "
                                      f"provisions), skipped[/]")
                        continue
                    found.append(load_agreement(candidate))
    except AccordwatchError as err:
        fail(str(err))
    with store.session() as session:
        for agreement in found:
            save_agreement(session, agreement, str(given or paths[0]))
        return found or stored_agreements(session)[:1]


# ------------------------------------------------------------------------------------ stages

def _ingest(store: Store, paths: list[Path], retry_failed: bool) -> int:
    summary = pipeline.ingest(store, paths, retry_failed=retry_failed)
    for failure in summary.failures:
        errors.print(f"[red]failed[/] {escape(str(failure))}", highlight=False)
    for source in summary.cleared:
        errors.print(f"[yellow]note[/] {escape(source)}: no longer exists; its failure is cleared", highlight=False)
    _print_warnings(summary.warnings)
    skipped = f", {len(summary.not_documents)} non-report file(s) skipped" if summary.not_documents else ""
    console.print(f"ingested: {summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged, "
                  f"{summary.copy} copies of a stored text, [{'red' if summary.failures else 'green'}]"
                  f"{len(summary.failures)} failed[/]{skipped}")
    return len(summary.failures)


def _print_warnings(warnings: list[str], shown: int = 10) -> None:
    """Warnings one a line; past SHOWN, a count per kind, so a big batch stays readable."""
    for warning in warnings[:shown]:
        errors.print(f"[yellow]warning[/] {escape(warning)}", highlight=False)
    if len(warnings) > shown:
        kinds: dict[str, int] = {}
        for warning in warnings[shown:]:
            kind = warning.split(": ", 1)[-1]
            kinds[kind] = kinds.get(kind, 0) + 1
        for kind, count in sorted(kinds.items(), key=lambda item: -item[1]):
            errors.print(f"[yellow]warning[/] {count} more: {escape(kind)}", highlight=False)


def _extract(store: Store, everything: bool = False, workers: int | str | None = None, dask: str | None = None,
             pool: ProcessPoolExecutor | None = None) -> int:
    settings = _settings()
    dask = dask or settings.dask
    workers = pipeline.resolve_workers(store, workers or settings.workers, everything=everything, dask=dask)
    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("extract", total=None)
        summary = pipeline.extract(store, settings, everything=everything,
                                   workers=workers, dask=dask, pool=pool,
                                   progress=lambda done, total: bar.update(task, completed=done, total=total))
    for failure in summary.failures:
        errors.print(f"[red]failed[/] {escape(str(failure))}", highlight=False)
    console.print(f"extracted: {summary.extracted} document(s), {summary.events} events, {summary.claims} claims"
                  + (f", [red]{len(summary.failures)} failed[/]" if summary.failures else "")
                  + (f" ({summary.workers} workers)" if summary.workers > 1 else ""))
    return len(summary.failures)


def _records(store: Store, agreement: Agreement | None, as_of: date):
    """The assessment (with AGREEMENT) and every record and document, for the exports."""
    assessment = pipeline.assess(store, agreement, as_of) if agreement else None
    with store.session() as session:
        docs = documents(session)
        records = reviewed_records(session)
    return records, docs, assessment


def _report(store: Store, agreement: Agreement | None, as_of: date, output: Path | None) -> None:
    """The terminal summary, and the HTML report at OUTPUT (None: the summary only)."""
    assessment = pipeline.assess(store, agreement, as_of) if agreement else None
    counts = write_report(store, assessment, output)
    print_summary(assessment, counts, console)
    if output is not None:
        console.print(f"report written to [bold]{output}[/]")


# ------------------------------------------------------------------------------------ commands

@app.command()
def run(paths: Annotated[list[Path], typer.Argument(help="report files or folders")],
        agreement: AgreementOption = None, as_of: AsOfOption = None,
        output: Annotated[Path, typer.Option("--report", "-o", help="HTML report to write")] = Path("report.html"),
        workers: WorkersOption = None, dask: DaskOption = None) -> None:
    """Ingest, extract, assess and report in one go. Example: accordwatch run examples/afghanistan-2020"""
    _writable(output)
    settings = _settings()
    dask = dask or settings.dask
    with _store() as store:
        agreements = _agreements_for(paths, agreement, store)  # a broken agreement fails before the work
        # auto: judged by the text pending and the size of the inputs, before they are read
        workers = pipeline.resolve_workers(store, workers or settings.workers, paths=paths, dask=dask)
        # the worker processes load the model while the documents are read
        with pipeline.worker_pool(settings, workers, dask) as pool:
            failed = _ingest(store, paths, retry_failed=False)
            failed_extraction = _extract(store, workers=workers, dask=dask, pool=pool)
        if not agreements:
            console.print("[yellow]no agreement found[/] (pass --agreement FILE): extraction only")
        _report(store, agreements[0] if agreements else None, _as_of(as_of, store), output)
    if failed:
        fail(f"{failed} input(s) failed; fix them and run `accordwatch ingest --retry-failed`")
    if failed_extraction:
        fail(f"{failed_extraction} document(s) failed to extract; they stay pending: `accordwatch extract`")


@app.command()
def ingest(paths: Annotated[list[Path] | None, typer.Argument(help="report files or folders")] = None,
           retry_failed: Annotated[bool, typer.Option("--retry-failed", help="read failed inputs again")] = False,
           ) -> None:
    """Read reports (.txt with optional NAME.meta.json, .html, .jsonl, .rss/.atom feeds, folders) into the database."""
    if not paths and not retry_failed:
        fail("give report files or folders, or --retry-failed")
    with _store() as store:
        failed = _ingest(store, list(paths or []), retry_failed)
    if failed:
        fail(f"{failed} input(s) failed")


@app.command()
def extract(everything: Annotated[bool, typer.Option("--all", help="extract every document again")] = False,
            workers: WorkersOption = None, dask: DaskOption = None) -> None:
    """Extract events, claims, times, counts and mentions from documents not yet extracted."""
    with _store() as store:
        failed = _extract(store, everything, workers, dask)
    if failed:
        fail(f"{failed} document(s) failed to extract; they stay pending and are retried next time")


@app.command()
def assess(agreement: AgreementOption = None, as_of: AsOfOption = None) -> None:
    """Status of each provision as of a date. Example: accordwatch assess -a doha-2020.yaml --as-of 2020-04-12"""
    with _store() as store:
        agreements = _agreements_for([], agreement, store)
        if not agreements:
            fail("no agreement: pass --agreement FILE")
        _report(store, agreements[0], _as_of(as_of, store), None)


@app.command()
def report(agreement: AgreementOption = None, as_of: AsOfOption = None,
           output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write")] = Path("report.html"),
           ) -> None:
    """Write the terminal summary and a self-contained HTML report."""
    _writable(output)
    with _store() as store:
        agreements = _agreements_for([], agreement, store)
        _report(store, agreements[0] if agreements else None, _as_of(as_of, store), output)


def _day_option(name: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{name} {value!r} is not a date (YYYY-MM-DD)")


@app.command()
def export(fmt: Annotated[str, typer.Option("--format", "-f", help=f"one of: {', '.join(EXPORTERS)}")] = "json",
           output: Annotated[Path | None, typer.Option("--output", "-o", help="file (default: stdout); a folder "
                                                       f"for {', '.join(sorted(FOLDER_FORMATS))}")] = None,
           agreement: AgreementOption = None, as_of: AsOfOption = None,
           since: Annotated[str | None, typer.Option("--since", help="only events and claims from this day "
                                                     "(YYYY-MM-DD; undated ones by their report's day)")] = None,
           until: Annotated[str | None, typer.Option("--until", help="only events and claims up to this day "
                                                     "(YYYY-MM-DD)")] = None) -> None:
    """Write the database in an exchange format: json (../shared/gold/FORMAT.md), acled-csv, plover-json,
    geojson, parquet (a folder of one file per table)."""
    if fmt not in EXPORTERS:
        fail(f"unknown format {fmt!r}; choose one of {', '.join(EXPORTERS)}")
    first, last = _day_option("--since", since), _day_option("--until", until)
    if first and last and first > last:
        fail(f"--since {since} is after --until {until}")
    if fmt in FOLDER_FORMATS:
        if output is None:
            fail(f"--format {fmt} writes a folder: give it with -o FOLDER")
        if output.exists() and not output.is_dir():
            fail(f"cannot write {output}: it is a file, not a folder")
    elif output is not None:
        _writable(output)
    with _store() as store:
        agreements = _agreements_for([], agreement, store)
        agreement_used = agreements[0] if agreements else None
        assessment = pipeline.assess(store, agreement_used, _as_of(as_of, store)) if agreement_used else None
        data = StoredExport(store, default_knowledge_base(), assessment, first, last)
        if output is None:
            EXPORTERS[fmt](data, sys.stdout)
        elif fmt in FOLDER_FORMATS:
            try:
                EXPORTERS[fmt](data, output)
            except OSError as err:
                fail(f"cannot write into {output}: {err.strerror or err}")
            console.print(f"exported {data.documents} documents to [bold]{output}/[/]")
        else:
            with output.open("w", encoding="utf-8", newline="") as handle:
                EXPORTERS[fmt](data, handle)
            console.print(f"exported {data.documents} documents to [bold]{output}[/]")


def _find_scorer(gold: Path) -> Path | None:
    for candidate in (gold.parent.parent / "eval" / "score.py", gold.parent / "eval" / "score.py",
                      Path("../shared/eval/score.py")):
        if candidate.exists():
            return candidate
    return None


@app.command()
def evaluate(gold: Annotated[Path, typer.Argument(help="gold annotations (YAML, ../shared/gold format)")],
             scorer: Annotated[Path | None, typer.Option(help="score.py to use (default: found beside GOLD)")] = None,
             agreement: AgreementOption = None, verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
             ) -> None:
    """Export the database and score it against GOLD with the gold set's own scorer."""
    if not gold.exists():
        fail(f"{gold}: no such gold file")
    scorer = scorer or _find_scorer(gold)
    if scorer is None or not scorer.exists():
        fail(f"no scorer found for {gold}; pass --scorer PATH/score.py")
    import yaml

    try:
        gold_as_of = (yaml.safe_load(gold.read_text(encoding="utf-8")).get("agreement") or {}).get("as_of")
    except (yaml.YAMLError, AttributeError) as err:
        fail(f"{gold}: not a gold YAML file: {err}")
    with _store() as store, tempfile.TemporaryDirectory() as tmp:
        agreements = _agreements_for([], agreement, store)
        as_of = _as_of(str(gold_as_of) if gold_as_of else None, store)
        records, docs, assessment = _records(store, agreements[0] if agreements else None, as_of)
        out = Path(tmp) / "system.json"
        out.write_text(json.dumps(interchange(ExportInput(docs, records, default_knowledge_base(), assessment))),
                       encoding="utf-8")
        command = [sys.executable, str(scorer), str(gold), str(out)] + (["-v"] if verbose else [])
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    console.print(result.stdout, end="", highlight=False, markup=False)
    if result.returncode != 0:
        fail(f"scorer failed: {result.stderr.strip()}")


# ------------------------------------------------------------------------------------ the workbench

users_app = typer.Typer(help="Workbench users (viewer, reviewer, admin).", no_args_is_help=True)
tokens_app = typer.Typer(help="API tokens for scripts (Authorization: Bearer TOKEN).", no_args_is_help=True)
app.add_typer(users_app, name="user")
app.add_typer(tokens_app, name="token")


@app.command()
def serve(host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="port to listen on", min=1, max=65535)] = 8000,
          read_only: Annotated[bool, typer.Option("--read-only", help="serve the dashboard and read pages "
                                                                        "without login; refuse every write")] = False,
          ) -> None:
    """The analyst's workbench: pages and the JSON API (/api/docs). Example: accordwatch serve --read-only"""
    import uvicorn

    from accordwatch.store.users import all_users
    from accordwatch.web import create_app

    with _store() as store, store.session() as session:
        nobody = not all_users(session)
    if nobody and not read_only:  # nobody could log in: publish the read pages until someone is added
        read_only = True
        console.print("[yellow]no users yet[/]: serving read-only; add one with "
                      "`accordwatch user add NAME --role admin` and start again")
    try:
        web_app = create_app(_settings().db, read_only=read_only)
    except AccordwatchError as err:
        fail(str(err))
    console.print(f"workbench on [bold]http://{host}:{port}[/]{' (read-only)' if read_only else ''}")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


def _password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    if len(password) < 8:
        fail("the password needs at least 8 characters")
    return password


@users_app.command("add")
def user_add(name: Annotated[str, typer.Argument(help="user name")],
             role: Annotated[str, typer.Option("--role", "-r", help="viewer, reviewer or admin")] = "viewer",
             password_stdin: Annotated[bool, typer.Option("--password-stdin",
                                                          help="read the password from standard input")] = False,
             ) -> None:
    """Add a user (or give one a new role and password). Example: accordwatch user add ana --role reviewer"""
    from accordwatch.store.users import ROLES, add_user
    from accordwatch.web.auth import hash_password

    if role not in ROLES:
        fail(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    password = _password(password_stdin)
    with _store() as store, store.session() as session:
        add_user(session, name, role, hash_password(password))
    console.print(f"user {escape(name)} saved with role {role}")


@tokens_app.command("add")
def token_add(name: Annotated[str, typer.Argument(help="the user the token acts as")],
              label: Annotated[str, typer.Option(help="what the token is for")] = "") -> None:
    """Make an API token for a user and print it once (only its hash is kept)."""
    from accordwatch.store.users import add_token, user_named
    from accordwatch.web.auth import new_token, token_hash

    token = new_token()
    with _store() as store, store.session() as session:
        found = user_named(session, name)
        if found is None:
            fail(f"no user {name!r}: add one with `accordwatch user add {name} --role viewer`")
        add_token(session, found[0].id, token_hash(token), label)
    print(token)


app.add_typer(cli_review.attach(sys.modules[__name__]), name="review")

if __name__ == "__main__":
    app()
