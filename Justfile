# ketluan's developer tasks. `just --list` shows them.

# Run the test suite (extra arguments go to pytest, e.g. `just test -m "not slow"`).
test *args:
    pytest {{args}}

# Lint and format check with ruff (the only linter/formatter we use).
lint:
    ruff check .
    ruff format --check .
