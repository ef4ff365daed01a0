"""Entry point: ``pppmodeler COMMAND …``; with no command, the desktop application."""

from __future__ import annotations

import argparse
import sys

from .. import __version__, bundled
from ..core.paths import PathError
from ..core.results import ModelError, evaluate
from ..fileformat import document
from ..fileformat.document import FileFormatError
from ..i18n import tr
from .commands import COMMANDS, DEFAULT_SAMPLE
from .format import metrics_table


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pppmodeler",
        description="Concession cash-flow models for Medellín's PPP agency. With no command, "
                    "starts the desktop application.")
    p.add_argument("--version", action="version", version=f"pppmodeler {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, setup, run) in COMMANDS.items():
        sp = sub.add_parser(name, help=help_text, description=help_text)
        setup(sp)
        sp.set_defaults(run=run)
    return p


INTERNAL_ERROR = 3


def _error(message: str) -> int:
    print(f"pppmodeler: {message}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command is None:
        return desktop()
    try:
        return args.run(args)
    except FileFormatError as exc:
        return _error(str(exc))
    except ModelError as exc:
        lines = [f"  {m.path}: {m.text(getattr(args, 'lang', 'en'))}" if m.path
                 else f"  {m.text(getattr(args, 'lang', 'en'))}" for m in exc.messages]
        return _error("the inputs cannot be evaluated:\n" + "\n".join(lines))
    except PathError as exc:
        return _error(str(exc))
    except OSError as exc:
        return _error(f"{exc.filename or ''}: {exc.strerror or exc}")
    except KeyError as exc:
        return _error(str(exc.args[0]) if exc.args else "not found")
    except Exception as exc:  # a defect of ours: say so plainly, never a traceback
        _error(f"internal error ({type(exc).__name__}: {exc}). The input was not changed; "
               "please report this with the command and the file.")
        return INTERNAL_ERROR


def desktop() -> int:
    """The desktop application. Until it exists, evaluate the default sample headless."""
    print(tr("cli.no_desktop", "es"), file=sys.stderr)
    doc = document.loads(bundled.sample_text(DEFAULT_SAMPLE))
    results = evaluate(doc.model)
    title = tr("cli.model", "es", name=doc.model.property.name, scenario=tr("cli.base_case", "es"))
    print(metrics_table(results, "es", title))
    return 0


if __name__ == "__main__":
    sys.exit(main())
