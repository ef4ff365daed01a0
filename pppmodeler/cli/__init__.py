"""The command line: the same engine, headless, for batch work and tests."""
