"""Entry point: ``pppmodeler COMMAND …``; with no command, the desktop application."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys

from .. import __version__
from ..core.paths import PathError
from ..core.results import ModelError
from ..fileformat.document import FileFormatError
from ..i18n import DEFAULT_LANGUAGE, tr
from ..i18n.messages import in_language
from ..analysis.base import AnalysisError
from ..analysis.distributions import SettingsError
from ..analysis.scenarios import ScenarioNameError
from ..vehicle.evaluate import VehicleError
from ..vehicle.sources import InventoryError
from . import analyses, commands, language, vehicle

COMMANDS = {**commands.COMMANDS, **analyses.COMMANDS, **vehicle.COMMANDS}


def parser(lang: str = DEFAULT_LANGUAGE) -> argparse.ArgumentParser:
    """The parser with its help in ``lang``; argparse's own texts follow the language given
    to :func:`language.argparse_in` around building and using it."""
    p = argparse.ArgumentParser(prog="pppmodeler", description=tr("clihelp.description", lang))
    p.add_argument("--version", action="version", version=f"pppmodeler {__version__}",
                   help=tr("clihelp.version", lang))
    p.add_argument("--selftest", action="store_true", help=tr("clihelp.selftest", lang))
    sub = p.add_subparsers(dest="command", metavar=tr("clihelp.metavar.command", lang))
    for name, (help_key, setup, run) in COMMANDS.items():
        help_text = tr(help_key, lang)
        sp = sub.add_parser(name, help=help_text, description=help_text)
        setup(sp, lang)
        sp.set_defaults(run=run)
    return p


INTERNAL_ERROR = 3


def _error(message: str) -> int:
    print(f"pppmodeler: {message}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    # The vehicle Monte Carlo starts worker processes; in the frozen application each one
    # re-runs this entry point, and freeze_support turns it into a worker (no-op otherwise).
    multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    lang = language.requested(argv)
    with language.argparse_in(lang):
        args = parser(lang).parse_args(argv)
    if args.command is None:
        return desktop(selftest=args.selftest)
    try:
        return args.run(args)
    except ModelError as exc:
        lines = [f"  {m.path}: {m.text(getattr(args, 'lang', 'en'))}" if m.path
                 else f"  {m.text(getattr(args, 'lang', 'en'))}" for m in exc.messages]
        return _error(tr("cli.not_evaluable", getattr(args, "lang", "en")) + "\n"
                      + "\n".join(lines))
    except (FileFormatError, PathError, InventoryError, AnalysisError, SettingsError,
            ScenarioNameError) as exc:
        return _error(exc.text(getattr(args, "lang", "en")))
    except VehicleError as exc:
        lang = getattr(args, "lang", "en")
        return _error(tr("cli.error.vehicle", lang) + "\n" + "\n".join(
            f"  {name}: {reason}" for name, reason in exc.reasons(lang)))
    except BrokenPipeError:  # the reader (e.g. ``head``) stopped reading: nothing went wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        return _error(f"{exc.filename or ''}: {in_language(exc, getattr(args, 'lang', 'en'))}")
    except KeyError as exc:
        return _error(str(exc.args[0]) if exc.args else "not found")
    except Exception as exc:  # a defect of ours: say so plainly, never a traceback
        _error(f"internal error ({type(exc).__name__}: {exc}). The input was not changed; "
               "please report this with the command and the file.")
        return INTERNAL_ERROR


def desktop(selftest: bool = False) -> int:
    """The desktop application on the default sample (Qt is imported only here, so the
    commands stay light). With ``selftest``, open it, check it and exit 0 or 1."""
    try:
        from ..gui import app
    except ImportError as exc:
        return _error(f"the desktop application needs PySide6 ({exc})")
    if not selftest:
        return app.run()
    try:
        ok, what = app.selftest()
    except Exception as exc:  # the self-test says what failed, never a traceback
        ok, what = False, f"{type(exc).__name__}: {exc}"
    print(f"pppmodeler selftest: {'ok' if ok else 'FAILED'}: {what}",
          file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
