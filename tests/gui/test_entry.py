"""``pppmodeler`` starts the desktop application; ``--selftest`` checks it and exits."""

from __future__ import annotations

import subprocess
import sys

from pppmodeler.cli.main import main


def test_selftest_opens_the_window_and_checks_the_cards(qapp, capsys):
    assert main(["--selftest"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("pppmodeler selftest: ok:")
    assert "metric cards match the engine" in out


def test_the_command_line_does_not_import_qt():
    probe = ("import sys; from pppmodeler.cli.main import main; "
             "main(['sample', '--list']); "
             "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr


def test_selftest_in_a_fresh_process_without_a_display(tmp_path):
    env = {k: v for k, v in __import__("os").environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "pppmodeler", "--selftest"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "selftest: ok" in done.stdout


def test_selftest_exports_the_default_samples_report(qapp, capsys):
    assert main(["--selftest"]) == 0
    assert "report exported in" in capsys.readouterr().out


def test_selftest_fails_saying_what_when_the_export_fails(qapp, capsys, monkeypatch):
    from pppmodeler.gui import export

    def broken(*_args, progress):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(export, "export_report", broken)
    assert main(["--selftest"]) == 1
    err = capsys.readouterr().err
    assert "FAILED: the report export failed" in err and "No space left" in err
