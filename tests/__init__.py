"""handoutkit test suite."""
